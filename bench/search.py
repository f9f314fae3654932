"""Search latency at scale: p50/p95 of storage.search.search (ranked hits with snippets) over N
generated stories on SQLite and, when NEWSAGG_BENCH_POSTGRES_URL is set, PostgreSQL; baseline:
a LIKE scan for the same single words in the same run (what a reader without the index runs).

    python -m bench.search                      # 100k stories
    NEWSAGG_BENCH_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:5432/newsagg_bench ...
"""

from __future__ import annotations

import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, or_, select, text
from sqlalchemy.engine import make_url

from storage.db import make_engine, session_factory, upgrade
from storage.models import Article, Base
from storage.search import search

POSTGRES_ENV = "NEWSAGG_BENCH_POSTGRES_URL"
TOPICAL = ["asylum", "refugee", "border", "deportation", "visa", "migrant", "detention", "court", "ministry", "quota", "caseworker", "shelter", "citizenship", "residence", "permit", "smuggling", "coastguard", "appeal"]  # fmt: skip
COMMON = ["the", "government", "said", "on", "would", "new", "people", "after", "year", "minister", "plan", "report", "week", "more", "law", "officials", "state", "told", "city", "report", "public", "service", "local", "council", "million", "people", "police", "national", "health", "school", "market", "price", "energy", "water", "transport", "election"]  # fmt: skip
QUERIES = ["asylum", "border quota", "deportation court", '"residence permit"', "visa OR permit",
           "detention -court", "coastguard smuggling", "caseworker shelter", "minister plan",
           "citizenship appeal"]  # fmt: skip


def _words(rng: random.Random, n: int) -> str:
    pool = TOPICAL if rng.random() < 0.3 else COMMON
    extra = [f"w{int(rng.paretovariate(1.1)) % 20000}" for _ in range(n // 3)]
    return " ".join(rng.choices(pool, k=n - len(extra)) + extra)


def populate(engine: Engine, stories: int, *, words: int = 120, seed: int = 5) -> float:
    """Insert generated stories (the index triggers fire); returns stories per second."""
    rng = random.Random(seed)
    start, now = time.perf_counter(), datetime(2026, 12, 1, tzinfo=UTC)
    for offset in range(0, stories, 2000):
        rows = []
        for i in range(offset, min(offset + 2000, stories)):
            body = f"{_words(rng, words)}. Report {i}."
            rows.append({
                "url": f"https://site{i % 300}.example/{i}", "title": _words(rng, 8),
                "authors": [], "language": "en", "text": body,
                "text_hash": hashlib.sha256(body.encode()).hexdigest(), "topic": "bench",
                "is_relevant": True, "evidence": [], "revision": 1,
                "fetched_at": now - timedelta(minutes=i), "updated_at": now - timedelta(minutes=i),
            })  # fmt: skip
        with engine.begin() as connection:
            connection.execute(insert(Article), rows)
    return stories / (time.perf_counter() - start)


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return {"median_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2)}


def measure(engine: Engine, rounds: int, like_rounds: int) -> dict[str, Any]:
    times, like, hits = [], [], 0
    with session_factory(engine)() as session:
        search(session, "warm up")
        for r in range(rounds):
            query = QUERIES[r % len(QUERIES)]
            started = time.perf_counter()
            hits += len(search(session, query, limit=20))
            times.append((time.perf_counter() - started) * 1000)
        for r in range(like_rounds):
            word = f"%{TOPICAL[r % len(TOPICAL)]}%"
            started = time.perf_counter()
            session.execute(
                select(Article.id).where(or_(Article.title.like(word), Article.text.like(word)))
                .order_by(Article.id.desc()).limit(20)
            ).all()  # fmt: skip
            like.append((time.perf_counter() - started) * 1000)
        count = session.scalar(select(func.count(Article.id)))
    return {"stories": count, "search": _percentiles(times), "like_scan": _percentiles(like),
            "hits_per_query": round(hits / rounds, 1)}  # fmt: skip


def _fresh_postgres(url: str) -> Engine:
    if make_url(url).database == "test":
        raise SystemExit("refusing to benchmark on the database `test` (CI's); use your own")
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    upgrade(engine)
    return engine


def run(stories: int = 100_000, rounds: int = 200, like_rounds: int = 20) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'search.db'}")
        upgrade(engine)
        results["sqlite"] = {"insert_per_s": round(populate(engine, stories))}
        results["sqlite"].update(measure(engine, rounds, like_rounds))
        engine.dispose()
    url = os.environ.get(POSTGRES_ENV)
    if url:
        engine = _fresh_postgres(url)
        results["postgresql"] = {"insert_per_s": round(populate(engine, stories))}
        with engine.begin() as connection:
            connection.execute(text("ANALYZE articles"))
        results["postgresql"].update(measure(engine, rounds, like_rounds))
        with engine.begin() as connection:  # leave nothing behind on a shared server
            connection.execute(text(", ".join(t.name for t in Base.metadata.sorted_tables)
                                    .join(["TRUNCATE ", " CASCADE"])))  # fmt: skip
        engine.dispose()
    return results


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print(run(stories=size))
