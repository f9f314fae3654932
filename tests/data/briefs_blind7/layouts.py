"""Page layouts for briefs_blind7 (part 1) and the shared rendering helpers."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape as e
from typing import Any


@dataclass
class It:
    """One headline item as shown: teaser already cut (mark/more added by the layout)."""

    head: str
    teaser: str
    mark: str = ""
    more: bool = False
    url: str = "/"
    time: str = ""
    author: str = ""
    cat: str = ""
    comments: int = 0


@dataclass
class Ctx:
    lang: str
    title: str
    blocks: list[tuple[Any, ...]]
    items: list[It]
    rng: random.Random
    more: str
    label: str
    extra: dict[str, str] = field(default_factory=dict)


Layout = Callable[[Ctx], str]
P_T3 = '<p class="bodytext">{}</p>'
P_MED = '<p class="pw-post-body-paragraph jp jq fc">{}</p>'


def tz(c: Ctx, it: It) -> str:
    """The teaser as shown: cut text, cut mark, localised "more" link."""
    link = f' <a href="{it.url}" class="more">{e(c.more)}</a>' if it.more else ""
    return f"{e(it.teaser)}{e(it.mark)}{link}"


def block(b: tuple[Any, ...], p: str, rng: random.Random) -> str:
    """One body block as HTML; `p` formats a paragraph ("{}" is the escaped text)."""
    kind = b[0]
    if kind == "p":
        return p.format(e(b[1]))
    if kind == "ul":
        lis = "".join(f"<li>{e(x)}</li>" for x in b[2])
        return p.format(e(b[1])) + f"\n<ul>{lis}</ul>"
    if kind == "quote":
        if rng.random() < 0.5:
            return f"<blockquote><p>{e(b[1])}</p><cite>{e(b[2])}</cite></blockquote>"
        return f'<figure class="quote"><blockquote>{e(b[1])}</blockquote><figcaption>— {e(b[2])}</figcaption></figure>'
    if kind == "fact":
        if rng.random() < 0.5:
            rows = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in b[2])
            return f'<aside class="factbox"><h3>{e(b[1])}</h3><table>{rows}</table></aside>'
        dl = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in b[2])
        return f'<div class="facts"><h4>{e(b[1])}</h4><dl>{dl}</dl></div>'
    if kind == "sub":
        return f"<h2>{e(b[1])}</h2>\n" + p.format(e(b[2]))
    if kind == "qa":
        return "\n".join(f"<p><strong>{e(q)}</strong></p>\n" + p.format(e(a)) for q, a in b[1])
    return f'<p class="correction"><em>{e(b[1])}</em></p>'  # corr


def body(c: Ctx, p: str = "<p>{}</p>") -> list[str]:
    return [block(b, p, c.rng) for b in c.blocks]


def page(c: Ctx, main: str, head: str = "", bodyattr: str = "") -> str:
    rtl = ' dir="rtl"' if c.lang in ("ar", "he") else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{c.lang}"{rtl}>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(c.title)} | {c.extra.get('site', 'News')}</title>\n{head}</head>\n"
        f"<body{bodyattr}>\n{main}\n</body>\n</html>\n"
    )


def movabletype(c: Ctx) -> str:
    lis = "".join(
        f'<li class="module-list-item"><a href="{i.url}">{e(i.head)}</a><br />{tz(c, i)}</li>\n'
        for i in c.items
    )
    main = f'<div id="container"><div id="banner"><h1 id="banner-header"><a href="/">Harbour Notes</a></h1></div>\n<div id="alpha"><div class="entry" id="entry-1042"><h3 class="entry-header">{e(c.title)}</h3>\n<div class="entry-content"><div class="entry-body">\n{chr(10).join(body(c))}\n</div></div>\n<p class="entry-footer"><span class="post-footers">Posted by editor at 09:14 AM</span> | <a href="#comments">Comments (2)</a> | <a href="#trackback">TrackBack</a></p></div></div>\n<div id="beta"><div class="module-recent-entries module"><h2 class="module-header">{e(c.label)}</h2><div class="module-content"><ul class="module-list">\n{lis}</ul></div></div>\n<div class="module-powered module"><div class="module-content">Powered by Movable Type 3.2</div></div></div></div>'
    return page(c, main, '<link rel="stylesheet" href="/styles-site.css" type="text/css" />\n')


def typo3(c: Ctx) -> str:
    items = "".join(
        f'<div class="news-list-item"><span class="news-list-date">{i.time}</span><h3><a href="{i.url}">{e(i.head)}</a></h3><p>{tz(c, i)}</p></div>\n'
        for i in c.items
    )
    main = f'<div id="page"><div id="col2"><!--TYPO3SEARCH_begin--><div id="c311" class="csc-default"><div class="news-single-item"><h1>{e(c.title)}</h1>\n{chr(10).join(body(c, P_T3))}\n</div></div>\n<!--TYPO3SEARCH_end--><div id="c312" class="csc-default"><div class="csc-header"><h2>{e(c.label)}</h2></div><div class="news-list-container">\n{items}</div></div></div></div>'
    return page(c, main, '<meta name="generator" content="TYPO3 4.2 CMS" />\n')


def ezpublish(c: Ctx) -> str:
    parts = body(c)
    kids = "".join(
        f'<div class="content-view-line"><div class="class-article float-break"><h2><a href="{i.url}">{e(i.head)}</a></h2><div class="attribute-short"><p>{tz(c, i)}</p></div></div></div>\n'
        for i in c.items
    )
    main = f'<div id="page"><div id="maincontent"><div class="content-view-full"><div class="class-article"><div class="attribute-header"><h1>{e(c.title)}</h1></div><div class="attribute-byline"><span class="date">12/03/2006 10:41</span></div>\n<div class="attribute-intro">{parts[0]}</div>\n<div class="attribute-body">{chr(10).join(parts[1:])}</div></div>\n<div class="content-view-children">\n{kids}</div></div></div></div>'
    return page(c, main)


def blogger(c: Ctx) -> str:
    paras = [b for b in c.blocks if b[0] == "p"]
    text = "<br /><br />\n".join(e(b[1]) for b in paras)
    rest = "\n".join(block(b, "<p>{}</p>", c.rng) for b in c.blocks if b[0] != "p")
    lis = "".join(
        f'<li><div class="item-content"><div class="item-thumbnail"><a href="{i.url}"><img alt="" border="0" height="72" src="https://blogger.example/img/{n}.jpg" width="72"/></a></div><div class="item-title"><a href="{i.url}">{e(i.head)}</a></div><div class="item-snippet">{tz(c, i)}</div></div><div style="clear: both;"></div></li>\n'
        for n, i in enumerate(c.items)
    )
    main = f'<div class="content-outer"><div class="main-inner"><div class="date-outer"><h2 class="date-header"><span>Tuesday, March 9, 2010</span></h2><div class="post hentry uncustomized-post-template"><h3 class="post-title entry-title">{e(c.title)}</h3><div class="post-header"></div><div class="post-body entry-content" id="post-body-771">\n{text}\n{rest}\n<div style="clear: both;"></div></div><div class="post-footer">Posted by <span class="fn">Editor</span> at 8:12 AM <a class="comment-link" href="#c">0 comments</a></div></div></div></div>\n<div class="sidebar section" id="sidebar-right-1"><div class="widget PopularPosts" id="PopularPosts1"><h2>Popular Posts</h2><div class="widget-content popular-posts"><ul>\n{lis}</ul></div></div></div></div>'
    return page(c, main, "<meta content='blogger' name='generator'/>\n")


def tumblr(c: Ctx) -> str:
    def post(i: It) -> str:
        return f'<article class="post text"><div class="post-content"><h2 class="title"><a href="{i.url}">{e(i.head)}</a></h2><p>{tz(c, i)}</p><p><a class="read_more" href="{i.url}">Keep reading</a></p></div><footer class="post-meta"><a href="{i.url}">{i.comments} notes</a></footer></article>\n'

    before, after = c.items[:2], c.items[2:]
    story = f'<article class="post text permalink"><div class="post-content"><h1 class="title">{e(c.title)}</h1>\n{chr(10).join(body(c))}\n</div><footer class="post-meta"><span class="tags">#news</span></footer></article>\n'
    main = f'<div id="container"><header><h1 class="blog-title"><a href="/">city desk</a></h1></header><section id="posts">\n{"".join(map(post, before))}{story}{"".join(map(post, after))}</section><nav class="pagination"><a href="/page/2">Older posts</a></nav></div>'
    return page(c, main)


def wagtail(c: Ctx) -> str:
    def rel(items: list[It]) -> str:
        lis = "".join(
            f'<li><a href="{i.url}"><strong>{e(i.head)}</strong> <span>{tz(c, i)}</span></a></li>'
            for i in items
        )
        return f'<div class="block-related_pages"><h3 class="related__title">{e(c.label)}</h3><ul class="related">{lis}</ul></div>'

    parts = [
        f'<div class="block-paragraph"><div class="rich-text">{x}</div></div>' for x in body(c)
    ]
    k = min(2, len(parts))
    sf = "\n".join([*parts[:k], rel(c.items[:3]), *parts[k:], rel(c.items[3:])])
    main = f'<main id="main"><article class="article-page"><header><h1 class="article-page__title">{e(c.title)}</h1><p class="article-page__meta">Published 4 June 2019</p></header>\n<div class="streamfield">\n{sf}\n</div></article></main>'
    return page(c, main)


def brightspot(c: Ctx) -> str:
    promos = "".join(
        f'<div class="List-items-row-item"><div class="PagePromo" data-rank="{n + 1}"><div class="PagePromo-media"><a class="Link" href="{i.url}"><img class="Image" alt="" src="/i/{n}.jpg"></a></div><div class="PagePromo-content"><div class="PagePromo-category"><a href="/c">{e(i.cat)}</a></div><h3 class="PagePromo-title"><a class="Link" href="{i.url}"><span class="PagePromoContentIcons-text">{e(i.head)}</span></a></h3><div class="PagePromo-description"><a class="Link" href="{i.url}"><span class="PagePromoContentIcons-text">{tz(c, i)}</span></a></div><div class="PagePromo-byline"><div class="PagePromo-date"><bsp-timestamp data-timestamp="1717000000">{i.time}</bsp-timestamp></div></div></div></div></div>\n'
        for n, i in enumerate(c.items)
    )
    main = f'<bsp-header class="Page-header"><a class="Page-logo" href="/">Metro Daily</a></bsp-header><main class="Page-main"><div class="Page-content"><bsp-page-lead><h1 class="Page-headline">{e(c.title)}</h1></bsp-page-lead><div class="Page-authors">By <a href="/a">Staff</a></div><bsp-story-page><div class="RichTextStoryBody RichTextBody">\n{chr(10).join(body(c))}\n</div></bsp-story-page></div>\n<div class="List"><h2 class="List-title">{e(c.label)}</h2><div class="List-items">\n{promos}</div></div></main>'
    return page(c, main)


def substack(c: Ctx) -> str:
    prev = "".join(
        f'<div class="post-preview portable-archive-post"><div class="post-preview-content"><a class="post-preview-title newsletter" href="{i.url}">{e(i.head)}</a><div class="post-preview-description"><a href="{i.url}">{tz(c, i)}</a></div><div class="post-preview-byline"><span class="pencraft">{e(i.author)}</span> <time datetime="2022-05-01">{i.time}</time> <span class="like-count">♡ {i.comments + 4}</span> <span class="comment-count">💬 {i.comments}</span></div></div></div>\n'
        for i in c.items
    )
    main = f'<div id="entry"><div class="main-menu"><a class="navbar-title-link" href="/">The Border Letter</a></div><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published">{e(c.title)}</h1><div class="post-meta"><span>May 1, 2022</span></div></div><div class="available-content"><div class="body markup" dir="auto">\n{chr(10).join(body(c))}\n</div></div></article>\n<div class="subscription-widget-wrap"><p class="subscription-widget-subscribe">Thanks for reading! Subscribe for free to receive new posts.</p><form class="form"><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div>\n<div class="post-footer-recommendations"><h3 class="header">Ready for more?</h3><div class="portable-archive-list">\n{prev}</div></div></div>'
    return page(c, main)


def mediumlike(c: Ctx) -> str:
    cards = "".join(
        f'<article class="recirc-card"><div class="ab"><a href="{i.url}"><h2 class="pw-homefeed-title bf">{e(i.head)}</h2><div class="be"><h3 class="pw-homefeed-subtitle">{tz(c, i)}</h3></div></a><div class="meta"><span>{e(i.author)}</span><span> · </span><span>4 min read</span><span> · </span><span>{i.time}</span></div></div></article>\n'
        for i in c.items
    )
    main = f'<div id="root"><div class="a b c"><article><div class="l"><section><div class="gn gm"><h1 class="pw-post-title" data-testid="storyTitle">{e(c.title)}</h1><div class="pw-author"><a href="/@desk">Desk Editor</a> · 3 min read</div>\n{chr(10).join(body(c, P_MED))}\n</div></section></div></article>\n<div class="recirc"><div><h2 class="ln">More from Desk Editor</h2></div>\n{cards}</div></div></div>'
    return page(c, main)


def nuxt(c: Ctx) -> str:
    def card(i: It) -> str:
        return f'<article data-v-3f1a2b class="teaser"><a data-v-3f1a2b href="{i.url}"><h3 data-v-3f1a2b class="teaser__title">{e(i.head)}</h3></a><p data-v-3f1a2b class="teaser__lead">{tz(c, i)}</p><span data-v-3f1a2b class="teaser__time">{i.time}</span></article>\n'

    state = json.dumps(
        {"data": [{"title": c.title, "teasers": [[i.head, i.teaser] for i in c.items]}]},
        ensure_ascii=False,
    )
    top = "".join(map(card, c.items[:2]))
    rest = "".join(map(card, c.items[2:]))
    main = f'<div id="__nuxt"><div id="__layout"><div data-v-8c9d0e class="page"><section data-v-3f1a2b class="teaser-list teaser-list--top">\n{top}</section><article data-v-8c9d0e class="article"><h1 data-v-8c9d0e class="article__title">{e(c.title)}</h1><div data-v-8c9d0e class="article__body">\n{chr(10).join(body(c, "<p data-v-8c9d0e>{}</p>"))}\n</div></article><section data-v-3f1a2b class="teaser-list"><h2 data-v-3f1a2b>{e(c.label)}</h2>\n{rest}</section></div></div></div><script>window.__NUXT__={state}</script>'
    return page(c, main)


def svelte(c: Ctx) -> str:
    lis = "".join(
        f'<!--[--><li class="svelte-9k8j7q"><a href="{i.url}" class="svelte-9k8j7q"><span class="kicker svelte-9k8j7q">{e(i.cat)}</span> <span class="hed svelte-9k8j7q">{e(i.head)}</span></a> <span class="dek svelte-9k8j7q">{tz(c, i)}</span></li><!--]-->\n'
        for i in c.items
    )
    paras = "\n".join(f"{x}<!---->" for x in body(c, '<p class="svelte-1x2y3z">{}</p>'))
    main = f'<div style="display: contents"><!--[--><!--[--><div class="layout svelte-aa11bb"><aside class="rail svelte-9k8j7q"><h2 class="svelte-9k8j7q">{e(c.label)}</h2><ul class="svelte-9k8j7q">\n{lis}</ul></aside><!----><main class="svelte-1x2y3z"><article class="svelte-1x2y3z"><h1 class="svelte-1x2y3z">{e(c.title)}</h1><!---->\n{paras}\n</article></main></div><!--]--><!--]--></div>'
    return page(
        c,
        main,
        '<link href="/_app/immutable/assets/0.css" rel="stylesheet">\n',
        ' data-sveltekit-preload-data="hover"',
    )


def astro(c: Ctx) -> str:
    cards = "".join(
        f'<div class="card" data-astro-cid-r7xk2><h4 data-astro-cid-r7xk2><a href="{i.url}" data-astro-cid-r7xk2>{e(i.head)}</a></h4><p data-astro-cid-r7xk2>{tz(c, i)}</p></div>\n'
        for i in c.items
    )
    props = e(json.dumps({"count": [0, len(c.items)], "section": [0, "news"]}))
    main = f'<header data-astro-cid-hdr><a href="/">Quay Post</a></header><main><article data-astro-cid-bq4v><h1 data-astro-cid-bq4v>{e(c.title)}</h1><div class="prose" data-astro-cid-bq4v>\n{chr(10).join(body(c))}\n</div></article>\n<astro-island uid="Z1kq9vL" prefix="r1" component-url="/_astro/Recs.BfJ2.js" component-export="default" renderer-url="/_astro/client.Cq1.js" props="{props}" ssr client="visible"><section class="recs" data-astro-cid-r7xk2><h2 data-astro-cid-r7xk2>{e(c.label)}</h2>\n{cards}</section></astro-island></main>'
    return page(c, main)


def webcomp(c: Ctx) -> str:
    cards = "".join(
        f'<teaser-card href="{i.url}" rank="{n + 1}"><h3 slot="title">{e(i.head)}</h3><p slot="summary">{tz(c, i)}</p></teaser-card>\n'
        for n, i in enumerate(c.items)
    )
    main = f'<site-header></site-header><news-article article-id="88213"><h1 slot="headline">{e(c.title)}</h1><article-body>\n{chr(10).join(body(c))}\n</article-body></news-article>\n<teaser-rail heading="{e(c.label)}"><template shadowrootmode="open"><style>:host{{display:grid}}</style><slot></slot></template>\n{cards}</teaser-rail><site-footer></site-footer>'
    return page(c, main, '<script type="module" src="/components.js"></script>\n')


LAYOUTS_A: dict[str, tuple[Layout, list[str]]] = {
    "movabletype": (movabletype, ["mid…", "word", "whole"]),
    "typo3": (typo3, ["more", "mid…", "brk"]),
    "ezpublish": (ezpublish, ["whole", "mid...", "word"]),
    "blogger": (blogger, ["mid...", "whole"]),
    "tumblr": (tumblr, ["whole", "mid…", "more"]),
    "wagtail": (wagtail, ["whole", "mid…"]),
    "brightspot": (brightspot, ["whole"]),
    "substack": (substack, ["whole", "word", "mid…"]),
    "mediumlike": (mediumlike, ["whole", "mid…"]),
    "nuxt": (nuxt, ["whole", "mid…", "mid..."]),
    "svelte": (svelte, ["whole", "none", "mid…"]),
    "astro": (astro, ["whole", "mid...", "word"]),
    "webcomp": (webcomp, ["whole", "mid…", "none", "guil"]),
}
