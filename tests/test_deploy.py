"""Deployment files work with what the repository ships: compose mounts, config, HEALTHCHECK."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from settings import load_settings
from tests.cli import newsagg
from tests.httpsite import HttpSite, Route

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
CONTAINER_CONFIG = "/etc/newsagg/newsagg.toml"


def compose(password: str = "s3cret") -> dict[str, Any]:
    """deploy/compose.yaml with ${VAR...} interpolated as `docker compose config` would."""
    text = (DEPLOY / "compose.yaml").read_text(encoding="utf-8")
    text = re.sub(r"\$\{NEWSAGG_DB_PASSWORD[^}]*\}", password, text)
    assert "${" not in text
    return yaml.safe_load(text)  # type: ignore[no-any-return]


def bind_mounts(service: dict[str, Any]) -> dict[str, Path]:
    """Container path -> host path of the service's bind mounts (named volumes left out)."""
    mounts = {}
    for volume in service.get("volumes", []):
        host, container = volume.split(":")[:2]
        if host.startswith((".", "/")):
            mounts[container] = (DEPLOY / host).resolve()
    return mounts


def test_compose_mounts_only_paths_that_exist_in_the_repository() -> None:
    services = compose()["services"]
    for name, service in services.items():
        for container, host in bind_mounts(service).items():
            assert host.exists(), f"{name} mounts {host} at {container}: missing"
    build = (DEPLOY / services["newsagg"]["build"]).resolve()
    assert (build / "Dockerfile").is_file()


def test_mounted_config_loads_with_the_compose_environment() -> None:
    service = compose()["services"]["newsagg"]
    config = bind_mounts(service)[CONTAINER_CONFIG]
    environ = {key: str(value) for key, value in service["environment"].items()}
    settings = load_settings(config, environ=environ)
    assert settings.database.url.get_secret_value().startswith("postgresql+psycopg://newsagg:")
    assert settings.sources, "the deployed config names sources to collect"
    published = {port.split(":")[-1] for port in service["ports"]}
    assert str(settings.daemon.metrics_port) in published
    assert environ["NEWSAGG_DAEMON__METRICS_PORT"] == str(settings.daemon.metrics_port)


def test_dockerfile_healthcheck_follows_the_configured_port() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    check = re.search(r"^HEALTHCHECK .*?\n\s*CMD (.+)$", dockerfile, flags=re.M | re.S)
    assert check is not None
    assert "healthcheck" in check[1] and "9108" not in check[1]


@pytest.mark.parametrize(
    ("status", "exit_status"), [(200, 0), (503, 1)], ids=["healthy", "unhealthy"]
)
def test_healthcheck_reads_the_configured_metrics_port(
    tmp_path: Path, status: int, exit_status: int
) -> None:
    with HttpSite() as site:
        site.route("/healthz", Route("x", status=status, content_type="text/plain"))
        env = {"NEWSAGG_DAEMON__METRICS_PORT": str(site.port)}
        result = newsagg("healthcheck", cwd=tmp_path, env=env, timeout_s=30)
    assert result.returncode == exit_status, result.stderr
    assert "Traceback" not in result.stderr


def test_healthcheck_without_a_daemon_is_one_line(tmp_path: Path) -> None:
    with HttpSite() as site:
        port = site.port  # nothing listens there once the site is stopped
    result = newsagg("healthcheck", cwd=tmp_path, env={"NEWSAGG_DAEMON__METRICS_PORT": str(port)})
    assert result.returncode == 1
    assert (
        result.stderr.startswith("newsagg: no daemon answers at")
        and "Traceback" not in result.stderr
    )


def test_dockerfile_copies_every_package_the_project_installs() -> None:
    """`pip install .` in the image installs only what was copied in: a missing package (the
    web view was once) breaks every command that imports it."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    packages = [p.rstrip("*") for p in project["tool"]["setuptools"]["packages"]["find"]["include"]]
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert packages
    for package in packages:
        assert re.search(rf"^COPY {package} \./{package}$", dockerfile, flags=re.M), package
