"""Score the clutter-line cue functions on the blind multilingual phrase corpus.

Usage: python tests/data/phrases_blind/score.py [--split dev|heldback] [--show]

A clutter line is caught when any of is_boilerplate, is_section_cue, is_inline_cue or
is_player_chrome returns True on its stripped text; a prose line is a false positive when any
of them does. A keyword baseline (30 English clutter words, whole-word, case-insensitive) is
printed beside each kind for scale. --show lists misses and false positives (dev split only).
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
LINES = HERE / "lines"

KINDS = [
    "newsletter",
    "app",
    "follow",
    "paywall",
    "read_also",
    "list_header",
    "share",
    "photo_credit",
    "sponsored",
    "ad_label",
    "listen",
    "feedback",
    "comments",
    "tags",
    "login",
    "print",
    "copyright",
    "cookie",
    "breadcrumb",
    "author_bio",
    "error_report",
    "next_article",
]

BASELINE_KEYWORDS = [
    "newsletter",
    "subscribe",
    "subscriber",
    "sign up",
    "download",
    "app",
    "follow",
    "share",
    "advertisement",
    "sponsored",
    "promoted",
    "read more",
    "read also",
    "related",
    "most read",
    "photo",
    "listen",
    "audio",
    "comment",
    "tags",
    "log in",
    "sign in",
    "register",
    "print",
    "copyright",
    "all rights reserved",
    "cookie",
    "home",
    "next",
    "previous",
]
_BASELINE_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(k) for k in BASELINE_KEYWORDS) + r")(?!\w)",
    re.IGNORECASE,
)


def baseline(text: str) -> bool:
    return _BASELINE_RE.search(text) is not None


def load_checkers() -> list[tuple[str, Callable[[str], object]]]:
    sys.path.insert(0, str(HERE.parents[2]))
    from crawler.clutter.phrases import is_boilerplate, is_inline_cue, is_section_cue
    from crawler.clutter.player import is_player_chrome

    return [
        ("is_boilerplate", is_boilerplate),
        ("is_section_cue", is_section_cue),
        ("is_inline_cue", is_inline_cue),
        ("is_player_chrome", is_player_chrome),
    ]


def load_rows(split: str) -> list[dict[str, str]]:
    rows = []
    for path in sorted(LINES.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row["split"] == split:
                    rows.append(row)
    return rows


def caught_by(text: str, checkers: list[tuple[str, Callable[[str], object]]]) -> list[str]:
    hits = []
    for name, fn in checkers:
        try:
            if fn(text):
                hits.append(name)
        except Exception as exc:  # a crash is reported, not counted as a catch
            print(f"  ! {name} raised {type(exc).__name__} on {text!r}", file=sys.stderr)
    return hits


def pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:5.1f}%" if d else "    -"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "heldback"], default="dev")
    ap.add_argument("--show", action="store_true", help="list misses and false positives (dev)")
    ap.add_argument("--overall", action="store_true", help="print the overall table only")
    args = ap.parse_args()
    if args.show and args.split != "dev":
        print("--show is refused for the heldback split: do not look at held-back misses.")
        return 2

    checkers = load_checkers()
    rows = load_rows(args.split)
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # lines, caught, baseline
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # cl, caught, prose, fp
    misses: list[dict[str, str]] = []
    false_pos: list[tuple[dict[str, str], list[str]]] = []
    for row in rows:
        text = row["text"].strip()
        hits = caught_by(text, checkers)
        kind, lang = row["kind"], row["lang"]
        k = by_kind[kind]
        k[0] += 1
        k[1] += bool(hits)
        k[2] += baseline(text)
        g = by_lang[lang]
        if kind == "prose":
            g[2] += 1
            g[3] += bool(hits)
            if hits:
                false_pos.append((row, hits))
        else:
            g[0] += 1
            g[1] += bool(hits)
            if not hits:
                misses.append(row)

    clutter = [by_kind[k] for k in KINDS if k in by_kind]
    n_cl = sum(k[0] for k in clutter)
    c_cl = sum(k[1] for k in clutter)
    b_cl = sum(k[2] for k in clutter)
    prose = by_kind.get("prose", [0, 0, 0])

    if not args.overall:
        print(f"split={args.split}\n")
        print(f"{'kind':<14}{'lines':>6}{'caught':>9}{'keywords':>10}{'ratio':>8}")
        for kind in [*KINDS, "prose"]:
            if kind not in by_kind:
                continue
            n, c, b = by_kind[kind]
            ratio = f"{c / b:6.2f}x" if b else "     -"
            label = "prose (FP)" if kind == "prose" else kind
            print(f"{label:<14}{n:>6}{pct(c, n):>9}{pct(b, n):>10}{ratio:>8}")
        print(f"\n{'lang':<8}{'clutter':>8}{'caught':>9}{'prose':>7}{'FP':>8}")
        for lang in sorted(by_lang):
            nc, cc, npr, fp = by_lang[lang]
            print(f"{lang:<8}{nc:>8}{pct(cc, nc):>9}{npr:>7}{pct(fp, npr):>8}")
        print()

    print(
        f"overall ({args.split}): {len(by_lang)} languages, {n_cl} clutter lines, {prose[0]} prose"
    )
    print(f"{'':<26}{'cue functions':>14}{'keyword baseline':>18}")
    print(f"{'clutter caught':<26}{pct(c_cl, n_cl):>14}{pct(b_cl, n_cl):>18}")
    print(
        f"{'prose false positives':<26}{pct(prose[1], prose[0]):>14}{pct(prose[2], prose[0]):>18}"
    )

    if args.show:
        print("\nMISSES (clutter not caught):")
        for row in misses:
            print(f"  [{row['lang']}/{row['kind']}] {row['text']}")
        print("\nFALSE POSITIVES (prose caught):")
        for row, hits in false_pos:
            print(f"  [{row['lang']}] {','.join(hits)}: {row['text']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
