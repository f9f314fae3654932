"""The frozen records that flow between stages: FeedEntry, Page, Article, Relevance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed, as the feed describes it (before the page is fetched)."""

    url: str  # absolute, canonicalised link of the entry
    feed_url: str
    title: str | None = None
    summary: str | None = None  # plain text
    published_at: datetime | None = None  # timezone-aware UTC
    authors: tuple[str, ...] = ()
    guid: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """Fetched HTML and where it came from."""

    url: str  # final URL after redirects
    html: bytes
    requested_url: str | None = None
    status: int = 200
    content_type: str | None = None
    fetched_at: datetime | None = None
    entry: FeedEntry | None = None  # the feed entry that pointed here, if any


@dataclass(frozen=True, slots=True)
class Article:
    """Clean text and metadata of one article page."""

    url: str
    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()  # people, and role bylines ("Staff Reporter") as given
    credits: tuple[str, ...] = ()  # agencies and outlets credited ("AP", "dpa", "Reuters")
    published_at: datetime | None = None  # timezone-aware UTC
    published_at_source: str | None = None  # meta | jsonld | url | text | feed
    # "day": only the calendar day is known (published_at is then that day at 00:00 UTC);
    # "minute": the page gave a time of day too.
    published_precision: str | None = None
    language: str | None = None  # ISO 639-1
    canonical_url: str | None = None  # the page's own rel=canonical / og:url
    description: str | None = None
    site_name: str | None = None
    page_type: str | None = None  # og:type or JSON-LD @type when the page declares one


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason behind a relevance decision: what matched, where, and what it weighed."""

    term: str
    field: str  # title | lead | body | negative
    count: int
    weight: float


@dataclass(frozen=True, slots=True)
class Relevance:
    """A topic decision with its score and evidence."""

    topic: str
    score: float
    is_relevant: bool
    evidence: tuple[Evidence, ...] = field(default=())
