"""Announced entries until settled: pending rows, retries with back-off, the give-up rule."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from crawler.items import FeedEntry
from settings.model import PollSettings
from storage import articles, entries, sources
from storage.db import session_factory, transaction
from storage.models import FetchEvent, PendingEntry, RejectedUrl

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
FEED = "https://a.example/feed"
POLL = PollSettings(entry_max_attempts=3)
ENTRY = FeedEntry("https://a.example/2026/one", FEED, title="One", published_at=NOW,
                  authors=("A. Writer",), guid="g1")  # fmt: skip


@pytest.fixture
def session(db_engine: Engine) -> Iterator[Session]:
    with transaction(session_factory(db_engine, write=True)) as session:
        sources.add(session, FEED, "feed", now=NOW)
        yield session


def fail(session: Session, kind: str = "http_5xx", at: datetime = NOW) -> str:
    return entries.record_failure(session, 1, ENTRY.url, kind, "HTTP 503", status=503, now=at,
                                  poll=POLL, rng=random.Random(1))  # fmt: skip


def test_announce_keeps_each_entry_once_and_returns_it_whole(session: Session) -> None:
    assert entries.announce(session, 1, [ENTRY, ENTRY], NOW) == 1
    assert entries.announce(session, 1, [ENTRY], NOW) == 0
    assert entries.due(session, [1], NOW) == {1: [ENTRY]}


def test_a_failed_page_waits_with_growing_back_off(session: Session) -> None:
    entries.announce(session, 1, [ENTRY], NOW)
    assert fail(session) == "retry"
    first = session.scalars(select(PendingEntry)).one().next_attempt_at
    assert entries.due(session, [1], NOW) == {}
    assert entries.due(session, [1], first) == {1: [ENTRY]}
    assert fail(session, at=first) == "retry"
    row = session.scalars(select(PendingEntry)).one()
    assert row.attempts == 2 and row.last_error_kind == "http_5xx"
    assert row.next_attempt_at - first > timedelta(seconds=POLL.min_interval_s / 2)


def test_after_the_last_attempt_the_entry_is_rejected_as_gave_up(session: Session) -> None:
    entries.announce(session, 1, [ENTRY], NOW)
    assert [fail(session) for _ in range(3)] == ["retry", "retry", "rejected"]
    assert session.scalars(select(PendingEntry)).all() == []
    assert session.scalars(select(RejectedUrl.reason)).one() == "gave_up"
    assert articles.is_known(session, ENTRY.url)  # not announced as new again


@pytest.mark.parametrize(("kind", "reason"), [("blocked", "blocked"), ("too_large", "too_large"),
                                              ("not_html", "not_article")])  # fmt: skip
def test_a_permanent_failure_is_rejected_at_once(session: Session, kind: str, reason: str) -> None:
    entries.announce(session, 1, [ENTRY], NOW)
    assert fail(session, kind) == "rejected"
    assert session.scalars(select(RejectedUrl.reason)).one() == reason
    assert entries.due(session, [1], NOW + timedelta(days=9)) == {}


def test_every_failure_is_stored_as_a_page_event_with_its_reason(session: Session) -> None:
    entries.announce(session, 1, [ENTRY], NOW)
    fail(session, "timeout")
    event = session.scalars(select(FetchEvent)).one()
    assert (event.kind, event.url, event.outcome, event.error_kind, event.status) == (
        "page", ENTRY.url, "error", "timeout", 503)  # fmt: skip


def test_settle_removes_only_that_entry(session: Session) -> None:
    other = FeedEntry("https://a.example/2026/two", FEED)
    entries.announce(session, 1, [ENTRY, other], NOW)
    entries.settle(session, 1, ENTRY.url + "?utm_source=x")  # the same page, by its url key
    assert entries.due(session, [1], NOW) == {1: [other]}
