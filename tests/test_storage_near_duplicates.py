"""Near-copy lookup through article_bands, on a real database (SQLite; PostgreSQL when set)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pytest
from sqlalchemy import Engine, event, func, select, text
from sqlalchemy.orm import Session

from bench.dedup import load_corpus
from settings import DedupSettings
from storage.dedup import Signature, band_keys, content_hash, text_signature
from storage.models import Article, ArticleBand
from storage.near_duplicates import (
    find_near_duplicate,
    index_signature,
    rebuild_index,
    remove_signature,
)

SETTINGS = DedupSettings()
NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)
ROWS = SETTINGS.num_perm // SETTINGS.bands


@pytest.fixture
def session(db_engine: Engine) -> Iterator[Session]:
    with Session(db_engine) as session:
        yield session
        session.rollback()


def _store(session: Session, story_text: str, signature: Signature | None = None) -> int:
    signature = signature or text_signature(story_text, SETTINGS)
    article = Article(
        url=f"https://example.com/{content_hash(story_text)[:12]}",
        text=story_text,
        text_hash=content_hash(story_text),
        minhash=signature.to_bytes(),
        fetched_at=NOW,
        updated_at=NOW,
    )
    session.add(article)
    session.flush()
    index_signature(session, article.id, signature, SETTINGS)
    return article.id


def _random_signature(rng: np.random.Generator) -> Signature:
    return Signature(rng.integers(0, 0xFFFFFFFF, SETTINGS.num_perm, dtype=np.uint32))


def _sharing(base: Signature, bands_shared: int, rng: np.random.Generator) -> Signature:
    """A signature agreeing with `base` in exactly the first `bands_shared` bands."""
    values = _random_signature(rng).values.copy()
    values[: bands_shared * ROWS] = base.values[: bands_shared * ROWS]
    return Signature(values)


def _band_rows(session: Session, article_id: int) -> int:
    count = select(func.count()).where(ArticleBand.article_id == article_id)
    return session.scalar(count) or 0


def test_empty_database_has_no_match(session: Session) -> None:
    assert (
        find_near_duplicate(session, text_signature("some story text", SETTINGS), SETTINGS) is None
    )


def test_index_signature_adds_one_row_per_band(session: Session) -> None:
    article_id = _store(session, "A story about the border and the courts, told at length.")
    assert _band_rows(session, article_id) == SETTINGS.bands


def test_remove_signature_drops_only_that_story(session: Session) -> None:
    first = _store(session, "The first story is about a court ruling on asylum rules.")
    second = _store(session, "The second story is about a storm that hit the coast.")
    remove_signature(session, first)
    assert (_band_rows(session, first), _band_rows(session, second)) == (0, SETTINGS.bands)


def test_finds_the_stored_story_of_a_near_copy(session: Session) -> None:
    corpus = {r["id"]: r for r in load_corpus()}
    original = corpus["imm-daca-ruling-wire"]
    article_id = _store(session, original["text"])
    _store(session, corpus["imm-daca-ruling-local"]["text"])  # same event, another story
    copy = text_signature(corpus["imm-daca-ruling-wire~local"]["text"], SETTINGS)
    match = find_near_duplicate(session, copy, SETTINGS)
    assert match is not None
    assert match.article_id == article_id
    assert SETTINGS.near_threshold <= match.similarity < 1.0


def test_exclude_id_skips_the_story_itself(session: Session) -> None:
    story = "Officials said the new rule would take effect next month across the region."
    article_id = _store(session, story)
    signature = text_signature(story, SETTINGS)
    assert find_near_duplicate(session, signature, SETTINGS, exclude_id=article_id) is None


def test_shared_bands_below_the_threshold_are_no_match(session: Session) -> None:
    rng = np.random.default_rng(1)
    stored = _random_signature(rng)
    _store(session, "stored story", stored)
    related = _sharing(stored, 10, rng)  # a candidate, but only ~25% similar
    assert find_near_duplicate(session, related, SETTINGS) is None


def test_best_candidate_wins(session: Session) -> None:
    rng = np.random.default_rng(2)
    query = _random_signature(rng)
    _store(session, "less similar", _sharing(query, 20, rng))
    best = _store(session, "more similar", _sharing(query, 30, rng))
    match = find_near_duplicate(session, query, SETTINGS)
    assert match is not None
    assert (match.article_id, match.similarity) == (best, 30 / 40)


def test_equal_similarity_goes_to_the_oldest_story(session: Session) -> None:
    rng = np.random.default_rng(3)
    query = _random_signature(rng)
    oldest = _store(session, "first copy", _sharing(query, 25, rng))
    _store(session, "second copy", _sharing(query, 25, rng))
    match = find_near_duplicate(session, query, SETTINGS)
    assert match is not None and match.article_id == oldest


def test_text_without_words_is_never_indexed_or_matched(session: Session) -> None:
    empty = text_signature("", SETTINGS)
    article_id = _store(session, "", empty)
    assert _band_rows(session, article_id) == 0
    assert find_near_duplicate(session, empty, SETTINGS) is None


def test_signature_stored_under_other_settings_is_skipped(session: Session) -> None:
    rng = np.random.default_rng(4)
    query = _random_signature(rng)
    article_id = _store(session, "old format", query)
    # the band rows stay; the stored signature has 64 values, as an older config made them
    session.get_one(Article, article_id).minhash = query.to_bytes()[: 64 * 4]
    session.flush()
    assert find_near_duplicate(session, query, SETTINGS) is None


def test_lookup_is_one_indexed_query(session: Session, db_engine: Engine) -> None:
    rng = np.random.default_rng(5)
    query = _random_signature(rng)
    _store(session, "candidate", _sharing(query, 30, rng))
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(args[2])

    event.listen(db_engine, "before_cursor_execute", record)
    try:
        assert find_near_duplicate(session, query, SETTINGS) is not None
    finally:
        event.remove(db_engine, "before_cursor_execute", record)
    assert len(statements) == 1
    assert "article_bands.band_key IN" in statements[0]


def test_plan_searches_the_band_index(session: Session, db_engine: Engine) -> None:
    keys = band_keys(text_signature("any text at all", SETTINGS), SETTINGS.bands)
    query = (
        "SELECT article_id FROM article_bands WHERE band_key IN "
        f"({', '.join(map(str, keys))}) GROUP BY article_id"
    )
    if db_engine.dialect.name == "sqlite":
        plan = " ".join(str(row[3]) for row in session.execute(text(f"EXPLAIN QUERY PLAN {query}")))
        # the band table is WITHOUT ROWID: its primary key is the (covering) index
        assert "SEARCH article_bands USING PRIMARY KEY (band_key=?)" in plan
        assert "SCAN article_bands" not in plan
    else:
        # an empty table is cheapest to scan; forbid that to see whether an index can serve
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = " ".join(str(row[0]) for row in session.execute(text(f"EXPLAIN {query}")))
        assert "on pk_article_bands" in plan  # an index (only) scan or a bitmap index scan
        assert "Seq Scan" not in plan


def test_corpus_saved_in_random_order_forms_its_stories(session: Session) -> None:
    """Every text either starts a story or folds into one of its own cluster; never into a
    story of another cluster (measured: 48 clusters -> 48 stories in this order)."""
    records = load_corpus()
    random.Random(7).shuffle(records)
    story_cluster: dict[int, str] = {}
    wrong = []
    for record in records:
        signature = text_signature(record["text"], SETTINGS)
        match = find_near_duplicate(session, signature, SETTINGS)
        if match is None:
            story_cluster[_store(session, record["text"], signature)] = record["cluster"]
        elif story_cluster[match.article_id] != record["cluster"]:
            wrong.append(record["id"])
    clusters = {r["cluster"] for r in records}
    assert wrong == []
    assert len(clusters) <= len(story_cluster) <= len(clusters) + 1


def test_rebuild_index_reindexes_under_new_settings(session: Session) -> None:
    corpus = {r["id"]: r for r in load_corpus()}
    article_id = _store(session, corpus["quake-japan"]["text"])
    wider = SETTINGS.model_copy(update={"num_perm": 128, "bands": 32})
    copy = corpus["quake-japan~reuters"]["text"]
    assert find_near_duplicate(session, text_signature(copy, wider), wider) is None
    assert rebuild_index(session, wider, batch_size=1) == 1
    match = find_near_duplicate(session, text_signature(copy, wider), wider)
    assert match is not None and match.article_id == article_id
    assert _band_rows(session, article_id) == 32
