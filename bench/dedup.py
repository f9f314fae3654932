"""Dedup benchmark: pairwise precision/recall on the syndication corpus (pairwise, and end to
end through the save path in several arrival orders), against today's settings; near-copy lookup
time and bytes per story in SQLite and PostgreSQL databases of N synthetic stories.

python -m bench.dedup [--sizes 100000 1000000] [--lookups 600] [--postgres URL] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bench.dedup_large import bench_large
from bench.dedup_scale import bench_size
from crawler import items
from settings import DedupSettings
from storage.articles import Candidate, save
from storage.db import make_engine
from storage.dedup import (
    band_keys,
    content_hash,
    estimate_similarity,
    fingerprint,
    shingle_overlap,
    text_signature,
)
from storage.models import Article, ArticleUrl, Base
from storage.near_duplicates import judge

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "syndication" / "corpus.jsonl"
# the settings and rule shipped before containment (issue 7): estimated Jaccard >= 0.45 through
# 40 bands of 3 rows; every run reports them as the baseline
TODAY_SETTINGS = DedupSettings(num_perm=120, bands=40, near_threshold=0.45)
ARRIVAL_ORDERS = ("originals_first", "copies_first", "shuffled")
NOW = datetime(2025, 1, 1, tzinfo=UTC)


def load_corpus(path: Path = CORPUS) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def evaluate_corpus(settings: DedupSettings, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Pairwise: a pair is predicted one story when the two texts share an LSH band and the
    exact pass (resemblance or containment of their shingle sets) says so, as
    find_near_duplicate decides."""
    prints = [fingerprint(record["text"], settings) for record in records]
    keys = [set(band_keys(p.signature, settings.bands)) for p in prints]
    truth: list[bool] = []
    predicted: list[bool] = []
    overlaps: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for i, j in itertools.combinations(range(len(records)), 2):
        same = records[i]["cluster"] == records[j]["cluster"]
        match = judge(j, prints[i].shingles, prints[j].shingles, settings)
        truth.append(same)
        predicted.append(bool(keys[i] & keys[j]) and match is not None)
        overlaps[same].append(shingle_overlap(prints[i].shingles, prints[j].shingles))
    scores = _scores(truth, predicted)
    for name, index in (("resemblance", 0), ("containment", 1)):
        scores[f"max_negative_{name}"] = round(max(o[index] for o in overlaps[False]), 3)
    # the weakest positive: the pair whose better score is lowest
    scores["min_positive_best"] = [round(v, 3) for v in min(overlaps[True], key=max)]
    return scores


def evaluate_today(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The baseline: today's rule, estimated Jaccard through today's bands only."""
    settings = TODAY_SETTINGS
    signatures = [text_signature(record["text"], settings) for record in records]
    keys = [set(band_keys(signature, settings.bands)) for signature in signatures]
    truth, predicted = [], []
    for i, j in itertools.combinations(range(len(records)), 2):
        similarity = estimate_similarity(signatures[i], signatures[j])
        truth.append(records[i]["cluster"] == records[j]["cluster"])
        predicted.append(bool(keys[i] & keys[j]) and similarity >= settings.near_threshold)
    return _scores(truth, predicted)


def evaluate_arrivals(
    settings: DedupSettings, records: list[dict[str, Any]], order: str
) -> dict[str, Any]:
    """End to end: every text through storage.articles.save into a fresh in-memory database in
    the given order; pairwise scores over the stories it ends with, and how many stories kept a
    text much shorter than the fullest text folded into them (an excerpt kept as the story)."""
    arrivals = _ordered(records, order)
    story_of, story_text = _save_all(settings, arrivals)
    cluster = {r["id"]: r["cluster"] for r in arrivals}
    truth, predicted = [], []
    for a, b in itertools.combinations(sorted(story_of), 2):
        truth.append(cluster[a] == cluster[b])
        predicted.append(story_of[a] == story_of[b])
    scores = _scores(truth, predicted)
    fullest: dict[int, int] = {}
    for record in arrivals:
        story = story_of[record["id"]]
        fullest[story] = max(fullest.get(story, 0), len(record["text"]))
    scores["stories"] = len(fullest)
    scores["stories_keeping_an_excerpt"] = sum(
        len(story_text[story]) < 0.75 * length for story, length in fullest.items()
    )
    return scores


def _ordered(records: list[dict[str, Any]], order: str) -> list[dict[str, Any]]:
    originals = [r for r in records if r["kind"] == "original"]
    copies = [r for r in records if r["kind"] != "original"]
    if order == "originals_first":
        return originals + copies
    if order == "copies_first":
        return copies + originals
    shuffled = list(records)
    random.Random(7).shuffle(shuffled)
    return shuffled


def _save_all(
    settings: DedupSettings, arrivals: list[dict[str, Any]]
) -> tuple[dict[str, int], dict[int, str]]:
    """record id -> story id, and story id -> the text it ended with."""
    engine = make_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        for n, record in enumerate(arrivals):
            url = f"https://{record['site']}/{record['id']}"
            article = items.Article(url=url, text=record["text"], title=record["title"])
            save(session, Candidate(article, None, None, NOW + timedelta(seconds=n)), settings)
        urls = session.execute(select(ArticleUrl.url, ArticleUrl.article_id)).all()
        texts = {story: text for story, text in session.execute(select(Article.id, Article.text))}
    engine.dispose()
    story_of = {url.rsplit("/", 1)[-1]: story for url, story in urls}
    return story_of, texts


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


def evaluate_split(settings: DedupSettings, records: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "records": len(records),
        "clusters": len({record["cluster"] for record in records}),
        "near_duplicates": evaluate_corpus(settings, records),
        "today_settings": evaluate_today(records),
        "exact_hash_only": evaluate_exact_hash(records),
        "arrivals": {
            order: evaluate_arrivals(settings, records, order) for order in ARRIVAL_ORDERS
        },
    }


def run(
    sizes: Sequence[int] = (100_000,),
    *,
    lookups: int = 600,
    settings: DedupSettings | None = None,
    workdir: Path | None = None,
    postgres_url: str | None = None,
    postgres_sizes: Sequence[int] = (),
    large_sizes: Sequence[int] = (),
    large_full: bool = True,
    postgres_large_sizes: Sequence[int] = (),
    passes: int = 1,
) -> dict[str, Any]:
    """The whole benchmark as plain data (for the bench runner and for --json)."""
    chosen = settings or DedupSettings()
    records = load_corpus()
    splits = {"all": records} | {
        name: [r for r in records if r["split"] == name] for name in ("dev", "heldout")
    }
    report: dict[str, Any] = {
        "settings": chosen.model_dump(),
        "today_settings": TODAY_SETTINGS.model_dump(),
        "corpus": evaluate_split(chosen, records),
        "splits": {name: evaluate_split(chosen, part) for name, part in splits.items()},
        "sizes": [],
    }
    del report["splits"]["all"]
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        for count in sizes:
            report["sizes"].append(bench_size(count, chosen, lookups, Path(tmp), passes=passes))
        for count in large_sizes:
            report["sizes"].append(
                bench_large(count, chosen, lookups, Path(tmp), full=large_full, passes=passes)
            )
        for count in postgres_large_sizes if postgres_url else ():
            report["sizes"].append(
                bench_large(
                    count, chosen, lookups, Path(tmp), postgres_url=postgres_url, passes=passes
                )
            )
        for count in postgres_sizes if postgres_url else ():
            report["sizes"].append(
                bench_size(
                    count, chosen, lookups, Path(tmp), postgres_url=postgres_url, passes=passes
                )
            )
    return report


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.dedup", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--lookups", type=int, default=600)
    parser.add_argument("--passes", type=int, default=1,
                        help="timing passes per database (fresh queries, same database)")  # fmt: skip
    parser.add_argument("--postgres", metavar="URL", help="also measure a PostgreSQL database "
                        "(its public schema is dropped: your own database, never `test`)")  # fmt: skip
    parser.add_argument("--postgres-sizes", type=int, nargs="*", default=[1_000_000])
    parser.add_argument("--postgres-large-sizes", type=int, nargs="*", default=[],
                        help="PostgreSQL sizes built sparsely on the server (generate_series)")  # fmt: skip
    parser.add_argument("--large-sizes", type=int, nargs="*", default=[],
                        help="SQLite sizes built sparsely (bench/dedup_large.py), e.g. 10000000")  # fmt: skip
    parser.add_argument("--large-lean", action="store_true",
                        help="large sizes without article_bands.article_id (no lookup uses it) "
                        "and with 40-byte texts where no lookup reads them")  # fmt: skip
    parser.add_argument("--workdir", type=Path, help="where the SQLite files go (default: /tmp)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    for name in DedupSettings.model_fields:
        parser.add_argument(f"--{name.replace('_', '-')}", type=float, help="override the setting")
    args = parser.parse_args(argv)
    overrides = {name: getattr(args, name) for name in DedupSettings.model_fields}
    settings = DedupSettings(**{k: v for k, v in overrides.items() if v is not None})
    report = run(args.sizes, lookups=args.lookups, settings=settings, workdir=args.workdir,
                 postgres_url=args.postgres, postgres_sizes=args.postgres_sizes,
                 large_sizes=args.large_sizes,
                 large_full=not args.large_lean,
                 postgres_large_sizes=args.postgres_large_sizes, passes=args.passes)  # fmt: skip
    if args.json:
        print(json.dumps(report, indent=2))
        return
    _print_report(report)


def _print_report(report: dict[str, Any]) -> None:
    print(f"settings: {report['settings']}")
    print(f"today's settings (the baseline): {report['today_settings']}")
    for name, part in {"all": report["corpus"], **report["splits"]}.items():
        print(f"corpus {name}: {part['records']} texts in {part['clusters']} stories")
        rows = [
            (key, part[key]) for key in ("near_duplicates", "today_settings", "exact_hash_only")
        ]
        rows += [(f"saved, {order}", scores) for order, scores in part["arrivals"].items()]
        for label, scores in rows:
            print(f"  {label:24} P={scores['precision']:.3f} R={scores['recall']:.3f} "
                  f"(tp {scores['tp']}, fp {scores['fp']}, fn {scores['fn']})")  # fmt: skip
    for size in report["sizes"]:
        print(
            f"{size['database']:>10} {size['stories']:>9} stories: lookup median "
            f"{size['median_ms']} ms, p95 {size['p95_ms']} ms; {size['db_bytes_per_story']} B/story"
            f" in the DB ({size['band_bytes_per_story']} B bands, {size['minhash_bytes_per_story']}"
            f" B minhash, {size['text_bytes_per_story']} B text); populated in "
            f"{size['populate_s']} s; copies found {size['copies_found']}"
        )
        print(
            f"{'':>10}  CPU per lookup median {size['cpu']['median_ms']} ms, "
            f"p95 {size['cpu']['p95_ms']} ms (load average {size['load_average']})"
        )
        for n, again in enumerate(size["passes"][1:], start=2):
            print(f"{'':>10}  pass {n}: median {again['median_ms']} ms, p95 {again['p95_ms']} ms"
                  f" (load average {again['load_average']})")  # fmt: skip


if __name__ == "__main__":
    main()
