"""The cycle pool without subprocesses: launch, reaping, hard timeouts, stop, claim release."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scheduler.context import AppContext
from scheduler.cycle_pool import CyclePool
from scheduler.metrics import DaemonMetrics
from settings import load_settings
from storage import claims, sources
from storage.db import transaction
from storage.models import Source
from tests.fakecycles import FakeClock, FakeLauncher

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
HOLDER = "host:1:abc"


@pytest.fixture
def context(db_url: str) -> Iterator[AppContext]:
    settings = load_settings(
        environ={}, database={"url": db_url}, daemon={"cycle_timeout_s": 60, "max_cycles": 2}
    )
    context = AppContext(settings)
    with transaction(context.writer()) as session:
        for number in range(3):
            sources.add(session, f"https://site{number}.example/feed", "feed", now=NOW)
        claims.claim_due(session, HOLDER, NOW, lease_s=600, limit=3)
    yield context
    context.close()


def claimed_by(context: AppContext) -> list[str | None]:
    with context.reader()() as session:
        return [s.claimed_by for s in session.query(Source).order_by(Source.id)]


def make_pool(context: AppContext) -> tuple[CyclePool, FakeLauncher, FakeClock, DaemonMetrics]:
    launcher, clock, metrics = FakeLauncher(), FakeClock(), DaemonMetrics()
    pool = CyclePool(context, HOLDER, metrics, launch=launcher, clock=clock)
    return pool, launcher, clock, metrics


def test_start_runs_the_cycle_module_with_the_database_url_only_in_the_environment(
    context: AppContext,
) -> None:
    pool, launcher, _, metrics = make_pool(context)
    pool.start("poll", [1, 2])
    (process,) = launcher.processes
    assert process.command[1:] == [
        "-m",
        "scheduler.cycle_main",
        "poll",
        "--holder",
        HOLDER,
        "1",
        "2",
    ]
    assert process.env["NEWSAGG_DATABASE_URL"] == context.database_url
    assert not any(context.database_url in part for part in process.command)
    assert metrics.running_cycles._value.get() == 1


def test_room_is_limited_by_max_cycles(context: AppContext) -> None:
    pool, *_ = make_pool(context)
    pool.start("poll", [1])
    assert pool.has_room()
    pool.start("crawl", [2])
    assert not pool.has_room()


def test_reap_reads_the_summary_counts_it_and_releases_the_claims(context: AppContext) -> None:
    pool, launcher, _, metrics = make_pool(context)
    pool.start("poll", [1, 2])
    pool.reap()  # still running: nothing happens
    assert len(pool.running) == 1 and claimed_by(context) == [HOLDER] * 3
    launcher.processes[0].finish({"pages": {"new": 3}, "checks": {"ok": 2}})
    pool.reap()
    assert pool.running == []
    assert claimed_by(context) == [None, None, HOLDER]  # only that cycle's sources
    assert metrics.pages.labels("new")._value.get() == 3
    assert metrics.source_checks.labels("ok")._value.get() == 2
    assert metrics.cycles.labels("poll", "ok")._value.get() == 1


def test_a_crashed_cycle_counts_as_failed_and_its_claims_are_released(context: AppContext) -> None:
    pool, launcher, _, metrics = make_pool(context)
    pool.start("crawl", [3])
    launcher.processes[0].finish({}, status=-9)
    pool.reap()
    assert metrics.cycles.labels("crawl", "failed")._value.get() == 1
    assert claimed_by(context)[2] is None


@pytest.mark.parametrize("is_hung", [False, True], ids=["stops-on-sigterm", "hung"])
def test_a_cycle_past_the_timeout_is_terminated_then_killed(
    context: AppContext, is_hung: bool
) -> None:
    pool, launcher, clock, _ = make_pool(context)
    launcher.hang = is_hung
    pool.start("poll", [1])
    clock.advance(59)
    pool.reap()
    assert launcher.processes[0].signals == [] and len(pool.running) == 1
    clock.advance(2)
    pool.reap()
    expected = [signal.SIGTERM, signal.SIGKILL] if is_hung else [signal.SIGTERM]
    assert launcher.processes[0].signals == expected
    assert pool.running == [] and claimed_by(context)[0] is None


def test_stop_all_terminates_every_cycle_and_kills_the_hung_ones(context: AppContext) -> None:
    pool, launcher, clock, _ = make_pool(context)
    pool.start("poll", [1])
    launcher.hang = True
    pool.start("crawl", [2])
    pool.stop_all(deadline=clock() + 5)
    assert [p.signals[-1] for p in launcher.processes] == [signal.SIGTERM, signal.SIGKILL]
    assert pool.running == [] and claimed_by(context) == [None, None, HOLDER]


def test_a_database_outage_does_not_stop_reaping(tmp_path: Path) -> None:
    settings = load_settings(environ={}, database={"url": f"sqlite:///{tmp_path}/gone/x.db"})
    launcher = FakeLauncher()
    pool = CyclePool(AppContext(settings), HOLDER, DaemonMetrics(), launch=launcher)
    pool.start("poll", [1])
    launcher.processes[0].finish({})
    pool.reap()  # logs "could not release sources": the next tick tries again
    assert pool.running == [] and pool.unreleased == {1}
