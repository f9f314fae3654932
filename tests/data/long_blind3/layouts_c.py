"""Layouts (heldback): Gutenberg, Arc-style app, liveblog rail, regional portal CMS, mobile site."""

from __future__ import annotations

import json

from blocks import (
    Page,
    cookie_html,
    crumb_html,
    doc,
    esc,
    poll_html,
    read_also,
    tags_html,
    video_html,
)


def _ul(items: list[str]) -> str:
    return '<ul class="wp-block-list">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def _quote_or_p(t: str, quote: str, para: str) -> str:
    if t[:1] in '“«„"–':
        return f'<blockquote class="{quote}"><p>{t}</p></blockquote>'
    return f'<p class="{para}">{t}</p>' if para else f"<p>{t}</p>"


def gutenberg2021(p: Page) -> str:
    a = p.art
    s = p.slots(2)
    ins = {
        s[
            0
        ]: f'<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">{video_html(p, "video-js")}</div></figure>',
        s[1]: read_also(p, "p", "wp-block-paragraph has-small-font-size"),
    }
    body = p.render(
        lambda t: _quote_or_p(t, "wp-block-quote", ""),
        lambda t: f'<h2 class="wp-block-heading">{t}</h2>',
        _ul,
        ins,
    )
    latest = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="#">{h}</a><div class="wp-block-latest-posts__post-excerpt">{t}</div></li>'
        for h, t in p.items(p.rng.choice([4, 5]), "cut")
    )
    art = (
        f'<article class="post type-post"><header class="entry-header">{crumb_html(p, "yoast-breadcrumbs")}<h1 class="wp-block-post-title">{esc(a["title"])}</h1>'
        f'<div class="wp-block-post-date">{esc(a["date"])}</div></header><figure class="wp-block-image size-large"><img src="/wp-content/uploads/{a["id"]}.jpg">'
        f'<figcaption class="wp-element-caption">{esc(a["caption"])} {p.lbl("credit", "photo")}</figcaption></figure>'
        f'<div class="entry-content wp-block-post-content">{body}'
        f'<h2 class="wp-block-heading related-heading">{p.lbl("related", "related")}</h2><ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{latest}</ul>'
        f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{p.lbl("share", "share")}</h3></div>'
        f'<div class="wp-block-post-author"><div class="wp-block-post-author__name">{esc(a["byline"])}</div><p class="wp-block-post-author__bio">{p.lbl("bio", "bio")}</p></div></div>'
        f'<footer class="entry-footer">{tags_html(p, "div", "span", "wp-block-post-terms")}</footer></article>'
        f'<div class="wp-block-comments"><h2>{p.lbl("comments", "comments")}</h2><div class="comment-content">{p.lbl("comment", "comments")}</div></div>'
    )
    return doc(
        p,
        "",
        f'<div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title">{esc(p.ch["site"])}</p></header>'
        f'<main class="wp-block-group">{art}</main><footer class="wp-block-template-part"><p class="aff">{p.lbl("affiliate", "affiliate")}</p></footer></div>',
    )


def arcfusion2024(p: Page) -> str:
    a = p.art
    s = p.slots(3)
    ins = {
        s[
            0
        ]: f'<p class="c-interstitial-link" data-type="interstitial_link"><a href="#">{p.c(p.ch["read_also"] + " " + p.head()[0], "read_also")}</a></p>',
        s[1]: f'<div class="b-ad-block"><div class="arc-ad-label">{p.lbl("ad", "ad")}</div></div>',
        s[
            2
        ]: f'<div class="b-custom-embed newsletter"><p>{p.lbl("newsletter", "promo")}</p><p>{p.lbl("app", "promo")}</p></div>',
    }
    body = p.render(
        lambda t: f'<p class="c-paragraph" data-type="text">{t}</p>',
        lambda t: f'<h2 class="c-heading" data-type="header">{t}</h2>',
        _ul,
        ins,
    )
    ranks = "".join(
        f'<li class="b-most-read__item"><span class="b-most-read__rank">{n}</span><a class="c-link">{h}</a></li>'
        for n, (h, _) in enumerate(p.items(5, "plain", "most_read"), 1)
    )
    nh, nd = p.head()
    g = json.dumps(
        {"headlines": {"basic": a["title"]}, "taxonomy": {"primary_section": p.ch["section"]}},
        ensure_ascii=False,
    )
    art = (
        f'<div class="b-sticky-video">{video_html(p, "c-video-player")}</div><article class="b-article-body"><div class="b-header">'
        f'{crumb_html(p, "c-overline", " | ")}<h1 class="c-heading b-headline">{esc(a["title"])}</h1><div class="b-byline"><span class="c-attribution">{esc(a["byline"])}</span>'
        f'<time class="c-date">{esc(a["date"])}</time></div></div><figure class="c-media-item"><img src="/resizer/{a["id"]}.jpg">'
        f'<figcaption class="c-media-item__caption">{esc(a["caption"])} <span class="c-media-item__credit">{p.lbl("credit", "photo")}</span></figcaption></figure>'
        f'<div class="b-share-bar"><span>{p.lbl("share", "share")}</span></div>{body}'
        f'<div class="b-tags">{tags_html(p, "div", "a", "c-stack")}</div></article>'
        f'<div id="piano-modal" class="tp-modal" style="display:none"><p>{p.lbl("paywall", "paywall")}</p></div>'
        f'<aside class="b-right-rail"><div class="b-most-read"><h2>{p.lbl("most_read", "most_read")}</h2><ol>{ranks}</ol></div></aside>'
        f'<section class="b-next-article" data-infinite-scroll="1"><p class="b-next-article__label">{p.lbl("next", "next_article")}</p>'
        f'<h2 class="c-heading">{p.c(nh, "next_article")}</h2><p class="c-paragraph">{p.c(nd, "next_article")}</p></section>'
    )
    script = f"<script>Fusion=window.Fusion||{{}};Fusion.globalContent={g};</script>"
    return doc(
        p,
        "",
        f'<div id="fusion-app" class="b-page"><header class="b-header-nav-chain"><a class="b-logo">{esc(p.ch["site"])}</a></header>'
        f'<main class="b-main">{art}</main></div>{script}{cookie_html(p, "onetrust-banner-sdk")}',
    )


def liveblog2022(p: Page) -> str:
    a = p.art
    s = p.slots(1)
    ins = {s[0]: poll_html(p, "live-poll embedded")}
    body = p.render(
        lambda t: _quote_or_p(t, "story-quote", "story-text"),
        lambda t: f'<h3 class="story-sub">{t}</h3>',
        _ul,
        ins,
    )
    live = "".join(
        f'<li class="live-entry"><time>{9 + n // 2}:{p.rng.randint(10, 59)}</time><strong>{h}</strong><p>{t}</p></li>'
        for n, (h, t) in enumerate(p.items(4, "dek", "ticker"))
    )
    rel = "".join(
        f'<li><a href="#">{h}</a></li>' for h, _ in p.items(p.rng.choice([5, 6]), "plain")
    )
    art = (
        f'<div class="reading-bar" aria-live="polite">{p.c(p.ch["now_reading"] + " · " + a["title"], "headline_repeat")}</div>'
        f'<article class="story"><div class="story-toolbar"><button>{p.lbl("print", "toolbar")}</button><button>{p.lbl("font", "toolbar")}</button>'
        f'<button>{p.lbl("listen", "audio")}</button></div><h1 class="story-title">{esc(a["title"])}</h1>'
        f'<div class="story-meta">{esc(a["byline"])} · {esc(a["date"])}</div><div class="story-lead"><img src="/img/{a["id"]}.jpg">'
        f'<p class="lead-cap">{esc(a["caption"])}</p><p class="lead-credit">{p.lbl("credit", "photo")}</p></div>'
        f'<div class="story-body">{body}</div><div class="story-share">{p.lbl("share", "share")} · {p.lbl("comments", "comments")}</div>'
        f'<div class="story-related"><h4>{p.lbl("related", "related")}</h4><ul>{rel}</ul></div></article>'
    )
    rail = f'<aside class="live-rail"><h2 class="live-title">LIVE</h2><ul class="live-list">{live}</ul></aside>'
    return doc(
        p,
        "",
        f'<header class="site"><span>{esc(p.ch["site"])}</span></header><div class="grid">{art}{rail}</div>{cookie_html(p, "cmp-box")}',
    )


def regionalcms2015(p: Page) -> str:
    a = p.art
    s = p.slots(2)
    also = "".join(f'<li><a href="#">{h}</a></li>' for h, _ in p.items(3, "plain", "read_also"))
    ins = {
        s[
            0
        ]: f'<div class="also-read"><div class="also-read-title">{p.lbl("read_also", "read_also")}</div><ul>{also}</ul></div>',
        s[
            1
        ]: f'<div class="banner-inline"><div class="banner-label">{p.lbl("sponsored_label", "sponsored")}</div><a href="#">{p.lbl("sponsored", "sponsored")}</a></div>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<p><strong>{t}</strong></p>",
        lambda i: "<ul>" + "".join(f"<li>{x}</li>" for x in i) + "</ul>",
        ins,
    )
    other = "".join(
        f'<div class="news-item"><span class="news-date">{p.rng.randint(1, 2)}.12.2026</span><a href="#" class="news-title">{h}</a><div class="news-anons">{t}</div></div>'
        for h, t in p.items(5, p.rng.choice(["dek", "cut"]))
    )
    mr = "".join(
        f"<li><b>{n}</b> {h}</li>" for n, (h, _) in enumerate(p.items(5, "plain", "most_read"), 1)
    )
    art = (
        f'<div class="news-detail">{crumb_html(p, "speedbar", " » ")}<div class="news-tools"><a>{p.lbl("print", "toolbar")}</a> <a>{p.lbl("font", "toolbar")}</a></div>'
        f'<h1>{esc(a["title"])}</h1><div class="news-info"><span class="news-author">{esc(a["byline"])}</span> <span class="news-date">{esc(a["date"])}</span></div>'
        f'<div class="news-image"><img src="/upload/{a["id"]}.jpg"><div class="news-image-desc">{esc(a["caption"])} {p.lbl("credit", "photo")}</div></div>'
        f'<div class="news-text">{body}<p class="news-errata"><i>{p.lbl("errata", "errata")}</i></p></div>'
        f'<div class="news-share">{p.lbl("share", "share")}</div>{tags_html(p, "div", "span", "news-tags")}'
        f'<div class="news-other"><h3>{p.lbl("related", "related")}</h3>{other}</div>'
        f'<div class="news-comments"><h3>{p.lbl("comments", "comments")}</h3><div class="comment-text">{p.lbl("comment", "comments")}</div></div></div>'
    )
    side = f'<div class="sidebar"><div class="block-top"><h3>{p.lbl("most_read", "most_read")}</h3><ol>{mr}</ol></div><div class="block-banner">{p.lbl("ad", "ad")}</div></div>'
    return doc(
        p,
        "",
        f'<div class="wrapper"><div class="header"><a class="logo">{esc(p.ch["site"])}</a></div><div class="content-row">'
        f'<div class="main-col">{art}</div>{side}</div><div class="footer">© 2015</div></div>',
    )


def mobile2013(p: Page) -> str:
    a = p.art
    s = p.slots(3)
    hh, hd = p.head()
    slides = "".join(
        f'<li class="swipe-slide"><img src="/m/g{n}.jpg"><p>{h} — {t}</p></li>'
        for n, (h, t) in enumerate(p.items(3, "cut", "slideshow"))
    )
    ins = {
        s[
            0
        ]: f'<div class="m-ad"><span>{p.lbl("ad", "ad")}</span><img src="/ads/320x50.gif"></div>',
        s[1]: f'<div class="app-promo ui-bar"><p>{p.lbl("app", "promo")}</p></div>',
        s[
            2
        ]: f'<div class="swipe-gallery"><span class="swipe-count">{p.lbl("gallery", "slideshow")}</span><ul>{slides}</ul></div>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3>{t}</h3>",
        lambda i: "<ul>" + "".join(f"<li>{x}</li>" for x in i) + "</ul>",
        ins,
    )
    rel = "".join(
        f'<li><a href="#"><h2>{h}</h2><p>{t}</p></a></li>'
        for h, t in p.items(p.rng.choice([5, 6]), "cut")
    )
    desk = "".join(f'<li><a href="#">{h}</a></li>' for h, _ in p.items(3, "plain", "hidden"))
    page = (
        f'<div data-role="page" id="article"><div data-role="header" data-position="fixed"><h1>{esc(p.ch["site"])}</h1></div>'
        f'<div data-role="content" class="ui-content"><h2 class="m-title">{esc(a["title"])}</h2><p class="m-meta">{esc(a["byline"])}<br>{esc(a["date"])}</p>'
        f'<img src="/m/img/{a["id"]}.jpg" width="100%"><p class="m-cap">{esc(a["caption"])}</p><p class="m-credit">{p.lbl("credit", "photo")}</p>'
        f'<div class="m-body">{body}</div><p class="m-share">{p.lbl("share", "share")}</p>'
        f'<ul data-role="listview" data-inset="true"><li data-role="list-divider">{p.lbl("related", "related")}</li>{rel}</ul>'
        f'<p class="m-paywall">{p.lbl("paywall", "paywall")}</p></div>'
        f'<div data-role="footer"><a href="#">{p.lbl("next", "next_article")}: {p.c(hh, "next_article")}</a> <span>{p.c(hd, "next_article")}</span></div></div>'
        f'<div class="desktop-nav" style="display:none"><ul>{desk}</ul></div>'
    )
    return doc(p, '<meta name="viewport" content="width=device-width">', page)


LAYOUTS_C = {
    "gutenberg2021": gutenberg2021,
    "arcfusion2024": arcfusion2024,
    "liveblog2022": liveblog2022,
    "regionalcms2015": regionalcms2015,
    "mobile2013": mobile2013,
}
