"""Generate the long_blind corpus: long articles in publisher layouts of many generations.

Deterministic: every choice comes from random.Random seeded with a string (no hash()).
Checks, per page: no clutter probe occurs in the body text or the title; every body line and
every clutter probe occurs in the page's full text (lxml text_content; a body line fused with
a hover card is exempt and listed in ``hover_lines``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lxml.html  # noqa: E402
from articles_a import ARTICLES_A  # noqa: E402
from articles_b import ARTICLES_B  # noqa: E402
from articles_c import ARTICLES_C  # noqa: E402
from chrome_a import PACKS_A  # noqa: E402
from chrome_b import PACKS_B  # noqa: E402
from layouts_a import LAYOUTS_A  # noqa: E402
from layouts_b import LAYOUTS_B  # noqa: E402
from pagekit import NAME, Page, plain  # noqa: E402

ARTICLES = {str(a["lang"]): a for a in ARTICLES_A + ARTICLES_B + ARTICLES_C}
PACKS = {**PACKS_A, **PACKS_B}
LAYOUTS = {**LAYOUTS_A, **LAYOUTS_B}

# The split: whole layouts and whole languages are held back, so no held-back page shares
# its template or its language (cue phrases, chrome) with a dev page.
DEV_LAYOUTS = [
    "table1998",
    "phpnuke2004",
    "drupal6",
    "mobile2013",
    "bootstrap2015",
    "drupal8",
    "arc2020",
    "nextjs2022",
]
HELD_LAYOUTS = [
    "font2001",
    "wp2009",
    "joomla2012",
    "seedstyle2016",
    "wp2017",
    "amp2019",
    "ghost2021",
    "liveupdate2023",
    "react2024",
]
DEV_LANGS = ["en", "fr", "it", "nl", "sv", "da", "tr", "ja"]
HELD_LANGS = ["de", "es", "pt", "pl", "no", "ru", "ar", "zh"]
PER_LAYOUT = 4


def key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def plan() -> list[tuple[str, str, str]]:
    """(split, layout, lang) for every page: layout i takes languages i, i+2, i+4, i+6 (mod 8)."""
    out = []
    for split, layouts, langs in (
        ("dev", DEV_LAYOUTS, DEV_LANGS),
        ("heldback", HELD_LAYOUTS, HELD_LANGS),
    ):
        for i, layout in enumerate(layouts):
            for k in range(PER_LAYOUT):
                out.append((split, layout, langs[(i + 2 * k) % len(langs)]))
    return out


def build(split: str, layout: str, lang: str) -> tuple[str, dict[str, object]]:
    art = ARTICLES[lang]
    page = Page(art, PACKS[lang], f"long_blind/{layout}/{art['id']}")
    year, render = LAYOUTS[layout]
    html = render(page)
    paras = [plain(str(x)) for x in art["paras"]]  # type: ignore[attr-defined]
    subheads = [str(v) for _, v in sorted(page.subheads.items())]
    body = []
    for i, text in enumerate(paras):
        if i in page.subheads:
            body.append(page.subheads[i])
        body.append(text)
    hover = (
        [plain(str(x)) for x in art["paras"] if NAME.search(str(x))]
        if 'class="hovercard"' in html
        else []
    )  # type: ignore[attr-defined]
    label: dict[str, object] = {
        "layout": layout,
        "generation": year,
        "lang": lang,
        "article": art["id"],
        "split": split,
        "title": page.title,
        "body": body,
        "subheads": subheads,
        "hover_lines": hover,
        "clutter": [t for _, t in page.probes],
        "clutter_kinds": [k for k, _ in page.probes],
        "neutral": page.neutral,
    }
    check(html, label)
    return html, label


def check(html: str, label: dict[str, object]) -> None:
    body = [str(x) for x in label["body"]]  # type: ignore[attr-defined]
    body_key = key("\n".join(body))
    title_key = key(str(label["title"]))
    tree = lxml.html.fromstring(html.encode("utf-8"))
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    full = key(tree.text_content())
    where = f"{label['layout']}/{label['lang']}"
    for probe in label["clutter"]:  # type: ignore[attr-defined]
        pk = key(str(probe))
        if not pk or pk in body_key or pk in title_key:
            raise SystemExit(f"{where}: clutter probe occurs in body or title: {probe!r}")
        if pk not in full:
            raise SystemExit(f"{where}: clutter probe not on the page: {probe!r}")
    for line in body:
        if key(line) not in full and line not in label["hover_lines"]:  # type: ignore[operator]
            raise SystemExit(f"{where}: body line not on the page: {line[:60]!r}")


def main() -> None:
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    for n, (split, layout, lang) in enumerate(plan(), 1):
        html, label = build(split, layout, lang)
        stem = f"{n:03d}_{layout}_{lang}-{label['article']}"
        (out / f"{stem}.html").write_text(html, encoding="utf-8")
        (out / f"{stem}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"wrote {n} pages to {out}")


if __name__ == "__main__":
    main()
