"""Dev layouts 1-6 for long_blind14: Drupal 8, Newspaper-like, JNews-like, Jannah-like, K2, Bitrix."""

from __future__ import annotations

import after as A
import blocks as B
from blocks import Page


def drupal8_paragraphs(pg: Page) -> str:
    tpl = {
        "p": '<div class="paragraph paragraph--type--text"><div class="field field--name-field-text"><p>{}</p></div></div>',
        "h": '<div class="paragraph paragraph--type--subtitle"><h2 class="field--name-field-subtitle">{}</h2></div>',
        "q": '<div class="paragraph paragraph--type--quote"><blockquote class="field--name-field-quote">{}</blockquote></div>',
    }
    ins = [
        B.read_one("paragraph paragraph--type--related-link"),
        B.ad("block-dfp", cont=True),
        B.newsletter("paragraph--type--newsletter"),
        B.card("paragraph--type--node-teaser"),
    ]
    body = B.weave(pg, tpl, ins)
    page = (
        f'<body class="path-node page-node-type-article"><header id="header"><nav class="menu--main"></nav></header>{A.crumbs(pg, "breadcrumb")}'
        f'<main><article class="node node--type-article node--view-mode-full">{A.h1(pg, "page-title")}{A.meta(pg, "node__meta")}'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">{body}</div>'
        f'<div class="field field--name-field-tags">{A.tags(pg, "field__items")}</div>{A.share(pg, "social-media-sharing")}</article>'
        f'<section class="block-views-blockrelated-content-block-1">{A.related(pg, "views-row", 3)}</section>'
        f'{A.comments(pg, "comment-wrapper")}</main><aside class="region-sidebar-second">{A.most_read(pg, "view-most-read")}</aside>'
        f"{A.footer(pg, 'site-footer', 5)}{A.cookie(pg, 'eu-cookie-compliance-banner')}</body>"
    )
    return A.doc(pg, "Drupal", page)


def wp_tdnewspaper(pg: Page) -> str:
    ins = [
        B.read_multi("td_block_wrap td_block_related_posts td-a-rec-id-content_inline", 2),
        B.ad("td-a-rec td-a-rec-id-content_inlineleft"),
        B.social("instagram-media"),
        B.app("td-post-app"),
    ]
    body = B.weave(pg, {}, ins)
    page = (
        f'<body class="post-template-default single single-post td-standard-pack"><div class="td-header-wrap"></div>{A.crumbs(pg, "entry-crumbs")}'
        f'<div class="td-post-header">{A.h1(pg)}{A.meta(pg, "td-module-meta-info")}</div>'
        f'<div class="td-post-sharing-top">{A.share(pg, "td-social-sharing-buttons")}</div>'
        f'<div class="td-post-content tagdiv-type">{body}</div><div class="td-post-source-tags">{A.tags(pg, "td-tags")}</div>'
        f"{A.author(pg, 'td-author-name')}{A.prevnext(pg, 'td-post-next-prev')}{A.related(pg, 'td-related-row', 3)}"
        f'{A.comments(pg, "comments")}<div class="td-sidebar">{A.most_read(pg, "td_block_popular", 5)}</div>'
        f"{A.footer(pg, 'td-footer-wrapper', 4)}</body>"
    )
    return A.doc(pg, "Newspaper", page)


def wp_jnews(pg: Page) -> str:
    ins = [
        B.card("jeg_post_related jeg_inline_related"),
        B.read_one("jnews_inline_related_post", "div"),
        B.poll("jnews-poll"),
        B.ad("jeg_ad jeg_ad_article jnews_content_inline_ads"),
    ]
    body = B.weave(pg, {}, ins)
    page = (
        f'<body class="single jnews jeg_single_tpl_1">{A.cookie(pg, "jeg_gdpr_notice")}<div class="jeg_breadcrumbs">{A.crumbs(pg, "jeg_bc")}</div>'
        f'<div class="jeg_inner_content">{A.h1(pg, "jeg_post_title")}{A.meta(pg, "jeg_meta_container")}'
        f'<div class="jeg_share_top_container">{A.share(pg, "jeg_share_button")}</div>'
        f'<div class="entry-content no-share"><div class="content-inner">{body}</div></div>'
        f'<div class="jeg_post_tags">{A.tags(pg, "jeg_tags")}</div>{A.author(pg, "jeg_authorbox")}'
        f"{A.related(pg, 'jnews_related_post_container', 3, teasers=False)}{A.comments(pg, 'jnews_comment_container')}</div>"
        f'<div class="jeg_sidebar">{A.most_read(pg, "jeg_popular")}</div>{A.footer(pg, "jeg_footer", 5)}</body>'
    )
    return A.doc(pg, "JNews", page)


def wp_jannah(pg: Page) -> str:
    ins = [
        B.read_multi("tie-related-inline", 3),
        B.video("featured-area-video"),
        B.ad("stream-item stream-item-in-post"),
        B.newsletter("tie-newsletter-in-post"),
    ]
    body = B.weave(pg, {"q": '<blockquote class="quote-light"><p>{}</p></blockquote>'}, ins)
    page = (
        f'<body class="post-template-default single is-lazyload"><div id="tie-wrapper">{A.crumbs(pg, "breadcrumb")}'
        f'<article id="the-post" class="container-wrapper post-content"><header class="entry-header-outer">{A.h1(pg, "post-title entry-title")}'
        f'{A.meta(pg, "post-meta")}</header><div class="entry-content entry clearfix">{body}</div>'
        f'<div class="post-bottom-meta post-bottom-tags">{A.tags(pg, "tagcloud")}</div>{A.share(pg, "share-buttons share-buttons-bottom", 3)}</article>'
        f"{A.author(pg, 'about-author container-wrapper')}{A.prevnext(pg, 'prev-next-post-nav')}"
        f'<div id="related-posts">{A.related(pg, "related-item", 4)}</div>{A.comments(pg, "comments-area")}'
        f'<aside class="sidebar">{A.most_read(pg, "tab-content-popular")}</aside></div>{A.footer(pg, "footer-widget-area", 4)}</body>'
    )
    return A.doc(pg, "Jannah", page)


def joomla3_k2(pg: Page) -> str:
    tpl = {"h": "<h3>{}</h3>", "q": '<p class="quote"><em>{}</em></p>'}
    ins = [
        B.read_one("k2ReadAlso"),
        B.ad("moduletable banner-inarticle", cont=True),
        B.app("k2AppPromo"),
        B.social("twitter-tweet"),
    ]
    body = B.weave(pg, tpl, ins)
    page = (
        f'<body class="site com_k2 view-item"><div id="sp-header"></div><div class="breadcrumbs">{A.crumbs(pg, "pathway")}</div>'
        f'<div id="k2Container" class="itemView"><div class="itemHeader">{A.meta(pg, "itemDateCreated")}{A.h1(pg, "itemTitle", "h2")}</div>'
        f'<div class="itemBody"><div class="itemFullText">{body}</div></div>'
        f'<div class="itemLinks"><div class="itemTagsBlock">{A.tags(pg, "itemTags")}</div></div>'
        f"{A.share(pg, 'itemSocialSharing')}{A.author(pg, 'itemAuthorBlock')}"
        f'<div class="itemRelated">{A.related(pg, "itemRelCat", 3)}</div><div class="itemNavigation">{A.prevnext(pg, "itemNav")}</div>'
        f'<div class="itemComments">{A.comments(pg, "itemCommentsForm")}</div></div>'
        f'<div id="sp-right">{A.most_read(pg, "mod_k2_content")}</div>{A.footer(pg, "sp-footer", 5)}{A.cookie(pg, "cookieNotice")}</body>'
    )
    return A.doc(pg, "Joomla K2", page)


def bitrix_newsdetail(pg: Page) -> str:
    tpl = {
        "p": "{}<br><br>",
        "h": "<b>{}</b><br><br>",
        "q": "<i>{}</i><br><br>",
        "ul": "<ul>{}</ul>",
    }
    ins = [
        B.read_one("news-read-also", "div"),
        B.ad("banner-middle"),
        B.read_multi("news-detail-related", 2),
        B.video("news-video-player"),
    ]
    body = B.weave(pg, tpl, ins)
    page = (
        f'<body><div id="panel"></div><div class="header-wrap"></div>{A.crumbs(pg, "bx-breadcrumb")}'
        f'<div class="news-detail">{A.h1(pg, "news-title", "h3")}<span class="news-date-time">{pg.n(pg.art["date"])}</span>'
        f'<div class="news-detail-text">{body}</div><div style="clear:both"></div>'
        f'<div class="news-detail-author">{pg.n(pg.art["byline"])}</div>{A.tags(pg, "news-detail-tags")}'
        f'{A.share(pg, "news-detail-share ya-share2", 3)}</div><div class="news-list-similar">{A.related(pg, "news-item", 3)}</div>'
        f'{A.comments(pg, "blog-comments")}<div class="col-right">{A.most_read(pg, "news-popular", 5)}</div>'
        f"{A.footer(pg, 'footer-menu', 5)}{A.cookie(pg, 'cookie-agree')}</body>"
    )
    return A.doc(pg, "1C-Bitrix", page)
