"""Page templates, 2010-2022: Blogger, WordPress Gutenberg, Wagtail StreamField, Brightspot, Nuxt."""

from __future__ import annotations

import json

import blocks as b
from pagekit import Page, esc


def blogger2010(p: Page) -> str:
    a, ch = p.art, p.ch
    body = p.body(
        p="{}<br />\n<br />\n", h="<b>{}</b><br />\n<br />\n", ul="<ul>{}</ul>", li="<li>{}</li>"
    )
    pop = b.hl(
        p,
        4,
        '<li><div class="item-title"><a href="/2010/11/">{h}</a></div><div class="item-snippet">{d}</div></li>',
        "cut",
        kind="most_read",
        mark="...",
    )
    return f"""<!DOCTYPE html><html expr:dir="data:blog.languageDirection" xmlns:b="http://www.google.com/2005/gml/b">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(a.title)}</title><script type="text/javascript">(function() {{ var b = window.blogger || {{}}; }})();</script></head>
<body><div class="content-outer"><header><div class="header-inner"><h1 class="title">Noticias &amp; Blog</h1></div></header>
<div class="main-inner"><div class="column-center-inner"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{p.n(a.date)}</span></h2>
<div class="post hentry" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<a name="8812345"></a><h3 class="post-title entry-title" itemprop="name">{esc(a.title)}</h3>
<div class="post-body entry-content" id="post-body-8812345" itemprop="description articleBody">
<div class="separator" style="clear: both; text-align: center;"><a href="/img.jpg"><img border="0" height="240" src="/img.jpg" width="320" /></a></div>
<table class="tr-caption-container"><tr><td class="tr-caption">{p.n(a.caption)} {p.c(str(ch["cr"]), "photo")}</td></tr></table>
{body}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">{p.n(a.byline)}</span>
<span class="post-comment-link"><a class="comment-link" href="#comment-form">{p.c(str(ch["cm"]), "share")}</a></span></div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="share-button sb-blog"><span class="share-button-link-text">BlogThis!</span></a><a class="share-button sb-twitter"><span class="share-button-link-text">{p.c(str(ch["sh"]), "share")}</span></a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">{p.c(str(ch["tg"]), "tags")}: {", ".join(f'<a href="/search/label/" rel="tag">{p.c(str(t), "tags")}</a>' for t in ch["tags"])}</span></div></div>
</div></div>
<div class="comments" id="comments"><h4>{p.t("cm")}</h4>{b.comment(p, "comment-body")}</div>
</div></div></div>
<div class="column-right-inner"><div class="widget PopularPosts" id="PopularPosts1"><h2>{p.c(str(ch["mr"]), "most_read")}</h2><div class="widget-content popular-posts"><ul>{pop}</ul></div></div>
<div class="widget HTML"><div class="widget-content">{p.c(str(ch["nl"]), "promo")}</div></div>
<div class="widget BlogArchive"><h2>Blog Archive</h2><ul class="hierarchy"><li><a class="toggle">&#9658;</a> <a href="/2010/">2010</a> (42)</li></ul></div></div>
</div><footer><div class="attribution">Powered by Blogger.</div></footer></div></body></html>"""


def gutenberg2019(p: Page) -> str:
    a, ch = p.art, p.ch
    s = p.spots(2)
    ((h, _),) = p.heads(1)
    ins = {
        s[
            0
        ]: f'<p class="has-background has-pale-cyan-blue-background-color"><strong>{p.c(str(ch["ra"]), "read_also")}</strong> <a href="/2019/">{p.c(h, "read_also")}</a></p>',
        s[
            1
        ]: f'<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">{b.video(p, "vjs")}</div></figure>',
    }
    body = p.body(
        inserts=ins,
        h='<h2 class="wp-block-heading">{}</h2>',
        ul='<ul class="wp-block-list">{}</ul>',
        q='<blockquote class="wp-block-quote"><p>{}</p></blockquote>',
        hover=b.hover(p, "wp-block-coauthors"),
    )
    latest = b.hl(
        p,
        4,
        '<li><a class="wp-block-latest-posts__post-title" href="/">{h}</a><div class="wp-block-latest-posts__post-excerpt">{d}</div></li>',
        "cut",
        mark=" […]",
    )
    return f"""<!doctype html><html lang="{a.lang}"><head><meta charset="UTF-8"><title>{esc(a.title)}</title>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=5.3' media='all' /></head>
<body class="post-template-default single single-post"><div id="page" class="site">
{b.cookie(p, "cky-consent-container")}
<header class="site-header"><p class="site-title"><a href="/">Diario</a></p><nav class="main-navigation"><ul><li>{p.t("sec")}</li></ul></nav></header>
<main id="main" class="site-main"><article class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta"><span class="byline">{p.n(a.byline)}</span> <time class="entry-date published">{p.n(a.date)}</time></div></header>
<div class="entry-content">
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2019/11/foto-1024x683.jpg" alt=""/><figcaption>{p.n(a.caption)} <em>{p.c(str(ch["cr"]), "photo")}</em></figcaption></figure>
{body}
<div class="wp-block-group newsletter-cta"><div class="wp-block-group__inner-container"><p>{p.c(str(ch["nl"]), "promo")}</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link">OK</a></div></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{p.c(str(ch["rel"]), "related")}</em></h3><ul class="wp-block-latest-posts__list has-excerpt wp-block-latest-posts">{latest}</ul></div>
</div>
<footer class="entry-footer"><span class="tags-links">{p.c(str(ch["tg"]), "tags")} {" ".join(f'<a rel="tag">{p.c(str(t), "tags")}</a>' for t in ch["tags"])}</span>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{p.c(str(ch["sh"]), "share")}</h3></div></footer>
<div class="author-bio"><p>{p.c(str(ch["bio"]), "bio")}</p><a class="author-link" href="/author/">{p.c(str(ch["more"]), "bio")}</a></div>
</article></main>
<footer class="site-footer"><div class="site-info">{p.c(str(ch["aff"]), "affiliate")}</div></footer></div></body></html>"""


def wagtail2020(p: Page) -> str:
    a, ch = p.art, p.ch
    s = p.spots(2)
    ((h, d),) = p.heads(1)
    ins = {
        s[
            0
        ]: f'<div class="block-related_link"><aside class="related-inline"><span class="related-inline__kicker">{p.c(str(ch["ra"]), "read_also")}</span><a href="/news/">{p.c(h, "read_also")}</a><p>{p.c(d, "read_also")}</p></aside></div>',
        s[1]: f'<div class="block-poll">{b.poll(p, "poll-widget")}</div>',
    }
    body = p.body(
        inserts=ins,
        p='<div class="block-paragraph"><div class="rich-text"><p>{}</p></div></div>',
        h='<div class="block-heading"><h2>{}</h2></div>',
        ul='<div class="block-paragraph"><div class="rich-text"><ul>{}</ul></div></div>',
        q='<div class="block-pullquote"><blockquote class="pullquote">{}</blockquote></div>',
    )
    rel = b.hl(
        p,
        4,
        '<li class="card"><h3 class="card__title"><a href="/">{h}</a></h3><p class="card__summary">{d}</p></li>',
        "full",
    )
    return f"""<!DOCTYPE html><html class="no-js" lang="{a.lang}"><head><meta charset="utf-8"><title>{esc(a.title)}</title>
<link rel="stylesheet" href="/static/css/main.3f2a.css"></head><body class="template-newspage">
<div class="messages"><ul><li class="info">{p.c(str(ch["ck"]), "cookie")}</li></ul></div>
<nav class="breadcrumb" aria-label="breadcrumb">{b.crumbs(p, " / ")}</nav>
<main><article class="news-page" itemscope itemtype="https://schema.org/NewsArticle">
<header class="news-page__header"><h1 itemprop="headline">{esc(a.title)}</h1>
<p class="news-page__meta"><span itemprop="author">{p.n(a.byline)}</span> · <time itemprop="datePublished">{p.n(a.date)}</time></p>
<div class="listen"><button class="listen__play">{p.c(str(ch["ls"]), "audio")}</button><span class="listen__time">00:00 / 06:41</span></div></header>
<div class="block-image"><figure><img src="/media/images/photo.width-800.jpg" alt=""><figcaption>{p.n(a.caption)} <span class="credit">{p.c(str(ch["cr"]), "photo")}</span></figcaption></figure></div>
<div class="news-page__body streamfield" itemprop="articleBody">
{body}
</div>
<section class="related-pages"><h2>{p.c(str(ch["rel"]), "related")}</h2><ul class="card-list">{rel}</ul></section>
</article></main>
<footer class="footer"><p>{p.c(str(ch["err"]), "errata")}</p></footer>
<script src="/static/js/main.js"></script></body></html>"""


def brightspot2021(p: Page) -> str:
    a, ch = p.art, p.ch
    s = p.spots(2)
    ((h, d),) = p.heads(1)
    ins = {
        s[
            0
        ]: f'<div class="Enhancement" data-align-right><div class="Enhancement-item"><div class="PromoB"><div class="PromoB-content"><div class="PromoB-category">{p.c(str(ch["ra"]), "read_also")}</div><div class="PromoB-title"><a class="Link" href="/">{p.c(h, "read_also")}</a></div><div class="PromoB-description">{p.cut(d, "read_also")}</div></div></div></div></div>',
        s[
            1
        ]: f'<div class="Enhancement"><div class="Enhancement-item"><ps-ad class="GoogleDfpAd"><div class="GoogleDfpAd-label">{p.c(str(ch["ad"]), "ad")}</div></ps-ad></div></div>',
    }
    body = p.body(inserts=ins, h="<h3>{}</h3>", hover=b.hover(p, "PersonHover"))
    mr = b.hl(
        p,
        5,
        '<li class="ListD-items-item"><div class="PromoD"><div class="PromoD-title"><a class="Link" href="/">{h}</a></div></div></li>',
        "bare",
        kind="most_read",
    )
    return f"""<!DOCTYPE html><html class="Page" lang="{a.lang}"><head><meta charset="UTF-8"><title>{esc(a.title)}</title>
<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": a.title, "datePublished": a.date}, ensure_ascii=False)}</script></head>
<body class="ArticlePage"><ps-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/">News</a></div></ps-header>
<div class="Page-breadcrumbs">{b.crumbs(p, " / ")}</div>
<main class="Page-main"><div class="Page-content"><div class="ArticlePage-mainContent">
<h1 class="ArticlePage-headline">{esc(a.title)}</h1>
<div class="ArticlePage-authors"><div class="ArticlePage-authorName">{p.n(a.byline)}</div><div class="ArticlePage-datePublished">{p.n(a.date)}</div></div>
<div class="ArticlePage-actions"><ps-action-bar class="ActionBar"><span class="ActionBar-label">{p.c(str(ch["sh"]), "share")}</span><a class="ActionLink" data-action="print">{p.c(str(ch["pr"]), "toolbar")}</a></ps-action-bar></div>
<div class="ArticlePage-lede"><figure class="Figure"><img class="Image" src="/dims4/default/photo.jpg" alt=""><div class="Figure-content"><div class="Figure-caption">{p.n(a.caption)}</div><div class="Figure-credit">{p.c(str(ch["cr"]), "photo")}</div></div></figure></div>
<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">
{body}
</div></div>
<div class="ArticlePage-tags"><div class="Tags-title">{p.c(str(ch["tg"]), "tags")}</div>{" ".join(f'<a class="Link">{p.c(str(t), "tags")}</a>' for t in ch["tags"])}</div>
</div>
<aside class="ArticlePage-aside"><div class="ListD"><div class="ListD-header"><h2 class="ListD-title">{p.c(str(ch["mr"]), "most_read")}</h2></div><ul class="ListD-items">{mr}</ul></div>
<div class="Newsletter-signup">{p.c(str(ch["nl"]), "promo")}</div></aside></div></main>
<footer class="Page-footer">{b.cookie(p, "Page-footer-consent")}</footer></body></html>"""


def nuxt2022(p: Page) -> str:
    a, ch = p.art, p.ch
    s = p.spots(1)
    ins = {
        s[
            0
        ]: f'<div data-v-3a1f2c class="inline-audio">{p.c(str(ch["ls"]), "audio")} <span>05:12</span></div>'
    }
    body = p.body(
        inserts=ins,
        p='<p data-v-7b2e91 class="article-body__paragraph">{}</p>',
        h='<h2 data-v-7b2e91 class="article-body__subheading">{}</h2>',
        ul='<ul data-v-7b2e91 class="article-body__list">{}</ul>',
    )
    state = json.dumps(
        {"data": [{"article": {"id": a.id, "title": a.title}}], "state": {}}, ensure_ascii=False
    )
    sl = b.hl(
        p,
        3,
        '<div data-v-11cc4e class="swiper-slide"><span class="slide__title">{h}</span><span class="slide__text">{d}</span></div>',
        "full",
        kind="slideshow",
    )
    return f"""<!doctype html><html lang="{a.lang}" data-n-head-ssr><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(a.title)}</title>
<link rel="preload" href="/_nuxt/app.6f1e3.js" as="script"></head><body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-5c2d0e class="layout">
<header data-v-5c2d0e class="site-header"><nav data-v-5c2d0e>{b.crumbs(p, " · ")}</nav></header>
<div data-v-5c2d0e class="sticky-bar" aria-hidden="true">{p.c(str(ch["now"]) + " " + a.title, "headline_repeat")}</div>
<main data-v-5c2d0e><article data-v-7b2e91 class="article">
<h1 data-v-7b2e91 class="article__title">{esc(a.title)}</h1>
<div data-v-7b2e91 class="article__meta"><span>{p.n(a.byline)}</span><time>{p.n(a.date)}</time><span class="article__comments">{p.c(str(ch["cm"]), "share")}</span></div>
<figure data-v-7b2e91 class="article__figure"><img src="/_nuxt/img/cover.webp" alt=""><figcaption>{p.n(a.caption)} <small>{p.c(str(ch["cr"]), "photo")}</small></figcaption></figure>
<div data-v-7b2e91 class="article-body">
{body}
</div>
<div data-v-7b2e91 class="paywall-teaser" style="display:none">{p.c(str(ch["pw"]), "hidden")}</div>
<section data-v-11cc4e class="gallery-teaser"><div class="swiper-wrapper">{sl}</div></section>
{b.next_article(p, "article article--next")}
</article></main>
<footer data-v-5c2d0e>{b.cookie(p, "consent-layer")}</footer></div></div></div>
<script>window.__NUXT__={state};</script><script src="/_nuxt/app.6f1e3.js" defer></script></body></html>"""
