"""Fault suite: kill -9 of poll, crawl and the daemon at random pages, N times, on SQLite and
PostgreSQL; after a last clean run every article is stored exactly once and the database is
intact. (Outage and disk full: tests/test_faults_outage.py, tests/test_faults_disk.py.)"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.cli import FAST_HTTP, newsagg
from tests.faultsite import (
    assert_each_stored_once,
    kill_after_pages,
    many_stories,
    pending_entries,
    serve_stories,
    start,
)
from tests.httpsite import HttpSite
from tests.test_scheduler_daemon import write_config as daemon_config

pytestmark = pytest.mark.slow
KILLS = 4
FINAL_POLLS = 3
STORIES = many_stories(40)
# failed entries are due again at once (back-off from 0), feeds too: the test needs no clock
ENV = {**FAST_HTTP, "NEWSAGG_POLL__MIN_INTERVAL_S": "0", "NEWSAGG_TOPIC": "none"}


def test_poll_killed_at_random_pages_loses_and_doubles_nothing(tmp_path: Path, db_url: str) -> None:
    rng = random.Random(1)
    with HttpSite() as site:
        feed = serve_stories(site, STORIES)
        kills = 0
        for _ in range(KILLS):
            process = start(["--db", db_url, "poll", feed], tmp_path, ENV)
            kills += kill_after_pages(process, site, rng.randint(1, 12))
        assert kills >= KILLS - 1  # the kills landed mid-poll
        # Clean polls until nothing is pending: on a loaded machine a page may time out (5 s,
        # one retry) and stay pending for the next poll, which is what keeps it from being lost.
        for _ in range(FINAL_POLLS):
            last = newsagg("--db", db_url, "poll", feed, cwd=tmp_path, env=ENV)
            assert last.returncode == 0, last.stderr
            if not pending_entries(db_url):
                break
    assert_each_stored_once(db_url, STORIES)


def test_crawl_killed_at_random_pages_loses_and_doubles_nothing(
    tmp_path: Path, db_url: str
) -> None:
    rng = random.Random(2)
    crawl_env = {**ENV, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    with HttpSite() as site:
        serve_stories(site, STORIES)
        args = ["--db", db_url, "crawl", site.url("/"), "--max-pages", "200"]
        for _ in range(KILLS):
            kill_after_pages(start(args, tmp_path, crawl_env), site, rng.randint(1, 12))
        last = newsagg(*args, cwd=tmp_path, env=crawl_env)
        assert last.returncode == 0, last.stderr
    assert_each_stored_once(db_url, STORIES)


def write_config(path: Path, db_url: str, feed: str) -> None:
    """The daemon tests' fast config, keeping every article, with short claims and retries."""
    daemon_config(path, db_url, [feed])
    text = path.read_text(encoding="utf-8").replace("min_interval_s = 1", "min_interval_s = 0")
    text = text.replace("[daemon]\n", "[daemon]\nclaim_ttl_s = 2\nmetrics_port = 0\n")
    path.write_text('topic = "none"\n' + text, encoding="utf-8")


def test_daemon_killed_at_random_pages_loses_and_doubles_nothing(
    tmp_path: Path, db_url: str
) -> None:
    rng = random.Random(3)
    config = tmp_path / "newsagg.toml"
    with HttpSite() as site:
        write_config(config, db_url, serve_stories(site, STORIES))
        args = ["--config", config, "run"]
        for _ in range(KILLS):
            kill_after_pages(start(args, tmp_path, {}), site, rng.randint(1, 12))
        daemon = start(args, tmp_path, {})
        try:
            wait_until_stored(db_url, len(STORIES), timeout_s=90)
        finally:
            daemon.terminate()
            daemon.wait(timeout=30)
    assert_each_stored_once(db_url, STORIES)


def wait_until_stored(db_url: str, count: int, timeout_s: float) -> None:
    import time

    from tests.faultsite import stored_paths

    deadline = time.monotonic() + timeout_s
    while len(stored_paths(db_url)) < count and time.monotonic() < deadline:
        time.sleep(0.2)  # the daemon's progress, observed in the database
