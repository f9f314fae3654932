"""Leases and source claims: two daemons never work on the same source at once."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from storage import claims, sources
from storage.db import session_factory, transaction

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def add_sources(engine: Engine, count: int) -> None:
    with transaction(session_factory(engine, write=True)) as session:
        for number in range(count):
            sources.add(session, f"https://site{number}.example/feed", "feed", now=NOW)


def test_lease_is_exclusive_until_it_expires(db_engine: Engine) -> None:
    writer = session_factory(db_engine, write=True)
    with transaction(writer) as session:
        assert claims.try_acquire(session, claims.LEADER, "daemon-a", NOW, ttl_s=30)
    with transaction(writer) as session:
        assert not claims.try_acquire(session, claims.LEADER, "daemon-b", NOW, ttl_s=30)
    with transaction(writer) as session:  # a renews, b still waits
        assert claims.try_acquire(
            session, claims.LEADER, "daemon-a", NOW + timedelta(seconds=20), ttl_s=30
        )
    with transaction(writer) as session:
        assert not claims.try_acquire(
            session, claims.LEADER, "daemon-b", NOW + timedelta(seconds=40), ttl_s=30
        )
    with transaction(writer) as session:  # a died: its lease ran out, b takes over
        assert claims.try_acquire(
            session, claims.LEADER, "daemon-b", NOW + timedelta(seconds=51), ttl_s=30
        )


def test_claimed_sources_are_not_claimed_again_until_released(db_engine: Engine) -> None:
    add_sources(db_engine, 3)
    writer = session_factory(db_engine, write=True)
    with transaction(writer) as session:
        first = claims.claim_due(session, "a", NOW, lease_s=60, limit=2)
    with transaction(writer) as session:
        second = claims.claim_due(session, "b", NOW, lease_s=60, limit=10)
    assert len(first) == 2 and len(second) == 1
    assert {s.id for s in first}.isdisjoint({s.id for s in second})
    with transaction(writer) as session:
        claims.release_sources(session, [s.id for s in first], "a")
    with transaction(writer) as session:
        assert len(claims.claim_due(session, "c", NOW, lease_s=60, limit=10)) == 2


def test_expired_claim_is_taken_over(db_engine: Engine) -> None:
    add_sources(db_engine, 1)
    writer = session_factory(db_engine, write=True)
    with transaction(writer) as session:
        assert claims.claim_due(session, "a", NOW, lease_s=60, limit=5)
    with transaction(writer) as session:
        assert not claims.claim_due(session, "b", NOW + timedelta(seconds=59), lease_s=60, limit=5)
    with transaction(writer) as session:
        taken = claims.claim_due(session, "b", NOW + timedelta(seconds=61), lease_s=60, limit=5)
    assert [s.claimed_by for s in taken] == ["b"]


@pytest.mark.parametrize("workers", [4], ids=["4-threads"])
def test_concurrent_claims_are_disjoint(db_engine: Engine, workers: int) -> None:
    add_sources(db_engine, 40)
    writer = session_factory(db_engine, write=True)
    results: dict[str, list[int]] = {}
    barrier = threading.Barrier(workers)

    def work(name: str) -> None:
        barrier.wait()
        got: list[int] = []
        while True:
            with transaction(writer) as session:
                batch = claims.claim_due(session, name, NOW, lease_s=60, limit=3)
                got.extend(s.id for s in batch)
            if not batch:
                break
        results[name] = got

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    claimed = [source_id for got in results.values() for source_id in got]
    assert sorted(claimed) == list(range(1, 41))  # every source once, none twice
