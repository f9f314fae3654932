"""Dedup at 10M stories on SQLite without hours of hashing: the stories that lookups target (and
their follow-ups) get real signatures, texts and band keys; every other story gets random band
keys, generated in key order inside SQLite, with a text and signature of the same sizes.

A band key is a 64-bit hash, so random keys are what other stories' keys look like to a lookup;
what the size changes is the depth of the B-trees and how much of them stays in cache.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import text

from bench.dedup_postgres import POSTGRES_AFTER_LOAD, fresh_postgres_schema, postgres_sizes
from bench.dedup_scale import (
    NOW,
    RELATED_SHARE,
    sqlite_sizes,
    synthetic_text,
    time_lookups,
)
from settings import DedupSettings
from storage.db import make_engine
from storage.dedup import Signature, band_keys
from storage.models import ArticleBand, Base

TEXT_POOL = 997  # background texts: windows of a pool of synthetic texts, made unique by id


def build(
    path: Path, count: int, settings: DedupSettings, targets: int, seed: int, *, full: bool
) -> tuple[_SparseValues, list[int]]:
    """The database; the signatures of the special stories (a sparse stand-in for the dense
    array of synthetic_signatures) and the indexes lookups may target."""
    rng = np.random.default_rng(seed)
    chosen = rng.choice(count - 1, size=targets, replace=False).tolist()
    special = _special_signatures(chosen, settings.num_perm, rng)
    engine = make_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    engine.dispose()
    connection = sqlite3.connect(path)
    connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
    connection.execute("PRAGMA cache_size=-1000000")
    table = Base.metadata.tables[ArticleBand.__tablename__]
    for index in table.indexes:
        connection.execute(f"DROP INDEX {index.name}")
    _insert_articles(connection, count, settings.num_perm, special, full)
    _insert_bands(connection, count, settings.bands, special)
    connection.commit()
    # the article_id index serves removals and cascades, never a lookup; building it over
    # hundreds of millions of rows takes longer than everything else (full=False skips it)
    for index in table.indexes if full else ():
        columns = ", ".join(column.name for column in index.columns)
        connection.execute(f"CREATE INDEX {index.name} ON {table.name} ({columns})")
    connection.commit()
    connection.close()
    return _SparseValues(special, count, settings.num_perm), sorted(chosen)


class _SparseValues:
    """values[i] for the special stories, with the shape of the dense array time_lookups reads."""

    def __init__(self, special: dict[int, npt.NDArray[np.uint32]], count: int, num_perm: int):
        self.special, self.shape = special, (count, num_perm)

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, index: int) -> npt.NDArray[np.uint32]:
        return self.special[index]


def _special_signatures(
    chosen: list[int], num_perm: int, rng: np.random.Generator
) -> dict[int, npt.NDArray[np.uint32]]:
    """Targets, each with a follow-up sharing a fraction of its MinHash slots (as in the dense
    benchmark), keyed by 0-based story index."""
    special: dict[int, npt.NDArray[np.uint32]] = {}
    for index in chosen:
        values = rng.integers(0, 0xFFFFFFFF, size=num_perm, dtype=np.uint32)
        mask = rng.random(num_perm) < rng.uniform(*RELATED_SHARE)
        follow_up = np.where(mask, values, rng.integers(0, 0xFFFFFFFF, num_perm, dtype=np.uint32))
        special[index] = values
        special.setdefault(index + 1, follow_up)
    return special


def _insert_articles(
    connection: sqlite3.Connection,
    count: int,
    num_perm: int,
    special: dict[int, npt.NDArray[np.uint32]],
    full: bool,
) -> None:
    # rows generated inside SQLite (a recursive CTE): a Python loop over 10M rows takes an hour;
    # full=False gives the stories no lookup reads a 40-byte text instead of a real-sized one
    pool = " ".join(synthetic_text(n) for n in range(2_000_000_000, 2_000_000_000 + 8))
    text_size = len(synthetic_text(1)) if full else 40
    connection.execute(
        f"""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
        INSERT INTO articles (id, url, text, text_hash, minhash, fetched_at, updated_at, authors,
                              credits, evidence, is_relevant, revision)
        SELECT i, 'https://example.com/story/' || i,
               substr(:pool, 1 + (i % {TEXT_POOL}) * 7, {text_size}) || ' ' || i,
               printf('%064x', i), randomblob({4 * num_perm}), :stamp, :stamp, '[]', '[]', '[]', 1, 1
        FROM n""",
        {"pool": pool, "stamp": NOW.strftime("%Y-%m-%d %H:%M:%S.%f")},
    )
    connection.executemany(
        "UPDATE articles SET text = ?, minhash = ? WHERE id = ?",
        [(synthetic_text(i + 1), Signature(v).to_bytes(), i + 1) for i, v in special.items()],
    )


def _insert_bands(
    connection: sqlite3.Connection,
    count: int,
    bands: int,
    special: dict[int, npt.NDArray[np.uint32]],
) -> None:
    # keys in increasing order with random jitter below the step, spread over half of the
    # 64-bit range (so the arithmetic stays in range): the B-tree a random load would build
    total = count * bands
    step = 2**63 // total
    connection.execute(
        f"""WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {total - 1})
        INSERT OR IGNORE INTO article_bands (band_key, article_id)
        SELECT {-(2**63) + 1} + i * {step} + abs(random() % {step}), abs(random() % {count}) + 1
        FROM n"""
    )
    real = [
        (key, index + 1)
        for index, values in special.items()
        for key in band_keys(Signature(values), bands)
    ]
    connection.executemany(
        "INSERT OR IGNORE INTO article_bands (band_key, article_id) VALUES (?, ?)", real
    )


def bench_large(
    count: int,
    settings: DedupSettings,
    lookups: int,
    workdir: Path,
    *,
    postgres_url: str | None = None,
    targets: int = 600,
    full: bool = True,
    seed: int = 11,
    passes: int = 1,
) -> dict[str, Any]:
    path = workdir / f"dedup-large-{count}.db"
    started = time.perf_counter()
    if postgres_url:
        values, chosen = build_postgres(postgres_url, count, settings, targets, seed)
        engine = make_engine(postgres_url)
    else:
        values, chosen = build(path, count, settings, targets, seed, full=full)
        engine = make_engine(f"sqlite:///{path}")
    result: dict[str, Any] = {
        "database": engine.dialect.name,
        "stories": count,
        "method": "sparse: real signatures for the looked-up stories, random keys elsewhere"
        + (
            ""
            if full or postgres_url
            else "; lean: no article_bands.article_id index, 40-byte texts"
        ),
        "populate_s": round(time.perf_counter() - started, 1),
        "minhash_bytes_per_story": 4 * settings.num_perm,
        "text_bytes_per_story": len(synthetic_text(1)),
    }
    result.update(postgres_sizes(engine, count) if postgres_url else sqlite_sizes(path, count))
    rng = np.random.default_rng(seed + 1)
    result.update(
        time_lookups(engine, values, settings, lookups, rng, targets=chosen, passes=passes)
    )  # type: ignore[arg-type]
    engine.dispose()
    path.unlink(missing_ok=True)
    return result


def build_postgres(
    url: str, count: int, settings: DedupSettings, targets: int, seed: int
) -> tuple[_SparseValues, list[int]]:
    """The same sparse build in PostgreSQL (never CI's `test` database): rows generated by
    generate_series on the server, indexes and the foreign key added after the load."""
    rng = np.random.default_rng(seed)
    chosen = rng.choice(count - 1, size=targets, replace=False).tolist()
    special = _special_signatures(chosen, settings.num_perm, rng)
    engine = fresh_postgres_schema(url)
    pool = " ".join(synthetic_text(n) for n in range(2_000_000_000, 2_000_000_000 + 8))
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO articles (id, url, text, text_hash, minhash, fetched_at, updated_at,"
                " authors, credits, evidence, is_relevant, revision)"
                " SELECT i, 'https://example.com/story/' || i,"
                f" substr(:pool, 1 + (i % {TEXT_POOL}) * 7, {len(synthetic_text(1))}) || ' ' || i,"
                f" lpad(to_hex(i), 64, '0'), decode(md5(i::text) || repeat('00', "
                f"{4 * settings.num_perm - 16}), 'hex'), :now, :now, '[]', '[]', '[]', true, 1"
                f" FROM generate_series(1, {count}) AS i"
            ),
            {"pool": pool, "now": NOW},
        )
        connection.execute(
            text(
                "INSERT INTO article_bands (band_key, article_id)"
                " SELECT (random() * 18446744073709549568.0 - 9223372036854774784.0)::bigint,"
                f" 1 + (random() * ({count} - 1))::bigint"
                f" FROM generate_series(1, {count * settings.bands})"
            )
        )
        connection.execute(
            text("UPDATE articles SET text = :text, minhash = :minhash WHERE id = :id"),
            [{"text": synthetic_text(i + 1), "minhash": Signature(v).to_bytes(), "id": i + 1}
             for i, v in special.items()],
        )  # fmt: skip
        real = [{"key": key, "id": index + 1} for index, values in special.items()
                for key in band_keys(Signature(values), settings.bands)]  # fmt: skip
        connection.execute(text("INSERT INTO article_bands VALUES (:key, :id)"), real)
        for statement in POSTGRES_AFTER_LOAD:
            connection.execute(text(statement))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))
    engine.dispose()
    return _SparseValues(special, count, settings.num_perm), sorted(chosen)
