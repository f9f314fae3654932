"""Page layouts 1998-2012: tables, font tags, early CMS, classic WordPress, Drupal 6, Joomla."""

from __future__ import annotations

from collections.abc import Callable

from pagekit import Page, esc


def body(
    p: Page,
    inserts: dict[int, list[str]],
    person: str = "plain",
    wrap: str = "<p>{}</p>",
    sub: str = "<h2>{}</h2>",
) -> str:
    """The article's paragraphs and sub-headings with clutter inserted after given paragraphs."""
    out = []
    subs = p.subheads
    for i in range(len(p.paras)):
        if i in subs:
            out.append(sub.format(esc(subs[i])))
        out.append(wrap.format(p.para(i, person)))
        out.extend(inserts.get(i, []))
    return "\n".join(out)


def doc(p: Page, head: str, inner: str, lang_attr: bool = True) -> str:
    lang = str(p.art["lang"])
    attr = f' lang="{lang}"' + (' dir="rtl"' if lang == "ar" else "") if lang_attr else ""
    return f'<!DOCTYPE html>\n<html{attr}><head><meta charset="utf-8"><title>{esc(p.title)}</title>{head}</head>\n<body>\n{inner}\n</body></html>\n'


def table1998(p: Page) -> str:
    a, b = p.slots(2)
    inserts = {
        a: [
            f"<b>{p.c('read_also', p.s('read_also'))}</b> {p.link_item('read_also', p.heads(1)[0])}<br><br>"
        ]
    }
    inserts[b] = [f'<font size="1">{p.c("photo", p.s("photo"))}</font><br><br>']
    text = body(p, inserts, wrap="{}<br><br>", sub="<b>{}</b><br><br>")
    side = "".join(
        f'<font size="1"><a href="/n/{p.slug(h)}.html">{p.c("most_read", h)}</a></font><br>'
        for h in p.heads(5)
    )
    rel = "".join(f'<li><a href="/n/{p.slug(h)}.html">{p.c("related", h)}</a>' for h in p.heads(4))
    inner = (
        '<table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2" bgcolor="#003366">'
        '<img src="/gif/logo.gif" width="300" height="60" alt="Daily Courier Online"></td></tr>'
        '<tr><td width="150" valign="top" bgcolor="#eeeeee"><font face="Arial" size="2">'
        '<a href="/">Home</a><br><a href="/world/">World</a><br><a href="/local/">Local</a><br><br>'
        f"<b>{p.c('most_read', p.s('most_read'))}</b><br>{side}</font></td>"
        f'<td width="610" valign="top"><font face="Times New Roman" size="3">'
        f'<font size="5"><b>{esc(p.title)}</b></font><br>{p.byline()} - {p.date()}<br><br>'
        f"{text}<hr><b>{p.c('related', p.s('related'))}</b><ul>{rel}</ul>"
        f'<font size="1">{p.c("share", p.s("share"))} | <a href="/print">Print</a></font>'
        "</font></td></tr></table>"
    )
    return doc(p, "", inner, lang_attr=False)


def font2001(p: Page) -> str:
    a, b = p.slots(2)
    inserts = {
        a: [f'<p><font size="-1"><i>{p.c("promo", p.s("newsletter"))}</i></font></p>'],
        b: [f"<p>{p.read_also('span')}</p>"],
    }
    text = body(
        p, inserts, person="link", wrap='<p><font face="Verdana,Arial" size="2">{}</font></p>'
    )
    items = "".join(
        f'<font size="2">&#149; <a href="/s/{p.slug(h)}">{p.c("related", h)}</a></font><br>'
        for h in p.heads(6)
    )
    inner = (
        '<center><table width="780" cellpadding="4"><tr><td>'
        f'<font face="Georgia" size="5">{esc(p.title)}</font><br>'
        f'<font size="1">{p.byline()} | {p.date()}</font>'
        f'<table align="right" width="200" border="1"><tr><td>{p.figure()}</td></tr></table>'
        f"{text}"
        f'<p align="center"><font size="1">{p.c("share", p.s("share"))} | {p.c("share", p.s("comments"))}</font></p>'
        f'<hr noshade size="1"><font face="Arial" size="2"><b>{p.c("related", p.s("related"))}</b></font><br>{items}'
        f'<br><font size="1">{p.c("cookie", p.s("cookie"))}</font>'
        "</td></tr></table></center>"
    )
    return doc(p, '<meta name="generator" content="FrontPage 4.0">', inner)


def phpnuke2004(p: Page) -> str:
    a, b = p.slots(2)
    inserts = {a: [p.ad()], b: [p.read_also("p", "seealso")]}
    text = body(p, inserts, wrap='<p class="storytext">{}</p>', sub="<p><b>{}</b></p>")
    inner = (
        '<div id="header"><h1 class="sitename">Regional News Portal</h1></div>'
        '<div id="left">' + p.most_read(5, "block") + "</div>"
        '<div id="content"><div class="story">'
        f'<h2 class="storytitle">{esc(p.title)}</h2><div class="storyinfo">Posted by {p.byline()} on {p.date()}</div>'
        f'<div class="storybody">{text}</div>'
        f'<div class="storylinks"><a href="/comments">{p.c("share", p.s("comments"))}</a> | '
        f'<a href="/print">Printer friendly page</a> | {p.c("share", p.s("share"))}</div>'
        f'<div class="related-stories"><b>{p.c("related", p.s("related"))}</b>{p.ul_heads("related", 5)}</div>'
        "</div></div>"
        f'<div id="footer">{p.cookie()}</div>'
    )
    return doc(p, '<link rel="stylesheet" href="/themes/Kaput/style.css">', inner)


def wp2009(p: Page) -> str:
    a, b = p.slots(2)
    inserts = {a: [p.read_also()], b: [p.hidden("display")]}
    text = body(p, inserts, person="link")
    yarpp = p.related_block(5, "div", "yarpp-related")
    inner = (
        '<div id="wrapper"><div id="header"><h1><a href="/">The Evening Ledger</a></h1></div>'
        '<div id="content"><div class="post hentry">'
        f'<h2 class="entry-title">{esc(p.title)}</h2>'
        f'<div class="postmeta">{p.byline()} &middot; {p.date()} &middot; <a href="#comments">{p.c("share", p.s("comments"))}</a></div>'
        f'<div class="entry">{p.figure()}{text}'
        f'<div class="sharedaddy"><h3 class="sd-title">{p.c("share", p.s("share"))}</h3></div>'
        f"{yarpp}</div>"
        f'<p class="postmetadata">{p.tags(p.body_text())}</p>'
        f"{p.bio()}</div></div>"
        '<div id="sidebar">' + p.most_read(5, "widget") + "</div></div>"
    )
    return doc(p, '<meta name="generator" content="WordPress 2.8.4">', inner)


def drupal6(p: Page) -> str:
    a, b = p.slots(2)
    inserts = {a: [p.promo("channel", "div", "field-promo")], b: [p.ad()]}
    text = body(p, inserts, wrap="<p>{}</p>", sub="<h3>{}</h3>")
    inner = (
        '<div id="page"><div id="header"><div id="site-name">Metro Tribune</div></div>'
        '<div id="main"><div id="content-area">'
        f'<div class="node node-type-story"><h1 class="title">{esc(p.title)}</h1>'
        f'<div class="meta"><span class="submitted">{p.byline()} — {p.date()}</span>'
        f'<div class="terms">{p.tags(p.body_text())}</div></div>'
        f'<div class="content"><div class="field field-type-filefield">{p.figure()}</div>'
        f'<div class="field field-type-text field-field-body"><div class="field-items"><div class="field-item odd">{text}</div></div></div>'
        f'<div class="field field-field-related"><div class="field-label">{p.c("related", p.s("related"))}:</div>'
        f'<div class="field-items">'
        + "".join(f'<div class="field-item">{p.link_item("related", h)}</div>' for h in p.heads(5))
        + "</div></div>"
        f'</div><ul class="links inline"><li class="comment_add"><a href="#comment-form">{p.c("share", p.s("comments"))}</a></li></ul></div>'
        '</div><div id="sidebar-right">' + p.most_read(5, "block block-views") + "</div></div>"
        f'<div id="footer">{p.cookie()}</div></div>'
    )
    return doc(p, '<meta name="Generator" content="Drupal 6 (http://drupal.org)">', inner)


def joomla2012(p: Page) -> str:
    a, b, c = p.slots(3)
    inserts = {a: [p.read_also()], b: [p.promo("app")], c: [p.read_also()]}
    text = body(p, inserts, wrap="<p>{}</p>", sub="<h3>{}</h3>")
    inner = (
        '<div id="all"><div id="header"><h1 id="logo">Kurier Online</h1></div>'
        '<div id="main"><div class="item-page">'
        f'<h2><a href="#">{esc(p.title)}</a></h2>'
        f'<dl class="article-info"><dd class="createdby">{p.byline()}</dd><dd class="published">{p.date()}</dd>'
        f'<dd class="hits">{p.c("share", p.s("comments"))}</dd></dl>'
        f'<div class="img-intro-left">{p.figure()}</div>{text}'
        f'<ul class="pagenav"><li class="pagenav-prev"><a href="#">&lt; {p.c("related", p.heads(1)[0])}</a></li>'
        f'<li class="pagenav-next"><a href="#">{p.c("related", p.heads(1)[0])} &gt;</a></li></ul>'
        "</div></div>"
        '<div id="right"><div class="moduletable">' + p.most_read(6, "mostread") + "</div>"
        f'<div class="moduletable"><h3>{p.c("related", p.s("related"))}</h3>{p.ul_heads("related", 4, "relateditems")}</div></div>'
        f'<div id="footer">{p.promo("newsletter", "div", "acymailing")}</div></div>'
    )
    return doc(
        p, '<meta name="generator" content="Joomla! - Open Source Content Management">', inner
    )


def seedstyle2016(p: Page) -> str:
    """Plain paragraphs in one content div, then headline + teaser paragraphs (like the seed case)."""
    a, b = p.slots(2)
    inserts = {a: [p.promo("newsletter", "p", "")], b: [f"<p>{p.c('photo', p.s('photo'))}</p>"]}
    text = body(p, inserts, wrap="<p>{}</p>", sub="<p><strong>{}</strong></p>")
    teasers = []
    blurbs = [str(b) for b in p.pack["blurbs"]]  # type: ignore[attr-defined]
    for n, h in enumerate(p.heads(6)):
        teasers.append(f"<p>{p.c('related', h)}</p>")
        if n < len(blurbs):
            cut = blurbs[n][: max(12, len(blurbs[n]) * 3 // 4)]
            teasers.append(f"<p>{p.c('slideshow', cut)}</p>")
    inner = (
        '<div class="top-bar"><a href="/">Home</a> <a href="/world">World</a></div>'
        f'<div class="content"><h1>{esc(p.title)}</h1><p>Post by : {p.byline()}</p>'
        f"{text}{''.join(teasers)}</div>"
        f'<div class="footer">{p.cookie()}</div>'
    )
    return doc(p, "", inner)


def mobile2013(p: Page) -> str:
    a, b = p.slots(2)
    inserts = {a: [p.promo("app", "div", "app-banner")], b: [p.hidden("attr")]}
    text = body(p, inserts, wrap="<p>{}</p>", sub="<h3>{}</h3>")
    lv = "".join(
        f'<li><a href="/m/{p.slug(h)}"><img src="/t.jpg" alt=""><h3>{p.c("related", h)}</h3><p class="ui-li-aside">{p.n("12:40")}</p></a></li>'
        for h in p.heads(6)
    )
    inner = (
        f'<div data-role="page"><div data-role="header"><h1>m.news</h1></div>'
        f'<div data-role="content"><h2>{esc(p.title)}</h2><p class="meta">{p.byline()} {p.date()}</p>'
        f"{p.figure()}{text}"
        f'<a data-role="button" href="#comments">{p.c("share", p.s("comments"))}</a>'
        f'<ul data-role="listview" data-inset="true"><li data-role="list-divider">{p.c("related", p.s("related"))}</li>{lv}</ul>'
        "</div>"
        f'<div data-role="footer">{p.cookie()}</div></div>'
    )
    return doc(
        p,
        '<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/jquery.mobile-1.3.2.min.css">',
        inner,
    )


LAYOUTS_A: dict[str, tuple[int, Callable[[Page], str]]] = {
    "table1998": (1998, table1998),
    "font2001": (2001, font2001),
    "phpnuke2004": (2004, phpnuke2004),
    "wp2009": (2009, wp2009),
    "drupal6": (2011, drupal6),
    "joomla2012": (2012, joomla2012),
    "mobile2013": (2013, mobile2013),
    "seedstyle2016": (2016, seedstyle2016),
}
