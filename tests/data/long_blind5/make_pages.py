"""Generate the long_blind5 corpus: 48 long news pages in 16 invented layouts, 16 languages.

Every choice comes from random.Random seeded with 'long_blind5/<layout>/<article id>' (no hash()).
Per page it checks that no clutter probe (whole text, or its first 40 characters) occurs in a body
line or the title (short lines that do, such as a tag that is a body word, become neutral; a long
one is an error) and that every clutter, body and neutral line occurs in the page text (lxml
text_content, whitespace removed; a sentence fused with a hover card is exempt and listed in
hover_lines). Running it twice gives identical files.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import lxml.html

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from articles_1 import ARTICLES_1  # noqa: E402
from articles_2 import ARTICLES_2  # noqa: E402
from articles_3 import ARTICLES_3  # noqa: E402
from articles_4 import ARTICLES_4  # noqa: E402
from articles_more import MORE  # noqa: E402
from blocks import Page  # noqa: E402
from chrome_1 import CHROME_1  # noqa: E402
from chrome_1b import CHROME_1B  # noqa: E402
from chrome_2 import CHROME_2  # noqa: E402
from chrome_2b import CHROME_2B  # noqa: E402
from chrome_3 import CHROME_3  # noqa: E402
from chrome_3b import CHROME_3B  # noqa: E402
from chrome_4 import CHROME_4  # noqa: E402
from chrome_4b import CHROME_4B  # noqa: E402
from layouts_a import LAYOUTS_A  # noqa: E402
from layouts_b import LAYOUTS_B  # noqa: E402
from layouts_c import LAYOUTS_C  # noqa: E402
from layouts_d import LAYOUTS_D  # noqa: E402

ARTICLES = {**ARTICLES_1, **ARTICLES_2, **ARTICLES_3, **ARTICLES_4}
CHROME = {
    **CHROME_1,
    **CHROME_1B,
    **CHROME_2,
    **CHROME_2B,
    **CHROME_3,
    **CHROME_3B,
    **CHROME_4,
    **CHROME_4B,
}
LAYOUTS = {**LAYOUTS_A, **LAYOUTS_B, **LAYOUTS_C, **LAYOUTS_D}

# language i takes layout (i + step * round) mod len(layouts), rounds 0..2
SPLITS = {
    "dev": (
        ["en", "de", "fr", "es", "pt", "pl", "cs", "ja", "zh", "ar", "ru"],
        [
            "portal1999",
            "newsml2004",
            "polopoly2012",
            "brightspot2019",
            "arc2023",
            "naviga2016",
            "wpvip2018",
            "nextjs2024",
            "sinaportal2010",
            "arabportal2014",
            "ruregional2012",
        ],
        4,
    ),
    "heldback": (
        ["no", "sv", "ro", "el", "hi"],
        ["escenic2009", "liveblog2021", "amp2017", "wap2006", "vuenuxt2022"],
        2,
    ),
}
HOVER_LAYOUTS = {
    "brightspot2019",
    "arc2023",
    "wpvip2018",
    "nextjs2024",
    "liveblog2021",
    "vuenuxt2022",
}


def key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def probe(text: str) -> str:
    return key(text[:40]) if len(text) > 40 else key(text)


def body_lines(lang: str) -> list[str]:
    body = list(ARTICLES[lang]["body"])
    at = next(i for i, b in enumerate(body) if b.startswith("## "))
    return body[:at] + MORE.get(lang, []) + body[at:]


def build(layout: str, lang: str, split: str) -> tuple[str, dict]:
    art = {**ARTICLES[lang], "lang": lang}
    rng = random.Random(f"long_blind5/{layout}/{art['id']}")
    page = Page(rng, art, CHROME[lang], body_lines(lang))
    page.hover = layout in HOVER_LAYOUTS
    html = LAYOUTS[layout](page)
    body = [b[3:] if b.startswith("## ") else b[2:] if b.startswith("* ") else b for b in page.body]
    text = key(lxml.html.fromstring(html.encode("utf-8")).text_content())
    neutral = [art["caption"], art["author"], art["date"], *page.neutral]
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
    if page.hover and not page.hover_lines:
        raise ValueError(f"{layout}/{art['id']}: hover name not found")
    label = {
        "layout": layout,
        "generation": re.sub(r"\D", "", layout)[-4:],
        "lang": lang,
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
                html, label = build(layout, lang, split)
                stem = out / f"{n:03d}_{layout}_{label['article']}"
                stem.with_suffix(".html").write_text(html, encoding="utf-8")
                js = json.dumps(label, ensure_ascii=False, indent=1) + "\n"
                stem.with_suffix(".json").write_text(js, encoding="utf-8")
                n += 1
    print(f"{n} pages written to {out}")


if __name__ == "__main__":
    main()
