"""Score newsagg and bare trafilatura on the blind4 corpus (held out: do not tune on it).

Run from the repo root:  .venv/bin/python tests/data/briefs_blind4/score.py [--bare]
A body line survives if its whitespace-normalised text occurs in the whitespace-normalised
output; a clutter line leaks if it (or its first 40 characters, when longer) occurs.
--bare also lists the pages bare trafilatura fails.
"""

import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from bench.extraction import bare_text, newsagg_text  # noqa: E402

EXTRACTORS = {"newsagg": newsagg_text, "bare": bare_text}


def norm(text: str) -> str:
    return " ".join(text.split())


def run(fn, raw: bytes) -> str:
    try:
        return fn(raw) or ""
    except Exception as exc:  # an extractor error counts as empty output
        return f"<error {type(exc).__name__}>"


def judge(label: dict, out: str) -> dict:
    text = norm(out)
    lost = [b for b in label["body"] if norm(b) not in text]
    leaked = [c for c in label["clutter"] if norm(c)[:40] in text]
    return {"lost": lost, "leaked": leaked}


def score_pages() -> list[dict]:
    rows = []
    for path in sorted((HERE / "pages").glob("*.html")):
        label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        raw = path.read_bytes()
        row = {"name": path.stem, "label": label}
        for name, fn in EXTRACTORS.items():
            row[name] = judge(label, run(fn, raw))
        rows.append(row)
    return rows


def summary(rows: list[dict]) -> str:
    clutter = sum(len(r["label"]["clutter"]) for r in rows)
    body = sum(len(r["label"]["body"]) for r in rows)
    cells = [str(len(rows)), str(clutter)]
    leak = [
        sum(len(r[n]["leaked"]) for r in rows) / clutter if clutter else 0.0 for n in EXTRACTORS
    ]
    recall = [1 - sum(len(r[n]["lost"]) for r in rows) / body for n in EXTRACTORS]
    fail = [sum(1 for r in rows if r[n]["lost"] or r[n]["leaked"]) for n in EXTRACTORS]
    cells.append(" / ".join(f"{x:.1%}" for x in leak))
    cells.append(" / ".join(f"{x:.3f}" for x in recall))
    cells.append(" / ".join(str(x) for x in fail))
    return " | ".join(cells)


HEAD = "| {} | pages | clutter lines | leak newsagg / bare | body recall newsagg / bare | failing pages newsagg / bare |"


def table(title: str, groups: dict[str, list[dict]]) -> None:
    print(HEAD.format(title))
    print("|---|---:|---:|---:|---:|---:|")
    for key in sorted(groups):
        print(f"| {key} | {summary(groups[key])} |")
    print()


def failures(rows: list[dict], name: str) -> None:
    print(f"## Failing pages ({name})\n")
    for r in rows:
        res = r[name]
        if not (res["lost"] or res["leaked"]):
            continue
        print(f"- {r['name']} ({r['label']['kind']})")
        for line in res["lost"]:
            print(f"    lost:   {line}")
        for line in res["leaked"]:
            print(f"    leaked: {line}")
    print()


def main() -> None:
    rows = score_pages()
    by_layout: dict[str, list[dict]] = defaultdict(list)
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_layout[r["label"]["layout"]].append(r)
        by_kind[r["label"]["kind"]].append(r)
    print("# blind4 briefs corpus\n")
    table("layout", by_layout)
    table("overall", {**by_kind, "all": rows})
    failures(rows, "newsagg")
    if "--bare" in sys.argv:
        failures(rows, "bare")


if __name__ == "__main__":
    main()
