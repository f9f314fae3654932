"""The frozen records that flow between stages: FeedEntry, ParsedFeed, FeedJob, FeedOutcome, Page,
PageFailure, Extraction, Article, Relevance, and the vocabulary they share (ErrorKind, CacheHints).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal

Outcome = Literal["ok", "not_modified", "error"]


class ErrorKind(StrEnum):
    """Why a fetch failed; stored as Source.last_error_kind and FetchEvent.error_kind."""

    DNS = "dns"
    CONNECTION = "connection"
    TIMEOUT = "timeout"
    HTTP_4XX = "http_4xx"
    HTTP_5XX = "http_5xx"
    RATE_LIMITED = "rate_limited"
    TOO_LARGE = "too_large"
    REDIRECT_LOOP = "redirect_loop"
    PARSE_ERROR = "parse_error"
    NOT_A_FEED = "not_a_feed"
    NOT_HTML = "not_html"  # an article link that served a PDF, an image...
    BLOCKED = "blocked"  # robots.txt or the private-address guard
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class CacheHints:
    """What the server and the feed say about how often to come back (all in seconds)."""

    max_age_s: float | None = None  # Cache-Control max-age / s-maxage, minus Age
    expires_in_s: float | None = None  # Expires, relative to now
    ttl_s: float | None = None  # RSS <ttl>
    update_period_s: float | None = None  # sy:updatePeriod / sy:updateFrequency
    retry_after_s: float | None = None  # Retry-After (429, 503)

    def lower_bound_s(self) -> float:
        """The longest interval any hint asks for (0 when none does)."""
        values = (self.max_age_s, self.expires_in_s, self.ttl_s, self.update_period_s)
        return max((v for v in values if v), default=0.0)


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
class ParsedFeed:
    """A feed document: its entries plus the hints it gives about how often to poll it."""

    url: str
    format: str  # feedparser's version (rss20, atom10, ...) or json1
    title: str | None
    entries: tuple[FeedEntry, ...]
    ttl_s: int | None = None  # RSS <ttl>
    update_period_s: int | None = None  # sy:updatePeriod / sy:updateFrequency
    is_recovered: bool = False  # malformed, but entries could still be read
    skipped: int = 0  # entries without a usable link, and duplicates

    @property
    def published_times(self) -> list[datetime]:
        return sorted(e.published_at for e in self.entries if e.published_at is not None)


@dataclass(frozen=True, slots=True)
class FeedJob:
    """One feed to poll, with the validators stored from the last poll."""

    source_id: int
    url: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None  # sha256 of the last body: same body = nothing new
    is_unconditional: bool = False  # ignore the validators this time (see fetch.schedule)
    allow_private: bool = True  # the operator configured it: its host may be a private address
    retry_entries: tuple[FeedEntry, ...] = ()  # announced before, page not settled: fetch again


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """What one poll of a feed found. `outcome` not_modified covers a 304 and an unchanged body
    (http_status tells them apart); errors carry `error_kind` and hints such as Retry-After."""

    source_id: int
    url: str  # the job's URL
    outcome: Outcome
    started_at: datetime
    was_unconditional: bool
    http_status: int | None = None
    duration_s: float | None = None
    final_url: str | None = None  # after redirects
    is_permanent_redirect: bool = False  # only 301/308 hops: store final_url as the Source URL
    etag: str | None = None  # validators to store for the next poll
    last_modified: str | None = None
    body_hash: str | None = None
    bytes: int | None = None
    feed: ParsedFeed | None = None
    new_entries: tuple[FeedEntry, ...] = ()  # entries not known: their pages are fetched
    hints: CacheHints = field(default_factory=CacheHints)
    error_kind: ErrorKind | None = None
    error: str | None = None

    @property
    def entries(self) -> tuple[FeedEntry, ...]:
        return self.feed.entries if self.feed else ()

    @property
    def has_moved(self) -> bool:
        return self.is_permanent_redirect and self.final_url not in (None, self.url)


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
    source_url: str | None = None  # the configured start URL (the Source) a crawl came from


@dataclass(frozen=True, slots=True)
class PageFailure:
    """An article page that could not be fetched (or was not HTML)."""

    source_id: int
    url: str
    entry: FeedEntry
    error_kind: ErrorKind
    error: str
    http_status: int | None = None


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
class PageHints:
    """What the page's DOM knew about lines of its text: case-folded heading and link texts."""

    headings: frozenset[str] = frozenset()
    anchors: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Extraction:
    """extract_article's hand-over to clean_article: the article before the line pass, and the
    DOM hints that pass needs (so cleaning never parses the page again)."""

    article: Article
    hints: PageHints = PageHints()


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason behind a relevance decision: what matched, where, and what it weighed."""

    term: str
    field: str  # title | lead | body | negative | placement (points removed: placement, negative)
    count: int
    weight: float


@dataclass(frozen=True, slots=True)
class Relevance:
    """A topic decision with its score and evidence."""

    topic: str
    score: float
    is_relevant: bool
    evidence: tuple[Evidence, ...] = field(default=())
