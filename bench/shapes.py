"""Per-layout scores on the article-shapes corpus (tests/data/briefs): body recall, clutter leak,
pages with any leaked line, texts that start with the headline; tuned and held-back pages apart."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "tests" / "data" / "briefs"
SETS = {"tuned": SHAPES / "pages", "heldback": SHAPES / "heldback"}


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_scores(text: str, expected: dict[str, Any]) -> dict[str, int]:
    """Counts for one page: body paragraphs kept, clutter items left, headline as first line."""
    flat = _ws(text)
    first = _ws(text.split("\n", 1)[0]).casefold() if text else ""
    leaked = sum(_ws(c) in flat for c in expected["clutter"])
    return {
        "body": len(expected["body"]),
        "kept": sum(_ws(p) in flat for p in expected["body"]),
        "clutter": len(expected["clutter"]),
        "leaked": leaked,
        "leaky_page": int(leaked > 0),
        "title_first": int(first == _ws(expected["title"]).casefold()),
        "pages": 1,
    }


def shape_scores(
    extract: Callable[[bytes], str], folder: Path, limit: int | None = None
) -> dict[str, dict[str, float]]:
    """Per layout (and "all", "short", "long"): recall, leak rate, leaky and title-first pages."""
    sums: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for case in sorted(folder.glob("*.json"))[:limit]:
        expected = json.loads(case.read_text(encoding="utf-8"))
        counts = page_scores(extract(case.with_suffix(".html").read_bytes()), expected)
        for key in (expected["layout"], expected["kind"], "all"):
            for name, value in counts.items():
                sums[key][name] += value
    return {key: _rates(c) for key, c in sorted(sums.items())}


def _rates(c: dict[str, int]) -> dict[str, float]:
    return {
        "recall": c["kept"] / c["body"] if c["body"] else 1.0,
        "leak": c["leaked"] / c["clutter"] if c["clutter"] else 0.0,
        "leaky_pages": c["leaky_page"],
        "title_first": c["title_first"],
        "pages": c["pages"],
    }
