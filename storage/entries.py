"""Announced feed entries until their page is settled: pending rows, their retries with back-off,
and the give-up rule. Nothing a feed announced is lost between a poll and its page fetches."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crawler.fetch import ErrorKind, next_check_after_failure
from crawler.items import FeedEntry
from crawler.urls import url_key
from settings.model import PollSettings
from storage import events, rejections
from storage.models import FetchEvent, PendingEntry

# failures that another try will not mend: the URL is rejected with this reason at once
PERMANENT = {ErrorKind.BLOCKED: "blocked", ErrorKind.TOO_LARGE: "too_large",
             ErrorKind.NOT_HTML: "not_article"}  # fmt: skip
GAVE_UP = "gave_up"


def announce(session: Session, source_id: int, entries: Iterable[FeedEntry], now: datetime) -> int:
    """Record entries a poll found new as pending (once per source and URL); returns how many."""
    wanted = {url_key(entry.url): entry for entry in entries}
    if not wanted:
        return 0
    known = set(session.scalars(select(PendingEntry.url_key).where(
        PendingEntry.source_id == source_id, PendingEntry.url_key.in_(wanted))))  # fmt: skip
    for key, entry in wanted.items():
        if key not in known:
            session.add(PendingEntry(
                source_id=source_id, url=entry.url, url_key=key, entry=_to_json(entry),
                attempts=0, first_seen_at=now, next_attempt_at=now,
            ))  # fmt: skip
    session.flush()
    return len(wanted) - len(known)


def due(session: Session, source_ids: Sequence[int], now: datetime) -> dict[int, list[FeedEntry]]:
    """Pending entries whose next attempt has come, per source, oldest first."""
    rows = session.scalars(
        select(PendingEntry)
        .where(PendingEntry.source_id.in_(source_ids), PendingEntry.next_attempt_at <= now)
        .order_by(PendingEntry.first_seen_at, PendingEntry.id)
    )
    found: dict[int, list[FeedEntry]] = {}
    for row in rows:
        found.setdefault(row.source_id, []).append(_from_json(row.entry))
    return found


def count_pending(session: Session) -> int:
    return len(session.scalars(select(PendingEntry.id)).all())


def settle(session: Session, source_id: int, url: str) -> None:
    """The entry's page is stored or rejected: nothing is pending for it any more."""
    session.execute(delete(PendingEntry).where(
        PendingEntry.source_id == source_id, PendingEntry.url_key == url_key(url)))  # fmt: skip


def record_failure(
    session: Session,
    source_id: int,
    url: str,
    kind: str,
    error: str,
    *,
    status: int | None = None,
    now: datetime,
    poll: PollSettings,
    rng: random.Random,
) -> str:
    """A failed fetch of an entry's page, stored as a `page` fetch event: "retry" later with
    back-off, or "rejected" for good (a permanent kind, or poll.entry_max_attempts failures)
    with the reason recorded."""
    session.add(FetchEvent(**events.fetch_event_row(
        source_id, url, "page", now, None, outcome="error", pages={}, entries=0, status=status,
        error_kind=kind, error=error,
    )))  # fmt: skip
    key = url_key(url)
    row = session.scalar(select(PendingEntry).where(
        PendingEntry.source_id == source_id, PendingEntry.url_key == key))  # fmt: skip
    attempts = (row.attempts if row else 0) + 1
    reason = PERMANENT.get(ErrorKind(kind)) if kind in set(ErrorKind) else None
    if reason is None and attempts >= poll.entry_max_attempts:
        reason = GAVE_UP
    if reason is not None:
        rejections.reject(session, url, reason, now=now, source_id=source_id, detail=error)
        settle(session, source_id, url)
        return "rejected"
    if row is None:
        return "retry"  # not announced through a poll (e.g. removed meanwhile): nothing to keep
    row.attempts, row.last_error_kind, row.last_error = attempts, kind, error
    row.next_attempt_at = next_check_after_failure(
        now=now, poll=poll, rng=rng, consecutive_failures=attempts
    ).next_check_at
    return "retry"


def _to_json(entry: FeedEntry) -> dict[str, Any]:
    published = entry.published_at.isoformat() if entry.published_at else None
    return {"url": entry.url, "feed_url": entry.feed_url, "title": entry.title,
            "summary": entry.summary, "published_at": published,
            "authors": list(entry.authors), "guid": entry.guid}  # fmt: skip


def _from_json(data: dict[str, Any]) -> FeedEntry:
    published = data.get("published_at")
    return FeedEntry(
        url=data["url"], feed_url=data["feed_url"], title=data.get("title"),
        summary=data.get("summary"), authors=tuple(data.get("authors") or ()),
        published_at=datetime.fromisoformat(published) if published else None,
        guid=data.get("guid"),
    )  # fmt: skip
