"""The query parameters every listing shares (API, pages, feeds) and the one lookup they run."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.orm import Session

from storage import catalog, search, sources
from storage.catalog import Listing

MAX_ID = 2**62  # beyond any stored id, and within every database's integer
NO_SOURCE = -1  # an unknown source filters everything out (ids start at 1)


@dataclass(frozen=True, slots=True)
class Found:
    listing: Listing
    score: float | None = None
    snippet: str | None = None


@dataclass(frozen=True, slots=True)
class StoryQuery:
    q: str | None
    filters: search.Filters
    source: str | None

    def params(self) -> dict[str, str]:
        """The query string that reproduces this selection (for links and feeds)."""
        values = {
            "q": self.q,
            "source": self.source,
            "language": self.filters.language,
            "topic": self.filters.topic,
            "since": self.filters.since.isoformat() if self.filters.since else None,
        }
        return {key: value for key, value in values.items() if value}


def session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as opened:
        yield opened


ISO_TIME = (
    r"^$|^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
    r"([T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$"
)
NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL: refused by validation, documented


def _text(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _since(text: str | None) -> datetime | None:
    if not text:  # an HTML form sends an empty date field as ""
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:  # a day the month does not have
        error = {"type": "value_error", "loc": ("query", "since"), "msg": str(exc), "input": text}
        raise RequestValidationError([error]) from exc
    try:
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    except OverflowError:  # before year 1 or after 9999 in UTC: everything, or nothing
        return None if value.year < 2 else datetime.max.replace(tzinfo=UTC)


def story_query(
    db: Annotated[Session, Depends(session)],
    q: Annotated[
        str | None,
        Query(max_length=500, pattern=NO_NUL, description='words, "phrases", OR, -word'),
    ] = None,
    since: Annotated[
        str | None,
        Query(pattern=ISO_TIME, description="stored or updated at/after (ISO 8601 date or time)"),
    ] = None,
    source: Annotated[
        str | None, Query(max_length=2000, pattern=NO_NUL, description="source id or URL")
    ] = None,
    language: Annotated[
        str | None, Query(max_length=8, pattern=NO_NUL, description="ISO 639-1 code")
    ] = None,
    topic: Annotated[str | None, Query(max_length=64, pattern=NO_NUL)] = None,
) -> StoryQuery:
    source = _text(source)
    source_id = None
    if source is not None:
        try:
            source_id = sources.get(db, source).id
        except (LookupError, OverflowError):
            source_id = NO_SOURCE
    filters = search.Filters(
        since=_since(since),
        source_id=source_id,
        language=_text(language),
        topic=_text(topic),
    )
    return StoryQuery(_text(q), filters, source)


def find(
    db: Session,
    query: StoryQuery,
    *,
    limit: int,
    order: Literal["cursor", "newest", "relevance"],
    after_id: int | None = None,
    before_id: int | None = None,
    offset: int = 0,
) -> list[Found]:
    """Stories of `query`: a search when it has words, else a listing, in the order asked."""
    if query.q is None:
        found = catalog.list_articles(
            db, query.filters, limit=limit, before_id=before_id,
            after_id=(after_id or 0) if order == "cursor" else None,
        )  # fmt: skip
        return [Found(listing) for listing in found]
    hits = search.search(
        db, query.q, query.filters, limit=limit, offset=offset if order == "relevance" else 0,
        after_id=(after_id or 0) if order == "cursor" else None, newest=order == "newest",
    )  # fmt: skip
    listings = {item.article.id: item for item in catalog.get_articles(db, [h.id for h in hits])}
    return [Found(listings[h.id], h.score, h.snippet) for h in hits if h.id in listings]
