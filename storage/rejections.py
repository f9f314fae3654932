"""URLs fetched and not stored (rejected_urls): the decision with its evidence, and when to revisit it.

An off-topic decision belongs to the topic it was made under: the same page is reconsidered when
crawled or polled under another topic, from its kept HTML (no refetch) when there is one.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session, undefer

from crawler import items
from crawler.urls import normalize_url, url_key
from storage.db import chunked
from storage.models import RejectedUrl

OFF_TOPIC = "off_topic"
NO_TOPIC = "none"  # the topic name that keeps every article


def reject(
    session: Session,
    url: str,
    reason: str,
    *,
    now: datetime,
    relevance: items.Relevance | None = None,
    source_id: int | None = None,
    title: str | None = None,
    detail: str | None = None,
    html: bytes | None = None,
) -> None:
    """Remember a fetched URL that is not stored, with why; a later decision replaces it."""
    key = url_key(url)
    row = session.scalar(select(RejectedUrl).where(RejectedUrl.url_key == key))
    if row is None:
        row = RejectedUrl(url_key=key, url=normalize_url(url))
        session.add(row)
    row.reason, row.seen_at, row.title, row.detail = reason, now, title, detail
    row.source_id = source_id if source_id is not None else row.source_id
    row.topic = relevance.topic if relevance else None
    row.relevance = relevance.score if relevance else None
    row.evidence = evidence_json(relevance) if relevance else None
    # only an off-topic page can turn out relevant under another topic: keep it for that
    row.html_z = zlib.compress(html, 6) if html is not None and reason == OFF_TOPIC else None
    session.flush()


def find(session: Session, url: str, *, with_html: bool = False) -> RejectedUrl | None:
    query = select(RejectedUrl).where(RejectedUrl.url_key == url_key(url))
    if with_html:
        query = query.options(undefer(RejectedUrl.html_z))
    return session.scalar(query)


def find_many(session: Session, keys: Iterable[str]) -> dict[str, RejectedUrl]:
    """Rejections by URL key for the keys that have one (kept HTML not loaded): one query a chunk."""
    found: dict[str, RejectedUrl] = {}
    for chunk in chunked(keys):
        found.update((row.url_key, row) for row in session.scalars(_BY_KEYS, {"keys": chunk}))
    return found


# built once: the statements are run for every polled feed and every stored page
_IN_KEYS = RejectedUrl.url_key.in_(bindparam("keys", expanding=True))
_BY_KEYS = select(RejectedUrl).where(_IN_KEYS)


def is_settled(row: RejectedUrl, topic: str | None) -> bool:
    """Whether a rejection still holds under `topic` (None: the topic it was made under)."""
    if row.reason != OFF_TOPIC or topic is None:
        return True
    return topic != NO_TOPIC and topic == row.topic


# plain Core, built once: the ORM delete would first search the session for matching rows
FORGET = delete(RejectedUrl.metadata.tables[RejectedUrl.__tablename__]).where(_IN_KEYS)


def forget(session: Session, keys: list[str]) -> None:
    """The pages of these URL keys were stored after all: they are no longer rejected."""
    session.execute(FORGET, {"keys": keys})


def page_html(row: RejectedUrl) -> bytes | None:
    return zlib.decompress(row.html_z) if row.html_z is not None else None


def evidence_json(relevance: items.Relevance) -> list[dict[str, object]]:
    return [
        {"term": e.term, "field": e.field, "count": e.count, "weight": e.weight}
        for e in relevance.evidence
    ]
