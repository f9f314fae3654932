"""No secret in any error message: every output of `newsagg` on a bad configuration is grepped
for the database password and the Redis password."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli import newsagg

SECRET = "S3cretPw0rd"
URL = f"postgresql+psycopg://newsagg:{SECRET}@127.0.0.1:1/newsagg"
BAD_CONFIGS = {
    "misspelled-key": f'[database]\nurll = "{URL}"\n',
    "wrong-type": f'[database]\nurl = "{URL}"\necho = "{URL}"\n',
    "unknown-section": f'[databse]\nurl = "{URL}"\n',
    "broken-toml": f'[database]\nurl = "{URL}"\n[http\ntimeout_s = 3\n',
    "bad-redis": f'[database]\nurl = "{URL}"\n[crawl]\nfrontier_redis_url = 5\n',
    "unreachable-db": f'[database]\nurl = "{URL}"\n',
    "unparseable-url": f'[database]\nurl = "postgresql://u:{SECRET}@[::1/x"\n',
}


@pytest.mark.parametrize("name", sorted(BAD_CONFIGS), ids=sorted(BAD_CONFIGS))
@pytest.mark.parametrize("command", [["status"], ["export"], ["config"], ["db", "current"]],
                         ids=["status", "export", "config", "db-current"])  # fmt: skip
def test_no_output_of_a_bad_config_shows_the_password(
    tmp_path: Path, name: str, command: list[str]
) -> None:
    config = tmp_path / "newsagg.toml"
    config.write_text(BAD_CONFIGS[name], encoding="utf-8")
    result = newsagg("--config", config, *command, cwd=tmp_path, timeout_s=60)
    assert SECRET not in result.stdout + result.stderr
    if result.returncode != 0:
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) <= 4  # a short message, not a dump


def test_a_bad_database_url_in_the_environment_is_not_echoed(tmp_path: Path) -> None:
    env = {"NEWSAGG_DATABASE_URL": f"postgresql://u:{SECRET}@[::1/x"}
    result = newsagg("status", cwd=tmp_path, env=env, timeout_s=60)
    assert result.returncode != 0 and SECRET not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
