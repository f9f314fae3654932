"""The Source state machine in storage.sources: what a poll or crawl changes on the row, and the
fetch event it leaves. Database fixture, no network, no clock: `now` and the rng are given."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from crawler.items import CacheHints, ErrorKind, FeedEntry, FeedOutcome
from crawler.sources.feeds import ParsedFeed
from settings.model import PollSettings
from storage import events, sources
from storage.db import session_factory, transaction
from storage.models import FetchEvent, Source

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
FEED = "https://a.example/feed"
POLL = PollSettings()


@pytest.fixture
def session(db_engine: Engine) -> Iterator[Session]:
    with transaction(session_factory(db_engine, write=True)) as session:
        yield session


def add(session: Session, url: str = FEED, kind: str = "feed", **fields: object) -> Source:
    source, _ = sources.add(session, url, kind, now=NOW)
    for name, value in fields.items():
        setattr(source, name, value)
    return source


def outcome(kind: str = "ok", **fields: object) -> FeedOutcome:
    entries = tuple(FeedEntry(f"https://a.example/{n}", FEED) for n in range(4))
    defaults: dict[str, object] = {
        "source_id": 1, "url": FEED, "outcome": kind, "started_at": NOW,
        "was_unconditional": False, "http_status": 200, "duration_s": 0.5,
        "feed": ParsedFeed(FEED, "rss20", "A", entries), "new_entries": entries[:1],
    }  # fmt: skip
    if kind == "error":
        defaults.update(feed=None, new_entries=(), http_status=503,
                        error_kind=ErrorKind.HTTP_5XX, error="HTTP 503")  # fmt: skip
    return FeedOutcome(**{**defaults, **fields})  # type: ignore[arg-type]


def test_success_stores_validators_and_resets_the_failure_count(session: Session) -> None:
    source = add(session, consecutive_failures=3, polls_since_unconditional=2)
    done = outcome(etag='"v2"', last_modified="Tue, 24 Nov 2026 10:00:00 GMT", body_hash="h2")
    moved = sources.record_poll(session, source, done, NOW, POLL, random.Random(1))
    assert not moved
    assert (source.etag, source.last_modified, source.body_hash) == (
        '"v2"', "Tue, 24 Nov 2026 10:00:00 GMT", "h2")  # fmt: skip
    assert source.consecutive_failures == 0 and source.polls_since_unconditional == 3
    assert source.last_success_at == source.last_checked_at == source.last_new_entry_at == NOW
    assert POLL.min_interval_s * 0.9 <= (source.next_check_at - NOW).total_seconds()
    assert (source.next_check_at - NOW).total_seconds() <= POLL.max_interval_s * 1.1


def test_an_unconditional_poll_restarts_the_count_and_keeps_a_known_body_hash(
    session: Session,
) -> None:
    source = add(session, polls_since_unconditional=5, body_hash="old")
    sources.record_poll(
        session, source, outcome(was_unconditional=True), NOW, POLL, random.Random()
    )
    assert source.polls_since_unconditional == 0 and source.body_hash == "old"


def test_a_cache_hint_keeps_the_next_check_away(session: Session) -> None:
    source = add(session)
    hinted = outcome(hints=CacheHints(max_age_s=4 * 3600))
    sources.record_poll(session, source, hinted, NOW, POLL, random.Random(1))
    assert source.next_check_at >= NOW + timedelta(seconds=0.9 * 4 * 3600)  # less the jitter


def test_failures_back_off_further_each_time_up_to_the_maximum(session: Session) -> None:
    source = add(session, etag='"v1"')
    waits = []
    for _ in range(12):
        sources.record_poll(session, source, outcome("error"), NOW, POLL, random.Random(1))
        waits.append((source.next_check_at - NOW).total_seconds())
    assert source.consecutive_failures == 12 and source.etag == '"v1"'  # validators kept
    assert (source.last_error_kind, source.last_error) == ("http_5xx", "HTTP 503")
    assert waits[1] > waits[0] and waits[-1] <= POLL.max_backoff_s * 1.1
    assert source.enabled  # never given up on


def test_retry_after_is_honoured_on_failure(session: Session) -> None:
    source = add(session)
    limited = outcome(
        "error", error_kind=ErrorKind.RATE_LIMITED, hints=CacheHints(retry_after_s=7200)
    )
    sources.record_poll(session, source, limited, NOW, POLL, random.Random(1))
    assert source.next_check_at >= NOW + timedelta(seconds=7200)


def test_a_permanent_move_changes_the_url_unless_another_source_has_it(session: Session) -> None:
    source = add(session)
    other = add(session, "https://b.example/feed")
    moved = outcome(final_url="https://a.example/new-feed", is_permanent_redirect=True)
    assert sources.record_poll(session, source, moved, NOW, POLL, random.Random())
    assert source.url == "https://a.example/new-feed"
    onto_other = outcome(final_url=other.url, is_permanent_redirect=True)
    assert not sources.record_poll(session, source, onto_other, NOW, POLL, random.Random())
    assert source.url == "https://a.example/new-feed"


def test_poll_event_folds_page_outcomes_into_the_counts(session: Session) -> None:
    source = add(session)
    pages = {
        "new": 2,
        "duplicate": 1,
        "unchanged": 1,
        "off_topic": 3,
        "failed": 1,
        "not_article": 1,
    }
    events.record_poll_event(session, outcome(source_id=source.id, bytes=900), pages)
    session.flush()
    event = session.scalars(select(FetchEvent)).one()
    assert (event.kind, event.outcome, event.status, event.bytes, event.entries) == (
        "feed", "ok", 200, 900, 4)  # fmt: skip
    assert (event.new, event.duplicate, event.off_topic, event.failed) == (2, 2, 3, 2)


def test_poll_events_of_many_feeds_skip_a_source_removed_meanwhile(session: Session) -> None:
    kept, gone = add(session), add(session, "https://b.example/feed")
    session.flush()
    gone_id = gone.id
    sources.remove(session, gone_id)
    recorded = events.record_poll_events(
        session,
        [outcome(source_id=kept.id), outcome("error", source_id=gone_id)],
        {kept.id: {"new": 3}},
    )
    session.flush()
    assert recorded == {kept.id}
    (event,) = session.scalars(select(FetchEvent)).all()
    assert (event.source_id, event.new) == (kept.id, 3)


@pytest.mark.parametrize(
    ("cron", "interval_s", "expected"),
    [("0 6 * * *", None, datetime(2026, 11, 26, 6, 0, tzinfo=UTC)),
     (None, 600, NOW + timedelta(seconds=600)),
     (None, None, NOW + timedelta(seconds=3600))],
    ids=["cron", "own-interval", "default-interval"],
)  # fmt: skip
def test_a_crawl_success_schedules_by_cron_or_interval(
    session: Session, cron: str | None, interval_s: int | None, expected: datetime
) -> None:
    source = add(session, "https://a.example/", "site", cron=cron, interval_s=interval_s,
                 consecutive_failures=2)  # fmt: skip
    event = sources.record_crawl(
        session, source, started_at=NOW - timedelta(seconds=30), now=NOW, pages={"new": 3},
        pages_fetched=9, error=None, crawl_interval_s=3600, poll=POLL, rng=random.Random(),
    )  # fmt: skip
    assert source.next_check_at == expected and source.consecutive_failures == 0
    assert (event.outcome, event.entries, event.new, event.duration_s) == ("ok", 9, 3, 30.0)


def test_a_crawl_failure_backs_off_and_is_recorded(session: Session) -> None:
    source = add(session, "https://a.example/sitemap.xml", "sitemap")
    event = sources.record_crawl(
        session, source, started_at=NOW, now=NOW, pages={}, pages_fetched=0,
        error="reactor failed", crawl_interval_s=3600, poll=POLL, rng=random.Random(1),
    )  # fmt: skip
    assert (source.consecutive_failures, source.last_error_kind) == (1, "crawl")
    assert source.next_check_at > NOW and source.last_success_at is None
    assert (event.outcome, event.error_kind, event.error) == ("error", "crawl", "reactor failed")


def test_feed_job_drops_validators_when_the_poll_must_be_unconditional(session: Session) -> None:
    source = add(session, etag='"v"', body_hash="h", last_new_entry_at=NOW)
    job = sources.feed_job(source, NOW, POLL)
    assert (job.etag, job.body_hash, job.is_unconditional) == ('"v"', "h", False)
    source.polls_since_unconditional = POLL.unconditional_every
    job = sources.feed_job(source, NOW, POLL)
    assert job.is_unconditional and job.body_hash is None
