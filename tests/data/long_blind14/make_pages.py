"""Generate the long_blind14 pages and labels (deterministic; run from anywhere)."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import layouts_a as LA  # noqa: E402
import layouts_b as LB  # noqa: E402
import layouts_c as LC  # noqa: E402
import lxml.html  # noqa: E402
from articles_a import ARTICLES_A  # noqa: E402
from articles_b import ARTICLES_B  # noqa: E402
from articles_c import ARTICLES_C  # noqa: E402
from articles_d import ARTICLES_D  # noqa: E402
from blocks import Page, lines  # noqa: E402
from chrome_a import CHROME_A  # noqa: E402
from chrome_b import CHROME_B  # noqa: E402
from chrome_c import CHROME_C  # noqa: E402
from chrome_d import CHROME_D  # noqa: E402

DEV = [
    ("drupal8_paragraphs", 2017, LA.drupal8_paragraphs),
    ("wp_tdnewspaper", 2016, LA.wp_tdnewspaper),
    ("wp_jnews", 2019, LA.wp_jnews),
    ("wp_jannah", 2020, LA.wp_jannah),
    ("joomla3_k2", 2014, LA.joomla3_k2),
    ("bitrix_newsdetail", 2012, LA.bitrix_newsdetail),
    ("dle_fullstory", 2010, LB.dle_fullstory),
    ("tilda_blocks", 2021, LB.tilda_blocks),
    ("blogger2015", 2015, LB.blogger2015),
    ("arc_rendered", 2022, LB.arc_rendered),
    ("haber_script", 2018, LB.haber_script),
]
HELD = [
    ("ucoz_entry", 2009, LC.ucoz_entry),
    ("wix_blog", 2023, LC.wix_blog),
    ("squarespace_post", 2019, LC.squarespace_post),
    ("cz_portal", 2013, LC.cz_portal),
    ("hindi_portal", 2024, LC.hindi_portal),
]
DEV_LANGS = ["en", "es", "pt", "fr", "de", "it", "pl", "ru", "tr", "vi", "id"]
HELD_LANGS = ["cs", "hu", "hi", "ro", "sv"]
CHROME = {**CHROME_A, **CHROME_B, **CHROME_C, **CHROME_D}
ARTS = {a["lang"]: a for a in ARTICLES_A + ARTICLES_B + ARTICLES_C + ARTICLES_D}


def key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def probe(text: str) -> str:
    return key(text[:40]) if len(text) > 40 else key(text)


def check(name: str, html: str, label: dict) -> None:
    errs = problems(name, html, label)
    assert not errs, "\n".join(errs)


def problems(name: str, html: str, label: dict) -> list[str]:
    errs = []
    doc = key(lxml.html.fromstring(html).text_content())
    body_keys = [key(b) for b in label["body"]] + [key(label["title"])]
    body_keys += [key(n) for n in label.get("neutral", [])]
    for c in label["clutter"]:
        p = probe(c)
        if any(p in b for b in body_keys):
            errs.append(f"{name}: clutter probe {c!r} occurs in body/title")
        if key(c) not in doc:
            errs.append(f"{name}: clutter {c!r} not in text_content")
    errs += [f"{name}: body {b!r} not in text" for b in label["body"] if key(b) not in doc]
    return errs


def build(idx: int, layout: tuple, lang: str, split: str) -> tuple[str, str, dict]:
    name, gen, fn = layout
    art = ARTS[lang]
    rng = random.Random(f"long_blind14/{name}/{art['id']}")
    pg = Page(art, CHROME[lang], rng)
    html = fn(pg)
    items = lines(art)
    label = {
        "layout": name,
        "generation": gen,
        "lang": lang,
        "article": art["id"],
        "topic": art["topic"],
        "split": split,
        "title": art["title"],
        "body": [t for k, t in items if k != "cap"],
        "subheads": [t for k, t in items if k == "h"],
        "hover_lines": [],
        "clutter": pg.clutter,
        "clutter_kinds": pg.kinds,
        "neutral": list(dict.fromkeys([t for k, t in items if k == "cap"] + pg.neutral)),
    }
    stem = f"{idx:03d}_{name}_{art['id']}"
    check(stem, html, label)
    return stem, html, label


def plan() -> list[tuple[tuple, str, str]]:
    out = []
    for r in range(3):
        for i, lang in enumerate(DEV_LANGS):
            out.append((DEV[(i + 4 * r) % 11], lang, "dev"))
        for i, lang in enumerate(HELD_LANGS):
            out.append((HELD[(i + 2 * r) % 5], lang, "heldback"))
    return out


def main() -> None:
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    for old in pages.glob("*"):
        old.unlink()
    for idx, (layout, lang, split) in enumerate(plan()):
        stem, html, label = build(idx, layout, lang, split)
        (pages / f"{stem}.html").write_text(html, encoding="utf-8")
        text = json.dumps(label, ensure_ascii=False, indent=1) + "\n"
        (pages / f"{stem}.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(plan())} pages")


if __name__ == "__main__":
    main()
