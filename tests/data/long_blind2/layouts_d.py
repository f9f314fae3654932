"""Page templates, heldback generations 2016-2025: Squarespace, Medium-like, AMP, Substack-like,
Astro islands with web components, SvelteKit."""

from __future__ import annotations

import json

import blocks as b
from pagekit import Page, esc


def squarespace2016(p: Page) -> str:
    a, ch = p.art, p.ch
    s = p.spots(1)
    ins = {
        s[
            0
        ]: f'</div></div><div class="sqs-block newsletter-block"><div class="sqs-block-content"><div class="newsletter-form-header-description"><p>{p.c(str(ch["nl"]), "promo")}</p></div></div></div><div class="sqs-block html-block"><div class="sqs-block-content">'
    }
    body = p.body(inserts=ins, h="<h3>{}</h3>", q="<blockquote><p>{}</p></blockquote>")
    summ = b.hl(
        p,
        4,
        '<div class="summary-item"><div class="summary-title"><a href="/blog/">{h}</a></div><div class="summary-excerpt"><p>{d}</p></div></div>',
        "cut",
        mark="…",
    )
    return f"""<!doctype html><html lang="{a.lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(a.title)} — Journal</title>
<script>Static.SQUARESPACE_CONTEXT = {{"website":{{"siteTitle":"Journal"}}}};</script></head>
<body class="collection-type-blog view-item"><div class="Site"><header class="Header"><div class="Header-inner"><a class="Header-branding">Journal</a></div></header>
<main class="Main"><article class="BlogItem hentry" data-item-id="5f2a">
<h1 class="BlogItem-title" data-content-field="title">{esc(a.title)}</h1>
<div class="Blog-meta"><span class="Blog-meta-item--author">{p.n(a.byline)}</span> <time class="Blog-meta-item--date">{p.n(a.date)}</time></div>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block image-block"><div class="sqs-block-content"><figure><img data-src="/s/photo.jpg" alt=""><figcaption class="image-caption-wrapper"><p>{p.n(a.caption)} {p.c(str(ch["cr"]), "photo")}</p></figcaption></figure></div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
{body}
</div></div>
<div class="sqs-block summary-v2-block"><div class="sqs-block-content"><h3 class="summary-heading">{p.c(str(ch["rel"]), "related")}</h3><div class="summary-item-list">{summ}</div></div></div>
</div></div></div>
<div class="BlogItem-share"><div class="Share-buttons"><span class="Share-buttons-item-label">{p.c(str(ch["sh"]), "share")}</span></div></div>
<div class="BlogItem-meta-item--tags">{" ".join(f'<a class="BlogItem-meta-item--tag">{p.c(str(t), "tags")}</a>' for t in ch["tags"])}</div>
<div class="BlogItem-comments"><div class="squarespace-comments">{p.c(str(ch["cm"]), "share")}</div></div>
<nav class="BlogItem-pagination"><a class="BlogItem-pagination-link--next" href="/blog/next"><span class="BlogItem-pagination-link-label">{p.c(str(ch["next"]), "next_article")}</span> <span class="BlogItem-pagination-link-title">{p.c(b.heads(p, 1)[0][0], "next_article")}</span></a></nav>
</article></main><footer class="Footer">{b.cookie(p, "sqs-cookie-banner-v2")}</footer></div></body></html>"""


def medium2018(p: Page) -> str:
    a, ch = p.art, p.ch
    body = p.body(
        p='<p class="graf graf--p">{}</p>',
        h='<h3 class="graf graf--h3">{}</h3>',
        ul='<ul class="postList">{}</ul>',
        li='<li class="graf graf--li">{}</li>',
        q='<blockquote class="graf graf--pullquote">{}</blockquote>',
        hover=b.hover(p, "markup--user"),
    )
    more = b.hl(
        p,
        3,
        '<div class="u-borderBox"><h3 class="ui-h3">{h}</h3><div class="ui-summary">{d}</div></div>',
        "full",
        kind="related",
    )
    return f"""<!DOCTYPE html><html lang="{a.lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(a.title)} – The Dispatch – Medium</title>
<script>window["obvInit"]({json.dumps({"post": {"title": a.title}}, ensure_ascii=False)})</script></head>
<body><div class="metabar u-fixed"><div class="metabar-inner"><a class="js-signInButton">Sign in</a> <a>Get started</a></div>
<div class="metabar-block" aria-hidden="true">{p.c(str(ch["now"]) + " " + a.title, "headline_repeat")}</div></div>
<main role="main"><article class="postArticle postArticle--full"><div class="postArticle-content js-postField"><section class="section section--body"><div class="section-content"><div class="section-inner sectionLayout--insetColumn">
<h1 class="graf graf--h3 graf--leading graf--title">{esc(a.title)}</h1>
<div class="uiScale postMetaInline"><a class="ds-link">{p.n(a.byline)}</a> <span>{p.c(str(ch["fo"]), "share")}</span> <time>{p.n(a.date)}</time> · 6 min read</div>
<figure class="graf graf--figure"><div class="aspectRatioPlaceholder"><img class="graf-image" src="/max/1200/photo.jpeg"></div><figcaption class="imageCaption">{p.n(a.caption)} {p.c(str(ch["cr"]), "photo")}</figcaption></figure>
{body}
</div></div></section></div>
<footer class="u-paddingTop10"><ul class="tags">{"".join(f'<li><a class="link u-baseColor--link">{p.c(str(t), "tags")}</a></li>' for t in ch["tags"])}</ul>
<div class="js-postShareWidget"><button class="button--chromeless" data-action="multivote">1.2K</button> <span>{p.c(str(ch["cm"]), "share")}</span></div>
<div class="u-borderTop"><h4>Written by</h4><p class="ui-caption">{p.c(str(ch["bio"]), "bio")}</p></div>
<div class="js-moreFromAuthor"><h4>{p.c(str(ch["more"]), "bio")}</h4>{more}</div></footer>
</article></main><div class="overlay" hidden><div class="overlay-dialog">{p.c(str(ch["pw"]), "hidden")}</div></div></body></html>"""


def ampnews2020(p: Page) -> str:
    a, ch = p.art, p.ch
    s = p.spots(2)
    ins = {
        s[
            0
        ]: f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/article"><div class="ad-label" fallback>{p.c(str(ch["ad"]), "ad")}</div></amp-ad>',
        s[1]: f'<aside class="inline-related"><h4>{p.c(str(ch["ra"]), "read_also")}</h4>'
        + b.hl(p, 2, '<a href="/amp/">{h}</a>', "bare", kind="read_also")
        + "</aside>",
    }
    body = p.body(inserts=ins, h="<h2>{}</h2>")
    acc = b.hl(
        p, 4, '<li><a href="/amp/">{h}</a><p>{d}</p></li>', "cut", kind="most_read", mark="..."
    )
    return f"""<!doctype html><html ⚡ lang="{a.lang}"><head><meta charset="utf-8"><title>{esc(a.title)}</title>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>
<style amp-custom>.story-body p{{font-size:18px}}</style>
<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": a.title, "author": a.byline}, ensure_ascii=False)}</script></head>
<body><amp-sidebar id="menu" layout="nodisplay"><nav><ul><li>{p.t("home")}</li><li>{p.t("sec")}</li></ul></nav></amp-sidebar>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">{b.cookie(p, "consent-ui__inner")}</div></amp-consent>
<header class="amp-header"><button on="tap:menu.toggle">&#9776;</button></header>
<main><article class="story"><h1 class="story-title">{esc(a.title)}</h1>
<div class="story-meta">{p.n(a.byline)} <time>{p.n(a.date)}</time></div>
<amp-social-share type="whatsapp" width="40" height="40"></amp-social-share><span class="share-label">{p.c(str(ch["sh"]), "share")}</span>
<figure><amp-img src="/img/lead.jpg" width="1200" height="675" layout="responsive"><noscript><img src="/img/lead.jpg" alt=""></noscript></amp-img><figcaption>{p.n(a.caption)} <span>{p.c(str(ch["cr"]), "photo")}</span></figcaption></figure>
<div class="story-body">
{body}
</div>
<amp-iframe width="600" height="120" layout="responsive" sandbox="allow-scripts" src="https://example.com/newsletter"><div placeholder>{p.c(str(ch["nl"]), "promo")}</div></amp-iframe>
<amp-accordion><section expanded><h3>{p.c(str(ch["mr"]), "most_read")}</h3><ul>{acc}</ul></section></amp-accordion>
</article></main><footer><p>{p.c(str(ch["err"]), "errata")}</p></footer></body></html>"""


def substack2022(p: Page) -> str:
    a, ch = p.art, p.ch
    s = p.spots(2)
    ins = {
        s[
            0
        ]: f'<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">{p.c(str(ch["nl"]), "promo")}</p><form><input type="email" placeholder="@"><button>OK</button></form></div></div>',
        s[
            1
        ]: f'<p class="button-wrapper"><a class="button primary" href="/subscribe"><span>{p.c(str(ch["sh"]), "share")}</span></a></p>',
    }
    body = p.body(
        inserts=ins,
        h='<h3 class="header-anchor-post">{}</h3>',
        q="<blockquote><p>{}</p></blockquote>",
    )
    pre = json.dumps({"post": {"title": a.title, "audience": "everyone"}}, ensure_ascii=False)
    ready = b.hl(
        p,
        3,
        '<div class="portable-archive-post"><a class="pencraft" href="/p/">{h}</a><div class="pencraft-sub">{d}</div></div>',
        "full",
        kind="related",
    )
    return f"""<!DOCTYPE html><html lang="{a.lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(a.title)} - by the newsroom</title>
<script>window._preloads = JSON.parse({json.dumps(pre)})</script></head>
<body><div id="entry"><div class="main-menu">{p.c(str(ch["ls"]), "audio")}</div>
<article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title unpublished">{esc(a.title)}</h1>
<div class="post-meta"><div class="profile-hover-card-target">{p.n(a.byline)}</div><div class="post-date">{p.n(a.date)}</div></div>
<div class="post-ufi"><a class="post-ufi-button like-button">421</a> <a class="post-ufi-comment-button">{p.c(str(ch["cm"]), "share")}</a></div></div>
<div class="available-content"><div class="body markup" dir="auto">
<div class="captioned-image-container"><figure><img src="/image/fetch/w_1456/photo.jpg"><figcaption class="image-caption">{p.n(a.caption)} {p.c(str(ch["cr"]), "photo")}</figcaption></figure></div>
{body}
</div></div>
<div class="paywall"><div class="paywall-content"><h2>{p.c(str(ch["pw"]), "paywall")}</h2></div></div>
<div class="post-footer"><div class="single-post-section"><h3>{p.c(str(ch["rel"]), "related")}</h3>{ready}</div>
<div class="comments-section">{b.comment(p, "comment-content")}</div></div></article></div></body></html>"""
