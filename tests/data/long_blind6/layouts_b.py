"""Layouts campus2015, factcheck2020, epaper2012, tgmirror2021, infinite2024."""

from __future__ import annotations

from blocks import Ctx, doc, e
from layouts_a import ins


def campus2015(x: Ctx) -> str:
    """University newspaper on a student CMS: staff-writer card, 'from the archive' box, tag cloud."""
    t = x.story["title"]
    ch = x.render("p", hover=True)
    ins(
        ch,
        0.4,
        f"<div class='sno-pullquote-related'><span class='lbl'>{x.pc('read_also', 'read_also')}</span>"
        + x.related(2, "<a href='/c'>{h}</a>")
        + "</div>",
    )
    ins(
        ch, 0.7, f"<div class='sno-ad'><span>{x.pc('ad', 'ad')}</span><div class='gam'></div></div>"
    )
    return doc(
        x.lang,
        t,
        "",
        f"""
<div id='masthead'><h2><a href='/'>{e(x.site)}</a></h2><span class='tagline'>Student voice since 1962</span></div>
<div id='sno-breadcrumb'>{x.c(x.ch["home"][0], "breadcrumb")} &raquo; {e(x.ch["section"][0])}</div>
<div id='content'><div class='sno-story'><h1 class='sno-headline'>{e(t)}</h1>
<div class='sno-byline'><span class='sno-name'>{x.n(x.author)}</span>, Staff Writer</div>
<div class='photowrap'><img src='/p.jpg'><span class='photocredit'>{x.pc("photo", "photo")}</span></div>
<div class='sno-story-body'>{"".join(ch)}</div>
<div class='sno-staff'><h4>{x.pc("more_from", "bio")}</h4><p>{x.pc("bio", "bio")}</p></div>
<div class='sno-comments'><h3>{x.pc("counter", "comments")}</h3><p class='c'>{x.pc("comment", "comments")}</p></div></div>
<div id='sidebar'><div class='widget'><h3>{x.pc("most_read_h", "most_read")}</h3>{x.related(5, "<p class='rk'><a href='/m'>{h}</a></p>", "full", "most_read")}</div>
<div class='widget tagcloud'>{" ".join(x.c(tg, "tags") for tg in x.ch["tags"])}</div>
<div class='widget'>{x.pc("app", "promo")}</div></div></div>""",
    )


def factcheck2020(x: Ctx) -> str:
    """Fact-check page: claim/rating box above the text, share bar, 'other checks' cards with ratings."""
    t = x.story["title"]
    ch = x.render("p", hover=False, attrs=" class='fc-text'")
    ins(
        ch,
        0.5,
        f"<p class='fc-related'><strong>{x.pc('read_also', 'read_also')}</strong> "
        + x.related(1, "<a href='/f'>{h}</a>")
        + "</p>",
    )
    ins(ch, 0.85, f"<div class='fc-newsletter'>{x.pc('newsletter', 'promo')}</div>")
    cards = x.related(
        4,
        "<div class='fc-card'><span class='meter'>✗</span><h3>{h}</h3><p>{d}</p></div>",
        "bracket",
    )
    return doc(
        x.lang,
        t,
        '<script type=\'application/ld+json\'>{"@type":"ClaimReview"}</script>',
        f"""
<header class='fc-site'><a href='/'>{e(x.site)} Check</a><nav>{e(x.ch["section"][0])}</nav></header>
<main class='fc-main'><h1 class='fc-title'>{e(t)}</h1>
<div class='fc-box'><div class='fc-claim'><span>Claim</span> {x.n(t)}</div><div class='fc-rating'>{x.n("✓")}</div></div>
<div class='fc-author'>{x.n(x.author)} · {x.n("03.12.2024")}</div>
<div class='fc-share'>{x.pc("share", "share")} <span class='n'>{x.pc("counter", "share")}</span></div>
<section class='fc-article'>{"".join(ch)}</section>
<section class='fc-tags'>{x.pc("tags_label", "tags")} {"".join(f"<a>{x.c(tg, 'tags')}</a>" for tg in x.ch["tags"])}</section>
<section class='fc-other'>{cards}</section></main>
<div class='consent' style='position:fixed'>{x.pc("cookie", "cookie")}<button>{x.pc("cookie_btn", "cookie")}</button></div>""",
    )


def epaper2012(x: Ctx) -> str:
    """Print-edition e-paper text view: page/column chrome, <br><br> paragraphs in one div, page thumbs."""
    t = x.story["title"]
    parts = []
    for kind, text in x.blocks():
        if kind == "h":
            parts.append(f"<b>{e(text)}</b>")
        elif kind == "li":
            parts.append(f"&bull; {e(text)}")
        else:
            parts.append(e(text))
    mid = len(parts) // 2
    parts.insert(mid, f"<span class='ep-jump'>{x.c('→ S. 4', 'toolbar')}</span>")
    thumbs = "".join(
        f"<div class='thumb'><img src='/pg{i}.jpg'><span>{x.c(h, 'related')}</span></div>"
        for i, (h, _) in enumerate(x.heads(5))
    )
    return doc(
        x.lang,
        t,
        "",
        f"""
<div class='ep-toolbar'><a>{x.c("◀", "toolbar")}</a><span>{x.c("Seite 3 / 32", "toolbar")}</span><a>{x.c("▶", "toolbar")}</a>
<a>{x.c("PDF", "toolbar")}</a><a>{x.c("Zoom +", "toolbar")}</a> <span class='edition'>{e(x.site)} · {x.n("03.12.2024")}</span></div>
<table class='ep-layout'><tr><td class='ep-pages'>{thumbs}</td><td class='ep-text'>
<div class='ep-article' id='art-3-1'><div class='ep-rubrik'>{e(x.ch["section"][0])}</div><div class='ep-head'>{e(t)}</div>
<div class='ep-autor'>{x.n(x.author)}</div><div class='ep-body'>{"<br><br>".join(parts)}</div>
<div class='ep-bild'>{x.pc("photo", "photo")}</div></div>
<div class='ep-article ep-next' id='art-3-2'><div class='ep-head'>{x.c(x.ch["next"][0], "next_article")}</div><div class='ep-body'>{x.c(x.ch["next"][1], "next_article")}</div></div>
</td></tr></table><div class='ep-paywall'>{x.pc("paywall", "paywall")}</div>""",
    )


def tgmirror2021(x: Ctx) -> str:
    """Telegram-channel web mirror: one long post with <br> lines, views/forward counters, other posts."""
    t = x.story["title"]
    lines = [f"<b>{e(t)}</b>", ""]
    for kind, text in x.blocks():
        lines.append(
            f"<b>{e(text)}</b>" if kind == "h" else (f"▪️ {e(text)}" if kind == "li" else e(text))
        )
        if kind != "li":
            lines.append("")
    lines.insert(
        len(lines) * 2 // 3,
        f"<a href='/ad'>{x.pc('ad', 'ad')}</a><br>{x.pc('sponsored', 'sponsored')}<br>",
    )
    lines.append(f"<a href='/join'>{x.pc('app', 'promo')}</a>")
    other = "".join(
        f"<div class='tgme_widget_message'><div class='tgme_widget_message_text'><b>{x.c(h, 'related')}</b><br>{x.c(d, 'related')}</div>"
        f"<span class='tgme_widget_message_views'>{x.c(f'{3 + i}.{i}K', 'share')}</span></div>"
        for i, (h, d) in enumerate(x.heads(4))
    )
    return doc(
        x.lang,
        t,
        "",
        f"""
<div class='tgme_channel_info'><div class='tgme_channel_info_header_title'>{e(x.site)}</div>
<div class='tgme_channel_info_counter'>{x.c("24.8K subscribers", "share")}</div></div>
<section class='tgme_channel_history'>{other}
<div class='tgme_widget_message' data-post='site/5120'><div class='tgme_widget_message_forwarded_from'>{x.c("Forwarded from " + x.site + " Live", "share")}</div>
<div class='tgme_widget_message_photo_wrap'></div>
<div class='tgme_widget_message_text js-message_text' dir='auto'>{"<br>".join(lines)}</div>
<div class='tgme_widget_message_footer'><span class='tgme_widget_message_views'>{x.c("12.4K", "share")}</span>
<span class='tgme_widget_message_meta'>{x.n("edited 09:14")}</span></div></div></section>
<div class='tgme_footer'><a class='tgme_action_button'>{x.c("Preview channel", "promo")}</a></div>""",
    )


def infinite2024(x: Ctx) -> str:
    """Infinite scroll: the article, its clutter, then the next article's headline and first paragraph."""
    t = x.story["title"]
    ch = x.render("p", hover=True, attrs=" data-testid='paragraph'")
    ins(
        ch,
        0.3,
        f"<div data-testid='inline-related'><span>{x.pc('read_also', 'read_also')}</span>"
        + x.related(1, "<a>{h}</a>")
        + "</div>",
    )
    ins(ch, 0.55, f"<div data-ad='mid'><span>{x.pc('ad', 'ad')}</span></div>")
    ins(
        ch,
        0.8,
        f"<div data-testid='hidden-paywall' style='display:none'>{x.pc('paywall', 'hidden')}</div>",
    )
    nh, np_ = x.ch["next"]
    return doc(
        x.lang,
        t,
        "",
        f"""
<div data-testid='sticky-bar'><span>{x.pc("now_reading", "now_reading")}</span> <span>{x.n(t)}</span></div>
<nav data-testid='crumbs'><a>{x.c(x.ch["home"][0], "breadcrumb")}</a> / <a>{e(x.ch["section"][0])}</a></nav>
<div id='feed'><article data-article-index='0'><h1>{e(t)}</h1>
<div data-testid='byline'>{x.n(x.author)} <button>{x.pc("listen", "audio")}</button></div>
<figure><img src='/i.jpg'><figcaption>{x.pc("photo", "photo")}</figcaption></figure>
<div data-testid='article-body'>{"".join(ch)}</div>
<div data-testid='share-row'>{x.pc("share", "share")} {x.pc("counter", "share")}</div>
<div data-testid='more'><h2>{x.pc("related_h", "related")}</h2>{x.related(4, "<a data-testid='card'><h3>{h}</h3><p>{d}</p></a>", "cut")}</div></article>
<div class='scroll-marker'>{x.pc("next_label", "next_article")}</div>
<article data-article-index='1'><h1>{x.c(nh, "next_article")}</h1><div data-testid='byline'>{x.n("Ole Berg")}</div>
<div data-testid='article-body'><p data-testid='paragraph'>{x.c(np_, "next_article")}</p></div></article></div>
<div data-testid='loader'>{x.c("Loading…", "next_article")}</div>""",
    )
