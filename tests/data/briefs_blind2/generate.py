"""Render the blind2 brief corpus: pages/*.html plus labels/*.json. Deterministic (fixed seeds).

Written blind: without reading newsagg's clutter/extract code or any earlier corpus.
Run: python tests/data/briefs_blind2/generate.py
"""

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
BODY_TAGS = {"P", "L", "Q", "C", "H"}
RELATED = {
    "en": "Related",
    "de": "Dazu passend",
    "fr": "Lire aussi",
    "es": "Te puede interesar",
    "it": "Leggi anche",
    "nl": "Lees ook",
    "pt": "Leia também",
}
MORE = {
    "en": "Read more",
    "de": "mehr",
    "fr": "Lire la suite",
    "es": "Leer más",
    "it": "Continua a leggere",
    "nl": "Lees verder",
    "pt": "Ler mais",
}
KICKERS = ["Politik", "Sport", "Economy", "Kultur", "Monde", "Regional", "Tech", "Meteo"]
Item = tuple[str, str]  # headline, teaser as rendered (core text, marker excluded)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def parse_briefs() -> list[dict]:
    briefs: list[dict] = []
    for line in (HERE / "briefs.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            ident, lang, topic, kind = line[4:].split()
            briefs.append({"id": ident, "lang": lang, "topic": topic, "kind": kind, "parts": []})
        elif line[:2] == "T:":
            briefs[-1]["title"] = line[3:]
        elif line[:1] in BODY_TAGS and line[1:2] == ":":
            briefs[-1]["parts"].append((line[0], line[3:]))
    return briefs


def parse_pools() -> dict[str, list[Item]]:
    pools: dict[str, list[Item]] = {}
    lang = ""
    for line in (HERE / "headlines.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            lang = line[4:].strip()
            pools[lang] = []
        elif "|" in line and not line.startswith("#"):
            head, dek = line.split("|")
            pools[lang].append((head.strip(), dek.strip()))
    return pools


def cut(text: str, rng: random.Random, mid_word: bool) -> str:
    """A teaser cut the way CMSs do: at a fixed width (mid-word) or at the last word boundary."""
    width = rng.randint(70, 105)
    if len(text) <= width:
        return text[: len(text) - 7] if mid_word else text.rsplit(" ", 2)[0]
    return text[:width] if mid_word else text[:width].rsplit(" ", 1)[0]


def body_html(parts: list[tuple[str, str]]) -> list[str]:
    """Body parts as HTML blocks; consecutive L lines become one <ul>."""
    out: list[str] = []
    bullets: list[str] = []
    for tag, text in [*parts, ("END", "")]:
        if tag != "L" and bullets:
            out.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in bullets) + "</ul>")
            bullets = []
        if tag == "L":
            bullets.append(text)
        elif tag == "P":
            out.append(f"<p>{esc(text)}</p>")
        elif tag == "H":
            out.append(f"<h3>{esc(text)}</h3>")
        elif tag == "Q":
            out.append(f"<blockquote><p>{esc(text)}</p>")
        elif tag == "C":
            out.append(f"<footer>— <cite>{esc(text)}</cite></footer></blockquote>")
    return out


def items_for(rng: random.Random, pool: list[Item], mid: bool, full: bool) -> list[Item]:
    chosen = rng.sample(pool, rng.randint(6, 10))
    return [(h, d if full else cut(d, rng, mid)) for h, d in chosen]


def blk_seed_p(items: list[Item], lang: str) -> str:
    rows = "".join(f"<p>{esc(h)}</p><p>{esc(t)}</p>" for h, t in items)
    return f"<div>{rows}</div>"


def blk_h3_dek(items: list[Item], lang: str) -> str:
    rows = "".join(
        f'<article><h3><a href="/n/{i}">{esc(h)}</a></h3><p>{esc(t)}</p></article>'
        for i, (h, t) in enumerate(items)
    )
    return f'<section class="related"><h2>{RELATED[lang]}</h2>{rows}</section>'


def blk_ul_time(items: list[Item], lang: str) -> str:
    rows = "".join(
        f'<li><a href="/a/{i}">{esc(h)}</a> <time>{8 + i}:{i}5</time><p>{esc(t)}…</p></li>'
        for i, (h, t) in enumerate(items)
    )
    return f"<aside><h4>{RELATED[lang]}</h4><ul>{rows}</ul></aside>"


def blk_ol_kicker(items: list[Item], lang: str) -> str:
    rows = "".join(
        f'<li><span>{KICKERS[i % 8]}</span> <a href="/r/{i}">{esc(h)}</a><br>{esc(t)}...</li>'
        for i, (h, t) in enumerate(items)
    )
    return f"<div><h3>Top</h3><ol>{rows}</ol></div>"


def blk_dl_more(items: list[Item], lang: str) -> str:
    rows = "".join(
        f'<dt><a href="/d/{i}">{esc(h)}</a></dt><dd>{esc(t)} <a href="/d/{i}">{MORE[lang]}</a></dd>'
        for i, (h, t) in enumerate(items)
    )
    return f"<dl>{rows}</dl>"


def blk_table(items: list[Item], lang: str) -> str:
    rows = "".join(
        f'<tr><td><font size="2"><b><a href="/t{i}.html">{esc(h)}</a></b><br>{esc(t)} […]</font></td></tr>'
        for i, (h, t) in enumerate(items)
    )
    return f'<table width="100%" border="0">{rows}</table>'


def blk_cards(items: list[Item], lang: str) -> str:
    rows = "".join(
        f'<div class="c_{i}x9f"><a class="l8aa" href="/s/{i}"><h4 class="t3e">{esc(h)}</h4></a>'
        f'<div class="d0b">{esc(t)}...</div><span class="m71">Redaktion · {i + 1} h</span></div>'
        for i, (h, t) in enumerate(items)
    )
    return f'<div class="g7k2 r19">{rows}</div>'


def blk_figure(items: list[Item], lang: str) -> str:
    rows = "".join(
        f'<figure><img src="/i/{i}.jpg" alt=""><figcaption>{esc(h)}</figcaption></figure><p>{esc(t)}…</p>'
        for i, (h, t) in enumerate(items)
    )
    return f"<div>{rows}</div>"


def blk_inline(items: list[Item], lang: str) -> str:
    return "".join(
        f'<p><strong><a href="/x/{i}">{esc(h)}</a></strong></p><p>{esc(t)} {MORE[lang]}</p>'
        for i, (h, t) in enumerate(items)
    )


# name -> (block, mid-word cut, full dek, placement: after | inside | split)
LAYOUTS: dict[str, tuple[Callable[[list[Item], str], str], bool, bool, str]] = {
    "seed_p": (blk_seed_p, True, False, "after"),
    "h3_dek": (blk_h3_dek, False, True, "after"),
    "ul_time": (blk_ul_time, False, False, "after"),
    "ol_kicker": (blk_ol_kicker, True, False, "inside"),
    "dl_more": (blk_dl_more, False, False, "after"),
    "table_old": (blk_table, False, False, "after"),
    "cards_hashed": (blk_cards, True, False, "inside"),
    "figure": (blk_figure, False, False, "after"),
    "split_h3": (blk_h3_dek, False, True, "split"),
    "inline_nocls": (blk_inline, False, False, "inside"),
}
SHELLS = ["html5", "divsoup", "amp", "tables"]


def shell(kind: str, title: str, article: str, after: str, ident: str) -> str:
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": "2026-11-30T08:00:00Z",
        },
        ensure_ascii=False,
    )
    head = f'<head><meta charset="utf-8"><title>{esc(title)} | Nachrichten24</title>'
    nav = '<nav><a href="/">Home</a> <a href="/p">Politik</a> <a href="/w">World</a></nav>'
    foot = "<footer><p>© 2026 Example Media. Impressum · Datenschutz</p></footer>"
    h1 = f'<h1>{esc(title)}</h1><p class="byline">30.11.2026 · Agency staff</p>'
    if kind == "html5":
        return (
            f'<!doctype html><html>{head}<script type="application/ld+json">{ld}</script></head>'
            f"<body><header>{nav}</header><main><article>{h1}{article}</article>{after}</main>{foot}</body></html>"
        )
    if kind == "amp":
        return (
            f'<!doctype html><html amp>{head}<link rel="canonical" href="/{ident}"></head><body>'
            f'{nav}<article>{h1}<amp-img src="/a.jpg" width="600" height="400"></amp-img>{article}</article>'
            f"{after}{foot}</body></html>"
        )
    if kind == "tables":
        return (
            f'<html>{head}</head><body><table width="760"><tr><td>{nav}</td></tr><tr><td>'
            f'<font face="Arial">{h1}{article}</font></td></tr><tr><td>{after}</td></tr><tr><td>{foot}</td></tr></table></body></html>'
        )
    return (
        f'<!DOCTYPE html><html>{head}<script type="application/ld+json">{ld}</script></head><body>'
        f'<div class="x1a9">{nav}</div><div class="q8f2"><div class="k7d1">{h1}<div class="b0e3">'
        f"{article}</div></div>{after}</div>{foot}</body></html>"
    )


def render(
    brief: dict, layout: str | None, pools: dict[str, list[Item]], n: int
) -> tuple[str, dict]:
    rng = random.Random(f"blind2-{brief['id']}")
    blocks = body_html(brief["parts"])
    items: list[Item] = []
    after = ""
    if layout is not None:
        block, mid, full, place = LAYOUTS[layout]
        items = items_for(rng, pools[brief["lang"]], mid, full)
        if place == "split":
            blocks.insert(2, block(items[:3], brief["lang"]))
            after = block(items[3:], brief["lang"])
        elif place == "inside":
            blocks.append(block(items, brief["lang"]))
        else:
            after = block(items, brief["lang"])
    page = shell(
        "tables" if layout == "table_old" else SHELLS[n % 4],
        brief["title"],
        "".join(blocks),
        after,
        brief["id"],
    )
    label = {
        "id": brief["id"],
        "lang": brief["lang"],
        "kind": brief["kind"],
        "layout": layout or "control",
        "title": brief["title"],
        "body": [t for _, t in brief["parts"]],
        "clutter": [line for item in items for line in item],
    }
    return page, label


def main() -> None:
    pools = parse_pools()
    names = list(LAYOUTS)
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "labels").mkdir(exist_ok=True)
    k = 0
    for n, brief in enumerate(parse_briefs()):
        layout = None if brief["kind"].startswith("control") else names[k % len(names)]
        k += layout is not None
        page, label = render(brief, layout, pools, n)
        name = f"{n:02d}_{brief['id']}_{label['layout']}"
        (HERE / "pages" / f"{name}.html").write_text(page, encoding="utf-8")
        (HERE / "labels" / f"{name}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
