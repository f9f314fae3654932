"""Generate long_blind7: 48 long news-article pages (16 layouts x 3 languages) with labels.

Deterministic: every choice comes from ``random.Random`` seeded with the string
``long_blind7/<layout>/<story id>`` (no ``hash()``). Self-checks per page: no clutter probe
(whole text, or its first 40 characters) occurs in a body line or the title (a short line of at
most 25 characters that does becomes neutral, a longer one is an error; a probe found in a
neutral line makes the clutter line neutral), and every clutter, body and neutral line occurs in
the page text (lxml ``text_content``, whitespace removed), hover-fused body lines excepted.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lxml.html  # noqa: E402
from blocks import Page  # noqa: E402
from layouts_a import DEV  # noqa: E402
from layouts_b import HELD  # noqa: E402

DEV_LANGS = ["tr", "uk", "ro", "cs", "sv", "el", "id", "vi", "sw", "ca", "ko"]
HELD_LANGS = ["bg", "sr", "ja", "hi", "sk"]
GENERATION = {
    "cms2013": 2013,
    "tabloid2017": 2017,
    "localtv2019": 2019,
    "amp2018": 2018,
    "print2014": 2014,
    "readermode2022": 2022,
    "agency2016": 2016,
    "cityhall2021": 2021,
    "magpages2015": 2015,
    "thumbrail2023": 2023,
    "hugo2020": 2020,
    "gutenberg2021": 2021,
    "drupal2012": 2012,
    "portal2016": 2016,
    "liverecap2024": 2024,
    "aggregator2019": 2019,
}


def key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def probe(text: str) -> str:
    k = key(text)
    return key(text[:40]) if len(text) > 40 else k


def check(pg: Page, page_html: str) -> None:
    body = pg.body_lines()
    bodykeys = [key(b) for b in body] + [key(pg.title)]
    neutralkeys = [key(n) for n in pg.neutral]
    keep_c, keep_k = [], []
    for text, kind in zip(pg.clutter, pg.kinds, strict=True):
        pr = probe(text)
        if any(pr in b for b in bodykeys):
            if len(text) > 25:
                raise SystemExit(f"{pg.layout}/{pg.lang}: clutter probe in body: {text!r}")
            pg.n(text)
            continue
        if any(pr in n for n in neutralkeys):
            pg.n(text)
            continue
        keep_c.append(text)
        keep_k.append(kind)
    pg.clutter, pg.kinds = keep_c, keep_k
    page_text = key(lxml.html.fromstring(page_html.encode("utf-8")).text_content())
    for line in [*pg.clutter, *pg.neutral, *body]:
        if line in pg.hover_lines:
            continue
        if key(line) not in page_text:
            raise SystemExit(f"{pg.layout}/{pg.lang}: line not in page text: {line!r}")


def main() -> None:
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*"):
        old.unlink()
    plan = []
    for r in range(3):
        for i, lang in enumerate(DEV_LANGS):
            plan.append((DEV[(i + 4 * r) % 11], lang, "dev"))
    for r in range(3):
        for i, lang in enumerate(HELD_LANGS):
            plan.append((HELD[(i + 2 * r) % 5], lang, "heldback"))
    for num, (fn, lang, split) in enumerate(plan, 1):
        pg = Page(lang, fn.__name__, split)
        page_html = fn(pg)
        check(pg, page_html)
        story = pg.story
        name = f"{num:03d}_{fn.__name__}_{lang}-{story['id']}"
        label = {
            "layout": fn.__name__,
            "generation": GENERATION[fn.__name__],
            "lang": lang,
            "article": story["id"],
            "topic": story["topic"],
            "split": split,
            "title": pg.title,
            "body": pg.body_lines(),
            "subheads": pg.subheads(),
            "hover_lines": pg.hover_lines,
            "clutter": pg.clutter,
            "clutter_kinds": pg.kinds,
            "neutral": pg.neutral,
        }
        (out / f"{name}.html").write_text(page_html, encoding="utf-8")
        (out / f"{name}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(plan)} pages to {out}")


if __name__ == "__main__":
    main()
