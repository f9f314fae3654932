"""Score newsagg and bare trafilatura on the briefs_blind12 pages (held out: measure only).

Run from the repo root: .venv/bin/python tests/data/briefs_blind11/score.py [--bare]
[--split dev|heldback] (only the pages whose label has that split; same tables).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for bench

from bench.extraction import bare_text, newsagg_text

PAGES = Path(__file__).resolve().parent / "pages"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def leaked(out: str, clutter: list[str]) -> list[str]:
    return [c for c in clutter if norm(c) in out or (len(norm(c)) > 40 and norm(c)[:40] in out)]


def lost(out: str, body: list[str]) -> list[str]:
    return [b for b in body if norm(b) not in out]


def run(name: str, fn: Callable[[bytes], str], raw: bytes, label: dict[str, Any]) -> dict[str, Any]:
    try:
        out = norm(fn(raw) or "")
    except Exception as exc:  # an extractor error loses the whole body
        print(f"  {name} error: {exc!r}", file=sys.stderr)
        out = ""
    lk, ls = leaked(out, label["clutter"]), lost(out, label["body"])
    return {"leaked": lk, "lost": ls, "fail": bool(lk or ls)}


def row(g: str, rows: list[dict[str, Any]]) -> str:
    nc = sum(len(r["label"]["clutter"]) for r in rows)
    nb = sum(len(r["label"]["body"]) for r in rows)
    cells = [g, str(len(rows)), str(nc)]
    for k in ("n", "b"):
        cells.append(f"{sum(len(r[k]['leaked']) for r in rows) / nc:.1%}" if nc else "-")
    for k in ("n", "b"):
        cells.append(f"{1 - sum(len(r[k]['lost']) for r in rows) / nb:.3f}")
    for k in ("n", "b"):
        cells.append(str(sum(r[k]["fail"] for r in rows)))
    return "| " + " | ".join(cells) + " |"


def table(title: str, groups: dict[str, list[dict[str, Any]]]) -> None:
    print(f"\n### {title}\n")
    print(
        "| group | pages | clutter lines | leak newsagg | leak bare | body recall newsagg | body recall bare"
        " | failing newsagg | failing bare |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for g, rows in groups.items():
        print(row(g, rows))


def main() -> None:
    show_bare = "--bare" in sys.argv
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else None
    rows: list[dict[str, Any]] = []
    for path in sorted(PAGES.glob("*.html")):
        label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        if split and label.get("split") != split:
            continue
        raw = path.read_bytes()
        rows.append(
            {
                "name": path.stem,
                "label": label,
                "n": run("newsagg", newsagg_text, raw, label),
                "b": run("bare", bare_text, raw, label),
            }
        )
    by_layout: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_layout[r["label"]["layout"]].append(r)
        by_kind[r["label"]["kind"]].append(r)
    table("per layout", dict(sorted(by_layout.items())))
    table("overall", {"short": by_kind["short"], "control": by_kind["control"], "all": rows})
    for key, who in [("n", "newsagg")] + ([("b", "bare")] if show_bare else []):
        print(f"\n### {who} failing pages\n")
        for r in rows:
            if r[key]["fail"]:
                print(f"- {r['name']} ({r['label']['kind']})")
                for x in r[key]["lost"]:
                    print(f"    lost:   {x[:90]}")
                for x in r[key]["leaked"]:
                    print(f"    leaked: {x[:90]}")


if __name__ == "__main__":
    main()
