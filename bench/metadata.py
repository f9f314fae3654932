"""Metadata benchmark: authors, credits and publication day, newsagg against bare trafilatura.

Pages come from bench.metacorpus: a tuned part (bench.metashapes_tuned) and a held-back part
written from other templates (bench.metashapes_heldback) that newsagg was never tuned on. Both
systems read the same pages in the same run.

    python -m bench.metadata [--pages 240] [--show-misses tuned] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import trafilatura

from bench import metashapes_heldback, metashapes_tuned
from bench.metacorpus import Shaped, draw_case
from crawler.clutter.clean import clean_article
from crawler.extract.article import extract_article
from crawler.extract.credits import squash
from crawler.items import Page

NOW = datetime(2026, 1, 1, tzinfo=UTC)
PARTS: dict[str, tuple[Callable[[Any, random.Random], Shaped], ...]] = {
    "tuned": metashapes_tuned.SHAPES,
    "heldback": metashapes_heldback.SHAPES,
}
SEEDS = {"tuned": 14, "heldback": 1414}


@dataclass(frozen=True, slots=True)
class Reading:
    authors: tuple[str, ...]
    credits: tuple[str, ...]
    day: date | None


def build(part: str, pages: int) -> list[Shaped]:
    rng = random.Random(SEEDS[part])
    shapes = PARTS[part]
    return [shapes[i % len(shapes)](draw_case(rng, i), rng) for i in range(pages)]


def read_newsagg(shaped: Shaped) -> Reading:
    page = Page(url=shaped.url, html=shaped.html.encode("utf-8"))
    article = extract_article(page, now=NOW)
    if article is None:
        return Reading((), (), None)
    article = clean_article(article)
    day = article.published_at.date() if article.published_at else None
    return Reading(article.authors, article.credits, day)


def read_trafilatura(shaped: Shaped) -> Reading:
    document = trafilatura.bare_extraction(shaped.html, url=shaped.url, with_metadata=True)
    author = getattr(document, "author", None) or ""
    authors = tuple(a.strip() for a in author.split(";") if a.strip())
    found = getattr(document, "date", None)
    day = date.fromisoformat(found[:10]) if found else None
    return Reading(authors, (), day)


def true_days(shaped: Shaped) -> set[date]:
    """The page's own day; for a timed value also its UTC day (both are honest filings)."""
    value = datetime.fromisoformat(shaped.published) if "T" in shaped.published else None
    if value is None:
        return {date.fromisoformat(shaped.published)}
    return {value.date(), value.astimezone(UTC).date()}


def organisations(shaped: Shaped) -> set[str]:
    return {squash(n) for n in (*shaped.credits, *shaped.outlet_names)}


def score(pages: Sequence[Shaped], readings: Sequence[Reading]) -> dict[str, float | int]:
    exact = credits = combined = days = outlet_people = 0
    for shaped, got in zip(pages, readings, strict=True):
        own = {squash(n) for n in shaped.outlet_names}
        exact += set(got.authors) == set(shaped.authors)
        outlet_people += any(squash(a) in organisations(shaped) for a in got.authors)
        ours = {c for c in got.credits if squash(c) not in own}
        credits += ours == set(shaped.credits)
        named = {n for n in (*got.authors, *ours)}
        combined += named == {*shaped.authors, *shaped.credits}
        days += got.day in true_days(shaped)
    n = len(pages)
    return {
        "pages": n,
        "authors_exact": round(exact / n, 3),
        "credits_exact": round(credits / n, 3),
        "all_names_exact": round(combined / n, 3),
        "outlet_as_person_pages": outlet_people,
        "day_right": round(days / n, 3),
    }


def misses(pages: Sequence[Shaped], readings: Sequence[Reading]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for shaped, got in zip(pages, readings, strict=True):
        wrong_authors = set(got.authors) != set(shaped.authors)
        if wrong_authors or got.day not in true_days(shaped):
            out.append({"shape": shaped.name, "url": shaped.url, "authors": got.authors,
                        "truth": shaped.authors, "credits": got.credits,
                        "truth_credits": shaped.credits, "day": str(got.day),
                        "truth_day": shaped.published})  # fmt: skip
    return out


def run_benchmark(pages: int = 240, show_misses: str | None = None) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for part in PARTS:
        corpus = build(part, pages if part == "tuned" else pages * 3 // 4)
        ours = [read_newsagg(p) for p in corpus]
        base = [read_trafilatura(p) for p in corpus]
        result[part] = {"ours": score(corpus, ours), "baseline": score(corpus, base)}
        if show_misses == part:
            result[part]["misses"] = misses(corpus, ours)
    result["rows"] = rows(result)
    return result


def rows(result: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    out = []
    for part in PARTS:
        ours, base = result[part]["ours"], result[part]["baseline"]
        n = ours["pages"]
        for key, label in (("authors_exact", "authors exact"), ("day_right", "publication day right"),
                           ("all_names_exact", "authors+credits exact")):  # fmt: skip
            ratio = f"{ours[key] / base[key]:.2f}x" if base[key] else "-"
            out.append((f"metadata {part} ({n} pages): {label} (vs bare trafilatura)",
                        f"{ours[key]:.3f}", f"{base[key]:.3f}", ratio))  # fmt: skip
        out.append((f"metadata {part}: pages with an outlet/agency as a person",
                    str(ours["outlet_as_person_pages"]), str(base["outlet_as_person_pages"]),
                    "target 0"))  # fmt: skip
        out.append((f"metadata {part}: credits exact (agencies; trafilatura has no such field)",
                    f"{ours['credits_exact']:.3f}", "-", "-"))  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=240)
    parser.add_argument("--show-misses", choices=list(PARTS))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run_benchmark(args.pages, args.show_misses)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False, default=str))
    else:
        for row in result["rows"]:
            print(" | ".join(row))
        for miss in result.get(args.show_misses or "", {}).get("misses", []):
            print(json.dumps(miss, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
