"""Layouts, part 1: WordPress generations, Joomla 4, Drupal grid, Hugo, styled-components."""

from __future__ import annotations

from typing import Any

from render import esc, shell

C = dict[str, Any]


def wpkubrick(c: C) -> str:
    b, it = c["b"], c["items"]
    rel = "".join(
        f'<li><a href="{i["url"]}" rel="bookmark" title="{esc(i["h"])}">{esc(i["h"])}</a>'
        f" <small>{esc(i['t'])}{i['tail']}</small></li>"
        for i in it
    )
    body = (
        f'<div id="page"><div id="header"><div id="headerimg"><h1><a href="/">Kestrel Weekly</a></h1>'
        f'<div class="description">Just another WordPress weblog</div></div></div><hr />'
        f'<div id="content" class="narrowcolumn"><div class="post" id="post-{c["n"]}">'
        f'<h2><a href="#" rel="bookmark">{esc(b["title"])}</a></h2>'
        f'<small>December 3rd, 2026 by admin</small><div class="entry">{"".join(c["blocks"])}'
        f'<div class="yarpp-related"><p>{esc(c["ch"][1])}:</p><ol>{rel}</ol></div></div>'
        f'<p class="postmetadata">Posted in News | <a href="#respond">No Comments »</a></p></div>'
        f'</div><div id="sidebar"><ul><li><h2>Archives</h2><ul><li><a href="#">December 2026</a></li>'
        f'</ul></li></ul></div><hr /><div id="footer"><p>Proudly powered by WordPress</p></div></div>'
    )
    return shell(c["lang"], b["title"], "Kestrel Weekly", body)


def wpjetpack(c: C) -> str:
    b, it = c["b"], c["items"]
    posts = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{k}" data-post-id="{i["rank"]}0" '
        f'data-post-format="false"><a class="jp-relatedposts-post-a" href="{i["url"]}">'
        f'<img class="jp-relatedposts-post-img" loading="lazy" src="{i["img"]}" width="350" alt=""></a>'
        f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{i["url"]}">'
        f'{esc(i["h"])}</a></h4><p class="jp-relatedposts-post-excerpt">{esc(i["t"])}{i["tail"]}</p>'
        f'<p class="jp-relatedposts-post-date">{i["date"]}</p>'
        f'<p class="jp-relatedposts-post-context">In "{i["cat"]}"</p></div>'
        for k, i in enumerate(it)
    )
    rel = (
        f'<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;">'
        f'<h3 class="jp-relatedposts-headline"><em>{esc(c["ch"][1])}</em></h3>'
        f'<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">'
        f"{posts}</div></div>"
    )
    body = (
        f'<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title">'
        f'<a href="/">Meridian Post</a></p></header><div id="content" class="site-content">'
        f'<section id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article id="post-{c["n"]}" class="post type-post status-publish entry">'
        f'<header class="entry-header"><h1 class="entry-title">{esc(b["title"])}</h1></header>'
        f'<div class="entry-content">{"".join(c["blocks"])}'
        f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3></div>'
        f"{rel}</div></article></main></section></div>"
        f'<footer id="colophon" class="site-footer">Meridian Post · Powered by WordPress</footer></div>'
    )
    return shell(c["lang"], b["title"], "Meridian Post", body)


def elementor(c: C) -> str:
    b, it = c["b"], c["items"]
    cards = "".join(
        f'<article class="elementor-post elementor-grid-item post-{i["rank"]}">'
        f'<a class="elementor-post__thumbnail__link" href="{i["url"]}"><div class="elementor-post__thumbnail">'
        f'<img src="{i["img"]}" alt=""></div></a><div class="elementor-post__text">'
        f'<h3 class="elementor-post__title"><a href="{i["url"]}">{esc(i["h"])}</a></h3>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{i["date"]}</span>'
        f'<span class="elementor-post-avatar">{i["ncom"]} {esc(c["ch"][4])}</span></div>'
        f'<div class="elementor-post__excerpt"><p>{esc(i["t"])}</p></div>'
        f'<a class="elementor-post__read-more" href="{i["url"]}">{esc(c["ch"][0])} »</a></div></article>'
        for i in it
    )
    body = (
        f'<div data-elementor-type="single-post" class="elementor elementor-{c["n"]}">'
        f'<section class="elementor-section elementor-top-section"><div class="elementor-container">'
        f'<div class="elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container">'
        f'<h1 class="elementor-heading-title elementor-size-default">{esc(b["title"])}</h1></div></div>'
        f'<div class="elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">'
        f"{''.join(c['blocks'])}</div></div></div></section>"
        f'<section class="elementor-section"><div class="elementor-widget elementor-widget-heading">'
        f'<h2 class="elementor-heading-title">{esc(c["ch"][3])}</h2></div>'
        f'<div class="elementor-widget elementor-widget-posts"><div class="elementor-posts-container '
        f'elementor-posts elementor-grid elementor-posts--skin-classic">{cards}</div></div></section></div>'
    )
    return shell(c["lang"], b["title"], "Tamsin Today", body)


def wpgutenberg(c: C) -> str:
    b, it, bl = c["b"], c["items"], c["blocks"]
    lis = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{i["url"]}">{esc(i["h"])}</a>'
        f'<time datetime="2026-12-03T{i["time"]}" class="wp-block-latest-posts__post-date">{i["date"]}</time>'
        f'<div class="wp-block-latest-posts__post-excerpt">{esc(i["t"])}{i["tail"]}</div></li>'
        for i in it
    )
    latest = (
        f'<h2 class="wp-block-heading">{esc(c["ch"][3])}</h2>'
        f'<ul class="wp-block-latest-posts__list has-dates has-excerpts wp-block-latest-posts">{lis}</ul>'
        if it
        else ""
    )
    body = (
        f'<div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title">'
        f'<a href="/">Valmora Courier</a></p></header><main class="wp-block-group">'
        f'<h1 class="wp-block-post-title">{esc(b["title"])}</h1>'
        f'<div class="wp-block-post-date"><time>3 December 2026</time></div>'
        f'<div class="entry-content wp-block-post-content">{"".join(bl[:2])}{latest}{"".join(bl[2:])}</div>'
        f'</main><footer class="wp-block-template-part">Valmora Courier</footer></div>'
    )
    return shell(c["lang"], b["title"], "Valmora Courier", body)


def joomla4(c: C) -> str:
    b, it = c["b"], c["items"]
    lis = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><div class="newsflash-item">'
        f'<h4 class="newsflash-title"><a href="{i["url"]}">{esc(i["h"])}</a></h4>'
        f'<figure class="newsflash-image"><img src="{i["img"]}" alt="" loading="lazy"></figure>'
        f'<p>{esc(i["t"])}</p><a class="readmore" href="{i["url"]}">{esc(c["ch"][0])} …</a></div></li>'
        for i in it
    )
    body = (
        f'<div class="site-grid"><header class="header container-header full-width"><div class="navbar-brand">'
        f'<a class="brand-logo" href="/"><span>Brask Nyt</span></a></div></header>'
        f'<main class="grid-child container-component"><div class="com-content-article item-page" '
        f'itemscope itemtype="https://schema.org/Article"><div class="page-header"><h1 itemprop="headline">'
        f'{esc(b["title"])}</h1></div><dl class="article-info text-muted"><dd class="published">'
        f'<time datetime="2026-12-03">03 December 2026</time></dd></dl>'
        f'<div itemprop="articleBody" class="com-content-article__body">{"".join(c["blocks"])}</div></div></main>'
        f'<div class="grid-child container-sidebar-right"><div class="sidebar-right card">'
        f'<h3 class="card-header">{esc(c["ch"][2])}</h3><div class="card-body">'
        f'<ul class="mod-articlesnews-vertical newsflash-vert mod-list">{lis}</ul></div></div></div>'
        f'<footer class="container-footer footer full-width">© 2026 Brask Nyt</footer></div>'
    )
    return shell(c["lang"], b["title"], "Brask Nyt", body)


def drupalgrid(c: C) -> str:
    b, it = c["b"], c["items"]
    cells = [
        f'<td class="views-col col-{k % 3 + 1}"><div class="views-field views-field-title"><span '
        f'class="field-content"><a href="{i["url"]}" hreflang="{c["lang"]}">{esc(i["h"])}</a></span></div>'
        f'<div class="views-field views-field-body"><div class="field-content">{esc(i["t"])}{i["tail"]}'
        f'</div></div><div class="views-field views-field-created"><span class="field-content">{i["date"]}'
        f"</span></div></td>"
        for k, i in enumerate(it)
    ]
    rows = "".join(f"<tr>{''.join(cells[k : k + 3])}</tr>" for k in range(0, len(cells), 3))
    body = (
        f'<div class="dialog-off-canvas-main-canvas"><div class="layout-container"><header role="banner">'
        f'<a href="/" rel="home" class="site-branding__name">Ostrava Listy</a></header><main role="main">'
        f'<div class="region region-content"><article role="article" class="node node--type-article '
        f'node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">{esc(b["title"])}'
        f'</span></h1><div class="node__content"><div class="clearfix text-formatted field field--name-body '
        f'field--type-text-with-summary field--label-hidden field__item">{"".join(c["blocks"])}</div></div>'
        f'</article><div class="views-element-container block block-views"><h2>{esc(c["ch"][1])}</h2>'
        f'<div class="view view-related-news view-display-id-block_1"><div class="view-content">'
        f'<table class="views-view-grid horizontal cols-3 clearfix"><tbody>{rows}</tbody></table></div></div>'
        f'</div></div></main><footer role="contentinfo">Ostrava Listy</footer></div></div>'
    )
    return shell(c["lang"], b["title"], "Ostrava Listy", body)


def hugo(c: C) -> str:
    b, it = c["b"], c["items"]
    half = len(it) // 2
    for i in it[:half]:
        i["lines"] = [i["h"]]  # headline-only "See also" links
    see = "".join(f'<li><a href="{i["url"]}/">{esc(i["h"])}</a></li>' for i in it[:half])
    recent = "".join(
        f'<article class="post-entry"><header class="entry-header"><h2>{esc(i["h"])}</h2></header>'
        f'<div class="entry-content"><p>{esc(i["t"])}{i["tail"]}</p></div>'
        f'<footer class="entry-footer">{i["date"]} · {i["rank"] + 1} min</footer>'
        f'<a class="entry-link" aria-label="post link to {esc(i["h"])}" href="{i["url"]}/"></a></article>'
        for i in it[half:]
    )
    body = (
        f'<header class="header"><nav class="nav"><div class="logo"><a href="/">lindqvist.notes</a></div>'
        f'</nav></header><main class="main"><article class="post-single"><header class="post-header">'
        f'<h1 class="post-title">{esc(b["title"])}</h1><div class="post-meta">December 3, 2026</div></header>'
        f'<div class="post-content">{"".join(c["blocks"])}</div>'
        f'<footer class="post-footer"><h2>See also</h2><ul class="see-also">{see}</ul></footer></article>'
        f'<section class="recent">{recent}</section></main>'
        f'<footer class="footer"><span>Powered by Hugo</span></footer>'
    )
    return shell(c["lang"], b["title"], "lindqvist.notes", body)


def styledrank(c: C) -> str:
    b, it = c["b"], c["items"]
    lis = "".join(
        f'<li class="sc-3f1a9c-2 hWbQzK"><span class="sc-3f1a9c-3 eLpTrm" aria-hidden="true">{i["rank"]}'
        f'</span><a class="sc-3f1a9c-4 bXkQqa" href="{i["url"]}"><h3 class="sc-3f1a9c-5 jyqfMn">'
        f'{esc(i["h"])}</h3><p class="sc-3f1a9c-6 kDGnqP">{esc(i["t"])}{i["tail"]}</p></a></li>'
        for i in it
    )
    body = (
        f'<div id="root"><div class="sc-bdfBwQ kHwXcP"><header class="sc-gsTCUz jTtQaB"><a href="/" '
        f'class="sc-dlfnbm cQzpVb">HARBOURLINE</a></header><div class="sc-hKgILt eXaSjv">'
        f'<aside class="sc-3f1a9c-0 gPtRwN"><h2 class="sc-3f1a9c-1 fXbMnA">{esc(c["ch"][2])}</h2>'
        f'<ol class="sc-3f1a9c-7 iUqXrM">{lis}</ol></aside><main class="sc-eCssSg bGtNbP">'
        f'<article class="sc-jSgupP dMfNgh"><h1 class="sc-gKsewC fYwXbD">{esc(b["title"])}</h1>'
        f'<div class="sc-iBPRYJ hVyFvO"><span>Harbourline</span> · <time>3.12.2026</time></div>'
        f'<div class="sc-fubCfw jbSXbN">{"".join(c["blocks"])}</div></article></main></div>'
        f'<footer class="sc-pFZIQ bMmNMy">© Harbourline Media</footer></div></div>'
        f'<script>window.__APOLLO_STATE__={{"ROOT_QUERY":{{}}}}</script>'
    )
    return shell(c["lang"], b["title"], "Harbourline", body)


LAYOUTS1: dict[str, tuple[Any, list[str]]] = {
    "wpkubrick": (wpkubrick, ["mid…", "mid [...]"]),
    "wpjetpack": (wpjetpack, ["word"]),
    "elementor": (elementor, ["word"]),
    "wpgutenberg": (wpgutenberg, ["more"]),
    "joomla4": (joomla4, ["word"]),
    "drupalgrid": (drupalgrid, ["mid..."]),
    "hugo": (hugo, ["full"]),
    "styledrank": (styledrank, ["full"]),
}
