"""Layouts 19-26: Asian, Arabic, Indian and Latin American portals, site builders."""

from __future__ import annotations

from typing import Any

from render import esc, shell, teaser


def _t(i: dict[str, Any], more: str, tag: str, cls: str = "") -> str:
    attrs = f' class="{cls}"' if cls else ""
    return f"<{tag}{attrs}>{teaser(i, more)}</{tag}>" if i["t"] or i["more"] else ""


def sinaportal(ctx: dict[str, Any]) -> str:
    more, _latest, related, promo, _credit = ctx["ch"]
    hot = "".join(
        f'<li><span class="num num{i["rank"]}">{i["rank"]}</span><a href="{i["href"]}.shtml" target="_blank">{esc(i["h"])}</a>'
        f'{_t(i, more, "p", "summary")}<span class="time">{i["time"]}</span></li>'
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "Portal",
        f'<body><div class="top-nav"><a href="/">首页</a> <a href="/news/">新闻</a></div><div class="main-content w1240">'
        f'<h1 class="main-title">{esc(ctx["b"]["title"])}</h1><div class="date-source"><span class="date">2026年12月01日 09:12</span>'
        f'<a class="source">青川日报</a></div><div class="article" id="artibody">{body}'
        f'<p class="article-editor">责任编辑：王磊</p></div><div class="article-bottom"><span>{esc(promo)}</span></div>'
        f'<div class="blk-hotnews"><div class="hd"><h3>{esc(related)}</h3></div><ul class="list-b">{hot}</ul></div></div></body>',
    )


def jpportal(ctx: dict[str, Any]) -> str:
    more, _latest, _related, _promo, credit = ctx["ch"]
    rank = "".join(
        f'<li class="sc-1xq7m2-0 ranking-item"><a href="{i["href"]}"><span class="rank">{i["rank"]}</span>'
        f'<div class="sc-1xq7m2-1"><p class="title">{esc(i["h"])}</p>{_t(i, more, "p", "lead")}'
        f"<time>{i['date']} {i['time']}</time></div></a></li>"
        for i in ctx["items"]
    )
    body = "\n".join(
        b.replace("<p>", '<p class="sc-54nboa-0 highLightSearchTarget">', 1) for b in ctx["blocks"]
    )
    return shell(
        ctx,
        "Portal",
        f'<body><div id="wrapper"><section id="accessRanking" class="sc-1xq7m2-2"><h2>アクセスランキング</h2><ol>{rank}</ol></section>'
        f'<div id="contentsWrap"><article id="uamods"><header><h1 class="sc-uzx6gd-0">{esc(ctx["b"]["title"])}</h1>'
        f'<p class="sc-1n9vtw0-0">12/1(火) 9:12配信</p></header><div class="article_body">{body}</div>'
        f'<footer><p class="source">緑川新報</p><p class="caption">{esc(credit)}</p></footer></article></div></div></body>',
    )


def naver(ctx: dict[str, Any]) -> str:
    more, _latest, _related, promo, _credit = ctx["ch"]
    lis = "".join(
        f'<li class="rankingnews_item"><em class="list_ranking_num">{i["rank"]}</em><div class="list_content">'
        f'<a href="{i["href"]}" class="list_title">{esc(i["h"])}</a>{_t(i, more, "div", "list_lede")}'
        f'<span class="list_time">{i["time"]}</span></div></li>'
        for i in ctx["items"]
    )
    parts = []
    for b in ctx["blocks"]:
        if b.startswith("<p>") and b.count("<p>") == 1:
            parts.append(b[3:-4] + "<br><br>")
        else:
            parts.append(b)
    body = "\n".join(parts)
    return shell(
        ctx,
        "Portal",
        f'<body><div id="ct_wrap"><div id="ct" class="newsct"><div class="media_end_head"><h2 id="title_area" class="media_end_head_headline"><span>{esc(ctx["b"]["title"])}</span></h2>'
        f'<div class="media_end_head_info_datestamp"><span>입력 2026.12.01. 오전 9:12</span></div></div>'
        f'<div id="newsct_article" class="newsct_article _article_body"><article id="dic_area" class="go_trans _article_content">{body}</article></div>'
        f'<div class="byline"><p>기자 이메일</p></div><div class="media_end_linked"><p>{esc(promo)}</p></div></div>'
        f'<div id="aside" class="newsct_aside"><div class="section_rankingnews"><h4 class="rankingnews_head">많이 본 뉴스</h4>'
        f'<ul class="rankingnews_list">{lis}</ul></div></div></div></body>',
    )


def arabportal(ctx: dict[str, Any]) -> str:
    more, _latest, related, _promo, credit = ctx["ch"]
    items = ctx["items"]
    k = len(items) // 3
    inline = "".join(
        f'<li><a href="{i["href"]}">{esc(i["h"])}</a>{_t(i, more, "span", "sub")}</li>'
        for i in items[:k]
    )
    cards = "".join(
        f'<div class="card"><a href="{i["href"]}"><img src="{i["img"]}" alt=""><h3 class="card-title">{esc(i["h"])}</h3></a>'
        f'{_t(i, more, "p", "card-text")}<span class="card-date">{i["date"]}</span></div>'
        for i in items[k:]
    )
    blocks = list(ctx["blocks"])
    blocks.insert(
        2, f'<div class="read-also"><strong>{esc(related)}:</strong><ul>{inline}</ul></div>'
    )
    body = "\n".join(blocks)
    return shell(
        ctx,
        "Portal",
        f'<body class="rtl"><header class="site-header"><nav><a href="/">الرئيسية</a></nav></header><div class="container"><div class="row">'
        f'<div class="col-lg-8"><article class="article-page"><h1 class="article-title">{esc(ctx["b"]["title"])}</h1>'
        f'<div class="article-meta"><span>الثلاثاء 01 ديسمبر 2026</span></div><figure><img src="/lead.jpg"><figcaption>{esc(credit)}</figcaption></figure>'
        f'<div class="article-body">{body}</div><div class="share"><span>مشاركة</span></div></article></div>'
        f'<div class="col-lg-4"><div class="most-read"><h2>الأكثر قراءة</h2>{cards}</div></div></div></div></body>',
    )


def indiaportal(ctx: dict[str, Any]) -> str:
    more, latest, related, promo, _credit = ctx["ch"]
    items = ctx["items"]
    for i in items[:2]:
        i["lines"] = [i["h"]]  # the inline "also read" links show headlines only
    also = "".join(
        f'<a class="alsoread-link" href="{i["href"]}">{esc(i["h"])}</a>' for i in items[:2]
    )
    trend = "".join(
        f'<li class="trending-item"><span class="cat">{esc(latest)}</span><a href="{i["href"]}"><h4>{esc(i["h"])}</h4></a>'
        f'{_t(i, more, "p")}<span class="by">Updated: {i["date"]}, {i["time"]} IST</span></li>'
        for i in items[2:]
    )
    blocks = list(ctx["blocks"])
    blocks.insert(
        1, f'<div class="also-read"><span class="label">{esc(related)}:</span>{also}</div>'
    )
    body = "\n".join(blocks)
    return shell(
        ctx,
        "Portal",
        f'<body><div class="wrapper"><div class="breadcrumb"><a href="/">होम</a> / <a href="/desh">देश</a></div>'
        f'<div class="story-section"><h1 class="story-headline">{esc(ctx["b"]["title"])}</h1>'
        f'<div class="story-byline">Edited By: Desk | Updated: 01 Dec 2026 09:12 IST</div>'
        f'<div class="story-content" id="storyContent">{body}</div>'
        f'<div class="follow-us"><span>{esc(promo)}</span> <a>WhatsApp</a> <a>Google News</a></div></div>'
        f'<div class="trending-wrap"><h3 class="section-heading">Trending</h3><ul class="trending-list">{trend}</ul></div></div></body>',
    )


def latam(ctx: dict[str, Any]) -> str:
    more, latest, related, _promo, _credit = ctx["ch"]
    items = ctx["items"]
    half = len(items) // 2
    cards = "".join(
        f'<div class="nota-card"><a href="{i["href"]}"><picture><img src="{i["img"]}" loading="lazy"></picture></a>'
        f'<h2 class="nota-titulo"><a href="{i["href"]}">{esc(i["h"])}</a></h2>{_t(i, more, "div", "nota-bajada")}</div>'
        for i in items[:half]
    )
    last = "".join(
        f'<li><time>{i["time"]}</time> <a href="{i["href"]}">{esc(i["h"])}</a>{_t(i, more, "p")}</li>'
        for i in items[half:]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "Portal",
        f'<body><div id="fusion-app"><header class="header-nav">Diario del Sur</header><main class="nota">'
        f'<h1 class="nota-title">{esc(ctx["b"]["title"])}</h1><div class="nota-autor">Redacción · 1 de diciembre de 2026</div>'
        f'<div class="nota-cuerpo"><section class="article-body">{body}</section></div>'
        f'<div class="tags"><a>#Región</a></div><section class="te-puede"><h3>{esc(related)}</h3>{cards}</section>'
        f'<aside class="ultimas"><h3>{esc(latest)}</h3><ul>{last}</ul></aside></main></div></body>',
    )


def wix(ctx: dict[str, Any]) -> str:
    more, _latest, _related, promo, _credit = ctx["ch"]
    posts = "".join(
        f'<div class="gallery-item-container" data-hook="item-container"><div class="post-title" data-hook="post-title">'
        f'<a href="{i["href"]}"><h2 class="blog-post-title-font">{esc(i["h"])}</h2></a></div>'
        f"{_t(i, more, 'div', 'post-description')}"
        f'<div class="post-footer"><span data-hook="views-label">{i["count"]} views</span></div></div>'
        for i in ctx["items"]
    )
    body = "\n".join(
        b.replace("<p>", '<p class="mm8Nw _1j-51 Xpx4K" dir="auto">', 1) for b in ctx["blocks"]
    )
    return shell(
        ctx,
        "Wix",
        f'<body><div id="SITE_CONTAINER"><div id="main_MF"><div id="comp-kx91ab2" class="comp-kx91ab2"><section id="comp-lq3x"><div data-testid="columns">'
        f'<article data-hook="post"><h1 class="blog-post-title-font" data-hook="post-title">{esc(ctx["b"]["title"])}</h1>'
        f'<div data-hook="post-description"><section data-id="rich-content-viewer">{body}</section></div>'
        f'<div data-hook="post-footer"><span>{esc(promo)}</span></div></article></div></section>'
        f'<div id="comp-recent" data-testid="recent-posts"><h4 class="recent-title">Recent Posts</h4>'
        f'<div data-hook="pro-gallery">{posts}</div><a href="/blog">See All</a></div></div></div></div></body>',
    )


def squarespace(ctx: dict[str, Any]) -> str:
    more, latest, _related, promo, _credit = ctx["ch"]
    items = "".join(
        f'<div class="summary-item summary-item-record-type-text"><div class="summary-thumbnail-outer-container">'
        f'<a href="{i["href"]}" class="summary-thumbnail-container"><img data-src="{i["img"]}"></a></div>'
        f'<div class="summary-content"><div class="summary-title"><a href="{i["href"]}" class="summary-title-link">{esc(i["h"])}</a></div>'
        f'{_t(i, more, "div", "summary-excerpt")}<div class="summary-metadata-container"><time class="summary-metadata-item--date">{i["date"]}</time></div></div></div>'
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "Squarespace",
        f'<body class="collection-type-blog view-item"><div id="siteWrapper"><main id="page"><div class="blog-item-wrapper">'
        f'<article class="entry h-entry"><div class="blog-item-top-wrapper"><h1 class="entry-title" data-content-field="title">{esc(ctx["b"]["title"])}</h1></div>'
        f'<div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12"><div class="row sqs-row"><div class="col sqs-col-8 span-8">'
        f'<div class="sqs-block html-block"><div class="sqs-block-content">{body}</div></div></div>'
        f'<div class="col sqs-col-4 span-4"><div class="sqs-block summary-v2-block"><div class="sqs-block-content">'
        f'<div class="summary-block-header"><h3>{esc(latest)}</h3></div><div class="summary-item-list">{items}</div></div></div>'
        f'<div class="sqs-block newsletter-block"><p>{esc(promo)}</p></div></div></div></div></div></article></div></main></div></body>',
    )


LAYOUTS3 = {
    "sinaportal": (sinaportal, ["none", "mid"]),
    "jpportal": (jpportal, ["none", "full"]),
    "naver": (naver, ["none", "word"]),
    "arabportal": (arabportal, ["full", "none"]),
    "indiaportal": (indiaportal, ["full", "mid"]),
    "latam": (latam, ["full", "word"]),
    "wix": (wix, ["mid", "full"]),
    "squarespace": (squarespace, ["word", "more"]),
}
