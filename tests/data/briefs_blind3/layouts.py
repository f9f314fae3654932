"""Page layouts: each takes a filled Ctx, picks its clutter items and returns the page HTML."""

from __future__ import annotations

from render import Ctx, dateline, e, items, page


def _h1(ctx: Ctx, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<h1{attr}>{e(ctx.brief['title'])}</h1>"


def seed_plain(ctx: Ctx) -> str:
    rows = "".join(f"<p>{e(i.headline)}</p><p>{e(i.teaser)}</p>" for i in items(ctx, "cut", 100))
    body = "".join(ctx.parts)
    return page(
        ctx,
        f'<div class="content">{_h1(ctx)}<p>Post by : {e(ctx.rng.choice(["Saif N.", "R. Olsen"]))}</p>{body}{rows}</div>',
    )


def seed_links(ctx: Ctx) -> str:
    rows = "".join(
        f'<p><a href="{i.href}">{e(i.headline)}</a></p><p>{e(i.teaser)}</p>'
        for i in items(ctx, "cut", 90)
    )
    return page(
        ctx,
        f'<main><div class="article-text">{_h1(ctx)}{dateline(ctx)}{"".join(ctx.parts)}{rows}</div></main>',
    )


def h3_dek(ctx: Ctx) -> str:
    rows = "".join(
        f'<h3><a href="{i.href}">{e(i.headline)}</a></h3><p>{e(i.teaser)}</p>'
        for i in items(ctx, "full")
    )
    return page(
        ctx,
        f'<article>{_h1(ctx)}{dateline(ctx)}<div class="article-body">{"".join(ctx.parts)}{rows}</div></article>',
    )


def wp_related(ctx: Ctx) -> str:
    posts = "".join(
        f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{i.href}" rel="nofollow">{e(i.headline)}</a></h4>'
        f'<p class="jp-relatedposts-post-excerpt">{e(i.teaser)}</p><p class="jp-relatedposts-post-date">{i.time}</p></div>'
        for i in items(ctx, "word", 110)
    )
    article = (
        f'<article id="post-4812" class="post-4812 post type-post status-publish format-standard hentry category-news">'
        f'<header class="entry-header">{_h1(ctx, "entry-title")}<div class="entry-meta">{dateline(ctx)}</div></header>'
        f'<div class="entry-content">{"".join(ctx.parts)}'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{e(ctx.label[3])}</em></h3>'
        f'<div class="jp-relatedposts-items jp-relatedposts-items-visual">{posts}</div></div></div></article>'
    )
    return page(
        ctx,
        f'<div id="primary" class="content-area"><main id="main" class="site-main">{article}</main></div>',
    )


def next_hashed(ctx: Ctx) -> str:
    lis = "".join(
        f'<li class="css-u7x9q2"><a class="css-g8h3jk" href="{i.href}"><span class="css-1k2lmn">{e(i.section)}</span>'
        f'<h3 class="css-1h3x0a">{e(i.headline)}</h3><p class="css-2p9vqz">{e(i.teaser)}</p></a></li>'
        for i in items(ctx, "ellipsis", 95)
    )
    body = "".join(p.replace("<p>", '<p class="css-y8ch3w">') for p in ctx.parts)
    inner = (
        f'<div id="__next"><main class="css-1qk8x2"><article class="sc-a1b2c3 kXyZpQ">{_h1(ctx, "css-1vd2f0")}'
        f'<div class="css-9f2k1l">{body}</div></article><section class="css-k3l2m1"><h2 class="css-0a1b2c">{e(ctx.label[1])}</h2>'
        f'<ul class="css-17c5mt">{lis}</ul></section></main></div><script id="__NEXT_DATA__" type="application/json">{{"props":{{}}}}</script>'
    )
    return page(ctx, inner)


def amp_carousel(ctx: Ctx) -> str:
    slides = "".join(
        f'<div class="amp-slide"><a href="{i.href}"><amp-img src="{i.img}" width="400" height="225" layout="responsive" alt=""></amp-img>'
        f"<h3>{e(i.headline)}</h3><p>{e(i.teaser)}</p></a></div>"
        for i in items(ctx, "ellipsis", 80)
    )
    head = '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>.amp-slide{width:100%}</style>'
    inner = (
        f'<article class="amp-article">{_h1(ctx)}{dateline(ctx)}<div class="amp-article-body">{"".join(ctx.parts)}</div>'
        f'<amp-carousel type="slides" width="400" height="320" layout="responsive" class="related-carousel">{slides}</amp-carousel></article>'
    )
    return page(ctx, inner, head=head, html_attr=" amp")


def table_font(ctx: Ctx) -> str:
    cells = "".join(
        f'<tr><td><font face="Verdana" size="1"><b><a href="{i.href}">{e(i.headline)}</a></b><br>{e(i.teaser)}</font></td></tr>'
        for i in items(ctx, "word", 80)
    )
    body = "".join(ctx.parts)
    inner = (
        f'<table width="100%" border="0" cellpadding="4"><tr><td width="68%" valign="top"><font face="Arial" size="2">'
        f'<font size="4"><b>{e(ctx.brief["title"])}</b></font><br>{body}</font></td>'
        f'<td width="32%" valign="top" bgcolor="#eeeeee"><table width="100%">{cells}</table></td></tr></table>'
    )
    return page(ctx, inner)


def table_br(ctx: Ctx) -> str:
    rows = "<br>".join(
        f'<a href="{i.href}"><b>{e(i.headline)}</b></a> - {e(i.teaser)}'
        for i in items(ctx, "cut", 100)
    )
    body = "".join(ctx.parts)
    inner = (
        f'<table width="760" align="center"><tr><td class="text"><font size="5">{e(ctx.brief["title"])}</font><br><br>'
        f'{body}<hr size="1"><font size="2">{rows}</font></td></tr></table>'
    )
    return page(ctx, inner)


def drupal_views(ctx: Ctx) -> str:
    rows = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{i.href}" hreflang="{ctx.lang}">{e(i.headline)}</a></span></div>'
        f'<div class="views-field views-field-body"><div class="field-content">{e(i.teaser)}</div></div></div>'
        for i in items(ctx, "ellipsis", 120)
    )
    inner = (
        f'<div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">{_h1(ctx, "page-title")}'
        f'<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{"".join(ctx.parts)}</div></div></article>'
        f'<div class="views-element-container block block-views block-views-blockrelated-content-block-1"><h2>{e(ctx.label[3])}</h2>'
        f'<div class="view view-related-content view-display-id-block_1"><div class="view-content">{rows}</div></div></div></div>'
    )
    return page(ctx, inner)


def readalso_inline(ctx: Ctx) -> str:
    picked = items(ctx, "ellipsis", 100)
    box = "".join(f'<li><a href="{i.href}">{e(i.headline)}</a></li>' for i in picked[:2])
    aside = f'<aside class="read-also"><strong>{e(ctx.label[0])}</strong><ul>{box}</ul></aside>'
    for i in picked[:2]:
        ctx.clutter.remove(i.labels()[1])  # the inline box shows headlines only
    more = "".join(
        f'<div class="teaser"><a href="{i.href}"><h4>{e(i.headline)}</h4></a><p>{e(i.teaser)}</p></div>'
        for i in picked[2:]
    )
    parts = [*ctx.parts[:1], aside, *ctx.parts[1:]]
    inner = f'<div class="story">{_h1(ctx)}{dateline(ctx)}<div class="story-body">{"".join(parts)}</div><div class="more-news"><h2>{e(ctx.label[1])}</h2>{more}</div></div>'
    return page(ctx, inner)


def mostread_ol(ctx: Ctx) -> str:
    lis = "".join(
        f'<li><span class="rank">{n}</span><a href="{i.href}"><span class="kicker">{e(i.section)}</span> {e(i.headline)}</a> <time>{i.time}</time></li>'
        for n, i in enumerate(items(ctx, "full", teaser=False), 1)
    )
    inner = (
        f'<div class="layout"><main class="main-col"><article class="article">{_h1(ctx)}{dateline(ctx)}<div class="article__text">{"".join(ctx.parts)}</div></article></main>'
        f'<aside class="side-col"><section class="most-read"><h2>{e(ctx.label[2])}</h2><ol>{lis}</ol></section></aside></div>'
    )
    return page(ctx, inner)


def card_grid(ctx: Ctx) -> str:
    cards = "".join(
        f'<div class="card"><a class="card__link" href="{i.href}"><figure class="card__media"><img src="{i.img}" alt="" loading="lazy"></figure>'
        f'<div class="card__body"><span class="card__kicker">{e(i.section)}</span><h3 class="card__title">{e(i.headline)}</h3>'
        f'<p class="card__dek">{e(i.teaser)}</p><span class="card__byline">{e(i.byline)} · {i.time}</span></div></a></div>'
        for i in items(ctx, "full")
    )
    inner = f'<main><article class="article-full">{_h1(ctx)}{dateline(ctx)}<section class="article-content">{"".join(ctx.parts)}</section></article><div class="grid grid--3">{cards}</div></main>'
    return page(ctx, inner)


def dl_list(ctx: Ctx) -> str:
    rows = "".join(
        f'<dt><a href="{i.href}">{e(i.headline)}</a></dt><dd>{e(i.teaser)}</dd>'
        for i in items(ctx, "word", 100)
    )
    return page(
        ctx,
        f'<div id="artikel">{_h1(ctx)}{dateline(ctx)}<div class="text">{"".join(ctx.parts)}<dl class="teaserliste">{rows}</dl></div></div>',
    )


def strong_paras(ctx: Ctx) -> str:
    rows = "".join(
        f"<p><strong>{e(i.headline)}</strong><br>{e(i.teaser)}</p>"
        for i in items(ctx, "ellipsis", 100)
    )
    return page(
        ctx, f'<div class="post-body entry-content">{_h1(ctx)}{"".join(ctx.parts)}{rows}</div>'
    )
