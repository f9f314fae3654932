"""Rendering helpers: a brief's blocks to HTML plus label lines, clutter items, page chrome."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from html import escape

from pool import POOL, SECTIONS
from pool_topic import TOPIC

LABELS = {
    "en": ("Read also", "More news", "Most read", "Related"),
    "de": ("Lesen Sie auch", "Weitere Nachrichten", "Meistgelesen", "Das könnte Sie interessieren"),
    "fr": ("À lire aussi", "Plus d'actualités", "Les plus lus", "Sur le même sujet"),
    "es": ("Lee también", "Más noticias", "Lo más leído", "Relacionadas"),
    "it": ("Leggi anche", "Altre notizie", "I più letti", "Potrebbe interessarti"),
    "pt": ("Leia também", "Mais notícias", "Mais lidas", "Relacionados"),
    "nl": ("Lees ook", "Meer nieuws", "Meest gelezen", "Gerelateerd"),
    "pl": ("Czytaj także", "Więcej wiadomości", "Najczęściej czytane", "Zobacz również"),
    "sv": ("Läs också", "Fler nyheter", "Mest läst", "Relaterat"),
    "no": ("Les også", "Flere nyheter", "Mest lest", "Relaterte saker"),
    "tr": ("Bunu da okuyun", "Diğer haberler", "En çok okunanlar", "İlgili haberler"),
    "ru": ("Читайте также", "Другие новости", "Самое читаемое", "По теме"),
    "el": ("Διαβάστε επίσης", "Περισσότερες ειδήσεις", "Τα πιο δημοφιλή", "Σχετικά άρθρα"),
}
SITES = [
    "harbourgazette",
    "dailyplain",
    "kurier-nord",
    "lavoixdusud",
    "eldiario-norte",
    "ilcorriere-valle",
    "gazetaregion",
    "nordposten",
    "bygdeavisa",
    "kiyihaber",
]
NAMES = [
    "A. Holm",
    "J. Ferreira",
    "M. Novak",
    "K. Lindqvist",
    "S. Demir",
    "L. Moreau",
    "P. Rossi",
    "E. Jansen",
]


@dataclass
class Item:
    headline: str
    teaser: str  # as shown, trailing ellipsis included
    section: str
    href: str
    time: str
    byline: str
    img: str

    def labels(self, with_teaser: bool = True) -> list[str]:
        lines = [self.headline]
        shown = (
            self.teaser.rstrip(".… ").strip() if self.teaser.endswith(("…", "...")) else self.teaser
        )
        if with_teaser and shown:
            lines.append(shown)
        return lines


@dataclass
class Ctx:
    brief: dict
    rng: random.Random
    site: str
    parts: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    clutter: list[str] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return str(self.brief["lang"])

    @property
    def label(self) -> tuple[str, str, str, str]:
        return LABELS[self.lang]


def slug(text: str) -> str:
    return re.sub(r"\W+", "-", text.lower()).strip("-")[:60]


def truncate(text: str, mode: str, n: int) -> str:
    if mode == "full" or len(text) <= n:
        return text
    if mode == "cut":
        return text[:n]
    if mode == "word":
        return text[:n].rsplit(" ", 1)[0] + " ..."
    return text[:n].rstrip() + "…"


def items(
    ctx: Ctx, mode: str, n: int = 100, teaser: bool = True, topic: bool = False
) -> list[Item]:
    """Pick 6-10 other stories (some on the brief's own topic when asked); record them as clutter labels."""
    rng = ctx.rng
    chosen = rng.sample(POOL[ctx.lang], rng.randint(6, 10))
    if topic:
        chosen = [*TOPIC[ctx.lang], *chosen[: rng.randint(3, 7)]]
        rng.shuffle(chosen)
    out = []
    for headline, dek in chosen:
        hour, minute = rng.randint(6, 22), rng.randint(0, 59)
        item = Item(
            headline=headline,
            teaser=truncate(dek, mode, n) if teaser else "",
            section=rng.choice(SECTIONS[ctx.lang]),
            href=f"https://www.{ctx.site}.example/{rng.randint(1000, 99999)}/{slug(headline)}",
            time=f"{hour:02d}:{minute:02d}",
            byline=rng.choice(NAMES),
            img=f"https://cdn.{ctx.site}.example/img/{rng.randint(10**5, 10**6)}.jpg",
        )
        ctx.clutter.extend(item.labels())
        out.append(item)
    return out


def e(text: str) -> str:
    return escape(text, quote=True)


def _table(caption: str, header: list[str], rows: list[list[str]]) -> tuple[str, list[str]]:
    head = "".join(f"<th>{e(c)}</th>" for c in header)
    body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows)
    html = f"<table><caption>{e(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return html, [caption, *(row[0] for row in rows)]


def block_html(block: tuple, rng: random.Random) -> tuple[str, list[str]]:
    """One block as HTML and the label lines it contributes."""
    kind = block[0]
    if kind == "p":
        return f"<p>{e(block[1])}</p>", [block[1]]
    if kind == "h":
        tag = rng.choice(["h2", "h3"])
        return f"<{tag}>{e(block[1])}</{tag}>", [block[1]]
    if kind == "ul":
        lis = "".join(f"<li>{e(i)}</li>" for i in block[1])
        return f"<ul>{lis}</ul>", list(block[1])
    if kind == "quote":
        if rng.random() < 0.5:
            html = f'<blockquote class="quote"><p>{e(block[1])}</p><p class="quote-credit">{e(block[2])}</p></blockquote>'
        else:
            html = f'<figure class="pullquote"><blockquote><p>{e(block[1])}</p></blockquote><figcaption>{e(block[2])}</figcaption></figure>'
        return html, [block[1], block[2]]
    if kind == "box":
        lis = "".join(f"<li>{e(i)}</li>" for i in block[2])
        return f'<div class="factbox"><h3>{e(block[1])}</h3><ul>{lis}</ul></div>', [
            block[1],
            *block[2],
        ]
    if kind == "table":
        return _table(block[1], block[2], block[3])
    if kind == "qa":
        html, lines = "", []
        for question, answer in block[1]:
            html += f"<p><strong>{e(question)}</strong></p><p>{e(answer)}</p>"
            lines += [question, answer]
        return html, lines
    raise ValueError(kind)


def fill(ctx: Ctx) -> None:
    """Render the brief's blocks into ctx.parts and record body / extra labels."""
    for block in ctx.brief["blocks"]:
        html, lines = block_html(block, ctx.rng)
        ctx.parts.append(html)
        ctx.body.extend(lines)
        if block[0] != "p":
            ctx.extra.extend(lines)


def page(ctx: Ctx, inner: str, head: str = "", html_attr: str = "") -> str:
    title = e(ctx.brief["title"])
    site = ctx.site.replace("-", " ").title()
    nav = "".join(f'<li><a href="/{slug(s)}/">{e(s)}</a></li>' for s in SECTIONS[ctx.lang][:5])
    return (
        f'<!DOCTYPE html>\n<html lang="{ctx.lang}"{html_attr}><head><meta charset="utf-8">'
        f'<title>{title} | {site}</title><meta property="og:title" content="{title}">{head}</head>\n'
        f'<body><header class="site-header"><a class="logo" href="/">{site}</a><nav><ul>{nav}</ul></nav></header>\n'
        f'{inner}\n<footer class="site-footer"><p>© 2026 {site}</p></footer></body></html>\n'
    )


def dateline(ctx: Ctx) -> str:
    day = ctx.rng.randint(1, 28)
    return f'<p class="meta"><span class="author">{e(ctx.rng.choice(NAMES))}</span> · <time datetime="2026-11-{day:02d}T09:30">{day:02d}.11.2026 09:30</time></p>'
