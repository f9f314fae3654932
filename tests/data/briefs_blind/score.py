"""Score newsagg against bare trafilatura on the blind brief corpus.

Run from the repository root: python tests/data/briefs_blind/score.py [--draws N] [--json FILE]

body recall = share of body lines found in the output (whitespace-normalised substring);
leak = share of clutter lines found in the output. A clutter line also counts as leaked when only
its first 40 characters are found (a cleaner that trims a teaser's cut word still leaks it).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench.extraction import bare_text, newsagg_text  # noqa: E402

PREFIX = 40
Extractor = Callable[[bytes], str]


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def leaked(line: str, out: str) -> bool:
    line = norm(line)
    return line in out or (len(line) > PREFIX and line[:PREFIX] in out)


def score_page(html: bytes, label: dict[str, Any], extract: Extractor) -> dict[str, Any]:
    out = norm(extract(html))
    lost = [b for b in label["body"] if norm(b) not in out]
    leaks = [c for c in label["clutter"] if leaked(c, out)]
    return {
        "body": len(label["body"]),
        "lost": lost,
        "paras": len(label["body"]) - len(label.get("extra", [])),
        "lost_paras": [b for b in lost if b not in label.get("extra", [])],
        "clutter": len(label["clutter"]),
        "leaks": leaks,
        "title_first": out.startswith(norm(label["title"])),
        "body_chars": sum(len(b) for b in label["body"]),
        "clutter_chars": sum(len(c) for c in label["clutter"]),
    }


def committed() -> list[tuple[str, bytes, dict[str, Any]]]:
    pages = []
    for path in sorted((HERE / "pages").glob("*.json")):
        label = json.loads(path.read_text("utf-8"))
        pages.append((path.stem, path.with_suffix(".html").read_bytes(), label))
    return pages


def redrawn(draws: int) -> list[tuple[str, bytes, dict[str, Any]]]:
    from make_pages import render

    return [
        (f"{stem}#{d}", html.encode("utf-8"), label)
        for d in range(1, draws + 1)
        for stem, html, label in render(d)
    ]


def run(draws: int = 0) -> list[dict[str, Any]]:
    rows = []
    for stem, html, label in redrawn(draws) if draws else committed():
        row = {k: label.get(k, "") for k in ("layout", "kind", "lang", "shell", "place", "classes")}
        row["page"] = stem
        row["newsagg"] = score_page(html, label, newsagg_text)
        row["bare"] = score_page(html, label, bare_text)
        rows.append(row)
    return rows


def recall(rows: list[dict[str, Any]], tool: str, total: str, lost: str) -> str:
    n = sum(r[tool][total] for r in rows)
    return f"{1 - sum(len(r[tool][lost]) for r in rows) / n:.3f}"


def totals(rows: list[dict[str, Any]], tool: str) -> tuple[str, str, int, int]:
    clutter = sum(r[tool]["clutter"] for r in rows)
    leaks = sum(len(r[tool]["leaks"]) for r in rows)
    leak = f"{leaks / clutter:.1%}" if clutter else "-"
    dirty = sum(1 for r in rows if r[tool]["leaks"] or r[tool]["lost"])
    return (
        leak,
        recall(rows, tool, "body", "lost"),
        dirty,
        sum(1 for r in rows if r[tool]["title_first"]),
    )


def groups(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Per layout (clutter, then controls), per placement and class naming, per language, totals."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    short = [r for r in rows if r["kind"] == "short"]
    for r in sorted(short, key=lambda r: r["layout"]):
        out[r["layout"]].append(r)
    for r in sorted((r for r in rows if r["kind"] == "control"), key=lambda r: r["layout"]):
        out[r["layout"]].append(r)
    for r in sorted(short, key=lambda r: (r["place"], r["classes"])):
        out[f"clutter {r['place']}, classes {r['classes']}"].append(r)
    for r in sorted(rows, key=lambda r: r["lang"]):
        out[f"lang {r['lang']}"].append(r)
    out["ALL short (clutter)"] = short
    out["ALL control"] = [r for r in rows if r["kind"] == "control"]
    out["ALL pages"] = rows
    return out


def table(rows: list[dict[str, Any]]) -> list[str]:
    head = "| group | pages | clutter lines | leak newsagg | leak bare | recall newsagg | recall bare | paragraph recall newsagg / bare | pages failing newsagg / bare | title first newsagg / bare |"
    out = [head, "|" + "---|" * 10]
    for name, group in groups(rows).items():
        n_leak, n_rec, n_dirty, n_title = totals(group, "newsagg")
        b_leak, b_rec, b_dirty, b_title = totals(group, "bare")
        lines = sum(r["newsagg"]["clutter"] for r in group)
        out.append(
            f"| {name} | {len(group)} | {lines} | {n_leak} | {b_leak} | {n_rec} | {b_rec} "
            f"| {recall(group, 'newsagg', 'paras', 'lost_paras')} / {recall(group, 'bare', 'paras', 'lost_paras')} "
            f"| {n_dirty} / {b_dirty} | {n_title} / {b_title} |"
        )
    return out


def failures(rows: list[dict[str, Any]], tool: str) -> list[str]:
    """Pages where `tool` leaks or loses lines; each line says what the other extractor did."""
    other = "bare" if tool == "newsagg" else "newsagg"
    out = []
    for r in rows:
        res, alt = r[tool], r[other]
        if not (res["leaks"] or res["lost"]):
            continue
        out.append(
            f"- {r['page']} ({r['place'] or 'control'}, classes {r['classes']}, body {res['body_chars']} chars, clutter {res['clutter_chars']}): leaks {len(res['leaks'])}/{res['clutter']}, lost {len(res['lost'])}/{res['body']}"
        )
        out += [
            f"    LEAK {line[:100]}{'' if line in alt['leaks'] else f'  [{other} clean]'}"
            for line in res["leaks"]
        ]
        out += [
            f"    LOST {line[:100]}{'' if line in alt['lost'] else f'  [{other} kept it]'}"
            for line in res["lost"]
        ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the per-page results here")
    parser.add_argument("--bare-failures", action="store_true", help="list bare trafilatura's too")
    parser.add_argument(
        "--draws",
        type=int,
        default=0,
        help="score N in-memory redraws instead of pages/ (variance)",
    )
    args = parser.parse_args(argv)
    rows = run(args.draws)
    print("\n".join(table(rows)))
    print("\nnewsagg failures (leaked clutter lines / lost body lines):")
    print("\n".join(failures(rows, "newsagg")) or "none")
    if args.bare_failures:
        print("\nbare trafilatura failures:")
        print("\n".join(failures(rows, "bare")) or "none")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
