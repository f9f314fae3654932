"""Generate the long_blind13 corpus: 16 layouts x 3 pages, 16 languages (deterministic).

Run from the repo root: .venv/bin/python tests/data/long_blind13/make_pages.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import layouts_a as la  # noqa: E402
import layouts_b as lb  # noqa: E402
import layouts_c as lc  # noqa: E402
import layouts_d as ld  # noqa: E402
import lxml.html  # noqa: E402
from articles_a import ARTICLES_A  # noqa: E402
from articles_b import ARTICLES_B  # noqa: E402
from articles_c import ARTICLES_C  # noqa: E402
from articles_d import ARTICLES_D  # noqa: E402
from chrome_a import CHROME_A  # noqa: E402
from chrome_b import CHROME_B  # noqa: E402
from chrome_c import CHROME_C  # noqa: E402
from chrome_d import CHROME_D  # noqa: E402
from kit import Page  # noqa: E402

ARTICLES = {a["id"]: a for a in ARTICLES_A + ARTICLES_B + ARTICLES_C + ARTICLES_D}
CHROME = {**CHROME_A, **CHROME_B, **CHROME_C, **CHROME_D}

DEV_LAYOUTS = [
    ("ee_broadcaster", 2012, la.ee_broadcaster),
    ("latam_portal", 2006, la.latam_portal),
    ("southasia_sidebars", 2015, la.southasia_sidebars),
    ("rtl_news", 2019, la.rtl_news),
    ("kr_portal", 2017, la.kr_portal),
    ("cn_portal", 2010, ld.cn_portal),
    ("wp_african", 2016, lb.wp_african),
    ("gov_press", 2021, lb.gov_press),
    ("magazine_longread", 2023, lb.magazine_longread),
    ("smalltown_table", 1998, lb.smalltown_table),
    ("amp_mobile", 2018, lb.amp_mobile),
]
HELD_LAYOUTS = [
    ("un_newsroom", 2020, lc.un_newsroom),
    ("jp_portal", 2014, lc.jp_portal),
    ("print_edition", 2009, lc.print_edition),
    ("aggregator_story", 2024, lc.aggregator_story),
    ("nextjs_hydrated", 2025, lc.nextjs_hydrated),
]
DEV_ARTICLES = [
    "en_orchards",
    "es_regularizacion",
    "pt_vistos",
    "fr_bac",
    "ru_patent",
    "pl_pesel",
    "tr_adres",
    "ar_tasarih",
    "hi_emigrate",
    "ko_eps",
    "zh_qiao",
]
HELD_ARTICLES = ["uk_zhytlo", "fa_ekhraj", "ja_bus", "id_pmi", "sw_wavuvi"]


def key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def probe(text: str) -> str:
    return key(text[:40]) if len(text) > 40 else key(text)


def plan() -> list[tuple[str, tuple, str]]:
    out = []
    for r in range(3):
        for i, aid in enumerate(DEV_ARTICLES):
            out.append(("dev", DEV_LAYOUTS[(i + 4 * r) % 11], aid))
        for i, aid in enumerate(HELD_ARTICLES):
            out.append(("heldback", HELD_LAYOUTS[(i + 2 * r) % 5], aid))
    return out


def check(name: str, html: str, label: dict) -> None:
    text = key(lxml.html.fromstring(html.encode("utf-8")).text_content())
    body_keys = [key(b) for b in label["body"]] + [key(label["title"])]
    for c in label["clutter"]:
        pr = probe(c)
        bad = [b for b in body_keys if pr in b]
        assert not bad, f"{name}: clutter probe {c!r} occurs in body/title"
        assert key(c) in text, f"{name}: clutter {c!r} not in page text"
    for b in label["body"]:
        if b not in label["hover_lines"]:
            assert key(b) in text, f"{name}: body line {b[:40]!r} not in page text"
    assert len(label["clutter"]) == len(label["clutter_kinds"])


def main() -> None:
    out_dir = HERE / "pages"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*"):
        old.unlink()
    for n, (split, (layout, gen, fn), aid) in enumerate(plan()):
        art = ARTICLES[aid]
        rng = random.Random(f"long_blind13/{layout}/{aid}")
        page = Page(art, CHROME[art["lang"]], rng)
        html = fn(page)
        body = [
            ln[3:] if ln.startswith("## ") else ln[2:] if ln.startswith(("- ", "> ")) else ln
            for ln in art["body"]
        ]
        label = {
            "layout": layout,
            "generation": gen,
            "lang": art["lang"],
            "article": aid,
            "topic": art["topic"],
            "split": split,
            "title": art["title"],
            "body": body,
            "subheads": [ln[3:] for ln in art["body"] if ln.startswith("## ")],
            "hover_lines": page.hover_lines,
            "clutter": page.clutter,
            "clutter_kinds": page.kinds,
            "neutral": page.neutral,
        }
        name = f"{n:03d}_{layout}_{aid}"
        check(name, html, label)
        (out_dir / f"{name}.html").write_text(html, encoding="utf-8")
        (out_dir / f"{name}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(plan())} pages to {out_dir}")


if __name__ == "__main__":
    main()
