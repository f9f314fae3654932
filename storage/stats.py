"""Read-only summaries for operators: throughput from fetch events, story counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from storage.models import Article, ArticleUrl, FetchEvent, RejectedUrl


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
        ).where(FetchEvent.started_at >= since)
    ).one()
    return Throughput(int(window.total_seconds()), *(int(value) for value in row))


def _is(column: InstrumentedAttribute[str], value: str) -> ColumnElement[int]:
    return case((column == value, 1), else_=0)


def totals(session: Session) -> dict[str, int]:
    return {
        "stories": session.scalar(select(func.count(Article.id))) or 0,
        "urls": session.scalar(select(func.count(ArticleUrl.id))) or 0,
        "rejected_urls": session.scalar(select(func.count(RejectedUrl.id))) or 0,
    }
