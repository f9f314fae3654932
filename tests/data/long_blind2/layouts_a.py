"""Page templates, 1997-2008: frame content page, Movable Type, TYPO3 tt_news, vBulletin portal, eZ."""

from __future__ import annotations

import blocks as b
from pagekit import Page, esc


def framecontent1997(p: Page) -> str:
    a, ch = p.art, p.ch
    ins = {}
    s = p.spots(2)
    ((h, _),) = p.heads(1)
    ins[s[0]] = (
        f'<p><font size="2"><b>{p.c(str(ch["ra"]), "read_also")}</b> <a href="/archiv/">{p.c(h, "read_also")}</a></font>'
    )
    ins[s[1]] = (
        f'<p align="center"><font size="1">{p.c(str(ch["ad"]), "ad")}</font><br><img src="/banner/468x60.gif" width="468" height="60" alt=""></p>'
    )
    body = p.body(
        p="<p>{}\n",
        h='<p><font size="3"><b>{}</b></font>\n',
        ul="<ul>{}</ul>",
        li="<li>{}\n",
        inserts=ins,
    )
    rel = b.hl(p, 4, '&#149; <a href="/news/">{h}</a><br>\n', "bare")
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(a.title)}</title><base target="_top">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body bgcolor="#FFFFFF" text="#000000" link="#003399" vlink="#660066">
<a name="oben"></a><font face="Arial,Helvetica" size="1">[ <a href="/index.htm">{p.t("home")}</a> | <a href="/suche.htm">?</a> ]</font>
<hr noshade size="1">
<font face="Arial,Helvetica" size="5"><b>{esc(a.title)}</b></font><br>
<font face="Arial,Helvetica" size="2"><i>{p.n(a.byline)}</i> &nbsp; {p.n(a.date)}</font>
<p><img src="/bilder/aufmacher.jpg" width="300" height="200" alt="" align="right" hspace="8"><font size="1">{p.n(a.caption)} {p.c(str(ch["cr"]), "photo")}</font>
<font face="Times New Roman,Times" size="3">
{body}
</font>
<hr noshade size="1">
<font face="Arial,Helvetica" size="2"><b>{p.c(str(ch["rel"]), "related")}</b><br>
{rel}</font>
<p><font size="1">{p.c(str(ch["err"]), "errata")}</font>
<p><font size="1"><a href="#oben">^</a> &copy; 1997</font>
</body></html>"""


def movabletype2003(p: Page) -> str:
    a, ch = p.art, p.ch
    n = len(a.body) // 2
    ins = {n: '</div>\n<a name="more"></a>\n<div class="entry-more">'}
    body = p.body(inserts=ins, h="<h4>{}</h4>")
    recent = b.hl(p, 5, '<li><a href="/archives/">{h}</a></li>', "bare", kind="most_read")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(a.title)}</title>
<link rel="stylesheet" href="/styles-site.css" type="text/css" /></head>
<body><div id="container"><div id="banner"><h1><a href="/" accesskey="1">Weblog</a></h1>
<span class="description">{p.t("sec")}</span></div>
<div id="center"><div class="content">
<p align="right"><a href="/archives/prev.html">&laquo; prev</a> | <a href="/">Main</a> | <a href="/archives/next.html">next &raquo;</a></p>
<h2 class="date-header">{p.n(a.date)}</h2>
<h3 class="entry-header">{esc(a.title)}</h3>
<div class="entry-body">
{body}
</div>
<p class="entry-footer"><span class="post-footers">{p.n(a.byline)}</span> <span class="separator">|</span>
<a class="permalink" href="#">Permalink</a> <span class="separator">|</span> <a href="#comments">{p.c(str(ch["cm"]), "share")}</a> <span class="separator">|</span> <a href="#trackback">TrackBack (0)</a></p>
<h2 id="comments">{p.t("cm")}</h2>
<div class="comments-body">{b.comment(p, "comment-text")}</div>
<p class="comments-post">{p.c(str(ch["err"]), "errata")}</p>
</div></div>
<div id="right"><div class="sidetitle">{p.c(str(ch["mr"]), "most_read")}</div><div class="side"><ul>{recent}</ul></div>
<div class="sidetitle">Archives</div><div class="side"><a href="/archives/2003_11.html">November 2003</a><br /><a href="/archives/2003_10.html">October 2003</a></div>
<div class="side">{p.c(str(ch["nl"]), "promo")}</div>
<div class="powered">Powered by<br /><a href="http://www.movabletype.org">Movable Type 2.64</a></div></div>
</div></body></html>"""


def typo3_2006(p: Page) -> str:
    a, ch = p.art, p.ch
    s = p.spots(1)
    rb = b.hl(
        p,
        3,
        '<li><a href="/news/detail/">{h}</a><br /><span class="news-list-teaser">{d}</span></li>',
        "cut",
        kind="related",
        mark=" [...]",
    )
    ins = {
        s[
            0
        ]: f'<div class="news-single-rightbox"><h3>{p.c(str(ch["rel"]), "related")}</h3><ul>{rb}</ul></div>'
    }
    body = p.body(
        inserts=ins, h='<h3 class="csc-firstHeader">{}</h3>', p='<p class="bodytext">{}</p>'
    )
    more = b.hl(
        p,
        4,
        '<div class="news-list-item"><h3><a href="/news/">{h}</a></h3><p>{d}</p></div>',
        "full",
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{a.lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<!-- This website is powered by TYPO3 - inspiring people to share! -->
<title>{esc(a.title)}</title><meta name="generator" content="TYPO3 4.0 CMS" /></head>
<body><div id="page"><div id="header"><img src="/fileadmin/logo.gif" alt="" /></div>
<div id="rootline">{b.crumbs(p, " > ")}</div>
<div id="content"><div id="c112" class="csc-default"><div class="news-single-item">
<div class="news-single-timedata">{p.n(a.date)}</div>
<h1>{esc(a.title)}</h1>
<div class="news-single-author">{p.n(a.byline)}</div>
<div class="news-single-img"><img src="/uploads/pics/foto.jpg" alt="" /><p class="news-single-imgcaption">{p.n(a.caption)} {p.c(str(ch["cr"]), "photo")}</p></div>
{body}
<div class="news-single-backlink"><a href="/news/">&lt;- {p.c(str(ch["home"]) + " / " + str(ch["sec"]), "breadcrumb")}</a></div>
<p class="news-print"><a href="?type=98">{p.c(str(ch["pr"]), "toolbar")}</a></p>
</div></div>
<div id="c113" class="csc-default"><div class="csc-header"><h2>{p.c(str(ch["mr"]), "most_read")}</h2></div>
<div class="news-list-container">{more}</div></div></div>
<div id="footer"><p>{p.c(str(ch["aff"]), "affiliate")}</p>Impressum | Kontakt</div></div></body></html>"""


def vbportal2007(p: Page) -> str:
    a, ch = p.art, p.ch
    body = p.body(
        p="{}<br /><br />\n",
        h="<b>{}</b><br /><br />\n",
        ul="<ul>{}</ul>",
        q='<div class="quote"><i>{}</i></div><br />',
    )
    latest = b.hl(
        p,
        5,
        '<tr><td class="alt1"><a href="/forum/showthread.php">{h}</a></td><td class="alt2 smallfont">12</td></tr>',
        "bare",
        kind="most_read",
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="{"rtl" if a.lang in ("ar", "he") else "ltr"}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(a.title)} - Portal</title>
<script type="text/javascript" src="clientscript/vbulletin_global.js?v=367"></script></head><body>
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><tr><td class="alt1" width="100%"><div class="navbar">{b.crumbs(p, " > ")}</div></td></tr></table>
<table width="100%"><tr valign="top"><td width="180"><table class="tborder" cellpadding="6" cellspacing="1" width="100%">
<tr><td class="tcat"><span class="smallfont"><strong>{p.c(str(ch["mr"]), "most_read")}</strong></span></td></tr>{latest}</table>
<table class="tborder"><tr><td class="alt1 smallfont">{p.c(str(ch["app"]), "promo")}</td></tr></table></td>
<td><table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%">
<tr><td class="tcat"><span class="smallfont"><strong>{esc(a.title)}</strong></span></td></tr>
<tr><td class="alt2 smallfont">{p.n(a.byline)} - {p.n(a.date)}</td></tr>
<tr><td class="alt1"><div id="post_message_8812"><div align="center"><img src="/images/news.jpg" alt="" border="0" /><br /><span class="smallfont">{p.n(a.caption)}</span></div><br />
{body}</div></td></tr>
<tr><td class="alt2 smallfont"><a href="/forum/showthread.php?t=8812">{p.c(str(ch["cm"]), "share")}</a> | <a href="/printthread.php">{p.c(str(ch["pr"]), "toolbar")}</a> | {p.c(str(ch["sh"]), "share")}</td></tr></table>
<br /><table class="tborder" width="100%"><tr><td class="thead">{p.t("cm")}</td></tr><tr><td class="alt1">{b.comment(p, "vb_postbit")}</td></tr></table>
</td></tr></table>
<div class="smallfont" align="center">Powered by vBulletin&reg; Version 3.6.7<br />Copyright &copy;2000 - 2007, Jelsoft Enterprises Ltd.<br />{p.c(str(ch["ck"]), "cookie")}</div>
</body></html>"""


def ezpublish2008(p: Page) -> str:
    a, ch = p.art, p.ch
    s = p.spots(2)
    ((h, d),) = p.heads(1)
    ins = {
        s[
            0
        ]: f'<div class="object-right"><div class="class-article-line"><h2><a href="/content/view/">{p.c(h, "read_also")}</a></h2><div class="attribute-short">{p.c(d, "read_also")}</div></div></div>',
        s[
            1
        ]: f'<div class="object-center"><div class="class-banner"><span class="label">{p.c(str(ch["ad"]), "ad")}</span><img src="/var/banner.gif" alt="" /></div></div>',
    }
    body = p.body(inserts=ins, h="<h3>{}</h3>")
    rel = b.hl(
        p,
        4,
        '<div class="content-view-line"><div class="class-article-line"><h2><a href="/">{h}</a></h2><div class="attribute-short"><p>{d}</p></div></div></div>',
        "cut",
        mark="...",
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html lang="{a.lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(a.title)} / {p.t("sec")}</title></head><body>
<div id="page"><div id="topmenu-design"><ul class="menu-list"><li><a href="/">{p.t("home")}</a></li><li><a href="/">{p.t("sec")}</a></li></ul></div>
<div id="path"><p>{b.crumbs(p, " / ")}</p></div>
<div id="columns"><div id="maincolumn"><div class="content-view-full"><div class="class-article">
<div class="attribute-header"><h1>{esc(a.title)}</h1></div>
<div class="attribute-byline"><span class="author">{p.n(a.byline)}</span> <span class="date">{p.n(a.date)}</span></div>
<div class="attribute-image"><img src="/var/storage/images/article.jpg" alt="" /><div class="attribute-caption"><p>{p.n(a.caption)}</p><p class="credit">{p.c(str(ch["cr"]), "photo")}</p></div></div>
<div class="attribute-body">
{body}
</div>
<div class="attribute-tags">{p.c(str(ch["tg"]), "tags")}: {", ".join(p.c(str(t), "tags") for t in ch["tags"])}</div>
<div class="attribute-tipafriend"><a href="/content/tipafriend/">{p.c(str(ch["sh"]), "share")}</a></div>
</div></div>
<div class="content-related"><h2>{p.c(str(ch["rel"]), "related")}</h2>{rel}</div></div>
<div id="extrainfo"><div class="toolbar-item">{b.poll(p)}</div></div></div>
<div id="footer"><address>eZ Publish &copy; 2008</address></div></div></body></html>"""
