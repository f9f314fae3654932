"""Score newsagg and bare trafilatura on the long_blind14 corpus (held out: measure, do not tune).

A body line survives if its text, whitespace removed, occurs in the output with whitespace
removed. A clutter line leaks if it, or its first 40 characters when longer, occurs the same
way. Precision proxy: of the output's non-whitespace characters, the share covered by body lines
found, after taking out the title, neutral lines (captions, bylines, dates, tags that are body
words) which count for neither side. F1 = 2PR/(P+R) with R the character-weighted body recall.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from bench.extraction import bare_text, newsagg_text  # noqa: E402

SYSTEMS: dict[str, Callable[[bytes], str]] = {"newsagg": newsagg_text, "bare": bare_text}


def key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def probe(text: str) -> str:
    k = key(text)
    return key(text[:40]) if len(text) > 40 else k


def score_one(label: dict, out: str) -> dict:
    ok = key(out)
    body = [str(x) for x in label["body"]]
    found = [b for b in body if key(b) in ok]
    leaked = [c for c in label["clutter"] if probe(c) in ok]
    rest = ok
    for b in sorted(found, key=len, reverse=True):
        rest = rest.replace(key(b), "\0", 1)
    for n in sorted([label["title"], *label["neutral"]], key=len, reverse=True):
        if key(n):
            rest = rest.replace(key(n), "\0")
    left = len(rest.replace("\0", ""))
    got = sum(len(key(b)) for b in found)
    total = sum(len(key(b)) for b in body)
    prec = got / (got + left) if got + left else 0.0
    rec = got / total if total else 1.0
    first = next((ln.strip() for ln in out.splitlines() if ln.strip()), "")
    return {
        "lost": [b for b in body if b not in found],
        "leaked": leaked,
        "recall": len(found) / len(body),
        "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "title_first": key(first) == key(label["title"]),
    }


def row(name: str, group: list[dict]) -> str:
    pages = len(group)
    lines = sum(len(g["label"]["clutter"]) for g in group)
    cells = [name, str(pages), str(lines)]
    for metric in ("pages", "leak", "recall", "f1", "title"):
        vals = []
        for sysname in SYSTEMS:
            rs = [g[sysname] for g in group]
            if metric == "pages":
                vals.append(str(sum(1 for r in rs if r["leaked"])))
            elif metric == "leak":
                vals.append(f"{100 * sum(len(r['leaked']) for r in rs) / max(lines, 1):.1f}%")
            elif metric == "recall":
                vals.append(f"{sum(r['recall'] for r in rs) / pages:.3f}")
            elif metric == "f1":
                vals.append(f"{sum(r['f1'] for r in rs) / pages:.3f}")
            else:
                vals.append(str(sum(1 for r in rs if r["title_first"])))
        cells.append(" / ".join(vals))
    return "| " + " | ".join(cells) + " |"


HEADER = (
    "| {} | pages | clutter lines | pages with any leak N / B | clutter leaked N / B "
    "| body recall N / B | body F1 N / B | starts with title N / B |\n|---|---|---|---|---|---|---|---|"
)


def kind_table(results: list[dict]) -> None:
    print("\n| kind | lines | leaked N / B |\n|---|---|---|")
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for g in results:
        lab = g["label"]
        for text, kind in zip(lab["clutter"], lab["clutter_kinds"], strict=True):
            t = tally[kind]
            t[0] += 1
            t[1] += text in g["newsagg"]["leaked"]
            t[2] += text in g["bare"]["leaked"]
    for kind, (n, a, b) in sorted(tally.items()):
        print(f"| {kind} | {n} | {100 * a / n:.0f}% / {100 * b / n:.0f}% |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--bare", action="store_true", help="list bare trafilatura's pages with leaks too"
    )
    ap.add_argument(
        "--split",
        choices=("dev", "heldback"),
        help="score and list only this split (tune with --split dev; heldback is never opened)",
    )
    args = ap.parse_args()
    results = []
    for jf in sorted((HERE / "pages").glob("*.json")):
        label = json.loads(jf.read_text(encoding="utf-8"))
        if args.split and label["split"] != args.split:
            continue
        raw = jf.with_suffix(".html").read_bytes()
        res = {"name": jf.stem, "label": label}
        for sysname, fn in SYSTEMS.items():
            res[sysname] = score_one(label, fn(raw) or "")
        results.append(res)
    for split in (args.split,) if args.split else ("dev", "heldback"):
        print(f"\n### {split}: per layout (N = newsagg, B = bare trafilatura)\n")
        print(HEADER.format("layout"))
        layouts = sorted(
            {g["label"]["layout"] for g in results if g["label"]["split"] == split},
            key=lambda x: re.sub(r"\D", "", x),
        )
        for lay in layouts:
            print(row(lay, [g for g in results if g["label"]["layout"] == lay]))
    print("\n### overall\n")
    print(HEADER.format("set"))
    for split in (args.split,) if args.split else ("dev", "heldback"):
        print(row(split, [g for g in results if g["label"]["split"] == split]))
    if not args.split:
        print(row("all", results))
    kind_table(results)
    for sysname in ["newsagg"] + (["bare"] if args.bare else []):
        print(f"\n### {sysname}: pages with leaks\n")
        for g in results:
            r = g[sysname]
            if r["leaked"]:
                lost = f"; lost {len(r['lost'])} body lines" if r["lost"] else ""
                print(f"- {g['name']} ({g['label']['split']}){lost}: " + " | ".join(r["leaked"]))


if __name__ == "__main__":
    main()
