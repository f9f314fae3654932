"""Render the blind brief corpus: python tests/data/briefs_blind/make_pages.py (deterministic).

Every brief is rendered twice: once with a clutter layout and once with a second clutter
layout or, for the control briefs, a control page without clutter. See README.md.
"""

from __future__ import annotations

import json
import random
import re
import sys
import tomllib
from dataclasses import replace
from html import escape
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from blocks import AUTHORS, BLOCKS, UI, Item  # noqa: E402
from shells import SHELLS, Parts, jsonld  # noqa: E402

OUT = HERE / "pages"

# layout -> (shell, clutter block, where the block goes, JSON-LD: "", "meta" or "body")
CLUTTER_LAYOUTS: dict[str, tuple[str, str, str, str]] = {
    "seed_pairs": ("html5", "seed_pairs", "after_body", ""),
    "seed_flat": ("wordpress", "seed_flat", "in_body", "meta"),
    "inline_strong": ("wordpress", "inline_strong", "in_body", "meta"),
    "rail_most_read": ("html5", "rail_most_read", "after_article", "body"),
    "heading_dek": ("div_soup", "heading_dek", "after_article", "body"),
    "cards": ("html5", "cards", "after_article", ""),
    "p_links": ("wordpress", "p_links", "in_body", ""),
    "ul_dash": ("div_soup", "ul_dash", "after_body", "meta"),
    "table_rows": ("table_old", "table_rows", "in_body", ""),
    "amp_related": ("amp", "amp_related", "after_article", "meta"),
    "numbered_divs": ("div_soup", "div_soup", "after_article", ""),
    "dl_list": ("html5", "dl_list", "after_body", "meta"),
}
CONTROL_SHELLS = ["html5", "wordpress", "div_soup", "table_old", "amp"]
CONTROL_BRIEFS = [
    "en-visa-backlog",
    "en-library-funding",
    "de-einbuergerung-wartezeit",
    "fr-centre-retention",
    "es-salvamento",
    "it-ponte-chiuso",
    "pt-seca-barragens",
    "nl-gezinshereniging",
    "sv-arbetstillstand",
    "no-asyl-mottak",
]


def load() -> tuple[list[dict[str, Any]], dict[str, list[Item]]]:
    briefs = tomllib.loads((HERE / "briefs.toml").read_text("utf-8"))["brief"]
    raw = tomllib.loads((HERE / "items.toml").read_text("utf-8"))["items"]
    items = {lang: [Item(*row) for row in rows] for lang, rows in raw.items()}
    return briefs, items


def render_extra(extra: dict[str, Any], shell: str) -> tuple[str, list[str]]:
    """Article content that is not a paragraph: a bullet list, a quote or a fact box."""
    kind = extra["kind"]
    if kind == "bullets":
        lis = "".join(f"<li>{escape(x)}</li>" for x in extra["items"])
        return f"<p>{escape(extra['lead'])}</p><ul>{lis}</ul>", [extra["lead"], *extra["items"]]
    if kind == "quote":
        html = (
            f'<blockquote class="quote"><p>“{escape(extra["text"])}”</p>'
            f"<cite>— {escape(extra['by'])}</cite></blockquote>"
        )
        return html, [extra["text"], extra["by"]]
    head, rows = extra["head"], extra["items"]
    if shell == "table_old":
        cells = "<br>".join(escape(x) for x in rows)
        html = f'<table border="1" bgcolor="#ffffcc" cellpadding="4"><tr><td><b>{escape(head)}</b><br>{cells}</td></tr></table>'
    else:
        tag = "aside" if shell in ("html5", "amp") else "div"
        lis = "".join(f"<li>{escape(x)}</li>" for x in rows)
        html = f'<{tag} class="factbox"><h3>{escape(head)}</h3><ul>{lis}</ul></{tag}>'
    return html, [head, *rows]


def body_html(brief: dict[str, Any], shell: str) -> tuple[str, list[str]]:
    paras = list(brief["paras"])
    parts = [f"<p>{escape(p)}</p>" for p in paras]
    lines = list(paras)
    extra = brief.get("extra")
    if extra:
        html, extra_lines = render_extra(extra, shell)
        at = len(paras) - 1 if extra["kind"] == "quote" else len(paras)
        parts.insert(at, html)
        lines[at:at] = extra_lines
    return "".join(parts), lines


def page(
    brief: dict[str, Any], layout: str, items: list[Item], variant: int, draw: int = 0
) -> tuple[str, dict[str, Any]]:
    """Variant 1 (every second page of a layout) puts the block in the body container, classless."""
    rng = random.Random(f"{brief['id']}/{layout}" + (f"/{draw}" if draw else ""))
    lang = brief["lang"]
    if layout.startswith("control_"):
        shell, block, place, ld = layout.removeprefix("control_"), "", "after_article", "meta"
    else:
        shell, block, place, ld = CLUTTER_LAYOUTS[layout]
    body, body_lines = body_html(brief, shell)
    clutter, clutter_lines = "", list[str]()
    if block:
        chosen = rng.sample(items, rng.randint(6, min(10, len(items))))
        clutter, clutter_lines = BLOCKS[block](chosen, lang, rng)
        if variant % 2:
            place, clutter = "in_body", re.sub(r' class="[^"]*"', "", clutter)
    byline = f"{UI[lang]['by']} {rng.choice(AUTHORS)}"
    date = f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T0{rng.randint(6, 9)}:30:00+01:00"
    parts = Parts(lang, brief["title"], byline, date, body, clutter, place, "")
    if ld:
        article_body = "\n".join(brief["paras"]) if ld == "body" else None
        parts = replace(parts, jsonld=jsonld(parts, article_body))
    label = {
        "layout": layout,
        "kind": "control" if not block else "short",
        "lang": lang,
        "shell": shell,
        "place": place if block else "",
        "jsonld": ld,
        "classes": "none" if block and variant % 2 else "named",
        "title": brief["title"],
        "body": body_lines,
        "extra": [line for line in body_lines if line not in brief["paras"]],
        "clutter": clutter_lines,
    }
    return SHELLS[shell](parts), label


def plan(briefs: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, int]]:
    """Two pages per brief; clutter layouts taken in turn, controls for the control briefs.

    The third value counts earlier pages of the same layout (it picks the variant)."""
    names = list(CLUTTER_LAYOUTS)
    out: list[tuple[dict[str, Any], str, int]] = []
    seen: dict[str, int] = {}
    turn = 0
    for brief in briefs:
        second = ""
        if brief["id"] in CONTROL_BRIEFS:
            done = sum(v for k, v in seen.items() if k.startswith("control_"))
            second = "control_" + CONTROL_SHELLS[done % len(CONTROL_SHELLS)]
        for layout in (names[turn % len(names)], second or names[(turn + 1) % len(names)]):
            out.append((brief, layout, seen.get(layout, 0)))
            seen[layout] = seen.get(layout, 0) + 1
        turn += 1 if second else 2
    return out


def render(draw: int = 0) -> list[tuple[str, str, dict[str, Any]]]:
    """(stem, html, label) for every page; draw 0 is the committed corpus, others redraw the
    items, their order and cuts, bylines and dates (same briefs, layouts and variants)."""
    briefs, items = load()
    out = []
    for n, (brief, layout, variant) in enumerate(plan(briefs)):
        html, label = page(brief, layout, items[brief["lang"]], variant, draw)
        out.append((f"{n:03d}_{layout}_{brief['id']}", html, label))
    return out


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    pages = render()
    for stem, html, label in pages:
        (OUT / f"{stem}.html").write_text(html, "utf-8")
        text = json.dumps(label, ensure_ascii=False, indent=1) + "\n"
        (OUT / f"{stem}.json").write_text(text, "utf-8")
    print(f"{len(pages)} pages in {OUT}")


if __name__ == "__main__":
    main()
