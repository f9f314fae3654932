"""Score newsagg and bare trafilatura on the blind6 pages.

A body line survives if its whitespace-normalised text occurs in the whitespace-normalised output;
a clutter line leaks if it, or its first 40 characters when longer, occurs. A page fails if it
leaks any clutter line or loses any body line. Usage (repo root): score.py [--bare]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from bench.extraction import bare_text, newsagg_text  # noqa: E402


def norm(s: str) -> str:
    return " ".join(s.split())


def probe(line: str) -> str:
    s = norm(line)
    return s if len(s) <= 40 else s[:40]


def judge(text: str, label: dict) -> tuple[list[str], list[str]]:
    out = norm(text)
    lost = [b for b in label["body"] if norm(b) not in out]
    leaked = [c for c in label["clutter"] if probe(c) in out]
    return lost, leaked


class Tally:
    def __init__(self) -> None:
        self.pages = 0
        self.clutter = 0
        self.body = 0
        self.leak = {"newsagg": 0, "bare": 0}
        self.kept = {"newsagg": 0, "bare": 0}
        self.fail = {"newsagg": 0, "bare": 0}

    def add(self, label: dict, res: dict[str, tuple[list[str], list[str]]]) -> None:
        self.pages += 1
        self.clutter += len(label["clutter"])
        self.body += len(label["body"])
        for who, (lost, leaked) in res.items():
            self.leak[who] += len(leaked)
            self.kept[who] += len(label["body"]) - len(lost)
            self.fail[who] += bool(lost or leaked)

    def row(self, name: str) -> str:
        def leak(w: str) -> str:
            return f"{100 * self.leak[w] / self.clutter:.1f}%" if self.clutter else "-"

        def rec(w: str) -> str:
            return f"{self.kept[w] / self.body:.3f}" if self.body else "-"

        return (
            f"| {name} | {self.pages} | {self.clutter} | {leak('newsagg')} / {leak('bare')} | "
            f"{rec('newsagg')} / {rec('bare')} | {self.fail['newsagg']} / {self.fail['bare']} |"
        )


HEADER = "| {} | pages | clutter lines | leak newsagg / bare | body recall newsagg / bare | failing newsagg / bare |\n|---|---|---|---|---|---|"


def main() -> None:
    show_bare = "--bare" in sys.argv
    by_layout: dict[str, Tally] = defaultdict(Tally)
    by_kind: dict[str, Tally] = defaultdict(Tally)
    failures: dict[str, list[tuple[str, list[str], list[str]]]] = {"newsagg": [], "bare": []}
    for path in sorted((HERE / "pages").glob("*.html")):
        label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        raw = path.read_bytes()
        res = {"newsagg": judge(newsagg_text(raw), label), "bare": judge(bare_text(raw), label)}
        by_layout[label["layout"]].add(label, res)
        by_kind[label["kind"]].add(label, res)
        by_kind["overall"].add(label, res)
        for who, (lost, leaked) in res.items():
            if lost or leaked:
                failures[who].append((path.stem, lost, leaked))
    print(HEADER.format("layout"))
    for name in sorted(by_layout):
        print(by_layout[name].row(name))
    print()
    print(HEADER.format("kind"))
    for name in ("short", "control", "overall"):
        if name in by_kind:
            print(by_kind[name].row(name))
    for who in ("newsagg", "bare") if show_bare else ("newsagg",):
        print(f"\n## {who} failing pages ({len(failures[who])})")
        for stem, lost, leaked in failures[who]:
            print(f"\n### {stem}")
            for b in lost:
                print(f"- lost: {b[:100]}")
            for c in leaked:
                print(f"- leaked: {c[:100]}")


if __name__ == "__main__":
    main()
