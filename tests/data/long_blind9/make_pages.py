"""Generate long_blind9: 16 layouts x 3 languages of long synthetic news pages, with labels.

Deterministic: every choice comes from random.Random seeded with 'long_blind9/<layout>/<id>'.
Run from anywhere: python tests/data/long_blind9/make_pages.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import lxml.html

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import articles_a  # noqa: E402
import articles_b  # noqa: E402
import articles_c  # noqa: E402
import articles_d  # noqa: E402
import articles_more  # noqa: E402
import chrome_a  # noqa: E402
import chrome_b  # noqa: E402
from blocks import Page, parse_chrome  # noqa: E402
from layouts import DEV, HELD  # noqa: E402

CHROME = {**chrome_a.CHROME, **chrome_b.CHROME}
DEV_LANGS = ["es-MX", "en-IN", "en-NG", "ja", "ar-EG", "fa", "pt-BR", "ms", "fr-SN", "ko", "zh-TW"]
HELD_LANGS = ["ur", "bn", "tl", "de-AT", "it"]
TAGS = {
    "es-MX": ["Migración", "Tijuana", "INM"],
    "pt-BR": ["Mobilidade", "BRT", "Belém"],
    "en-IN": ["Gulf jobs", "Norka", "Migrant workers"],
    "en-NG": ["NIS", "ECOWAS", "Seme border"],
    "fr-SN": ["Émigration", "Mbour", "Pirogues"],
    "ar-EG": ["اللاجئين", "السودان", "قانون اللجوء"],
    "fa": ["اتباع افغانستانی", "مهاجرت", "سرشماری"],
    "ja": ["図書館", "岩見沢市", "北海道"],
    "ko": ["계절근로자", "법무부", "농촌"],
    "zh-TW": ["移工", "勞動部", "永久居留"],
    "ms": ["Banjir", "Kelantan", "JPS"],
    "ur": ["افغان مہاجرین", "پی او آر", "وزارت سیفران"],
    "bn": ["প্রবাসী শ্রমিক", "মালয়েশিয়া", "প্রশিক্ষণ"],
    "tl": ["OFW", "DMW", "OEC"],
    "de-AT": ["Pflege", "Rot-Weiß-Rot-Karte", "Migration"],
    "it": ["Mercati storici", "Palermo", "Commercio"],
}


def extend(art: dict) -> dict:
    """Append the story's extra sentences, one each, to long plain paragraphs spread evenly."""
    extra = list(articles_more.MORE.get(art["id"], []))
    lines = art["body"].splitlines()
    ok = [
        i
        for i, line in enumerate(lines)
        if not line.startswith(("## ", "- ", "> ", "@"))
        and not line.endswith(":")
        and len(line) > (20 if art["lang"] in ("ja", "zh", "ko") else 60)
        and ":" not in line[:20]
    ]
    step = len(ok) / max(len(extra), 1)
    for j, sent in enumerate(extra):
        i = ok[int(j * step)]
        lines[i] = lines[i] + ("" if art["lang"] in ("ja", "zh") else " ") + sent
    return {**art, "body": "\n".join(lines)}


ARTICLES = {
    a["id"]: extend(a)
    for m in (articles_a, articles_b, articles_c, articles_d)
    for a in m.ARTICLES  # type: ignore[attr-defined]
}


def key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def probe(text: str) -> str:
    return key(text[:40]) if len(text) > 40 else key(text)


def build(layout: str, fn, gen: int, lang_id: str, split: str) -> tuple[str, dict]:
    art = ARTICLES[lang_id]
    page = Page(layout, art, parse_chrome(CHROME[lang_id]), TAGS[lang_id])
    html = fn(page)
    body = page.body_lines()
    subheads = [v for k, v in page.blocks if k == "h"]
    clutter, kinds, neutral = [], [], list(page.neutral)
    inside = [key(b) for b in body] + [key(art["title"])]
    for text, kind in page.clutter:
        pr = probe(text)
        if any(pr in b for b in inside):
            if len(text) <= 25:
                neutral.append(text)
                continue
            raise SystemExit(f"{layout}/{lang_id}: clutter probe in body/title: {text!r}")
        clutter.append(text)
        kinds.append(kind)
    page_text = key(lxml.html.fromstring(html.encode("utf-8")).text_content())
    hover = set(page.hover_lines)
    for line in [*clutter, *body, *neutral]:
        if line in hover:
            continue
        if key(line) not in page_text:
            raise SystemExit(f"{layout}/{lang_id}: line not in page text: {line!r}")
    label = {
        "layout": layout,
        "generation": gen,
        "lang": lang_id,
        "article": lang_id,
        "topic": art["topic"],
        "split": split,
        "title": art["title"],
        "body": body,
        "subheads": subheads,
        "hover_lines": page.hover_lines,
        "clutter": clutter,
        "clutter_kinds": kinds,
        "neutral": neutral,
    }
    return html, label


def main() -> None:
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for f in out.glob("*"):
        f.unlink()
    n = 0
    for split, layouts, langs, step in (
        ("dev", DEV, DEV_LANGS, 4),
        ("heldback", HELD, HELD_LANGS, 2),
    ):
        m = len(layouts)
        for r in range(3):
            for i, lang_id in enumerate(langs):
                name, fn, gen = layouts[(i + step * r) % m]
                html, label = build(name, fn, gen, lang_id, split)
                n += 1
                stem = f"{n:03d}_{name}_{lang_id}"
                (out / f"{stem}.html").write_text(html, encoding="utf-8")
                (out / f"{stem}.json").write_text(
                    json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                )
    print(f"wrote {n} pages to {out}")


if __name__ == "__main__":
    main()
