"""Layouts 10-18: AMP, aggregator, JS-framework apps, government, wire desk, forum, Drupal 7."""

from __future__ import annotations

from typing import Any

from render import esc, shell, teaser


def amp(ctx: dict[str, Any]) -> str:
    more, _latest, related, _promo, credit = ctx["ch"]
    slides = "".join(
        f'<div class="slide"><a href="{i["href"]}.amp"><amp-img src="{i["img"]}" width="320" height="180" layout="responsive"></amp-img>'
        f'<h4 class="slide-title">{esc(i["h"])}</h4>'
        + (f'<p class="slide-dek">{teaser(i, more)}</p>' if i["t"] or i["more"] else "")
        + "</a></div>"
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    head = '<script async src="https://cdn.ampproject.org/v0.js"></script>\n<style amp-custom>.slide{width:320px}</style>\n'
    return shell(
        ctx,
        "AMP",
        f'<body><header class="amp-header"><amp-img src="/logo.png" width="120" height="30"></amp-img></header>'
        f'<amp-sidebar id="nav" layout="nodisplay" side="left"><ul><li><a href="/">Home</a></li></ul></amp-sidebar>'
        f'<main><article class="amp-article"><h1 class="amp-title">{esc(ctx["b"]["title"])}</h1>'
        f'<amp-img src="/lead.jpg" width="640" height="360" layout="responsive"></amp-img><small class="credit">{esc(credit)}</small>'
        f'<div class="amp-body">{body}</div>'
        f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/amp"></amp-ad>'
        f'<amp-social-share type="facebook"></amp-social-share></article>'
        f'<section class="amp-related"><h3>{esc(related)}</h3><amp-carousel height="300" layout="fixed-height" type="carousel">'
        f"{slides}</amp-carousel></section></main></body>",
        head,
        " amp",
    )


def gnews(ctx: dict[str, Any]) -> str:
    more, _latest, _related, _promo, _credit = ctx["ch"]
    arts = "".join(
        f'<article class="IBr9hb" jsname="fK8nGd"><a class="gPFEn" href="./read/CBMi{i["count"]}">{esc(i["h"])}</a>'
        + (f'<div class="GI74Re nDgy9d">{teaser(i, more)}</div>' if i["t"] or i["more"] else "")
        + f'<div class="UOVeFe"><div class="vr1PYe">Source {i["rank"]}</div><time class="hvbAAd" datetime="{i["iso"]}T{i["time"]}:00Z">{i["time"]}</time></div></article>'
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "News",
        f'<body><c-wiz jsrenderer="ARwRbe" class="zQTmif"><div class="lBwEZb"><main class="HKt8rc">'
        f'<div class="article-view" role="article"><h1 class="JtKRv">{esc(ctx["b"]["title"])}</h1>'
        f'<div class="SVJrMe"><span class="vr1PYe">Regional Gazette</span> <time>2 hours ago</time></div>'
        f'<div class="article-text">{body}</div></div>'
        f'<div class="Ccj79" jscontroller="Lgg5Kd"><h2 class="oOmVKc">Full coverage</h2>{arts}'
        f'<a class="Oncsn" href="./full">View full coverage</a></div></main></div></c-wiz></body>',
    )


def nuxt(ctx: dict[str, Any]) -> str:
    more, latest, _related, promo, _credit = ctx["ch"]
    v = 'data-v-3f2a9c1e=""'
    lis = "".join(
        f'<li {v} class="teaser-list__item"><a {v} href="{i["href"]}" class="teaser">'
        f'<span {v} class="teaser__kicker">{i["time"]}</span><span {v} class="teaser__title">{esc(i["h"])}</span>'
        + (
            f'<span {v} class="teaser__text">{teaser(i, more)}</span>'
            if i["t"] or i["more"]
            else ""
        )
        + "</a></li>"
        for i in ctx["items"]
    )
    body = "\n".join(
        b.replace("<p>", '<p data-v-7b1d44a0="" class="rich-text__p">', 1) for b in ctx["blocks"]
    )
    return shell(
        ctx,
        "Nuxt",
        f'<body><div id="__nuxt"><div id="__layout"><div data-v-7b1d44a0="" class="page-article">'
        f'<header data-v-7b1d44a0="" class="article-head"><h1 data-v-7b1d44a0="">{esc(ctx["b"]["title"])}</h1></header>'
        f'<div data-v-7b1d44a0="" class="rich-text">{body}</div>'
        f'<aside data-v-7b1d44a0="" class="share-bar"><button>Share</button><span>{esc(promo)}</span></aside>'
        f'<section {v} class="teaser-list"><h2 {v}>{esc(latest)}</h2><ul {v}>{lis}</ul></section>'
        f"</div></div></div><script>window.__NUXT__={{state:{{}}}}</script></body>",
    )


def svelte(ctx: dict[str, Any]) -> str:
    more, _latest, related, promo, credit = ctx["ch"]
    cards = "".join(
        f'<a href="{i["href"]}" class="card svelte-1x9kq2r"><img src="{i["img"]}" alt="" class="svelte-1x9kq2r">'
        f'<strong class="svelte-1x9kq2r">{esc(i["h"])}</strong>'
        + (
            f'<span class="dek svelte-1x9kq2r">{teaser(i, more)}</span>'
            if i["t"] or i["more"]
            else ""
        )
        + "</a>"
        for i in ctx["items"]
    )
    rail = f'<div class="rail svelte-8mfw3c" role="region"><p class="rail-label svelte-8mfw3c">{esc(related)}</p>{cards}</div>'
    blocks = list(ctx["blocks"])
    blocks.insert(1, rail)
    body = "\n".join(blocks)
    return shell(
        ctx,
        "SvelteKit",
        f'<body data-sveltekit-preload-data="hover"><div style="display: contents"><main class="svelte-12qhfyh">'
        f'<article class="story svelte-p7d2ls"><h1 class="svelte-p7d2ls">{esc(ctx["b"]["title"])}</h1>'
        f'<div class="byline svelte-p7d2ls">{esc(credit)}</div><div class="story-body svelte-p7d2ls">{body}</div></article>'
        f'<footer class="svelte-12qhfyh"><p>{esc(promo)}</p></footer></main></div></body>',
    )


def astro(ctx: dict[str, Any]) -> str:
    more, latest, _related, _promo, _credit = ctx["ch"]
    cid = "data-astro-cid-j7pv25f6"
    lis = "".join(
        f'<li {cid}><span class="rank" {cid}>{i["rank"]}</span><a href="{i["href"]}" {cid}>{esc(i["h"])}</a>'
        + (f"<p {cid}>{teaser(i, more)}</p>" if i["t"] or i["more"] else "")
        + "</li>"
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "Astro",
        f'<body><div class="layout" data-astro-cid-sckkx6r4><aside class="most-read" {cid}><h2 {cid}>{esc(latest)}</h2><ol {cid}>{lis}</ol></aside>'
        f'<main data-astro-cid-sckkx6r4><article class="prose" data-astro-cid-bvzihdzo><h1>{esc(ctx["b"]["title"])}</h1>'
        f'<astro-island uid="Z1xyQ8" component-url="/_astro/Share.js" client="visible"><button>Share</button></astro-island>'
        f"{body}</article></main></div></body>",
    )


def govnews(ctx: dict[str, Any]) -> str:
    more, latest, _related, _promo, _credit = ctx["ch"]
    lis = "".join(
        f'<li class="gem-c-document-list__item"><div class="gem-c-document-list__item-title"><a class="govuk-link" href="{i["href"]}">{esc(i["h"])}</a></div>'
        + (
            f'<p class="gem-c-document-list__item-description">{teaser(i, more)}</p>'
            if i["t"] or i["more"]
            else ""
        )
        + f'<ul class="gem-c-document-list__item-metadata"><li class="gem-c-document-list__attribute">Press release</li>'
        f'<li class="gem-c-document-list__attribute"><time datetime="{i["iso"]}">{i["date"]}</time></li></ul></li>'
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "Government newsroom",
        f'<body class="govuk-template__body"><a href="#main-content" class="govuk-skip-link">Skip to main content</a>'
        f'<main class="govuk-main-wrapper" id="main-content"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">'
        f'<span class="govuk-caption-xl">Press release</span><h1 class="gem-c-title__text govuk-heading-l">{esc(ctx["b"]["title"])}</h1>'
        f'<div class="gem-c-metadata"><dl><dt>From:</dt><dd>Ministry of the Interior</dd><dt>Published</dt><dd>1 December 2026</dd></dl></div>'
        f'<div class="govspeak"><div class="gem-c-govspeak govuk-govspeak">{body}</div></div>'
        f'<div class="gem-c-print-link"><button class="govuk-link">Print this page</button></div></div></div>'
        f'<div class="govuk-grid-row"><div class="govuk-grid-column-full"><h2 class="govuk-heading-m">{esc(latest)}</h2>'
        f'<ul class="gem-c-document-list">{lis}</ul></div></div></main></body>',
    )


def pressdesk(ctx: dict[str, Any]) -> str:
    more, latest, _related, _promo, _credit = ctx["ch"]
    rows = "".join(
        f'<dt class="wire-time">{i["time"]} UTC</dt><dd class="wire-item"><span class="wire-hl">{esc(i["h"])}</span>'
        + (f' <span class="wire-sum">{teaser(i, more)}</span>' if i["t"] or i["more"] else "")
        + "</dd>"
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "Press Desk",
        f'<body class="wire"><div class="desk-header">PRESS DESK · wire service</div>'
        f'<div class="story" data-urgency="3"><div class="slug">BC-REGIONAL/1204</div><h1 class="hl">{esc(ctx["b"]["title"])}</h1>'
        f'<div class="dateline">01 Dec 2026 09:14 UTC</div><div class="story-text">{body}</div>'
        f'<div class="endmark">(Editing by Desk 4) ((desk@example.org))</div></div>'
        f'<div class="wire-rail"><div class="rail-head">{esc(latest)}</div><dl class="wire-list">{rows}</dl></div></body>',
    )


def forum(ctx: dict[str, Any]) -> str:
    more, _latest, related, _promo, _credit = ctx["ch"]
    trs = "".join(
        f'<tr><td class="alt1" width="70%"><a href="showthread.php?t={i["count"]}{i["rank"]}" id="thread_title_{i["rank"]}"><strong>{esc(i["h"])}</strong></a>'
        + (f'<div class="smallfont">{teaser(i, more)}</div>' if i["t"] or i["more"] else "")
        + f'</td><td class="alt2 smallfont" align="center">{i["count"]}</td><td class="alt1 smallfont">{i["date"]}</td></tr>'
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "vBulletin",
        f'<body><div class="page"><table class="tborder" width="100%"><tr><td class="alt1"><div class="navbar"><a href="index.php">News portal</a> &gt; <a href="forumdisplay.php?f=3">Region</a></div></td></tr></table>'
        f'<div id="posts"><table class="tborder" id="post4821" width="100%"><tr><td class="thead">01.12.2026, 09:12</td></tr>'
        f'<tr><td class="alt2" width="175"><a class="bigusername">newsdesk</a><div class="smallfont">Editor</div></td></tr>'
        f'<tr><td class="alt1" id="td_post_4821"><div class="smallfont"><strong>{esc(ctx["b"]["title"])}</strong></div><hr size="1" />'
        f'<div id="post_message_4821">{body}</div></td></tr></table></div><br />'
        f'<table class="tborder" width="100%"><thead><tr><td class="tcat" colspan="3">{esc(related)}</td></tr>'
        f'<tr><td class="thead">Thread</td><td class="thead">Replies</td><td class="thead">Last post</td></tr></thead>'
        f"<tbody>{trs}</tbody></table></div></body>",
    )


def drupal7(ctx: dict[str, Any]) -> str:
    more, latest, _related, _promo, _credit = ctx["ch"]
    rows = "".join(
        f'<div class="views-row views-row-{i["rank"]}"><div class="views-field views-field-title"><span class="field-content">'
        f'<a href="/node/{i["count"]}">{esc(i["h"])}</a></span></div>'
        + (
            f'<div class="views-field views-field-body"><div class="field-content">{teaser(i, more)}</div></div>'
            if i["t"] or i["more"]
            else ""
        )
        + f'<div class="views-field views-field-created"><span class="field-content">{i["date"]} - {i["time"]}</span></div></div>'
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "Drupal 7",
        f'<body class="html not-front page-node node-type-article"><div id="page"><div id="main"><div id="content" class="column">'
        f'<h1 class="title" id="page-title">{esc(ctx["b"]["title"])}</h1><div class="region region-content">'
        f'<div id="node-9184" class="node node-article clearfix"><div class="submitted">Submitted by editor on Tue, 12/01/2026</div>'
        f'<div class="content"><div class="field field-name-body field-type-text-with-summary"><div class="field-items">'
        f'<div class="field-item even" property="content:encoded">{body}</div></div></div></div>'
        f'<ul class="links inline"><li class="comment-add"><a href="/comment">Add new comment</a></li></ul></div>'
        f'<div id="block-views-news-block-1" class="block block-views"><h2>{esc(latest)}</h2><div class="content"><div class="view view-news">'
        f'<div class="view-content">{rows}</div><div class="more-link"><a href="/news">more</a></div></div></div></div>'
        f"</div></div></div></div></body>",
    )


LAYOUTS2 = {
    "amp": (amp, ["full", "mid"]),
    "gnews": (gnews, ["none", "full"]),
    "nuxt": (nuxt, ["mid", "word"]),
    "svelte": (svelte, ["full", "none"]),
    "astro": (astro, ["none", "mid"]),
    "govnews": (govnews, ["full"]),
    "pressdesk": (pressdesk, ["full", "word"]),
    "forum": (forum, ["none", "mid"]),
    "drupal7": (drupal7, ["more", "word"]),
}
