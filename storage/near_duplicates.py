"""Near-copy lookup in the database: LSH band keys in `article_bands` find candidates, their
stored texts decide (resemblance for edited copies, containment for excerpts).

A lookup is one indexed query returning a handful of candidates with their texts; its cost does
not grow with the number of stored articles. The keys go as one array parameter on PostgreSQL
(band_key = ANY(:keys): one prepared statement, no per-lookup rendering of 48 placeholders) and as
an IN list elsewhere (SQLite has no arrays). Both search the primary key (band_key, article_id).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import BigInteger, Select, any_, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from settings import DedupSettings
from storage.dedup import (
    Fingerprint,
    Signature,
    band_keys,
    shingle_overlap,
    text_signature,
    text_words,
    word_shingles,
)
from storage.models import Article, ArticleBand

# Candidates compared per lookup, most shared bands first. A true copy or excerpt shares
# several bands; the cap bounds the cost for texts with boilerplate shared by many stories.
MAX_CANDIDATES = 10
# The stored story gives way to a later text only when it is an excerpt of it: at most this
# share of the later text's shingles. A copy with a few added lines ("Related: ...", a
# newsletter box: measured up to +16% on the corpus) stays a copy of the clean first-seen text.
EXCERPT_MAX_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class NearMatch:
    """A stored story that the looked-up text copies, or is an excerpt of, or contains.

    `similarity` is the score that decided: the Jaccard resemblance of the two shingle sets when
    it reaches the threshold, else the containment (share of the shorter text in the longer).
    `is_fuller` is True when the stored story is an excerpt of the looked-up text.
    """

    article_id: int
    similarity: float
    resemblance: float
    containment: float
    is_fuller: bool = False


def find_near_duplicate(
    session: Session,
    fingerprint: Fingerprint,
    settings: DedupSettings,
    *,
    exclude_id: int | None = None,
) -> NearMatch | None:
    """The closest stored story that is a near-copy of the text, or None.

    Closest: highest resemblance, then containment; ties go to the oldest story (lowest id).
    """
    keys = band_keys(fingerprint.signature, settings.bands)
    if not keys:
        return None
    best: NearMatch | None = None
    # ids start at 1: excluding 0 excludes nothing
    connection = session.connection()
    statement = CANDIDATES.get(connection.dialect.name, CANDIDATES["default"])
    rows = connection.execute(statement, {"keys": keys, "exclude_id": exclude_id or 0})
    for article_id, stored_text in rows:
        stored = frozenset(word_shingles(text_words(stored_text), settings.shingle_size))
        match = judge(article_id, fingerprint.shingles, stored, settings)
        if match is not None and (best is None or _rank(match) > _rank(best)):
            best = match
    return best


def judge(
    article_id: int,
    incoming: frozenset[bytes],
    stored: frozenset[bytes],
    settings: DedupSettings,
) -> NearMatch | None:
    """The decision for one pair of shingle sets: a NearMatch if they are one story, else None."""
    resemblance, containment = shingle_overlap(incoming, stored)
    if resemblance >= settings.near_threshold:
        similarity = resemblance
    elif (
        containment >= settings.containment_threshold
        and min(len(incoming), len(stored)) >= settings.containment_min_shingles
    ):
        similarity = containment
    else:
        return None
    stored_is_excerpt = len(stored) <= EXCERPT_MAX_SHARE * len(incoming)
    is_fuller = stored_is_excerpt and containment >= settings.containment_threshold
    return NearMatch(article_id, similarity, resemblance, containment, is_fuller)


def _rank(match: NearMatch) -> tuple[float, float, int]:
    return match.resemblance, match.containment, -match.article_id


def _candidates_statement(*, key_array: bool) -> Select[int, str]:
    if key_array:
        has_key = ArticleBand.band_key == any_(bindparam("keys", type_=ARRAY(BigInteger)))
    else:
        has_key = ArticleBand.band_key.in_(bindparam("keys", expanding=True))
    shared = (
        select(ArticleBand.article_id)
        .where(has_key, ArticleBand.article_id != bindparam("exclude_id"))
        .group_by(ArticleBand.article_id)
        .order_by(func.count().desc(), ArticleBand.article_id)
        .limit(MAX_CANDIDATES)
        .subquery()
    )
    return select(Article.id, Article.text).join(shared, Article.id == shared.c.article_id)


# built once: constructing the statement per lookup cost more CPU than running it
CANDIDATES = {
    "postgresql": _candidates_statement(key_array=True),
    "default": _candidates_statement(key_array=False),
}


# a plain Core insert of the band rows: the ORM's bulk path cost more CPU than the inserts
INSERT_BANDS = insert(Article.metadata.tables[ArticleBand.__tablename__])
# on SQLite the driver's own executemany of plain tuples: 48 rows a story, and Core's work per
# row (a parameter dict, its compiled-parameter processing) cost more CPU than SQLite inserting
# it (a 2,000-story crawl: ~0.3 CPU-s of 0.5 in the band insert)
_INSERT_BANDS_SQLITE = "INSERT INTO article_bands (band_key, article_id) VALUES (?, ?)"


def insert_bands(connection: Connection, rows: Sequence[tuple[int, int]]) -> None:
    """Insert (band_key, article_id) rows, in the given order, in the connection's transaction."""
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(_INSERT_BANDS_SQLITE, list(rows))
    else:
        connection.execute(INSERT_BANDS, [{"band_key": k, "article_id": a} for k, a in rows])


def index_signature(
    session: Session, article_id: int, signature: Signature, settings: DedupSettings
) -> None:
    """Add the story's band rows. The story row must be flushed and have no band rows yet
    (call remove_signature first when its text changed)."""
    keys = sorted(set(band_keys(signature, settings.bands)))
    if keys:
        insert_bands(session.connection(), [(key, article_id) for key in keys])


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
