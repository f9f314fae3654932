"""Page layouts for briefs_blind12, part B."""

from __future__ import annotations

import json
import re
from html import escape as esc

from common import Page, doc
from layouts_a import tz


def _brs(html: str) -> str:
    """Paragraph blocks as text runs separated by <br><br> (chat and email markup)."""
    return re.sub(r"\s*</p>\s*", "<br><br>", re.sub(r"<p[^>]*>", "", html))


def tgmirror(p: Page) -> str:
    def msg(inner: str, n: int, views: str) -> str:
        return (
            f'<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="ch/{n}">'
            f'<div class="tgme_widget_message_text">{inner}</div><div class="tgme_widget_message_footer">'
            f'<span class="views">{views}</span> <time>{n % 24:02d}:{n % 60:02d}</time></div></div></div>\n'
        )

    half = len(p.items) // 2
    before = [
        msg(f"<b>{esc(it.h)}</b><br>{tz(it)}", 900 + i, it.views)
        for i, it in enumerate(p.items[:half])
    ]
    after = [
        msg(f"<b>{esc(it.h)}</b><br>{tz(it)}", 950 + i, it.views)
        for i, it in enumerate(p.items[half:])
    ]
    main = msg(f"<b>{esc(p.title)}</b><br><br>{_brs(p.body(''))}", 930, "48.1K")
    body = (
        '<body class="tgme_channel"><header class="tgme_header"><span class="tgme_channel_info_header_title">'
        'Новости · News</span> <a href="tg://resolve">Join</a></header>\n'
        f'<section class="tgme_channel_history">{"".join(before)}{main}{"".join(after)}</section></body>'
    )
    return doc(p, "Telegram", body)


def ampstory(p: Page) -> str:
    slides = "".join(
        f'<div class="slide"><amp-img src="/a/{i}.jpg" width="320" height="180" layout="responsive"></amp-img>'
        f'<h4><a href="{it.url}">{esc(it.h)}</a></h4><p>{tz(it)}</p></div>\n'
        for i, it in enumerate(p.items)
    )
    head = '<script async src="https://cdn.ampproject.org/v0.js"></script>\n<style amp-custom>.slide{width:80vw}</style>\n'
    body = (
        '<body><header class="amp-head"><a href="/">समाचार</a></header>\n'
        f'<article class="amp-article"><h1>{esc(p.title)}</h1><div class="byline">03 Dec 2026</div>\n'
        f'<div class="amp-body">{p.body()}</div></article>\n'
        f'<amp-carousel type="carousel" height="260" layout="fixed-height">{slides}</amp-carousel>\n'
        '<amp-analytics type="gtag"></amp-analytics><footer>AMP</footer></body>'
    )
    return doc(p, "AMP", body, head=head)


def spassr(p: Page) -> str:
    paras = re.sub(
        r"<p>(.*?)</p>", r'<div class="sc-para" data-block="paragraph">\1</div>', p.body()
    )
    items = "".join(
        f'<div class="sc-para" data-block="paragraph"><a href="{it.url}">{esc(it.h)}</a></div>'
        f'<div class="sc-para" data-block="paragraph">{tz(it)}</div>\n'
        for it in p.items
    )
    state = json.dumps({"article": {"id": p.k, "title": p.title}, "ab": "b"}, ensure_ascii=False)
    body = (
        f'<body><div id="root"><div class="sc-app"><div class="sc-nav">≡ <a href="/">NEWS</a></div>\n'
        f'<div class="sc-article"><h1 class="sc-title">{esc(p.title)}</h1>\n'
        f'<div class="sc-content">{paras}\n{items}</div></div></div></div>\n'
        f'<script id="__STATE__" type="application/json">{esc(state, quote=False)}</script>'
        '<script src="/static/app.4f2a.js"></script></body>'
    )
    return doc(p, "NEWS", body)


def forumportal(p: Page) -> str:
    rows = "".join(
        f'<tr><td class="topic"><a class="topictitle" href="{it.url}">{esc(it.h)}</a><br>'
        f'<span class="preview">{tz(it)}</span></td><td class="replies">{it.comments}</td>'
        f'<td class="views">{it.views}</td></tr>\n'
        for it in p.items
    )
    body = (
        '<body id="phpbb"><div class="headerbar"><a href="/">Форум · Новости</a></div>\n'
        '<div class="navbar"><a href="/faq.php">FAQ</a> <a href="/ucp.php">Вход</a></div>\n'
        f'<h2 class="topic-title">{esc(p.title)}</h2>\n<div class="post bg2"><div class="postbody">'
        f'<p class="author">admin » 03.12.2026</p><div class="content">{p.body()}</div></div></div>\n'
        f'<table class="topics"><tr><th>Темы</th><th>Ответы</th><th>Просмотры</th></tr>{rows}</table>\n'
        '<div class="copyright">Powered by phpBB</div></body>'
    )
    return doc(p, "Форум", body)


def newsletterweb(p: Page) -> str:
    rows = "".join(
        f'<tr><td style="padding:8px 0;border-top:1px solid #ddd"><a href="{it.url}" style="color:#06c">'
        f"<strong>{esc(it.h)}</strong></a><br>{tz(it)}</td></tr>\n"
        for it in p.items
    )
    body = (
        '<body style="margin:0"><table width="600" align="center" cellpadding="0" cellspacing="0">\n'
        '<tr><td style="font-size:11px">View in browser</td></tr>\n'
        f'<tr><td><h1 style="font-size:22px">{esc(p.title)}</h1></td></tr>\n'
        f'<tr><td style="font-size:15px">{_brs(p.body())}</td></tr>\n{rows}'
        '<tr><td style="font-size:11px">Unsubscribe · Preferences</td></tr></table></body>'
    )
    return doc(p, "Newsletter", body)


def rankedlist(p: Page) -> str:
    lis = "".join(
        f'<li><span class="rank">{i + 1}</span><a href="{it.url}">{esc(it.h)}</a><p>{tz(it)}</p></li>\n'
        for i, it in enumerate(p.items)
    )
    body = (
        '<body><header><a class="logo" href="/">Báo</a><nav><a href="/thoi-su">▤</a></nav></header>\n'
        f'<div class="detail"><h1 class="title-detail">{esc(p.title)}</h1>\n'
        f'<article class="fck_detail">{p.body()}</article></div>\n'
        f'<div class="box-most"><ol class="top">{lis}</ol></div>\n<footer>©</footer></body>'
    )
    return doc(p, "Báo", body)


def latestrip(p: Page) -> str:
    lis = "".join(
        f'<li><time>{it.time}</time><div><a href="{it.url}">{esc(it.h)}</a><p>{tz(it)}</p></div></li>\n'
        for it in p.items
    )
    body = (
        '<body><div class="masthead"><a href="/">Le Quotidien</a></div>\n'
        f'<div class="layout"><section class="en-continu"><ol>{lis}</ol></section>\n'
        f'<article class="article"><h1>{esc(p.title)}</h1><p class="meta">Publié le 3 décembre 2026</p>\n'
        f'<div class="article__content">{p.body()}</div></article></div>\n'
        "<footer>Mentions légales</footer></body>"
    )
    return doc(p, "Le Quotidien", body)


def tabnews2005(p: Page) -> str:
    rows = "".join(
        f'<tr><td><a href="{it.url}">{esc(it.h)}</a> <span class="cc">({it.comments})</span><br>'
        f"<small>{tz(it)}</small></td></tr>\n"
        for it in p.items
    )
    body = (
        '<body><div id="ust"><a href="/"><img src="/logo.gif" alt="Portal"></a></div>\n'
        f'<div id="icerik"><div class="haber"><h1>{esc(p.title)}</h1>{p.body()}</div>\n'
        '<div class="tabs"><ul><li class="on">Son</li><li>Yorum</li></ul>'
        f'<div class="tab-pane"><table cellspacing="0">{rows}</table></div></div></div>\n'
        '<div id="alt">© 2005-2026</div></body>'
    )
    return doc(p, "Portal", body, old=True)


def blogspot(p: Page) -> str:
    half = (len(p.items) + 1) // 2
    related = "".join(
        f'<div class="rp"><img src="/rp/{i}.jpg" alt=""><a href="{it.url}">{esc(it.h)}</a>'
        f'<div class="rp-snippet">{tz(it)}</div></div>\n'
        for i, it in enumerate(p.items[:half])
    )
    popular = "".join(
        f'<li><div class="item-title"><a href="{it.url}">{esc(it.h)}</a></div>'
        f'<div class="item-snippet">{tz(it)}</div></li>\n'
        for it in p.items[half:]
    )
    body = (
        '<body><div class="header"><h2 class="blog-title"><a href="/">Notícias da Região</a></h2></div>\n'
        f'<div class="main"><div class="post hentry"><h3 class="post-title">{esc(p.title)}</h3>\n'
        f'<div class="post-body entry-content">{p.body()}</div>'
        '<div class="post-footer">Postado por Redação às 09:14</div></div>\n'
        f'<div class="related-posts">{related}</div></div>\n'
        f'<div class="sidebar"><div class="widget PopularPosts"><ul>{popular}</ul></div></div>\n'
        '<div class="footer">Tema Simples. Tecnologia do Blogger.</div></body>'
    )
    return doc(p, "Notícias da Região", body)


LAYOUTS = {
    "tgmirror": (tgmirror, ("full", "word")),
    "ampstory": (ampstory, ("full", "mid")),
    "spassr": (spassr, ("full", "word")),
    "forumportal": (forumportal, ("raw", "full")),
    "newsletterweb": (newsletterweb, ("word", "full")),
    "rankedlist": (rankedlist, ("full", "mid")),
    "latestrip": (latestrip, ("word", "full")),
    "tabnews2005": (tabnews2005, ("raw", "word")),
    "blogspot": (blogspot, ("raw", "mid")),
}
