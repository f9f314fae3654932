"""Generate the long_blind4 pages and labels (deterministic; run from anywhere).

Every choice comes from random.Random seeded with 'long_blind4/<layout>/<story id>'. Per page it
checks that no clutter probe (whole text, or its first 40 characters) occurs in a body line or in
the title (short lines that do, such as a tag that is a body word, become neutral; a long one is
an error) and that every clutter, body and neutral line occurs in the page text (lxml
text_content, whitespace removed; a sentence fused with a hover card is exempt and listed in
hover_lines).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lxml.html  # noqa: E402
from blocks import CJK, Page, parse_chrome  # noqa: E402
from chrome_a import CHROME_A  # noqa: E402
from chrome_b import CHROME_B  # noqa: E402
from chrome_c import CHROME_C  # noqa: E402
from chrome_d import CHROME_D  # noqa: E402
from extras_a import MORE_A  # noqa: E402
from extras_b import MORE_B  # noqa: E402
from extras_c import APPEND  # noqa: E402
from layouts_a import LAYOUTS_A  # noqa: E402
from layouts_b import LAYOUTS_B  # noqa: E402
from layouts_c import LAYOUTS_C  # noqa: E402
from layouts_d import LAYOUTS_D  # noqa: E402
from layouts_e import LAYOUTS_E  # noqa: E402
from stories_a import STORIES_A  # noqa: E402
from stories_b import STORIES_B  # noqa: E402
from stories_c import STORIES_C  # noqa: E402
from stories_d import STORIES_D  # noqa: E402

STORIES = {s["lang"]: s for s in STORIES_A + STORIES_B + STORIES_C + STORIES_D}
CHROME = {
    k: parse_chrome(v) for d in (CHROME_A, CHROME_B, CHROME_C, CHROME_D) for k, v in d.items()
}
MORE = {**MORE_A, **MORE_B}
LAYOUTS = {**LAYOUTS_A, **LAYOUTS_B, **LAYOUTS_C, **LAYOUTS_D, **LAYOUTS_E}
SPLITS = {
    "dev": (
        ["de", "es", "pt", "pl", "ru", "ar", "zh", "en", "fr", "tr", "nl"],
        [*LAYOUTS_A, *LAYOUTS_B, *LAYOUTS_C],
        4,
    ),
    "heldback": (["no", "uk", "fa", "it", "ko"], [*LAYOUTS_D, *LAYOUTS_E], 2),
}
HOVER_LAYOUTS = {
    "wpmagazine2016",
    "bitrix2018",
    "squarespace2019",
    "medium2018",
    "drupal2023",
    "wpblock2024",
}


def key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def probe(text: str) -> str:
    return key(text[:40]) if len(text) > 40 else key(text)


def body_lines(art: dict) -> list[str]:
    before, tail = MORE[art["id"]]
    body = list(art["body"])
    at = next(i for i, b in enumerate(body) if b.startswith("## "))
    body = body[:at] + before + body[at:]
    body = body[:-1] + tail + body[-1:]
    sep = "" if art["lang"] in CJK else " "
    for start, sentence in APPEND.get(art["id"], []):
        i = next(i for i, b in enumerate(body) if b.startswith(start))
        body[i] = body[i] + sep + sentence
    return body


def build(layout: str, art: dict, split: str) -> tuple[str, dict]:
    rng = random.Random(f"long_blind4/{layout}/{art['id']}")
    page = Page(rng, art, CHROME[art["lang"]], body_lines(art), layout in HOVER_LAYOUTS)
    html = LAYOUTS[layout](page)
    body = [b[3:] if b.startswith("## ") else b[2:] if b.startswith("* ") else b for b in page.body]
    text = key(lxml.html.fromstring(html).text_content())
    neutral = [x for x in (art["caption"], art["byline"], art["date"]) if key(x) in text]
    clutter: dict[str, str] = {}
    bkeys = [key(b) for b in body] + [key(art["title"])]
    for line, kind in page.clutter:
        if line in clutter or line in neutral:
            continue
        if any(probe(line) in b for b in bkeys):
            if len(line) > 25:
                raise ValueError(f"{layout}/{art['id']}: clutter probe in body: {line}")
            neutral.append(line)
            continue
        clutter[line] = kind
    for line in [*clutter, *body, *neutral]:
        if key(line) not in text and line not in page.hover_lines:
            raise ValueError(f"{layout}/{art['id']}: line not in page text: {line}")
    label = {
        "layout": layout,
        "generation": re.sub(r"\D", "", layout)[-4:],
        "lang": art["lang"],
        "article": art["id"],
        "topic": art["topic"],
        "split": split,
        "title": art["title"],
        "body": body,
        "subheads": [b[3:] for b in page.body if b.startswith("## ")],
        "hover_lines": page.hover_lines,
        "clutter": list(clutter),
        "clutter_kinds": list(clutter.values()),
        "neutral": neutral,
    }
    return html, label


def main() -> None:
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.*"):
        old.unlink()
    n = 0
    for split, (langs, layouts, step) in SPLITS.items():
        for r in range(3):
            for i, lang in enumerate(langs):
                layout = layouts[(i + step * r) % len(layouts)]
                art = STORIES[lang]
                html, label = build(layout, art, split)
                stem = out / f"{n:03d}_{layout}_{art['id']}"
                stem.with_suffix(".html").write_text(html, encoding="utf-8")
                js = json.dumps(label, ensure_ascii=False, indent=1) + "\n"
                stem.with_suffix(".json").write_text(js, encoding="utf-8")
                n += 1
    print(f"{n} pages written to {out}")


if __name__ == "__main__":
    main()
