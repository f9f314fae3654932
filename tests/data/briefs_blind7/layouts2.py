"""Page layouts for briefs_blind7 (part 2): AMP, paywall, syndication widgets, older CMSs."""

from __future__ import annotations

from html import escape as e

from layouts import LAYOUTS_A, Ctx, It, Layout, body, page, tz

NL = "\n"


def ampnews(c: Ctx) -> str:
    slides = "".join(
        f'<div class="slide"><amp-img src="/i/{n}.jpg" width="320" height="180" layout="responsive" alt=""></amp-img><h4 class="slide__title"><a href="{i.url}">{e(i.head)}</a></h4><p class="slide__text">{tz(c, i)}</p></div>\n'
        for n, i in enumerate(c.items)
    )
    head = '<script async src="https://cdn.ampproject.org/v0.js"></script>\n<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>\n<style amp-boilerplate>body{visibility:hidden}</style>\n<link rel="canonical" href="/story">\n'
    main = f'<header class="amp-header"><a href="/">Coastline</a></header><article class="amp-article"><h1 class="amp-title">{e(c.title)}</h1><amp-img src="/lead.jpg" width="640" height="360" layout="responsive" alt=""></amp-img><div class="article-body">\n{NL.join(body(c))}\n</div></article>\n<section class="amp-related"><h2>{e(c.label)}</h2><amp-carousel type="carousel" layout="fixed-height" height="320">\n{slides}</amp-carousel></section>'
    return page(c, main, head).replace("<html ", "<html ⚡ ", 1)


def piano(c: Ctx) -> str:
    grid = "".join(
        f'<div class="c-grid__item"><a class="c-teaser" href="{i.url}"><span class="c-teaser__kicker">{e(i.cat)}</span> <span class="c-teaser__title">{e(i.head)}</span> <span class="c-teaser__summary">{tz(c, i)}</span></a></div>\n'
        for i in c.items
    )
    overlay = '<div class="tp-modal" style="display:block"><div class="tp-backdrop tp-active"></div><div class="tp-iframe-wrapper"><div class="piano-offer"><h2>You have read 3 of 5 free articles this month</h2><p>Subscribe for unlimited access from 1 € a week.</p><a class="btn" href="/subscribe">Subscribe now</a> <a href="/login">Log in</a></div></div></div>'
    main = f'<div class="site"><header class="masthead"><a href="/">Tagesbote</a></header><main><article class="article"><h1 class="article__headline">{e(c.title)}</h1><div class="article__body" data-piano-content>\n{NL.join(body(c))}\n</div></article>{overlay}\n<section class="c-recommendations"><h2 class="c-recommendations__title">Recommended for you</h2><div class="c-grid c-grid--3">\n{grid}</div></section></main></div>'
    return page(
        c,
        main,
        '<script src="https://experience.tinypass.com/xbuilder/experience/load?aid=x"></script>\n',
    )


def infinite(c: Ctx) -> str:
    if not c.items:
        return page(
            c,
            f'<main><article class="article"><h1 class="article__title">{e(c.title)}</h1><div class="article__content">\n{NL.join(body(c))}\n</div></article></main>',
        )
    nxt, rest = c.items[0], c.items[1:]
    more = "".join(
        f'<div class="more-stories__item"><h3><a href="{i.url}">{e(i.head)}</a></h3><p>{tz(c, i)}</p></div>\n'
        for i in rest
    )
    main = f'<main><article class="article" data-article-id="5512"><h1 class="article__title">{e(c.title)}</h1><div class="article__content">\n{NL.join(body(c))}\n</div></article>\n<div class="next-article" data-infinite-scroll="/next/5513"><div class="next-article__label">Next article</div><article class="article article--next"><h1 class="article__title">{e(nxt.head)}</h1><div class="article__content"><p class="article__lead">{tz(c, nxt)}</p></div><a class="btn" href="{nxt.url}">Continue reading</a></article></div>\n<div class="more-stories"><h2>{e(c.label)}</h2>\n{more}</div><div class="infinite-loader" aria-hidden="true">Loading…</div></main>'
    return page(c, main)


def liveblog(c: Ctx) -> str:
    ents = "".join(
        f'<div class="lb-entry" id="post-{n}"><div class="lb-entry__meta"><time datetime="2020-10-02T{i.time}">{i.time}</time></div><div class="lb-entry__body"><p><strong>{e(i.head)}</strong></p><p>{tz(c, i)}</p></div></div>\n'
        for n, i in enumerate(c.items)
    )
    main = f'<main class="page"><article class="story"><h1>{e(c.title)}</h1><div class="story__text">\n{NL.join(body(c))}\n</div></article>\n<section class="liveblog" data-live="true"><h2 class="liveblog__title"><span class="live-dot"></span>Live: {e(c.label)}</h2><div class="lb-posts">\n{ents}</div><button class="lb-more">Load more</button></section></main>'
    return page(c, main)


def font1998(c: Ctx) -> str:
    lis = "".join(
        f'<li><a href="{i.url}"><b>{e(i.head)}</b></a> - {tz(c, i)}</li>\n' for i in c.items
    )
    paras = NL.join(body(c, '<p><font face="Arial, Helvetica" size="2">{}</font></p>'))
    main = f'<center><table width="600" border="0" cellpadding="4" cellspacing="0"><tr><td bgcolor="#003366"><font color="#FFFFFF" face="Arial" size="2"><b>NORDKURIER ONLINE</b></font></td></tr><tr><td><font face="Arial" size="4"><b>{e(c.title)}</b></font><br><font size="1">03.12.98</font>\n{paras}\n<hr size="1" noshade><font face="Arial" size="2"><b>{e(c.label)}:</b></font><ul>\n{lis}</ul></td></tr><tr><td align="center"><font size="1">&copy; 1998 Nordkurier | <a href="/impressum.htm">Impressum</a></font></td></tr></table></center>'
    return page(c, main, "", ' bgcolor="#FFFFFF" text="#000000" link="#003366"')


def outbrain(c: Ctx) -> str:
    recs = "".join(
        f'<div class="ob-dynamic-rec-container ob-p"><a class="ob-dynamic-rec-link" href="{i.url}" target="_blank"><div class="ob-rec-image-container"><img class="ob-rec-image" src="/ob/{n}.jpg" alt=""></div><div class="ob-rec-text-container"><span class="ob-rec-text">{e(i.head)}</span> <span class="ob-rec-source">{"Sponsored · " if n % 3 == 2 else ""}{e(c.extra.get("site", "News"))}</span> <span class="ob-rec-description">{tz(c, i)}</span></div></a></div>\n'
        for n, i in enumerate(c.items)
    )
    main = f'<div id="page"><article id="story"><h1>{e(c.title)}</h1><section class="story-body">\n{NL.join(body(c))}\n</section></article>\n<div class="OUTBRAIN" data-src="/story" data-widget-id="AR_1"><div class="ob-widget ob-grid-layout AR_1"><div class="ob-widget-header"><span class="ob_what">Recommended for you</span><a class="ob_about" href="https://www.outbrain.example/what-is">What is</a></div><div class="ob-widget-items-container">\n{recs}</div></div></div></div>'
    return page(c, main)


def taboola(c: Ctx) -> str:
    cubes = "".join(
        f'<div class="videoCube trc_spotlight_item syndicatedItem"><a class="item-thumbnail-href" href="{i.url}"><span class="thumbBlock_holder"><span class="thumbBlock" style="background-image:url(/t/{n}.jpg)"></span></span><span class="video-label-box trc-main-label"><span class="video-title">{e(i.head)}</span><span class="video-description">{tz(c, i)}</span><span class="branding">{"Sponsored | " if n % 2 else ""}{e(i.cat)}</span></span></a></div>\n'
        for n, i in enumerate(c.items)
    )
    main = f'<main><div class="article-wrap"><h1 class="headline">{e(c.title)}</h1><div class="article-text">\n{NL.join(body(c))}\n</div></div>\n<div id="taboola-below-article-thumbnails" class="trc_related_container trc_spotlight_widget"><div class="trc_rbox_container"><div class="trc_rbox_header trc_rbox_border_elm"><span class="trc_rbox_header_span">You May Like</span><span class="trc_header_right_column"><a class="trc_attribution_position_after" href="#">Sponsored Links by Taboola</a></span></div><div class="trc_rbox_outer"><div class="trc_rbox_div trc_rbox_border_elm">\n{cubes}</div></div></div></div></main>'
    return page(c, main)


def newsletter(c: Ctx) -> str:
    rows = "".join(
        f'<tr><td class="item" style="padding:8px 0;border-bottom:1px solid #ddd"><a href="{i.url}" style="color:#036"><strong>{e(i.head)}</strong></a><br><span style="color:#555;font-size:14px">{tz(c, i)}</span></td></tr>\n'
        for i in c.items
    )
    paras = NL.join(body(c, '<p style="font-size:16px;line-height:1.5">{}</p>'))
    main = f'<div class="archive-nav"><a href="/archive">Newsletter archive</a> · <a href="/archive/214">Previous issue</a> · <a href="/archive/216">Next issue</a></div>\n<table class="body" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table class="container" width="600"><tr><td class="preheader" style="font-size:11px;color:#999">View in browser</td></tr><tr><td class="main"><h1 style="font-size:24px">{e(c.title)}</h1>\n{paras}\n</td></tr><tr><td class="section"><h2 style="font-size:18px">{e(c.label)}</h2></td></tr>\n{rows}<tr><td class="footer" style="font-size:11px">You are receiving this email because you subscribed. <a href="/unsubscribe">Unsubscribe</a></td></tr></table></td></tr></table>'
    return page(c, main)


def portal2010(c: Ctx) -> str:
    top, rest = c.items[:3], c.items[3:]
    slides = "".join(
        f'<li><a href="{i.url}"><img src="/s/{n}.jpg" alt="" width="620" height="260"></a><div class="caption"><h4>{e(i.head)}</h4><p>{tz(c, i)}</p></div></li>\n'
        for n, i in enumerate(top)
    )
    box = "".join(
        f'<div class="region-item"><strong><a href="{i.url}">{e(i.head)}</a></strong> <span class="datum">{i.time}</span><p>{tz(c, i)}</p></div>\n'
        for i in rest
    )
    main = f'<div id="wrapper"><div id="header"><a href="/"><img src="/logo.gif" alt="Regionalportal"></a><ul id="topnav"><li><a href="/">Start</a></li><li><a href="/region">Region</a></li></ul></div>\n<div class="bxslider-wrap"><ul class="bxslider">\n{slides}</ul></div>\n<div id="content" class="artikel"><h1>{e(c.title)}</h1><div class="artikeltext">\n{NL.join(body(c))}\n</div></div>\n<div class="region-box"><h3>{e(c.label)}</h3>\n{box}</div><div id="footer">Impressum | Datenschutz | Kontakt</div></div>'
    return page(
        c,
        main,
        '<script src="/js/jquery-1.4.2.min.js"></script><script src="/js/jquery.bxslider.min.js"></script>\n',
    )


def dsfrgov(c: Ctx) -> str:
    def card(i: It) -> str:
        return f'<div class="fr-card fr-enlarge-link"><div class="fr-card__body"><div class="fr-card__content"><h3 class="fr-card__title"><a href="{i.url}">{e(i.head)}</a></h3><p class="fr-card__desc">{tz(c, i)}</p><div class="fr-card__start"><p class="fr-card__detail">{i.time}</p></div></div></div></div>\n'

    side, after = c.items[:3], c.items[3:]
    main = f'<header class="fr-header"><div class="fr-header__brand"><p class="fr-logo">République<br>Française</p></div><p class="fr-header__service-title">Ministère de l\'Intérieur</p></header><main class="fr-container"><nav class="fr-breadcrumb"><a href="/">Accueil</a> › <a href="/actualites">Actualités</a></nav><div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-8"><h1>{e(c.title)}</h1><div class="cmsbody">\n{NL.join(body(c))}\n</div></div><div class="fr-col-12 fr-col-md-4">\n{"".join(map(card, side))}</div></div>\n<section class="fr-mt-6w"><h2>{e(c.label)}</h2><div class="fr-grid-row">\n{"".join(map(card, after))}</div></section></main><footer class="fr-footer"><p>Sauf mention contraire, tous les contenus de ce site sont sous licence etalab-2.0</p></footer>'
    return page(c, main)


def wire(c: Ctx) -> str:
    parts = body(c)
    for i in c.items[:2]:  # "Related Coverage" shows headlines only
        i.teaser, i.mark, i.more = "", "", False
    rel = "".join(f'<li><a href="{i.url}">{e(i.head)}</a></li>' for i in c.items[:2])
    top = "".join(
        f'<li><span class="timestamp">{i.time} GMT</span> <a class="headline" href="{i.url}">{e(i.head)}</a><p class="summary">{tz(c, i)}</p></li>\n'
        for i in c.items[2:]
    )
    main = f'<div id="content"><div class="column1"><h1 class="article-headline">{e(c.title)}</h1><p class="byline">By Wire Staff</p><div class="article-text" id="articleText">\n{parts[0]}\n<div class="related-coverage"><p class="label">Related Coverage</p><ul>{rel}</ul></div>\n{NL.join(parts[1:])}\n<p class="credit">(Editing by the desk)</p></div></div>\n<div class="column2"><div class="module wire-list"><h4 class="module-header">Top News</h4><ul>\n{top}</ul></div></div></div>'
    return page(c, main)


def drupal7(c: Ctx) -> str:
    rows = "".join(
        f'<div class="views-row views-row-{n + 1} {"views-row-odd" if n % 2 == 0 else "views-row-even"}"><div class="views-field views-field-title"><span class="field-content"><a href="{i.url}">{e(i.head)}</a></span></div><div class="views-field views-field-body"><div class="field-content">{tz(c, i)}</div></div><div class="views-field views-field-created"><span class="field-content">{i.time}</span></div></div>\n'
        for n, i in enumerate(c.items)
    )
    main = f'<div id="page-wrapper"><div id="main"><h1 class="title" id="page-title">{e(c.title)}</h1><div class="region region-content"><div id="node-412" class="node node-article node-full clearfix"><div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">\n{NL.join(body(c))}\n</div></div></div></div></div>\n<div class="block block-views" id="block-views-related-news-block"><h2>{e(c.label)}</h2><div class="content"><div class="view view-related-news view-display-id-block"><div class="view-content">\n{rows}</div></div></div></div></div></div></div>'
    return page(c, main, '<meta name="Generator" content="Drupal 7 (http://drupal.org)" />\n')


def joomla(c: Ctx) -> str:
    lis = "".join(
        f'<li><h4><a class="mod-articles-category-title" href="{i.url}">{e(i.head)}</a></h4><span class="mod-articles-category-date">{i.time}</span><p class="mod-articles-category-introtext">{tz(c, i)}</p><p class="mod-articles-category-readmore"><a class="mod-articles-category-title" href="{i.url}">{e(c.more)}: {e(i.head)}</a></p></li>\n'
        for i in c.items
    )
    main = f'<div id="all"><div id="main"><div class="item-page"><h2><a href="/story">{e(c.title)}</a></h2><dl class="article-info"><dt class="article-info-term">Details</dt><dd class="published">Published: 14 May 2012</dd><dd class="hits">Hits: 1204</dd></dl>\n{NL.join(body(c))}\n</div></div><div id="right"><div class="moduletable"><h3>{e(c.label)}</h3><ul class="category-module">\n{lis}</ul></div></div></div>'
    return page(
        c, main, '<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
    )


def ghost(c: Ctx) -> str:
    cards = "".join(
        f'<article class="gh-card post"><a class="gh-card-link" href="{i.url}"><div class="gh-card-wrapper"><p class="gh-card-tag">{e(i.cat)}</p><h3 class="gh-card-title is-title">{e(i.head)}</h3><div class="gh-card-excerpt is-body">{tz(c, i)}</div><footer class="gh-card-meta"><time datetime="2022-09-01">{i.time}</time></footer></div></a></article>\n'
        for i in c.items
    )
    main = f'<div class="gh-site"><main class="gh-main"><article class="gh-article post"><header class="gh-article-header gh-canvas"><h1 class="gh-article-title is-title">{e(c.title)}</h1></header><section class="gh-content gh-canvas is-body">\n{NL.join(body(c))}\n</section></article></main>\n<aside class="gh-readmore gh-canvas"><div class="gh-inner"><h2 class="gh-readmore-title">{e(c.label)}</h2><div class="gh-feed">\n{cards}</div></div></aside></div>'
    return page(c, main, '<meta name="generator" content="Ghost 5.40">\n')


def nextjs(c: Ctx) -> str:
    def card(i: It) -> str:
        return f'<a class="Card_link__k2P" href="{i.url}"><div class="Card_body__Qw1"><h3 class="Card_title__9xZ">{e(i.head)}</h3><p class="Card_dek__r4T">{tz(c, i)}</p></div></a>'

    parts = body(c)
    inline = f'<div class="InlineRelated_wrap__aB3">{card(c.items[0])}</div>' if c.items else ""
    rail = NL.join(card(i) for i in c.items[1:])
    main = f'<div id="__next"><main class="Layout_main__x8"><article class="Article_article__Zt"><h1 class="Article_title__q1">{e(c.title)}</h1><div class="ArticleBody_body__x1y2">\n{parts[0]}\n{inline}\n{NL.join(parts[1:])}\n</div></article><section class="Rail_rail__b7"><h2 class="Rail_title__c">{e(c.label)}</h2>\n{rail}\n</section></main></div><script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/app.css\\",\\"style\\"]"])</script>'
    return page(c, main)


LAYOUTS: dict[str, tuple[Layout, list[str]]] = {
    **LAYOUTS_A,
    "ampnews": (ampnews, ["whole", "mid…"]),
    "piano": (piano, ["whole", "mid…"]),
    "infinite": (infinite, ["whole", "mid…"]),
    "liveblog": (liveblog, ["whole"]),
    "font1998": (font1998, ["whole", "mid...", "word"]),
    "outbrain": (outbrain, ["whole", "mid…", "none"]),
    "taboola": (taboola, ["whole", "mid..."]),
    "newsletter": (newsletter, ["whole", "mid…", "more"]),
    "portal2010": (portal2010, ["mid…", "brk", "whole"]),
    "dsfrgov": (dsfrgov, ["whole", "mid…"]),
    "wire": (wire, ["whole", "mid…"]),
    "drupal7": (drupal7, ["word", "mid...", "more"]),
    "joomla": (joomla, ["mid…", "more", "whole"]),
    "ghost": (ghost, ["whole", "mid…", "guil"]),
    "nextjs": (nextjs, ["whole", "mid…", "mid..."]),
}
