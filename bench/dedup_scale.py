"""Dedup at scale: near-copy lookup time and bytes per story in a SQLite or PostgreSQL database
of N synthetic stories (random MinHash signatures and texts), as the save path looks them up.

Used by bench.dedup (python -m bench.dedup --sizes ... --postgres URL).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Engine, create_engine, insert

from settings import DedupSettings
from storage.db import make_engine, session_factory
from storage.dedup import Fingerprint, Signature, band_keys, text_words, word_shingles
from storage.models import Article, ArticleBand, Base
from storage.near_duplicates import find_near_duplicate

RELATED_SHARE = (0.10, 0.35)  # follow-up stories: a fraction of MinHash slots agree
RELATED_FRACTION = 0.2  # of stored stories that derive from an earlier one
COPY_SHARE = 0.7  # a near-copy arriving: estimated Jaccard ~0.7 with its stored story
WORDS_PER_TEXT = 200  # synthetic texts: the exact pass reads and shingles each candidate's
VOCABULARY = [f"w{n:x}" for n in range(20_000)]
CHUNK = 50_000
WARM_UP = 30
NOW = datetime(2025, 1, 1, tzinfo=UTC)


def synthetic_signatures(
    count: int, num_perm: int, rng: np.random.Generator
) -> npt.NDArray[np.uint32]:
    """Random signatures; a share of them derive from an earlier one like follow-up stories."""
    values = rng.integers(0, 0xFFFFFFFF, size=(count, num_perm), dtype=np.uint32)
    derived = np.flatnonzero(rng.random(count) < RELATED_FRACTION)
    derived = derived[derived > 0]
    parents = (rng.random(len(derived)) * derived).astype(np.int64)
    share = rng.uniform(*RELATED_SHARE, size=(len(derived), 1))
    mask = rng.random((len(derived), num_perm)) < share
    values[derived] = np.where(mask, values[parents], values[derived])
    return values


def synthetic_text(article_id: int) -> str:
    """The same text for an id every time (so queries can quote it) without keeping 1M in RAM."""
    words = np.random.default_rng(article_id).integers(0, len(VOCABULARY), WORDS_PER_TEXT)
    return " ".join(VOCABULARY[w] for w in words)


def article_rows(values: npt.NDArray[np.uint32], start: int, stop: int) -> Iterator[dict[str, Any]]:
    for i in range(start, stop):
        yield {
            "id": i + 1,
            "url": f"https://example.com/story/{i + 1}",
            "text": synthetic_text(i + 1),
            "text_hash": f"{i + 1:064x}",
            "minhash": Signature(values[i]).to_bytes(),
            "fetched_at": NOW,
            "updated_at": NOW,
            "authors": [],
            "credits": [],
            "evidence": [],
            "is_relevant": True,
            "revision": 1,
        }


def sorted_bands(
    values: npt.NDArray[np.uint32], bands: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    # The exact keys band_keys() makes, in key order: loading tens of millions of rows in
    # random order with the index in place would take hours.
    keys = np.fromiter(
        (key for row in values for key in band_keys(Signature(row), bands)),
        dtype=np.int64,
        count=len(values) * bands,
    )
    ids = np.repeat(np.arange(1, len(values) + 1, dtype=np.int64), bands)
    order = np.argsort(keys, kind="stable")
    return keys[order], ids[order]


def populate_sqlite(path: Path, values: npt.NDArray[np.uint32], settings: DedupSettings) -> None:
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    with engine.begin() as connection:
        for start in range(0, len(values), CHUNK):
            stop = min(start + CHUNK, len(values))
            connection.execute(insert(Article), list(article_rows(values, start, stop)))
    engine.dispose()
    keys, ids = sorted_bands(values, settings.bands)
    table = Base.metadata.tables[ArticleBand.__tablename__]
    connection_ = sqlite3.connect(path)
    connection_.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
    connection_.execute("PRAGMA cache_size=-1000000")
    for index in table.indexes:
        connection_.execute(f"DROP INDEX {index.name}")
    for start in range(0, len(keys), CHUNK * 10):
        stop = start + CHUNK * 10
        connection_.executemany(
            "INSERT INTO article_bands (band_key, article_id) VALUES (?, ?)",
            zip(keys[start:stop].tolist(), ids[start:stop].tolist(), strict=True),
        )
    connection_.commit()
    connection_.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        for index in table.indexes:
            index.create(connection)
    engine.dispose()


def time_lookups(
    engine: Engine,
    values: npt.NDArray[np.uint32],
    settings: DedupSettings,
    lookups: int,
    rng: np.random.Generator,
    *,
    targets: list[int] | None = None,
    passes: int = 1,
) -> dict[str, Any]:
    """find_near_duplicate per incoming story: new stories, follow-ups and excerpts/copies
    (of stories drawn from `targets`, default all). Later passes draw fresh queries against the
    same database; their figures go to `passes` (the first pass's are the result)."""
    results = [_one_pass(engine, values, settings, lookups, rng, targets) for _ in range(passes)]
    first = results[0]
    first["passes"] = [
        {key: result[key] for key in ("median_ms", "p95_ms", "cpu", "load_average")}
        for result in results
    ]
    return first


def _one_pass(
    engine: Engine,
    values: npt.NDArray[np.uint32],
    settings: DedupSettings,
    lookups: int,
    rng: np.random.Generator,
    targets: list[int] | None,
) -> dict[str, Any]:
    queries = _queries(values, settings, lookups, rng, targets)
    timings: dict[str, list[float]] = {"new": [], "related": [], "copy": []}
    cpu: list[float] = []
    found = 0
    with session_factory(engine)() as session:
        for _, prints, _ in queries[:WARM_UP]:  # a daemon's connection and cache are warm
            find_near_duplicate(session, prints, settings)
        for kind, prints, target in queries:
            started, started_cpu = time.perf_counter(), time.process_time()
            match = find_near_duplicate(session, prints, settings)
            timings[kind].append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            found += kind == "copy" and match is not None and match.article_id == target
    every = [ms for kind_ms in timings.values() for ms in kind_ms]
    result: dict[str, Any] = {"lookups": len(every), **_ms_stats(every)}
    result["by_kind"] = {kind: _ms_stats(ms) for kind, ms in timings.items()}
    # wall time includes waiting for the CPU on a busy machine; CPU time does not
    result["cpu"] = _ms_stats(cpu)
    result["load_average"] = round(os.getloadavg()[0], 2)
    result["copies_found"] = round(found / max(1, len(timings["copy"])), 4)
    return result


def _queries(
    values: npt.NDArray[np.uint32],
    settings: DedupSettings,
    lookups: int,
    rng: np.random.Generator,
    targets: list[int] | None,
) -> list[tuple[str, Fingerprint, int]]:
    queries = []
    for n in range(lookups):
        kind = ("new", "related", "copy")[n % 3]
        target = int(rng.choice(targets) if targets else rng.integers(0, len(values)))
        fresh = rng.integers(0, 0xFFFFFFFF, size=values.shape[1], dtype=np.uint32)
        share = {"new": 0.0, "related": rng.uniform(*RELATED_SHARE), "copy": COPY_SHARE}[kind]
        mask = rng.random(values.shape[1]) < share
        # a copy quotes the first 60% of its story's words: an excerpt for the exact pass
        words = text_words(synthetic_text(target + 1 if kind == "copy" else 10**9 + n))
        shingles = frozenset(word_shingles(words[: int(0.6 * len(words))], settings.shingle_size))
        prints = Fingerprint(Signature(np.where(mask, values[target], fresh)), shingles)
        queries.append((kind, prints, target + 1))
    return queries


def _ms_stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return {"median_ms": round(statistics.median(ordered), 3), "p95_ms": round(p95, 3)}


def sqlite_sizes(path: Path, count: int) -> dict[str, float]:
    connection = sqlite3.connect(path)
    rows = connection.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall()
    connection.close()
    sizes = dict(rows)
    bands = sum(size for name, size in sizes.items() if "article_bands" in name)
    return {"db_bytes_per_story": round(path.stat().st_size / count, 1),
            "band_bytes_per_story": round(bands / count, 1)}  # fmt: skip


def bench_size(
    count: int,
    settings: DedupSettings,
    lookups: int,
    workdir: Path,
    *,
    postgres_url: str | None = None,
    seed: int = 7,
    passes: int = 1,
) -> dict[str, Any]:
    """Populate one database of `count` stories, time the lookups, measure its size."""
    rng = np.random.default_rng(seed)
    values = synthetic_signatures(count, settings.num_perm, rng)
    started = time.perf_counter()
    path = workdir / f"dedup-{count}.db"
    if postgres_url:
        # imported here: the PostgreSQL loader builds on this module's rows
        from bench.dedup_postgres import populate_postgres, postgres_sizes

        populate_postgres(postgres_url, values, settings)
        engine = make_engine(postgres_url)
    else:
        populate_sqlite(path, values, settings)
        engine = make_engine(f"sqlite:///{path}")
    result: dict[str, Any] = {
        "database": engine.dialect.name,
        "stories": count,
        "populate_s": round(time.perf_counter() - started, 1),
        "minhash_bytes_per_story": 4 * settings.num_perm,
        "text_bytes_per_story": len(synthetic_text(1)),
    }
    result.update(postgres_sizes(engine, count) if postgres_url else sqlite_sizes(path, count))
    result.update(time_lookups(engine, values, settings, lookups, rng, passes=passes))
    engine.dispose()
    path.unlink(missing_ok=True)
    return result
