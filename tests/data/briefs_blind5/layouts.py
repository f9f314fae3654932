"""Page layouts of briefs_blind5 (invented for this corpus; see README.md).

Every layout gets a Ctx: the brief's title, its body blocks (HTML strings, paragraphs already
rendered with the layout's paragraph format) and the headline items (possibly none, on control
pages). It returns the full page.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from random import Random


@dataclass
class Item:
    head: str
    teaser: str  # HTML of the teaser as shown (cut marks and "more" links included)
    href: str
    date: str
    author: str
    comments: int
    img: str


@dataclass
class Ctx:
    lang: str
    title: str
    paras: list[str]  # plain text paragraphs
    struct_html: str  # rendered structure ("" if none)
    struct_pos: str  # "top", "mid" or "end"
    items: list[Item]
    label: str
    more: str
    rng: Random
    site: str = "Daily Courier"
    extra: dict = field(default_factory=dict)

    def blocks(self, pfmt: str = "<p>{}</p>") -> list[str]:
        """Body blocks in reading order: paragraphs in ``pfmt`` plus the structure at its place."""
        out = [pfmt.format(html.escape(p, quote=False)) for p in self.paras]
        if self.struct_html:
            pos = {"top": 0, "mid": 1, "end": len(out)}[self.struct_pos]
            out.insert(pos, self.struct_html)
        return out

    def split(self, k: int) -> tuple[list[Item], list[Item]]:
        return self.items[:k], self.items[k:]


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def doc(c: Ctx, body: str, head: str = "", attrs: str = "", bodyattrs: str = "") -> str:
    d = ' dir="rtl"' if c.lang == "ar" else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{c.lang}"{d}{attrs}>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(c.title)} | {c.site}</title>\n{head}</head>\n<body{bodyattrs}>\n{body}\n</body>\n</html>\n"
    )


def nav(c: Ctx) -> str:
    return (
        '<nav class="site-nav"><a href="/">Home</a> <a href="/politics/">Politics</a> '
        '<a href="/region/">Region</a> <a href="/sport/">Sport</a></nav>'
    )


FOOT = '<footer class="site-footer"><p>&copy; 2025 Courier Media Group. All rights reserved.</p></footer>'


# 1. ASP.NET WebForms: form wrapper, viewstate, ctl00 ids, Repeater items with <br>.
def aspnet(c: Ctx) -> str:
    rows = "".join(
        f'<div id="ctl00_cph_rptNews_ctl{i:02d}_pnlItem" class="NewsItem">'
        f'<a id="ctl00_cph_rptNews_ctl{i:02d}_hlTitle" class="NewsTitle" href="{it.href}">{esc(it.head)}</a><br />'
        f'<span id="ctl00_cph_rptNews_ctl{i:02d}_lblTeaser" class="NewsTeaser">{it.teaser}</span></div>\n'
        for i, it in enumerate(c.items)
    )
    more = (
        f'<div id="ctl00_cph_pnlMore"><span class="Rubrik">{esc(c.label)}</span>\n{rows}</div>'
        if rows
        else ""
    )
    body = (
        '<form name="aspnetForm" method="post" action="./Artikel.aspx?id=4411" id="aspnetForm">\n'
        '<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBDw8WAh4EVGV4dAUGTmV3cyAxZGQCBQ8WAh4LXyFJdGVtQ291bnQCCGRk" /></div>\n'
        f'<table id="ctl00_tblMain" width="980" cellpadding="0" cellspacing="0"><tr><td id="ctl00_tdNav" width="160">{nav(c)}</td>\n'
        f'<td id="ctl00_tdContent"><span id="ctl00_cph_lblTitle" class="Titel"><h1>{esc(c.title)}</h1></span>\n'
        f'<span id="ctl00_cph_lblDatum" class="Datum">12.03.2025</span>\n'
        f'<div id="ctl00_cph_pnlText" class="ArtikelText">\n' + "\n".join(c.blocks()) + "\n</div>\n"
        f"{more}</td></tr></table>\n"
        '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgKX7a3vDgLs0bLrBg==" /></form>'
    )
    return doc(c, body)


# 2. Bootstrap grid: cards under the story in col-md-8, list-group in col-md-4.
def bootstrap(c: Ctx) -> str:
    a, b = c.split(len(c.items) // 2)
    cards = "".join(
        f'<div class="col-sm-6 mb-3"><div class="card h-100"><img class="card-img-top" src="{it.img}" alt="">'
        f'<div class="card-body"><h5 class="card-title"><a href="{it.href}" class="stretched-link">{esc(it.head)}</a></h5>'
        f'<p class="card-text">{it.teaser}</p></div></div></div>\n'
        for it in a
    )
    group = "".join(
        f'<a href="{it.href}" class="list-group-item list-group-item-action"><h6 class="mb-1">{esc(it.head)}</h6>'
        f'<small class="text-muted">{it.teaser}</small></a>\n'
        for it in b
    )
    body = (
        f'<nav class="navbar navbar-expand-lg navbar-light bg-light">{nav(c)}</nav>\n'
        '<div class="container"><div class="row">\n<div class="col-md-8">\n'
        f'<article class="mt-4"><h1 class="display-5">{esc(c.title)}</h1><p class="text-muted small">12 March 2025</p>\n'
        + "\n".join(c.blocks('<p class="lead-paragraph">{}</p>'))
        + "\n</article>\n"
        + (
            f'<h4 class="mt-5">{esc(c.label)}</h4><div class="row">\n{cards}</div>\n'
            if cards
            else ""
        )
        + "</div>\n"
        + (
            f'<div class="col-md-4"><div class="list-group mt-4">\n{group}</div></div>\n'
            if group
            else ""
        )
        + f"</div></div>\n{FOOT}"
    )
    return doc(c, body)


# 3. Tailwind utility classes: no semantic names, headlines and teasers are both <p>.
def tailwind(c: Ctx) -> str:
    grid = "".join(
        f'<a class="group block rounded-lg p-4 hover:bg-gray-50" href="{it.href}">'
        f'<p class="text-base font-semibold text-gray-900 group-hover:underline">{esc(it.head)}</p>'
        f'<p class="mt-1 text-sm text-gray-600 line-clamp-2">{it.teaser}</p>'
        f'<p class="mt-2 text-xs text-gray-400">{it.date}</p></a>\n'
        for it in c.items
    )
    body = (
        f'<header class="border-b px-4 py-3">{nav(c)}</header>\n<main class="mx-auto max-w-3xl px-4 py-8">\n'
        f'<h1 class="text-3xl font-bold tracking-tight">{esc(c.title)}</h1>\n'
        '<div class="mt-6 space-y-4 text-lg leading-relaxed">\n'
        + "\n".join(c.blocks('<p class="text-gray-800">{}</p>'))
        + "\n</div>\n"
        + (
            f'<div class="mt-12 border-t pt-6"><p class="text-sm font-medium uppercase text-gray-500">{esc(c.label)}</p>'
            f'<div class="mt-4 grid gap-4 sm:grid-cols-2">\n{grid}</div></div>\n'
            if grid
            else ""
        )
        + "</main>"
    )
    return doc(c, body)


# 4. WordPress Gutenberg: latest-posts block with excerpts inside entry-content.
def gutenberg(c: Ctx) -> str:
    lis = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{it.href}">{esc(it.head)}</a>'
        f'<time datetime="2025-03-12" class="wp-block-latest-posts__post-date">{it.date}</time>'
        f'<div class="wp-block-latest-posts__post-excerpt">{it.teaser}</div></li>\n'
        for it in c.items
    )
    blocks = c.blocks('<p class="wp-block-paragraph">{}</p>')
    body = (
        f'<div class="wp-site-blocks"><header class="wp-block-template-part">{nav(c)}</header>\n'
        f'<main class="wp-block-group"><h1 class="wp-block-post-title">{esc(c.title)}</h1>\n'
        '<div class="entry-content wp-block-post-content is-layout-flow">\n'
        + "\n".join(blocks)
        + (
            f'\n<h2 class="wp-block-heading">{esc(c.label)}</h2>\n'
            f'<ul class="wp-block-latest-posts__list has-dates has-excerpts wp-block-latest-posts">\n{lis}</ul>'
            if lis
            else ""
        )
        + "\n</div></main></div>"
    )
    return doc(c, body)


# 5. Arc XP-like: c-paragraph blocks, c-stack promos (h2 c-heading) inline and after.
def arcxp(c: Ctx) -> str:
    a, b = c.split(2)

    def promos(items: list[Item]) -> str:
        return "".join(
            f'<div class="c-stack b-top-table-list-small" data-style-direction="vertical">'
            f'<a href="{it.href}" class="c-link"><h2 class="c-heading">{esc(it.head)}</h2></a>'
            f'<p class="c-description">{it.teaser}</p><span class="c-date">{it.date}</span></div>\n'
            for it in items
        )

    blocks = c.blocks('<p class="c-paragraph" data-type="text">{}</p>')
    if a:
        blocks.insert(2, f'<div class="b-article-body__interstitial">{promos(a)}</div>')
    body = (
        f'<div id="fusion-app">{nav(c)}<main class="b-single-chain">\n'
        f'<h1 class="c-heading b-headline">{esc(c.title)}</h1><div class="c-byline">By Staff</div>\n'
        '<article class="b-article-body">\n'
        + "\n".join(blocks)
        + "\n</article>\n"
        + (
            f'<div class="b-top-table-list"><h3 class="c-heading">{esc(c.label)}</h3>\n{promos(b)}</div>'
            if b
            else ""
        )
        + "</main></div>"
    )
    return doc(c, body)


# 6. Squarespace-like: sqs-blocks, summary block with "Read More →".
def squarespace(c: Ctx) -> str:
    items = "".join(
        f'<div class="summary-item summary-item-record-type-text"><div class="summary-content">'
        f'<div class="summary-title"><a href="{it.href}" class="summary-title-link">{esc(it.head)}</a></div>'
        f'<div class="summary-metadata-container"><time class="summary-metadata-item--date">{it.date}</time></div>'
        f'<div class="summary-excerpt"><p>{it.teaser}</p></div>'
        f'<a href="{it.href}" class="summary-read-more-link">{esc(c.more)} →</a></div></div>\n'
        for it in c.items
    )
    body = (
        f'<div id="siteWrapper"><header id="header">{nav(c)}</header><main id="page">\n'
        '<article class="BlogItem hentry"><div class="blog-item-title"><h1 class="entry-title">'
        f"{esc(c.title)}</h1></div>\n"
        '<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">\n'
        '<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">\n'
        + "\n".join(c.blocks('<p class="" style="white-space:pre-wrap;">{}</p>'))
        + "\n</div></div>\n"
        + (
            '<div class="sqs-block summary-v2-block sqs-block-summary-v2"><div class="sqs-block-content">'
            f'<div class="summary-heading"><p>{esc(c.label)}</p></div><div class="summary-item-list">\n{items}</div></div></div>\n'
            if items
            else ""
        )
        + "</div></div></div></article></main></div>"
    )
    return doc(c, body)


# 7. Wix-like: every text is a richTextElement in a comp-* div, items too.
def wix(c: Ctx) -> str:
    ids = iter(f"comp-l{c.rng.randrange(16**6):06x}" for _ in range(100))
    story = "".join(
        c.blocks(
            '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">{}</span></p>'
        )
    )
    items = "".join(
        f'<div id="{next(ids)}" class="_1Q9if" data-testid="richTextElement">'
        f'<h4 class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="{it.href}">{esc(it.head)}</a></span></h4>'
        f'<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">{it.teaser}</span></p></div>\n'
        for it in c.items
    )
    body = (
        f'<div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER">{nav(c)}</header>\n'
        f'<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section id="{next(ids)}" class="wixui-section">\n'
        f'<div id="{next(ids)}" class="_1Q9if" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">'
        f'<span class="wixui-rich-text__text">{esc(c.title)}</span></h1></div>\n'
        f'<div id="{next(ids)}" class="_1Q9if" data-testid="richTextElement">{story}</div>\n'
        f"{items}</section></div></main></div></div>"
    )
    return doc(c, body)


# 8. React hydration markup: styled-components classes, <!-- --> text splits, Apollo state script.
def reacthydr(c: Ctx) -> str:
    import json

    cards = "".join(
        f'<article class="sc-{c.rng.randrange(16**5):05x} Card__Wrap-sc-1b2c3d"><a href="{it.href}" class="sc-kEqXSa">'
        f'<h3 class="sc-jSUZER Card__Title-sc-4e5f6g">{esc(it.head)}</h3></a>'
        f'<p class="sc-gKPRtg Card__Dek-sc-7h8i9j">{it.teaser}</p>'
        f'<span class="sc-iBYQkv">{it.comments}<!-- --> <!-- -->💬</span></article>\n'
        for it in c.items
    )
    state = {
        "Article:1": {"headline": c.title},
        "ROOT_QUERY": {"rail": [it.head for it in c.items]},
    }
    body = (
        f'<div id="root"><div data-reactroot=""><header class="sc-bdVaJa Header__Bar-sc-0">{nav(c)}</header>\n'
        '<div class="sc-1x2y3z Layout__Grid-sc-9f8a7 hVhXxZ"><main class="sc-htpNat Article__Wrapper-sc-abc12">\n'
        f'<h1 class="sc-bxivhb Headline-sc-x1">{esc(c.title)}</h1>\n'
        '<div class="sc-EHOje RichText__Body-sc-q9w8e">\n'
        + "\n".join(c.blocks('<p class="sc-bZQynM Paragraph-sc-p1">{}</p>'))
        + "\n</div></main>\n"
        + (
            f'<aside class="sc-7g8h9i Rail__Container-sc-r1"><h2 class="sc-gzVnrw">{esc(c.label)}</h2>\n{cards}</aside>'
            if cards
            else ""
        )
        + f"</div></div></div>\n<script>window.__APOLLO_STATE__={json.dumps(state, ensure_ascii=False)};</script>"
    )
    return doc(c, body)


# 9. Microformats h-entry: the story is an h-entry, the items are h-entries in an h-feed.
def hentry(c: Ctx) -> str:
    feed = "".join(
        f'<article class="h-entry"><h2 class="p-name"><a class="u-url" href="{it.href}">{esc(it.head)}</a></h2>'
        f'<p class="p-summary">{it.teaser}</p><footer><a class="p-author h-card" href="/authors/">{esc(it.author)}</a> '
        f'<time class="dt-published">{it.date}</time></footer></article>\n'
        for it in c.items
    )
    body = (
        f'<header>{nav(c)}</header>\n<main><article class="h-entry">\n<h1 class="p-name">{esc(c.title)}</h1>\n'
        '<p class="byline"><a class="p-author h-card" href="/authors/nk">N. Kerr</a> <time class="dt-published" datetime="2025-03-12">12 March 2025</time></p>\n'
        '<div class="e-content">\n'
        + "\n".join(c.blocks())
        + "\n</div>\n</article>\n"
        + (
            f'<section class="h-feed"><h2 class="p-name">{esc(c.label)}</h2>\n{feed}</section>'
            if feed
            else ""
        )
        + "</main>"
    )
    return doc(c, body)


# 10. schema.org itemprop article with an ItemList of <li><a><span> inside the article scope.
def itemprop(c: Ctx) -> str:
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<meta itemprop="position" content="{i + 1}"><a itemprop="url" href="{it.href}">'
        f'<span itemprop="name" class="rel-title">{esc(it.head)}</span> '
        f'<span itemprop="description" class="rel-desc">{it.teaser}</span></a></li>\n'
        for i, it in enumerate(c.items)
    )
    body = (
        f"{nav(c)}\n"
        '<div itemscope itemtype="https://schema.org/NewsArticle" class="article">\n'
        f'<h1 itemprop="headline">{esc(c.title)}</h1>\n<meta itemprop="datePublished" content="2025-03-12">\n'
        '<div itemprop="articleBody" class="article-text">\n'
        + "\n".join(c.blocks())
        + "\n</div>\n"
        + (
            f'<div class="related" itemscope itemtype="https://schema.org/ItemList"><h3 itemprop="name">{esc(c.label)}</h3>'
            f"<ul>\n{lis}</ul></div>\n"
            if lis
            else ""
        )
        + f"</div>\n{FOOT}"
    )
    return doc(c, body)


LayoutFn = Callable[[Ctx], str]
