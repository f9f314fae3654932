"""Layouts, part 4: tab widget, Plone portlet, figure cards, Chakra carousel, WAP, SharePoint."""

from __future__ import annotations

from typing import Any

from render import esc, shell

C = dict[str, Any]


def tabs(c: C) -> str:
    b, it, ch = c["b"], c["items"], c["ch"]
    third = max(1, len(it) // 3)
    groups = [it[:third], it[third : 2 * third], it[2 * third :]]
    names = [ch[2], ch[4].capitalize(), ch[3]]
    heads = "".join(
        f'<li role="presentation"><a role="tab" href="#tab{k}" aria-controls="tab{k}">{esc(n)}</a></li>'
        for k, n in enumerate(names)
    )
    panels = "".join(
        f'<div role="tabpanel" class="tab-pane" id="tab{k}"><ul class="tablist">'
        + "".join(
            f'<li><a href="{i["url"]}"><strong>{esc(i["h"])}</strong></a><span class="dek">{esc(i["t"])}'
            f'{i["tail"]}</span><span class="cnt">{i["ncom"]}</span></li>'
            for i in g
        )
        + "</ul></div>"
        for k, g in enumerate(groups)
    )
    body = (
        f'<div class="site no-js"><div class="logo">Valmora Zeitung</div><div class="content">'
        f'<div class="article"><h1>{esc(b["title"])}</h1><div class="article-text">{"".join(c["blocks"])}'
        f'</div></div><div class="widget-tabs"><ul class="nav-tabs" role="tablist">{heads}</ul>'
        f'<div class="tab-content">{panels}</div></div></div><div class="foot">Valmora Zeitung</div></div>'
    )
    return shell(c["lang"], b["title"], "Valmora Zeitung", body)


def plone(c: C) -> str:
    b, it = c["b"], c["items"]
    dds = "".join(
        f'<dd class="portletItem {"odd" if k % 2 else "even"}"><a href="{i["url"]}" class="tile '
        f'contenttype-news-item" title="{esc(i["h"])}">{esc(i["h"])}</a><span class="portletItemDetails">'
        f"{esc(i['t'])}{i['tail']}</span></dd>"
        for k, i in enumerate(it)
    )
    body = (
        f'<div id="visual-portal-wrapper"><div id="portal-top"><a id="portal-logo" href="/">Gemeente '
        f'Meridian</a></div><div id="portal-columns"><div id="portal-column-content"><div id="content">'
        f'<h1 class="documentFirstHeading">{esc(b["title"])}</h1><div class="documentByLine">'
        f'by webmaster — last modified Dec 03, 2026</div><div id="parent-fieldname-text">'
        f'{"".join(c["blocks"])}</div></div></div><div id="portal-column-two"><dl class="portlet '
        f'portletNews"><dt class="portletHeader"><span class="portletTopLeft"></span><a href="/news">'
        f'{esc(c["ch"][3])}</a></dt>{dds}<dd class="portletFooter"><a href="/news">More news…</a></dd></dl>'
        f'</div></div><div id="portal-footer">Powered by Plone</div></div>'
    )
    return shell(c["lang"], b["title"], "Gemeente Meridian", body)


def magazine(c: C) -> str:
    b, it = c["b"], c["items"]
    figs = "".join(
        f'<figure class="card"><a href="{i["url"]}"><img src="{i["img"]}" alt=""></a><figcaption>'
        f'<h3><a href="{i["url"]}">{esc(i["h"])}</a></h3><p>{esc(i["t"])}{i["tail"]}</p>'
        f'<footer class="card__by">{esc(i["author"])}</footer></figcaption></figure>'
        for i in it
    )
    body = (
        f'<header class="mast"><a href="/" class="mast__logo">THE KESTREL REVIEW</a></header>'
        f'<main class="wrap"><article class="piece"><p class="piece__kicker">Briefing</p>'
        f'<h1 class="piece__hed">{esc(b["title"])}</h1><p class="piece__by">By the news desk</p>'
        f'<div class="piece__body">{"".join(c["blocks"])}</div></article>'
        f'<section class="more"><h2 class="more__label">{esc(c["ch"][1])}</h2>'
        f'<div class="more__grid">{figs}</div></section></main><footer class="colophon">Kestrel Review</footer>'
    )
    return shell(c["lang"], b["title"], "The Kestrel Review", body)


def chakra(c: C) -> str:
    b, it, bl = c["b"], c["items"], c["blocks"]
    slides = "".join(
        f'<div role="group" aria-roledescription="slide" aria-label="{k + 1} / {len(it)}" class="css-1n5x3q0">'
        f'<a href="{i["url"]}" class="chakra-linkbox css-8atqhb"><p class="chakra-text css-1wvw2ir">'
        f'{i["cat"]}</p><h3 class="chakra-heading css-1dklj6k">{esc(i["h"])}</h3><p class="chakra-text '
        f'css-0">{esc(i["t"])}{i["tail"]}</p></a></div>'
        for k, i in enumerate(it)
    )
    carousel = (
        f'<section aria-roledescription="carousel" class="css-12ii5pz"><h2 class="chakra-heading '
        f'css-e3p4fo">{esc(c["ch"][3])}</h2><div class="css-k008qs">{slides}</div><button type="button" '
        f'class="chakra-button css-1a7o5ng" aria-label="Next">›</button></section>'
        if it
        else ""
    )
    body = (
        f'<div id="__next"><div class="css-1ydfj2b"><header class="css-1h5d2qb"><a href="/" class="chakra-link '
        f'css-spn4bz">LINDQVIST</a></header><main class="css-1oteowz"><article class="css-0"><h1 class='
        f'"chakra-heading css-18j379d">{esc(b["title"])}</h1><div class="css-1x6ly3v">{bl[0]}</div>'
        f'{carousel}<div class="css-1x6ly3v">{"".join(bl[1:])}</div></article></main>'
        f'<footer class="css-r7xd4a">© Lindqvist Media</footer></div></div>'
    )
    return shell(c["lang"], b["title"], "Lindqvist", body)


def wap(c: C) -> str:
    b, it = c["b"], c["items"]
    top = it[:3]
    for i in top:
        i["lines"] = [i["h"]]  # the top links before the article are headlines only
    tops = "".join(
        f'{k + 1}. <a href="{i["url"]}.wml">{esc(i["h"])}</a><br/>' for k, i in enumerate(top)
    )
    rest = "".join(
        f'<p><a href="{i["url"]}.wml">{esc(i["h"])}</a><br/>{esc(i["t"])}{i["tail"]}</p>'
        for i in it[3:]
    )
    paras = "".join(c["blocks"])
    body = (
        f'<div class="hd">BRASK mobil</div><p class="top">{tops}</p><hr/><h1>{esc(b["title"])}</h1>'
        f'<div class="art">{paras}</div><hr/><div class="more"><b>{esc(c["ch"][3])}</b>{rest}</div>'
        f'<hr/><p class="ft"><a href="/">Start</a> | <a href="#top">Top</a></p>'
    )
    doctype = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" '
        '"http://www.wapforum.org/DTD/xhtml-mobile10.dtd">'
    )
    return shell(c["lang"], b["title"], "BRASK mobil", body, "", doctype)


def sharepoint(c: C) -> str:
    b, it = c["b"], c["items"]
    rows = "".join(
        f'<tr class="ms-itmhover"><td class="ms-vb2"><a href="/Lists/News/DispForm.aspx?ID={i["rank"] * 7}" '
        f'onclick="return false;">{esc(i["h"])}</a><div class="ms-vb ms-news-summary">{esc(i["t"])}'
        f'{i["tail"]}</div></td><td class="ms-vb2" nowrap="nowrap">{i["date"]}</td></tr>'
        for i in it
    )
    body = (
        f'<form method="post" action="./news.aspx" id="aspnetForm"><div id="s4-workspace"><div id="s4-bodyContainer">'
        f'<div id="s4-titlerow"><span class="ms-core-pageTitle">Stadt Harbourline – Intranet</span></div>'
        f'<div id="contentBox"><div class="ms-webpart-zone ms-fullWidth"><h1 class="ms-rtestate-field">'
        f'{esc(b["title"])}</h1><div class="ms-rtestate-field">{"".join(c["blocks"])}</div></div>'
        f'<div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">'
        f'{esc(c["ch"][1])}</h2><table class="ms-listviewtable" cellpadding="1" cellspacing="0">{rows}</table>'
        f'</div></div></div></div></div><input type="hidden" name="__VIEWSTATE" value="/wEPDwULLTE2"></form>'
    )
    return shell(c["lang"], b["title"], "Stadt Harbourline", body)


LAYOUTS4: dict[str, tuple[Any, list[str]]] = {
    "tabs": (tabs, ["mid…"]),
    "plone": (plone, ["word [...]"]),
    "magazine": (magazine, ["full"]),
    "chakra": (chakra, ["mid…", "mid..."]),
    "wap": (wap, ["word..."]),
    "sharepoint": (sharepoint, ["more"]),
}
