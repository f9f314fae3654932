"""Heldback layouts for long_blind14: uCoz, Wix blog, Squarespace, Czech portal CMS, Hindi portal."""

from __future__ import annotations

import after as A
import blocks as B
from blocks import Page


def ucoz_entry(pg: Page) -> str:
    tpl = {
        "p": "{}<br><br>",
        "h": '<span style="font-size:12pt;"><b>{}</b></span><br><br>',
        "q": "<i>{}</i><br><br>",
        "ul": "<ul>{}</ul>",
    }
    ins = [B.read_one("readmore-u", "div"), B.ad("uAdsInner"), B.read_multi("u-related-inline", 2)]
    body = B.weave(pg, tpl, ins)
    page = (
        f'<body><table class="main-table" width="100%"><tr><td class="main-col">'
        f'<table border="0" width="100%" cellspacing="1" cellpadding="2" class="eBlock"><tr><td class="eTitle">{pg.n(pg.art["title"])}</td></tr>'
        f'<tr><td class="eMessage"><div id="nativeroll_video_cont" style="display:none;"></div>{body}</td></tr>'
        f'<tr><td class="eDetails">{A.meta(pg, "e-details")} {A.tags(pg, "eTags")}</td></tr></table>'
        f"{A.share(pg, 'uSocial-Share', 3)}{A.related(pg, 'uRelatedEntries', 3)}{A.comments(pg, 'commTable')}</td>"
        f'<td class="side-col">{A.most_read(pg, "uBlock topEntries", 5)}</td></tr></table>{A.footer(pg, "footer-ucoz", 3)}</body>'
    )
    return A.doc(pg, "uCoz", page)


def wix_blog(pg: Page) -> str:
    tpl = {
        "p": '<p class="mm8Nw _1j-51 _1atvN" dir="auto"><span class="_2PHJq">{}</span></p>',
        "h": '<h2 class="mm8Nw _3f-vr" dir="auto"><span>{}</span></h2>',
        "q": '<blockquote class="_1Dh9g"><span>{}</span></blockquote>',
    }
    ins = [
        B.social("instagram-media"),
        B.newsletter("wix-forms-subscribe"),
        B.card("post-inline-link"),
    ]
    body = B.weave(pg, tpl, ins)
    page = (
        f'<body><div id="SITE_CONTAINER"><div id="masterPage"><header id="SITE_HEADER"></header>'
        f'<article class="blog-post-page-font"><div data-hook="post-header">{A.meta(pg, "post-metadata")}{A.h1(pg, "blog-post-title-font", "h1")}</div>'
        f'<div data-hook="post-description"><div class="post-content__body"><div data-id="rich-content-viewer">{body}</div></div></div>'
        f'<div data-hook="post-footer">{A.tags(pg, "tag-cloud")}{A.share(pg, "blog-post-share", 3)}</div></article>'
        f'<div data-hook="recent-posts">{A.related(pg, "post-list-item", 3)}</div>{A.comments(pg, "wcomments")}'
        f"{A.footer(pg, 'SITE_FOOTER', 4)}</div></div>{A.cookie(pg, 'consent-banner-root')}</body>"
    )
    return A.doc(pg, "Wix", page)


def squarespace_post(pg: Page) -> str:
    tpl = {
        "p": '<div class="sqs-block html-block"><div class="sqs-block-content"><p>{}</p></div></div>',
        "h": '<div class="sqs-block html-block"><div class="sqs-block-content"><h3>{}</h3></div></div>',
        "cap": '<div class="sqs-block image-block"><figure><img data-src="/s/{img}.jpg"><figcaption class="image-caption"><p>{cap}</p><p>{credit}</p></figcaption></figure></div>',
    }
    ins = [
        B.newsletter("sqs-block newsletter-block"),
        B.video("sqs-block video-block"),
        B.read_one("sqs-block-content readalso"),
    ]
    body = B.weave(pg, tpl, ins)
    page = (
        f'<body class="collection-type-blog view-item"><header class="Header"></header><main class="Main">'
        f'<article class="BlogItem hentry">{A.h1(pg, "BlogItem-title")}{A.meta(pg, "Blog-meta")}'
        f'<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">{body}</div></div>'
        f'<div class="BlogItem-meta">{A.tags(pg, "BlogItem-meta-item--tags")}</div>{A.share(pg, "BlogItem-share", 3)}'
        f"{A.author(pg, 'BlogItem-author')}{A.prevnext(pg, 'BlogItem-pagination')}</article>"
        f"{A.comments(pg, 'BlogItem-comments')}</main>{A.footer(pg, 'Footer', 4)}{A.cookie(pg, 'sqs-cookie-banner-v2')}</body>"
    )
    return A.doc(pg, "Squarespace", page)


def cz_portal(pg: Page) -> str:
    tpl = {
        "p": "<p>{}</p>",
        "h": '<h3 class="art-sub">{}</h3>',
        "q": '<div class="art-quote"><p>{}</p></div>',
    }
    ins = [
        B.read_multi("art-related-box", 2),
        B.ad("r-main r-inarticle", cont=True),
        B.card("art-teaser-inline"),
        B.poll("art-anketa"),
    ]
    body = B.weave(pg, tpl, ins)
    page = (
        f'<body id="article">{A.cookie(pg, "cmp-consent")}<div id="portal-header"></div>{A.crumbs(pg, "art-path")}'
        f'<div class="col-a"><div class="art-full">{A.h1(pg, "art-title")}<div class="art-info">{A.meta(pg, "art-author-date")}</div>'
        f'<div class="opener"><p class="perex"></p></div><div class="bbtext" id="art-text">{body}</div>'
        f'<div class="art-tags">{A.tags(pg, "tag-list")}</div>{A.share(pg, "art-share", 3)}</div>'
        f"{A.related(pg, 'art-more', 4)}{A.comments(pg, 'disc-box')}</div>"
        f'<div class="col-b">{A.most_read(pg, "top-articles", 5)}</div>{A.footer(pg, "portal-footer", 5)}</body>'
    )
    return A.doc(pg, "Portál", page)


def hindi_portal(pg: Page) -> str:
    tpl = {"p": '<p class="story-para">{}</p>', "h": '<h2 class="story-sub">{}</h2>'}
    ins = [
        B.read_one("also-read-link"),
        B.ad("adBox ad_mid", cont=True),
        B.read_one("story-readmore", "div"),
        B.app("app-download-strip"),
        B.video("embed-video-box"),
    ]
    body = B.weave(pg, tpl, ins)
    page = (
        f'<body class="articleshow"><div class="top-nav"></div>{A.crumbs(pg, "breadcrumb-list")}'
        f'<div class="article-box">{A.h1(pg, "story-heading")}<div class="story-meta">{A.meta(pg, "byline-date")}</div>'
        f'{A.share(pg, "social-share-top", 2)}<div class="story-content" itemprop="articleBody">{body}</div>'
        f"{A.tags(pg, 'story-tags')}{A.prevnext(pg, 'next-story-nav')}</div>"
        f'<div class="related-stories">{A.related(pg, "rel-story", 4)}</div>{A.comments(pg, "comment-box")}'
        f'<div class="right-rail">{A.most_read(pg, "trending-list", 5)}</div>{A.footer(pg, "footer-links", 5)}{A.cookie(pg, "gdpr-consent")}</body>'
    )
    return A.doc(pg, "हिंदी पोर्टल", page)
