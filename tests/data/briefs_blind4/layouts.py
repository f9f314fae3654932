"""Page layouts invented for the blind4 corpus: many site generations and markups."""

import random
from dataclasses import dataclass, field
from html import escape as e


@dataclass
class Ctx:
    title: str
    lang: str
    paras: list[str]  # escaped paragraph texts
    struct: str  # structure html ('' if none)
    where: int  # structure goes after this many paragraphs
    items: list[dict]  # unrelated headline items (h, t, href, time, rank, img, by)
    rng: random.Random
    extra: dict = field(default_factory=dict)

    def body(self, style: str = "p", insert: str = "", at: int = -1) -> str:
        """The brief's blocks; `insert` (clutter html) goes after paragraph `at`."""
        out: list[str] = [self.struct] if self.where == 0 and self.struct else []
        for i, p in enumerate(self.paras):
            if style == "br":
                out.append(f"{p}<br><br>")
            elif style == "custom":
                out.append(f"<news-paragraph>{p}</news-paragraph>")
            elif style == "div":
                out.append(f'<div class="text-block" data-block="paragraph">{p}</div>')
            elif style == "hashed":
                out.append(f'<p class="sc-1q2w3e4-0 kXyZab">{p}</p>')
            else:
                out.append(f"<p>{p}</p>")
            if i + 1 == self.where and self.struct:
                out.append(self.struct)
            if i + 1 == at and insert:
                out.append(insert)
        if self.where > len(self.paras) and self.struct:
            out.append(self.struct)
        return "\n".join(out)


def page(c: Ctx, head: str, body: str, doctype: str = "<!DOCTYPE html>") -> str:
    return (
        f'{doctype}\n<html lang="{c.lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(c.title)} | Example News</title>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def each(c: Ctx, fmt, wrap: str = "{}") -> str:
    """Render all items with fmt(item); '' when there are none (control pages)."""
    if not c.items:
        return ""
    return wrap.format("\n".join(fmt(it) for it in c.items))


NAV = '<ul class="nav"><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li></ul>'
FOOT = '<div class="footer">© 2026 Example Media Group · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></div>'


def table1999(c: Ctx) -> str:
    side = each(
        c,
        lambda i: (
            f'<font size="2"><b><a href="{i["href"]}">{i["h"]}</a></b><br>{i["t"]}</font><br><br>'
        ),
        '<td width="180" valign="top" bgcolor="#eeeeee"><font face="Arial" size="2"><b>MORE NEWS</b></font><br>{}</td>',
    )
    body = (
        '<table width="760" border="0" cellpadding="4"><tr><td colspan="2"><img src="/logo.gif"></td></tr>\n'
        f'<tr><td valign="top"><font face="Verdana" size="3"><b>{e(c.title)}</b></font><br><br>\n'
        f'<font face="Verdana" size="2">{c.body("br")}</font></td>\n{side}</tr>\n'
        '<tr><td colspan="2"><font size="1">Copyright 2001</font></td></tr></table>'
    )
    return page(c, "", body, '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')


def font_below(c: Ctx) -> str:
    more = each(
        c,
        lambda i: (
            f'<tr><td><font size="2" color="#990000">{i["time"]}</font> <a href="{i["href"]}"><b>{i["h"]}</b></a><br><font size="2">{i["t"]}</font></td></tr>'
        ),
        '<table width="100%" cellspacing="0">{}</table>',
    )
    body = (
        '<center><table width="700"><tr><td>\n'
        f'<h2><font face="Times">{e(c.title)}</font></h2>\n{c.body("p")}\n<hr>\n{more}\n'
        "</td></tr></table></center>"
    )
    return page(c, "", body, '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">')


def phpbb_portal(c: Ctx) -> str:
    rows = each(
        c,
        lambda i: (
            f'<tr><td class="row1"><span class="topictitle"><a href="{i["href"]}">{i["h"]}</a></span><br><span class="gensmall">{i["t"]}</span></td><td class="row2"><span class="gensmall">{i["time"]}</span></td></tr>'
        ),
        '<table class="forumline" width="100%"><tr><th colspan="2">Latest news</th></tr>{}</table>',
    )
    body = (
        f'<table class="forumline"><tr><td class="row1"><span class="postbody"><b>{e(c.title)}</b><br><br>\n'
        f"{c.body('br')}</span></td></tr></table>\n<br>\n{rows}\n"
    )
    return page(c, '<link rel="stylesheet" href="subSilver.css">', body)


def blogger(c: Ctx) -> str:
    older = each(
        c,
        lambda i: (
            f'<div class="post"><h3 class="post-title"><a href="{i["href"]}">{i["h"]}</a></h3><div class="post-snippet">{i["t"]}</div></div>'
        ),
        '<div class="blog-posts hfeed">{}</div>',
    )
    body = (
        '<div id="outer-wrapper"><div id="main-wrapper"><div class="date-header">Tuesday, 2 December 2026</div>\n'
        f'<div class="post hentry"><h3 class="post-title entry-title">{e(c.title)}</h3>\n'
        f'<div class="post-body entry-content">{c.body("br")}</div>\n'
        '<div class="post-footer">Posted by Anna at 10:12 | 0 comments</div></div>\n'
        f"{older}</div></div>"
    )
    return page(c, "", body)


def movabletype(c: Ctx) -> str:
    recent = each(
        c,
        lambda i: f'<li><a href="{i["href"]}">{i["h"]}</a><br>{i["t"]}</li>',
        '<div class="module-recent-entries module"><h2 class="module-header">Recent Entries</h2><div class="module-content"><ul class="module-list">{}</ul></div></div>',
    )
    body = (
        '<div id="container"><div id="alpha"><div class="entry-asset asset hentry">\n'
        f'<h1 class="asset-name entry-title">{e(c.title)}</h1>\n'
        f'<div class="asset-content entry-content"><div class="asset-body">{c.body("p")}</div></div></div></div>\n'
        f'<div id="beta">{recent}</div></div>'
    )
    return page(c, "", body)


def wordpress(c: Ctx) -> str:
    rel = each(
        c,
        lambda i: (
            f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{i["href"]}">{i["h"]}</a></h4><p class="jp-relatedposts-post-excerpt">{i["t"]}</p><p class="jp-relatedposts-post-date">{i["time"]}</p></div>'
        ),
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items">{}</div></div>',
    )
    body = (
        '<div id="page" class="site"><main id="main" class="site-main"><article class="post type-post hentry">\n'
        f'<header class="entry-header"><h1 class="entry-title">{e(c.title)}</h1></header>\n'
        f'<div class="entry-content">{c.body("p")}\n{rel}</div></article></main></div>'
    )
    return page(c, "", body)


def joomla(c: Ctx) -> str:
    mod = each(
        c,
        lambda i: (
            f'<div class="newsflash-item"><h4 class="newsflash-title"><a href="{i["href"]}">{i["h"]}</a></h4><p>{i["t"]}</p><a class="readmore" href="{i["href"]}">Read more …</a></div>'
        ),
        '<div class="moduletable"><h3>Newsflash</h3><div class="newsflash">{}</div></div>',
    )
    body = (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
        f'<div class="page-header"><h2 itemprop="headline">{e(c.title)}</h2></div>\n'
        f'<div itemprop="articleBody">{c.body("p")}</div></div>\n{mod}'
    )
    return page(c, "", body)


def drupal7(c: Ctx) -> str:
    view = each(
        c,
        lambda i: (
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{i["href"]}">{i["h"]}</a></span></div><div class="views-field views-field-body"><div class="field-content">{i["t"]}</div></div></div>'
        ),
        '<div class="view view-latest-news"><div class="view-content">{}</div></div>',
    )
    body = (
        f'<div id="main"><h1 class="title" id="page-title">{e(c.title)}</h1>\n'
        '<div class="node node-article"><div class="content"><div class="field field-name-body field-type-text-with-summary">'
        f'<div class="field-items"><div class="field-item even" property="content:encoded">{c.body("p")}</div></div></div>\n'
        f'<div class="region region-content-bottom">{view}</div></div></div></div>'
    )
    return page(c, "", body)


def ghost(c: Ctx) -> str:
    nxt = each(
        c,
        lambda i: (
            f'<article class="gh-card post"><a class="gh-card-link" href="{i["href"]}"><div class="gh-card-wrapper"><h3 class="gh-card-title">{i["h"]}</h3><p class="gh-card-excerpt">{i["t"]}</p><footer class="gh-card-meta"><time>{i["time"]}</time></footer></div></a></article>'
        ),
        '<section class="gh-container gh-readmore"><h2 class="gh-container-title">Read next</h2><div class="gh-feed">{}</div></section>',
    )
    body = (
        f'<main class="gh-main"><article class="gh-article post"><header class="gh-article-header"><h1 class="gh-article-title">{e(c.title)}</h1></header>\n'
        f'<section class="gh-content gh-canvas">{c.body("p")}</section></article>\n{nxt}</main>'
    )
    return page(c, "", body)


def medium(c: Ctx) -> str:
    more = each(
        c,
        lambda i: (
            f'<div class="ab cd"><a href="{i["href"]}"><div class="kl"><h2 class="bf hj kx">{i["h"]}</h2></div><div class="kl mn"><h3 class="bf ly">{i["t"]}</h3></div></a><div class="ci">{i["by"]} · 4 min read</div></div>'
        ),
        '<div class="ra rb"><h2 class="bf pw">More from Example News</h2>{}</div>',
    )
    paras = "\n".join(f'<p class="pw-post-body-paragraph lk ll gv">{p}</p>' for p in c.paras)
    if c.struct:
        paras += "\n" + c.struct
    body = (
        f'<div id="root"><article><div class="l"><h1 class="pw-post-title gv gw">{e(c.title)}</h1>\n'
        f'<section><div class="gm gn">{paras}</div></section></div></article>\n{more}</div>'
    )
    return page(c, "", body)


def nextjs(c: Ctx) -> str:
    half = c.items[: len(c.items) // 2]
    rest = c.items[len(c.items) // 2 :]
    c1 = Ctx(c.title, c.lang, c.paras, "", 0, half, c.rng)
    c2 = Ctx(c.title, c.lang, c.paras, "", 0, rest, c.rng)
    inline = each(
        c1,
        lambda i: (
            f'<a class="css-3xfk2l" href="{i["href"]}"><h3 class="css-1ggk1yx">{i["h"]}</h3><p class="css-s4l0h1">{i["t"]}</p></a>'
        ),
        '<aside class="css-9k0rl3">{}</aside>',
    )
    box = each(
        c2,
        lambda i: (
            f'<li class="css-8atqhb"><a class="css-1ecbjvu" href="{i["href"]}"><span class="css-wq7xgm">{i["h"]}</span></a><p class="css-16e4ix">{i["t"]}</p></li>'
        ),
        '<div class="article-body css-y8ti5r"><ul class="css-1nmq8t5">{}</ul></div>',
    )
    body = (
        f'<div id="__next"><main class="css-1d3w5wq"><h1 class="css-qrwco2">{e(c.title)}</h1>\n'
        f'<div class="css-53u6y8">{c.body("hashed", inline, 1)}</div>\n{box}</main></div>\n'
        '<script id="__NEXT_DATA__" type="application/json">{"props":{}}</script>'
    )
    return page(c, "", body)


def nuxt(c: Ctx) -> str:
    lst = each(
        c,
        lambda i: (
            f'<div data-v-4a1c2e class="teaser"><span data-v-4a1c2e class="teaser__rank">{i["rank"]}</span><a data-v-4a1c2e href="{i["href"]}" class="teaser__title">{i["h"]}</a><div data-v-4a1c2e class="teaser__text">{i["t"]}</div></div>'
        ),
        '<section data-v-8b9f0d class="most-read"><h2 data-v-8b9f0d>Most read</h2>{}</section>',
    )
    body = (
        f'<div id="__nuxt"><div id="__layout"><div data-v-3f2a11 class="page">{lst}\n'
        f'<article data-v-3f2a11 class="story"><h1 data-v-3f2a11>{e(c.title)}</h1>\n'
        f'<div data-v-3f2a11 class="story__content">{c.body("p")}</div></article></div></div></div>'
    )
    return page(c, "", body)
