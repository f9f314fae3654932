"""Heldback layouts: photo gallery, wire copy on a portal, mobile sticky bars, Substack-like, Astro."""

from __future__ import annotations

from kit import Ctx, doc, esc, render_body


def gallery_heavy(x: Ctx) -> str:
    a = x.art
    g0, g1 = x.ch["gallery"]
    slide = (
        '<div class="gal-slide"><img src="/g/{href}.jpg" alt=""><div class="gal-slide__blurb">'
        "<h4>{h}</h4><p>{d}</p></div></div>"
    )
    slots = [
        f'<div class="gal-embed"><div class="gal-embed__head">{x.c("slideshow", g0)} <span>{x.c("slideshow", g1)}</span></div>'
        + x.items("slideshow", slide, 2, "full")
        + "</div>",
        f'<p class="gal-credit">{x.c("photo", x.k("photo", 0))}</p>',
        f'<div class="gal-ad">{x.c("ad", x.k("ad", 1))}</div>',
        f'<p class="gal-readalso">{x.c("read_also", x.k("read", 1))} <a href="{x.href()}">{x.c("read_also", x.head()[0])}</a></p>',
    ]
    t = {
        "p": '<p class="txt">{}</p>',
        "h": '<h2 class="txt-h">{}</h2>',
        "ul": ('<ul class="txt-ul">', "</ul>"),
        "li": "<li>{}</li>",
        "q": '<blockquote class="txt-q">{}</blockquote>',
        "hover": '<span class="vcard-pop" hidden><b>{name}</b>{rest}</span>',
    }
    body = f"""<body class="gallery-article"><div class="hdr"><a href="/">Objektiv</a></div>
<div class="crumbs">{x.crumb(" ‹ ", "<a>{}</a>")}</div>
<div class="hero-gallery"><div class="hero-gallery__count">{x.c("slideshow", x.k("gallery", 1))}</div>
{x.items("slideshow", slide, 2, "dots")}</div>
<div class="art"><h1 class="art__title">{esc(a["title"])}</h1><div class="art__meta">{x.n(a["byline"])} · {x.n(a["date"])}</div>
<div class="art__tools">{x.c("share", x.k("share", 0))} · {x.comments(0)}</div>
<div class="art__text">
{render_body(x, t, slots)}
</div></div>
<div class="more-galleries"><h2>{x.c("slideshow", g0)}</h2>
{x.items("slideshow", slide, 2, "cut")}</div>
<div class="ftr"><p>{x.c("promo", x.k("follow", 0))}</p><p>{x.c("cookie", x.k("cookie", 0))}</p></div></body>"""
    return doc(x, "", body)


def wire_portal(x: Ctx) -> str:
    a = x.art
    slots = [
        f'<div class="portal-native"><span class="portal-native__tag">{x.c("ad", x.k("ad", 0))}</span></div>',
        x.item(
            "read_also",
            '<div class="portal-rel"><a href="{href}">{h}</a> <em>{d}</em></div>',
            "dots",
        ),
        f'<div class="portal-promo">{x.c("promo", x.k("app", 0))}</div>',
    ]
    t = {
        "p": "<p>{}</p>",
        "h": "<p><b>{}</b></p>",
        "ul": ("<ul>", "</ul>"),
        "li": "<li>{}</li>",
        "q": "<p>{}</p>",
        "hover": '<span class="wire-ent" hidden><b>{name}</b>{rest}</span>',
    }
    body = f"""<body class="portal"><div class="portal-top"><a href="/">Portalia</a><form><input placeholder="search"></form></div>
<div class="portal-nav">{x.crumb(" • ", "<a>{}</a>")}</div>
<div class="portal-grid"><div class="portal-col-main"><div class="wire-story" data-provider="wire">
<h1 class="wire-story__hl">{esc(a["title"])}</h1><div class="wire-story__src">{x.n(a["byline"])} | {x.n(a["date"])}</div>
<div class="wire-story__body">
{render_body(x, t, slots)}
</div>
<div class="wire-story__share">{x.c("share", x.k("share", 1))}</div></div>
<div class="portal-trending"><h3>{x.c("most_read", x.k("most", 1))}</h3><ul>
{x.items("most_read", '<li><a href="{href}">{h}</a> <span>{d}</span></li>', 5, "ellipsis")}</ul></div></div>
<div class="portal-col-side"><div class="portal-box"><h3>{x.c("related", x.k("related", 0))}</h3>
{x.items("related", '<div><a href="{href}">{h}</a><p>{d}</p></div>', 3)}</div>
<div class="portal-box">{x.c("promo", x.k("news", 0))}</div></div></div>
<div class="portal-foot">{x.c("cookie", x.k("cookie", 1))}</div></body>"""
    return doc(x, "", body)


def mobile_sticky(x: Ctx) -> str:
    a = x.art
    slots = [
        f'<div class="m-inline-app"><a>{x.c("promo", x.k("app", 1))}</a></div>',
        f'<div class="m-ad"><i>{x.c("ad", x.k("ad", 0))}</i></div>',
        f'<div class="m-readalso">{x.c("read_also", x.k("read", 0))} <a href="{x.href()}">{x.c("read_also", x.head()[0])}</a></div>',
        x.item("read_also", '<a class="m-teaser" href="{href}"><b>{h}</b> {d}</a>', "cut"),
        f'<div class="m-video video-js vjs-fluid"><div class="vjs-modal-dialog-content">{x.player(0)}</div>'
        f'<span class="vjs-upnext">{x.player(2)}</span><span class="vjs-cc">{x.player(3)}</span></div>',
    ]
    t = {
        "p": '<div class="m-p">{}</div>',
        "h": '<div class="m-h"><strong>{}</strong></div>',
        "ul": ('<div class="m-list">', "</div>"),
        "li": '<div class="m-li">• {}</div>',
        "q": '<div class="m-p m-q">{}</div>',
        "hover": '<span class="m-tip" hidden><b>{name}</b>{rest}</span>',
    }
    body = f"""<body class="m"><div class="m-sticky-top"><a href="/">≡</a> <b>Kompas24</b> <a class="m-sub">{x.c("paywall", x.k("pay", 2))}</a></div>
<div class="m-art"><div class="m-kicker">{x.crumb(" / ")}</div><h1 class="m-title">{esc(a["title"])}</h1>
<div class="m-meta">{x.n(a["byline"])}<br>{x.n(a["date"])}</div>
<div class="m-img"><img src="/m/lead.jpg" alt=""><span class="m-cap">{x.c("photo", x.k("photo", 1))}</span></div>
{render_body(x, t, slots)}
<div class="m-tags">{x.c("tags", x.ch["tags"][0])}</div>
<div class="m-next"><span>{x.c("next", x.k("next", 0))}</span> {x.item("next", '<a href="{href}">{h}</a><div>{d}</div>', "full")}</div></div>
<div class="m-list-most"><div class="m-list-most__h">{x.c("most_read", x.k("most", 0))}</div>
{x.items("most_read", '<a class="m-row" href="{href}">{h}</a>', 4, "none")}</div>
<div class="m-sticky-bottom"><a>{x.c("share", x.k("share", 0))}</a> <a>{x.comments(1)}</a> <a>{x.c("promo", x.k("follow", 1))}</a></div>
<div class="m-consent">{x.c("cookie", x.k("cookie", 0))}</div></body>"""
    return doc(x, "", body)


def substack_web(x: Ctx) -> str:
    a = x.art
    slots = [
        f'<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">{x.c("promo", x.k("news", 0))}</p>'
        f'<form class="form"><input type="email" placeholder="e-mail"><button>{x.c("promo", x.k("news", 2))}</button></form></div></div>',
        f'<p class="button-wrapper"><a class="button primary" href="?share"><span>{x.c("share", x.k("share", 0))}</span></a></p>',
        f'<div class="captioned-image-container"><figure><img src="https://cdn.example/i/1.png" alt=""><figcaption class="image-caption">{x.c("photo", x.k("photo", 0))}</figcaption></figure></div>',
    ]
    t = {
        "p": "<p>{}</p>",
        "h": '<h3 class="header-anchor-post">{}</h3>',
        "ul": ("<ul>", "</ul>"),
        "li": "<li><p>{}</p></li>",
        "q": "<blockquote><p>{}</p></blockquote>",
        "hover": '<span class="profile-hover-card" hidden><b>{name}</b>{rest}</span>',
    }
    body = f"""<body><div id="entry"><div class="main-menu"><a href="/">Border Notes</a><button>{x.c("promo", x.k("news", 1))}</button></div>
<div class="single-post-container"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{esc(a["title"])}</h1>
<div class="post-meta"><div class="profile-hover-card-target">{x.n(a["byline"])}</div><div class="pencraft">{x.n(a["date"])}</div></div>
<div class="post-ufi"><span class="like-count">{x.rng.randint(12, 400)}</span> <a class="post-ufi-comment-button">{x.comments(0)}</a> <a>{x.c("share", x.k("share", 1))}</a></div></div>
<div class="available-content"><div class="body markup" dir="auto">
{render_body(x, t, slots)}
</div></div>
<div class="paywall"><h2 class="paywall-title">{x.c("paywall", x.k("pay", 1))}</h2></div></article>
<div class="post-footer"><div class="subscribe-footer">{x.c("promo", x.k("app", 0))}</div></div>
<div class="more-posts"><h3>{x.c("related", x.k("related", 1))}</h3>
{x.items("related", '<div class="post-preview"><a class="post-preview-title" href="{href}">{h}</a><a class="post-preview-description">{d}</a></div>', 4)}</div>
<div class="cookie-banner">{x.c("cookie", x.k("cookie", 0))}</div></div></div></body>"""
    return doc(x, "", body)


def astro_islands(x: Ctx) -> str:
    a = x.art
    isl = '<astro-island uid="{u}" component-url="/_astro/{c}.js" client="visible">{{}}</astro-island>'
    slots = [
        isl.format(u="a1", c="Ad").format(f'<div class="ad-box">{x.c("ad", x.k("ad", 1))}</div>'),
        isl.format(u="a2", c="Related").format(
            f'<div class="rel"><p class="rel__label">{x.c("read_also", x.k("read", 2))}</p>'
            + x.item("read_also", '<a href="{href}">{h}</a><p>{d}</p>', "full")
            + "</div>"
        ),
        isl.format(u="a3", c="Newsletter").format(
            f'<div class="nl"><p>{x.c("promo", x.k("news", 1))}</p></div>'
        ),
    ]
    t = {
        "p": "<p data-astro-cid-x7k>{}</p>",
        "h": "<h2 data-astro-cid-x7k>{}</h2>",
        "ul": ("<ul data-astro-cid-x7k>", "</ul>"),
        "li": "<li>{}</li>",
        "q": "<blockquote data-astro-cid-x7k>{}</blockquote>",
        "hover": '<span class="person-pop" hidden><b>{name}</b>{rest}</span>',
    }
    body = f"""<body data-astro-cid-x7k><header class="nav"><a href="/">Tidewater</a> {isl.format(u="h1", c="Menu").format("")}</header>
{isl.format(u="c1", c="Consent").format(f'<div class="consent">{x.c("cookie", x.k("cookie", 0))}</div>')}
<main><div class="kicker">{x.crumb(" · ", "<a>{}</a>")}</div>
<h1 class="title">{esc(a["title"])}</h1><p class="meta">{x.n(a["byline"])}<span>{x.n(a["date"])}</span></p>
<div class="tools">{x.c("share", x.k("share", 0))} <span>{x.comments(1)}</span></div>
<article class="content"><h2 class="content__title">{esc(a["title"])}</h2>
{render_body(x, t, slots)}
<p class="byline-end">{x.c("bio", x.ch["bio"][0])}</p></article>
<aside class="read-next"><h3>{x.c("next", x.k("next", 1))}</h3>{x.items("next", '<a href="{href}"><h4>{h}</h4><p>{d}</p></a>', 2, "cut")}</aside>
<aside class="popular"><h3>{x.c("most_read", x.k("most", 0))}</h3><ol>{x.items("most_read", '<li><a href="{href}">{h}</a></li>', 4, "none")}</ol></aside></main>
<footer>{x.c("promo", x.k("follow", 0))} · {x.c("paywall", x.k("pay", 0))}</footer></body>"""
    return doc(x, "", body)
