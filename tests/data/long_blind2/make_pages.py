"""Generate the long_blind2 corpus: long articles in invented publisher templates, with labels.

Deterministic: every choice comes from random.Random seeded with "long_blind2/<layout>/<article>".
Checks per page: no clutter probe occurs in a body line or the title; every clutter line and every
body line (except sentences fused with a hover card) occurs in the page's text.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import articles_a  # noqa: E402
import articles_b  # noqa: E402
import articles_c  # noqa: E402
import articles_d  # noqa: E402
import chrome_a  # noqa: E402
import chrome_b  # noqa: E402
import chrome_c  # noqa: E402
import chrome_d  # noqa: E402
import chrome_e  # noqa: E402
import layouts_a as la  # noqa: E402
import layouts_b as lb  # noqa: E402
import layouts_c as lc  # noqa: E402
import layouts_d as ld  # noqa: E402
import layouts_e as le  # noqa: E402
from lxml import html as lhtml  # noqa: E402
from pagekit import Art, Page, key, probe  # noqa: E402

Layout = Callable[[Page], str]

DEV_LAYOUTS: list[tuple[str, int, Layout]] = [
    ("framecontent1997", 1997, la.framecontent1997),
    ("movabletype2003", 2003, la.movabletype2003),
    ("typo3_2006", 2006, la.typo3_2006),
    ("vbportal2007", 2007, la.vbportal2007),
    ("ezpublish2008", 2008, la.ezpublish2008),
    ("blogger2010", 2010, lb.blogger2010),
    ("gutenberg2019", 2019, lb.gutenberg2019),
    ("wagtail2020", 2020, lb.wagtail2020),
    ("brightspot2021", 2021, lb.brightspot2021),
    ("nuxt2022", 2022, lb.nuxt2022),
    ("arcjson2023", 2023, lc.arcjson2023),
    ("newsticker2024", 2024, lc.newsticker2024),
]
HELD_LAYOUTS: list[tuple[str, int, Layout]] = [
    ("print2005", 2005, lc.print2005),
    ("squarespace2016", 2016, ld.squarespace2016),
    ("medium2018", 2018, ld.medium2018),
    ("ampnews2020", 2020, ld.ampnews2020),
    ("substack2022", 2022, ld.substack2022),
    ("astro2024", 2024, le.astro2024),
    ("sveltekit2025", 2025, le.sveltekit2025),
]
DEV_LANGS = ["de", "es", "pt", "pl", "no", "ru", "ar", "zh", "en", "fr", "it", "uk", "ko", "cs"]
HELD_LANGS = ["nl", "sv", "da", "fi", "tr", "el", "he", "ja"]
ARTS: dict[str, Art] = {
    a.lang: a for m in (articles_a, articles_b, articles_c, articles_d) for a in m.ARTS
}
CHROME: dict[str, dict[str, object]] = {
    k: v for m in (chrome_a, chrome_b, chrome_c, chrome_d, chrome_e) for k, v in m.CHROME.items()
}


def plan() -> list[tuple[str, str, int, Layout, Art]]:
    """Each article in 3 layouts of its split; layout (i + r * step) mod n for round r."""
    out = []
    for split, lays, langs, step in (
        ("dev", DEV_LAYOUTS, DEV_LANGS, 5),
        ("heldback", HELD_LAYOUTS, HELD_LANGS, 3),
    ):
        for r in range(3):
            for i, lang in enumerate(langs):
                name, gen, fn = lays[(i + r * step) % len(lays)]
                out.append((split, name, gen, fn, ARTS[lang]))
    return out


def page_text(doc: str) -> str:
    return key(lhtml.fromstring(doc.encode("utf-8")).text_content())


def check(name: str, p: Page, doc: str) -> None:
    text = page_text(doc)
    body = p.art.lines()
    errs = []
    for c in p.clutter:
        pr = probe(c)
        if pr in key(p.art.title) or any(pr in key(x) for x in body):
            errs.append(f"clutter probe in body/title: {c!r}")
        if key(c) not in text:
            errs.append(f"clutter not in page: {c!r}")
    for x in body:
        if x not in p.hover_lines and key(x) not in text:
            errs.append(f"body line not in page: {x[:60]!r}")
    if errs:
        raise SystemExit(f"{name}:\n  " + "\n  ".join(errs))


def main() -> None:
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    for n, (split, name, gen, fn, art) in enumerate(plan(), start=1):
        p = Page(art, CHROME[art.lang], random.Random(f"long_blind2/{name}/{art.id}"))
        doc = fn(p)
        stem = f"{n:03d}_{name}_{art.id}"
        check(stem, p, doc)
        label = {
            "layout": name,
            "generation": gen,
            "lang": art.lang,
            "article": art.id,
            "topic": "immigration" if art.topic else "other",
            "split": split,
            "title": art.title,
            "body": art.lines(),
            "subheads": art.subheads(),
            "hover_lines": p.hover_lines,
            "clutter": p.clutter,
            "clutter_kinds": p.kinds,
            "neutral": p.neutral,
        }
        (out / f"{stem}.html").write_text(doc, encoding="utf-8")
        (out / f"{stem}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"wrote {n} pages to {out}")


if __name__ == "__main__":
    main()
