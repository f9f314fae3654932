"""Extraction benchmark: newsagg extract+clean against bare trafilatura, in the same process.

Three measures: the snippet F1 on the trafilatura evaluation set (../shared, scored with its
eval_extraction.py), body recall and leak rate on the clutter corpus (tests/data/clutter), and
time per page (min of interleaved repeats, CPU time, so other processes weigh less).

    python -m bench.extraction [--quick] [--limit N] [--repeats 3] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import trafilatura

from bench.bigpages import big_pages
from bench.shapes import SETS, shape_scores
from crawler.analyse import extract_text
from crawler.clutter import TemplateMemory

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL_SET = SHARED / "bench" / "extraction" / "trafilatura-eval"
SCORER = SHARED / "bench" / "eval_extraction.py"
CORPUS = ROOT / "tests" / "data" / "clutter" / "pages"

Extractor = Callable[[bytes], str]


def bare_text(raw: bytes) -> str:
    text = trafilatura.extract(
        raw, include_comments=False, include_tables=True, include_formatting=False
    )
    return text or ""


def bare_with_metadata(raw: bytes) -> str:
    """trafilatura doing what newsagg does: text plus title, author, date, site metadata."""
    document = trafilatura.bare_extraction(
        raw,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        with_metadata=True,
    )
    return getattr(document, "text", None) or ""


def newsagg_text(raw: bytes, template: TemplateMemory | None = None) -> str:
    """The pipeline as the crawler runs it: extract_article, then clean_article."""
    return extract_text(raw, template=template)


def load_scorer() -> ModuleType | None:
    if not SCORER.is_file() or not EVAL_SET.is_dir():
        return None
    spec = importlib.util.spec_from_file_location("eval_extraction", SCORER)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses in the module look themselves up here
    spec.loader.exec_module(module)
    return module


def eval_f1(limit: int | None = None) -> dict[str, Any] | None:
    """Snippet precision/recall/F1 of both extractors on the trafilatura evaluation set."""
    scorer = load_scorer()
    if scorer is None:
        return None
    docs = scorer.load_dataset(EVAL_SET).docs[:limit]
    out: dict[str, Any] = {"pages": len(docs)}
    for name, extract in (("newsagg", newsagg_text), ("trafilatura", bare_text)):
        texts = [extract(doc.read_html()) for doc in docs]
        report = scorer.snippet_report(docs, texts)
        out[name] = {key: report[key] for key in ("precision", "recall", "f1", "tp", "fp", "fn")}
        # pages where any labelled boilerplate snippet survives (snippet_counts: tp, fp, fn, tn)
        out[name]["leaky_pages"] = sum(
            scorer.snippet_counts(doc, text)[1] > 0 for doc, text in zip(docs, texts, strict=True)
        )
    return out


def corpus_scores(extract: Extractor, limit: int | None = None) -> dict[str, float]:
    """Share of body paragraphs kept and of clutter lines left in, over the clutter corpus."""
    kept = body = leaked = clutter = 0
    for case in sorted(CORPUS.glob("*.json"))[:limit]:
        expected = json.loads(case.read_text(encoding="utf-8"))
        text = extract(case.with_suffix(".html").read_bytes())
        flat, lines = _ws(text), {_ws(line) for line in text.splitlines()}
        kept += sum(_ws(p) in flat for p in expected["body"])
        body += len(expected["body"])
        # short clutter ("Teilen", "1") only counts as a whole line, not inside a sentence
        leaked += sum(
            (_ws(c) in flat) if len(c) >= 12 else (_ws(c) in lines) for c in expected["clutter"]
        )
        clutter += len(expected["clutter"])
    return {"body_recall": kept / body, "leak_rate": leaked / clutter}


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def speed_pages(limit: int | None) -> list[bytes]:
    if EVAL_SET.is_dir():
        data = json.loads((EVAL_SET / "evaldata.json").read_text(encoding="utf-8"))
        pages = []
        for item in list(data.values())[:limit]:
            path = EVAL_SET / "cache" / item["file"]
            path = path if path.is_file() else EVAL_SET / "eval" / item["file"]
            raw = path.read_bytes()
            pages.append(gzip.decompress(raw) if path.suffix == ".gz" else raw)
        return pages
    return [p.read_bytes() for p in sorted(CORPUS.glob("*.html"))[:limit]]


def time_per_page(
    pages: list[bytes], extractors: dict[str, Extractor], repeats: int
) -> dict[str, float]:
    """Seconds of CPU per page for each extractor: interleaved per page, best of `repeats`."""
    for extract in extractors.values():
        extract(pages[0])  # warm-up: imports, language model
    totals = dict.fromkeys(extractors, 0.0)
    for raw in pages:
        for name, extract in extractors.items():
            best = float("inf")
            for _ in range(repeats):
                started = time.process_time()
                extract(raw)
                best = min(best, time.process_time() - started)
            totals[name] += best
    return {name: total / len(pages) for name, total in totals.items()}


def run_benchmark(
    quick: bool = False, limit: int | None = None, repeats: int = 3
) -> dict[str, Any]:
    limit = limit or (12 if quick else None)
    repeats = 1 if quick else repeats
    result: dict[str, Any] = {"eval": eval_f1(limit)}
    result["corpus"] = {
        "newsagg": corpus_scores(newsagg_text, limit),
        "trafilatura": corpus_scores(bare_text, limit),
    }
    pages = speed_pages(limit)
    result["seconds_per_page"] = time_per_page(
        pages,
        {
            "newsagg": newsagg_text,
            "trafilatura": bare_text,
            "trafilatura+metadata": bare_with_metadata,
        },
        repeats,
    )
    result["speed_pages"] = len(pages)
    big = big_pages(4 if quick else 24)
    result["big_pages_kb"] = [min(map(len, big)) // 1024, max(map(len, big)) // 1024]
    result["seconds_per_big_page"] = time_per_page(
        big, {"newsagg": newsagg_text, "trafilatura": bare_text}, repeats
    )
    result["shapes"] = {
        name: {
            "newsagg": shape_scores(newsagg_text, folder, limit),
            "trafilatura": shape_scores(bare_text, folder, limit),
        }
        for name, folder in SETS.items()
    }
    result["rows"] = rows(result)
    return result


def rows(result: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    if result["eval"]:
        ours, base = result["eval"]["newsagg"], result["eval"]["trafilatura"]
        label = f"extraction snippet F1, trafilatura eval set ({result['eval']['pages']} pages)"
        out.append(
            (label, f"{ours['f1']:.3f}", f"{base['f1']:.3f}", f"{ours['f1'] / base['f1']:.3f}x")
        )
        out.append(("  precision / recall", f"{ours['precision']:.3f} / {ours['recall']:.3f}",
                    f"{base['precision']:.3f} / {base['recall']:.3f}", "-"))  # fmt: skip
        out.append(("  pages keeping a labelled boilerplate snippet (lower is better)",
                    str(ours["leaky_pages"]), str(base["leaky_pages"]), "-"))  # fmt: skip
    ours_c, base_c = result["corpus"]["newsagg"], result["corpus"]["trafilatura"]
    out.append(("clutter corpus body recall", f"{ours_c['body_recall']:.3f}",
                f"{base_c['body_recall']:.3f}", "-"))  # fmt: skip
    out.append(("clutter corpus leak rate (lower is better)", f"{ours_c['leak_rate']:.3f}",
                f"{base_c['leak_rate']:.3f}", "-"))  # fmt: skip
    speed = result["seconds_per_page"]
    pages = result["speed_pages"]
    for base in ("trafilatura", "trafilatura+metadata"):
        out.append((f"ms per page, extract+clean vs {base} ({pages} pages)",
                    f"{speed['newsagg'] * 1000:.1f}", f"{speed[base] * 1000:.1f}",
                    f"{speed['newsagg'] / speed[base]:.2f}x"))  # fmt: skip
    big, (low, high) = result["seconds_per_big_page"], result["big_pages_kb"]
    out.append((f"ms per page, extract+clean vs trafilatura ({low}-{high} KB pages)",
                f"{big['newsagg'] * 1000:.1f}", f"{big['trafilatura'] * 1000:.1f}",
                f"{big['newsagg'] / big['trafilatura']:.2f}x"))  # fmt: skip
    return out + shape_rows(result["shapes"])


def shape_rows(shapes: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """Article-shapes corpus: body recall, clutter leak and leaky pages, tuned and held-back."""
    out = []
    for name, by in shapes.items():
        for kind in ("short", "long"):
            if kind not in by["newsagg"]:
                continue  # --limit cut the set before any page of this kind
            ours, base = by["newsagg"][kind], by["trafilatura"][kind]
            out.append((f"shapes {name}, {kind} pages: recall / leak / leaky pages",
                        f"{ours['recall']:.3f} / {ours['leak']:.3f} / {ours['leaky_pages']}",
                        f"{base['recall']:.3f} / {base['leak']:.3f} / {base['leaky_pages']}",
                        f"of {ours['pages']}"))  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.extraction", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--quick", action="store_true", help="a dozen pages, one repeat (smoke test)"
    )
    parser.add_argument("--limit", type=int, help="use only the first N pages of each set")
    parser.add_argument(
        "--repeats", type=int, default=3, help="timing repeats per page (best kept)"
    )
    parser.add_argument("--json", action="store_true", help="print the raw result as JSON too")
    args = parser.parse_args(argv)
    result = run_benchmark(quick=args.quick, limit=args.limit, repeats=args.repeats)
    if result["eval"] is None:
        print(f"note: {EVAL_SET} not found, F1 skipped; speed measured on the clutter corpus")
    print("| measure | newsagg | baseline | ratio |\n| --- | --- | --- | --- |")
    for row in result["rows"]:
        print(f"| {' | '.join(row)} |")
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "rows"}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
