"""The daemon's tick without subprocesses: claims of due sources, cycles started within the
pool's room, the SQLite leader and its standby, and a tick that cannot reach the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from scheduler.context import AppContext
from scheduler.daemon import Daemon
from settings import load_settings
from storage import sources
from storage.db import transaction
from storage.models import Source
from tests.fakecycles import FakeLauncher

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
MakeDaemon = Callable[..., tuple[Daemon, FakeLauncher]]


@pytest.fixture
def make_daemon(db_url: str) -> Iterator[MakeDaemon]:
    made: list[Daemon] = []

    def make(holder: str = "a", url: str = db_url, **daemon: object) -> tuple[Daemon, FakeLauncher]:
        options = {"metrics_port": 0, "feeds_per_cycle": 2, "max_cycles": 2, "lease_ttl_s": 30}
        settings = load_settings(environ={}, database={"url": url}, daemon={**options, **daemon})
        launcher = FakeLauncher()
        made.append(Daemon(AppContext(settings), holder=holder, launch=launcher, now=lambda: NOW))
        made[-1].metrics.start()
        return made[-1], launcher

    yield make
    for daemon in made:
        daemon.metrics.stop()
        daemon.context.close()


def add_sources(daemon: Daemon, feeds: int, sites: int = 0) -> None:
    with transaction(daemon.context.writer()) as session:
        for number in range(feeds):
            sources.add(session, f"https://f{number}.example/feed", "feed", now=NOW)
        for number in range(sites):
            sources.add(session, f"https://s{number}.example/", "site", now=NOW)


def claims_of(daemon: Daemon) -> dict[str, str | None]:
    with daemon.context.reader()() as session:
        return {s.url: s.claimed_by for s in session.query(Source)}


def started(launcher: FakeLauncher) -> list[list[str]]:
    """Per launch: the kind and the source ids after the holder."""
    return [[p.command[3], *p.command[6:]] for p in launcher.processes]


def test_a_tick_claims_due_sources_and_starts_cycles_within_the_room(
    make_daemon: MakeDaemon,
) -> None:
    daemon, launcher = make_daemon(max_cycles=2)
    add_sources(daemon, feeds=3, sites=1)
    daemon.tick()
    assert started(launcher) == [["poll", "1", "2"], ["crawl", "4"]]
    assert claims_of(daemon)["https://f2.example/feed"] is None  # no room for a third cycle
    assert daemon.is_healthy()
    daemon.tick()  # both still running: nothing more starts
    assert len(launcher.processes) == 2
    launcher.processes[0].finish({"pages": {}})
    daemon.tick()  # reaped and released; the due sources are claimed again
    assert started(launcher)[2] == ["poll", "1", "2"]


def test_claimed_sources_are_not_started_twice(make_daemon: MakeDaemon) -> None:
    daemon, launcher = make_daemon(max_cycles=4)
    add_sources(daemon, feeds=3)
    daemon.tick()
    daemon.tick()
    ids = [source_id for launch in started(launcher) for source_id in launch[1:]]
    assert sorted(ids) == ["1", "2", "3"]


def test_sqlite_standby_waits_for_the_leader_lease_then_frees_its_claims(
    make_daemon: MakeDaemon, db_url: str
) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("on PostgreSQL every daemon works")
    leader, _ = make_daemon("leader")
    standby, standby_launcher = make_daemon("standby")
    add_sources(leader, feeds=1)
    leader.tick()
    standby.tick()
    assert standby_launcher.processes == [] and not standby.is_leader
    # the leader dies; once its lease has run out the standby leads and frees the dead claims
    standby.now = lambda: NOW + timedelta(seconds=31)
    standby.tick()
    assert standby.is_leader and started(standby_launcher) == [["poll", "1"]]
    assert claims_of(standby) == {"https://f0.example/feed": "standby"}


def test_a_tick_without_database_keeps_the_daemon_alive_but_unhealthy(
    make_daemon: MakeDaemon, tmp_path: Path
) -> None:
    daemon, launcher = make_daemon(url=f"sqlite:///{tmp_path}/gone/x.db")
    daemon.tick()
    assert launcher.processes == [] and not daemon.is_healthy()


def test_a_dead_daemons_claims_are_taken_over_once_the_claim_ttl_passes(
    make_daemon: MakeDaemon,
) -> None:
    dead, _ = make_daemon("dead", claim_ttl_s=45)
    add_sources(dead, feeds=2)
    dead.tick()  # claims both, then dies: nobody renews its claims
    alive, launcher = make_daemon("alive", claim_ttl_s=45)
    alive.now = lambda: NOW + timedelta(seconds=10)
    alive.tick()
    assert launcher.processes == []  # still claimed (and on SQLite, the lease still held)
    alive.now = lambda: NOW + timedelta(seconds=46)
    alive.tick()
    assert started(launcher) == [["poll", "1", "2"]]


def test_a_live_daemon_renews_its_running_cycles_claims(make_daemon: MakeDaemon) -> None:
    daemon, _ = make_daemon("a", claim_ttl_s=45)
    add_sources(daemon, feeds=1)
    daemon.tick()
    daemon.now = lambda: NOW + timedelta(seconds=40)
    daemon.tick()
    with daemon.context.reader()() as session:
        (source,) = session.query(Source).all()
    assert source.claimed_until == NOW + timedelta(seconds=85)
