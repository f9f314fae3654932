"""Settings precedence (defaults < TOML < env < CLI), the example config, and secret masking."""

from __future__ import annotations

from pathlib import Path

import pytest

from settings import load_settings, masked_settings
from settings.model import ConfigError, mask_url

EXAMPLE = Path(__file__).resolve().parents[1] / "newsagg.example.toml"


def write_config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "newsagg.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_defaults_without_any_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(environ={})
    assert settings.database.url.get_secret_value() == f"sqlite:///{tmp_path / 'newsagg.db'}"
    assert settings.topic == "immigration-policy"
    assert "immigration-policy" in settings.topics
    assert "newsagg" in settings.http.resolved_user_agent()


def test_precedence_file_then_env_then_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write_config(tmp_path, "[http]\ntimeout_s = 5.0\nretries = 7\nmax_redirects = 3\n")
    monkeypatch.setenv("NEWSAGG_HTTP__RETRIES", "4")
    monkeypatch.setenv("NEWSAGG_HTTP__MAX_REDIRECTS", "4")
    settings = load_settings(config, http={"max_redirects": 9})
    assert settings.http.timeout_s == 5.0  # file beats default
    assert settings.http.retries == 4  # env beats file
    assert settings.http.max_redirects == 9  # flag beats env


def test_short_database_url_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSAGG_DATABASE_URL", "postgresql://newsagg:s3cret@db.example/news")
    settings = load_settings()
    assert settings.database.url.get_secret_value() == (
        "postgresql+psycopg://newsagg:s3cret@db.example/news"
    )
    shown = masked_settings(settings)["database"]["url"]
    assert "s3cret" not in shown and "***" in shown


def test_cli_database_flag_beats_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSAGG_DATABASE_URL", "postgresql://a@b/c")
    settings = load_settings(database={"url": str(tmp_path / "x.db")})
    assert settings.database.url.get_secret_value() == f"sqlite:///{tmp_path / 'x.db'}"


def test_example_config_loads_with_sources_and_topics() -> None:
    settings = load_settings(EXAMPLE, environ={})
    assert len(settings.sources) >= 5
    assert all(source.kind == "feed" for source in settings.sources)
    assert {"immigration-policy", "climate-policy"} <= set(settings.topics)
    assert settings.topic_profile("climate-policy") is not None


def test_unknown_key_is_a_clear_error(tmp_path: Path) -> None:
    config = write_config(tmp_path, "[http]\ntimeout = 5\n")
    with pytest.raises(ConfigError, match="timeout"):
        load_settings(config, environ={})


def test_unknown_topic_is_a_clear_error(tmp_path: Path) -> None:
    config = write_config(tmp_path, 'topic = "space-weather"\n')
    with pytest.raises(ConfigError, match="space-weather"):
        load_settings(config, environ={})


def test_missing_config_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml", environ={})


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql+psycopg://u:pw@h:5432/db", "postgresql+psycopg://u:***@h:5432/db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
    ids=["password", "no-password"],
)
def test_mask_url(url: str, expected: str) -> None:
    assert mask_url(url) == expected
