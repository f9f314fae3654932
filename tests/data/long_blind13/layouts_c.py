"""long_blind13 heldback layouts 11-15: UN newsroom, JP portal, print edition, aggregator, SPA."""

from __future__ import annotations

import json

from kit import Page, esc, tag
from layouts_a import LI, UL, P, doc


def un_newsroom(p: Page) -> str:
    """NGO / UN agency newsroom, 2020: Drupal field--name-body, key-facts box, related rows."""
    a = p.art
    ins = p.inline(
        lambda k, x: (
            f'<div class="paragraph paragraph--type--{k}"><div class="field__item">{x}</div></div>'
        )
    )
    fmt = {"p": P, "h": tag("h3"), "q": tag("blockquote", 'class="quote"'), "li": LI, "ul": UL}
    body = p.body(fmt, ins)
    rows = p.items(
        "related",
        3,
        lambda h, d: (
            f'<div class="views-row"><div class="views-field-title"><a href="#">{h}</a></div>'
            + (f'<div class="views-field-body">{d}</div>' if d else "")
            + "</div>"
        ),
    )
    return doc(
        p,
        "UN News Room",
        f"""
<div class="eu-cookie-compliance-banner"><div class="popup-text"><p>{p.c("cookie", p.ch["cookie"])}</p></div></div>
<header class="region-header"><nav class="breadcrumb">{p.crumb(" / ", lambda x: f'<a href="#">{x}</a>')}</nav></header>
<main><article class="node node--type-story node--view-mode-full">
<h1 class="page-title"><span class="field--name-title">{esc(a["title"])}</span></h1>
<div class="node__meta"><div class="field--name-field-author">{esc(a["byline"])}</div><div class="field--name-field-date">{esc(a["date"])}</div></div>
<div class="field--name-field-image"><img src="/sites/default/files/a.jpg"><div class="field--name-field-credit">{p.c("photo", p.pick("photo"))}</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
{body}
</div>
<div class="field--name-field-tags"><div class="field__label">{p.c("tags", p.ch["tags"])}</div><div class="field__item"><a href="#">{esc(a["tag"])}</a></div></div>
<div class="block-social-share">{p.c("share", p.ch["share"][1])}</div>
<div class="media-contact"><p>{p.c("tip", p.ch["tip"])}</p></div>
</article>
<section class="block-views-related"><h2>{p.c("related", p.pick("related"))}</h2><div class="view-content">{rows}</div></section>
<section class="block-newsletter"><p>{p.c("promo", p.pick("newsletter"))}</p></section></main>""",
    )


def jp_portal(p: Page) -> str:
    """Japanese portal news page, 2014: ynDetailText with <br> lines, 【関連】 links, ranking."""
    a = p.art
    ins = p.inline(lambda k, x: f'<a href="#" class="related_link">{x}</a><br><br>')
    br = lambda x: x + "<br><br>"  # noqa: E731
    fmt = {
        "p": br,
        "h": lambda x: f"<strong>{x}</strong><br><br>",
        "q": br,
        "li": lambda x: f"・{x}<br>",
        "ul": lambda x: x + "<br>",
    }
    body = p.body(fmt, ins)
    rank = p.items(
        "most_read",
        5,
        lambda h, d: f'<li><span class="rankNum"></span><a href="#">{h}</a></li>',
        "none",
    )
    rel = p.items(
        "related",
        3,
        lambda h, d: f'<li><a href="#">{h}</a>' + (f"<p>{d}</p>" if d else "") + "</li>",
    )
    return doc(
        p,
        "ニュースポータル",
        f"""
<div id="msthd"><div class="topicsPath">{p.crumb(" > ", lambda x: f'<a href="#">{x}</a>')}</div></div>
<div id="wrapper"><div id="contentsWrap"><div id="main"><div class="articleMain">
<div class="hd"><h1 class="yjXL">{esc(a["title"])}</h1><p class="source">{esc(a["date"])} {esc(a["byline"])}</p></div>
<div class="socialBtn">{p.c("share", p.pick("share"))}</div>
<div class="paragraph"><div class="ynDetailPhoto"><img src="/p.jpg"><p class="ynCaption">{p.c("photo", p.pick("photo"))}</p></div>
<p class="ynDetailText">
{body}
</p>
<div class="ynDetailRelArticle"><h2>{p.c("related", p.ch["related"][0])}</h2><ul>{rel}</ul></div>
<p class="ynDetailPr">{p.c("ad", p.ch["ad"][1])}: {p.c("promo", p.pick("app"))}</p>
</div>
<div class="pagination"><a href="#">{p.nxt()}</a></div>
<div class="commentBox">{p.comments()} {p.c("comments", p.ch["comments"][1])}</div>
</div></div>
<div id="sub"><div class="ranking"><h3>{p.c("most_read", p.ch["most_read"][0])}</h3><ol>{rank}</ol></div>
<div class="subAd">{p.c("ad", p.ch["ad"][0])}</div></div></div></div>""",
    )


def print_edition(p: Page) -> str:
    """Print-edition / e-paper article view, 2009: body split into two column divs."""
    a = p.art
    ins = p.inline(lambda k, x: f'<div class="ep-box"><p>{x}</p></div>')
    fmt = {"p": P, "h": tag("h4"), "q": tag("p", 'class="zitat"'), "li": LI, "ul": UL}
    body = p.body(fmt, ins).split("\n")
    half = len(body) // 2
    while half < len(body) and not body[half].startswith(("<p>", "<h4>")):
        half += 1
    others = p.items(
        "related",
        4,
        lambda h, d: (
            f'<tr><td class="ep-other"><a href="#">{h}</a>'
            + (f"<br>{d}" if d else "")
            + "</td></tr>"
        ),
    )
    col1, col2 = "\n".join(body[:half]), "\n".join(body[half:])
    return doc(
        p,
        "E-Paper",
        f"""
<div id="ep-toolbar">{p.tools(" | ", lambda x: f'<a href="#">{x}</a>')} <a href="#">{p.nxt("prev")}</a> <a href="#">{p.nxt()}</a></div>
<div id="ep-page"><table class="ep-layout"><tr><td class="ep-article" valign="top">
<div class="ep-headline"><h2>{esc(a["title"])}</h2></div>
<div class="ep-author">{esc(a["byline"])} — {esc(a["date"])}</div>
<div class="ep-image"><img src="/ep/p5.jpg"><div class="ep-credit">{p.c("photo", p.pick("photo"))}</div></div>
<div class="ep-col ep-col1">
{col1}
</div>
<div class="ep-col ep-col2">
{col2}
</div>
<div class="ep-paywall" style="display:none">{p.c("paywall", p.ch["paywall"][0])}</div></td>
<td class="ep-sidebar" valign="top"><h3>{p.c("related", p.pick("related"))}</h3><table>{others}</table>
<div class="ep-anzeige">{p.c("ad", p.pick("ad"))}</div></td></tr></table></div>
<div id="ep-footer">{p.c("promo", p.pick("newsletter"))}</div>""",
    )


def aggregator_story(p: Page) -> str:
    """News aggregator story page, 2024: source article plus other sources' snippet cards."""
    a = p.art
    ins = p.inline(lambda k, x: f'<div class="agg-interstitial"><span>{x}</span></div>')
    fmt = {"p": P, "h": tag("h3"), "q": tag("blockquote"), "li": LI, "ul": UL}
    body = p.body(fmt, ins)
    cards = p.items(
        "related",
        4,
        lambda h, d: (
            f'<article class="coverage-card"><div class="src">Source</div><h4><a href="#">{h}</a></h4>'
            + (f'<p class="snippet">{d}</p>' if d else "")
            + "</article>"
        ),
        "ellipsis",
    )
    topics = p.items(
        "most_read", 4, lambda h, d: f'<li class="trend"><a href="#">{h}</a></li>', "none"
    )
    return doc(
        p,
        "NewsHub",
        f"""
<header class="hub-top"><div class="hub-follow"><button>{p.c("promo", p.pick("follow"))}</button></div></header>
<div class="hub-layout"><main class="story-page">
<div class="story-source"><span class="source-name">{esc(a["byline"])}</span> · <time>{esc(a["date"])}</time></div>
<h1 class="story-headline">{esc(a["title"])}</h1>
<div class="story-actions">{p.c("share", p.pick("share"))}</div>
<figure><img src="/hub/a.webp"><figcaption>{p.c("photo", p.pick("photo"))}</figcaption></figure>
<div class="story-reader">
{body}
</div>
<section class="full-coverage"><h2>{p.c("related", p.pick("related"))}</h2>{cards}</section>
</main>
<aside class="hub-rail"><h3>{p.c("most_read", p.pick("most_read"))}</h3><ol>{topics}</ol>
<div class="hub-app">{p.c("promo", p.pick("app"))}</div></aside></div>
<div class="hub-consent">{p.c("cookie", p.ch["cookie"])}</div>""",
    )


def nextjs_hydrated(p: Page) -> str:
    """Server-rendered SPA news page, 2025: data-testid paragraphs, embeds, recommendation rail."""
    a = p.art
    ins = p.inline(
        lambda k, x: (
            f'<div data-testid="inline-{k}" class="sc-embed"><div class="sc-embed__inner">{x}</div></div>'
        )
    )
    fmt = {
        "p": tag("p", 'data-testid="paragraph" class="sc-1x2y"'),
        "h": tag("h2", 'data-testid="subheading"'),
        "q": tag("blockquote", 'data-testid="quote"'),
        "li": LI,
        "ul": UL,
    }
    body = p.body(fmt, ins)
    rec = p.items(
        "related",
        4,
        lambda h, d: (
            f'<li data-testid="rec-card"><a href="#"><span class="rec-title">{h}</span>'
            + (f'<span class="rec-dek">{d}</span>' if d else "")
            + "</a></li>"
        ),
    )
    ld = json.dumps({"@type": "NewsArticle", "headline": a["title"]}, ensure_ascii=False)
    return doc(
        p,
        "NOW",
        f"""
<script type="application/ld+json">{ld}</script>
<div id="__next"><div data-testid="consent-modal" class="sc-consent">{p.c("cookie", p.ch["cookie"])}</div>
<nav data-testid="breadcrumbs">{p.crumb(" / ", lambda x: f'<a href="#">{x}</a>')}</nav>
<main><article data-testid="article"><header><h1 data-testid="headline">{esc(a["title"])}</h1>
<div data-testid="byline">{esc(a["byline"])}</div><time data-testid="timestamp">{esc(a["date"])}</time></header>
<div data-testid="share-bar">{p.c("share", p.pick("share"))}</div>
<figure data-testid="lead-media"><picture><img src="/_next/image?url=a.jpg"></picture><figcaption>{p.c("photo", p.pick("photo"))}</figcaption></figure>
<section data-testid="article-body" class="sc-body">
{body}
<div data-testid="paywall-gate" hidden>{p.c("paywall", p.pick("paywall"))}</div>
</section>
<div data-testid="editor-line">{p.c("editor", p.ch["editor"])}</div>
<div data-testid="tip-line">{p.c("tip", p.ch["tip"])}</div>
</article>
<aside data-testid="recommendations"><h2>{p.c("related", p.ch["cue"])}</h2><ul>{rec}</ul></aside>
<div data-testid="comments-cta">{p.comments()}</div></main></div>""",
    )
