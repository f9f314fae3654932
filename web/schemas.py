"""The JSON API's documents (they are its OpenAPI contract), built from storage's read views."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from storage.catalog import Detail, Listing, Sighting, SourceHealth
from storage.models import ArticleRevision


class StorySummary(BaseModel):
    id: int
    url: str
    title: str | None
    language: str | None
    site_name: str | None
    topic: str | None
    relevance: float | None
    published_at: datetime | None
    fetched_at: datetime
    updated_at: datetime
    outlets: list[str] = Field(description="hostnames that carried the story, first-seen first")
    score: float | None = Field(default=None, description="search relevance (with q)")
    snippet: str | None = Field(default=None, description="matching passage (with q)")


class StoryPage(BaseModel):
    stories: list[StorySummary]
    next_after_id: int | None = Field(description="pass as after_id for the next page")


class SightingOut(BaseModel):
    url: str
    outlet: str
    relation: str = Field(description="canonical, variant (same site) or copy (another site)")
    headline: str | None
    source_id: int | None
    source_name: str | None
    similarity: float | None
    first_seen_at: datetime


class RevisionOut(BaseModel):
    revision: int
    title: str | None
    text: str
    fetched_at: datetime
    superseded_at: datetime


class StoryDetail(StorySummary):
    text: str
    authors: list[str]
    description: str | None
    published_at_source: str | None
    is_relevant: bool
    evidence: list[dict[str, Any]]
    revision: int
    urls: list[SightingOut]
    revisions: list[RevisionOut]


class SourceOut(BaseModel):
    id: int
    url: str
    kind: str
    name: str | None
    topic: str | None
    enabled: bool
    health: str = Field(description="ok, failing, unchecked or disabled")
    stories: int
    interval_s: int | None
    next_check_at: datetime | None
    last_checked_at: datetime | None
    last_success_at: datetime | None
    last_error_at: datetime | None
    last_error_kind: str | None
    last_error: str | None
    consecutive_failures: int


def summary(
    listing: Listing, score: float | None = None, snippet: str | None = None
) -> StorySummary:
    a = listing.article
    return StorySummary(
        id=a.id, url=a.url, title=a.title, language=a.language, site_name=a.site_name,
        topic=a.topic, relevance=a.relevance, published_at=a.published_at,
        fetched_at=a.fetched_at, updated_at=a.updated_at, outlets=list(listing.outlets),
        score=score, snippet=snippet,
    )  # fmt: skip


def detail(found: Detail) -> StoryDetail:
    a = found.article
    base = summary(Listing(a, found.outlets)).model_dump()
    return StoryDetail(
        **base, text=a.text, authors=list(a.authors or []), description=a.description,
        published_at_source=a.published_at_source, is_relevant=a.is_relevant,
        evidence=list(a.evidence or []), revision=a.revision,
        urls=[_sighting(s) for s in found.sightings],
        revisions=[_revision(r) for r in found.revisions],
    )  # fmt: skip


def _sighting(s: Sighting) -> SightingOut:
    return SightingOut(
        url=s.url, outlet=s.outlet, relation=s.relation, headline=s.headline,
        source_id=s.source_id, source_name=s.source_name, similarity=s.similarity,
        first_seen_at=s.first_seen_at,
    )  # fmt: skip


def _revision(r: ArticleRevision) -> RevisionOut:
    return RevisionOut(
        revision=r.revision, title=r.title, text=r.text, fetched_at=r.fetched_at,
        superseded_at=r.superseded_at,
    )  # fmt: skip


def source(health: SourceHealth) -> SourceOut:
    s = health.source
    return SourceOut(
        id=s.id, url=s.url, kind=s.kind, name=s.name, topic=s.topic, enabled=s.enabled,
        health=health.state, stories=health.articles, interval_s=s.interval_s,
        next_check_at=s.next_check_at, last_checked_at=s.last_checked_at,
        last_success_at=s.last_success_at, last_error_at=s.last_error_at,
        last_error_kind=s.last_error_kind, last_error=s.last_error,
        consecutive_failures=s.consecutive_failures,
    )  # fmt: skip
