"""The other 14 layouts of briefs_blind11 (see layouts_a for the page object)."""

from __future__ import annotations

from typing import Any

from layouts_a import KICKS, body, e, shell


def wixsite(P: Any) -> str:
    extra = "".join(
        f'<p class="font_8"><span style="font-weight:bold;"><a href="{it["url"]}">{e(it["h"])}</a></span></p>'
        f'<p class="font_8">{it["dek"]}</p>'
        for it in P.items
    )
    main = (
        '<div id="SITE_CONTAINER"><div id="PAGES_CONTAINER"><section class="wixui-section">'
        f'<div data-testid="richTextElement" class="wixui-rich-text"><h1 class="font_0">{e(P.title)}</h1></div>'
        f'<div data-testid="richTextElement" class="wixui-rich-text">\n{body(P, "font_8")}\n{extra}</div>'
        "</section></div></div>"
    )
    return shell(P, main, site="Verein Aktuell")


def squarespace(P: Any) -> str:
    its = "".join(
        f'<div class="summary-item"><div class="summary-content"><div class="summary-title">'
        f'<a class="summary-title-link" href="{it["url"]}">{e(it["h"])}</a></div>'
        f'<div class="summary-excerpt"><p>{it["dek"]}</p></div>'
        f'<div class="summary-metadata"><time>{it["time"]}</time></div></div></div>'
        for it in P.items
    )
    main = (
        f'<article class="BlogItem"><h1 class="entry-title">{e(P.title)}</h1>'
        f'<div class="sqs-layout"><div class="sqs-block html-block"><div class="sqs-block-content">\n'
        f"{body(P)}\n</div></div>"
        f'<div class="sqs-block summary-v2-block"><div class="summary-block-header"><h3>{P.ch[1]}</h3></div>'
        f'<div class="summary-item-list">{its}</div></div></div></article>'
    )
    return shell(P, main, site="Studio Notes")


def joomla(P: Any) -> str:
    its = "".join(
        f'<div class="newsflash-item"><h4 class="newsflash-title"><a href="{it["url"]}">{e(it["h"])}</a></h4>'
        f'<p>{it["dek"]}</p><a class="readmore" href="{it["url"]}">{P.ch[2]} ...</a></div>'
        for it in P.items
    )
    main = (
        f'<div class="item-page" itemscope><div class="page-header"><h2 itemprop="headline">{e(P.title)}</h2></div>'
        '<dl class="article-info"><dd class="published">2026-02-11</dd></dl>'
        f'<div itemprop="articleBody">\n{body(P)}\n</div></div>'
        f'<div class="moduletable"><h3>{P.ch[0]}</h3><div class="newsflash">{its}</div></div>'
    )
    return shell(P, main, site="Gemeinde")


def blogger(P: Any) -> str:
    its = "".join(
        f'<li><div class="item-content"><div class="item-thumbnail"><img src="/t{it["n"]}.jpg" alt=""></div>'
        f'<div class="item-title"><a href="{it["url"]}">{e(it["h"])}</a></div>'
        f'<div class="item-snippet">{it["dek"]}</div></div></li>'
        for it in P.items
    )
    main = (
        '<div class="main-outer"><div class="main-inner"><div class="column-center-inner">'
        f'<div class="post hentry"><h3 class="post-title entry-title">{e(P.title)}</h3>'
        f'<div class="post-body entry-content">\n{body(P)}\n</div>'
        '<div class="post-footer">Posted by admin at 10:12</div></div></div>'
        f'<div class="column-right-inner"><div class="widget PopularPosts"><h2>{P.ch[4]}</h2>'
        f'<div class="widget-content popular-posts"><ul>{its}</ul></div></div></div></div></div>'
    )
    return shell(P, main, site="Blog Kota")


def ampnews(P: Any) -> str:
    cards = "".join(
        f'<div class="card"><amp-img src="/c{it["n"]}.jpg" width="120" height="80" alt="{e(it["h"])}"></amp-img>'
        f'<span class="kicker">{KICKS[it["n"] % 5]}</span><h3><a href="{it["url"]}">{e(it["h"])}</a></h3>'
        f'<p class="dek">{it["dek"]}</p><span class="comments">💬 {it["n"] * 7 + 2}</span></div>'
        for it in P.items
    )
    head = '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
    main = (
        f'<main><article><h1>{e(P.title)}</h1><div class="byline">Redaktion</div>'
        f'<div class="article-body">\n{body(P)}\n</div></article>'
        f'<section class="cards"><h2>{P.ch[1]}</h2>{cards}</section></main>'
    )
    return shell(P, main, head=head, site="AMP News")


def _wire(its: list[dict[str, Any]]) -> str:
    return "".join(
        f'<div class="wire-item"><time>{it["time"]}</time> <strong>{e(it["h"])}</strong>'
        f"<p>{it['dek']}</p></div>"
        for it in its
    )


def newsroomfeed(P: Any) -> str:
    half = len(P.items) // 2
    main = (
        f'<div class="wire"><div class="wire-before">{_wire(P.items[:half])}</div>'
        f'<div class="wire-item wire-open"><h1>{e(P.title)}</h1><div class="wire-text">\n{body(P)}\n</div></div>'
        f'<div class="wire-after">{_wire(P.items[half:])}</div></div>'
    )
    return shell(P, main, site="Agency Wire")


def textonly(P: Any) -> str:
    lis = "".join(
        f'<li><a href="{it["url"]}">{e(it["h"])}</a> — {it["dek"]}</li>' for it in P.items
    )
    by = f"<p>{e(P.byline)}</p>" if P.byline else ""
    main = f"<h1>{e(P.title)}</h1>{by}\n{body(P)}\n<hr><h2>{P.ch[0]}</h2><ul>{lis}</ul>"
    return shell(P, main, site="Lite")


def magazine(P: Any) -> str:
    half = (len(P.items) + 1) // 2
    trend = "".join(
        f'<a class="trend" href="{it["url"]}"><span class="t-h">{e(it["h"])}</span>'
        f'<span class="t-d">{it["dek"]}</span></a>'
        for it in P.items[:half]
    )
    grid = "".join(
        f'<div class="grid-card"><div class="byline">{KICKS[it["n"] % 5]}</div><h3>{e(it["h"])}</h3>'
        f"<p>{it['dek']}</p></div>"
        for it in P.items[half:]
    )
    main = (
        f'<div class="trending"><h4>{P.ch[4]}</h4>{trend}</div>'
        f'<article class="feature"><div class="hero"><h1>{e(P.title)}</h1></div>'
        f'<div class="feature-body">\n{body(P)}\n</div></article>'
        f'<div class="more-grid"><h2>{P.ch[1]}</h2>{grid}</div>'
    )
    return shell(P, main, site="Magazin")


def inlinespans(P: Any) -> str:
    cards = "".join(
        f'<a class="inline-card" href="{it["url"]}"><span class="k">{KICKS[it["n"] % 5]}</span>'
        f'<span class="t">{e(it["h"])}</span> <span class="d">{it["dek"]}</span>'
        f'<span class="m">{it["time"]}</span></a>'
        for it in P.items
    )
    main = (
        f'<article><h1>{e(P.title)}</h1><div class="story-body">\n{body(P)}\n'
        f'<div class="inline-cards">{cards}</div></div></article>'
    )
    return shell(P, main, site="Hub")


def rankedol(P: Any) -> str:
    lis = "".join(
        f'<li><span class="rank">{it["n"] + 1}</span><a href="{it["url"]}">{e(it["h"])}</a>'
        f"<p>{it['dek']}</p></li>"
        for it in P.items
    )
    main = (
        f'<article class="art"><h1>{e(P.title)}</h1><div class="art-text">\n{body(P)}\n</div></article>'
        f'<section class="most-read"><h2>{P.ch[4]}</h2><ol>{lis}</ol></section>'
    )
    return shell(P, main, site="Dziennik")


def portalintl(P: Any) -> str:
    en = [it for it in P.items if it["en"]]
    loc = [it for it in P.items if not it["en"]]
    strip = "".join(
        f'<div class="strip-item"><a href="{it["url"]}">{e(it["h"])}</a><small>{it["dek"]}</small></div>'
        for it in en
    )
    lis = "".join(
        f'<li><h3><a href="{it["url"]}">{e(it["h"])}</a></h3><p>{it["dek"]}</p></li>' for it in loc
    )
    main = (
        f'<div class="world-strip"><span>World</span>{strip}</div>'
        f'<article><h1>{e(P.title)}</h1><div class="content-body">\n{body(P)}\n</div></article>'
        f'<section class="local"><h2>{P.ch[0]}</h2><ul>{lis}</ul></section>'
    )
    return shell(P, main, site="Global Portal")


def videohub(P: Any) -> str:
    cards = "".join(
        f'<div class="video-card"><div class="thumb"><img src="/v{it["n"]}.jpg" alt="">'
        f'<span class="duration">0{1 + it["n"] % 5}:{10 + it["n"] * 5}</span></div>'
        f'<span class="label">VIDEO</span><h3><a href="{it["url"]}">{e(it["h"])}</a></h3>'
        f'<p class="desc">{it["dek"]}</p></div>'
        for it in P.items
    )
    main = (
        f'<div class="video-page"><div class="player"><button>▶</button></div><h1>{e(P.title)}</h1>'
        f'<div class="video-description">\n{body(P)}\n</div>'
        f'<div class="up-next"><h2>{P.ch[1]}</h2>{cards}</div></div>'
    )
    return shell(P, main, site="TV Online")


def govnews(P: Any) -> str:
    trs = "".join(
        f'<tr><td>{it["time"]}</td><td><a href="{it["url"]}">{e(it["h"])}</a></td><td>{it["dek"]}</td></tr>'
        for it in P.items
    )
    main = (
        f'<main id="main-content"><nav class="breadcrumb">Home › Press</nav><h1>{e(P.title)}</h1>'
        f'<div class="press-release">\n{body(P)}\n</div>'
        '<p class="contact">Press office: +00 000 000</p>'
        f'<h2>{P.ch[1]}</h2><table class="releases"><tbody>{trs}</tbody></table></main>'
    )
    return shell(P, main, site="Ministry")


def cardgrid(P: Any) -> str:
    cards = "".join(
        f'<div data-testid="card" class="Card_root"><div class="Card_meta"><span>By Staff</span>'
        f'<span>{it["n"] * 3 + 1} comments</span></div><h2 class="Card_title"><a href="{it["url"]}">'
        f'{e(it["h"])}</a></h2><div class="Card_dek">{it["dek"]}</div></div>'
        for it in P.items
    )
    main = (
        f'<div id="__next"><article data-testid="article"><h1>{e(P.title)}</h1>'
        f'<div data-testid="article-body">\n{body(P)}\n</div></article>'
        f'<div data-testid="card-grid"><h2>{P.ch[1]}</h2>{cards}</div></div>'
    )
    return shell(P, main, site="Next News")
