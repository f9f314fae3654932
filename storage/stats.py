"""Read-only summaries for operators: throughput from fetch events, story counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from storage.claims import LEADER
from storage.models import (
    Article,
    ArticleUrl,
    FetchEvent,
    Lease,
    PendingEntry,
    RejectedUrl,
    Source,
)

PAGE = "page"  # fetch events of single pages (their failures), not checks of a source


@dataclass(frozen=True, slots=True)
class Throughput:
    window_s: int
    checks: int
    not_modified: int
    errors: int
    new: int
    duplicate: int
    off_topic: int
    failed: int


def throughput(session: Session, now: datetime, window: timedelta) -> Throughput:
    since = now - window
    row = session.execute(
        select(
            func.count(FetchEvent.id),
            func.coalesce(func.sum(_is(FetchEvent.outcome, "not_modified")), 0),
            func.coalesce(func.sum(_is(FetchEvent.outcome, "error")), 0),
            func.coalesce(func.sum(FetchEvent.new), 0),
            func.coalesce(func.sum(FetchEvent.duplicate), 0),
            func.coalesce(func.sum(FetchEvent.off_topic), 0),
            func.coalesce(func.sum(FetchEvent.failed), 0),
        ).where(FetchEvent.started_at >= since, FetchEvent.kind != PAGE)
    ).one()
    return Throughput(int(window.total_seconds()), *(int(value) for value in row))


def page_failures(session: Session, now: datetime, window: timedelta) -> dict[str, Any]:
    """Why pages failed in the window (page fetch events, by error kind), and the entries still
    pending a retry with their last error kind."""
    failed = session.execute(
        select(FetchEvent.error_kind, func.count(FetchEvent.id))
        .where(FetchEvent.kind == PAGE, FetchEvent.started_at >= now - window)
        .group_by(FetchEvent.error_kind)
    ).tuples()
    pending = session.execute(
        select(PendingEntry.last_error_kind, func.count(PendingEntry.id)).group_by(
            PendingEntry.last_error_kind
        )
    ).tuples()
    return {
        "window_s": int(window.total_seconds()),
        "by_kind": {str(kind): n for kind, n in failed},
        "pending_entries": {str(kind or "not tried yet"): n for kind, n in pending},
    }


def _is(column: InstrumentedAttribute[str], value: str) -> ColumnElement[int]:
    return case((column == value, 1), else_=0)


def totals(session: Session) -> dict[str, int]:
    return {
        "stories": session.scalar(select(func.count(Article.id))) or 0,
        "urls": session.scalar(select(func.count(ArticleUrl.id))) or 0,
        "rejected_urls": session.scalar(select(func.count(RejectedUrl.id))) or 0,
        **{
            f"rejected_{reason}": count
            for reason, count in session.execute(
                select(RejectedUrl.reason, func.count(RejectedUrl.id)).group_by(RejectedUrl.reason)
            ).tuples()
        },
    }


def source_health(session: Session, now: datetime) -> dict[str, Any]:
    """Counts of sources by kind and state, the failing ones by error kind, the next due time."""
    rows = session.execute(
        select(
            Source.kind,
            Source.enabled,
            Source.consecutive_failures,
            Source.last_error_kind,
            Source.next_check_at,
        )
    ).all()
    enabled = [row for row in rows if row.enabled]
    failing = [row for row in enabled if row.consecutive_failures > 0]
    upcoming = [row.next_check_at for row in enabled if row.next_check_at is not None]
    return {
        "total": len(rows),
        "enabled": len(enabled),
        "by_kind": dict(Counter(row.kind for row in enabled)),
        "failing": len(failing),
        "failing_by_error": dict(Counter(row.last_error_kind or "other" for row in failing)),
        "due_now": sum(1 for moment in upcoming if moment <= now),
        "next_check_at": min(upcoming) if upcoming else None,
    }


def leader(session: Session, now: datetime) -> dict[str, Any] | None:
    """The daemon holding the leader lease (SQLite deployments), if its lease is live."""
    lease = session.get(Lease, LEADER)
    if lease is None or lease.expires_at <= now:
        return None
    return {"holder": lease.holder, "since": lease.acquired_at, "expires_at": lease.expires_at}


def failing_sources(session: Session, limit: int) -> list[dict[str, Any]]:
    """The enabled sources failing longest in a row, worst first."""
    rows = session.scalars(
        select(Source)
        .where(Source.enabled.is_(True), Source.consecutive_failures > 0)
        .order_by(Source.consecutive_failures.desc(), Source.id)
        .limit(limit)
    ).all()
    return [
        {
            "id": s.id,
            "url": s.url,
            "failures": s.consecutive_failures,
            "error_kind": s.last_error_kind,
            "since": s.last_success_at or s.created_at,
        }
        for s in rows
    ]


def next_check_at(session: Session, now: datetime) -> datetime | None:
    """When the next enabled source not being worked on now falls due."""
    return session.scalar(
        select(func.min(Source.next_check_at)).where(
            Source.enabled.is_(True),
            (Source.claimed_until.is_(None)) | (Source.claimed_until < now),
        )
    )
