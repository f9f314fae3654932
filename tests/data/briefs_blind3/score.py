"""Score newsagg and bare trafilatura on the held-out brief pages.

Run from the repo root: .venv/bin/python tests/data/briefs_blind3/score.py
A body line survives if its whitespace-normalised text is in the whitespace-normalised output;
a clutter line leaks if it, or its first 40 characters when longer, is in the output.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from bench.extraction import bare_text, newsagg_text  # noqa: E402

EXTRACTORS = {"newsagg": newsagg_text, "bare": bare_text}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def judge(label: dict, text: str) -> tuple[list[str], list[str]]:
    """(lost body lines, leaked clutter lines) of one output."""
    out = norm(text)
    lost = [line for line in label["body"] if norm(line) not in out]
    leaked = [line for line in label["clutter"] if norm(line)[:40] in out]
    return lost, leaked


def score_pages() -> list[dict]:
    rows = []
    for path in sorted((HERE / "pages").glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        raw = path.with_suffix(".html").read_bytes()
        row = {"page": path.stem, "label": label}
        for name, extract in EXTRACTORS.items():
            row[name] = judge(label, extract(raw))
        rows.append(row)
    return rows


def summary(rows: list[dict]) -> list[str]:
    clutter = sum(len(r["label"]["clutter"]) for r in rows)
    body = sum(len(r["label"]["body"]) for r in rows)
    cells = [str(len(rows)), str(clutter)]
    for metric in ("leak", "recall", "fail"):
        pair = []
        for name in EXTRACTORS:
            lost = sum(len(r[name][0]) for r in rows)
            leaked = sum(len(r[name][1]) for r in rows)
            if metric == "leak":
                pair.append(f"{leaked / clutter:.1%}" if clutter else "-")
            elif metric == "recall":
                pair.append(f"{1 - lost / body:.3f}")
            else:
                pair.append(str(sum(1 for r in rows if r[name][0] or r[name][1])))
        cells.append(" / ".join(pair))
    return cells


def table(rows: list[dict]) -> str:
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row["label"]["layout"]].append(row)
    lines = [
        "| layout | pages | clutter lines | leak newsagg / bare | body recall newsagg / bare | failing pages newsagg / bare |",
        "|---|---|---|---|---|---|",
    ]
    for layout in sorted(groups):
        lines.append("| " + " | ".join([layout, *summary(groups[layout])]) + " |")
    for kind in ("short", "control"):
        part = [r for r in rows if r["label"]["kind"] == kind]
        lines.append("| " + " | ".join([f"**all {kind}**", *summary(part)]) + " |")
    lines.append("| " + " | ".join(["**overall**", *summary(rows)]) + " |")
    return "\n".join(lines)


def failures(rows: list[dict]) -> str:
    out = []
    for name in EXTRACTORS:
        out.append(f"\n## failing pages: {name}\n")
        for row in rows:
            lost, leaked = row[name]
            if not (lost or leaked):
                continue
            out.append(f"- {row['page']}")
            out.extend(f"    - lost: {line}" for line in lost)
            out.extend(f"    - leaked: {line}" for line in leaked)
    return "\n".join(out)


def main() -> None:
    rows = score_pages()
    print("# briefs_blind3 (held out)\n")
    print(table(rows))
    print(failures(rows))


if __name__ == "__main__":
    main()
