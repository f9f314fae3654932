"""More page layouts (sidebar first, mobile, figures, headless blocks, slideshow, interrupted) and controls."""

from __future__ import annotations

from render import Ctx, dateline, e, items, page


def _h1(ctx: Ctx) -> str:
    return f"<h1>{e(ctx.brief['title'])}</h1>"


def sidebar_first(ctx: Ctx) -> str:
    lis = "".join(
        f'<li><time>{i.time}</time> <a href="{i.href}">{e(i.headline)}</a><p class="summary">{e(i.teaser)}</p></li>'
        for i in items(ctx, "cut", 100)
    )
    inner = (
        f'<div class="wrap"><aside id="sidebar" class="col-left"><h3>{e(ctx.label[1])}</h3><ul class="latest">{lis}</ul></aside>'
        f'<div id="content" class="col-main">{_h1(ctx)}{dateline(ctx)}<div class="article-content">{"".join(ctx.parts)}</div></div></div>'
    )
    return page(ctx, inner)


def mobile_list(ctx: Ctx) -> str:
    rows = "".join(
        f'<a class="m-item" href="{i.href}"><img src="{i.img}" width="96" height="64" alt=""><div class="m-item-txt"><h4>{e(i.headline)}</h4>'
        f'<span class="m-dek">{e(i.teaser)}</span><span class="m-time">{i.time}</span></div></a>'
        for i in items(ctx, "ellipsis", 70)
    )
    head = '<meta name="viewport" content="width=device-width, initial-scale=1">'
    inner = f'<div class="m-article">{_h1(ctx)}<div class="m-meta">{dateline(ctx)}</div><div class="m-text">{"".join(ctx.parts)}</div></div><div class="m-list">{rows}</div>'
    return page(ctx, inner, head=head)


def figure_cards(ctx: Ctx) -> str:
    figs = "".join(
        f'<figure class="teaser"><a href="{i.href}"><img src="{i.img}" alt=""></a><figcaption><h4><a href="{i.href}">{e(i.headline)}</a></h4>{e(i.teaser)}</figcaption></figure>'
        for i in items(ctx, "full")
    )
    return page(
        ctx,
        f'<article class="article">{_h1(ctx)}{dateline(ctx)}<div itemprop="articleBody">{"".join(ctx.parts)}{figs}</div></article>',
    )


def headless_blocks(ctx: Ctx) -> str:
    blocks = "".join(f'<div data-block-type="rich-text" class="blk">{p}</div>' for p in ctx.parts)
    teasers = "".join(
        f'<div data-block-type="teaser" class="blk"><a href="{i.href}" class="t"><div class="t-kicker">{e(i.section)}</div>'
        f'<div class="t-title">{e(i.headline)}</div><div class="t-lead">{e(i.teaser)}</div></a></div>'
        for i in items(ctx, "ellipsis", 110)
    )
    inner = (
        f'<div id="app"><div class="page" data-page-type="article"><div data-block-type="headline" class="blk">{_h1(ctx)}</div>'
        f'{blocks}<div data-block-type="teaser-list" class="blk">{teasers}</div></div></div>'
    )
    return page(ctx, inner)


def slideshow(ctx: Ctx) -> str:
    picked = items(ctx, "ellipsis", 90)
    slides = "".join(
        f'<div class="swiper-slide"><img src="{i.img}" alt=""><div class="caption"><h4><a href="{i.href}">{e(i.headline)}</a></h4><p>{e(i.teaser)}</p>'
        f'<span class="counter">{n} / {len(picked)}</span></div></div>'
        for n, i in enumerate(picked, 1)
    )
    inner = (
        f'<article>{_h1(ctx)}{dateline(ctx)}<div class="body">{"".join(ctx.parts)}</div></article>'
        f'<div class="gallery swiper"><div class="swiper-wrapper">{slides}</div><div class="swiper-button-next"></div></div>'
    )
    return page(ctx, inner)


def interrupted(ctx: Ctx) -> str:
    picked = items(ctx, "word", 100)
    first = "".join(
        f'<h4><a href="{i.href}">{e(i.headline)}</a></h4><p>{e(i.teaser)}</p>' for i in picked[:3]
    )
    rest = "".join(
        f'<h4><a href="{i.href}">{e(i.headline)}</a></h4><p>{e(i.teaser)}</p>' for i in picked[3:]
    )
    cut = max(1, len(ctx.parts) // 2)
    parts = [*ctx.parts[:cut], f'<div class="inline-teasers">{first}</div>', *ctx.parts[cut:]]
    return page(
        ctx,
        f'<article class="news">{_h1(ctx)}{dateline(ctx)}<div class="news-text">{"".join(parts)}</div><div class="news-more">{rest}</div></article>',
    )


def control_wp(ctx: Ctx) -> str:
    return page(
        ctx,
        f'<article class="post type-post hentry"><header class="entry-header">{_h1(ctx)}{dateline(ctx)}</header><div class="entry-content">{"".join(ctx.parts)}</div></article>',
    )


def control_next(ctx: Ctx) -> str:
    body = "".join(p.replace("<p>", '<p class="css-y8ch3w">') for p in ctx.parts)
    return page(
        ctx,
        f'<div id="__next"><main class="css-1qk8x2"><article class="sc-a1b2c3">{_h1(ctx)}<div class="css-9f2k1l">{body}</div></article></main></div>',
    )


def control_legacy(ctx: Ctx) -> str:
    return page(
        ctx,
        f'<table width="100%"><tr><td valign="top"><font face="Arial" size="2"><font size="4"><b>{e(ctx.brief["title"])}</b></font><br>{"".join(ctx.parts)}</font></td></tr></table>',
    )


def control_plain(ctx: Ctx) -> str:
    return page(ctx, f'<div class="content">{_h1(ctx)}{"".join(ctx.parts)}</div>')


def same_topic(ctx: Ctx) -> str:
    rows = "".join(
        f'<div class="related-item"><h3><a href="{i.href}">{e(i.headline)}</a></h3><p>{e(i.teaser)}</p><p class="byline">{e(i.byline)}</p></div>'
        for i in items(ctx, "full", topic=True)
    )
    return page(
        ctx,
        f'<article class="article">{_h1(ctx)}{dateline(ctx)}<div class="article-body">{"".join(ctx.parts)}</div><div class="related">{rows}</div></article>',
    )


def ul_headlines(ctx: Ctx) -> str:
    lis = "".join(
        f'<li><a href="{i.href}">{e(i.headline)}</a> – {e(i.teaser)}</li>'
        for i in items(ctx, "ellipsis", 90, topic=ctx.rng.random() < 0.5)
    )
    return page(
        ctx,
        f'<div class="entry">{_h1(ctx)}{dateline(ctx)}<div class="entry-text">{"".join(ctx.parts)}<ul>{lis}</ul></div></div>',
    )
