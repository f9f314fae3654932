"""Shared pieces: escaping, structure blocks, teaser cuts, item metadata, page wrapper."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field


def esc(text: str) -> str:
    return html.escape(text, quote=False)


@dataclass
class Item:
    head: str
    shown: str  # teaser text as shown, without its cut mark
    tail: str  # html after the teaser: cut mark or "more" link, maybe empty
    href: str
    time: str
    date: str
    author: str
    comments: int
    rank: int

    def teaser(self) -> str:
        return esc(self.shown) + self.tail


@dataclass
class Page:
    lang: str
    title: str
    blocks: list[str]  # body html blocks in reading order (paragraphs and structure)
    para_idx: list[int]  # indices in blocks that are plain paragraphs
    items: list[Item]
    rng: random.Random
    label: str
    more: str
    extra_head: list[str] = field(default_factory=list)

    @property
    def dir(self) -> str:
        return "rtl" if self.lang in ("he", "ar") else "ltr"


AUTHORS = ["A. Berg", "M. Lund", "K. Osei", "R. Tanaka", "L. Moreau", "J. Novak", "S. Haddad"]
CUT_STYLES = [
    "whole",
    "mid",
    "word",
    "hellip",
    "dots",
    "brackets",
    "raquo",
    "arrow",
    "rsaquo",
    "more",
]


def cut_teaser(text: str, style: str, lang: str, more: str, href: str) -> tuple[str, str]:
    """Return (shown, tail html) for a teaser cut in the given style."""
    cjk = lang in ("ja", "zh")
    limit = 32 if cjk else 100
    if style == "whole" or len(text) <= limit:
        return text, ""
    if style == "mid":
        return text[:limit].rstrip(), ""
    if cjk:
        shown = text[: limit - 4]
    else:
        cut = text.rfind(" ", 0, limit - 10)
        shown = text[:cut].rstrip(",;:")
    tails = {
        "word": "",
        "hellip": "…",
        "dots": "...",
        "brackets": " [...]",
        "raquo": " »",
        "arrow": " →",
        "rsaquo": " ›",
        "more": f' <a href="{href}" class="more">{esc(more)} ›</a>',
    }
    return shown, tails[style]


def struct_block(block: tuple, rng: random.Random) -> tuple[str, list[str]]:
    """Render one structure block; return its html and the text lines that must survive."""
    kind = block[0]
    v = rng.randrange(3)
    if kind in ("ul", "ol"):
        lead, items = block[1], block[2]
        if v == 2:
            inner = "<br>\n".join(f"– {esc(x)}" for x in items)
            return f"<p>{esc(lead)}</p>\n<p>{inner}</p>", [lead, *items]
        tag = kind if v == 0 else ("ol" if kind == "ul" else "ul")
        lis = "".join(f"<li>{esc(x)}</li>" for x in items)
        return f"<p>{esc(lead)}</p>\n<{tag}>{lis}</{tag}>", [lead, *items]
    if kind == "quote":
        text, credit = block[1], block[2]
        if v == 0:
            h = f"<blockquote><p>“{esc(text)}”</p><cite>{esc(credit)}</cite></blockquote>"
        elif v == 1:
            h = f'<figure class="quote"><blockquote>{esc(text)}</blockquote><figcaption>— {esc(credit)}</figcaption></figure>'
        else:
            h = f'<p class="pullquote">„{esc(text)}“</p>\n<p class="quote-credit">— {esc(credit)}</p>'
        return h, [text, credit]
    if kind == "table":
        heading, rows = block[1], block[2]
        if v == 0:
            trs = "".join(f"<tr><th>{esc(k)}</th><td>{esc(x)}</td></tr>" for k, x in rows)
            return f'<h3>{esc(heading)}</h3>\n<table class="facts">{trs}</table>', [heading] + [
                c for r in rows for c in r
            ]
        if v == 1:
            dl = "".join(f"<dt>{esc(k)}</dt><dd>{esc(x)}</dd>" for k, x in rows)
            return f"<h4>{esc(heading)}</h4>\n<dl>{dl}</dl>", [heading] + [
                c for r in rows for c in r
            ]
        lis = "".join(f"<li>{esc(k)}: {esc(x)}</li>" for k, x in rows)
        return f'<div class="factbox"><h4>{esc(heading)}</h4><ul>{lis}</ul></div>', [heading] + [
            f"{k}: {x}" for k, x in rows
        ]
    if kind == "qa":
        pairs = block[1]
        lines = [s for p in pairs for s in p]
        if v == 0:
            return "\n".join(
                f"<p><strong>{esc(q)}</strong></p>\n<p>{esc(a)}</p>" for q, a in pairs
            ), lines
        if v == 1:
            return "\n".join(f"<h3>{esc(q)}</h3>\n<p>{esc(a)}</p>" for q, a in pairs), lines
        return "<dl>" + "".join(
            f"<dt>{esc(q)}</dt><dd>{esc(a)}</dd>" for q, a in pairs
        ) + "</dl>", lines
    if kind == "h2":
        return (f"<h2>{esc(block[1])}</h2>" if v != 1 else f"<h3>{esc(block[1])}</h3>"), [block[1]]
    if kind == "caption":
        return (
            f'<figure><img src="/img/photo{v}.jpg" alt="" width="800" height="450"><figcaption>{esc(block[1])}</figcaption></figure>',
            [block[1]],
        )
    if kind == "note":
        h = [
            f"<p><em>{esc(block[1])}</em></p>",
            f'<div class="note"><p>{esc(block[1])}</p></div>',
            f"<p><i>{esc(block[1])}</i></p>",
        ][v]
        return h, [block[1]]
    if kind == "byline":
        h = [
            f'<p class="byline">{esc(block[1])}</p>',
            f"<p><strong>{esc(block[1])}</strong></p>",
            f'<div class="author-line">{esc(block[1])}</div>',
        ][v]
        return h, [block[1]]
    raise ValueError(kind)


def para_html(text: str, rng: random.Random, cls: str = "") -> str:
    """A paragraph, sometimes with one inline link around a longer word."""
    body = esc(text)
    if rng.random() < 0.3:
        words = [w for w in text.split() if len(w) >= 7 and w.isalpha()]
        if words:
            w = rng.choice(words)
            body = body.replace(esc(w), f'<a href="/tag/{rng.randrange(999)}">{esc(w)}</a>', 1)
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{body}</p>"


def wrap(
    p: Page, body: str, head: str = "", doctype: str = "<!DOCTYPE html>", html_attrs: str = ""
) -> str:
    heads = "\n".join([head, *p.extra_head])
    return (
        f'{doctype}\n<html lang="{p.lang}" dir="{p.dir}"{html_attrs}>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(p.title)}</title>\n{heads}\n</head>\n{body}\n</html>\n"
    )


def split(items: list[Item], k: int) -> tuple[list[Item], list[Item]]:
    return items[:k], items[k:]
