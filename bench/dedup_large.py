"""Dedup at 10M stories on SQLite without hours of hashing: the stories that lookups target (and
their follow-ups) get real signatures, texts and band keys; every other story gets random band
keys, generated in key order, with a text and signature of the same sizes.

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

CHUNK = 200_000
TEXT_POOL = 997  # background texts: a pool of real-sized texts, made unique by the story id


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
    _insert_articles(connection, count, settings.num_perm, special, rng)
    _insert_bands(connection, count, settings.bands, special, rng)
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
    rng: np.random.Generator,
) -> None:
    pool = [synthetic_text(n) for n in range(2_000_000_000, 2_000_000_000 + TEXT_POOL)]
    stamp = NOW.strftime("%Y-%m-%d %H:%M:%S.%f")
    sql = (
        "INSERT INTO articles (id, url, text, text_hash, minhash, fetched_at, updated_at, "
        "authors, evidence, is_relevant, revision) VALUES (?, ?, ?, ?, ?, ?, ?, '[]', '[]', 1, 1)"
    )
    for start in range(0, count, CHUNK):
        stop = min(start + CHUNK, count)
        blobs = rng.integers(0, 0xFFFFFFFF, size=(stop - start, num_perm), dtype=np.uint32)
        rows = []
        for i in range(start, stop):
            values = special.get(i)
            text = synthetic_text(i + 1) if values is not None else f"{pool[i % TEXT_POOL]} {i}"
            blob = Signature(values if values is not None else blobs[i - start]).to_bytes()
            rows.append((i + 1, f"https://example.com/story/{i + 1}", text, f"{i + 1:064x}",
                         blob, stamp, stamp))  # fmt: skip
        connection.executemany(sql, rows)


def _insert_bands(
    connection: sqlite3.Connection,
    count: int,
    bands: int,
    special: dict[int, npt.NDArray[np.uint32]],
    rng: np.random.Generator,
) -> None:
    total = count * bands
    # sorted uniform keys over the signed 64-bit range: cumulative sums of random gaps
    step = float(2**64) / total
    low = -(2.0**63)
    # OR IGNORE: two random keys can round to one float; the same story twice is ~1/count
    sql = "INSERT OR IGNORE INTO article_bands (band_key, article_id) VALUES (?, ?)"
    for start in range(0, total, CHUNK * 10):
        size = min(CHUNK * 10, total - start)
        keys = low + np.cumsum(rng.random(size) * 2 * step)
        low = float(keys[-1])
        ids = rng.integers(1, count + 1, size=size)
        ints = np.clip(keys, -(2.0**63), 2.0**63 - 1024).astype(np.int64)
        connection.executemany(sql, zip(ints.tolist(), ids.tolist(), strict=True))
    real = [
        (key, index + 1)
        for index, values in special.items()
        for key in band_keys(Signature(values), bands)
    ]
    connection.executemany(sql, real)


def bench_large(
    count: int,
    settings: DedupSettings,
    lookups: int,
    workdir: Path,
    *,
    full: bool = True,
    seed: int = 11,
) -> dict[str, Any]:
    path = workdir / f"dedup-large-{count}.db"
    started = time.perf_counter()
    values, targets = build(path, count, settings, max(lookups, 600), seed, full=full)
    result: dict[str, Any] = {
        "database": "sqlite",
        "stories": count,
        "method": "sparse: real signatures for the looked-up stories, random keys elsewhere"
        + ("" if full else "; no article_bands.article_id index"),
        "populate_s": round(time.perf_counter() - started, 1),
        "minhash_bytes_per_story": 4 * settings.num_perm,
        "text_bytes_per_story": len(synthetic_text(1)),
    }
    result.update(sqlite_sizes(path, count))
    engine = make_engine(f"sqlite:///{path}")
    rng = np.random.default_rng(seed + 1)
    result.update(time_lookups(engine, values, settings, lookups, rng, targets=targets))  # type: ignore[arg-type]
    engine.dispose()
    path.unlink()
    return result
