"""Layouts (dev): AMP, Next.js app, 2000s table portal, Bootstrap, Drupal 9 paragraphs."""

from __future__ import annotations

import json

from blocks import (
    Page,
    cookie_html,
    crumb_html,
    doc,
    esc,
    poll_html,
    tags_html,
    video_html,
)


def _ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def ampnews2019(p: Page) -> str:
    a = p.art
    s = p.slots(2)
    slides = "".join(
        f'<figure><amp-img src="/g/{n}.jpg" width="4" height="3"></amp-img><figcaption><b>{h}</b> {t}</figcaption></figure>'
        for n, (h, t) in enumerate(p.items(3, "dek", "slideshow"))
    )
    ins = {
        s[
            0
        ]: f'<div class="ad-wrap"><span class="ad-label">{p.lbl("ad", "ad")}</span><amp-ad width="300" height="250" type="doubleclick"></amp-ad></div>',
        s[
            1
        ]: f'<amp-carousel type="slides" layout="responsive" class="gallery"><div class="gallery-count">{p.lbl("gallery", "slideshow")}</div>{slides}</amp-carousel>',
    }
    body = p.render(lambda t: f"<p>{t}</p>", lambda t: f"<h2>{t}</h2>", _ul, ins)
    rel = "".join(f'<li><a href="#"><h3>{h}</h3><p>{t}</p></a></li>' for h, t in p.items(4, "cut"))
    mr = "".join(
        f'<li><span class="rank">{n}</span> {h}</li>'
        for n, (h, _) in enumerate(p.items(5, "plain", "most_read"), 1)
    )
    art = (
        f'<article class="amp-article"><header>{crumb_html(p, "amp-crumbs")}<h1>{esc(a["title"])}</h1><p class="byline">{esc(a["byline"])}</p>'
        f'<time>{esc(a["date"])}</time></header><figure><amp-img src="/img/{a["id"]}.jpg" layout="responsive" width="16" height="9"></amp-img>'
        f"<figcaption>{esc(a['caption'])} {p.lbl('credit', 'photo')}</figcaption></figure>"
        f'<div class="share"><span>{p.lbl("share", "share")}</span><amp-social-share type="facebook"></amp-social-share></div>'
        f'<div class="article-body">{body}</div>{tags_html(p, "div", "span", "tags")}'
        f'<section class="related"><h2>{p.lbl("related", "related")}</h2><ul>{rel}</ul></section></article>'
        f"<amp-accordion><section><h2>{p.lbl('most_read', 'most_read')}</h2><ol>{mr}</ol></section></amp-accordion>"
        f'<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">{cookie_html(p, "ui")}</div></amp-consent>'
    )
    head = '<link rel="canonical" href="/a"><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>h1{font-size:2em}</style>'
    return doc(
        p, head, f'<header class="masthead"><a>{esc(p.ch["site"])}</a></header><main>{art}</main>'
    ).replace("<html ", "<html amp ")


def nextjs2023(p: Page) -> str:
    a = p.art
    s = p.slots(3)
    h, d = p.head()
    ins = {
        s[
            0
        ]: f'<div data-component="related-inline" class="RelatedInline_box__q3Xv1"><span class="RelatedInline_kicker__9aPzL">{p.lbl("read_also", "read_also")}</span>'
        f'<a href="#"><h4>{p.c(h, "read_also")}</h4><p>{p.c(d, "read_also")}</p></a></div>',
        s[
            1
        ]: f'<div data-component="ad-slot" class="AdSlot_wrap__Zz81k"><p class="AdSlot_label__b2">{p.lbl("ad", "ad")}</p></div>',
        s[
            2
        ]: f'<div data-component="video-player" class="Video_player__kd93">{video_html(p, "vjs-player")}</div>',
    }

    def para(t: str) -> str:
        return f'<div data-component="text-block" class="TextBlock_wrap__U8m2f"><p class="Paragraph_p__x7Kq2">{t}</p></div>'

    body = p.render(
        para, lambda t: f'<h2 data-component="subheading" class="Sub_h__8fj3">{t}</h2>', _ul, ins
    )
    more = "".join(
        f'<li class="StoryList_item__Lk3s"><a><span class="StoryList_title__Aq1">{h}</span><span class="StoryList_dek__Aq2">{t}</span></a></li>'
        for h, t in p.items(6, p.rng.choice(["dek", "cut"]))
    )
    hidden_h, hidden_d = p.head()
    state = json.dumps(
        {"props": {"pageProps": {"title": a["title"], "section": p.ch["section"]}}},
        ensure_ascii=False,
    )
    art = (
        f'<div class="StickyBar_bar__H4x" data-component="sticky-headline"><span>{p.c(p.ch["now_reading"] + ": " + a["title"], "headline_repeat")}</span></div>'
        f'<article class="Article_root__2kLs9"><header class="ArticleHeader_header__r8Pm"><h1 class="ArticleHeader_title__1xQ">{esc(a["title"])}</h1>'
        f'<div class="Byline_row__4z"><span class="Byline_name__7s">{esc(a["byline"])}</span><time>{esc(a["date"])}</time></div></header>'
        f'<div data-component="audio" class="Audio_bar__p1"><button>{p.lbl("listen", "audio")}</button><span>0:00 / 4:36</span></div>'
        f'<figure class="Lead_figure__ff"><img src="/img/{a["id"]}.webp"><figcaption>{esc(a["caption"])} <span class="Credit_c__1">{p.lbl("credit", "photo")}</span></figcaption></figure>'
        f'<div class="ArticleBody_root__x7Kq2" data-component="article-body">{body}</div>'
        f'<div class="Paywall_teaser__Qq" style="display:none"><p>{p.lbl("paywall", "paywall")}</p><p>{p.c(hidden_h, "hidden")}</p><p>{p.c(hidden_d, "hidden")}</p></div>'
        f'<p class="Errata_note__3">{p.lbl("errata", "errata")}</p></article>'
        f'<section data-component="more-stories" class="MoreStories_root__kk"><h2>{p.lbl("related", "related")}</h2><ul>{more}</ul></section>'
    )
    script = f'<script id="__NEXT_DATA__" type="application/json">{state}</script>'
    return doc(
        p,
        "",
        f'<div id="__next"><header class="SiteHeader_h__0">{esc(p.ch["site"])}</header><main>{art}</main></div>{script}',
    )


def portal2004(p: Page) -> str:
    a = p.art
    tick = " +++ ".join(
        f"{8 + n}:{p.rng.randint(10, 59)} {h}"
        for n, (h, _) in enumerate(p.items(3, "plain", "ticker"))
    )
    s = p.slots(1)
    ins = {
        s[
            0
        ]: f'<table class="sponsored" width="100%"><tr><td><font size="1">{p.lbl("sponsored_label", "sponsored")}</font><br><a href="#">{p.lbl("sponsored", "sponsored")}</a></td></tr></table>'
    }
    body = p.render(
        lambda t: f'<font face="Arial" size="2">{t}</font><br><br>',
        lambda t: f"<b>{t}</b><br>",
        lambda i: "<ul>" + "".join(f"<li>{x}" for x in i) + "</ul>",
        ins,
    )
    mr = "".join(
        f'<tr><td class="rank">{n}.</td><td><a href="#">{h}</a></td></tr>'
        for n, (h, _) in enumerate(p.items(5, "plain", "most_read"), 1)
    )
    rel = "".join(
        f'<tr><td><img src="/dot.gif"> <a href="#">{h}</a><br><font size="1">{t}</font></td></tr>'
        for h, t in p.items(4, "cut")
    )
    main = (
        f'<table width="100%"><tr><td><font size="1">{crumb_html(p, "path", " > ")}</font></td>'
        f'<td align="right"><a href="#">{p.lbl("print", "toolbar")}</a> | <a href="#">{p.lbl("font", "toolbar")}</a></td></tr></table>'
        f'<font size="4"><b>{esc(a["title"])}</b></font><br><font size="1">{esc(a["byline"])}, {esc(a["date"])}</font><br><br>'
        f'<table align="right" width="200"><tr><td><img src="/img/{a["id"]}.jpg"><br><font size="1">{esc(a["caption"])}<br>{p.lbl("credit", "photo")}</font></td></tr></table>'
        f'{body}<br><table width="100%" class="related"><tr><td><b>{p.lbl("related", "related")}</b></td></tr>{rel}</table>'
    )
    side = f'<table width="100%"><tr><td><b>{p.lbl("most_read", "most_read")}</b></td></tr>{mr}</table><br><table><tr><td>{poll_html(p, "umfrage")}</td></tr></table>'
    return doc(
        p,
        "",
        f'<table width="980" cellpadding="0"><tr><td colspan="3"><img src="/logo.gif" alt="{esc(p.ch["site"])}"></td></tr>'
        f'<tr><td colspan="3"><marquee class="ticker">{esc(tick)}</marquee></td></tr>'
        f'<tr><td width="150" valign="top"><a href="#">{esc(p.ch["home"])}</a></td><td valign="top" width="600">{main}</td>'
        f'<td valign="top">{side}</td></tr></table>',
    )


def bootstrap2016(p: Page) -> str:
    a = p.art
    s = p.slots(2)
    h, d = p.head()
    ins = {
        s[
            0
        ]: f'<div class="card card-inline my-3"><div class="card-body"><h6 class="card-subtitle">{p.lbl("read_also", "read_also")}</h6>'
        f'<h5 class="card-title"><a href="#">{p.c(h, "read_also")}</a></h5><p class="card-text">{p.c(p.cut(d), "read_also")}</p></div></div>',
        s[
            1
        ]: f'<div class="alert alert-info newsletter-box"><p>{p.lbl("newsletter", "promo")}</p><button class="btn btn-primary">OK</button></div>',
    }
    body = p.render(lambda t: f"<p>{t}</p>", lambda t: f"<h3>{t}</h3>", _ul, ins)
    mr = "".join(
        f'<a href="#" class="list-group-item"><span class="badge">{n}</span> {h}</a>'
        for n, (h, _) in enumerate(p.items(5, "plain", "most_read"), 1)
    )
    cards = "".join(
        f'<div class="col-sm-4"><div class="thumbnail"><div class="caption"><h4>{h}</h4><p>{t}</p></div></div></div>'
        for h, t in p.items(3, "dek")
    )
    art = (
        f'<ol class="breadcrumb"><li>{crumb_html(p, "crumb", " / ")}</li></ol><article class="article"><h1>{esc(a["title"])}</h1>'
        f'<p class="text-muted"><span class="author">{esc(a["byline"])}</span> | <span>{esc(a["date"])}</span></p>'
        f'<p class="small affiliate-note">{p.lbl("affiliate", "affiliate")}</p>'
        f'<figure class="figure"><img class="img-responsive" src="/img/{a["id"]}.jpg"><figcaption class="figure-caption">{esc(a["caption"])} {p.lbl("credit", "photo")}</figcaption></figure>'
        f'<div class="article-text">{body}</div><div class="btn-group share"><span class="btn">{p.lbl("share", "share")}</span></div>'
        f'<div class="well well-sm bio"><p>{p.lbl("bio", "bio")}</p><a>{p.lbl("more_from", "bio")}</a></div></article>'
        f'<div class="row related"><div class="col-xs-12"><h3>{p.lbl("related", "related")}</h3></div>{cards}</div>'
        f'<div class="comments"><h4>{p.lbl("comments", "comments")}</h4><div class="media"><div class="media-body">{p.lbl("comment", "comments")}</div></div></div>'
    )
    side = (
        f'<div class="panel panel-default"><div class="panel-heading">{p.lbl("most_read", "most_read")}</div><div class="list-group">{mr}</div></div>'
        f'<div class="panel sponsored"><small>{p.lbl("sponsored_label", "sponsored")}</small><p>{p.lbl("sponsored", "sponsored")}</p></div>'
    )
    return doc(
        p,
        "",
        f'<nav class="navbar navbar-default"><a class="navbar-brand">{esc(p.ch["site"])}</a></nav><div class="container"><div class="row">'
        f'<div class="col-md-8">{art}</div><div class="col-md-4">{side}</div></div></div>'
        f'<div class="modal fade in" style="display:block">{cookie_html(p, "modal-body")}</div>',
    )


def drupal9_2022(p: Page) -> str:
    a = p.art
    s = p.slots(3)
    rel = "".join(
        f'<div class="node--view-mode-teaser"><h3><a href="#">{h}</a></h3><div class="field--name-field-summary">{t}</div></div>'
        for h, t in p.items(3, "cut")
    )
    slides = "".join(
        f'<div class="slick-slide"><div class="field--name-field-caption"><b>{h}</b> {t}</div></div>'
        for h, t in p.items(3, "dek", "slideshow")
    )
    hh, _ = p.head()
    ins = {
        s[
            0
        ]: f'</div><div class="paragraph paragraph--type--related-content"><h2 class="field--name-field-title">{p.lbl("related", "related")}</h2>{rel}</div><div class="paragraph paragraph--type--text">',
        s[
            1
        ]: f'</div><div class="paragraph paragraph--type--gallery"><div class="slick-counter">{p.lbl("gallery", "slideshow")}</div>{slides}</div><div class="paragraph paragraph--type--text">',
        s[2]: f'<div hidden class="promo-hidden"><a href="#">{p.c(hh, "hidden")}</a></div>',
    }
    body = p.render(lambda t: f"<p>{t}</p>", lambda t: f"<h2>{t}</h2>", _ul, ins)
    mr = "".join(f'<li><a href="#">{h}</a></li>' for h, _ in p.items(5, "plain", "most_read"))
    art = (
        f'<article class="node node--type-article node--view-mode-full"><header><h1 class="title page-title"><span class="field--name-title">{esc(a["title"])}</span></h1>'
        f'<div class="node__meta"><span class="field--name-uid">{esc(a["byline"])}</span> <span class="field--name-created">{esc(a["date"])}</span></div></header>'
        f'<div class="field--name-field-media-image"><img src="/img/{a["id"]}.jpg"><div class="field--name-field-caption">{esc(a["caption"])}</div>'
        f'<div class="field--name-field-credit">{p.lbl("credit", "photo")}</div></div><div class="audio-player"><span>{p.lbl("listen", "audio")}</span></div>'
        f'<div class="node__content"><div class="field--name-field-paragraphs"><div class="paragraph paragraph--type--text">{body}</div></div>'
        f'<div class="field--name-field-tags">{tags_html(p, "ul", "li", "links")}</div><div class="errata">{p.lbl("errata", "errata")}</div></div></article>'
    )
    return doc(
        p,
        "",
        f'<div class="dialog-off-canvas-main-canvas"><header class="site-header"><div class="site-branding__name">{esc(p.ch["site"])}</div></header>'
        f'{crumb_html(p, "breadcrumb")}<main class="main-content">{art}</main><aside class="region-sidebar"><div class="block-views-block-most-read">'
        f"<h2>{p.lbl('most_read', 'most_read')}</h2><ol>{mr}</ol></div></aside>{cookie_html(p, 'eu-cookie-compliance')}</div>",
    )


LAYOUTS_B = {
    "ampnews2019": ampnews2019,
    "nextjs2023": nextjs2023,
    "portal2004": portal2004,
    "bootstrap2016": bootstrap2016,
    "drupal9_2022": drupal9_2022,
}
