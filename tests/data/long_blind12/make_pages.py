"""Generate the long_blind12 corpus: 16 modern (2017-2026) page layouts x 3 languages.

Deterministic: every page's random.Random is seeded with the string
"long_blind12/<layout>/<article id>" (no hash()). Checks, per page, that no clutter probe
(whole text or first 40 characters) occurs in a body line or the title, and that every clutter
and body line (hover lines exempt) occurs in the page's lxml text_content, whitespace removed.
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
from kit import Ctx  # noqa: E402
from layouts_a import (  # noqa: E402
    amp_story,
    ghost_members,
    jamstack_gatsby,
    liveblog_pinned,
    medium_like,
    next_cssmod,
)
from layouts_b import (  # noqa: E402
    broadcaster_video,
    headless_cards,
    metered_piano,
    regional_group,
    spa_testid,
)
from layouts_c import (  # noqa: E402
    astro_islands,
    gallery_heavy,
    mobile_sticky,
    substack_web,
    wire_portal,
)

DEV = [
    ("next_cssmod", 2021, next_cssmod),
    ("amp_story", 2018, amp_story),
    ("ghost_members", 2022, ghost_members),
    ("medium_like", 2019, medium_like),
    ("jamstack_gatsby", 2020, jamstack_gatsby),
    ("liveblog_pinned", 2023, liveblog_pinned),
    ("broadcaster_video", 2024, broadcaster_video),
    ("regional_group", 2017, regional_group),
    ("metered_piano", 2025, metered_piano),
    ("headless_cards", 2026, headless_cards),
    ("spa_testid", 2024, spa_testid),
]
HELD = [
    ("gallery_heavy", 2019, gallery_heavy),
    ("wire_portal", 2021, wire_portal),
    ("mobile_sticky", 2023, mobile_sticky),
    ("substack_web", 2022, substack_web),
    ("astro_islands", 2025, astro_islands),
]
DEV_LANGS = ["en", "es", "fr", "de", "it", "pt", "nl", "pl", "ru", "ar", "zh"]
HELD_LANGS = ["uk", "tr", "ko", "sv", "id"]
ARTS = {a["lang"]: a for a in ARTICLES_A + ARTICLES_B}


def key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def probe(text: str) -> str:
    return key(text[:40]) if len(text) > 40 else key(text)


def strip(line: str) -> str:
    return line[2:] if line[:2] in ("H:", "L:", "Q:") else line


def build(art: dict, layout: str, year: int, fn, split: str) -> tuple[str, dict]:
    import random

    hover = random.Random(f"long_blind12/hover/{layout}/{art['id']}").random() < 0.6
    x = Ctx(art, layout, hover)
    page = fn(x)
    body = [strip(ln) for ln in art["lines"]]
    hover_lines = [body[1]] if x.hover else []
    label = {
        "layout": layout,
        "generation": year,
        "lang": art["lang"],
        "article": art["id"],
        "topic": art["topic"],
        "split": split,
        "title": art["title"],
        "body": body,
        "subheads": [ln[2:] for ln in art["lines"] if ln.startswith("H:")],
        "hover_lines": hover_lines,
        "clutter": x.clutter,
        "clutter_kinds": x.kinds,
        "neutral": x.neutral,
    }
    check(page, label)
    return page, label


def check(page: str, label: dict) -> None:
    text = key(lxml.html.fromstring(page.encode("utf-8")).text_content())
    bodykeys = [key(b) for b in label["body"]] + [key(label["title"])]
    where = f"{label['layout']}/{label['article']}"
    for c in label["clutter"]:
        p = probe(c)
        assert p, where
        bad = [b for b in bodykeys if p in b or key(c) in b]
        assert not bad, f"{where}: clutter {c!r} occurs in body/title"
        assert key(c) in text, f"{where}: clutter {c!r} not in page text"
    for b in label["body"]:
        if b not in label["hover_lines"]:
            assert key(b) in text, f"{where}: body line {b[:50]!r} not in page text"


def main() -> None:
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*"):
        old.unlink()
    n = 0
    for layouts, langs, split, step in (
        (DEV, DEV_LANGS, "dev", 4),
        (HELD, HELD_LANGS, "heldback", 2),
    ):
        for r in range(3):
            for i, lang in enumerate(langs):
                name, year, fn = layouts[(i + step * r) % len(layouts)]
                art = ARTS[lang]
                page, label = build(art, name, year, fn, split)
                stem = f"{n:03d}_{name}_{art['id']}"
                (out / f"{stem}.html").write_text(page, encoding="utf-8")
                (out / f"{stem}.json").write_text(
                    json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                )
                n += 1
    print(f"wrote {n} pages")


if __name__ == "__main__":
    main()
