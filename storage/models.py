"""SQLAlchemy models: the database schema, a public contract documented in the README.

Representation of duplicates: one `articles` row is one story. Every URL under which the story was
seen (URL variants on the same site and syndicated copies on other sites) is a row of
`article_urls` pointing at it. Superseded texts at the same URL are rows of `article_revisions`.
The unique constraints are the dedup rules: `article_urls.url_key` (one story per canonical URL),
`articles.text_hash` (one story per exact text); near-copies are found through `article_bands`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names so migrations are reproducible on SQLite and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# BIGINT ids on PostgreSQL; SQLite only autoincrements a column declared INTEGER PRIMARY KEY.
Id = BigInteger().with_variant(Integer(), "sqlite")
Json = JSON().with_variant(JSONB(), "postgresql")


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: timestamps must be timezone-aware")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    """Something we check: a feed, a sitemap or a site, with its polling state."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # feed | sitemap | site
    name: Mapped[str | None] = mapped_column(Text)
    topic: Mapped[str | None] = mapped_column(String(64))  # None: the configured default
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    origin: Mapped[str] = mapped_column(String(16), default="cli")  # config | cli
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # schedule
    interval_s: Mapped[int | None] = mapped_column(Integer)  # current (adaptive) interval
    cron: Mapped[str | None] = mapped_column(String(128))
    next_check_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    # conditional GET and change detection
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    body_hash: Mapped[str | None] = mapped_column(String(64))
    polls_since_unconditional: Mapped[int] = mapped_column(Integer, default=0)
    # health
    last_checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_new_entry_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error_kind: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    # claims: which daemon works on this source right now (see the daemon)
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Article(Base):
    """One story: clean text and metadata, as first seen (or as last revised at its URL)."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    url: Mapped[str] = mapped_column(Text)  # canonical URL of the first-seen copy
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[str]] = mapped_column(Json, default=list)
    credits: Mapped[list[str]] = mapped_column(Json, default=list)  # agencies, outlets
    published_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    published_at_source: Mapped[str | None] = mapped_column(String(16))
    published_precision: Mapped[str | None] = mapped_column(String(8))  # day | minute
    language: Mapped[str | None] = mapped_column(String(8))
    site_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64), unique=True)
    topic: Mapped[str | None] = mapped_column(String(64))
    relevance: Mapped[float | None] = mapped_column(Float)
    is_relevant: Mapped[bool] = mapped_column(Boolean, default=True)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(Json, default=list)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)  # uint32 little-endian values
    revision: Mapped[int] = mapped_column(Integer, default=1)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)


class ArticleUrl(Base):
    """A URL under which a story was seen: its canonical URL, a variant, or a syndicated copy."""

    __tablename__ = "article_urls"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    url: Mapped[str] = mapped_column(Text)  # as seen (tracking parameters removed)
    url_key: Mapped[str] = mapped_column(Text, unique=True)  # canonical form: the dedup key
    relation: Mapped[str] = mapped_column(String(16))  # canonical | variant | copy
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str | None] = mapped_column(Text)  # the headline this copy carried
    similarity: Mapped[float | None] = mapped_column(Float)  # for copies: estimated Jaccard
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ArticleRevision(Base):
    """A superseded text of a story, kept when its URL served a revised version."""

    __tablename__ = "article_revisions"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)
    superseded_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ArticleHtml(Base):
    """The raw HTML of a story's current revision, zlib-compressed, for re-extraction."""

    __tablename__ = "article_html"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    url: Mapped[str] = mapped_column(Text)
    html_z: Mapped[bytes] = mapped_column(LargeBinary)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ArticleBand(Base):
    """One LSH band key of a story's MinHash: stories sharing a key are near-copy candidates."""

    __tablename__ = "article_bands"
    # the primary key is the whole row: on SQLite a WITHOUT ROWID table stores it once (-37%)
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - read once by SQLAlchemy

    band_key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class RejectedUrl(Base):
    """A URL fetched and not stored as a story (off topic, not an article), so it is not refetched."""

    __tablename__ = "rejected_urls"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    url_key: Mapped[str] = mapped_column(Text, unique=True)
    url: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(16))  # off_topic | not_article | blocked | empty
    topic: Mapped[str | None] = mapped_column(String(64))
    relevance: Mapped[float | None] = mapped_column(Float)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # the evidence of the decision, and (off topic) the page, so another topic can re-score it
    title: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[str | None] = mapped_column(Text)  # not_article: what the page was instead
    evidence: Mapped[list[dict[str, Any]] | None] = mapped_column(Json)
    html_z: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)


class FetchEvent(Base):
    """One check of a source or fetch of a page, with its outcome: the audit log of the crawler."""

    __tablename__ = "fetch_events"
    __table_args__ = (Index("ix_fetch_events_source_started", "source_id", "started_at"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))  # feed | sitemap | site | page
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    duration_s: Mapped[float | None] = mapped_column(Float)
    status: Mapped[int | None] = mapped_column(Integer)  # HTTP status
    outcome: Mapped[str] = mapped_column(String(16))  # ok | not_modified | error
    error_kind: Mapped[str | None] = mapped_column(String(32))
    error: Mapped[str | None] = mapped_column(Text)
    bytes: Mapped[int | None] = mapped_column(Integer)
    entries: Mapped[int] = mapped_column(Integer, default=0)  # links found in the feed/sitemap/page
    new: Mapped[int] = mapped_column(Integer, default=0)
    duplicate: Mapped[int] = mapped_column(Integer, default=0)
    off_topic: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)


class PendingEntry(Base):
    """A feed entry announced and not settled yet: its page is still to be fetched and stored or
    rejected. Written with the feed's validators in one transaction; deleted once settled."""

    __tablename__ = "pending_entries"
    __table_args__ = (UniqueConstraint("source_id", "url_key"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(Text)  # the entry's link, as the feed gave it
    url_key: Mapped[str] = mapped_column(Text)
    entry: Mapped[dict[str, Any]] = mapped_column(Json)  # title, summary, dates... for the retry
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # failed fetches so far
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    last_error_kind: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(Text)


class Lease(Base):
    """A named, expiring lock held by one daemon (e.g. the SQLite single-writer leader lease)."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(128))
    acquired_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
