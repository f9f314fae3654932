"""CLI contract for expected failures: one line saying what failed and what to do, no traceback,
exit status 2 for usage/config errors and 1 for failed work."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.cli import newsagg

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>https://news.example/a</link></item></channel></rss>"""

CASES = [
    # (id, args, files to write, expected status, words the one error line must hold)
    ("unknown-db-scheme", ["--db", "foo://x", "status"], {}, 2, ["unknown database URL", "--db"]),
    ("unreachable-postgres", ["--db", "postgresql://u@127.0.0.1:1/x", "status"], {}, 1,
     ["cannot reach the database", "127.0.0.1:1"]),
    ("sqlite-missing-folder", ["--db", "no/such/folder/x.db", "status"], {}, 2,
     ["folder", "does not exist"]),
    ("missing-config-file", ["--config", "nope.toml", "status"], {}, 2, ["config file not found"]),
    ("config-not-toml", ["--config", "bad.toml", "status"], {"bad.toml": b"[http\n"}, 2,
     ["not valid TOML"]),
    ("config-bad-value", ["--config", "bad.toml", "config"],
     {"bad.toml": b"[http]\ntimeout_s = 'soon'\n"}, 2, ["http.timeout_s", "soon"]),
    ("crawl-not-a-url", ["crawl", "not-a-url"], {}, 2, ["not-a-url", "not an http(s) URL"]),
    ("poll-not-a-url", ["poll", "feed.xml"], {}, 2, ["feed.xml", "not an http(s) URL"]),
    ("extract-a-feed", ["extract", "feed.xml"], {"feed.xml": FEED}, 1,
     ["a feed, not an article page", "newsagg poll"]),
    ("extract-missing-file", ["extract", "missing.html"], {}, 1, ["1 of 1 inputs failed"]),
    ("sources-add-unknown-kind", ["sources", "add", "https://news.example/rss", "--kind", "rss"],
     {}, 2, ["'rss'", "feed", "sitemap", "site"]),
    ("unknown-topic", ["poll", "--topic", "sport"], {}, 2, ["unknown topic profile", "none"]),
]  # fmt: skip


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(("newsagg", "Error"))]


def check_one_line_error(result: object, status: int, words: list[str]) -> None:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert result.returncode == status, stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr
    lines = error_lines(stderr)
    assert len(lines) == 1, stderr
    assert all(word in lines[0] for word in words), lines[0]


@pytest.mark.parametrize(
    ("args", "files", "status", "words"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_expected_failure_is_one_line(
    tmp_path: Path, args: list[str], files: dict[str, bytes], status: int, words: list[str]
) -> None:
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    check_one_line_error(newsagg(*args, cwd=tmp_path, timeout_s=60), status, words)


def test_refused_url_is_not_stored_as_a_source(tmp_path: Path) -> None:
    assert newsagg("crawl", "not-a-url", cwd=tmp_path).returncode == 2
    listed = newsagg("sources", "list", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip() == "[]"


def test_metrics_port_in_use(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = newsagg("run", "--metrics-port", str(port), cwd=tmp_path, timeout_s=60)
    check_one_line_error(result, 2, ["already in use", str(port), "--metrics-port"])


@pytest.mark.postgres
def test_missing_postgres_database() -> None:
    base = os.environ.get("NEWSAGG_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("NEWSAGG_TEST_POSTGRES_URL not set")
    url = make_url(base).set(database="newsagg_no_such_database")
    result = newsagg("--db", url.render_as_string(hide_password=False), "status", cwd=Path.cwd())
    check_one_line_error(result, 2, ["newsagg_no_such_database", "does not exist", "createdb"])
