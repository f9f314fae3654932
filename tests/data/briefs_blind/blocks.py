"""Clutter blocks for the blind corpus: the "more stories" widgets publishers put after a brief.

Each renderer returns (html, clutter lines): the visible headline and teaser texts, without cut marks.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

UI: dict[str, dict[str, str]] = {
    "en": {
        "more": "Most read",
        "also": "Read more:",
        "rm": "Read more",
        "by": "By",
        "ago": "hours ago",
    },
    "de": {
        "more": "Mehr zum Thema",
        "also": "Lesen Sie auch:",
        "rm": "Weiterlesen",
        "by": "Von",
        "ago": "Std.",
    },
    "fr": {
        "more": "À lire aussi",
        "also": "Lire aussi :",
        "rm": "Lire la suite",
        "by": "Par",
        "ago": "h",
    },
    "es": {
        "more": "Te puede interesar",
        "also": "Lee también:",
        "rm": "Leer más",
        "by": "Por",
        "ago": "h",
    },
    "it": {
        "more": "Leggi anche",
        "also": "Potrebbe interessarti:",
        "rm": "Continua a leggere",
        "by": "Di",
        "ago": "ore fa",
    },
    "pt": {"more": "Mais lidas", "also": "Leia também:", "rm": "Ler mais", "by": "Por", "ago": "h"},
    "nl": {
        "more": "Meest gelezen",
        "also": "Lees ook:",
        "rm": "Lees verder",
        "by": "Door",
        "ago": "uur geleden",
    },
    "sv": {
        "more": "Mest läst",
        "also": "Läs också:",
        "rm": "Läs mer",
        "by": "Av",
        "ago": "tim sedan",
    },
    "pl": {
        "more": "Czytaj także",
        "also": "Zobacz też:",
        "rm": "Czytaj dalej",
        "by": "Autor:",
        "ago": "godz. temu",
    },
    "no": {
        "more": "Mest lest",
        "also": "Les også:",
        "rm": "Les mer",
        "by": "Av",
        "ago": "timer siden",
    },
}
AUTHORS = [
    "A. Morel",
    "K. Lindgren",
    "J. Novak",
    "M. Costa",
    "R. Haas",
    "L. Verhoeven",
    "S. Bianchi",
]


@dataclass(frozen=True)
class Item:
    kicker: str
    headline: str
    teaser: str


Block = Callable[[list[Item], str, random.Random], tuple[str, list[str]]]


def cut(text: str, rng: random.Random, low: int = 55, high: int = 105) -> str:
    """A teaser as a CMS cuts it: at a fixed length, mid-word or at the last word end."""
    n = rng.randint(low, high)
    if n >= len(text):
        return text
    piece = text[:n] if rng.random() < 0.5 else text[: text.rfind(" ", 0, n)]
    return piece.rstrip(" ,;:")


def _href(item: Item, i: int) -> str:
    slug = "-".join(item.headline.lower().split()[:5])
    return escape(f"/{item.kicker.lower()}/{slug}-{1000 + i}.html", quote=True)


def seed_pairs(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """Headline and a teaser cut at a fixed length with no mark, one pair after the other."""
    rows, lines = [], []
    n = rng.randint(90, 100)
    for i, it in enumerate(items):
        teaser = it.teaser[:n].rstrip()
        rows.append(
            f'<div class="news-item"><a href="{_href(it, i)}"><h2 class="news-title">'
            f'{escape(it.headline)}</h2></a><p class="news-desc">{escape(teaser)}</p></div>'
        )
        lines += [it.headline, teaser]
    return '<div class="related-news">' + "".join(rows) + "</div>", lines


def seed_flat(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """The seed's shape: plain <p> headline, <p> teaser cut at a fixed length, in the text flow."""
    lines: list[str] = []
    n = rng.randint(95, 100)
    for it in items:
        lines += [it.headline, it.teaser[:n].rstrip()]
    return "".join(f"<p>{escape(line)}</p>" for line in lines), lines


def inline_strong(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """Bold headline paragraph + teaser paragraph ending in a read-more link, in the text flow."""
    rows, lines = [], []
    for i, it in enumerate(items):
        teaser = cut(it.teaser, rng)
        rm = UI[lang]["rm"]
        rows.append(
            f"<p><strong>{escape(it.headline)}</strong></p>"
            f'<p>{escape(teaser)}… <a href="{_href(it, i)}">{rm}</a></p>'
        )
        lines += [it.headline, teaser]
    return "".join(rows), lines


def rail_most_read(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """A numbered "most read" list in a side rail, headline + truncated teaser."""
    rows, lines = [], []
    for i, it in enumerate(items):
        teaser = cut(it.teaser, rng, 60, 90)
        rows.append(
            f'<li class="most-read__item"><span class="most-read__rank">{i + 1}</span>'
            f'<a href="{_href(it, i)}"><h3 class="most-read__title">{escape(it.headline)}</h3></a>'
            f'<p class="most-read__teaser">{escape(teaser)}…</p></li>'
        )
        lines += [it.headline, teaser]
    head = f'<h2 class="rail__title">{UI[lang]["more"]}</h2>'
    return (
        f'<aside class="rail"><div class="rail__inner">{head}'
        f'<ol class="most-read">{"".join(rows)}</ol></div></aside>',
        lines,
    )


def heading_dek(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """Kicker, <h3> headline, full one-sentence dek, byline and relative time."""
    rows, lines = [], []
    for i, it in enumerate(items):
        meta = f"{UI[lang]['by']} {rng.choice(AUTHORS)} · <time>{rng.randint(1, 9)} {UI[lang]['ago']}</time>"
        rows.append(
            f'<div class="teaser"><span class="teaser__kicker">{escape(it.kicker)}</span>'
            f'<h3 class="teaser__headline"><a href="{_href(it, i)}">{escape(it.headline)}</a></h3>'
            f'<p class="teaser__dek">{escape(it.teaser)}</p><div class="teaser__meta">{meta}</div></div>'
        )
        lines += [it.headline, it.teaser]
    return (
        f'<section class="more-on-topic"><h2>{UI[lang]["more"]}</h2>'
        f'<div class="teaser-list">{"".join(rows)}</div></section>',
        lines,
    )


def cards(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """A card grid: image with alt text and credit, kicker, <h4> title, dek cut with "...", byline."""
    rows, lines = [], []
    for i, it in enumerate(items):
        teaser = cut(it.teaser, rng, 70, 110)
        rows.append(
            f'<article class="card"><figure class="card__media"><img src="/img/{1000 + i}.jpg" '
            f'alt="{escape(it.headline, quote=True)}" loading="lazy"><figcaption>Foto: Agency</figcaption>'
            f'</figure><div class="card__body"><div class="card__kicker">{escape(it.kicker)}</div>'
            f'<h4 class="card__title"><a href="{_href(it, i)}">{escape(it.headline)}</a></h4>'
            f'<p class="card__dek">{escape(teaser)}...</p><span class="card__byline">'
            f"{UI[lang]['by']} {rng.choice(AUTHORS)}</span> <time>{rng.randint(7, 22)}:{rng.randint(10, 59)}</time>"
            "</div></article>"
        )
        lines += [it.headline, teaser]
    return f'<div class="c-grid c-grid--3">{"".join(rows)}</div>', lines


def p_links(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """A "read also" lead and one linked headline per paragraph, with a date, in the text flow."""
    rows = [f"<p><b>{UI[lang]['also']}</b></p>"]
    for i, it in enumerate(items):
        date = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026"
        rows.append(
            f'<p><a href="{_href(it, i)}">{escape(it.headline)}</a> <small>{date}</small></p>'
        )
    return "".join(rows), [it.headline for it in items]


def ul_dash(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """One <li> per story: linked headline, a dash and a teaser cut with " [...]"."""
    rows, lines = [], []
    for i, it in enumerate(items):
        teaser = cut(it.teaser, rng, 50, 90)
        rows.append(
            f'<li><a href="{_href(it, i)}">{escape(it.headline)}</a> – {escape(teaser)} [...]</li>'
        )
        lines += [it.headline, teaser]
    return f'<div class="teaser-list teaser-list--compact"><ul>{"".join(rows)}</ul></div>', lines


def table_rows(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """Old-style table of stories: bold linked headline, <br>, small font teaser with "..."."""
    rows, lines = [], []
    for i, it in enumerate(items):
        teaser = cut(it.teaser, rng, 60, 100)
        rows.append(
            f'<tr><td valign="top"><a href="{_href(it, i)}"><b>{escape(it.headline)}</b></a><br>'
            f'<font size="1">{escape(teaser)} ...</font></td></tr>'
        )
        lines += [it.headline, teaser]
    head = f'<tr><td bgcolor="#cccccc"><b>{UI[lang]["more"]}</b></td></tr>'
    return f'<table width="100%" cellpadding="3" border="0">{head}{"".join(rows)}</table>', lines


def amp_related(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """AMP related-stories strip: amp-img with alt, <h4> headline, teaser ending in "…"."""
    rows, lines = [], []
    for i, it in enumerate(items):
        teaser = cut(it.teaser, rng, 60, 100)
        rows.append(
            f'<a class="amp-rel__item" href="{_href(it, i)}"><amp-img src="/img/{i}.jpg" width="160" '
            f'height="90" alt="{escape(it.kicker, quote=True)}"></amp-img>'
            f'<h4 class="amp-rel__title">{escape(it.headline)}</h4><p>{escape(teaser)}…</p></a>'
        )
        lines += [it.headline, teaser]
    return (
        f'<div class="amp-rel"><h3 class="amp-rel__head">{UI[lang]["more"]}</h3>{"".join(rows)}</div>',
        lines,
    )


def div_soup(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """Framework markup: hashed classes, no semantic tags, rank digits, headline and teaser divs."""
    rows, lines = [], []
    for i, it in enumerate(items):
        teaser = cut(it.teaser, rng, 60, 110)
        rows.append(
            f'<div class="css-q8x1bz"><div class="css-9fk2a1">{i + 1}</div><div class="css-1ws0a4m">'
            f'<a class="css-k7v3pq" href="{_href(it, i)}"><div class="css-2hd81c">{escape(it.headline)}</div></a>'
            f'<div class="css-u2l0r5">{escape(teaser)}…</div></div></div>'
        )
        lines += [it.headline, teaser]
    return (
        f'<div class="css-7bx0lj"><div class="css-h1r2t9">{UI[lang]["more"]}</div>{"".join(rows)}</div>',
        lines,
    )


def dl_list(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """A definition list of stories: <dt> headline, <dd> teaser cut with " (...)"."""
    rows, lines = [], []
    for it in items:
        teaser = cut(it.teaser, rng, 55, 95)
        rows.append(f"<dt>{escape(it.headline)}</dt><dd>{escape(teaser)} (...)</dd>")
        lines += [it.headline, teaser]
    return f'<div class="more-stories"><dl>{"".join(rows)}</dl></div>', lines


BLOCKS: dict[str, Block] = {
    "seed_pairs": seed_pairs,
    "seed_flat": seed_flat,
    "inline_strong": inline_strong,
    "rail_most_read": rail_most_read,
    "heading_dek": heading_dek,
    "cards": cards,
    "p_links": p_links,
    "ul_dash": ul_dash,
    "table_rows": table_rows,
    "amp_related": amp_related,
    "div_soup": div_soup,
    "dl_list": dl_list,
}
