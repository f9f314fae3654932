"""Clutter blocks for the blind corpus: the "more stories" widgets publishers put after a brief.

Each renderer returns (html, clutter lines): the visible headline and teaser texts, without cut marks.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

# per language: block heading, read-also lead, read-more link, byline prefix, "hours ago"
_UI = {
    "en": ("Most read", "Read more:", "Read more", "By", "hours ago"),
    "de": ("Mehr zum Thema", "Lesen Sie auch:", "Weiterlesen", "Von", "Std."),
    "fr": ("À lire aussi", "Lire aussi :", "Lire la suite", "Par", "h"),
    "es": ("Te puede interesar", "Lee también:", "Leer más", "Por", "h"),
    "it": ("Leggi anche", "Potrebbe interessarti:", "Continua a leggere", "Di", "ore fa"),
    "pt": ("Mais lidas", "Leia também:", "Ler mais", "Por", "h"),
    "nl": ("Meest gelezen", "Lees ook:", "Lees verder", "Door", "uur geleden"),
    "sv": ("Mest läst", "Läs också:", "Läs mer", "Av", "tim sedan"),
    "pl": ("Czytaj także", "Zobacz też:", "Czytaj dalej", "Autor:", "godz. temu"),
    "no": ("Mest lest", "Les også:", "Les mer", "Av", "timer siden"),
}
UI: dict[str, dict[str, str]] = {
    lang: dict(zip(("more", "also", "rm", "by", "ago"), row, strict=True))
    for lang, row in _UI.items()
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
Row = Callable[[int, Item, str], str]


def cut(text: str, rng: random.Random, low: int = 55, high: int = 105) -> str:
    """A teaser as a CMS cuts it: at a fixed length, mid-word or at the last word end."""
    n = rng.randint(low, high)
    if n >= len(text):
        return text
    piece = text[:n] if rng.random() < 0.5 else text[: text.rfind(" ", 0, n)]
    return piece.rstrip(" ,;:")


def _rows(items: list[Item], trim: Callable[[str], str], row: Row) -> tuple[str, list[str]]:
    """One row per item from its index, the item and its trimmed teaser; headline + teaser lines."""
    html, lines = [], []
    for i, it in enumerate(items):
        teaser = trim(it.teaser)
        html.append(row(i, it, teaser))
        lines += [it.headline, teaser]
    return "".join(html), lines


def _href(item: Item, i: int) -> str:
    slug = "-".join(item.headline.lower().split()[:5])
    return escape(f"/{item.kicker.lower()}/{slug}-{1000 + i}.html", quote=True)


def _h(text: str) -> str:
    return escape(text)


def seed_pairs(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """Headline and a teaser cut at a fixed length with no mark, one pair after the other."""
    n = rng.randint(90, 100)
    html, lines = _rows(
        items,
        lambda t: t[:n].rstrip(),
        lambda i, it, t: (
            f'<div class="news-item"><a href="{_href(it, i)}"><h2 class="news-title">'
            f'{_h(it.headline)}</h2></a><p class="news-desc">{_h(t)}</p></div>'
        ),
    )
    return f'<div class="related-news">{html}</div>', lines


def seed_flat(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """The seed's shape: plain <p> headline, <p> teaser cut at a fixed length, in the text flow."""
    n = rng.randint(95, 100)
    return _rows(
        items, lambda t: t[:n].rstrip(), lambda i, it, t: f"<p>{_h(it.headline)}</p><p>{_h(t)}</p>"
    )


def inline_strong(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """Bold headline paragraph + teaser paragraph ending in a read-more link, in the text flow."""
    rm = UI[lang]["rm"]
    return _rows(
        items,
        lambda t: cut(t, rng),
        lambda i, it, t: (
            f'<p><strong>{_h(it.headline)}</strong></p><p>{_h(t)}… <a href="{_href(it, i)}">{rm}</a></p>'
        ),
    )


def rail_most_read(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """A numbered "most read" list in a side rail, headline + truncated teaser."""
    html, lines = _rows(
        items,
        lambda t: cut(t, rng, 60, 90),
        lambda i, it, t: (
            f'<li class="most-read__item"><span class="most-read__rank">{i + 1}</span>'
            f'<a href="{_href(it, i)}"><h3 class="most-read__title">{_h(it.headline)}</h3></a>'
            f'<p class="most-read__teaser">{_h(t)}…</p></li>'
        ),
    )
    head = f'<h2 class="rail__title">{UI[lang]["more"]}</h2>'
    return (
        f'<aside class="rail"><div class="rail__inner">{head}<ol class="most-read">{html}</ol></div></aside>',
        lines,
    )


def heading_dek(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """Kicker, <h3> headline, full one-sentence dek, byline and relative time."""
    ui = UI[lang]

    def row(i: int, it: Item, t: str) -> str:
        meta = f"{ui['by']} {rng.choice(AUTHORS)} · <time>{rng.randint(1, 9)} {ui['ago']}</time>"
        return (
            f'<div class="teaser"><span class="teaser__kicker">{_h(it.kicker)}</span>'
            f'<h3 class="teaser__headline"><a href="{_href(it, i)}">{_h(it.headline)}</a></h3>'
            f'<p class="teaser__dek">{_h(t)}</p><div class="teaser__meta">{meta}</div></div>'
        )

    html, lines = _rows(items, lambda t: t, row)
    return (
        f'<section class="more-on-topic"><h2>{ui["more"]}</h2><div class="teaser-list">{html}</div></section>',
        lines,
    )


def cards(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """A card grid: image with alt text and credit, kicker, <h4> title, dek cut with "...", byline."""

    def row(i: int, it: Item, t: str) -> str:
        return (
            f'<article class="card"><figure class="card__media"><img src="/img/{1000 + i}.jpg" '
            f'alt="{escape(it.headline, quote=True)}" loading="lazy"><figcaption>Foto: Agency</figcaption>'
            f'</figure><div class="card__body"><div class="card__kicker">{_h(it.kicker)}</div>'
            f'<h4 class="card__title"><a href="{_href(it, i)}">{_h(it.headline)}</a></h4>'
            f'<p class="card__dek">{_h(t)}...</p><span class="card__byline">'
            f"{UI[lang]['by']} {rng.choice(AUTHORS)}</span> <time>{rng.randint(7, 22)}:{rng.randint(10, 59)}</time>"
            "</div></article>"
        )

    html, lines = _rows(items, lambda t: cut(t, rng, 70, 110), row)
    return f'<div class="c-grid c-grid--3">{html}</div>', lines


def p_links(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """A "read also" lead and one linked headline per paragraph, with a date, in the text flow."""
    rows = [f"<p><b>{UI[lang]['also']}</b></p>"]
    for i, it in enumerate(items):
        date = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026"
        rows.append(f'<p><a href="{_href(it, i)}">{_h(it.headline)}</a> <small>{date}</small></p>')
    return "".join(rows), [it.headline for it in items]


def ul_dash(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """One <li> per story: linked headline, a dash and a teaser cut with " [...]"."""
    html, lines = _rows(
        items,
        lambda t: cut(t, rng, 50, 90),
        lambda i, it, t: f'<li><a href="{_href(it, i)}">{_h(it.headline)}</a> – {_h(t)} [...]</li>',
    )
    return f'<div class="teaser-list teaser-list--compact"><ul>{html}</ul></div>', lines


def table_rows(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """Old-style table of stories: bold linked headline, <br>, small font teaser with "..."."""
    html, lines = _rows(
        items,
        lambda t: cut(t, rng, 60, 100),
        lambda i, it, t: (
            f'<tr><td valign="top"><a href="{_href(it, i)}"><b>{_h(it.headline)}</b></a><br>'
            f'<font size="1">{_h(t)} ...</font></td></tr>'
        ),
    )
    head = f'<tr><td bgcolor="#cccccc"><b>{UI[lang]["more"]}</b></td></tr>'
    return f'<table width="100%" cellpadding="3" border="0">{head}{html}</table>', lines


def amp_related(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """AMP related-stories strip: amp-img with alt, <h4> headline, teaser ending in "…"."""
    html, lines = _rows(
        items,
        lambda t: cut(t, rng, 60, 100),
        lambda i, it, t: (
            f'<a class="amp-rel__item" href="{_href(it, i)}"><amp-img src="/img/{i}.jpg" width="160" '
            f'height="90" alt="{escape(it.kicker, quote=True)}"></amp-img>'
            f'<h4 class="amp-rel__title">{_h(it.headline)}</h4><p>{_h(t)}…</p></a>'
        ),
    )
    return (
        f'<div class="amp-rel"><h3 class="amp-rel__head">{UI[lang]["more"]}</h3>{html}</div>',
        lines,
    )


def div_soup(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """Framework markup: hashed classes, no semantic tags, rank digits, headline and teaser divs."""
    html, lines = _rows(
        items,
        lambda t: cut(t, rng, 60, 110),
        lambda i, it, t: (
            f'<div class="css-q8x1bz"><div class="css-9fk2a1">{i + 1}</div><div class="css-1ws0a4m">'
            f'<a class="css-k7v3pq" href="{_href(it, i)}"><div class="css-2hd81c">{_h(it.headline)}</div></a>'
            f'<div class="css-u2l0r5">{_h(t)}…</div></div></div>'
        ),
    )
    return (
        f'<div class="css-7bx0lj"><div class="css-h1r2t9">{UI[lang]["more"]}</div>{html}</div>',
        lines,
    )


def dl_list(items: list[Item], lang: str, rng: random.Random) -> tuple[str, list[str]]:
    """A definition list of stories: <dt> headline, <dd> teaser cut with " (...)"."""
    html, lines = _rows(
        items,
        lambda t: cut(t, rng, 55, 95),
        lambda i, it, t: f"<dt>{_h(it.headline)}</dt><dd>{_h(t)} (...)</dd>",
    )
    return f'<div class="more-stories"><dl>{html}</dl></div>', lines


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
