"""Page layouts for briefs_blind12, part C."""

from __future__ import annotations

import json
import re
from html import escape as esc

from common import Page, doc
from layouts_a import tz


def wpblocks(p: Page) -> str:
    lis = "".join(
        f'<li class="wp-block-post"><h2 class="wp-block-post-title"><a href="{it.url}">{esc(it.h)}</a></h2>'
        f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{tz(it)}</p></div>'
        f'<div class="wp-block-post-date"><time>{it.time}</time></div></li>\n'
        for it in p.items
    )
    body = (
        '<body class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title">'
        '<a href="/">Stadskrant</a></p></header>\n<main class="wp-block-group">'
        f'<h1 class="wp-block-post-title">{esc(p.title)}</h1>\n'
        f'<div class="entry-content wp-block-post-content">{p.body()}</div>\n'
        f'<div class="wp-block-query"><ul class="wp-block-post-template">{lis}</ul></div></main>\n'
        '<footer class="wp-block-template-part"><p>Gemaakt met WordPress</p></footer></body>'
    )
    return doc(p, "Stadskrant", body)


def nextjsgrid(p: Page) -> str:
    cards = "".join(
        f'<a class="VideoCard_card__k3" href="{it.url}"><div class="VideoCard_thumb__a1">'
        f'<img src="/_next/image?u={i}" alt=""><span class="VideoCard_dur__z9">{it.duration}</span></div>'
        f'<h3 class="VideoCard_title__q2">{esc(it.h)}</h3><p class="VideoCard_dek__p0">{tz(it)}</p></a>\n'
        for i, it in enumerate(p.items)
    )
    data = json.dumps({"props": {"pageProps": {"id": p.k, "lang": p.lang}}, "page": "/[slug]"})
    body = (
        '<body><div id="__next"><header class="Header_bar__x"><a href="/">◎</a></header>\n'
        f'<main class="Article_main__r"><h1 class="Article_h1__t">{esc(p.title)}</h1>\n'
        f'<div class="Article_body__b">{p.body()}</div>\n'
        f'<section class="Grid_grid__g">{cards}</section></main></div>\n'
        f'<script id="__NEXT_DATA__" type="application/json">{data}</script></body>'
    )
    return doc(p, "◎", body)


def localtv(p: Page) -> str:
    rail = "".join(
        f'<div class="rail-item"><span class="dur">▶ {it.duration}</span><a href="{it.url}">{esc(it.h)}</a>'
        f"<p>{tz(it)}</p></div>\n"
        for it in p.items
    )
    body = (
        '<body><div class="station"><a href="/">Canal 9</a> <a href="/en-vivo">● LIVE</a></div>\n'
        f'<div class="page"><article class="story"><h1>{esc(p.title)}</h1>\n'
        f'<div class="story-body">{p.body()}</div></article>\n'
        f'<aside class="rail"><h2>{esc(p.news)}</h2>{rail}</aside></div>\n'
        "<footer>EEO · FCC</footer></body>"
    )
    return doc(p, "Canal 9", body)


def intlservice(p: Page) -> str:
    world = [it for it in p.items if it.h.isascii()]
    local = [it for it in p.items if not it.h.isascii()]
    strip = "".join(f'<li><a href="{it.url}">{esc(it.h)}</a><p>{tz(it)}</p></li>' for it in world)
    more = "".join(
        f'<li class="bbc-item"><h3><a href="{it.url}">{esc(it.h)}</a></h3><p>{tz(it)}</p></li>\n'
        for it in local
    )
    body = (
        '<body><header class="svc"><a href="/">World Service</a> <a href="/english">English</a></header>\n'
        f'<section class="world"><h2>World</h2><ul>{strip}</ul></section>\n'
        f'<main><h1>{esc(p.title)}</h1><time>۳ دسامبر ۲۰۲۶</time>\n<div class="rich-text">{p.body()}</div></main>\n'
        f'<section class="related"><h2>{esc(p.news)}</h2><ul>{more}</ul></section>\n'
        "<footer>© 2026</footer></body>"
    )
    return doc(p, "World Service", body)


def flankportal(p: Page) -> str:
    half = len(p.items) // 2

    def block(items: list) -> str:
        return "".join(
            f'<div class="news-item"><h3><a href="{it.url}">{esc(it.h)}</a></h3><p>{tz(it)}</p></div>\n'
            for it in items
        )

    body = (
        '<body><div class="portal-top"><a href="/">Portal</a> | Email | Cuaca</div>\n'
        f'<div class="top-stories">{block(p.items[:half])}</div>\n'
        f'<div class="read"><h1>{esc(p.title)}</h1>\n<div class="read__content">{p.body()}</div></div>\n'
        f'<div class="bottom-stories">{block(p.items[half:])}</div>\n'
        '<div class="portal-foot">Pedoman Media Siber</div></body>'
    )
    return doc(p, "Portal", body)


def municipal(p: Page) -> str:
    items = "".join(
        f'<p><a href="{it.url}"><strong>{esc(it.h)}</strong></a><br>{tz(it)}</p>\n'
        for it in p.items
    )
    body = (
        '<body><div id="obec"><div class="znak"><img src="/znak.png" alt=""> Město</div>\n'
        '<ul class="menu"><li><a href="/urad">Úřad</a></li><li><a href="/aktuality">Aktuality</a></li></ul>\n'
        f'<div class="field-body"><h1>{esc(p.title)}</h1>\n{p.body()}\n<hr>\n{items}</div>\n'
        '<div class="paticka">Podatelna · Úřední deska</div></div></body>'
    )
    return doc(p, "Město", body)


def fonttags2001(p: Page) -> str:
    story = re.sub(r"\s*</p>\s*<p>", "<br><br>\n", p.body())
    items = "".join(
        f'<font size="2"><b><a href="{it.url}">{esc(it.h)}</a></b><br>{tz(it)}<br><br></font>\n'
        for it in p.items
    )
    body = (
        '<body bgcolor="#f4f4f4" text="#000000" link="#003399"><center>'
        '<img src="/banner.gif" width="468" height="60" alt=""></center>\n'
        '<table width="100%"><tr><td valign="top" width="140"><font size="1">'
        '<a href="/index.htm">HOME</a><br><a href="/bbs/">BBS</a></font></td><td valign="top">'
        f'<font face="Arial" size="4"><b>{esc(p.title)}</b></font><br><br>\n'
        f'<font face="Arial" size="2">{story}</font>\n<hr size="1">\n{items}</td></tr></table>\n'
        '<center><font size="1">Copyright 2001</font></center></body>'
    )
    return doc(p, "News", body, old=True)


def tabloidflank(p: Page) -> str:
    half = (len(p.items) + 1) // 2
    thumbs = "".join(
        f'<a class="thumb" href="{it.url}"><img src="/t/{i}.jpg" alt=""><b>{esc(it.h)}</b>'
        f'<span>{tz(it)}</span><em class="cmt">{it.comments}</em></a>\n'
        for i, it in enumerate(p.items[:half])
    )
    latest = "".join(
        f'<li><time>{it.time}</time> <a href="{it.url}">{esc(it.h)}</a> — <span>{tz(it)}</span></li>\n'
        for it in p.items[half:]
    )
    body = (
        '<body class="tabloid"><div class="redbar"><a href="/">DAILY</a> <a href="/live">LIVE</a></div>\n'
        f'<div class="trend-strip">{thumbs}</div>\n'
        f'<article><h1 class="big">{esc(p.title)}</h1>\n<div class="article-body">{p.body()}</div></article>\n'
        f'<ul class="latest">{latest}</ul>\n<footer>Daily</footer></body>'
    )
    return doc(p, "Daily", body)


def printview(p: Page) -> str:
    items = "".join(
        f'<p class="oh"><a href="{it.url}">{esc(it.h)}</a></p>\n<p class="ot">{tz(it)}</p>\n'
        for it in p.items
    )
    byline = "".join(f"<p>{esc(x)}</p>" for x in p.extra)
    body = (
        '<body onload="window.print()"><div class="print-logo">প্রিন্ট সংস্করণ · Print</div>\n'
        f'<div class="print-article"><h1>{esc(p.title)}</h1>{byline}\n{p.body()}</div>\n'
        f'<div class="print-other">{items}</div>\n<div class="print-url">https://news.example/{p.k}</div></body>'
    )
    return doc(p, "Print", body)


LAYOUTS = {
    "wpblocks": (wpblocks, ("word", "full")),
    "nextjsgrid": (nextjsgrid, ("full", "word")),
    "localtv": (localtv, ("full", "mid")),
    "intlservice": (intlservice, ("full", "word")),
    "flankportal": (flankportal, ("full", "raw")),
    "municipal": (municipal, ("full", "word")),
    "fonttags2001": (fonttags2001, ("raw", "word")),
    "tabloidflank": (tabloidflank, ("mid", "full")),
    "printview": (printview, ("raw", "full")),
}
