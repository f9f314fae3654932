"""Fault suite: the disk fills up (SQLite on a small tmpfs, the rest taken by a filler file):
the poll and the daemon stop fetching within one cycle with a one-line error, nothing is
half-written, and once space is freed the next poll stores every article exactly once."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.db import make_engine
from storage.models import PendingEntry, Source
from tests.cli import FAST_HTTP, newsagg
from tests.faultsite import (
    assert_each_stored_once,
    assert_integrity,
    many_stories,
    page_hits,
    serve_stories,
    start,
    stored_paths,
)
from tests.httpsite import HttpSite
from tests.test_faults import write_config

pytestmark = pytest.mark.slow
STORIES = many_stories(100, seed=5)
FREE_BYTES = 256 * 1024  # room for a few articles, not for a hundred
ENV = {**FAST_HTTP, "NEWSAGG_TOPIC": "none", "NEWSAGG_POLL__MIN_INTERVAL_S": "0"}


@pytest.fixture
def small_disk(tmp_path: Path, sqlite_template: Path) -> Iterator[Path]:
    """A 6 MiB tmpfs holding a migrated database and a filler file that leaves FREE_BYTES."""
    mount = tmp_path / "disk"
    mount.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
                             capture_output=True)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip("needs root to mount a small tmpfs (a real 'database or disk is full')")
    try:
        shutil.copyfile(sqlite_template, mount / "news.db")
        free = os.statvfs(mount).f_bavail * os.statvfs(mount).f_frsize
        (mount / "filler").write_bytes(b"\0" * max(0, free - FREE_BYTES))
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def check_nothing_lost_so_far(db_url: str) -> None:
    """Whatever was written is whole: stored articles, or pending entries of a saved poll."""
    engine = make_engine(db_url)
    with Session(engine) as session:
        (source,) = session.scalars(select(Source))
        pending = len(session.scalars(select(PendingEntry)).all())
    assert_integrity(engine)
    engine.dispose()
    if source.etag is not None:  # validators only ever saved with the entries still to fetch
        assert pending + len(stored_paths(db_url)) >= len(STORIES)


def test_poll_on_a_full_disk_stops_with_one_clear_line(tmp_path: Path, small_disk: Path) -> None:
    db_url = f"sqlite:///{small_disk / 'news.db'}"
    with HttpSite() as site:
        feed = serve_stories(site, STORIES, delay_s=0.02)
        full = newsagg("--db", db_url, "poll", feed, cwd=tmp_path, env=ENV)
        assert full.returncode == 1
        assert "database or disk is full" in full.stderr and "Traceback" not in full.stderr
        assert page_hits(site) < len(STORIES) // 2  # stopped fetching at once
        check_nothing_lost_so_far(db_url)
        (small_disk / "filler").unlink()
        again = newsagg("--db", db_url, "poll", feed, cwd=tmp_path, env=ENV)
        assert again.returncode == 0, again.stderr
    assert_each_stored_once(db_url, STORIES)


def test_daemon_on_a_full_disk_stops_within_one_cycle(tmp_path: Path, small_disk: Path) -> None:
    db_url = f"sqlite:///{small_disk / 'news.db'}"
    config = tmp_path / "newsagg.toml"
    with HttpSite() as site:
        write_config(config, db_url, serve_stories(site, STORIES, delay_s=0.02))
        daemon = start(["--config", config, "run"], tmp_path, {})
        status = daemon.wait(timeout=120)
        log = (tmp_path / "stderr.log").read_text()
        assert status == 1
        assert "database or disk is full" in log and "Traceback" not in log
        assert page_hits(site) < len(STORIES) // 2
    check_nothing_lost_so_far(db_url)
