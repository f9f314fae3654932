"""Generate the long_blind6 corpus: 48 long news pages (16 layouts x 3 languages) with labels.

Every choice comes from random.Random seeded with 'long_blind6/<layout>/<story id>' (no hash()).
Per page it checks that no clutter probe (whole text, or its first 40 characters) occurs in a body
line or in the title (a short line, <= 25 characters, that does is recorded as neutral instead; a
longer one is an error) and that every clutter, body and neutral line occurs in the page text (lxml
text_content, whitespace removed; a sentence fused with a hover card is exempt: hover_lines).
Running it twice gives identical files.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import lxml.html

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import layouts_a as la  # noqa: E402
import layouts_b as lb  # noqa: E402
import layouts_c as lc  # noqa: E402
from blocks import Ctx  # noqa: E402
from stories_a import STORIES as SA  # noqa: E402
from stories_b import STORIES as SB  # noqa: E402
from stories_c import STORIES as SC  # noqa: E402
from stories_d import STORIES as SD  # noqa: E402
from stories_more import MORE, MORE2  # noqa: E402

DEV_LAYOUTS = [
    la.weekly2011,
    la.longread2019,
    la.broadcast2022,
    la.wire2016,
    la.pressroom2018,
    la.newsletter2023,
    lb.campus2015,
    lb.factcheck2020,
    lb.epaper2012,
    lb.tgmirror2021,
    lb.infinite2024,
]
HELD_LAYOUTS = [lc.adsplit2020, lc.phpportal2003, lc.ngonews2017, lc.podcast2021, lc.gazette2008]


def with_more(s: dict) -> dict:
    blocks = list(s["blocks"])
    at = next(i for i, b in enumerate(blocks) if b.startswith("## "))
    return {
        **s,
        "blocks": blocks[:at]
        + MORE[s["lang"]]
        + blocks[at:-2]
        + MORE2.get(s["lang"], [])
        + blocks[-2:],
    }


STORIES = {s["lang"]: with_more(s) for s in SA + SB + SC + SD}
DEV_LANGS = ["de", "es", "pt", "pl", "no", "ru", "ar", "zh", "en", "fr", "it"]
HELD_LANGS = ["nl", "da", "fi", "hu", "he"]


def key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def probe(text: str) -> str:
    return key(text[:40]) if len(text) > 40 else key(text)


def build(fn, story: dict, split: str) -> tuple[str, dict]:
    layout = fn.__name__
    x = Ctx(f"long_blind6/{layout}/{story['id']}", story)
    page = fn(x)
    body = x.body_lines()
    bkeys = [key(b) for b in body] + [key(story["title"])]
    clutter, kinds, neutral = [], [], list(x.neutral)
    for line, kind in zip(x.clutter, x.kinds, strict=True):
        if any(probe(line) in b for b in bkeys):
            if len(line) > 25:
                raise ValueError(f"{layout}/{story['id']}: clutter probe in body: {line}")
            neutral.append(line)
            continue
        clutter.append(line)
        kinds.append(kind)
    text = key(lxml.html.fromstring(page.encode()).text_content())
    for line in clutter + neutral + [story["title"]]:
        if key(line) not in text:
            raise ValueError(f"{layout}/{story['id']}: not in page: {line}")
    for line in body:
        if line not in x.hover_lines and key(line) not in text:
            raise ValueError(f"{layout}/{story['id']}: body line not in page: {line}")
    subheads = [b[3:] for b in story["blocks"] if b.startswith("## ")]
    label = {
        "layout": layout,
        "generation": int(re.sub(r"\D", "", layout)[-4:]),
        "lang": story["lang"],
        "article": story["id"],
        "topic": story["topic"],
        "split": split,
        "title": story["title"],
        "body": body,
        "subheads": subheads,
        "hover_lines": x.hover_lines,
        "clutter": clutter,
        "clutter_kinds": kinds,
        "neutral": neutral,
    }
    return page, label


def plan() -> list[tuple]:
    out = []
    for r in range(3):
        for i, lang in enumerate(DEV_LANGS):
            out.append((DEV_LAYOUTS[(i + 4 * r) % 11], STORIES[lang], "dev"))
        for i, lang in enumerate(HELD_LANGS):
            out.append((HELD_LAYOUTS[(i + 2 * r) % 5], STORIES[lang], "heldback"))
    return out


def main() -> None:
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    for old in pages.iterdir():
        old.unlink()
    for n, (fn, story, split) in enumerate(plan()):
        page, label = build(fn, story, split)
        stem = f"{n:03d}_{fn.__name__}_{story['id']}"
        (pages / f"{stem}.html").write_text(page, encoding="utf-8")
        (pages / f"{stem}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"wrote {n + 1} pages")


if __name__ == "__main__":
    main()
