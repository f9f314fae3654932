"""Near-copy lookup in the database: LSH band keys in `article_bands`, signatures in `articles`.

A lookup is one indexed query (band_key IN (...)) returning a handful of candidates whose stored
signatures are then compared; its cost does not grow with the number of stored articles.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, delete, func, insert, select, update
from sqlalchemy.orm import Session

from settings import DedupSettings
from storage.dedup import Signature, band_keys, estimate_similarity, text_signature
from storage.models import Article, ArticleBand

# Candidates compared per lookup, most shared bands first. A true copy shares many bands, so a
# cap only matters for texts with boilerplate shared by many stories; it bounds their cost.
MAX_CANDIDATES = 100


@dataclass(frozen=True, slots=True)
class NearMatch:
    """A stored story whose text is a near-copy, with the estimated Jaccard similarity."""

    article_id: int
    similarity: float


def find_near_duplicate(
    session: Session,
    signature: Signature,
    settings: DedupSettings,
    *,
    exclude_id: int | None = None,
) -> NearMatch | None:
    """The most similar stored story at or above settings.near_threshold, or None.

    Ties go to the oldest story (lowest id): the first-seen copy is the one we keep.
    """
    keys = band_keys(signature, settings.bands)
    if not keys:
        return None
    best: NearMatch | None = None
    for article_id, blob in session.execute(_candidates_query(keys, exclude_id)):
        similarity = _similarity(signature, blob)
        if similarity is None or similarity < settings.near_threshold:
            continue
        if best is None or (similarity, -article_id) > (best.similarity, -best.article_id):
            best = NearMatch(article_id, similarity)
    return best


def _similarity(signature: Signature, blob: bytes | None) -> float | None:
    if blob is None or len(blob) != 4 * signature.num_perm:
        return None  # no signature, or one made under other settings: rebuild_index fixes that
    return estimate_similarity(signature, Signature.from_bytes(blob))


def _candidates_query(keys: list[int], exclude_id: int | None) -> Select[int, bytes | None]:
    shared = (
        select(ArticleBand.article_id)
        .where(ArticleBand.band_key.in_(keys))
        .group_by(ArticleBand.article_id)
        .order_by(func.count().desc(), ArticleBand.article_id)
        .limit(MAX_CANDIDATES)
    )
    if exclude_id is not None:
        shared = shared.where(ArticleBand.article_id != exclude_id)
    candidates = shared.subquery()
    return select(Article.id, Article.minhash).join(
        candidates, Article.id == candidates.c.article_id
    )


def index_signature(
    session: Session, article_id: int, signature: Signature, settings: DedupSettings
) -> None:
    """Add the story's band rows. The story row must be flushed and have no band rows yet
    (call remove_signature first when its text changed)."""
    keys = sorted(set(band_keys(signature, settings.bands)))
    if keys:
        session.execute(
            insert(ArticleBand), [{"band_key": key, "article_id": article_id} for key in keys]
        )


def remove_signature(session: Session, article_id: int) -> None:
    """Drop the story's band rows (before re-indexing a revised text)."""
    session.execute(delete(ArticleBand).where(ArticleBand.article_id == article_id))


def rebuild_index(session: Session, settings: DedupSettings, *, batch_size: int = 1000) -> int:
    """Recompute every story's signature and band rows from its text under `settings` (after
    changing num_perm, bands or shingle_size). Returns the number of stories indexed."""
    session.execute(delete(ArticleBand))
    done, last_id = 0, 0
    while True:
        rows = session.execute(
            select(Article.id, Article.text)
            .where(Article.id > last_id)
            .order_by(Article.id)
            .limit(batch_size)
        ).all()
        if not rows:
            return done
        signatures = {article_id: text_signature(text, settings) for article_id, text in rows}
        session.execute(
            update(Article),
            [
                {"id": article_id, "minhash": sig.to_bytes()}
                for article_id, sig in signatures.items()
            ],
        )
        for article_id, signature in signatures.items():
            index_signature(session, article_id, signature, settings)
        done, last_id = done + len(rows), rows[-1][0]
