"""HTML helpers and the first 14 layouts of briefs_blind11.

Each layout takes a page object P (lang, dir, title, blocks, items, ch, control) and returns HTML.
P.items: dicts with h (headline), dek (escaped teaser HTML with its cut mark or "more" link),
kick, time, n (rank), url."""

from __future__ import annotations

import html
from typing import Any

KICKS = ["WEATHER", "SPORT", "MONEY", "CITY", "CULTURE"]


def e(s: str) -> str:
    return html.escape(s, quote=True)


def block(b: tuple[Any, ...], pcls: str = "", old: bool = False) -> str:
    c = f' class="{pcls}"' if pcls else ""
    kind = b[0]
    if kind == "p":
        return f"<p{c}>{e(b[1])}</p>"
    if kind == "h":
        return f"<p{c}><b>{e(b[1])}</b></p>" if old else f"<h2>{e(b[1])}</h2>"
    if kind == "list":
        lis = "".join(f"<li>{e(x)}</li>" for x in b[2])
        return f"<p{c}>{e(b[1])}</p><ul>{lis}</ul>"
    if kind == "quote":
        return f"<blockquote><p>“{e(b[1])}”</p><cite>{e(b[2])}</cite></blockquote>"
    if kind == "table":
        rows = "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in b[1])
        return f'<table class="facts">{rows}</table>'
    if kind == "qa":
        return f"<p{c}><strong>{e(b[1])}</strong></p><p{c}>{e(b[2])}</p>"
    if kind == "caption":
        return (
            '<figure><img src="/img/photo-1.jpg" width="640" alt="">'
            f"<figcaption>{e(b[1])}</figcaption></figure>"
        )
    if kind == "note":
        return f'<p class="update"><em>{e(b[1])}</em></p>'
    if kind == "byline":
        return f'<p class="byline">{e(b[1])}</p>'
    raise ValueError(kind)


def body(P: Any, pcls: str = "", old: bool = False) -> str:
    return "\n".join(block(b, pcls, old) for b in P.blocks)


def interleave(P: Any, groups: list[str], pcls: str = "") -> str:
    """The brief's blocks with groups[i] inserted after the (i+1)-th paragraph (never after the last)."""
    out, seen = [], 0
    paras = sum(1 for b in P.blocks if b[0] == "p")
    for b in P.blocks:
        out.append(block(b, pcls))
        if b[0] == "p":
            seen += 1
            if seen < paras and seen <= len(groups):
                out.append(groups[seen - 1])
    return "\n".join(out)


def shell(P: Any, main: str, head: str = "", site: str = "Daily Courier") -> str:
    d = f' dir="{P.dir}"' if P.dir != "ltr" else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{P.lang}"{d}>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(P.title)} | {site}</title>\n"
        f'<meta property="og:title" content="{e(P.title)}">\n{head}</head>\n<body>\n'
        f'<header><a href="/">{site}</a><nav><a href="/news">News</a> <a href="/sport">Sport</a>'
        ' <a href="/culture">Culture</a></nav></header>\n'
        f'{main}\n<footer><p>© 2026 {site}</p><a href="/privacy">Privacy</a></footer>\n'
        "<script>window.dataLayer=[];</script>\n</body>\n</html>\n"
    )


def items_or_empty(P: Any, html_items: str) -> str:
    return "" if P.control else html_items


def drupal8(P: Any) -> str:
    rows = "".join(
        f'<div class="views-row"><h3 class="node__title"><a href="{it["url"]}">{e(it["h"])}</a></h3>'
        f'<div class="field field--name-field-teaser"><p>{it["dek"]}</p></div></div>\n'
        for it in P.items
    )
    main = (
        f'<main><article class="node node--type-article"><h1 class="page-title">{e(P.title)}</h1>'
        '<div class="node__meta">12.02.2026</div>'
        f'<div class="clearfix text-formatted field field--name-body">\n{body(P)}\n</div></article>\n'
        f'<div class="views-element-container"><h2>{P.ch[1]}</h2><div class="view-content">'
        f"{rows}</div></div></main>"
    )
    return shell(P, main, site="Stadtportal")


def ghost(P: Any) -> str:
    cards = "".join(
        f'<article class="post-card"><a class="post-card-content-link" href="{it["url"]}">'
        f'<div class="post-card-primary-tag">{KICKS[it["n"] % 5]}</div>'
        f'<h2 class="post-card-title">{e(it["h"])}</h2>'
        f'<div class="post-card-excerpt">{it["dek"]}</div></a>'
        f'<footer class="post-card-meta"><time>{it["time"]}</time><span>{2 + it["n"] % 6} min read</span>'
        "</footer></article>\n"
        for it in P.items
    )
    main = (
        f'<main class="site-main"><article class="article post"><header class="article-header gh-canvas">'
        f'<h1 class="article-title">{e(P.title)}</h1></header>'
        f'<section class="gh-content gh-canvas">\n{body(P)}\n</section></article>\n'
        f'<aside class="read-more-wrap"><div class="read-more inner"><h3>{P.ch[1]}</h3>{cards}</div></aside></main>'
    )
    return shell(P, main, site="The Ledger")


def substack(P: Any) -> str:
    prev = "".join(
        f'<div class="post-preview"><a class="post-preview-title" href="{it["url"]}">{e(it["h"])}</a>'
        f'<div class="post-preview-description">{it["dek"]}</div>'
        f'<div class="post-preview-meta"><time>{it["time"]}</time> <a class="comments">'
        f'<svg width="14"></svg>{3 + it["n"] * 4}</a></div></div>\n'
        for it in P.items
    )
    main = (
        f'<div class="single-post"><h1 class="post-title">{e(P.title)}</h1>'
        '<div class="subscribe-widget"><input type="email"><button>Subscribe</button></div>'
        f'<div class="available-content"><div class="body markup" dir="auto">\n{body(P)}\n</div></div>'
        '<div class="post-footer"><button>Share</button></div></div>\n'
        f'<div class="more-from"><h4>{P.ch[1]}</h4><div class="portable-archive-list">{prev}</div></div>'
    )
    return shell(P, main, site="Borderlines")


def livecms(P: Any) -> str:
    extra = ""
    if not P.control:
        extra = f"\n<p><strong>{P.ch[1]}</strong></p>\n" + "".join(
            f'<p><strong><a href="{it["url"]}">{e(it["h"])}</a></strong></p>\n<p>{it["dek"]}</p>\n'
            for it in P.items
        )
    main = (
        f'<div id="content"><h1>{e(P.title)}</h1><div class="date">03.03.2026 09:41</div>'
        f'<div class="rich-text">\n{body(P)}\n{extra}</div>'
        '<div class="tags"><a href="/tag/news">news</a></div></div>'
    )
    return shell(P, main, site="Kurier Regional")


def liveblog(P: Any) -> str:
    ents = "".join(
        f'<div class="lb-entry"><div class="lb-time">{it["time"]}</div>'
        f'<div class="lb-body"><h3>{e(it["h"])}</h3><p>{it["dek"]}</p></div></div>\n'
        for it in P.items
    )
    main = (
        f'<main class="liveblog"><h1>{e(P.title)}</h1><div class="lb-status">LIVE</div>'
        '<div class="lb-entries">'
        f'<div class="lb-entry lb-pinned"><div class="lb-time">07:30</div><div class="lb-body">\n{body(P)}\n'
        f"</div></div>\n{ents}</div></main>"
    )
    return shell(P, main, site="Live Desk")


def ticker(P: Any) -> str:
    lis = "".join(
        f'<li><a href="{it["url"]}">{e(it["h"])}</a> <span class="tk-dek">{it["dek"]}</span></li>'
        for it in P.items
    )
    main = (
        f'<div class="ticker"><span class="tk-label">{P.ch[0]}</span><ul>{lis}</ul></div>\n'
        f'<article class="story"><h1>{e(P.title)}</h1><div class="story-text">\n{body(P)}\n</div></article>'
    )
    return shell(P, main, site="Metro Wire")


def railcol(P: Any) -> str:
    ol = "".join(
        f'<li class="rail-item"><span class="rail-rank">{it["n"] + 1}</span>'
        f'<a href="{it["url"]}"><span class="rail-head">{e(it["h"])}</span></a>'
        f'<p class="rail-dek">{it["dek"]}</p></li>'
        for it in P.items
    )
    main = (
        '<div class="container"><div class="row">'
        f'<div class="col-md-8"><article><h1>{e(P.title)}</h1><div class="article-body">\n{body(P)}\n'
        "</div></article></div>"
        f'<div class="col-md-4 rail"><h3>{P.ch[4]}</h3><ol class="rail-list">{ol}</ol></div></div></div>'
    )
    return shell(P, main, site="Tribune")


def _promo(its: list[dict[str, Any]]) -> str:
    return "".join(
        f'<div class="promo-component"><span class="promo-kicker">{KICKS[it["n"] % 5]}</span>'
        f'<h4><a href="{it["url"]}">{e(it["h"])}</a></h4><p>{it["dek"]}</p></div>'
        for it in its
    )


def promoinline(P: Any) -> str:
    its = P.items
    paras = sum(1 for b in P.blocks if b[0] == "p")
    gaps = max(1, paras - 1)
    per = -(-len(its) // (gaps + 1)) if its else 0
    groups = [_promo(its[i * per : (i + 1) * per]) for i in range(gaps)]
    rest = _promo(its[gaps * per :])
    main = (
        f'<article class="article"><h1>{e(P.title)}</h1><div class="article-body">\n'
        f'{interleave(P, groups)}\n</div><div class="end-promos">{rest}</div></article>'
    )
    return shell(P, main, site="Evening Post")


def tablenews(P: Any) -> str:
    trs = "".join(
        f'<tr><td class="d">{it["time"]}</td><td><a href="{it["url"]}"><b>{e(it["h"])}</b></a><br>'
        f"{it['dek']}</td></tr>"
        for it in P.items
    )
    main = (
        f'<table width="100%"><tr><td class="main"><h1>{e(P.title)}</h1>\n{body(P, old=True)}\n</td></tr></table>'
        f'<h3>{P.ch[1]}</h3><table class="headlines" cellpadding="4">{trs}</table>'
    )
    return shell(P, main, site="Nachrichtenblatt")


def dlrelated(P: Any) -> str:
    dl = "".join(
        f'<dt><a href="{it["url"]}">{e(it["h"])}</a></dt><dd>{it["dek"]}</dd>' for it in P.items
    )
    main = (
        f'<div id="article"><h1>{e(P.title)}</h1><div class="text">\n{body(P)}\n</div></div>'
        f'<div id="related"><h2>{P.ch[3]}</h2><dl>{dl}</dl></div>'
    )
    return shell(P, main, site="Gazeta")


def brdiv(P: Any) -> str:
    divs = "".join(
        f'<div class="news-item"><b>{e(it["h"])}</b><br>{it["dek"]}<br><small>{it["time"]}</small></div>'
        for it in P.items
    )
    main = (
        f'<div class="content"><h1>{e(P.title)}</h1><div class="news-text">\n{body(P)}\n</div>'
        f'<div class="news-list"><div class="hd">{P.ch[0]}</div>{divs}</div></div>'
    )
    return shell(P, main, site="Novosti")


def seedtext(P: Any) -> str:
    lines = "".join(
        f'<p><a href="{it["url"]}">{e(it["h"])}</a></p>\n<p>{it["dek"]}</p>\n' for it in P.items
    )
    by = f'<p class="author">{e(P.byline)}</p>' if P.byline else ""
    main = (
        f'<div class="post"><h1>{e(P.title)}</h1>{by}<div class="entry">\n{body(P)}\n</div></div>\n'
        f'<div class="widget">\n{lines}</div>'
    )
    return shell(P, main, site="Devdiscourse Wire")


def cjkportal(P: Any) -> str:
    lis = "".join(
        f'<li><a href="{it["url"]}">{e(it["h"])}</a><span class="summary">{it["dek"]}</span>'
        f'<span class="time">{it["time"]}</span></li>'
        for it in P.items
    )
    main = (
        f'<div class="main"><div class="article"><h1 class="title">{e(P.title)}</h1>'
        f'<div class="source">2026-03-02 08:00</div><div class="article-content" id="content">\n{body(P)}\n</div></div>'
        f'<div class="side"><div class="hd">{P.ch[3]}</div><ul class="news-list">{lis}</ul></div></div>'
    )
    return shell(P, main, site="Portal")


def arabportal(P: Any) -> str:
    its = P.items
    box = ""
    if its:
        box = (
            f'<div class="read-also"><span>{P.ch[3]}</span>'
            + "".join(
                f'<a href="{it["url"]}"><strong>{e(it["h"])}</strong> <em>{it["dek"]}</em></a>'
                for it in its[:2]
            )
            + "</div>"
        )
    lis = "".join(
        f'<div class="card"><h3><a href="{it["url"]}">{e(it["h"])}</a></h3><p>{it["dek"]}</p></div>'
        for it in its[2:]
    )
    main = (
        f'<div class="article-page"><h1>{e(P.title)}</h1><div class="article-text">\n'
        f"{interleave(P, [box] if box else [])}\n</div>"
        f'<section class="more"><h2>{P.ch[1]}</h2>{lis}</section></div>'
    )
    return shell(P, main, site="Al Akhbar")
