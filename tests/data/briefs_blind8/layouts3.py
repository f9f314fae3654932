"""Layouts, part 3: Bootstrap 3 media objects, AEM teasers, Gatsby, microdata list, ticker, floats."""

from __future__ import annotations

from typing import Any

from render import esc, shell

C = dict[str, Any]


def bootstrap3(c: C) -> str:
    b, it = c["b"], c["items"]
    media = "".join(
        f'<div class="media"><div class="media-left"><a href="{i["url"]}"><img class="media-object" '
        f'src="{i["img"]}" width="64" alt=""></a></div><div class="media-body"><h4 class="media-heading">'
        f'<a href="{i["url"]}">{esc(i["h"])}</a></h4><p>{esc(i["t"])}{i["tail"]}</p></div></div>'
        for i in it
    )
    body = (
        f'<nav class="navbar navbar-default navbar-static-top"><div class="container"><a class="navbar-brand" '
        f'href="/">Lindqvist Dagblad</a></div></nav><div class="container"><div class="row">'
        f'<div class="col-md-8"><article class="post"><h1>{esc(b["title"])}</h1><p class="text-muted">'
        f'<span class="glyphicon glyphicon-time"></span> 03.12.2026</p><div class="post-body">'
        f'{"".join(c["blocks"])}</div></article></div><div class="col-md-4"><div class="panel panel-default">'
        f'<div class="panel-heading"><h3 class="panel-title">{esc(c["ch"][2])}</h3></div>'
        f'<div class="panel-body">{media}</div></div></div></div></div>'
        f'<footer class="footer"><div class="container"><p class="text-muted">© Lindqvist Dagblad</p></div></footer>'
    )
    return shell(c["lang"], b["title"], "Lindqvist Dagblad", body)


def aem(c: C) -> str:
    b, it, bl = c["b"], c["items"], c["blocks"]

    def teaser(i: dict[str, Any]) -> str:
        return (
            f'<div class="teaser"><div class="cmp-teaser"><div class="cmp-teaser__image"><div class="cmp-image">'
            f'<img class="cmp-image__image" src="{i["img"]}" alt=""></div></div><div class="cmp-teaser__content">'
            f'<p class="cmp-teaser__pretitle">{i["cat"]}</p><h3 class="cmp-teaser__title"><a class='
            f'"cmp-teaser__title-link" href="{i["url"]}.html">{esc(i["h"])}</a></h3><div class="cmp-teaser__'
            f'description"><p>{esc(i["t"])}</p></div><div class="cmp-teaser__action-container"><a class="cmp-'
            f'button cmp-teaser__action-link" href="{i["url"]}.html">{esc(c["ch"][0])}</a></div></div></div></div>'
        )

    def text(blocks: list[str]) -> str:
        return f'<div class="text"><div class="cmp-text">{"".join(blocks)}</div></div>'

    mid = teaser(it[0]) if it else ""
    rest = "".join(teaser(i) for i in it[1:])
    body = (
        f'<div class="root container responsivegrid"><div class="cmp-container"><div class="header '
        f'experiencefragment"><a class="cmp-image__link" href="/content/site/en.html">Ostrava Radio</a></div>'
        f'<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">{esc(b["title"])}</h1></div></div>'
        f"{text(bl[:2])}{mid}{text(bl[2:])}"
        f'<div class="container responsivegrid"><div class="cmp-container"><div class="title"><div class="cmp-'
        f'title"><h2 class="cmp-title__text">{esc(c["ch"][1])}</h2></div></div>{rest}</div></div>'
        f'<div class="footer experiencefragment">Ostrava Radio · Impressum</div></div></div>'
    )
    return shell(c["lang"], b["title"], "Ostrava Radio", body)


def gatsby(c: C) -> str:
    b, it = c["b"], c["items"]
    cards = "".join(
        f'<a class="card-module--card--1sDx3" href="{i["url"]}/"><div class="gatsby-image-wrapper '
        f'gatsby-image-wrapper-constrained"><picture><img data-main-image="" src="{i["img"]}" alt=""></picture>'
        f'<noscript><img src="{i["img"]}" alt=""></noscript></div><div class="card-module--text--3rTk0">'
        f'<h2 class="card-module--title--2Qw8x">{esc(i["h"])}</h2><p class="card-module--excerpt--1cZ9p">'
        f'{esc(i["t"])}{i["tail"]}</p><small class="card-module--meta--2mB1s">{i["rank"] + 2} min read</small>'
        f"</div></a>"
        for i in it
    )
    body = (
        f'<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
        f'<header class="layout-module--header--3lFzU"><a href="/">valmora.dispatch</a></header>'
        f'<main class="layout-module--main--2Tq5X"><article class="article-module--article--1Nw6v">'
        f'<h1 class="article-module--title--3bXhE">{esc(b["title"])}</h1>'
        f'<div class="article-module--body--2kF9x">{"".join(c["blocks"])}</div></article>'
        f'<section class="more-module--more--2pLk8"><h2>{esc(c["ch"][1])}</h2>'
        f'<div class="more-module--grid--1dQz3">{cards}</div></section></main>'
        f'<footer class="layout-module--footer--1sNp4">Built with Gatsby</footer></div>'
        f'<div id="gatsby-announcer" aria-live="assertive" aria-atomic="true"></div></div>'
    )
    return shell(c["lang"], b["title"], "valmora.dispatch", body)


def schemaorg(c: C) -> str:
    b, it = c["b"], c["items"]
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<meta itemprop="position" content="{i["rank"]}"><a itemprop="url" href="{i["url"]}">'
        f'<span itemprop="name">{esc(i["h"])}</span></a> <span itemprop="description">{esc(i["t"])}</span>'
        f"{i['tail']}</li>"
        for i in it
    )
    body = (
        f'<div class="page"><div class="brand">Harbourline Regional</div><div itemscope itemtype='
        f'"https://schema.org/NewsArticle"><h1 itemprop="headline">{esc(b["title"])}</h1><meta itemprop='
        f'"datePublished" content="2026-12-03"><span itemprop="author">Redaktion</span>'
        f'<div itemprop="articleBody">{"".join(c["blocks"])}</div></div><section class="related" itemscope '
        f'itemtype="https://schema.org/ItemList"><h2 itemprop="name">{esc(c["ch"][1])}</h2>'
        f'<ul class="related__list">{lis}</ul></section><div class="footer">Harbourline Regional</div></div>'
    )
    return shell(c["lang"], b["title"], "Harbourline Regional", body)


def ticker(c: C) -> str:
    b, it = c["b"], c["items"]
    top = it[:4]
    for i in top:
        i["lines"] = [i["h"]]  # the ticker shows headlines only
    tick = "".join(f'<li><a href="{i["url"]}">{esc(i["h"])}</a></li>' for i in top)
    more = "".join(
        f'<div class="story-teaser"><span class="story-teaser__time">{i["time"]}</span><h3>'
        f'<a href="{i["url"]}">{esc(i["h"])}</a></h3><p>{esc(i["t"])}{i["tail"]}</p></div>'
        for i in it[4:]
    )
    body = (
        f'<div class="breaking-ticker" role="marquee"><span class="breaking-ticker__label">+++</span>'
        f'<ul class="breaking-ticker__items">{tick}</ul></div><header class="masthead"><a href="/">'
        f'Tamsin Abendpost</a></header><main><article class="story"><h1>{esc(b["title"])}</h1>'
        f'<div class="story__body">{"".join(c["blocks"])}</div></article>'
        f'<section class="more-stories"><h2>{esc(c["ch"][3])}</h2>{more}</section></main>'
        f"<footer>Tamsin Abendpost</footer>"
    )
    return shell(c["lang"], b["title"], "Tamsin Abendpost", body)


def floatrank(c: C) -> str:
    b, it = c["b"], c["items"]
    lis = "".join(
        f'<li><span class="num">{i["rank"]}.</span> <a href="{i["url"]}.php">{esc(i["h"])}</a>'
        f'<p>{esc(i["t"])}{i["tail"]}</p><span class="cc">({i["ncom"]} {esc(c["ch"][4])})</span></li>'
        for i in it
    )
    body = (
        f'<div id="wrapper"><div id="header"><a href="/index.php"><img src="/images/logo.png" '
        f'alt="Brask Online"></a></div><div id="left" style="float:left;width:240px">'
        f'<h3>{esc(c["ch"][2])}</h3><ol class="toplist">{lis}</ol></div>'
        f'<div id="main" style="margin-left:260px"><div class="newsitem"><h1>{esc(b["title"])}</h1>'
        f'<div class="date">03.12.2026, {c["n"] % 9 + 9}:05</div><div class="newstext">{"".join(c["blocks"])}'
        f'</div><div class="tools"><a href="#">Print</a> | <a href="#">E-mail</a></div></div></div>'
        f'<div style="clear:both"></div><div id="footer">Brask Online © 2009</div></div>'
    )
    return shell(c["lang"], b["title"], "Brask Online", body)


LAYOUTS3: dict[str, tuple[Any, list[str]]] = {
    "bootstrap3": (bootstrap3, ["word [...]"]),
    "aem": (aem, ["full"]),
    "gatsby": (gatsby, ["mid…"]),
    "schemaorg": (schemaorg, ["word »"]),
    "ticker": (ticker, ["mid…"]),
    "floatrank": (floatrank, ["word"]),
}
