"""Page shells of different generations for the blind corpus: where the body and the clutter go."""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

NAV = ["Home", "News", "Politics", "Business", "Sport", "Culture", "Opinion", "Video"]


@dataclass(frozen=True)
class Parts:
    lang: str
    title: str
    byline: str
    date: str
    body: str  # body HTML (paragraphs, lists, quote, fact box)
    clutter: str  # clutter block HTML or ""
    place: str  # "in_body", "after_body" or "after_article"
    jsonld: str  # "" or a JSON-LD script element


Shell = Callable[[Parts], str]


def jsonld(p: Parts, body_text: str | None) -> str:
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p.title,
        "datePublished": p.date,
        "inLanguage": p.lang,
        "author": {"@type": "Person", "name": p.byline.split(" ", 1)[-1]},
    }
    if body_text:
        data["articleBody"] = body_text
    text = json.dumps(data, ensure_ascii=False)
    return f'<script type="application/ld+json">{text}</script>'


def _nav() -> str:
    return "".join(f'<li><a href="/{n.lower()}/">{n}</a></li>' for n in NAV)


def _place(p: Parts) -> tuple[str, str, str]:
    """The clutter block inside the body container, after it in the article, or after the article."""
    inb, aft, out = (
        p.clutter if p.place == k else "" for k in ("in_body", "after_body", "after_article")
    )
    return inb, aft, out


def html5(p: Parts) -> str:
    inb, aft, out = _place(p)
    return f"""<!DOCTYPE html>
<html lang="{p.lang}"><head><meta charset="utf-8"><title>{escape(p.title)} | Daily Courier</title>
<meta property="og:title" content="{escape(p.title, quote=True)}">
<meta name="viewport" content="width=device-width, initial-scale=1">{p.jsonld}</head>
<body class="page page--article"><header class="site-header"><a class="logo" href="/">Daily Courier</a>
<nav class="site-nav"><ul>{_nav()}</ul></nav></header>
<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<main id="main" class="l-main"><div class="l-container">
<article class="c-story"><header class="c-story__header"><h1 class="c-story__headline">{escape(p.title)}</h1>
<div class="c-story__meta"><span class="c-byline">{escape(p.byline)}</span> <time datetime="{p.date}">{p.date[:10]}</time></div></header>
<div class="c-story__body">{p.body}{inb}</div>{aft}
<div class="c-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-mail</a></div></article>
{out}</div></main>
<footer class="site-footer"><p>© 2026 Daily Courier Media Group</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/imprint">Imprint</a></li></ul></footer>
</body></html>"""


def wordpress(p: Parts) -> str:
    inb, aft, out = _place(p)
    return f"""<!DOCTYPE html>
<html lang="{p.lang}"><head><meta charset="UTF-8"><title>{escape(p.title)} – Regional Post</title>
<link rel="stylesheet" href="/wp-content/themes/newsup/style.css">{p.jsonld}</head>
<body class="post-template-default single single-post"><div id="page" class="site">
<div class="top-bar"><span>Tuesday, 3 March 2026</span></div>
<header id="masthead"><div class="site-branding"><p class="site-title"><a href="/">Regional Post</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">{_nav()}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48213" class="post-48213 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{escape(p.title)}</h1>
<div class="entry-meta"><span class="posted-on">{p.date[:10]}</span> <span class="byline">{escape(p.byline)}</span></div></header>
<div class="entry-content">{p.body}{inb}</div>{aft}
<footer class="entry-footer"><span class="cat-links">Posted in News</span></footer></article>
{out}</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form><input type="search" placeholder="Search"></form></section></aside>
</div><footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress</div></footer></div></body></html>"""


def div_soup(p: Parts) -> str:
    inb, aft, out = _place(p)
    return f"""<!DOCTYPE html><html lang="{p.lang}"><head><meta charset="utf-8"><title>{escape(p.title)}</title>{p.jsonld}
<link rel="preload" href="/_next/static/chunks/main.js" as="script"></head>
<body><div id="__next"><div class="css-1d4k2ah"><div class="css-nv01x"><a class="css-logo" href="/">Metro Today</a>
<div class="css-menu">{"".join(f'<a class="css-mi" href="/{n.lower()}">{n}</a>' for n in NAV)}</div></div>
<div class="css-9z0b7a"><div class="css-3mq1yt"><h1 class="css-hl0a">{escape(p.title)}</h1>
<div class="css-byl"><span>{escape(p.byline)}</span><span>{p.date[:10]}</span></div>
<div class="css-ab12cd" data-testid="article-body">{p.body}{inb}</div>{aft}</div>
{out}</div><div class="css-foot">© Metro Today</div></div></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{}}}}}}</script></body></html>"""


def table_old(p: Parts) -> str:
    inb, aft, out = _place(p)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{escape(p.title)}</title>{p.jsonld}</head>
<body bgcolor="#ffffff" topmargin="0"><table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><a href="/"><img src="/img/logo.gif" alt="Valley Gazette" border="0"></a></td></tr>
<tr><td width="150" valign="top" bgcolor="#eeeeee"><font face="Verdana" size="2">
{"<br>".join(f'<a href="/{n.lower()}.htm">{n}</a>' for n in NAV)}</font></td>
<td width="630" valign="top"><font face="Verdana" size="2">
<font size="4"><b>{escape(p.title)}</b></font><br><i>{escape(p.byline)}, {p.date[:10]}</i>
<p></p>{p.body}{inb}{aft}
{out}</font></td></tr>
<tr><td colspan="2" align="center"><font size="1">Copyright 2026 Valley Gazette. All rights reserved.</font></td></tr>
</table></body></html>"""


def amp(p: Parts) -> str:
    inb, aft, out = _place(p)
    return f"""<!doctype html>
<html amp lang="{p.lang}"><head><meta charset="utf-8"><title>{escape(p.title)}</title>
<link rel="canonical" href="https://example.org/news/{zlib.crc32(p.title.encode()) % 10000}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>body{{font-family:sans-serif}}.amp-rel__item{{display:block}}</style>{p.jsonld}</head>
<body><header class="amp-header"><amp-img src="/logo.png" width="120" height="30" alt="NewsNow"></amp-img></header>
<amp-sidebar id="sidebar" layout="nodisplay"><ul>{_nav()}</ul></amp-sidebar>
<article class="amp-article"><h1 class="amp-article__title">{escape(p.title)}</h1>
<div class="amp-article__byline">{escape(p.byline)} · {p.date[:10]}</div>
<amp-img src="/lead.jpg" width="640" height="360" layout="responsive" alt="Symbolbild"></amp-img>
<div class="amp-article__body">{p.body}{inb}</div>{aft}</article>
{out}
<footer class="amp-footer"><a href="/">Back to top</a></footer></body></html>"""


SHELLS: dict[str, Shell] = {
    "html5": html5,
    "wordpress": wordpress,
    "div_soup": div_soup,
    "table_old": table_old,
    "amp": amp,
}
