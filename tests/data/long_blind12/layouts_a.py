"""Dev layouts, part A: Next.js CSS modules, AMP, Ghost, Medium-like, Gatsby, live blog."""

from __future__ import annotations

from kit import Ctx, doc, esc, render_body


def next_cssmod(x: Ctx) -> str:
    a = x.art
    slots = [
        f'<aside class="InlineRelated_box__7hTqW"><span class="InlineRelated_label__c3Vb1">'
        f'{x.c("read_also", x.k("read", 0))}</span> <a class="InlineRelated_link__Q2mZa" '
        f'href="{x.href()}">{x.c("read_also", x.head()[0])}</a></aside>',
        f'<div class="AdSlot_wrap__Xy12z"><span class="AdSlot_label__9s8Kd">{x.c("ad", x.k("ad", 1))}'
        '</span><div id="div-gpt-ad-1700000000001-0"></div></div>',
        f'<div class="NewsletterInline_root__Vb7Pq"><p class="NewsletterInline_pitch__1xYtR">'
        f'{x.c("promo", x.k("news", 0))}</p><form><label class="sr-only">{x.c("promo", x.k("news", 2))}'
        '</label><input type="email"><button>OK</button></form></div>',
        x.item(
            "read_also",
            '<div class="TeaserInline_card__Hh3s0"><a href="{href}"><h3 '
            'class="TeaserInline_title__u8Rk2">{h}</h3><p class="TeaserInline_dek__p9Zq">{d}</p></a></div>',
        ),
    ]
    t = {
        "p": '<p class="Paragraph_paragraph__Lm2Kd">{}</p>',
        "h": '<h2 class="Subhead_h2__k3LmQ">{}</h2>',
        "ul": ('<ul class="List_ul__9hJ2s">', "</ul>"),
        "li": '<li class="List_li__2bNx0">{}</li>',
        "q": '<blockquote class="Quote_quote__0pKs1"><p>{}</p></blockquote>',
        "hover": '<span class="AuthorTooltip_card__T4a1q" hidden><b>{name}</b>{rest}</span>',
    }
    body = f"""<body><div id="__next"><header class="Header_root__a8K2d"><a class="Header_logo__e2Q0x" href="/">Meridian</a>
<nav class="Header_nav__Zp1c3"><a href="/news">News</a> <a href="/world">World</a></nav></header>
<div class="CookieBanner_root__3jXk9" role="dialog"><p>{x.c("cookie", x.k("cookie", 0))}</p><button>{x.c("cookie", x.k("cookie", 1))}</button></div>
<main class="Layout_main__Qw3x1"><article class="Article_article__9fK2p">
<nav class="Breadcrumbs_crumbs__1aB3c">{x.crumb(" / ", '<a href="#">{}</a>')}</nav>
<h1 class="Headline_title__xY7zQ">{esc(a["title"])}</h1>
<div class="Byline_row__Gk2l8"><span class="Byline_author__R5t1n">{x.n(a["byline"])}</span> <time>{x.n(a["date"])}</time>
<button class="ShareBar_btn__w1Ee3">{x.c("share", x.k("share", 0))}</button></div>
<figure class="Figure_root__b3Cq7"><img src="/_next/image?url=a.jpg&amp;w=1200" alt=""><figcaption class="Figure_credit__P0o9s">{x.c("photo", x.k("photo", 0))}</figcaption></figure>
<div class="ArticleBody_body__x7Kq2">
{render_body(x, t, slots)}
</div>
<div class="Tags_row__f3Sa1"><span>{x.c("tags", x.ch["tags"][0])}</span></div>
<section class="MoreOn_grid__Rr5t2"><h2 class="MoreOn_heading__0Tt3s">{x.c("related", x.k("related", 0))}</h2>
{x.items("related", '<a class="MoreOn_card__4Jk1m" href="{href}"><h3>{h}</h3><p>{d}</p></a>', 3)}</section>
</article>
<aside class="Sidebar_rail__Yy2j0"><h2>{x.c("most_read", x.k("most", 0))}</h2><ol class="MostRead_list__9Pq2d">
{x.items("most_read", '<li><a href="{href}">{h}</a></li>', 5, "none")}</ol>
<div class="AppPromo_box__Mm1c4">{x.c("promo", x.k("app", 0))}</div></aside></main>
<footer class="Footer_root__Ux8i1"><p>{x.c("promo", x.k("follow", 0))}</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"id":"{a["id"]}"}}}},"page":"/[section]/[slug]"}}</script></body>"""
    return doc(x, '<link rel="preload" href="/_next/static/css/8f1c2a.css" as="style">', body)


def amp_story(x: Ctx) -> str:
    a = x.art
    slots = [
        f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/news"><div class="amp-ad-label">'
        f"{x.c('ad', x.k('ad', 0))}</div></amp-ad>",
        f'<p class="amp-related-inline"><strong>{x.c("read_also", x.k("read", 1))}</strong> '
        f'<a href="{x.href()}">{x.c("read_also", x.head()[0])}</a></p>',
        f'<div class="amp-newsletter"><p>{x.c("promo", x.k("news", 1))}</p></div>',
    ]
    t = {
        "p": "<p>{}</p>",
        "h": "<h2>{}</h2>",
        "ul": ("<ul>", "</ul>"),
        "li": "<li>{}</li>",
        "q": '<blockquote class="wp-block-quote"><p>{}</p></blockquote>',
        "hover": '<span class="amp-profile" hidden><b>{name}</b>{rest}</span>',
    }
    body = f"""<body class="amp-mode-mouse">
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/">Pulse24</a></li><li><a href="/news">News</a></li></ul></amp-sidebar>
<header class="amp-wp-header"><div><a href="/">Pulse24</a></div><button on="tap:sidebar.toggle">☰</button></header>
<amp-user-notification id="consent" layout="nodisplay"><div class="notice">{x.c("cookie", x.k("cookie", 0))}</div><button on="tap:consent.dismiss">{x.c("cookie", x.k("cookie", 1))}</button></amp-user-notification>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{esc(a["title"])}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{x.n(a["byline"])}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time>{x.n(a["date"])}</time></div></header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img src="/img/lead.jpg" width="1200" height="675" layout="responsive"></amp-img>
<p class="wp-caption-text">{x.c("photo", x.k("photo", 1))}</p></figure>
<div class="amp-wp-article-content">
{render_body(x, t, slots)}
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-tag">{x.c("tags", x.ch["tags"][0])}</div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="#comments">{x.comments(1)}</a></div></footer>
</article>
<div class="amp-share"><p>{x.c("share", x.k("share", 0))}</p><amp-social-share type="facebook"></amp-social-share><amp-social-share type="whatsapp"></amp-social-share></div>
<section class="amp-related-posts"><h3>{x.c("related", x.k("related", 1))}</h3><ul>
{x.items("related", '<li><a href="{href}">{h}</a> <span class="excerpt">{d}</span></li>', 4)}</ul></section>
<footer class="amp-wp-footer"><p>{x.c("promo", x.k("app", 1))}</p><a href="#top" class="back-to-top">↑</a></footer></body>"""
    head = '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style>'
    return doc(x, head, body, " amp")


def ghost_members(x: Ctx) -> str:
    a = x.art
    slots = [
        f'<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">📬</div>'
        f'<div class="kg-callout-text">{x.c("promo", x.k("news", 0))}</div></div>',
        f'<figure class="kg-card kg-image-card kg-card-hascaption"><img class="kg-image" src="/content/images/2.jpg" alt="">'
        f"<figcaption><span>{x.c('photo', x.k('photo', 0))}</span></figcaption></figure>",
        x.item(
            "read_also",
            '<div class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{href}">'
            '<div class="kg-bookmark-content"><div class="kg-bookmark-title">{h}</div>'
            '<div class="kg-bookmark-description">{d}</div></div></a></div>',
        ),
        f'<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">{x.c("promo", x.k("news", 1))}</h2>'
        f'<form data-members-form><input data-members-email type="email"><button class="kg-signup-card-button">'
        f"{x.c('promo', x.k('news', 2))}</button></form></div>",
    ]
    t = {
        "p": "<p>{}</p>",
        "h": '<h2 id="h">{}</h2>',
        "ul": ("<ul>", "</ul>"),
        "li": "<li>{}</li>",
        "q": '<blockquote class="kg-blockquote-alt">{}</blockquote>',
        "hover": '<span class="gh-portal-tip" style="display:none"><b>{name}</b>{rest}</span>',
    }
    body = f"""<body class="post-template tag-news gh-body">
<div class="gh-site"><header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">The Fortnightly</a>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">{x.c("promo", x.k("follow", 0))}</a></div></header>
<main id="gh-main" class="gh-main"><article class="gh-article post">
<header class="gh-article-header gh-canvas"><h1 class="gh-article-title">{esc(a["title"])}</h1>
<div class="gh-article-meta"><span class="gh-article-author-name">{x.n(a["byline"])}</span><time class="gh-article-date">{x.n(a["date"])}</time></div></header>
<section class="gh-content gh-canvas">
{render_body(x, t, slots)}
</section>
<aside class="gh-cta gh-canvas"><h3 class="gh-cta-title">{x.c("paywall", x.k("pay", 1))}</h3><a class="gh-btn" href="#/portal/signin">{x.c("paywall", x.k("pay", 2))}</a></aside>
<section class="gh-comments gh-canvas"><h4>{x.comments(0)}</h4></section></article>
<section class="gh-readmore"><h3 class="gh-readmore-title">{x.c("related", x.k("related", 1))}</h3>
{x.items("related", '<article class="gh-card"><a class="gh-card-link" href="{href}"><h3 class="gh-card-title">{h}</h3><p class="gh-card-excerpt">{d}</p></a></article>', 3, "full")}</section></main>
<footer class="gh-foot"><p>{x.c("promo", x.k("app", 0))}</p><p>Powered by Ghost</p></footer></div></body>"""
    return doc(x, '<meta name="generator" content="Ghost 5.80">', body)


def medium_like(x: Ctx) -> str:
    a = x.art
    slots = [
        f'<figure class="mn mo mp mq mr ms"><img class="bg lz mt c" src="/1*kfR.jpeg" alt=""><figcaption class="nb nc nd ne">'
        f"{x.c('photo', x.k('photo', 1))}</figcaption></figure>",
        f'<div class="ab cb"><p class="pw-highlight-callout">{x.c("read_also", x.k("read", 2))} '
        f'<a href="{x.href()}">{x.c("read_also", x.head()[0])}</a></p></div>',
    ]
    t = {
        "p": '<p class="pw-post-body-paragraph nf ng fq nh b ni nj nk nl nm nn no">{}</p>',
        "h": '<h2 class="og oh fq be oi oj ok ol om on oo op oq">{}</h2>',
        "ul": ('<ul class="">', "</ul>"),
        "li": '<li class="nf ng fq nh b ni pl or os">{}</li>',
        "q": '<blockquote class="ot ou ov"><p class="nf ng ow nh b ni">{}</p></blockquote>',
        "hover": '<span class="hm hn ho" aria-hidden="true" hidden><b>{name}</b>{rest}</span>',
    }
    body = f"""<body><div id="root"><div class="a b c"><div class="l ae af ag ah"><nav class="ai aj ak al"><a href="/">Longform</a></nav></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><article><div class="l"><div class="speechify-ignore ab cp">
<span class="be b bf z bj">{x.c("promo", x.k("follow", 1))}</span></div>
<h1 class="pw-post-title gu gv gw be gx gy">{esc(a["title"])}</h1>
<div class="hb hc hd"><span class="be b bf z bj pw-author">{x.n(a["byline"])}</span> · <span data-testid="storyPublishDate">{x.n(a["date"])}</span></div>
<div class="ab cp hx hy"><span class="pw-multi-vote-count">{x.rng.randint(40, 900)}</span> <span class="pw-responses-count">{x.comments(0)}</span>
<button aria-label="share">{x.c("share", x.k("share", 1))}</button></div>
<section><div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg ew ex ey ez">
{render_body(x, t, slots)}
</div></div></div></section>
<div class="ab ca"><ul class="tags"><li><a class="tag">{x.c("tags", x.ch["tags"][0])}</a></li></ul></div>
<div class="pw-author-bio"><h2 class="be">{x.n(a["byline"])}</h2><p class="be b dy">{x.c("bio", x.ch["bio"][0])}</p></div>
</div></article></div></div>
<div class="pw-more-from"><h2>{x.c("related", x.k("related", 0))}</h2>
{x.items("related", '<div class="ab"><a href="{href}"><h2 class="be">{h}</h2><h3 class="be b">{d}</h3></a></div>', 4, "cut")}</div>
<div class="pw-recommended"><h2>{x.c("most_read", x.k("most", 1))}</h2>
{x.items("most_read", '<div class="ab"><a href="{href}"><h2>{h}</h2><h3>{d}</h3></a></div>', 3, "ellipsis")}</div>
<div class="cookie-bar">{x.c("cookie", x.k("cookie", 0))}</div></div></div></body>"""
    return doc(x, "", body)


def jamstack_gatsby(x: Ctx) -> str:
    a = x.art
    slots = [
        f'<p class="not-prose my-4 text-sm font-semibold"><span class="uppercase text-red-600">{x.c("read_also", x.k("read", 0))}</span> '
        f'<a class="underline" href="{x.href()}">{x.c("read_also", x.head()[0])}</a></p>',
        f'<div class="not-prose rounded bg-gray-100 p-4"><p class="text-xs">{x.c("ad", x.k("ad", 0))}</p></div>',
        x.item(
            "read_also",
            '<div class="not-prose border-l-4 pl-3"><a href="{href}"><p class="font-bold">{h}</p><p>{d}</p></a></div>',
            "dots",
        ),
    ]
    t = {
        "p": "<p>{}</p>",
        "h": "<h2>{}</h2>",
        "ul": ("<ul>", "</ul>"),
        "li": "<li>{}</li>",
        "q": "<blockquote><p>{}</p></blockquote>",
        "hover": '<span class="hidden group-hover:block absolute"><b>{name}</b>{rest}</span>',
    }
    body = f"""<body><div id="___gatsby"><div id="gatsby-focus-wrapper" tabindex="-1">
<header class="sticky top-0 flex justify-between bg-white"><a href="/" class="font-black">Northline</a><a href="/subscribe" class="btn">{x.c("promo", x.k("news", 0))}</a></header>
<div class="mx-auto max-w-3xl px-4"><div class="text-sm text-gray-500">{x.crumb(" › ", "<span>{}</span>")}</div>
<h1 class="text-4xl font-bold leading-tight">{esc(a["title"])}</h1>
<p class="mt-2 text-gray-600"><span>{x.n(a["byline"])}</span> · <span>{x.n(a["date"])}</span></p>
<div class="gatsby-image-wrapper"><img src="/static/abc/lead.webp" alt=""></div><p class="text-xs text-gray-400">{x.c("photo", x.k("photo", 0))}</p>
<div class="prose prose-lg max-w-none"><h1>{esc(a["title"])}</h1>
{render_body(x, t, slots)}
</div>
<div class="mt-8 flex gap-2"><span class="font-semibold">{x.c("tags", x.ch["tags"][0])}</span></div>
<div class="mt-6 flex gap-3"><button>{x.c("share", x.k("share", 0))}</button><button>{x.c("share", x.k("share", 1))}</button></div>
<nav class="mt-10 grid grid-cols-2 gap-4"><a href="{x.href()}" class="block"><span class="text-xs uppercase">{x.c("next", x.k("next", 0))}</span>
<span class="block font-bold">{x.c("next", x.head()[0])}</span></a></nav>
<section class="mt-10"><h2 class="text-2xl">{x.c("related", x.k("related", 1))}</h2><div class="grid grid-cols-3">
{x.items("related", '<a href="{href}" class="card"><h3>{h}</h3><p>{d}</p></a>', 3)}</div></section></div>
<div class="fixed inset-x-0 bottom-0 bg-black text-white p-4" role="dialog">{x.c("cookie", x.k("cookie", 0))}</div>
</div></div></body>"""
    return doc(x, '<meta name="generator" content="Gatsby 4.24.0">', body)


def liveblog_pinned(x: Ctx) -> str:
    a = x.art
    slots = [
        f'<div class="lb-embed lb-embed--promo"><p>{x.c("promo", x.k("app", 0))}</p></div>',
        f'<div class="lb-ad"><span>{x.c("ad", x.k("ad", 0))}</span></div>',
    ]
    t = {
        "p": '<p class="lb-text">{}</p>',
        "h": '<h3 class="lb-subhead">{}</h3>',
        "ul": ('<ul class="lb-list">', "</ul>"),
        "li": "<li>{}</li>",
        "q": '<blockquote class="lb-quote">{}</blockquote>',
        "hover": '<span class="lb-person-card" hidden><b>{name}</b>{rest}</span>',
    }
    upd = "".join(
        x.item(
            "live",
            f'<article class="lb-post"><time class="lb-post__time">{hh:02d}:{mm:02d}</time>'
            '<h3 class="lb-post__title"><a href="{href}">{h}</a></h3><p>{d}</p></article>',
            "full",
        )
        for hh, mm in ((x.rng.randint(7, 20), x.rng.randint(0, 59)) for _ in range(3))
    )
    body = f"""<body class="liveblog"><div class="lb-topbar"><a href="/">Channel Nine News</a><span class="lb-badge">LIVE</span></div>
<div class="lb-crumbs">{x.crumb(" » ", "<a>{}</a>")}</div>
<div class="lb-layout"><aside class="lb-keyevents"><h2>{x.c("related", x.k("related", 0))}</h2><ul>
{x.items("related", '<li><a href="{href}">{h}</a></li>', 4, "none")}</ul></aside>
<main class="lb-main"><header class="lb-header"><h1 class="lb-title">{esc(a["title"])}</h1>
<p class="lb-meta"><span>{x.n(a["byline"])}</span> <span>{x.n(a["date"])}</span></p>
<div class="lb-toolbar"><button>{x.c("share", x.k("share", 0))}</button><span>{x.comments(1)}</span></div></header>
<div class="lb-post lb-post--pinned"><div class="lb-post__body">
{render_body(x, t, slots)}
</div></div>
<div class="lb-newupdates"><button>{x.c("live", x.k("next", 1))}</button></div>
{upd}
<div class="lb-footer"><p>{x.c("promo", x.k("follow", 1))}</p><p>{x.c("promo", x.k("news", 1))}</p></div></main></div>
<div class="consent-overlay">{x.c("cookie", x.k("cookie", 1))}</div></body>"""
    return doc(x, "", body)
