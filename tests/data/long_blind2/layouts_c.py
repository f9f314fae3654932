"""Page templates: Arc-like JSON hydration with Piano overlay (2023), news ticker (2024), print (2005)."""

from __future__ import annotations

import json

import blocks as b
from pagekit import Page, esc


def arcjson2023(p: Page) -> str:
    a, ch = p.art, p.ch
    s = p.spots(2)
    ins = {
        s[
            0
        ]: f'<div class="c-interstitial"><span class="c-interstitial__label">{p.c(str(ch["ra"]), "read_also")}</span>'
        + b.hl(p, 2, '<a class="c-interstitial__link" href="/">{h}</a>', "bare", kind="read_also")
        + "</div>",
        s[1]: f'<div class="c-video-embed">{b.video(p, "pb-video")}</div>',
    }
    body = p.body(
        inserts=ins,
        p='<p class="c-paragraph" data-type="text">{}</p>',
        h='<h2 class="c-heading" data-type="header">{}</h2>',
        ul='<ul class="c-list" data-type="list">{}</ul>',
        hover=b.hover(p, "c-author-hover"),
    )
    content = {
        "_id": a.id,
        "headlines": {"basic": a.title},
        "content_elements": [{"type": "text", "content": x} for x in a.lines()[:2]],
    }
    mr = b.hl(
        p, 4, '<li class="c-most-read__item"><a href="/">{h}</a></li>', "bare", kind="most_read"
    )
    return f"""<!DOCTYPE html><html lang="{a.lang}"><head><meta charset="utf-8"><title>{esc(a.title)}</title>
<script>window.tp = window.tp || []; tp.push(["setAid", "Xy12AbCd"]);</script></head>
<body><div id="fusion-app" class="layout-section"><header class="c-nav">{b.crumbs(p, " | ")}</header>
<div class="b-article-body"><article class="article-body-wrapper">
<h1 class="c-headline">{esc(a.title)}</h1>
<div class="c-byline"><span class="c-byline__author">{p.n(a.byline)}</span><time class="c-date">{p.n(a.date)}</time></div>
<div class="c-audio-player"><button aria-label="play">&#9654;</button> <span>{p.c(str(ch["ls"]), "audio")}</span> <span class="c-audio-player__dur">4:58</span></div>
<figure class="c-media-item"><img src="/resizer/v2/lead.jpg" alt=""><figcaption class="c-media-item__caption">{p.n(a.caption)} <span class="c-credit">{p.c(str(ch["cr"]), "photo")}</span></figcaption></figure>
<div class="article-body">
{body}
</div>
<div class="c-share-bar"><span>{p.c(str(ch["sh"]), "share")}</span> <a href="#comments">{p.c(str(ch["cm"]), "share")}</a></div>
<div class="c-tags">{" ".join(f'<a class="c-tag">{p.c(str(t), "tags")}</a>' for t in ch["tags"])}</div>
<div class="c-author-bio"><p>{p.c(str(ch["bio"]), "bio")}</p></div>
</article>
<aside class="c-most-read"><h2>{p.c(str(ch["mr"]), "most_read")}</h2><ol>{mr}</ol></aside></div>
<div class="tp-modal" style="display:block"><div class="tp-backdrop"></div><div class="tp-iframe-wrapper"><div class="piano-offer"><p>{p.c(str(ch["pw"]), "paywall")}</p><button>{p.c(str(ch["ok"]), "paywall")}</button></div></div></div>
</div>
<script id="fusion-metadata" type="application/javascript">Fusion.globalContent={json.dumps(content, ensure_ascii=False)};Fusion.contentCache={{}};</script>
</body></html>"""


def newsticker2024(p: Page) -> str:
    a, ch = p.art, p.ch
    s = p.spots(2)
    ((h, d),) = p.heads(1)
    ins = {
        s[
            0
        ]: f'<div class="teaser teaser--inline" data-teaser="related"><a href="/"><span class="teaser__kicker">{p.c(str(ch["ra"]), "read_also")}</span><span class="teaser__title">{p.c(h, "read_also")}</span><span class="teaser__text">{p.c(d, "read_also")}</span></a></div>',
        s[
            1
        ]: f'<div class="commercial"><span class="commercial__label">{p.c(str(ch["sp"]), "sponsored")}</span><a class="commercial__title" href="/ad/">{p.c(str(ch["spt"]), "sponsored")}</a></div>',
    }
    body = p.body(
        inserts=ins,
        p='<p class="text">{}</p>',
        h='<h2 class="text text--subhead">{}</h2>',
        ul='<ul class="text text--list">{}</ul>',
    )
    tk = b.ticker(
        p,
        4,
        '<li class="ticker__entry"><time class="ticker__time">{t}</time><a class="ticker__title" href="/live/">{h}</a></li>',
    )
    rel = b.hl(
        p,
        3,
        '<div class="teaser"><h3 class="teaser__title">{h}</h3><p class="teaser__text">{d}</p></div>',
        "cut",
        kind="related",
    )
    return f"""<!DOCTYPE html><html lang="{a.lang}"><head><meta charset="utf-8"><title>{esc(a.title)}</title>
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title}, ensure_ascii=False)}</script></head>
<body><div class="page"><div class="consent" hidden>{p.c(str(ch["ck"]), "hidden")}</div>
<header class="header"><nav class="breadcrumb">{b.crumbs(p, " › ")}</nav></header>
<div class="layout"><main class="layout__main"><article class="article">
<header class="article__header"><h1 class="article__title">{esc(a.title)}</h1><p class="article__meta">{p.n(a.byline)} · {p.n(a.date)}</p>
<div class="toolbar"><button>{p.c(str(ch["fs"]), "toolbar")}</button> <button>{p.c(str(ch["pr"]), "toolbar")}</button></div></header>
<figure class="article__image"><img src="/img/lead.avif" alt=""><figcaption>{p.n(a.caption)} <span class="copyright">{p.c(str(ch["cr"]), "photo")}</span></figcaption></figure>
<div class="article__body">
{body}
</div>
<p class="article__correction-policy">{p.c(str(ch["err"]), "errata")}</p>
<section class="comments-preview"><h2>{p.t("cm")}</h2>{b.comment(p, "comments-preview__item")}</section>
</article>
<section class="teaser-list"><h2>{p.c(str(ch["rel"]), "related")}</h2>{rel}</section></main>
<aside class="layout__aside"><section class="ticker" aria-live="polite"><h2 class="ticker__heading">LIVE</h2><ol>{tk}</ol></section>
<div class="app-promo">{p.c(str(ch["app"]), "promo")}</div></aside></div></div></body></html>"""


def print2005(p: Page) -> str:
    a, ch = p.art, p.ch
    body = p.body(h="<p><b>{}</b></p>")
    rel = b.hl(p, 3, "<li>{h}: {d}</li>", "full")
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(a.title)} - {p.t("pr")}</title><style>body{{font-family:Georgia,serif;width:600px}}</style></head>
<body onload="window.print()"><div class="printbar"><a href="javascript:window.print()">{p.c(str(ch["pr"]), "toolbar")}</a> | <a href="javascript:window.close()">[X]</a> | {p.c(str(ch["fs"]), "toolbar")}: <a>A</a> <a>A+</a></div>
<img src="/img/logo_print.gif" alt="">
<p class="ressort">{p.c(str(ch["home"]) + " / " + str(ch["sec"]), "breadcrumb")}</p>
<h1>{esc(a.title)}</h1>
<p class="autor">{p.n(a.byline)}<br>{p.n(a.date)}</p>
{body}
<p class="bildtext">{p.n(a.caption)} {p.c(str(ch["cr"]), "photo")}</p>
<hr>
<p><b>{p.c(str(ch["rel"]), "related")}</b></p><ul>{rel}</ul>
<p class="url">URL: http://www.example.com/{a.lang}/2005/{a.id}.html</p>
<p class="copyright">{p.c(str(ch["err"]), "errata")}</p>
<p class="copyright">&copy; 2005 {p.c(str(ch["aff"]), "affiliate")}</p>
</body></html>"""
