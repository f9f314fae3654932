"""Repository functions for sources: add, remove, list, due, config sync, and the Source state
machine (a poll's success or failure, a crawl's outcome, back-off, next check)."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from crawler.fetch import (
    FeedJob,
    FeedOutcome,
    next_check_after_failure,
    next_check_after_success,
    should_poll_unconditionally,
)
from crawler.items import FeedEntry
from settings import SourceConfig
from settings.model import PollSettings
from storage import events
from storage.db import chunked
from storage.models import FetchEvent, Source


class SourceNotFoundError(LookupError):
    def __init__(self, ref: str) -> None:
        super().__init__(f"no source {ref!r} (see `newsagg sources list`)")
        self.ref = ref


def get(session: Session, ref: str | int) -> Source:
    """A source by id or URL."""
    if isinstance(ref, int) or str(ref).isdigit():
        found = session.get(Source, int(ref))
    else:
        found = session.scalar(select(Source).where(Source.url == ref))
    if found is None:
        raise SourceNotFoundError(str(ref))
    return found


def get_many(session: Session, ids: Iterable[int]) -> dict[int, Source]:
    """Sources by id, one query per chunk of ids; ids without a row are left out."""
    found: dict[int, Source] = {}
    for chunk in chunked(ids):
        rows = session.scalars(select(Source).where(Source.id.in_(chunk)))
        found.update((row.id, row) for row in rows)
    return found


def find(session: Session, url: str) -> Source | None:
    return session.scalar(select(Source).where(Source.url == url))


def add(
    session: Session,
    url: str,
    kind: str,
    *,
    now: datetime,
    name: str | None = None,
    topic: str | None = None,
    origin: str = "cli",
    interval_s: int | None = None,
    cron: str | None = None,
) -> tuple[Source, bool]:
    """Add a source (due at once); returns (source, created). An existing URL is re-enabled."""
    existing = find(session, url)
    if existing is not None:
        existing.enabled = True
        return existing, False
    source = Source(
        url=url, kind=kind, name=name, topic=topic, origin=origin, interval_s=interval_s,
        cron=cron, created_at=now, next_check_at=now, enabled=True, polls_since_unconditional=0,
        consecutive_failures=0,
    )  # fmt: skip
    session.add(source)
    session.flush()
    return source, True


def ensure_oneoff(session: Session, url: str, kind: str, *, now: datetime) -> Source:
    """The Source row of a URL given to a one-off `poll URL` / `crawl URL`: an existing row as it
    is, enabled or not (a one-off run never changes what the daemon collects), else a new
    disabled row of origin `oneoff` that keeps the URL's validators and health between runs."""
    existing = find(session, url)
    if existing is not None:
        return existing
    source, _ = add(session, url, kind, now=now, origin="oneoff")
    source.enabled = False
    return source


def remove(session: Session, ref: str | int) -> Source:
    source = get(session, ref)
    session.delete(source)
    session.flush()
    return source


def list_all(session: Session) -> Sequence[Source]:
    return session.scalars(select(Source).order_by(Source.id)).all()


def due(session: Session, now: datetime, *, kinds: Sequence[str] | None = None) -> Sequence[Source]:
    """Enabled sources whose next check time has come, oldest first."""
    query = _due(select(Source), now)
    if kinds:
        query = query.where(Source.kind.in_(kinds))
    return session.scalars(query).all()


def _due(query: Select[Any], now: datetime) -> Select[Any]:
    return query.where(
        Source.enabled.is_(True),
        or_(Source.next_check_at.is_(None), Source.next_check_at <= now),
    ).order_by(Source.next_check_at.nulls_first(), Source.id)


def feed_ids(session: Session, *, due_at: datetime | None = None) -> list[int]:
    """Ids of the enabled feed sources: those due at `due_at` (in `due` order), else all (by id).
    Ids only: a poll loads its sources once, in poll_run."""
    query = select(Source.id).where(Source.kind == "feed")
    if due_at is None:
        query = query.where(Source.enabled.is_(True)).order_by(Source.id)
    else:
        query = _due(query, due_at)
    return list(session.scalars(query))


def sync_config(session: Session, configured: Sequence[SourceConfig], now: datetime) -> None:
    """Make config-file sources match the config: add new ones, update, disable removed ones."""
    wanted = {item.url: item for item in configured}
    for source in session.scalars(select(Source).where(Source.origin == "config")).all():
        if source.url not in wanted:
            source.enabled = False
    for item in configured:
        source, _ = add(
            session,
            item.url,
            item.kind,
            now=now,
            name=item.name,
            topic=item.topic,
            origin="config",
            interval_s=item.interval_s,
            cron=item.cron,
        )
        source.kind, source.name, source.topic = item.kind, item.name, item.topic
        source.cron, source.enabled = item.cron, item.enabled
    session.flush()


# the state machine: what a check changes on the Source row -----------------------------------
def feed_job(
    source: Source,
    now: datetime,
    poll: PollSettings,
    *,
    retopic: bool = False,
    retry_entries: Sequence[FeedEntry] = (),
) -> FeedJob:
    """The next poll of a feed source: its validators, unless this poll must ignore them
    (`retopic`: polled under another topic, so entries seen before must be seen again), and
    the pending entries whose page is due for another try."""
    unconditional = retopic or should_poll_unconditionally(
        source.polls_since_unconditional, source.last_new_entry_at, now, poll
    )
    return FeedJob(
        source_id=source.id,
        url=source.url,
        etag=None if retopic else source.etag,
        last_modified=None if retopic else source.last_modified,
        body_hash=None if unconditional else source.body_hash,
        is_unconditional=unconditional,
        retry_entries=tuple(retry_entries),
    )


def record_poll(
    session: Session,
    source: Source,
    outcome: FeedOutcome,
    now: datetime,
    poll: PollSettings,
    rng: random.Random,
) -> bool:
    """Store what a poll learnt: health, validators, next check, a permanent move. Returns
    whether the source moved to the feed's new URL."""
    source.last_checked_at = now
    if outcome.outcome == "error":
        record_poll_failure(source, outcome, now, poll, rng)
    else:
        record_poll_success(source, outcome, now, poll, rng)
    moved_to = outcome.final_url if outcome.has_moved else None
    if moved_to is None or find(session, moved_to) is not None:
        return False  # another source already has that URL: keep both as they are
    source.url = moved_to
    return True


def record_poll_success(
    source: Source, outcome: FeedOutcome, now: datetime, poll: PollSettings, rng: random.Random
) -> None:
    source.consecutive_failures = 0
    source.last_success_at = now
    source.etag, source.last_modified = outcome.etag, outcome.last_modified
    source.body_hash = outcome.body_hash or source.body_hash
    source.polls_since_unconditional = (
        0 if outcome.was_unconditional else source.polls_since_unconditional + 1
    )
    if outcome.new_entries:
        source.last_new_entry_at = now
    fresh = outcome.outcome == "ok"
    plan = next_check_after_success(
        now=now, poll=poll, rng=rng, hints=outcome.hints,
        published_times=outcome.feed.published_times if outcome.feed else (),
        # a 304 or an unchanged body counts as "nothing new": the interval stretches
        new_entries=len(outcome.new_entries), total_entries=len(outcome.entries) if fresh else 1,
        previous_interval_s=source.interval_s,
    )  # fmt: skip
    source.next_check_at, source.interval_s = plan.next_check_at, plan.interval_s


def record_poll_failure(
    source: Source, outcome: FeedOutcome, now: datetime, poll: PollSettings, rng: random.Random
) -> None:
    kind = str(outcome.error_kind) if outcome.error_kind else "other"
    _record_failure(source, now, kind, outcome.error, poll, rng, outcome.hints.retry_after_s)


def _record_failure(
    source: Source,
    now: datetime,
    kind: str,
    error: str | None,
    poll: PollSettings,
    rng: random.Random,
    retry_after_s: float | None = None,
) -> None:
    source.consecutive_failures += 1
    source.last_error_at, source.last_error_kind, source.last_error = now, kind, error
    source.next_check_at = next_check_after_failure(
        now=now, poll=poll, rng=rng, consecutive_failures=source.consecutive_failures,
        retry_after_s=retry_after_s,
    ).next_check_at  # fmt: skip


def record_crawl(
    session: Session,
    source: Source,
    *,
    started_at: datetime,
    now: datetime,
    pages: Mapping[str, int],
    pages_fetched: int,
    error: str | None,
    crawl_interval_s: int,
    poll: PollSettings,
    rng: random.Random,
) -> FetchEvent:
    """Store one crawl of a site or sitemap source: health, next check, and its fetch event."""
    source.last_checked_at = now
    if error is None:
        source.last_success_at = now
        source.consecutive_failures = 0
        source.next_check_at = next_crawl_at(source, crawl_interval_s, now)
    else:
        _record_failure(source, now, "crawl", error, poll, rng)
    event = FetchEvent(**events.fetch_event_row(
        source.id, source.url, source.kind, started_at, (now - started_at).total_seconds(),
        outcome="error" if error else "ok", pages=pages, entries=pages_fetched,
        error_kind="crawl" if error else None, error=error,
    ))  # fmt: skip
    session.add(event)
    return event


def next_crawl_at(source: Source, default_interval_s: int, now: datetime) -> datetime:
    """The cron schedule's next time if the source has one, else now + its interval."""
    if source.cron:
        fire = CronTrigger.from_crontab(source.cron, timezone="UTC").get_next_fire_time(None, now)
        if fire is not None:
            return fire
    return now + timedelta(seconds=source.interval_s or default_interval_s)
