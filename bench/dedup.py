"""Dedup benchmark: pairwise precision/recall on the syndication corpus, and near-copy lookup
time and storage per story in a SQLite database of N synthetic signatures.

python -m bench.dedup [--sizes 100000 1000000] [--lookups 600] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import create_engine, insert

from settings import DedupSettings
from storage.db import make_engine, session_factory
from storage.dedup import Signature, band_keys, content_hash, estimate_similarity, text_signature
from storage.models import Article, ArticleBand, Base
from storage.near_duplicates import find_near_duplicate

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "syndication" / "corpus.jsonl"
# the skeleton's settings before issue 7 measured them: the baseline every run reports
SKELETON_SETTINGS = DedupSettings(num_perm=128, bands=32, near_threshold=0.6, shingle_size=5)
RELATED_SHARE = (0.10, 0.35)  # follow-up stories: a fraction of MinHash slots agree
RELATED_FRACTION = 0.2  # of stored stories that derive from an earlier one
COPY_SHARE = 0.7  # a near-copy arriving: estimated Jaccard ~0.7 with its stored story
CHUNK = 50_000
WARM_UP = 30


def load_corpus(path: Path = CORPUS) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def evaluate_corpus(settings: DedupSettings, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Pairwise: a pair is predicted a copy when the two texts share an LSH band and their
    estimated similarity reaches the threshold (what find_near_duplicate decides)."""
    signatures = [text_signature(record["text"], settings) for record in records]
    keys = [set(band_keys(signature, settings.bands)) for signature in signatures]
    truth: list[bool] = []
    predicted: list[bool] = []
    positives: list[float] = []
    negatives: list[float] = []
    for i, j in itertools.combinations(range(len(records)), 2):
        same = records[i]["cluster"] == records[j]["cluster"]
        similarity = estimate_similarity(signatures[i], signatures[j])
        truth.append(same)
        predicted.append(bool(keys[i] & keys[j]) and similarity >= settings.near_threshold)
        (positives if same else negatives).append(similarity)
    scores = _scores(truth, predicted)
    scores["min_positive_similarity"] = round(min(positives), 3)
    scores["max_negative_similarity"] = round(max(negatives), 3)
    return scores


def evaluate_exact_hash(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Baseline: only texts with the same content_hash are copies."""
    hashes = [content_hash(record["text"]) for record in records]
    pairs = itertools.combinations(range(len(records)), 2)
    truth, predicted = [], []
    for i, j in pairs:
        truth.append(records[i]["cluster"] == records[j]["cluster"])
        predicted.append(hashes[i] == hashes[j])
    return _scores(truth, predicted)


def _scores(truth: list[bool], predicted: list[bool]) -> dict[str, Any]:
    tp = sum(t and p for t, p in zip(truth, predicted, strict=True))
    fp = sum(p and not t for t, p in zip(truth, predicted, strict=True))
    fn = sum(t and not p for t, p in zip(truth, predicted, strict=True))
    return {
        "pairs": len(truth),
        "positive_pairs": tp + fn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
    }


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


def populate(path: Path, values: npt.NDArray[np.uint32], settings: DedupSettings) -> float:
    """A database with one story per signature (ids 1..N) and its band rows; returns seconds."""
    started = time.perf_counter()
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    now = datetime(2025, 1, 1, tzinfo=UTC)
    with engine.begin() as connection:
        for start in range(0, len(values), CHUNK):
            rows = [
                _article_row(i + 1, values[i], now)
                for i in range(start, min(start + CHUNK, len(values)))
            ]
            connection.execute(insert(Article), rows)
    engine.dispose()
    _bulk_insert_bands(path, values, settings.bands)
    return time.perf_counter() - started


def _article_row(article_id: int, values: npt.NDArray[np.uint32], now: datetime) -> dict[str, Any]:
    return {
        "id": article_id,
        "url": f"https://example.com/story/{article_id}",
        "text": f"story {article_id}",
        "text_hash": f"{article_id:064x}",
        "minhash": Signature(values).to_bytes(),
        "fetched_at": now,
        "updated_at": now,
    }


def _bulk_insert_bands(path: Path, values: npt.NDArray[np.uint32], bands: int) -> None:
    # The exact keys band_keys() makes, loaded in key order with the secondary index built
    # afterwards: a random-order load of tens of millions of rows would take hours.
    keys = np.fromiter(
        (key for row in values for key in band_keys(Signature(row), bands)),
        dtype=np.int64,
        count=len(values) * bands,
    )
    ids = np.repeat(np.arange(1, len(values) + 1, dtype=np.int64), bands)
    order = np.argsort(keys, kind="stable")
    keys, ids = keys[order], ids[order]
    table = Base.metadata.tables[ArticleBand.__tablename__]
    indexes = [index.name for index in table.indexes]
    connection = sqlite3.connect(path)
    connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
    connection.execute("PRAGMA cache_size=-1000000")
    for name in indexes:
        connection.execute(f"DROP INDEX {name}")
    for start in range(0, len(keys), CHUNK * 10):
        stop = start + CHUNK * 10
        connection.executemany(
            "INSERT INTO article_bands (band_key, article_id) VALUES (?, ?)",
            zip(keys[start:stop].tolist(), ids[start:stop].tolist(), strict=True),
        )
    connection.commit()
    connection.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection_:
        for index in table.indexes:
            index.create(connection_)
    engine.dispose()


def time_lookups(
    path: Path,
    values: npt.NDArray[np.uint32],
    settings: DedupSettings,
    lookups: int,
    rng: np.random.Generator,
) -> dict[str, Any]:
    """find_near_duplicate per incoming story: new stories, follow-ups and near-copies."""
    queries = _queries(values, lookups, rng)
    engine = make_engine(f"sqlite:///{path}")
    timings: dict[str, list[float]] = {"new": [], "related": [], "copy": []}
    cpu: list[float] = []
    found = 0
    with session_factory(engine)() as session:
        for _, signature, _ in queries[:WARM_UP]:  # a daemon's connection and cache are warm
            find_near_duplicate(session, signature, settings)
        for kind, signature, target in queries:
            started, started_cpu = time.perf_counter(), time.process_time()
            match = find_near_duplicate(session, signature, settings)
            timings[kind].append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            found += kind == "copy" and match is not None and match.article_id == target
    engine.dispose()
    every = [ms for kind_ms in timings.values() for ms in kind_ms]
    result: dict[str, Any] = {"lookups": len(every), **_ms_stats(every)}
    result["by_kind"] = {kind: _ms_stats(ms) for kind, ms in timings.items()}
    # wall time includes waiting for the CPU on a busy machine; CPU time does not
    result["cpu"] = _ms_stats(cpu)
    result["load_average"] = round(os.getloadavg()[0], 2)
    result["copies_found"] = round(found / max(1, len(timings["copy"])), 4)
    return result


def _queries(
    values: npt.NDArray[np.uint32], lookups: int, rng: np.random.Generator
) -> list[tuple[str, Signature, int]]:
    queries = []
    for n in range(lookups):
        kind = ("new", "related", "copy")[n % 3]
        target = int(rng.integers(0, len(values)))
        fresh = rng.integers(0, 0xFFFFFFFF, size=values.shape[1], dtype=np.uint32)
        share = {"new": 0.0, "related": rng.uniform(*RELATED_SHARE), "copy": COPY_SHARE}[kind]
        mask = rng.random(values.shape[1]) < share
        queries.append((kind, Signature(np.where(mask, values[target], fresh)), target + 1))
    return queries


def _ms_stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return {"median_ms": round(statistics.median(ordered), 3), "p95_ms": round(p95, 3)}


def storage_per_story(path: Path, count: int, num_perm: int) -> dict[str, float]:
    connection = sqlite3.connect(path)
    rows = connection.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall()
    connection.close()
    sizes = dict(rows)
    band_objects = [name for name in sizes if "article_bands" in name]
    bands = sum(sizes[name] for name in band_objects)
    return {
        "db_bytes_per_story": round(path.stat().st_size / count, 1),
        "band_bytes_per_story": round(bands / count, 1),
        "minhash_bytes_per_story": 4 * num_perm,
    }


def bench_size(
    count: int, settings: DedupSettings, lookups: int, workdir: Path, seed: int = 7
) -> dict[str, Any]:
    rng = np.random.default_rng(seed)
    path = workdir / f"dedup-{count}.db"
    values = synthetic_signatures(count, settings.num_perm, rng)
    populate_s = populate(path, values, settings)
    result: dict[str, Any] = {"stories": count, "populate_s": round(populate_s, 1)}
    result.update(storage_per_story(path, count, settings.num_perm))
    result.update(time_lookups(path, values, settings, lookups, rng))
    path.unlink()
    return result


def run(
    sizes: Sequence[int] = (100_000,),
    *,
    lookups: int = 600,
    settings: DedupSettings | None = None,
    workdir: Path | None = None,
) -> dict[str, Any]:
    """The whole benchmark as plain data (for the bench runner and for --json)."""
    chosen = settings or DedupSettings()
    records = load_corpus()
    report: dict[str, Any] = {
        "settings": chosen.model_dump(),
        "corpus": {
            "records": len(records),
            "clusters": len({record["cluster"] for record in records}),
            "near_duplicates": evaluate_corpus(chosen, records),
            "skeleton_settings": evaluate_corpus(SKELETON_SETTINGS, records),
            "exact_hash_only": evaluate_exact_hash(records),
        },
        "sizes": [],
    }
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        for count in sizes:
            report["sizes"].append(bench_size(count, chosen, lookups, Path(tmp)))
    return report


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.dedup", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--lookups", type=int, default=600)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    for name in DedupSettings.model_fields:
        parser.add_argument(f"--{name.replace('_', '-')}", type=float, help="override the setting")
    args = parser.parse_args(argv)
    overrides = {name: getattr(args, name) for name in DedupSettings.model_fields}
    settings = DedupSettings(**{k: v for k, v in overrides.items() if v is not None})
    report = run(args.sizes, lookups=args.lookups, settings=settings)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    _print_report(report)


def _print_report(report: dict[str, Any]) -> None:
    print(f"settings: {report['settings']}")
    corpus = report["corpus"]
    print(f"corpus: {corpus['records']} texts in {corpus['clusters']} stories")
    for name in ("near_duplicates", "skeleton_settings", "exact_hash_only"):
        scores = corpus[name]
        print(f"  {name:18} P={scores['precision']:.3f} R={scores['recall']:.3f} "
              f"(tp {scores['tp']}, fp {scores['fp']}, fn {scores['fn']})")  # fmt: skip
    for size in report["sizes"]:
        print(
            f"{size['stories']:>9} stories: lookup median {size['median_ms']} ms, "
            f"p95 {size['p95_ms']} ms; {size['db_bytes_per_story']} B/story in the DB "
            f"({size['band_bytes_per_story']} B bands + {size['minhash_bytes_per_story']} B "
            f"minhash); populated in {size['populate_s']} s; copies found {size['copies_found']}"
        )
        print(
            f"{'':>9}  CPU per lookup median {size['cpu']['median_ms']} ms, "
            f"p95 {size['cpu']['p95_ms']} ms (load average {size['load_average']})"
        )


if __name__ == "__main__":
    main()
