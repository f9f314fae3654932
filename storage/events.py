"""Fetch events, the audit log of the crawler: the one builder of a FetchEvent row, and the
events of polls (a page's failure is recorded by storage.entries, a crawl's by storage.sources)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from crawler.fetch import FeedOutcome
from storage.models import FetchEvent, Source


def record_poll_event(
    session: Session, outcome: FeedOutcome, pages: Mapping[str, int]
) -> FetchEvent:
    """The fetch event of one poll, with the outcomes of the pages its new entries led to."""
    event = FetchEvent(**poll_event_row(outcome, pages))
    session.add(event)
    return event


def poll_event_row(outcome: FeedOutcome, pages: Mapping[str, int]) -> dict[str, Any]:
    return fetch_event_row(
        outcome.source_id, outcome.url, "feed", outcome.started_at, outcome.duration_s,
        outcome=outcome.outcome, pages=pages, entries=len(outcome.entries),
        status=outcome.http_status, size_bytes=outcome.bytes,
        error_kind=str(outcome.error_kind) if outcome.error_kind else None, error=outcome.error,
    )  # fmt: skip


def record_poll_events(
    session: Session, outcomes: Sequence[FeedOutcome], pages: Mapping[int, Mapping[str, int]]
) -> set[int]:
    """The fetch events of many polls at once (`pages` by source id); returns the ids of the
    sources recorded (one removed while it was polled has none). One multi-row INSERT: the
    rows are not loaded back as objects (a poll's events are only ever read later)."""
    ids = [outcome.source_id for outcome in outcomes]
    present = set(session.scalars(select(Source.id).where(Source.id.in_(ids))))
    rows = [poll_event_row(outcome, pages.get(outcome.source_id, {}))
            for outcome in outcomes if outcome.source_id in present]  # fmt: skip
    if rows:
        session.execute(insert(FetchEvent), rows)
    return present


def fetch_event_row(
    source_id: int,
    url: str,
    kind: str,
    started_at: datetime,
    duration_s: float | None,
    *,
    outcome: str,
    pages: Mapping[str, int],
    entries: int,
    status: int | None = None,
    size_bytes: int | None = None,
    error_kind: str | None = None,
    error: str | None = None,
) -> dict[str, Any]:
    """One check of a source as a row (`FetchEvent(**row)` makes the object); page outcomes fold into the table's four counts
    (an unchanged page is a duplicate, a page that is not an article a failure)."""
    return dict(
        source_id=source_id, url=url, kind=kind, started_at=started_at, duration_s=duration_s,
        status=status, outcome=outcome, error_kind=error_kind, error=error, bytes=size_bytes,
        entries=entries, new=pages.get("new", 0),
        duplicate=pages.get("duplicate", 0) + pages.get("unchanged", 0),
        off_topic=pages.get("off_topic", 0),
        failed=pages.get("failed", 0) + pages.get("not_article", 0),
    )  # fmt: skip
