"""Reading stories for consumers: one record per story with every URL and source it was seen at."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.extract.published import published_text
from storage.models import Article, ArticleUrl, Source


@dataclass(frozen=True, slots=True)
class StoryRecord:
    id: int
    url: str
    urls: list[str]
    sites: list[str]
    sources: list[str]
    title: str | None
    authors: list[str]
    credits: list[str]
    published_at: datetime | None
    published_at_source: str | None
    published_precision: str | None
    fetched_at: datetime
    updated_at: datetime
    language: str | None
    text: str
    relevance: float | None
    topic: str | None
    revision: int

    def as_dict(self) -> dict[str, object]:
        data = {name: getattr(self, name) for name in self.__slots__}
        for name in ("published_at", "fetched_at", "updated_at"):
            value = data[name]
            data[name] = value.isoformat() if isinstance(value, datetime) else None
        data["published_at"] = published_text(self.published_at, self.published_precision)
        return data


FIELDS: tuple[str, ...] = tuple(StoryRecord.__slots__)


def iter_stories(
    session: Session,
    *,
    since: datetime | None = None,
    after_id: int = 0,
    include_irrelevant: bool = False,
    batch_size: int = 500,
) -> Iterator[StoryRecord]:
    """Stories in id order (a stable cursor for incremental readers), in batches."""
    cursor = after_id
    while True:
        query = select(Article).where(Article.id > cursor).order_by(Article.id).limit(batch_size)
        if since is not None:
            query = query.where(Article.updated_at >= since)
        if not include_irrelevant:
            query = query.where(Article.is_relevant.is_(True))
        batch = session.scalars(query).all()
        if not batch:
            return
        yield from _records(session, batch)
        cursor = batch[-1].id


def _records(session: Session, batch: Sequence[Article]) -> Iterator[StoryRecord]:
    ids = [article.id for article in batch]
    rows = session.execute(
        select(ArticleUrl.article_id, ArticleUrl.url, Source.url)
        .outerjoin(Source, Source.id == ArticleUrl.source_id)
        .where(ArticleUrl.article_id.in_(ids))
        .order_by(ArticleUrl.id)
    ).all()
    urls: dict[int, list[str]] = defaultdict(list)
    sources: dict[int, list[str]] = defaultdict(list)
    for article_id, url, source_url in rows:
        urls[article_id].append(url)
        if source_url and source_url not in sources[article_id]:
            sources[article_id].append(source_url)
    for article in batch:
        seen = urls[article.id] or [article.url]
        yield StoryRecord(
            id=article.id,
            url=article.url,
            urls=seen,
            sites=sorted({urlsplit(url).hostname or "" for url in seen} - {""}),
            sources=sources[article.id],
            title=article.title,
            authors=list(article.authors or []),
            credits=list(article.credits or []),
            published_at=article.published_at,
            published_at_source=article.published_at_source,
            published_precision=article.published_precision,
            fetched_at=article.fetched_at,
            updated_at=article.updated_at,
            language=article.language,
            text=article.text,
            relevance=article.relevance,
            topic=article.topic,
            revision=article.revision,
        )
