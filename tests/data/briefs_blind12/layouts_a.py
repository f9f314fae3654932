"""Page layouts for briefs_blind12, part A: each takes a Page and returns the html document."""

from __future__ import annotations

from html import escape as esc

from common import Item, Page, doc


def tz(it: Item) -> str:
    return esc(it.t) + it.mark


def cityportal99(p: Page) -> str:
    rows = "".join(
        f'<tr><td valign="top"><img src="/img/dot.gif" width="7" height="7" alt=""></td>'
        f'<td><a href="{it.url}"><b>{esc(it.h)}</b></a><br>\n<font size="1">{tz(it)}</font></td></tr>\n'
        for it in p.items
    )
    body = (
        '<body bgcolor="#ffffff"><table width="760" cellpadding="0" cellspacing="0" border="0">\n'
        '<tr><td colspan="2"><img src="/img/wappen.gif" alt="Stadtportal"> | <a href="/">Start</a>'
        ' | <a href="/rathaus/">Rathaus</a> | <a href="/kontakt/">Kontakt</a></td></tr>\n'
        '<tr><td width="150" valign="top" bgcolor="#e0e8f0"><a href="/news/">News</a><br>'
        '<a href="/termine/">Termine</a><br><a href="/formulare/">Formulare</a></td>\n'
        f'<td valign="top"><font face="Verdana" size="2"><h1>{esc(p.title)}</h1>\n{p.body()}\n'
        f'<br><table width="100%" cellpadding="2" border="0">{rows}</table></font></td></tr>\n'
        '<tr><td colspan="2"><font size="1">Webmaster | Impressum</font></td></tr></table></body>'
    )
    return doc(p, "Stadtportal", body, old=True)


def broadcasttext(p: Page) -> str:
    strip = "".join(
        f'<li><span class="t">{it.time}</span> <a href="{it.url}">{esc(it.h)}</a>'
        f' <span class="sub">{tz(it)}</span></li>\n'
        for it in p.items
    )
    body = (
        '<body class="txt"><header><a href="/text/">Text-TV 100</a> <a href="/text/101">Inrikes</a>'
        ' <a href="/text/130">Utrikes</a> <a href="/text/300">Sport</a></header>\n'
        f'<section class="senaste"><ul>{strip}</ul></section>\n'
        f'<main><div class="sida"><span class="nr">{104 + p.k}</span><h1>{esc(p.title)}</h1>\n'
        f'<div class="text">{p.body()}</div></div></main>\n'
        '<footer><a href="/text/100">&lt; 100</a> <a href="/text/199">Innehåll</a></footer></body>'
    )
    return doc(p, "Text", body)


def mobilepaper(p: Page) -> str:
    cards = "".join(
        f'<article class="card"><a href="{it.url}"><img src="/m/t{i}.webp" alt="" loading="lazy">'
        f'<span class="kicker">{it.time}</span><h3>{esc(it.h)}</h3></a>'
        f'<p class="dek">{tz(it)}</p><span class="cmt">{it.comments}</span></article>\n'
        for i, it in enumerate(p.items)
    )
    body = (
        '<body class="m"><div class="topbar"><button class="burger">☰</button>'
        '<a class="logo" href="/">El Diario Móvil</a><a class="sub" href="/suscripcion">€</a></div>\n'
        f'<article class="nota"><h1>{esc(p.title)}</h1><div class="meta"><time>03/12/2026</time></div>\n'
        f'<div class="cuerpo">{p.body()}</div></article>\n'
        f'<section class="mas"><div class="feed">{cards}</div></section>\n'
        '<nav class="tabbar"><a href="/">Inicio</a><a href="/ultimo">Último</a></nav></body>'
    )
    return doc(p, "Diario Móvil", body)


def regionalcms(p: Page) -> str:
    half = (len(p.items) + 1) // 2
    groups = [p.items[:half], p.items[half:]]
    boxes = [
        f'<aside class="inline-related"><h4>{esc(p.news)}</h4><ul>'
        + "".join(f'<li><a href="{it.url}">{esc(it.h)}</a><p>{tz(it)}</p></li>' for it in g)
        + "</ul></aside>"
        for g in groups
        if g
    ]
    blocks = list(p.blocks)
    out = [blocks[0]]
    if boxes:
        out.append(boxes[0])
    out += blocks[1:2]
    if len(boxes) > 1:
        out.append(boxes[1])
    out += blocks[2:]
    body = (
        '<body><div id="portal" data-title="regional"><header class="brand"><a href="/">Gazeta Regionu</a>'
        '<ul class="sites"><li><a href="//a.example">Tygodnik</a></li><li><a href="//b.example">Kurier</a></li></ul></header>\n'
        f'<div class="art"><h1 class="art-title">{esc(p.title)}</h1><div class="art-lead"></div>\n'
        f'<div class="art-body">{"".join(out)}</div></div>\n'
        "<footer>Redakcja | RSS | Regulamin</footer></div></body>"
    )
    return doc(p, "Gazeta Regionu", body)


def wirecustomer(p: Page) -> str:
    rows = "".join(
        f'<tr><td class="slug">{it.time}</td><td><a href="{it.url}">{esc(it.h)}</a>'
        f"<div>{tz(it)}</div></td></tr>\n"
        for it in p.items
    )
    body = (
        '<body class="client"><div class="bar">Wire Client Portal · <a href="/logout">Sign out</a></div>\n'
        '<div class="cols"><div class="left"><h5>Wire</h5>'
        f'<table class="wires">{rows}</table></div>\n'
        f'<div class="story"><div class="priority">Priority: routine · Words: {len(p.body().split())}</div>'
        f'<h1>{esc(p.title)}</h1>\n<div class="story-text">{p.body()}</div>'
        '<div class="usage">Usage: subscribers only. No archiving.</div></div></div></body>'
    )
    return doc(p, "Wire", body)


def ministrynews(p: Page) -> str:
    dl = "".join(
        f'<dt><time>{2 + i % 9:02d}.12.2026</time> <a href="{it.url}">{esc(it.h)}</a></dt>'
        f"<dd>{tz(it)}</dd>\n"
        for i, it in enumerate(p.items)
    )
    body = (
        '<body><div class="gov-header"><img src="/gerb.svg" alt=""> <span>Міністерство</span></div>\n'
        '<div class="breadcrumbs"><a href="/">/</a> <a href="/news">news</a></div>\n'
        f'<div class="press"><h1>{esc(p.title)}</h1><div class="date">03.12.2026 10:30</div>\n'
        f'<div class="press-text">{p.body()}</div></div>\n'
        f'<div class="news-list"><dl>{dl}</dl></div>\n'
        '<div class="gov-footer">gov · 2026</div></body>'
    )
    return doc(p, "gov", body)


def policenews(p: Page) -> str:
    feed = "".join(
        f'<li><a href="{it.url}">{esc(it.h)}</a> <span class="summary">{tz(it)}</span></li>\n'
        for it in p.items
    )
    body = (
        '<body><header class="police"><a href="/">Police</a> <a href="/hirek">Hírek</a>'
        ' <a href="/bejelentes">112</a></header>\n'
        f'<div class="wrap"><ul class="feed">{feed}</ul>\n'
        f'<div class="hir"><h1>{esc(p.title)}</h1><p class="datum">2026. december 3.</p>\n'
        f'<div class="hir-szoveg">{p.body()}</div></div></div>\n'
        "<footer>police.example · 112</footer></body>"
    )
    return doc(p, "Police", body)


def sportsclub(p: Page) -> str:
    tiles = "".join(
        f'<a class="tile" href="{it.url}"><img src="/club/n{i}.jpg" alt="">'
        f'<div class="tile-body"><small>{2 + i:02d}.12.</small><strong>{esc(it.h)}</strong>'
        f"<span>{tz(it)}</span></div></a>\n"
        for i, it in enumerate(p.items)
    )
    body = (
        '<body class="club"><header><img src="/club/crest.svg" alt="FC"> <nav><a href="/team">Team</a>'
        ' <a href="/tickets">Tickets</a> <a href="/shop">Shop</a></nav></header>\n'
        f'<main><div class="news-detail"><h1>{esc(p.title)}</h1>\n{p.body()}</div>\n'
        f'<div class="tiles">{tiles}</div></main>\n'
        "<footer>Partner · Sponsor · Fanclub</footer></body>"
    )
    return doc(p, "FC", body)


def studentpaper(p: Page) -> str:
    recent = "".join(
        f'<h3 class="recent-title"><a href="{it.url}">{esc(it.h)}</a></h3>\n<p>{tz(it)}</p>\n'
        for it in p.items
    )
    byline = "".join(f'<div class="postby">{esc(x)}</div>' for x in p.extra)
    body = (
        '<body class="single-post"><div id="masthead"><a href="/">The Campus Chronicle</a>'
        '<div class="tagline">Independent student voice since 1962</div></div>\n'
        f'<div id="content"><div class="post"><h1 class="entry-title">{esc(p.title)}</h1>{byline}\n'
        f'<div class="entry-content">{p.body()}</div></div>\n'
        f'<div id="sidebar"><div class="widget recent-posts">{recent}</div></div></div>\n'
        '<div id="footer">Powered by WordPress</div></body>'
    )
    return doc(p, "The Campus Chronicle", body)


def diaspora(p: Page) -> str:
    side = "".join(
        f'<div class="side-item"><a href="{it.url}">{esc(it.h)}</a><br>{tz(it)}<br>'
        f'<span class="d">{it.time}</span></div>\n'
        for it in p.items
    )
    body = (
        '<body><div class="head"><a href="/">Community</a> · <a href="/events">📅</a></div>\n'
        f'<div class="row"><div class="side">{side}</div>\n'
        f'<div class="main"><h1>{esc(p.title)}</h1>\n<div class="txt">{p.body()}</div></div></div>\n'
        '<div class="foot">© 2026</div></body>'
    )
    return doc(p, "Community", body)


LAYOUTS = {
    "cityportal99": (cityportal99, ("raw", "word")),
    "broadcasttext": (broadcasttext, ("full", "word")),
    "mobilepaper": (mobilepaper, ("full", "mid")),
    "regionalcms": (regionalcms, ("word", "full")),
    "wirecustomer": (wirecustomer, ("raw", "full")),
    "ministrynews": (ministrynews, ("word", "mid")),
    "policenews": (policenews, ("full", "word")),
    "sportsclub": (sportsclub, ("full", "raw")),
    "studentpaper": (studentpaper, ("full", "raw")),
    "diaspora": (diaspora, ("word", "mid")),
}
