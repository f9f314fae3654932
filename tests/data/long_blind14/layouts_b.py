"""Dev layouts 7-11 for long_blind14: DLE, Tilda, Blogger 2015, Arc-like, Turkish haber script."""

from __future__ import annotations

import after as A
import blocks as B
from blocks import Page


def dle_fullstory(pg: Page) -> str:
    tpl = {
        "p": "{}<br /><br />",
        "h": "<b>{}</b><br /><br />",
        "q": '<!--QuoteBegin--><div class="quote">{}</div><!--QuoteEnd--><br />',
        "cap": '<!--dle_image_begin--><img src="/uploads/{img}.jpg" alt="" /><br /><i>{cap}</i> <small>{credit}</small><!--dle_image_end--><br /><br />',
    }
    ins = [
        B.read_one("readalso", "div"),
        B.ad("rkl-inside"),
        B.read_multi("related-inline", 3),
        B.newsletter("subscribe-box"),
    ]
    body = B.weave(pg, tpl, ins)
    page = (
        f'<body><div class="wrapper"><div class="speedbar">{A.crumbs(pg, "speedbar-inner")}</div>'
        f'<div class="base fullstory"><div class="dpad">{A.h1(pg, "btl", "h1")}<div class="bhinfo">{A.meta(pg, "mlink")}</div>'
        f'<div class="maincont"><div id="news-id-{pg.rng.randint(1000, 9999)}" style="display:inline;">{body}</div></div>'
        f'<div class="storenumber"></div>{A.tags(pg, "tags-block")}{A.share(pg, "ya-share2", 3)}</div></div>'
        f'<div class="related">{A.related(pg, "rel-news", 4, teasers=False)}</div>{A.comments(pg, "addcomment")}'
        f'<div class="rcol">{A.most_read(pg, "topnews", 5)}</div></div>{A.footer(pg, "footer", 3)}</body>'
    )
    return A.doc(pg, "DataLife Engine", page)


def tilda_blocks(pg: Page) -> str:
    tpl = {
        "p": '<div class="t-text t-text_md" field="text">{}</div>',
        "h": '<div class="t-title t-title_xs" field="title">{}</div>',
        "q": '<div class="t-quote" field="quote"><div class="t-quote__text">{}</div></div>',
        "ul": '<div class="t-text" field="list"><ul>{}</ul></div>',
    }
    ins = [
        B.card("t-card t-feed__post-popup__relevants-item"),
        B.newsletter("t-subscribe t-form"),
        B.read_one("t-readalso t-text", "div"),
        B.ad("t-ad"),
    ]
    body = B.weave(pg, tpl, ins)
    page = (
        f'<body class="t-body"><div id="allrecords" class="t-records" data-tilda-project-id="1234">'
        f'<div class="t-rec t-rec_pt_60"><div class="t-feed__post-popup__container">{A.h1(pg, "t-feed__post-popup__title t-title", "h1")}'
        f'<div class="t-feed__post-popup__date-parts-wrapper">{A.meta(pg, "t-feed__post-popup__date")}</div>'
        f'<div class="t-feed__post-popup__text-wrapper"><div class="t-redactor__text">{body}</div></div>'
        f'<div class="t-feed__post-popup__tags">{A.tags(pg, "t-feed__tag")}</div>{A.share(pg, "t-share", 3)}'
        f"{A.related(pg, 't-feed__post-popup__relevants', 3)}</div></div>"
        f'<div class="t-rec t396">{A.footer(pg, "t-footer", 4)}</div>{A.cookie(pg, "t886 t-cookiebar")}</div></body>'
    )
    return A.doc(pg, "Tilda", page)


def blogger2015(pg: Page) -> str:
    tpl = {
        "p": "<div>{}</div><div><br /></div>",
        "h": "<h3>{}</h3>",
        "q": '<blockquote class="tr_bq">{}</blockquote>',
        "cap": '<table class="tr-caption-container"><tr><td><img src="/bp/{img}.jpg"></td></tr><tr><td class="tr-caption">{cap} {credit}</td></tr></table>',
    }
    ins = [B.read_one("related-inline"), B.social("twitter-tweet"), B.ad("adsbygoogle-wrap")]
    body = B.weave(pg, tpl, ins)
    page = (
        f'<body class="variant-indie"><div class="header-outer"></div><div class="main-inner"><div class="blog-posts hfeed">'
        f'<div class="date-outer"><h2 class="date-header"><span>{pg.n(pg.art["date"])}</span></h2>'
        f'<div class="post hentry">{A.h1(pg, "post-title entry-title", "h3")}<div class="post-header"></div>'
        f'<div class="post-body entry-content" id="post-body-{pg.rng.randint(10000, 99999)}">{body}</div>'
        f'<div class="post-footer"><span class="post-author">{pg.n(pg.art["byline"])}</span>{A.share(pg, "post-share-buttons", 3)}'
        f'<span class="post-labels">{A.tags(pg, "labels")}</span></div></div></div></div>'
        f"{A.prevnext(pg, 'blog-pager')}{A.comments(pg, 'comments')}</div>"
        f'<div class="sidebar">{A.most_read(pg, "PopularPosts", 5)}</div>{A.cookie(pg, "cookieChoiceInfo")}</body>'
    )
    return A.doc(pg, "Blogger", page)


def arc_rendered(pg: Page) -> str:
    tpl = {
        "p": '<p class="c-paragraph" data-type="text">{}</p>',
        "h": '<h2 class="c-heading" data-type="header">{}</h2>',
        "q": '<blockquote class="c-blockquote" data-type="quote"><p>{}</p></blockquote>',
        "ul": '<ul class="c-list" data-type="list">{}</ul>',
    }
    ins = [
        B.ad("arcad arc_ad_inline", cont=True),
        B.card("c-interstitial-link"),
        B.video("c-video-embed"),
        B.newsletter("c-newsletter-signup"),
        B.read_one("c-related-link"),
    ]
    body = B.weave(pg, tpl, ins)
    state = (
        '{"type":"story","_id":"ABC'
        + str(pg.rng.randint(1000, 9999))
        + '","canonical_website":"news"}'
    )
    page = (
        f'<body><div id="fusion-app"><header class="c-nav"></header><main class="b-article">'
        f'<div class="c-overline">{A.crumbs(pg, "c-section-label")}</div>{A.h1(pg, "c-headline")}{A.meta(pg, "c-byline")}'
        f'{A.share(pg, "c-share-bar", 3)}<article class="b-article-body">{body}</article>'
        f'<div class="c-tags">{A.tags(pg, "c-tag-list")}</div>{A.author(pg, "c-author-bio")}'
        f"{A.related(pg, 'c-top-table-list', 4)}{A.most_read(pg, 'c-most-read', 5)}</main>"
        f"{A.footer(pg, 'c-footer', 5)}{A.cookie(pg, 'c-consent-banner')}</div>"
        f'<script id="fusion-metadata" type="application/javascript">window.Fusion={{}};Fusion.globalContent={state};</script></body>'
    )
    return A.doc(pg, "Arc", page)


def haber_script(pg: Page) -> str:
    tpl = {"p": '<p style="text-align: justify;">{}</p>', "h": "<p><strong>{}</strong></p>"}
    ins = [
        B.read_one("ilgili-haber-baslik", "div"),
        B.ad("reklam-alani ads-300x250", cont=True),
        B.read_one("okunasi-haber"),
        B.poll("anket-box"),
        B.app("haber-app"),
    ]
    body = B.weave(pg, tpl, ins)
    page = (
        f'<body class="haber-detay">{A.cookie(pg, "kvkk-bar")}<div class="ust-menu"></div>{A.crumbs(pg, "breadcrumb-haber")}'
        f'<div class="haber-kapsayici"><div class="haber-baslik">{A.h1(pg, "haber-title")}</div>'
        f'<div class="haber-bilgi">{A.meta(pg, "haber-tarih")}</div>{A.share(pg, "paylas-butonlar", 3)}'
        f'<div class="haber-metni" id="haber-metni">{body}</div><div class="haber-etiket">{A.tags(pg, "etiketler")}</div>'
        f'{A.prevnext(pg, "onceki-sonraki")}<div class="benzer-haberler">{A.related(pg, "benzer", 4)}</div>'
        f'<div class="yorumlar">{A.comments(pg, "yorum-formu")}</div></div>'
        f'<div class="sag-blok">{A.most_read(pg, "cok-okunanlar", 5)}</div>{A.footer(pg, "alt-linkler", 5)}</body>'
    )
    return A.doc(pg, "Haber Yazılımı", page)
