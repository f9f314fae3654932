"""Read-only views of stored stories for the read side: listings, one story with every URL it
was seen under and its revisions, source health, and counts per day and per source."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Date, cast, func, select
from sqlalchemy.orm import Session

from storage.models import Article, ArticleRevision, ArticleUrl, Source
from storage.search import Filters, apply_filters


@dataclass(frozen=True, slots=True)
class Sighting:
    """One URL a story was seen under: its outlet, the headline it carried, how it came."""

    url: str
    outlet: str
    relation: str
    headline: str | None
    source_id: int | None
    source_name: str | None
    similarity: float | None
    first_seen_at: datetime


@dataclass(frozen=True, slots=True)
class Listing:
    article: Article
    outlets: tuple[str, ...]  # hostnames that carried it, the first-seen one first
    urls: tuple[str, ...] = ()  # every URL it was seen under, in the order seen


@dataclass(frozen=True, slots=True)
class Detail:
    article: Article
    sightings: tuple[Sighting, ...]
    revisions: tuple[ArticleRevision, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.outlet for s in self.sightings))


@dataclass(frozen=True, slots=True)
class SourceHealth:
    source: Source
    articles: int
    state: str  # ok | failing | unchecked | disabled


def outlet_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def list_articles(
    session: Session,
    filters: Filters | None = None,
    *,
    after_id: int | None = None,
    before_id: int | None = None,
    limit: int = 50,
) -> list[Listing]:
    """Stories in id order after `after_id` (a cursor), else newest first before `before_id`."""
    query = apply_filters(select(Article), filters or Filters())
    if after_id is not None:
        query = query.where(Article.id > after_id).order_by(Article.id)
    else:
        if before_id is not None:
            query = query.where(Article.id < before_id)
        query = query.order_by(Article.id.desc())
    found = session.scalars(query.limit(limit)).all()
    return with_outlets(session, found)


def with_outlets(session: Session, found: Sequence[Article]) -> list[Listing]:
    urls: dict[int, list[str]] = defaultdict(list)
    rows = session.execute(
        select(ArticleUrl.article_id, ArticleUrl.url)
        .where(ArticleUrl.article_id.in_([a.id for a in found]))
        .order_by(ArticleUrl.id)
    )
    for article_id, url in rows:
        urls[article_id].append(url)
    listings = []
    for a in found:
        seen = tuple(dict.fromkeys([a.url, *urls[a.id]]))
        listings.append(Listing(a, tuple(dict.fromkeys(outlet_of(u) for u in seen)), seen))
    return listings


def get_articles(session: Session, ids: Sequence[int]) -> list[Listing]:
    """The stories with these ids, in the order given (e.g. search hits)."""
    by_id = {a.id: a for a in session.scalars(select(Article).where(Article.id.in_(ids)))}
    return with_outlets(session, [by_id[i] for i in ids if i in by_id])


def detail(session: Session, article_id: int) -> Detail | None:
    article = session.get(Article, article_id)
    if article is None:
        return None
    rows = session.execute(
        select(ArticleUrl, Source.name, Source.url)
        .outerjoin(Source, Source.id == ArticleUrl.source_id)
        .where(ArticleUrl.article_id == article_id)
        .order_by(ArticleUrl.id)
    ).all()
    sightings = tuple(
        Sighting(
            url=row.url,
            outlet=outlet_of(row.url),
            relation=row.relation,
            headline=row.title,
            source_id=row.source_id,
            source_name=name or source_url,
            similarity=row.similarity,
            first_seen_at=row.first_seen_at,
        )
        for row, name, source_url in rows
    )
    revisions = session.scalars(
        select(ArticleRevision)
        .where(ArticleRevision.article_id == article_id)
        .order_by(ArticleRevision.revision)
    ).all()
    return Detail(article, sightings, tuple(revisions))


def source_health(session: Session) -> list[SourceHealth]:
    counts = dict(
        session.execute(
            select(Article.source_id, func.count(Article.id)).group_by(Article.source_id)
        ).all()
    )
    return [
        SourceHealth(source, int(counts.get(source.id, 0)), _state(source))
        for source in session.scalars(select(Source).order_by(Source.id))
    ]


def _state(source: Source) -> str:
    if not source.enabled:
        return "disabled"
    if source.last_checked_at is None:
        return "unchecked"
    return "failing" if source.consecutive_failures else "ok"


def per_day(
    session: Session, filters: Filters | None, *, today: date, days: int = 30
) -> list[tuple[date, int]]:
    """Stories stored per UTC day over the last `days` days (oldest first, zeros included)."""
    first = today - timedelta(days=days - 1)
    start = datetime(first.year, first.month, first.day, tzinfo=UTC)
    day = _day(session, Article.fetched_at).label("day")
    query = apply_filters(select(day, func.count(Article.id)), filters or Filters())
    query = query.where(Article.fetched_at >= start).group_by(day)
    counts = {_as_date(value): int(n) for value, n in session.execute(query)}
    return [(first + timedelta(i), counts.get(first + timedelta(i), 0)) for i in range(days)]


def per_source(
    session: Session, filters: Filters | None, *, limit: int = 10
) -> list[tuple[str, int]]:
    """Stories per first-seen source, most first."""
    label = func.coalesce(Source.name, Source.url, "(none)").label("label")
    query = apply_filters(
        select(label, func.count(Article.id).label("n")).outerjoin(
            Source, Source.id == Article.source_id
        ),
        filters or Filters(),
    )
    rows = session.execute(query.group_by(label).order_by(func.count(Article.id).desc()))
    return [(str(name), int(n)) for name, n in rows.all()[:limit]]


def _day(session: Session, column: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.timezone("UTC", column), Date)
    return func.date(column)  # SQLite stores UTC text


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))
