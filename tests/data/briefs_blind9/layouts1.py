"""Layouts 1-9: newsletter platforms, blog hosts and Russian/European CMSs."""

from __future__ import annotations

from typing import Any

from render import esc, shell, teaser


def h1(ctx: dict[str, Any], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<h1{c}>{esc(ctx['b']['title'])}</h1>"


def substack(ctx: dict[str, Any]) -> str:
    more, latest, _related, promo, _credit = ctx["ch"]
    posts = "".join(
        f'<div class="portable-archive-post"><a class="pencraft pc-reset" href="{i["href"]}">'
        f'<div class="pencraft frontend-pencraft-Text-module__title--x7Rq">{esc(i["h"])}</div></a>'
        f'<div class="pencraft frontend-pencraft-Text-module__subtitle--2kPa">{teaser(i, more)}</div>'
        f'<div class="pencraft meta">{i["date"]} · ♡ {i["count"]}</div></div>'
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "The Harbour Letter",
        f'<body><div id="entry"><div class="single-post-container"><article class="typography newsletter-post post">'
        f'<div class="post-header">{h1(ctx, "post-title unpublished")}'
        f'<div class="post-meta"><a href="/p/x">Share</a> <span>12 comments</span></div></div>'
        f'<div class="available-content"><div dir="auto" class="body markup">{body}</div></div>'
        f'<div class="subscription-widget-wrap"><p class="cta-caption">{esc(promo)}</p>'
        f'<input type="email" placeholder="you@example.com"><button>Subscribe</button></div>'
        f'</article><div class="portable-archive"><div class="portable-archive-tabs">'
        f"<a>{esc(latest)}</a> <a>Top</a> <a>Discussions</a></div>"
        f'<div class="portable-archive-list">{posts}</div></div></div></div></body>',
    )


def ghost(ctx: dict[str, Any]) -> str:
    more, _latest, related, promo, credit = ctx["ch"]
    cards = "".join(
        f'<article class="gh-card post"><a class="gh-card-link" href="{i["href"]}">'
        f'<figure class="gh-card-image"><img src="{i["img"]}" alt=""></figure>'
        f'<div class="gh-card-wrapper"><h3 class="gh-card-title">{esc(i["h"])}</h3>'
        f'<p class="gh-card-excerpt">{teaser(i, more)}</p>'
        f'<footer class="gh-card-meta"><time datetime="{i["iso"]}">{i["date"]}</time></footer></div></a></article>'
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "Ghost",
        f'<body class="post-template"><div class="gh-site"><header class="gh-navigation"><a class="gh-navigation-logo">Tidewater</a></header>'
        f'<main class="gh-main"><article class="gh-article post"><header class="gh-article-header gh-canvas">'
        f'{h1(ctx, "gh-article-title is-title")}<p class="gh-article-excerpt">{esc(credit)}</p></header>'
        f'<section class="gh-content gh-canvas is-body">{body}</section></article></main>'
        f'<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner">'
        f'<h2 class="gh-container-title">{esc(related)}</h2><div class="gh-feed">{cards}</div></div></section>'
        f'<footer class="gh-footer"><p>{esc(promo)}</p><p>Powered by Ghost</p></footer></div></body>',
    )


def medium(ctx: dict[str, Any]) -> str:
    more, _latest, _related, promo, _credit = ctx["ch"]
    cards = "".join(
        f'<div class="ab cm kq"><div class="dx ag"><a class="af ag ah" href="{i["href"]}">'
        f'<h2 class="be kr ks kt ku bj">{esc(i["h"])}</h2></a>'
        f'<a class="af ag" href="{i["href"]}"><h3 class="be b dy z ks lw">{teaser(i, more)}</h3></a></div>'
        f'<div class="ab q"><span class="be b bg z dx">{i["count"]} min read</span></div></div>'
        for i in ctx["items"]
    )
    paras = "".join(
        b.replace("<p>", '<p class="pw-post-body-paragraph mk ml fr mm b mn mo">', 1)
        for b in ctx["blocks"]
    )
    return shell(
        ctx,
        "Medium",
        f'<body><div id="root"><div class="a b c"><article><div class="l"><section><div class="hb hc hd">'
        f'<h1 class="pw-post-title gu gv fr be gw gx">{esc(ctx["b"]["title"])}</h1>'
        f'<div class="speechify-ignore ab cp"><span>Listen</span> <span>Share</span></div>'
        f"{paras}</div></section></div></article>"
        f'<div class="ab ca"><h2 class="be fs">More from The Northern Ledger</h2>{cards}'
        f'<a class="af ag" href="/more">See all from The Northern Ledger</a></div>'
        f'<div class="speechify-ignore"><p>{esc(promo)}</p></div></div></div></body>',
    )


def blogger(ctx: dict[str, Any]) -> str:
    more, _latest, _related, promo, _credit = ctx["ch"]
    lis = "".join(
        f'<li><div class="item-content"><div class="item-thumbnail"><a href="{i["href"]}"><img src="{i["img"]}"></a></div>'
        f'<div class="item-title"><a href="{i["href"]}">{esc(i["h"])}</a></div>'
        f'<div class="item-snippet">{teaser(i, more)}</div></div><div style="clear: both;"></div></li>'
        for i in ctx["items"]
    )
    body = "<br />\n".join(b for b in ctx["blocks"])
    return shell(
        ctx,
        "Blogger",
        f'<body class="variant-indie"><div class="content-outer"><div class="main-inner"><div class="column-center-inner">'
        f'<div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>{ctx["items"][0]["date"] if ctx["items"] else "01.12.2026"}</span></h2>'
        f'<div class="post hentry"><h3 class="post-title entry-title">{esc(ctx["b"]["title"])}</h3>'
        f'<div class="post-header"></div><div class="post-body entry-content" id="post-body-7731">{body}'
        f'<div style="clear: both;"></div></div><div class="post-footer"><span class="post-author">Posted by Redakcja</span>'
        f'<span class="post-comment-link"><a href="#comments">0 comments</a></span>'
        f'<div class="post-share-buttons"><a class="share-button sb-email">Email This</a><a class="share-button sb-blog">BlogThis!</a></div>'
        f"</div></div></div></div></div></div>"
        f'<div class="column-right-inner"><div class="widget PopularPosts" id="PopularPosts1"><h2>Popular Posts</h2>'
        f'<div class="widget-content popular-posts"><ul>{lis}</ul></div></div>'
        f'<div class="widget Text"><div class="widget-content">{esc(promo)}</div></div></div></div></div></body>',
    )


def tumblr(ctx: dict[str, Any]) -> str:
    more, latest, _related, _promo, _credit = ctx["ch"]
    posts = "".join(
        f'<article class="post text"><div class="post-content"><h2><a href="{i["href"]}">{esc(i["h"])}</a></h2>'
        + (f"<p>{teaser(i, more)}</p>" if i["t"] or i["more"] else "")
        + f'</div><footer class="meta"><a class="notes">{i["count"]} notes</a> <a class="reblog">reblog</a></footer></article>'
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "tumblr",
        f'<body><div id="container"><header id="header"><h1 class="blog-title"><a href="/">dispatches-from-the-coast</a></h1></header>'
        f'<section id="posts"><article class="post text permalink"><div class="post-content"><h2 class="title">{esc(ctx["b"]["title"])}</h2>'
        f'<div class="body-text">{body}</div></div><footer class="meta"><ul class="tags"><li><a>#news</a></li></ul>'
        f'<a class="notes">37 notes</a></footer></article></section>'
        f'<section id="more-posts"><h3>{esc(latest)}</h3>{posts}</section>'
        f'<nav class="pagination"><a href="/page/2">Older</a></nav></div></body>',
    )


def dle(ctx: dict[str, Any]) -> str:
    more, latest, related, _promo, credit = ctx["ch"]
    side = "".join(
        f'<div class="lastnews"><span class="date">{i["date"]} {i["time"]}</span> <a href="{i["href"]}.html">{esc(i["h"])}</a>'
        + (f'<div class="short">{teaser(i, more)}</div>' if i["t"] or i["more"] else "")
        + "</div>"
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "DataLife Engine",
        f'<body><table class="main" width="1000"><tr><td class="left" width="250" valign="top">'
        f'<div class="block"><div class="block-title">{esc(latest)}</div><div class="block-content">{side}</div></div>'
        f'<div class="block"><div class="block-title">Опрос</div><div class="block-content"><!-- vote --></div></div></td>'
        f'<td class="content" valign="top"><div id="dle-content"><div class="fullstory"><div class="fheader"><h1>{esc(ctx["b"]["title"])}</h1></div>'
        f'<div class="fstory-info">{esc(credit)} | Просмотров: 1 204</div>'
        f'<div class="full-story" id="news-id-4821">{body}</div>'
        f'<div class="frate"><span class="ratingtypeplus">+12</span></div></div>'
        f'<div class="related-news"><div class="rel-title">{esc(related)}</div><ul></ul></div></div></td></tr></table></body>',
    )


def bitrix(ctx: dict[str, Any]) -> str:
    more, latest, _related, _promo, _credit = ctx["ch"]
    lis = "".join(
        f'<p class="news-item" id="bx_3218110189_{1000 + i["rank"]}"><span class="news-date-time">{i["date"]}</span>'
        f'<a href="{i["href"]}/"><b>{esc(i["h"])}</b></a><br />{teaser(i, more)}<div style="clear:both"></div></p>'
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "1C-Bitrix",
        f'<body><div id="panel"></div><div class="wrapper"><div class="row"><div class="col-main">'
        f'<div class="bx-breadcrumb"><a href="/">Главная</a> / <a href="/news/">Новости</a></div>'
        f'<div class="news-detail"><h3>{esc(ctx["b"]["title"])}</h3><span class="news-date-time">01.12.2026</span>'
        f'<div class="news-detail-text">{body}</div><div style="clear:both"></div><br />'
        f'<div class="news-detail-share"><noindex><span>Поделиться</span></noindex></div></div>'
        f'<p><a href="/news/">Возврат к списку</a></p></div>'
        f'<div class="col-side"><div class="bx-sidebar-block"><h4>{esc(latest)}</h4><div class="news-list">{lis}</div></div></div>'
        f"</div></div></body>",
    )


def typo3(ctx: dict[str, Any]) -> str:
    more, latest, _related, _promo, _credit = ctx["ch"]
    arts = "".join(
        f'<div class="article articletype-0" itemscope itemtype="http://schema.org/Article"><div class="header">'
        f'<h3><a title="{esc(i["h"])}" href="{i["href"]}"><span itemprop="headline">{esc(i["h"])}</span></a></h3></div>'
        f'<div class="teaser-text"><div itemprop="description"><p>{teaser(i, more)}</p></div></div>'
        f'<div class="footer"><p><span class="news-list-date"><time datetime="{i["iso"]}">{i["date"]}</time></span></p></div></div>'
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "TYPO3",
        f'<body><div id="page"><div id="c101" class="frame frame-default"><div class="news news-single"><div class="article">'
        f'<div class="header"><h1 itemprop="headline">{esc(ctx["b"]["title"])}</h1></div>'
        f'<div class="footer"><p><span class="news-list-date">01.12.2026</span></p></div>'
        f'<div class="news-text-wrap" itemprop="articleBody">{body}</div>'
        f'<div class="news-backlink-wrap"><a href="/aktuelles/">Zurück</a></div></div></div></div>'
        f'<div id="c102" class="frame frame-default"><header><h2>{esc(latest)}</h2></header>'
        f'<div class="news"><div class="news-list-view" id="news-container-102">{arts}</div></div></div></div></body>',
    )


def joomla15(ctx: dict[str, Any]) -> str:
    more, latest, _related, _promo, _credit = ctx["ch"]
    lis = "".join(
        f'<li class="latestnews"><a href="{i["href"]}" class="latestnews">{esc(i["h"])}</a>'
        + (f'<br /><span class="intro">{teaser(i, more)}</span>' if i["t"] or i["more"] else "")
        + "</li>"
        for i in ctx["items"]
    )
    body = "\n".join(ctx["blocks"])
    return shell(
        ctx,
        "Joomla! 1.5",
        f'<body id="page_bg"><div id="wrapper"><table class="contentpaneopen"><tr><td class="contentheading" width="100%">'
        f'{esc(ctx["b"]["title"])}</td><td class="buttonheading"><a href="/print">Print</a></td></tr></table>'
        f'<table class="contentpaneopen"><tr><td valign="top"><span class="small">Written by Administrator</span></td></tr>'
        f'<tr><td valign="top">{body}</td></tr><tr><td class="modifydate">Last Updated (Monday, 30 November 2026)</td></tr></table>'
        f'<span class="article_separator">&nbsp;</span><div class="moduletable"><h3>{esc(latest)}</h3>'
        f'<ul class="latestnews">{lis}</ul></div></div></body>',
    )


LAYOUTS1 = {
    "substack": (substack, ["full", "mid", "word"]),
    "ghost": (ghost, ["full", "word"]),
    "medium": (medium, ["full", "mid"]),
    "blogger": (blogger, ["mid", "word"]),
    "tumblr": (tumblr, ["none", "full"]),
    "dle": (dle, ["none", "word"]),
    "bitrix": (bitrix, ["full", "mid"]),
    "typo3": (typo3, ["full", "more"]),
    "joomla15": (joomla15, ["none", "more", "mid"]),
}
