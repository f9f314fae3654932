"""Fault suite: the database goes away mid-cycle (a private PostgreSQL stopped with
`pg_ctl -m immediate` for OUTAGE_S, then started again): nothing announced is lost, nothing is
stored twice, and the daemon is healthy again within a tick of the database's return."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from storage.db import make_engine, upgrade
from tests.faultsite import assert_each_stored_once, many_stories, page_hits, serve_stories, start
from tests.httpsite import HttpSite
from tests.privatepg import free_port, private_postgres
from tests.test_faults import wait_until_stored, write_config

pytestmark = pytest.mark.slow
OUTAGE_S = 60  # as long as the outage the issue measured
TICK_S = 0.3
STORIES = many_stories(60, seed=11)


def is_healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as reply:
            return reply.status == 200
    except (urllib.error.URLError, OSError):
        return False


def wait_for(condition: object, timeout_s: float) -> float:
    """Seconds until `condition()` holds (polled), or the timeout."""
    started = time.monotonic()
    while not condition() and time.monotonic() - started < timeout_s:  # type: ignore[operator]
        time.sleep(0.05)
    return time.monotonic() - started


def test_a_database_outage_mid_cycle_loses_nothing_and_recovers_within_a_tick(
    tmp_path: Path,
) -> None:
    with private_postgres() as server, HttpSite() as site:
        engine = make_engine(server.url)
        upgrade(engine)
        engine.dispose()
        config, port = tmp_path / "newsagg.toml", free_port()
        write_config(config, server.url, serve_stories(site, STORIES, delay_s=0.2))
        text = config.read_text().replace("metrics_port = 0", f"metrics_port = {port}")
        config.write_text(text.replace("tick_s = 0.3", f"tick_s = {TICK_S}"))
        daemon = start(["--config", config, "run"], tmp_path, {})
        try:
            wait_for(lambda: page_hits(site) >= 10, timeout_s=60)
            server.stop("immediate")  # mid-cycle: pages are being fetched and stored
            time.sleep(OUTAGE_S)  # the outage itself lasts this long
            assert daemon.poll() is None  # the daemon lived through it
            server.start()
            recovery_s = wait_for(lambda: is_healthy(port), timeout_s=30)
            wait_until_stored(server.url, len(STORIES), timeout_s=120)
        finally:
            daemon.terminate()
            daemon.wait(timeout=30)
        assert recovery_s <= TICK_S + 2.0  # one tick, plus the reconnect on a loaded machine
        assert_each_stored_once(server.url, STORIES)
        print(f"outage {OUTAGE_S} s: recovered in {recovery_s:.2f} s")  # the figure for the README
