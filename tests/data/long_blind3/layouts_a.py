"""Layouts (dev): WordPress classic, Newspaper-style, Jnews-style, Joomla 2.5, Drupal 7, Ghost."""

from __future__ import annotations

from blocks import (
    Page,
    cookie_html,
    crumb_html,
    doc,
    esc,
    poll_html,
    read_also,
    tags_html,
    video_html,
)


def _fig(p: Page, cls: str, cap_tag: str = "figcaption") -> str:
    a = p.art
    return (
        f'<figure class="{cls}"><img src="/img/{a["id"]}.jpg" alt="">'
        f'<{cap_tag}>{esc(a["caption"])} <span class="credit">{p.lbl("credit", "photo")}</span>'
        f"</{cap_tag}></figure>"
    )


def wpclassic2009(p: Page) -> str:
    a = p.art
    rel = "".join(
        f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">{h}</a></h4>'
        f'<p class="jp-relatedposts-post-excerpt">{t}</p></div>'
        for h, t in p.items(p.rng.choice([3, 4]), "cut")
    )
    mr = "".join(f'<li><a href="#">{h}</a></li>' for h, _ in p.items(6, "plain", "most_read"))
    ins = {
        p.slots(1)[0]: f'<div class="adsense"><small>{p.lbl("ad", "ad")}</small><ins></ins></div>'
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3>{t}</h3>",
        lambda i: "<ul><li>" + "</li><li>".join(i) + "</li></ul>",
        ins,
    )
    post = (
        f'<div class="post" id="post-{p.rng.randint(100, 999)}"><h2><a href="#">{esc(a["title"])}</a></h2>'
        f'<small>{esc(a["date"])} · {esc(a["byline"])}</small><div class="entry">{_fig(p, "wp-caption aligncenter", "p")}{body}'
        f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{p.lbl("share", "share")}</h3>'
        f'<ul><li>Facebook</li><li>X</li></ul></div><div id="jp-relatedposts" class="jp-relatedposts">'
        f'<h3 class="jp-relatedposts-headline"><em>{p.lbl("related", "related")}</em></h3>{rel}</div></div>'
        f'<p class="postmetadata">{tags_html(p, "span", "span", "tags")} | <a href="#respond">{p.lbl("comments", "comments")}</a></p></div>'
        f'<div id="comments"><ol class="commentlist"><li>{p.lbl("comment", "comments")}</li></ol></div>'
    )
    side = f'<div id="sidebar"><ul><li class="widget"><h2>{p.lbl("most_read", "most_read")}</h2><ul>{mr}</ul></li></ul></div>'
    return doc(
        p,
        "",
        f'<div id="page"><div id="header"><h1>{esc(p.ch["site"])}</h1></div><div id="content" class="narrowcolumn">{post}</div>{side}<div id="footer">© 2009</div></div>',
    )


def newspaperwp2017(p: Page) -> str:
    a = p.art
    s = p.slots(3)
    inl = "".join(
        f'<div class="td_module_related_posts"><a href="#">{h}</a></div>'
        for h, _ in p.items(3, "plain")
    )
    ins = {
        s[0]: read_also(p, "p", "td-read-also"),
        s[
            1
        ]: f'<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">{p.lbl("ad", "ad")}</span></div>',
        s[
            2
        ]: f'<div class="td_block_wrap td_block_related_posts td-inline"><h4 class="td-related-title">{p.lbl("related", "related")}</h4>{inl}</div>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h2>{t}</h2>",
        lambda i: "<ul>" + "".join(f"<li>{x}</li>" for x in i) + "</ul>",
        ins,
    )
    grid = "".join(
        f'<div class="td_module_wrap"><h3 class="entry-title td-module-title"><a href="#">{h}</a></h3><div class="td-excerpt">{t}</div></div>'
        for h, t in p.items(4, p.rng.choice(["cut", "dek"]))
    )
    prev = p.head()[0]
    art = (
        f'<article class="post type-post td-post-template-default"><div class="td-post-header">{crumb_html(p, "entry-crumbs")}'
        f'<header class="td-post-title"><h1 class="entry-title">{esc(a["title"])}</h1><div class="td-module-meta-info">'
        f'<div class="td-post-author-name">{esc(a["byline"])}</div><time>{esc(a["date"])}</time></div></header></div>'
        f'<div class="td-post-sharing-top"><span class="td-social-but-text">{p.lbl("share", "share")}</span></div>'
        f'<div class="td-post-featured-image">{_fig(p, "wp-caption")}</div><div class="td-post-content tagdiv-type">{body}</div>'
        f'<footer><div class="td-post-source-tags">{tags_html(p, "ul", "li", "td-tags")}</div>'
        f'<div class="td-post-next-prev"><div class="td-post-next-post"><span>{p.lbl("next", "next_article")}</span><a href="#">{p.c(prev, "next_article")}</a></div></div>'
        f'<div class="author-box-wrap"><div class="desc"><div class="td-author-name">{esc(a["byline"])}</div>'
        f'<div class="td-author-description">{p.lbl("bio", "bio")}</div></div></div></footer></article>'
        f'<div class="td_block_related_posts"><h4 class="td-related-title"><span>{p.lbl("related", "related")}</span></h4>{grid}</div>'
    )
    return doc(
        p,
        "",
        f'<div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content">{art}</div>'
        f'<div class="td-pb-span4 td-main-sidebar">{poll_html(p, "td_block_poll")}</div></div></div>{cookie_html(p, "cmplz-cookiebanner")}',
    )


def jnews2021(p: Page) -> str:
    a = p.art
    s = p.slots(2)
    inl = "".join(
        f'<li><a href="#">{h}</a></li>' for h, _ in p.items(p.rng.choice([2, 3]), "plain")
    )
    ins = {
        s[
            0
        ]: f'<div class="jnews_inline_related_post"><div class="jeg_block_heading"><h3>{p.lbl("read_also", "read_also")}</h3></div><ul>{inl}</ul></div>',
        s[1]: video_html(p, "jeg_video_container"),
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3>{t}</h3>",
        lambda i: "<ul>" + "".join(f"<li>{x}</li>" for x in i) + "</ul>",
        ins,
    )
    ranks = "".join(
        f'<div class="jeg_post"><span class="jeg_rank">{n}</span><h3 class="jeg_post_title"><a href="#">{h}</a></h3></div>'
        for n, (h, _) in enumerate(p.items(5, "plain", "most_read"), 1)
    )
    more = "".join(
        f'<article class="jeg_post"><h3><a href="#">{h}</a></h3><div class="jeg_post_excerpt"><p>{t}</p></div></article>'
        for h, t in p.items(5, "dek")
    )
    art = (
        f'<div class="jeg_inner_content"><div class="jeg_breadcrumbs">{crumb_html(p, "breadcrumbs", " / ")}</div>'
        f'<h1 class="jeg_post_title">{esc(a["title"])}</h1><div class="jeg_meta_container"><span class="jeg_meta_author">{esc(a["byline"])}</span>'
        f'<span class="jeg_meta_date">{esc(a["date"])}</span></div><div class="jeg_featured">{_fig(p, "wp-caption")}</div>'
        f'<div class="jeg_share_top_container"><div class="jeg_share_button"><span>{p.lbl("share", "share")}</span></div></div>'
        f'<div class="entry-content"><div class="content-inner">{body}</div></div>'
        f'<div class="jeg_post_tags">{tags_html(p, "span", "span", "tagcloud")}</div>'
        f'<div class="jnews_related_post_container"><div class="jeg_postblock_22"><h3>{p.lbl("related", "related")}</h3>{more}</div></div></div>'
    )
    side = f'<div class="jeg_sidebar"><div class="widget jeg_postblock_5"><h3>{p.lbl("most_read", "most_read")}</h3>{ranks}</div></div>'
    return doc(
        p,
        "",
        f'<div class="jeg_viewport"><div class="jeg_main"><div class="jeg_main_content">{art}</div>{side}</div></div>',
    )


def joomla2012(p: Page) -> str:
    a = p.art
    ins = {
        p.slots(1)[
            0
        ]: f'<p class="readmore-inline"><strong>{p.lbl("read_also", "read_also")}</strong> <a href="#">{p.c(p.head()[0], "read_also")}</a></p>'
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3>{t}</h3>",
        lambda i: "<ul>" + "".join(f"<li>{x}</li>" for x in i) + "</ul>",
        ins,
    )
    mr = "".join(f'<li><a href="#">{h}</a></li>' for h, _ in p.items(5, "plain", "most_read"))
    latest = "".join(f'<li><a href="#">{h}</a><br>{t}</li>' for h, t in p.items(4, "cut"))
    art = (
        f'<div class="item-page"><h2><a href="#">{esc(a["title"])}</a></h2><ul class="actions"><li class="print-icon">{p.lbl("print", "toolbar")}</li>'
        f'<li class="email-icon">E-mail</li></ul><dl class="article-info"><dd class="createdby">{esc(a["byline"])}</dd>'
        f'<dd class="published">{esc(a["date"])}</dd><dd class="hits">Hits: {p.rng.randint(300, 9000)}</dd></dl>'
        f'<p class="img-intro">{_fig(p, "caption")}</p>{body}'
        f'<ul class="pagenav"><li class="pagenav-next"><a href="#">{p.lbl("next", "next_article")} &gt;</a></li></ul></div>'
    )
    mods = (
        f'<div class="moduletable"><h3>{p.lbl("most_read", "most_read")}</h3><ul class="mostread">{mr}</ul></div>'
        f'<div class="moduletable"><h3>{p.lbl("related", "related")}</h3><ul class="latestnews">{latest}</ul></div>'
        f'<div class="moduletable">{poll_html(p, "poll")}</div>'
    )
    return doc(
        p,
        "",
        f'<div id="all"><div id="header">{esc(p.ch["site"])}</div><div id="breadcrumbs">{crumb_html(p, "breadcrumbs", " » ")}</div>'
        f'<table class="main"><tr><td id="main">{art}</td><td id="right">{mods}</td></tr></table><div id="footer">Powered by Joomla!</div></div>',
    )


def drupal7_2014(p: Page) -> str:
    a = p.art
    s = p.slots(2)
    ins = {
        s[
            0
        ]: f'<div class="field-item embedded-node"><div class="node-teaser"><h3><a href="#">{p.c(p.head()[0], "related")}</a></h3></div></div>',
        s[
            1
        ]: f'<div class="block-newsletter"><p>{p.lbl("newsletter", "promo")}</p><input type="email"></div>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h2>{t}</h2>",
        lambda i: "<ul>" + "".join(f"<li>{x}</li>" for x in i) + "</ul>",
        ins,
    )
    rel = "".join(
        f'<div class="views-row"><div class="views-field-title"><a href="#">{h}</a></div><div class="views-field-body">{t}</div></div>'
        for h, t in p.items(5, "cut")
    )
    mr = "".join(f'<li class="views-row">{h}</li>' for h, _ in p.items(5, "plain", "most_read"))
    node = (
        f'<div id="node-{p.rng.randint(1000, 9999)}" class="node node-article node-full"><div class="submitted">{esc(a["byline"])} — {esc(a["date"])}</div>'
        f'<div class="field field-name-field-image">{_fig(p, "field-item")}</div>'
        f'<div class="field field-name-body"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>'
        f'<div class="field field-name-field-tags">{tags_html(p, "div", "div", "field-items")}</div>'
        f'<ul class="links inline"><li class="comment-add">{p.lbl("comments", "comments")}</li><li class="print_html">{p.lbl("print", "toolbar")}</li></ul></div>'
    )
    return doc(
        p,
        "",
        f'<div id="page-wrapper"><div id="header"><a id="logo">{esc(p.ch["site"])}</a></div>{crumb_html(p, "breadcrumb")}'
        f'<div id="main"><div id="content" class="column"><h1 class="title" id="page-title">{esc(a["title"])}</h1>{node}'
        f'<div id="block-views-related-block"><h2>{p.lbl("related", "related")}</h2><div class="view-content">{rel}</div></div></div>'
        f'<div id="sidebar-second"><div class="block"><h2>{p.lbl("most_read", "most_read")}</h2><ul>{mr}</ul></div></div></div>'
        f"{cookie_html(p, 'eu-cookie-compliance-banner')}</div>",
    )


def ghost2020(p: Page) -> str:
    a = p.art
    s = p.slots(2)
    bh, bd = p.head()
    ins = {
        s[
            0
        ]: f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="#"><div class="kg-bookmark-content">'
        f'<div class="kg-bookmark-title">{p.c(bh, "related")}</div><div class="kg-bookmark-description">{p.c(bd, "related")}</div>'
        f'<div class="kg-bookmark-metadata"><span class="kg-bookmark-author">{esc(p.ch["site"])}</span></div></div></a></figure>',
        s[
            1
        ]: f'<div class="kg-card kg-cta-card"><p>{p.lbl("newsletter", "promo")}</p><a class="kg-btn">{p.lbl("follow", "promo")}</a></div>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f'<h2 id="h">{t}</h2>',
        lambda i: "<ul>" + "".join(f"<li>{x}</li>" for x in i) + "</ul>",
        ins,
    )
    feed = "".join(
        f'<article class="post-card"><a class="post-card-content-link"><header><h2 class="post-card-title">{h}</h2></header>'
        f'<div class="post-card-excerpt">{t}</div></a></article>'
        for h, t in p.items(3, "dek")
    )
    art = (
        f'<article class="article post"><header class="article-header gh-canvas"><div class="article-tag">{esc(p.ch["section"])}</div>'
        f'<h1 class="article-title">{esc(a["title"])}</h1><div class="article-byline"><span>{esc(a["byline"])}</span><time>{esc(a["date"])}</time></div>'
        f'{_fig(p, "article-image")}</header><section class="gh-content gh-canvas">{body}</section>'
        f'<section class="article-comments gh-canvas"><p>{p.lbl("comments", "comments")}</p></section></article>'
        f'<aside class="read-more-wrap"><div class="read-more inner"><h3>{p.lbl("related", "related")}</h3>{feed}</div></aside>'
        f'<div class="gh-portal-triggerbtn">{p.lbl("app", "promo")}</div>'
    )
    return doc(
        p,
        "",
        f'<div class="viewport"><header id="gh-head"><a class="gh-head-logo">{esc(p.ch["site"])}</a></header><main id="site-main">{art}</main></div>',
    )


LAYOUTS_A = {
    "wpclassic2009": wpclassic2009,
    "newspaperwp2017": newspaperwp2017,
    "jnews2021": jnews2021,
    "joomla2012": joomla2012,
    "drupal7_2014": drupal7_2014,
    "ghost2020": ghost2020,
}
