"""Clutter blocks after and around the article body for long_blind14."""

from __future__ import annotations

from html import escape

from blocks import Page


def tags(pg: Page, cls: str) -> str:
    lab = pg.c("tags", pg.ch["tags"])
    return f'<div class="{cls}"><span>{lab}</span> <a href="/tag/1" rel="tag">{pg.n(pg.art["tag"])}</a></div>'


def share(pg: Page, cls: str, n: int = 2) -> str:
    labs = pg.rng.sample(pg.ch["share"], n)
    return (
        f'<div class="{cls}">'
        + "".join(f'<a href="#s" class="sh">{pg.c("share", s)}</a>' for s in labs)
        + "</div>"
    )


def author(pg: Page, cls: str) -> str:
    name = pg.n(pg.art["byline"])
    return f'<div class="{cls}"><img src="/avatar.jpg" alt=""><div class="{cls}-name">{name}</div><p>{pg.c("author", pg.ch["bio"])}</p></div>'


def related(pg: Page, cls: str, n: int = 3, teasers: bool = True) -> str:
    head = pg.c("related", pg.one("rel"))
    items = []
    for i in range(n):
        h, dek = pg.head()
        t = f'<p class="{cls}-excerpt">{pg.c("related", pg.teaser(dek))}</p>' if teasers else ""
        items.append(
            f'<div class="{cls}-item"><a href="/rel/{i}"><img src="/t/{i}.jpg" alt=""><h3>{pg.c("related", h)}</h3></a>{t}</div>'
        )
    return f'<section class="{cls}"><h2>{head}</h2>{"".join(items)}</section>'


def comments(pg: Page, cls: str) -> str:
    cnt, form, note = pg.ch["com"]
    cnt = cnt.format(n=pg.rng.randint(2, 48))
    return (
        f'<div class="{cls}"><h3>{pg.c("comments", cnt)}</h3><div id="respond"><h3>{pg.c("comments", form)}</h3>'
        f'<p class="note">{pg.c("comments", note)}</p><textarea></textarea></div></div>'
    )


def most_read(pg: Page, cls: str, n: int = 4) -> str:
    head = pg.c("most_read", pg.ch["most"])
    lis = "".join(
        f'<li><span class="rank">{i + 1}</span> <a href="/m/{i}">{pg.c("most_read", pg.head()[0])}</a></li>'
        for i in range(n)
    )
    return f'<div class="{cls}"><h3>{head}</h3><ol>{lis}</ol></div>'


def prevnext(pg: Page, cls: str) -> str:
    prev, nxt = pg.ch["pn"]
    parts = []
    for lab in (prev, nxt):
        parts.append(
            f'<a href="/pn" class="{cls}-link"><span>{pg.c("nav", lab)}</span> <strong>{pg.c("nav", pg.head()[0])}</strong></a>'
        )
    return f'<nav class="{cls}">{"".join(parts)}</nav>'


def cookie(pg: Page, cls: str) -> str:
    text, btn = pg.ch["cookie"]
    return f'<div class="{cls}" role="dialog"><p>{pg.c("cookie", text)}</p><button>{pg.c("cookie", btn)}</button></div>'


def footer(pg: Page, cls: str, n: int = 4) -> str:
    links = pg.ch["foot"][:n]
    lis = "".join(f'<li><a href="/p/{i}">{pg.c("footer", x)}</a></li>' for i, x in enumerate(links))
    return f'<footer class="{cls}"><ul>{lis}</ul></footer>'


def crumbs(pg: Page, cls: str) -> str:
    return f'<div class="{cls}">{pg.c("breadcrumb", pg.ch["bc"])}</div>'


def meta(pg: Page, cls: str) -> str:
    a = pg.art
    return f'<div class="{cls}"><span class="author">{pg.n(a["byline"])}</span> <time>{pg.n(a["date"])}</time></div>'


def doc(pg: Page, head: str, body: str, extra_head: str = "") -> str:
    title = escape(pg.art["title"])
    return (
        f'<!DOCTYPE html>\n<html lang="{pg.art["lang"]}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | {head}</title>\n{extra_head}</head>\n{body}\n</html>\n"
    )


def h1(pg: Page, cls: str = "entry-title", tag: str = "h1") -> str:
    return f'<{tag} class="{cls}">{escape(pg.art["title"])}</{tag}>'
