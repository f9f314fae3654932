"""What an operator sees from `newsagg run`: a short, honest log and a daemon that waits for its
database instead of dying."""

from __future__ import annotations

import re
import signal
import time
from pathlib import Path

import pytest

from tests.test_scheduler_daemon import daemon, free_port, http_get, wait_for

pytestmark = pytest.mark.slow
EXAMPLE = Path(__file__).resolve().parent.parent / "newsagg.example.toml"


def example_config_with_refused_feeds(path: Path, db: Path) -> list[str]:
    """The example config as shipped, its feeds moved to loopback ports nothing listens on."""
    text = EXAMPLE.read_text(encoding="utf-8")
    urls = re.findall(r'^url = "(https://[^"]+)"', text, flags=re.MULTILINE)
    # distinct paths: two free_port() calls may return the same port, and two equal URLs are
    # one source with one failure line
    refused = [f"http://127.0.0.1:{free_port()}/rss-{n}.xml" for n in range(len(urls))]
    for url, dead in zip(urls, refused, strict=True):
        text = text.replace(f'"{url}"', f'"{dead}"')
    text = text.replace('url = "sqlite:///newsagg.db"', f'url = "sqlite:///{db}"')
    # every feed is on one host now: per-host politeness would serialise them
    text = text.replace("download_delay_s = 0.5", "download_delay_s = 0\nretries = 0")
    path.write_text(text, encoding="utf-8")
    return refused


def log_text(cwd: Path) -> str:
    return "".join(p.read_text() for p in cwd.glob("daemon-*.log"))


def test_example_config_without_network_logs_one_line_per_failure(tmp_path: Path) -> None:
    config = tmp_path / "newsagg.toml"
    feeds = example_config_with_refused_feeds(config, tmp_path / "news.db")
    with daemon(config, tmp_path, free_port()) as process:
        wait_for(lambda: "idle until next check" in log_text(tmp_path), 90, "first cycle done")
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    lines = log_text(tmp_path).splitlines()
    assert len(lines) < 40, "\n".join(lines)
    assert not [line for line in lines if "Traceback" in line or "scrapy" in line]
    failed = [line for line in lines if "feed failed" in line]
    assert sorted(re.search(r"url=(\S+)", line)[1] for line in failed) == sorted(feeds)  # type: ignore[index]
    assert all("error_kind=connection" in line for line in failed)
    assert not [line for line in lines if "feed polled" in line]  # each feed reported once
    assert sum("cycle failed: every source check failed" in line for line in lines) == 1
    assert re.search(r"idle until next check next_check_at=20\d\d-", "\n".join(lines))


def test_waits_for_an_unreachable_database(tmp_path: Path) -> None:
    config, port = tmp_path / "newsagg.toml", free_port()
    config.write_text(f'[database]\nurl = "postgresql://newsagg@127.0.0.1:{free_port()}/news"\n')
    with daemon(config, tmp_path, port) as process:
        wait_for(lambda: log_text(tmp_path).count("database unavailable at start") >= 2, 30,
                 "two retries")  # fmt: skip
        assert http_get(f"http://127.0.0.1:{port}/healthz")[0] == 503
        assert process.poll() is None
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
        assert time.monotonic() - started < 10
    text = log_text(tmp_path)
    assert "Traceback" not in text
    delays = [float(d) for d in re.findall(r"retry_in_s=([\d.]+)", text)]
    assert delays[:2] == [1.0, 2.0]  # backing off
