"""What the database knows about one URL: stored (which story, how), rejected (why), or unseen."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crawler.urls import InvalidUrlError, normalize_url, url_key
from storage.models import Article, ArticleUrl, FetchEvent, RejectedUrl, Source

RECENT_EVENTS = 5


def explain_url(session: Session, url: str) -> dict[str, Any]:
    """The record behind a URL's fate, as plain data: `decision` is stored, rejected or unseen."""
    try:
        shown = normalize_url(url)
    except InvalidUrlError:
        shown = url
    key = url_key(shown)
    record: dict[str, Any] = {"url": shown, "url_key": key, "decision": "unseen"}
    seen = session.scalar(select(ArticleUrl).where(ArticleUrl.url_key == key))
    if seen is not None:
        record.update(decision="stored", story=_story(session, seen))
    rejected = session.scalar(select(RejectedUrl).where(RejectedUrl.url_key == key))
    if rejected is not None and seen is None:
        record.update(decision="rejected", rejection=_rejection(rejected))
    source = session.scalar(select(Source).where(Source.url == shown))
    if source is not None:
        record["source"] = {"id": source.id, "kind": source.kind, "enabled": source.enabled,
                            "last_error_kind": source.last_error_kind,
                            "last_error": source.last_error}  # fmt: skip
    record["fetch_events"] = _events(session, shown, source.id if source else None)
    return record


def _story(session: Session, seen: ArticleUrl) -> dict[str, Any]:
    story = session.get_one(Article, seen.article_id)
    return {
        "id": story.id, "relation": seen.relation, "similarity": seen.similarity,
        "title": story.title, "story_url": story.url, "topic": story.topic,
        "relevance": story.relevance, "is_relevant": story.is_relevant,
        "evidence": story.evidence, "source_id": seen.source_id,
        "first_seen_at": seen.first_seen_at,
    }  # fmt: skip


def _rejection(row: RejectedUrl) -> dict[str, Any]:
    return {
        "reason": row.reason, "topic": row.topic, "relevance": row.relevance,
        "evidence": row.evidence or [], "title": row.title, "detail": row.detail,
        "source_id": row.source_id, "seen_at": row.seen_at,
        "page_kept": row.html_z is not None,  # another topic can re-score it without a fetch
    }  # fmt: skip


def _events(session: Session, url: str, source_id: int | None) -> list[dict[str, Any]]:
    match = FetchEvent.url == url
    rows = session.scalars(
        select(FetchEvent)
        .where(or_(match, FetchEvent.source_id == source_id) if source_id else match)
        .order_by(FetchEvent.started_at.desc())
        .limit(RECENT_EVENTS)
    ).all()
    return [
        {
            "started_at": e.started_at,
            "outcome": e.outcome,
            "status": e.status,
            "error_kind": e.error_kind,
            "error": e.error,
        }
        for e in rows
    ]
