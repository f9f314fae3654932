"""Layouts, part 2: Angular, regional table portal, mobile site, broadcaster, wire, network rail."""

from __future__ import annotations

from typing import Any

from render import esc, shell

C = dict[str, Any]


def angular(c: C) -> str:
    b, it, ng = c["b"], c["items"], "_ngcontent-ng-c2817364"
    cards = "".join(
        f'<app-teaser {ng}="" class="ng-star-inserted"><a {ng}="" class="teaser__link" href="{i["url"]}">'
        f'<span {ng}="" class="teaser__kicker">{i["cat"]}</span><h3 {ng}="" class="teaser__title">'
        f'{esc(i["h"])}</h3><p {ng}="" class="teaser__text">{esc(i["t"])}{i["tail"]}</p></a></app-teaser><!---->'
        for i in it
    )
    body = (
        f'<app-root ng-version="17.3.1"><app-header _nghost-ng-c11="">'
        f'<a href="/" class="brand">Kestrel Nieuws</a></app-header><main><app-article-page>'
        f'<article><h1 class="article__title">{esc(b["title"])}</h1><app-article-body {ng}="">'
        f"{''.join(c['blocks'])}</app-article-body></article><!---->"
        f'<app-teaser-list {ng}=""><h2 {ng}="" class="list__title">{esc(c["ch"][1])}</h2>{cards}'
        f"</app-teaser-list></app-article-page></main><app-footer>© Kestrel</app-footer></app-root>"
        f'<script id="ng-state" type="application/json">{{"__nghData__":[]}}</script>'
    )
    return shell(c["lang"], b["title"], "Kestrel Nieuws", body)


def regiontable(c: C) -> str:
    b, it = c["b"], c["items"]
    rows = "".join(
        f'<tr><td class="datum" valign="top" width="70">{i["date"][:6]}<br>{i["time"]}</td>'
        f'<td class="meldung"><a href="{i["url"]}.html"><b>{esc(i["h"])}</b></a><br>{esc(i["t"])}{i["tail"]}'
        f"</td></tr>"
        for i in it
    )
    paras = "".join(c["blocks"])
    body = (
        f'<table width="980" cellpadding="0" cellspacing="0" border="0" align="center"><tr>'
        f'<td colspan="3" class="kopf"><img src="/img/logo_region.gif" alt="Regionalportal"></td></tr>'
        f'<tr><td width="160" valign="top" class="navi"><a href="/">Startseite</a><br><a href="/lokales">'
        f'Lokales</a><br><a href="/sport">Sport</a></td><td width="620" valign="top" class="inhalt">'
        f'<span class="rubrik">Region</span><h1 class="titel">{esc(b["title"])}</h1>'
        f'<div class="artikel">{paras}</div><br><table width="100%" class="weitere" cellpadding="4">'
        f'<tr><th colspan="2" align="left">{esc(c["ch"][3])}</th></tr>{rows}</table></td>'
        f'<td width="200" valign="top" class="werbung"><img src="/ads/200x600.gif" alt="Anzeige"></td></tr>'
        f'<tr><td colspan="3" class="fuss">Impressum | Kontakt | AGB</td></tr></table>'
    )
    head = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    doctype = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
    return shell(c["lang"], b["title"], "Regionalportal", body, head, doctype)


def mobilesite(c: C) -> str:
    b, it = c["b"], c["items"]
    lis = "".join(
        f'<li class="m-list__item"><a class="m-item" href="{i["url"]}"><img class="m-thumb" src="{i["img"]}"'
        f' width="96" height="64" alt=""><div class="m-txt"><h3 class="m-hl">{esc(i["h"])}</h3>'
        f'<p class="m-dek">{esc(i["t"])}{i["tail"]}</p><span class="m-time">{i["time"]}</span></div></a></li>'
        for i in it
    )
    body = (
        f'<header class="m-head"><button class="m-burger" aria-label="Menu">☰</button>'
        f'<a class="m-logo" href="/">Tamsin m.</a></header><main class="m-main"><article class="m-article">'
        f'<h1 class="m-title">{esc(b["title"])}</h1><div class="m-meta">3.12.2026 · {c["n"] % 5 + 2} min</div>'
        f'<div class="m-body">{"".join(c["blocks"])}</div></article><section class="m-more">'
        f'<h2 class="m-more__title">{esc(c["ch"][3])}</h2><ul class="m-list">{lis}</ul>'
        f'<button class="m-loadmore" type="button">+</button></section></main>'
        f'<footer class="m-foot"><a href="?desktop=1">Desktop</a></footer>'
    )
    head = '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    return shell(c["lang"], b["title"], "Tamsin m.", body, head)


def broadcaster(c: C) -> str:
    b, it = c["b"], c["items"]
    half = len(it) // 2
    for i in it[:half]:
        i["lines"] = [i["h"]]  # the latest strip shows headlines only
    strip = "".join(
        f'<li class="pb-latest__item"><time class="pb-latest__time">{i["time"]}</time>'
        f'<a class="pb-latest__link" href="{i["url"]}">{esc(i["h"])}</a></li>'
        for i in it[:half]
    )
    ranked = "".join(
        f'<li class="pb-rank__item" data-rank="{k + 1}"><span class="pb-rank__no">{k + 1}</span>'
        f'<a href="{i["url"]}"><h3 class="pb-rank__title">{esc(i["h"])}</h3></a>'
        f'<p class="pb-rank__lead">{esc(i["t"])}{i["tail"]}</p></li>'
        for k, i in enumerate(it[half:])
    )
    body = (
        f'<div id="pb-app" data-testid="app"><header class="pb-header" data-testid="header">'
        f'<a href="/" class="pb-logo">PUBLIKUM 1</a><nav><a href="/tv">TV</a> <a href="/radio">Radio</a>'
        f'</nav></header><section class="pb-latest" data-testid="latest-strip"><h2>{esc(c["ch"][3])}</h2>'
        f'<ol class="pb-latest__list">{strip}</ol></section><main id="pb-main"><article class="pb-article" '
        f'data-testid="article"><h1 class="pb-article__title">{esc(b["title"])}</h1><div class="pb-byline">'
        f'<span>Nyhetsredaksjonen</span> <time>03.12.2026</time></div><div class="pb-article__body" '
        f'data-testid="article-body">{"".join(c["blocks"])}</div></article></main>'
        f'<section class="pb-rank" data-testid="most-read"><h2>{esc(c["ch"][2])}</h2><ol>{ranked}</ol>'
        f'</section><footer class="pb-footer">Publikum 1 – public service media</footer></div>'
    )
    return shell(c["lang"], b["title"], "Publikum 1", body)


def agencyfeed(c: C) -> str:
    b, it = c["b"], c["items"]
    feed = "".join(
        f'<div class="feed-item"><span class="slug">{i["cat"].upper()}</span> '
        f'<a class="feed-item__hl" href="{i["url"]}">{esc(i["h"])}</a>'
        f'<p class="feed-item__lede">{esc(i["t"])}{i["tail"]}</p>'
        f'<span class="feed-item__ts">{i["time"]} UTC</span></div>'
        for i in it
    )
    body = (
        f'<div class="wrap"><div class="topbar">MERIDIAN PRESS AGENCY · Newswire</div>'
        f'<div class="story"><div class="story__slug">DEVELOPING</div><h1 class="story__hl">{esc(b["title"])}'
        f'</h1><div class="story__meta">By Meridian Press staff · 3 Dec 2026 {c["n"] % 12 + 8}:14 UTC</div>'
        f'<div class="story__text">{"".join(c["blocks"])}</div><div class="story__end">(Editing by desk)'
        f'</div></div><div class="feed"><div class="feed__title">{esc(c["ch"][3])}</div>{feed}</div>'
        f'<div class="legal">All quotes delayed. © Meridian Press Agency.</div></div>'
    )
    return shell(c["lang"], b["title"], "Meridian Press", body)


def networkrail(c: C) -> str:
    b, it = c["b"], c["items"]
    sites = [
        "Riverside Gazette",
        "Northfield Echo",
        "Vale Times",
        "Coastline Mercury",
        "Hillbury Post",
    ]
    cards = "".join(
        f'<div class="network-card"><span class="network-card__site">{sites[k % len(sites)]}</span>'
        f'<a href="https://{sites[k % len(sites)].lower().replace(" ", "")}.example{i["url"]}">'
        f'<h4 class="network-card__hl">{esc(i["h"])}</h4></a><p class="network-card__dek">{esc(i["t"])}'
        f"{i['tail']}</p></div>"
        for k, i in enumerate(it)
    )
    body = (
        f'<div class="ln-page"><header class="ln-masthead"><a href="/">Brask Valley News</a>'
        f'<span class="ln-part">Part of the Brask Local network</span></header><div class="ln-cols">'
        f'<main class="ln-main"><article><h1>{esc(b["title"])}</h1><p class="ln-by">Local Democracy Desk</p>'
        f'<div class="ln-text">{"".join(c["blocks"])}</div></article></main><aside class="ln-rail">'
        f'<h2 class="ln-rail__title">More from our network</h2>{cards}</aside></div>'
        f'<footer class="ln-foot">Brask Local Ltd. Registered in England.</footer></div>'
    )
    return shell(c["lang"], b["title"], "Brask Valley News", body)


LAYOUTS2: dict[str, tuple[Any, list[str]]] = {
    "angular": (angular, ["mid..."]),
    "regiontable": (regiontable, ["word"]),
    "mobilesite": (mobilesite, ["mid…"]),
    "broadcaster": (broadcaster, ["full"]),
    "agencyfeed": (agencyfeed, ["mid..."]),
    "networkrail": (networkrail, ["full", "word…"]),
}
