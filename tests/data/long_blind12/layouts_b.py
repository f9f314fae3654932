"""Dev layouts, part B: broadcaster video page, regional group, metered paywall, headless CMS, SPA."""

from __future__ import annotations

from kit import Ctx, doc, esc, render_body


def broadcaster_video(x: Ctx) -> str:
    a = x.art
    slots = [
        f'<div class="story-promo"><a href="{x.href()}"><span class="story-promo__label">{x.c("read_also", x.k("read", 1))}</span> '
        f"{x.c('read_also', x.head()[0])}</a></div>",
        f'<div class="bbx-ad" data-ad="mid"><p class="bbx-ad__label">{x.c("ad", x.k("ad", 1))}</p></div>',
        f'<div class="story-body__follow"><p>{x.c("promo", x.k("follow", 1))}</p></div>',
    ]
    t = {
        "p": "<p>{}</p>",
        "h": '<h2 class="story-body__crosshead">{}</h2>',
        "ul": ('<ul class="story-body__unordered-list">', "</ul>"),
        "li": '<li class="story-body__list-item">{}</li>',
        "q": "<p><q>{}</q></p>",
        "hover": '<span class="presenter-card" style="display:none"><b>{name}</b>{rest}</span>',
    }
    nw = x.head()[0]
    nx = x.head()[0]
    body = f"""<body class="broadcaster"><div class="orb-banner"><a href="/">TV Nord</a> <a href="/live">Live TV</a></div>
<div class="gdpr-banner">{x.c("cookie", x.k("cookie", 0))}</div>
<div class="media-player video-js vjs-paused" id="player"><div class="vjs-poster"></div>
<div class="vjs-text-track-display"></div>
<div class="vjs-modal-dialog vjs-hidden" role="dialog"><p class="vjs-control-text">{x.player(4)}</p><div class="vjs-modal-dialog-content">{x.player(0)}</div></div>
<div class="vjs-caption-settings vjs-modal-dialog vjs-hidden"><div class="vjs-modal-dialog-content"><legend>{x.player(3)}</legend></div></div>
<div class="vjs-playlist-overlay"><span class="vjs-now">{x.player(1)}</span> <span class="vjs-now-title">{x.c("video", nw)}</span>
<span class="vjs-upnext">{x.player(2)}</span> <span class="vjs-upnext-title">{x.c("video", nx)}</span></div></div>
<div class="story-wrapper"><div class="story-header"><h1 class="story-header__title">{esc(a["title"])}</h1>
<div class="story-header__meta"><span class="byline__name">{x.n(a["byline"])}</span> <span class="date">{x.n(a["date"])}</span></div>
<div class="share-tools"><span>{x.c("share", x.k("share", 0))}</span></div></div>
<div class="story-body"><div class="story-body__inner" property="articleBody">
{render_body(x, t, slots)}
</div></div>
<div class="story-more"><h2 class="story-more__title">{x.c("related", x.k("related", 0))}</h2><ul>
{x.items("related", '<li class="unit"><a href="{href}"><h3 class="unit__title">{h}</h3><p class="unit__summary">{d}</p></a></li>', 3)}</ul></div>
<div class="video-rail"><h2>{x.c("most_read", x.k("most", 1))}</h2>
{x.items("video", '<div class="video-rail__item"><span class="dur">2:14</span><a href="{href}">{h}</a></div>', 3, "none")}</div></div>
<footer class="orb-footer"><p>{x.c("promo", x.k("app", 1))}</p></footer></body>"""
    return doc(x, "", body)


def regional_group(x: Ctx) -> str:
    a = x.art
    slots = [
        x.item(
            "read_also",
            '<div class="pn-inline-related"><a href="{href}"><img src="/t.jpg" alt=""><strong>{h}</strong> <span>{d}</span></a></div>',
        ),
        f'<div class="pn-ad pn-ad--mpu"><div class="pn-ad__label">{x.c("ad", x.k("ad", 0))}</div></div>',
        f'<p class="pn-inline-readalso"><b>{x.c("read_also", x.k("read", 2))}</b> <a href="{x.href()}">{x.c("read_also", x.head()[0])}</a></p>',
        f'<div class="pn-newsletter-inline">{x.c("promo", x.k("news", 1))}</div>',
    ]
    t = {
        "p": '<p class="pn-article__paragraph">{}</p>',
        "h": '<h2 class="pn-article__subheading">{}</h2>',
        "ul": ("<ul>", "</ul>"),
        "li": "<li>{}</li>",
        "q": '<p class="pn-article__paragraph pn-article__paragraph--quote">{}</p>',
        "hover": '<span class="pn-popover" hidden><b>{name}</b>{rest}</span>',
    }
    body = f"""<body class="pn-site pn-site--title-07"><div class="pn-network"><span class="pn-network__label">{x.c("related", x.k("related", 1))}</span>
{x.items("related", '<a class="pn-network__item" href="{href}">{h}</a> ', 3, "none")}</div>
<header class="pn-masthead"><a class="pn-masthead__logo" href="/">Valley Courier</a><a class="pn-masthead__sub">{x.c("paywall", x.k("pay", 2))}</a></header>
<nav class="pn-breadcrumb">{x.crumb(" | ", "<a>{}</a>")}</nav>
<div class="pn-layout"><main class="pn-article" itemscope itemtype="https://schema.org/NewsArticle">
<div class="pn-meter">{x.c("paywall", x.k("pay", 0))}</div>
<h1 class="pn-article__headline" itemprop="headline">{esc(a["title"])}</h1>
<div class="pn-article__byline"><span itemprop="author">{x.n(a["byline"])}</span> <span>{x.n(a["date"])}</span> <a href="#comments">{x.comments(0)}</a></div>
<figure class="pn-article__lead"><img src="/lead.jpg" alt=""><figcaption><span class="pn-credit">{x.c("photo", x.k("photo", 0))}</span></figcaption></figure>
<div class="pn-article__body" itemprop="articleBody">
{render_body(x, t, slots)}
</div>
<div class="pn-article__author"><p>{x.c("bio", x.ch["bio"][0])}</p></div>
<div class="pn-share"><span>{x.c("share", x.k("share", 1))}</span></div></main>
<aside class="pn-rail"><div class="pn-rail__block"><h3>{x.c("most_read", x.k("most", 0))}</h3><ol>
{x.items("most_read", '<li><a href="{href}">{h}</a><p>{d}</p></li>', 4, "dots")}</ol></div>
<div class="pn-rail__block pn-rail__app">{x.c("promo", x.k("app", 0))}</div></aside></div>
<footer class="pn-footer"><p>{x.c("promo", x.k("follow", 0))}</p><p>{x.c("cookie", x.k("cookie", 1))}</p></footer></body>"""
    return doc(x, "", body)


def metered_piano(x: Ctx) -> str:
    a = x.art
    slots = [
        f'<div class="tp-container-inner tp-inline-offer"><p>{x.c("paywall", x.k("pay", 1))}</p><button>OK</button></div>',
        f'<aside class="article-inline-ad"><small>{x.c("ad", x.k("ad", 0))}</small></aside>',
        x.item(
            "read_also",
            '<aside class="inline-teaser"><span class="inline-teaser__kicker">{h}</span> <span>{d}</span></aside>',
            "ellipsis",
        ),
    ]
    t = {
        "p": '<p class="article-text__p">{}</p>',
        "h": '<h3 class="article-text__h">{}</h3>',
        "ul": ('<ul class="article-text__ul">', "</ul>"),
        "li": "<li>{}</li>",
        "q": '<figure class="pullquote"><blockquote>{}</blockquote></figure>',
        "hover": '<span class="tooltip-profile" hidden><b>{name}</b>{rest}</span>',
    }
    body = f"""<body><div class="tp-meter-banner" data-piano="meter"><p>{x.c("paywall", x.k("pay", 0))}</p></div>
<header class="site-header"><a href="/">Daily Standard</a><nav>{x.crumb(" > ", "<a>{}</a>")}</nav></header>
<article class="article" data-paywall="metered"><header class="article__header">
<h1 class="article__title">{esc(a["title"])}</h1>
<p class="article__byline">{x.n(a["byline"])} — {x.n(a["date"])}</p></header>
<div class="article__toolbar"><a>{x.c("share", x.k("share", 0))}</a> <a>{x.comments(1)}</a></div>
<div class="article-text js-paywall">
{render_body(x, t, slots)}
</div>
<div class="tp-container-inner tp-modal-footer"><p>{x.c("paywall", x.k("pay", 2))}</p></div>
<div class="article__tags">{x.c("tags", x.ch["tags"][0])}</div></article>
<section class="recs"><h2>{x.c("related", x.k("related", 1))}</h2>
{x.items("related", '<div class="recs__item"><a href="{href}">{h}</a><p>{d}</p></div>', 4)}</section>
<div class="newsletter-footer"><p>{x.c("promo", x.k("news", 0))}</p></div></body>"""
    return doc(x, "<script>window.tp = window.tp || [];</script>", body)


def headless_cards(x: Ctx) -> str:
    a = x.art
    slots = [
        f'<div data-block-type="embed" data-embed="newsletter"><p>{x.c("promo", x.k("news", 2))}</p><p>{x.c("promo", x.k("news", 0))}</p></div>',
        f'<div data-block-type="image"><img src="https://cdn.example.io/images/x/1.jpg" alt=""><p data-role="credit">{x.c("photo", x.k("photo", 1))}</p></div>',
        f'<div data-block-type="relatedLink"><span>{x.c("read_also", x.k("read", 0))}</span> <a href="{x.href()}">{x.c("read_also", cut_title(x))}</a></div>',
        f'<div data-block-type="ad"><span>{x.c("ad", x.k("ad", 1))}</span></div>',
    ]
    t = {
        "p": '<div data-block-type="paragraph"><p>{}</p></div>',
        "h": '<div data-block-type="heading"><h2>{}</h2></div>',
        "ul": ('<div data-block-type="list"><ul>', "</ul></div>"),
        "li": "<li>{}</li>",
        "q": '<div data-block-type="quote"><blockquote>{}</blockquote></div>',
        "hover": '<span data-block-type="personRef" hidden><b>{name}</b>{rest}</span>',
    }
    body = f"""<body><div id="app" data-cms="headless"><div class="topbar"><a href="/">Brightwire</a>
<span class="topbar__promo">{x.c("promo", x.k("app", 0))}</span></div>
<div class="page"><div class="page__article"><div class="hero"><h1>{esc(a["title"])}</h1>
<div class="hero__meta"><span>{x.n(a["byline"])}</span><span>{x.n(a["date"])}</span></div></div>
<div class="blocks" data-content="portableText"><div data-block-type="heading"><h1>{esc(a["title"])}</h1></div>
{render_body(x, t, slots)}
</div>
<div class="tags">{x.c("tags", x.ch["tags"][0])}</div><div class="share">{x.c("share", x.k("share", 0))}</div>
<div class="next-article"><span>{x.c("next", x.k("next", 1))}</span> {x.item("next", '<a href="{href}"><h3>{h}</h3><p>{d}</p></a>', "cut")}</div></div>
<div class="page__rail"><h3>{x.c("most_read", x.k("most", 1))}</h3>
{x.items("most_read", '<a class="rail-item" href="{href}"><h4>{h}</h4><p>{d}</p></a>', 4, "full")}</div></div>
<div class="cmp-banner">{x.c("cookie", x.k("cookie", 0))}</div></div></body>"""
    return doc(x, "", body)


def cut_title(x: Ctx) -> str:
    h = x.head()[0]
    return h[: max(10, int(len(h) * 0.7))]


def spa_testid(x: Ctx) -> str:
    a = x.art
    slots = [
        f'<div data-testid="inline-newsletter"><p>{x.c("promo", x.k("news", 1))}</p></div>',
        x.item(
            "read_also",
            '<div data-testid="inline-related"><a data-testid="card-link" href="{href}"><span data-testid="card-headline">{h}</span><span data-testid="card-description">{d}</span></a></div>',
            "cut",
        ),
        f'<div data-testid="ad-slot"><span>{x.c("ad", x.k("ad", 0))}</span></div>',
    ]
    t = {
        "p": '<p data-testid="paragraph" class="sc-eDvSVe gKYFiN">{}</p>',
        "h": '<h2 data-testid="subheading" class="sc-jSUZER iRxjGk">{}</h2>',
        "ul": ('<ul data-testid="list">', "</ul>"),
        "li": '<li data-testid="list-item">{}</li>',
        "q": '<blockquote data-testid="pullquote" class="sc-gKPRtg">{}</blockquote>',
        "hover": '<span data-testid="entity-card" hidden><b>{name}</b>{rest}</span>',
    }
    body = f"""<body><a href="#main" class="skip">Skip</a><div id="root"><header data-testid="masthead"><a href="/">Signal</a>
<div data-testid="toast" role="status">{x.c("promo", x.k("app", 1))}</div></header>
<nav data-testid="breadcrumbs">{x.crumb(" / ", "<span>{}</span>")}</nav>
<main id="main"><div data-testid="article-header"><h1 data-testid="headline">{esc(a["title"])}</h1>
<div data-testid="byline">{x.n(a["byline"])}</div><div data-testid="timestamp">{x.n(a["date"])}</div>
<div data-testid="share-bar"><button>{x.c("share", x.k("share", 0))}</button><button>{x.c("share", x.k("share", 1))}</button></div></div>
<div data-testid="article-body" class="sc-hLBbgP">
{render_body(x, t, slots)}
</div>
<div data-testid="comments-entry"><button>{x.comments(1)}</button></div>
<section data-testid="related"><h2>{x.c("related", x.k("related", 0))}</h2>
{x.items("related", '<article data-testid="card"><a href="{href}"><h3>{h}</h3><p>{d}</p></a></article>', 4)}</section></main>
<aside data-testid="follow">{x.c("promo", x.k("follow", 0))}</aside>
<div data-testid="consent">{x.c("cookie", x.k("cookie", 0))}<button>{x.c("cookie", x.k("cookie", 1))}</button></div></div></body>"""
    return doc(x, "", body)
