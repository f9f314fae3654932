"""long_blind13 dev layouts 6-10: WordPress, press release, long-read, 1998 table, AMP."""

from __future__ import annotations

from kit import Page, esc, tag
from layouts_a import LI, UL, P, doc


def wp_african(p: Page) -> str:
    """African online newspaper on a WordPress news theme, 2016: td-post-content, jp-related."""
    a = p.art
    ins = p.inline(
        lambda k, x: (
            f'<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">{x}</span></div>'
            if k == "ad"
            else f"<p><strong>{x}</strong></p>"
        )
    )
    fmt = {
        "p": P,
        "h": tag("h3"),
        "q": tag("blockquote", 'class="wp-block-quote"'),
        "li": LI,
        "ul": UL,
    }
    body = p.body(fmt, ins)
    rel = p.items(
        "related",
        3,
        lambda h, d: (
            f'<div class="jp-relatedposts-post"><h4><a href="#">{h}</a></h4>'
            + (f"<p>{d}</p>" if d else "")
            + "</div>"
        ),
    )
    pop = p.items(
        "most_read",
        5,
        lambda h, d: (
            f'<li><div class="td-module-thumb"></div><h3 class="entry-title"><a href="#">{h}</a></h3></li>'
        ),
        "none",
    )
    return doc(
        p,
        "The Daily Nation Online",
        f"""
<div class="td-header-top-menu">{p.c("promo", p.pick("follow"))}</div>
<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
<div class="entry-crumbs">{p.crumb(" › ", lambda x: f'<span><a class="entry-crumb" href="#">{x}</a></span>')}</div>
<article class="post type-post"><div class="td-post-header"><header class="td-post-title">
<h1 class="entry-title">{esc(a["title"])}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">{esc(a["byline"])}</div>
<span class="td-post-date"><time class="entry-date">{esc(a["date"])}</time></span>
<div class="td-post-comments"><a href="#">{p.comments()}</a></div></div></header></div>
<div class="td-post-sharing-top">{p.c("share", p.ch["share"][1])}</div>
<div class="td-post-featured-image"><figure><img src="/wp-content/uploads/a.jpg"><figcaption class="wp-caption-text">{p.c("photo", p.pick("photo"))}</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{body}
<div class="code-block code-block-3">{p.c("promo", p.pick("app"))}</div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{p.c("related", p.pick("related"))}</em></h3>{rel}</div>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>{p.c("tags", p.ch["tags"])}</span></li><li><a href="#">{esc(a["tag"])}</a></li></ul></div>
<div class="td-post-sharing-bottom">{p.c("share", p.ch["share"][0])}</div>
<div class="td-block-row td-post-next-prev"><div class="td-post-prev-post"><a href="#">{p.nxt("prev")}</a></div>
<div class="td-post-next-post"><a href="#">{p.nxt()}</a></div></div>
<div class="author-box-wrap"><div class="desc"><div class="td-author-name">{esc(a["byline"])}</div>
<div class="td-author-description">{p.c("bio", p.ch["bio"])}</div></div></div></footer></article>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">{p.c("comments", p.ch["comments"][1])}</h3></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar"><aside class="widget widget_mc4wp_form_widget">{p.c("promo", p.pick("newsletter"))}</aside>
<aside class="td_block_wrap td_block_popular"><h4 class="block-title"><span>{p.c("most_read", p.pick("most_read"))}</span></h4><ul>{pop}</ul></aside></div>
</div></div></div>
<div id="cookie-law-info-bar"><span>{p.c("cookie", p.ch["cookie"])}</span><a>ACCEPT</a></div>""",
    )


def gov_press(p: Page) -> str:
    """Government press-release page, 2021: dl metadata, govspeak body, related content nav."""
    a = p.art
    ins = p.inline(lambda k, x: f'<div class="call-to-action"><p>{x}</p></div>')
    fmt = {
        "p": P,
        "h": tag("h2"),
        "q": tag("p"),
        "li": LI,
        "ul": tag("ul", 'class="govuk-list govuk-list--bullet"'),
    }
    body = p.body(fmt, ins)
    rel = p.items(
        "related",
        4,
        lambda h, d: (
            f'<li class="gem-c-related-navigation__link"><a class="govuk-link" href="#">{h}</a></li>'
        ),
        "none",
    )
    return doc(
        p,
        "Government Portal",
        f"""
<div class="gem-c-cookie-banner govuk-clearfix"><p class="govuk-body">{p.c("cookie", p.ch["cookie"])}</p></div>
<header class="govuk-header"><div class="govuk-header__logo">GOV</div></header>
<div class="govuk-width-container"><nav class="govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list">
{p.crumb(" ", lambda x: f'<li class="govuk-breadcrumbs__list-item"><a href="#">{x}</a></li>')}</ol></nav>
<main class="govuk-main-wrapper" id="main-content"><div class="gem-c-title"><span class="gem-c-title__context">Press release</span>
<h1 class="gem-c-title__text">{esc(a["title"])}</h1></div>
<dl class="gem-c-metadata__list"><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">{esc(a["byline"])}</dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">{esc(a["date"])}</dd></dl>
<div class="gem-c-share-links"><h2 class="gem-c-share-links__title">{p.c("share", p.ch["share"][0])}</h2></div>
<figure class="gem-c-figure"><img src="/media/a.jpg"><figcaption class="gem-c-figure__figcaption">{p.c("photo", p.pick("photo"))}</figcaption></figure>
<div class="govuk-govspeak direction-ltr"><div class="govspeak">
{body}
<div class="contact"><p>{p.c("tip", p.ch["tip"])}</p></div>
</div></div>
<div class="gem-c-print-link">{p.tools(" ", lambda x: f'<button class="govuk-link">{x}</button>')}</div>
<div class="gem-c-contextual-footer"><dl><dt>{p.c("tags", p.ch["tags"])}</dt><dd><a href="#">{esc(a["tag"])}</a></dd></dl></div>
</main>
<aside class="gem-c-related-navigation"><h2 class="gem-c-related-navigation__main-heading">{p.c("related", p.pick("related"))}</h2>
<nav><ul class="gem-c-related-navigation__link-list">{rel}</ul></nav></aside>
<div class="gem-c-feedback">{p.c("promo", p.pick("newsletter"))}</div></div>""",
    )


def magazine_longread(p: Page) -> str:
    """Magazine long-read, 2023: hero, drop cap, pull quote from the text, series cards."""
    a = p.art
    lines = [x for x in a["body"] if not x.startswith(("## ", "- ", "> "))]
    pull = lines[3][: max(30, len(lines[3]) // 2)].rsplit(" ", 1)[0]
    p.neutral.append(pull)
    ins = p.inline(
        lambda k, x: (
            f'<aside class="inline-module inline-{k}"><div class="inline-module__inner">{x}</div></aside>'
        )
    )
    first = {"p": 0}

    def para(x: str) -> str:
        first["p"] += 1
        if first["p"] == 3:
            return f'<p class="body-text">{x}</p><aside class="pullquote"><blockquote>{esc(pull)}</blockquote></aside>'
        return f'<p class="body-text">{x}</p>'

    fmt = {
        "p": para,
        "h": tag("h2", 'class="section-head"'),
        "q": tag("p", 'class="body-text"'),
        "li": LI,
        "ul": UL,
    }
    body = p.body(fmt, ins)
    series = p.items(
        "related",
        3,
        lambda h, d: (
            f'<li class="card"><a href="#"><span class="card__hed">{h}</span>'
            + (f'<span class="card__dek">{d}</span>' if d else "")
            + "</a></li>"
        ),
        "full",
    )
    return doc(
        p,
        "The Long Read",
        f"""
<div class="paywall-banner" data-state="hidden" style="display:none">{p.c("paywall", p.ch["paywall"][1])}</div>
<header class="masthead"><nav>{p.crumb(" · ", lambda x: f'<a href="#">{x}</a>')}</nav></header>
<article class="longform"><header class="longform__header"><h1 class="longform__hed">{esc(a["title"])}</h1>
<p class="longform__byline">{esc(a["byline"])} · <time>{esc(a["date"])}</time></p>
<figure class="longform__hero"><img src="/hero.jpg"><figcaption><span class="credit">{p.c("photo", p.pick("photo"))}</span></figcaption></figure>
<div class="share-rail">{p.c("share", p.ch["share"][1])}</div></header>
<div class="longform__body">
{body}
</div>
<footer class="longform__footer"><div class="contributor"><p>{p.c("bio", p.ch["bio"])}</p></div>
<div class="tags">{p.c("tags", p.ch["tags"])} <a href="#">{esc(a["tag"])}</a></div></footer></article>
<section class="series"><h2>{p.c("related", p.pick("related"))}</h2><ul>{series}</ul></section>
<section class="signup"><p>{p.c("promo", p.ch["newsletter"][0])}</p><form><input type="email"></form></section>""",
    )


def smalltown_table(p: Page) -> str:
    """Small-town weekly, 1998: one fixed table, font tags, <br><br> paragraphs, center links."""
    a = p.art
    ins = p.inline(lambda k, x: f'<center><font size="1" color="#666666">{x}</font></center><br>')
    br = lambda x: x + "<br><br>\n"  # noqa: E731
    fmt = {
        "p": br,
        "h": lambda x: f"<b>{x}</b><br><br>\n",
        "q": lambda x: f"<i>{x}</i><br><br>\n",
        "li": lambda x: f"<li>{x}",
        "ul": lambda x: f"<ul>{x}</ul>",
    }
    body = p.body(fmt, ins)
    other = p.items(
        "related",
        4,
        lambda h, d: f'<a href="#"><b>{h}</b></a><br>' + (f"{d}<br>" if d else "") + "<br>",
    )
    return doc(
        p,
        "The Weekly",
        f"""
<table width="600" border="0" cellpadding="4" cellspacing="0" bgcolor="#ffffff"><tr>
<td width="120" valign="top" bgcolor="#ccccaa"><font face="Arial" size="1">
<a href="#">Front Page</a><br><a href="#">Sports</a><br><a href="#">Obituaries</a><br><br>
<b>{p.c("related", p.pick("related"))}</b><br>{other}
{p.c("ad", p.ch["ad"][0])}<br><img src="/ads/hardware.gif" width="110"></font></td>
<td width="480" valign="top"><font face="Times New Roman" size="3">
<font size="5"><b>{esc(a["title"])}</b></font><br>
<i>{esc(a["byline"])}</i><br>{esc(a["date"])}<br><br>
<img src="/photos/front.jpg" width="300"><br><font size="1">{p.c("photo", p.pick("photo"))}</font><br><br>
{body}
<hr size="1"><center><font size="2"><a href="#">{p.nxt("prev")}</a> | <a href="#">{p.nxt()}</a></font></center>
<br><font size="2">{p.c("tip", p.ch["tip"])}</font><br>
<font size="2">{p.c("tools", " | ".join(p.ch["tools"][:2]))}</font>
</font></td></tr>
<tr><td colspan="2" align="center"><font size="1">Copyright 1998 The Weekly. All rights reserved.</font></td></tr></table>""",
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">',
    )


def amp_mobile(p: Page) -> str:
    """Google-AMP-like mobile page, 2018: amp-img, amp-ad, amp-social-share, sidebar menu."""
    a = p.art
    ins = p.inline(
        lambda k, x: (
            f'<div class="amp-ad-wrapper"><div class="ad-label">{x}</div><amp-ad width="300" height="250" type="doubleclick"></amp-ad></div>'
            if k == "ad"
            else f'<div class="amp-inline-link"><a href="#">{x}</a></div>'
        )
    )
    fmt = {"p": P, "h": tag("h2"), "q": tag("blockquote"), "li": LI, "ul": UL}
    body = p.body(fmt, ins)
    more = p.items(
        "related",
        4,
        lambda h, d: (
            f'<a class="amp-card" href="#"><amp-img width="80" height="60"></amp-img><h3>{h}</h3>'
            + (f"<p>{d}</p>" if d else "")
            + "</a>"
        ),
    )
    lang = a["lang"]
    rtl = ' dir="rtl"' if lang in ("ar", "fa") else ""
    return f"""<!doctype html>
<html amp lang="{lang}"{rtl}><head><meta charset="utf-8"><title>{esc(a["title"])}</title>
<style amp-custom>body{{font-family:sans-serif}}</style></head><body>
<amp-sidebar id="menu" layout="nodisplay"><nav>{p.crumb(" ", lambda x: f'<a href="#">{x}</a>')}</nav></amp-sidebar>
<header class="amp-header"><button on="tap:menu.toggle">☰</button></header>
<amp-user-notification id="consent" layout="nodisplay"><p>{p.c("cookie", p.ch["cookie"])}</p></amp-user-notification>
<article class="amp-article"><h1>{esc(a["title"])}</h1>
<div class="amp-meta"><span>{esc(a["byline"])}</span> <span>{esc(a["date"])}</span></div>
<amp-img src="/a.jpg" width="400" height="225" layout="responsive"></amp-img><p class="amp-caption">{p.c("photo", p.pick("photo"))}</p>
<div class="amp-social">{p.c("share", p.pick("share"))}<amp-social-share type="facebook"></amp-social-share></div>
<div class="amp-body">
{body}
</div>
<div class="amp-tags">{p.c("tags", p.ch["tags"])} <a href="#">{esc(a["tag"])}</a></div>
<div class="amp-app-banner">{p.c("promo", p.pick("app"))}</div>
</article>
<section class="amp-related"><h2>{p.c("related", p.pick("related"))}</h2>{more}</section>
<a class="amp-full" href="#">{p.nxt()}</a>
</body></html>
"""
