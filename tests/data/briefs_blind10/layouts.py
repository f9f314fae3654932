"""The 26 page layouts of briefs_blind10 (invented for this corpus) and their HTML helpers.

Each layout is a function of a page context P (see make_pages.py) returning the page HTML.
P.items is empty on control pages; the layout's chrome (headings, share bars, footers) stays.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from heads import RTL  # type: ignore[import-not-found]


def e(s: str) -> str:
    return html.escape(s, quote=True)


def tz(it: dict[str, Any]) -> str:
    """The teaser as shown: text plus its cut mark (empty for headline-only items)."""
    return e(it["shown"]) + e(it["mark"])


def blocks(
    P: Any,
    p: str = "<p>{}</p>",
    h: str = "<h2>{}</h2>",
    ul: str = "<ul>{}</ul>",
    li: str = "<li>{}</li>",
    q: str = "<blockquote><p>“{}”</p><cite>— {}</cite></blockquote>",
) -> list[str]:
    """Render the brief's blocks, one HTML string per block."""
    out = []
    for b in P.blocks:
        if isinstance(b, str):
            out.append(p.format(e(b)))
        elif b[0] == "h":
            out.append(h.format(e(b[1])))
        elif b[0] == "list":
            tag = "ol" if P.rng.random() < 0.3 else "ul"
            items = "".join(li.format(e(x)) for x in b[2])
            out.append(p.format(e(b[1])) + ul.replace("ul>", tag + ">").format(items))
        else:
            out.append(q.format(e(b[1]), e(b[2])))
    return out


def shell(P: Any, body: str, head: str = "", bodyattr: str = "") -> str:
    d = ' dir="rtl"' if P.lang in RTL else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{P.lang}"{d}>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(P.title)} | {e(P.site)}</title>\n"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta property="og:title" content="{e(P.title)}">\n{head}'
        f"<style>body{{margin:0;font-family:sans-serif}}.hide{{display:none}}</style>\n"
        f'<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"page":"article"}});</script>\n'
        f"</head>\n<body{bodyattr}>\n{body}\n</body>\n</html>\n"
    )


def share(P: Any, cls: str = "share") -> str:
    s = e(P.ch[5])
    return (
        f'<div class="{cls}"><span>{s}</span> <a href="#fb">Facebook</a> <a href="#x">X</a>'
        f' <a href="#wa">WhatsApp</a> <a href="#mail">E-mail</a></div>'
    )


def promo(P: Any) -> str:
    return f'<p class="promo"><a href="/newsletter">{e(P.ch[6])}</a></p>'


def foot(P: Any) -> str:
    return (
        f'<footer><p>© 2026 {e(P.site)}</p><a href="/impressum">Impressum</a> '
        f'<a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>'
    )


def h1(P: Any, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<h1{c}>{e(P.title)}</h1>"


# 1 ----------------------------------------------------------------------------------------
def wpclassic(P: Any) -> str:
    """WordPress classic theme: entry-content, Jetpack related posts, Recent Posts widget."""
    b = "\n".join(blocks(P))
    rel, rec = P.items[:3], P.items[3:]
    relh = "".join(
        f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">'
        f'<a href="/{i}">{e(it["head"])}</a></h4><p class="jp-relatedposts-post-excerpt">{tz(it)}</p>'
        f'<p class="jp-relatedposts-post-date">{it["date"]}</p></div>'
        for i, it in enumerate(rel)
    )
    rech = "".join(
        f'<li><a href="/r{i}">{e(it["head"])}</a> <span class="post-date">{it["date"]}</span>'
        + (f"<div class='rssSummary'>{tz(it)}</div>" if it["shown"] else "")
        + "</li>"
        for i, it in enumerate(rec)
    )
    return shell(
        P,
        f'<div id="wrapper" class="hfeed"><div id="header"><div id="site-title">{e(P.site)}</div></div>'
        f'<div id="main"><div id="container"><div id="content" role="main">'
        f'<div id="post-1841" class="post-1841 post type-post status-publish hentry">'
        f'{h1(P, "entry-title")}<div class="entry-meta">Posted on {P.date}</div>'
        f'<div class="entry-content">{b}{share(P, "sharedaddy sd-sharing-enabled")}'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
        f"<em>{e(P.ch[0])}</em></h3><div class='jp-relatedposts-items'>{relh}</div></div></div>"
        f'<div class="entry-utility">Bookmark the permalink.</div></div></div></div>'
        f'<div id="primary" class="widget-area"><ul class="xoxo"><li class="widget-container widget_recent_entries">'
        f'<h3 class="widget-title">{e(P.ch[1])}</h3><ul>{rech}</ul></li></ul></div></div>'
        f"{foot(P)}</div>",
    )


# 2 ----------------------------------------------------------------------------------------
def wpblock(P: Any) -> str:
    """WordPress block theme: wp-block-post-content, a Query Loop of posts with full excerpts."""
    b = "\n".join(blocks(P, h='<h2 class="wp-block-heading">{}</h2>'))
    posts = "".join(
        f'<li class="wp-block-post post-{900 + i} post type-post"><h3 class="wp-block-post-title">'
        f'<a href="/p/{900 + i}">{e(it["head"])}</a></h3><div class="wp-block-post-excerpt">'
        f'<p class="wp-block-post-excerpt__excerpt">{tz(it)}</p></div>'
        f'<div class="wp-block-post-date"><time>{it["date"]}</time></div></li>'
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title">'
        f'{e(P.site)}</p></header><main class="wp-block-group"><div class="wp-block-group alignwide">'
        f'<h1 class="wp-block-post-title">{e(P.title)}</h1><div class="wp-block-post-date">'
        f"<time>{P.date}</time></div>"
        f'<div class="entry-content wp-block-post-content is-layout-constrained">{b}</div>'
        f"{share(P, 'wp-block-social-links')}</div>"
        f'<div class="wp-block-group"><h2 class="wp-block-heading">{e(P.ch[0])}</h2>'
        f'<div class="wp-block-query"><ul class="wp-block-post-template">{posts}</ul></div></div></main>'
        f'<footer class="wp-block-template-part">{foot(P)}</footer></div>',
    )


# 3 ----------------------------------------------------------------------------------------
def nextcss(P: Any) -> str:
    """Next.js with CSS-module classes: ArticleBody_*, a numbered MostRead_* list after it."""
    b = "\n".join(
        blocks(
            P,
            p='<p class="ArticleBody_paragraph__3nF1a">{}</p>',
            h='<h2 class="ArticleBody_subhead__Qw81z">{}</h2>',
            q='<blockquote class="Quote_root__pL2xd"><p>“{}”</p><cite>— {}</cite></blockquote>',
        )
    )
    mr = "".join(
        f'<li class="MostRead_item__k2Wd0"><span class="MostRead_rank__Zt5yc">{i + 1}</span>'
        f'<a class="MostRead_link__1bV0q" href="/n/{i}"><span class="MostRead_title__a8Hh2">{e(it["head"])}</span>'
        + (f'<span class="MostRead_dek__Ry0xu">{tz(it)}</span>' if it["shown"] else "")
        + "</a></li>"
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<div id="__next"><header class="Header_root__9xQ2b"><a class="Header_logo__7hT1c" href="/">{e(P.site)}</a>'
        f'</header><main class="Layout_main__Jk3sA"><article class="Article_root__U2x0r">'
        f'{h1(P, "Article_headline__Nn4Gd")}<div class="Byline_root__3mZp1">{P.date}</div>'
        f'<div class="ArticleBody_body__x7Kq2">{b}</div>{share(P, "ShareBar_root__Vb2k0")}</article>'
        f'<section class="MostRead_root__5oPqe"><h2 class="MostRead_heading__Lm3xq">{e(P.ch[2])}</h2>'
        f'<ol class="MostRead_list__9Hq1z">{mr}</ol></section></main>'
        f'<div class="Footer_root__2Hs1d">{foot(P)}</div></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{}}}}}}</script>',
    )


# 4 ----------------------------------------------------------------------------------------
def emotion(P: Any) -> str:
    """Gatsby + emotion css-hash classes; image cards whose figcaption carries the dek."""
    b = "\n".join(
        blocks(
            P,
            p='<p class="css-1qm1lh e1ipmjz0">{}</p>',
            h='<h2 class="css-9xq7b1 e1ipmjz1">{}</h2>',
        )
    )
    cards = "".join(
        f'<a class="css-t1ks2o e3ab5c0" href="/story/{i}"><figure class="css-0 e3ab5c1">'
        f'<img class="css-1f0kd3 e3ab5c2" src="/img/{i}.jpg" alt="{e(it["head"])}">'
        + (f'<figcaption class="css-p8z1k4 e3ab5c3">{tz(it)}</figcaption>' if it["shown"] else "")
        + f'</figure><span class="css-y8h2qa e3ab5c4">{e(it["head"])}</span></a>'
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<div id="___gatsby"><div id="gatsby-focus-wrapper" tabindex="-1"><div class="css-1wl9m2 e1a0">'
        f'<nav class="css-5kq0z e1a1"><a href="/">{e(P.site)}</a></nav><main class="css-8r4bqv e1a2">'
        f'<article class="css-11ku3n e1a3"><h1 class="css-2mfv0k e1a4">{e(P.title)}</h1>'
        f'<div class="css-17hmr0 e1a5"><time>{P.date}</time></div><div class="css-hzn1g4 e1a6">{b}</div>'
        f'</article><div class="css-4zleql e1a7">{share(P, "css-share e1a8")}</div>'
        f'<section class="css-1m6ax3 e1a9"><h2 class="css-ocmwbe e1b0">{e(P.ch[0])}</h2>'
        f'<div class="css-kc8t4d e1b1">{cards}</div></section></main>{foot(P)}</div></div></div>',
    )


# 5 ----------------------------------------------------------------------------------------
def tailwind(P: Any) -> str:
    """Tailwind utility classes; a card column beside the story (line-clamped deks)."""
    b = "\n".join(
        blocks(
            P,
            p='<p class="mb-4 text-lg leading-relaxed text-gray-800">{}</p>',
            h='<h2 class="mt-8 mb-2 text-2xl font-bold">{}</h2>',
            ul='<ul class="list-disc pl-6 mb-4">{}</ul>',
            q='<blockquote class="border-l-4 pl-4 italic my-6"><p>“{}”</p><cite class="not-italic text-sm">— {}</cite></blockquote>',
        )
    )
    cards = "".join(
        f'<div class="flex gap-3 py-3 border-b"><img class="w-24 h-16 object-cover rounded" src="/t/{i}.webp" '
        f'alt="{e(it["head"])}"><div class="flex-1"><h3 class="text-sm font-semibold leading-snug">'
        f'<a class="hover:underline" href="/a/{i}">{e(it["head"])}</a></h3>'
        + (
            f'<p class="mt-1 text-xs text-gray-500 line-clamp-2">{tz(it)}</p>'
            if it["shown"]
            else ""
        )
        + "</div></div>"
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<div class="min-h-screen bg-white"><header class="sticky top-0 border-b px-4 py-2 font-black">{e(P.site)}</header>'
        f'<div class="mx-auto max-w-6xl grid grid-cols-1 lg:grid-cols-3 gap-8 px-4">'
        f'<article class="lg:col-span-2"><h1 class="text-4xl font-extrabold tracking-tight">{e(P.title)}</h1>'
        f'<p class="text-sm text-gray-500 my-2">{P.date}</p><div class="prose max-w-none">{b}</div>'
        f'{share(P, "flex gap-2 my-6")}</article><aside class="lg:col-span-1">'
        f'<h2 class="text-xs uppercase tracking-widest text-gray-400">{e(P.ch[1])}</h2>{cards}</aside></div>'
        f'<div class="border-t mt-12 p-4 text-sm">{foot(P)}</div></div>',
    )


# 6 ----------------------------------------------------------------------------------------
def bootstrap3(P: Any) -> str:
    """Bootstrap 3 grid: the media-object side column comes first in source (col-md-pull)."""
    b = "\n".join(blocks(P, h="<h3>{}</h3>"))
    media = "".join(
        f'<div class="media"><div class="media-left"><a href="/n{i}"><img class="media-object" '
        f'src="/th/{i}.jpg" alt="{e(it["head"])}" width="64"></a></div><div class="media-body">'
        f'<h4 class="media-heading"><a href="/n{i}">{e(it["head"])}</a></h4>'
        + (f"<p>{tz(it)}</p>" if it["shown"] else "")
        + f'<small class="text-muted">{it["time"]}</small></div></div>'
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<nav class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/">{e(P.site)}</a>'
        f'</div></nav><div class="container"><div class="row">'
        f'<div class="col-md-4 col-md-pull-8 sidebar"><div class="panel panel-default"><div class="panel-heading">'
        f'{e(P.ch[1])}</div><div class="panel-body">{media}</div></div></div>'
        f'<div class="col-md-8 col-md-push-4"><ol class="breadcrumb"><li><a href="/">Home</a></li>'
        f'<li class="active">News</li></ol><div class="page-header">{h1(P)}</div>'
        f'<p class="lead-date text-muted">{P.date}</p><div class="article-text">{b}</div>{share(P, "btn-group")}'
        f"</div></div></div>{foot(P)}",
    )


# 7 ----------------------------------------------------------------------------------------
def table1999(P: Any) -> str:
    """Late-1990s table layout with font tags; other stories in the same cell after an <hr>."""
    b = "\n".join(
        blocks(
            P,
            p='<p><font face="Arial" size="2">{}</font></p>',
            h='<p><font face="Arial" size="3"><b>{}</b></font></p>',
            q='<p><font face="Arial" size="2"><i>“{}”</i> — {}</font></p>',
        )
    )
    more = "".join(
        f'<p><font face="Arial" size="2"><a href="story{i}.htm"><b>{e(it["head"])}</b></a><br>{tz(it)}</font></p>'
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2" bgcolor="#003366">'
        f'<font color="#ffffff" size="5" face="Arial"><b>{e(P.site)}</b></font></td></tr><tr>'
        f'<td width="140" valign="top" bgcolor="#eeeeee"><font size="1" face="Arial"><a href="/">Home</a><br>'
        f'<a href="/news">News</a><br><a href="/sport">Sport</a><br><a href="/archive">Archive</a></font></td>'
        f'<td width="620" valign="top"><font face="Arial" size="4"><b>{e(P.title)}</b></font><br>'
        f'<font size="1" face="Arial">{P.date}</font>{b}<hr size="1" noshade>{more}'
        f'<p><font size="1" face="Arial"><a href="mailto:news@example.org">{e(P.ch[5])}</a></font></p></td></tr>'
        f'<tr><td colspan="2" align="center"><font size="1">© 1999-2026 {e(P.site)}</font></td></tr></table>',
        bodyattr=' bgcolor="#ffffff" text="#000000" link="#003399"',
    )


# 8 ----------------------------------------------------------------------------------------
def phpnuke(P: Any) -> str:
    """PHP-Nuke: storytitle/content tables, related block of plain <p><a> link paragraphs."""
    b = "\n".join(blocks(P, p="<p>{}</p>", h="<p><b>{}</b></p>"))
    links = "".join(
        f'<p><a href="modules.php?name=News&amp;file=article&amp;sid={300 + i}">{e(it["head"])}'
        + (f". {tz(it)}" if it["shown"] else "")
        + "</a></p>"
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<table class="bodyline" width="100%"><tr><td class="storytitle">{e(P.title)}</td></tr>'
        f'<tr><td class="storycontent"><font class="tiny">Posted on {P.date} by admin</font>'
        f'<div class="content">{b}</div></td></tr><tr><td class="boxtitle">{e(P.ch[0])}</td></tr>'
        f'<tr><td class="boxcontent">{links}</td></tr><tr><td><a href="print.php">Printer Friendly Page</a>'
        f' | <a href="friend.php">Send to a Friend</a></td></tr></table>{foot(P)}',
    )


# 9 ----------------------------------------------------------------------------------------
def ezpublish(P: Any) -> str:
    """eZ Publish: content-view-full with attribute-body; content-view-line children after it."""
    b = "\n".join(blocks(P, h="<h3>{}</h3>"))
    lines = "".join(
        f'<div class="content-view-line"><div class="class-article"><h2><a href="/content/view/full/{77 + i}">'
        f'{e(it["head"])}</a></h2><div class="attribute-short"><p>{tz(it)}</p></div>'
        f'<div class="attribute-byline"><span class="date">{it["date"]}</span></div></div></div>'
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<div id="page"><div id="header-position"><div id="logo">{e(P.site)}</div></div>'
        f'<div id="columns"><div id="main-position"><div id="main"><div class="content-view-full">'
        f'<div class="class-article"><div class="attribute-header"><h1>{e(P.title)}</h1></div>'
        f'<div class="attribute-byline"><span class="date">{P.date}</span></div>'
        f'<div class="attribute-body">{b}</div>{share(P, "attribute-tipafriend")}</div></div>'
        f'<div class="content-view-children"><h2 class="children-title">{e(P.ch[1])}</h2>{lines}</div>'
        f"</div></div></div>{foot(P)}</div>",
    )


# 10 ---------------------------------------------------------------------------------------
def aem(P: Any) -> str:
    """Adobe Experience Manager core components: cmp-text body, cmp-list of cmp-teaser items."""
    parts = blocks(P, p="<p>{}</p>", h="<h2>{}</h2>")
    b = "".join(
        f'<div class="text aem-GridColumn"><div class="cmp-text">{x}</div></div>' for x in parts
    )
    teasers = "".join(
        f'<li class="cmp-list__item"><div class="cmp-teaser"><div class="cmp-teaser__content">'
        f'<h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="/content/site/en/{i}.html">'
        f'{e(it["head"])}</a></h3><div class="cmp-teaser__description"><p>{tz(it)}</p></div>'
        f"</div></div></li>"
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<div class="root container responsivegrid"><div class="cmp-container"><div class="aem-Grid aem-Grid--12">'
        f'<div class="experiencefragment"><header class="cmp-header">{e(P.site)}</header></div>'
        f'<div class="title aem-GridColumn"><div class="cmp-title"><h1 class="cmp-title__text">{e(P.title)}</h1></div></div>'
        f'<div class="text aem-GridColumn"><div class="cmp-text"><p class="date">{P.date}</p></div></div>{b}'
        f'<div class="sharing aem-GridColumn">{share(P, "cmp-sharing")}</div>'
        f'<div class="title aem-GridColumn"><div class="cmp-title"><h2 class="cmp-title__text">{e(P.ch[0])}</h2></div></div>'
        f'<div class="list aem-GridColumn"><ul class="cmp-list">{teasers}</ul></div>'
        f'<div class="experiencefragment">{foot(P)}</div></div></div></div>',
    )


# 11 ---------------------------------------------------------------------------------------
def sitecore(P: Any) -> str:
    """Sitecore rich-text field where editors pasted other stories below the brief, no classes."""
    b = "\n".join(blocks(P, h="<h2>{}</h2>"))
    more = "".join(
        f'<h3><a href="/news/{i}">{e(it["head"])}</a></h3>'
        + (f"<p>{tz(it)}</p>" if it["shown"] else "")
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<form method="post" action="/news/item" id="mainform"><div class="aspNetHidden">'
        f'<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1"></div><div id="wrapper">'
        f'<div id="header_0_pnlHeader" class="header">{e(P.site)}</div><div id="main_0_pnlMain" class="main">'
        f'<div class="news-detail">{h1(P)}<span id="main_0_lblDate" class="date">{P.date}</span>'
        f'<div class="rich-text">{b}{more}</div>{share(P, "addthis_toolbox")}</div></div>'
        f'<div id="footer_0_pnlFooter">{foot(P)}</div></div></form>',
    )


# 12 ---------------------------------------------------------------------------------------
def escenic(P: Any) -> str:
    """Escenic: article-body of ece-text blocks, teaser list with kicker (section), time, lead."""
    b = "\n".join(blocks(P, p='<p class="ece-text">{}</p>', h='<h2 class="ece-intertitle">{}</h2>'))
    teasers = "".join(
        f'<article class="teaser teaser--small"><a href="/article/{5000 + i}.ece">'
        f'<span class="teaser__kicker">{e(it["sec"])}</span> <time class="teaser__time">{it["time"]}</time>'
        f'<h3 class="teaser__title">{e(it["head"])}</h3>'
        + (f'<p class="teaser__lead">{tz(it)}</p>' if it["shown"] else "")
        + "</a></article>"
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<div class="page"><header class="masthead">{e(P.site)}</header><main class="article-page">'
        f'<div class="article-header"><h1 class="headline">{e(P.title)}</h1><div class="dateline">{P.date}</div></div>'
        f'<div class="article-body">{b}</div>{share(P, "article-tools")}{promo(P)}'
        f'<section class="teaser-list"><h2 class="teaser-list__title">{e(P.ch[1])}</h2>{teasers}</section>'
        f"</main>{foot(P)}</div>",
    )


# 13 ---------------------------------------------------------------------------------------
def brightspot(P: Any) -> str:
    """Brightspot: RichTextArticleBody; PromoList of PromoB (category, title, timestamp, dek)."""
    b = "\n".join(blocks(P, h='<h2 class="rte-h2">{}</h2>'))
    promos = "".join(
        f'<li class="PromoList-items-item"><div class="PromoB"><div class="PromoB-category">'
        f'<a href="/{it["sec"].lower()}">{e(it["sec"])}</a></div><div class="PromoB-title">'
        f'<a class="Link" href="/story/{i}">{e(it["head"])}</a></div>'
        + (f'<div class="PromoB-description">{tz(it)}</div>' if it["shown"] else "")
        + f'<div class="PromoB-timestamp" data-timestamp="1764{i}">{it["time"]}</div></div></li>'
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<bsp-header class="Page-header">{e(P.site)}</bsp-header><main class="Page-main"><div class="Page-content">'
        f'<div class="ArticlePage-headline"><h1 class="Page-headline">{e(P.title)}</h1></div>'
        f'<div class="ArticlePage-datePublished">{P.date}</div>'
        f'<div class="RichTextArticleBody RichTextBody">{b}</div>{share(P, "ActionBar")}</div>'
        f'<aside class="Page-below"><div class="PromoList"><div class="PromoList-title">{e(P.ch[1])}</div>'
        f'<ul class="PromoList-items">{promos}</ul></div></aside></main>{foot(P)}',
    )


# 14 ---------------------------------------------------------------------------------------
def hugo(P: Any) -> str:
    """Hugo theme: post-content, then a 'recent' list of h2 titles with summaries and read-more."""
    b = "\n".join(blocks(P, h='<h2 id="s">{}</h2>'))
    posts = "".join(
        f'<article class="post-entry"><header class="entry-header"><h2>{e(it["head"])}</h2></header>'
        + (f'<div class="entry-content"><p>{tz(it)}</p></div>' if it["shown"] else "")
        + f'<footer class="entry-footer"><span>{it["date"]}</span></footer>'
        f'<a class="entry-link" aria-label="post link" href="/posts/{i}/"></a></article>'
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<header class="header"><nav class="nav"><a href="/" class="logo">{e(P.site)}</a></nav></header>'
        f'<main class="main"><article class="post-single"><header class="post-header">'
        f'<h1 class="post-title">{e(P.title)}</h1><div class="post-meta">{P.date}</div></header>'
        f'<div class="post-content">{b}</div><footer class="post-footer">{share(P, "share-buttons")}'
        f'</footer></article><h2 class="list-title">{e(P.ch[1])}</h2>{posts}</main>{foot(P)}',
    )


# 15 ---------------------------------------------------------------------------------------
def jekyll(P: Any) -> str:
    """Jekyll minima post; 'related' items as plain paragraphs starting with a link."""
    b = "\n".join(blocks(P, h="<h2>{}</h2>"))
    rel = "".join(
        f'<p><a href="/2026/11/{10 + i}/post.html">{e(it["head"])}</a>'
        + (f" — {tz(it)}" if it["shown"] else "")
        + "</p>"
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<header class="site-header"><div class="wrapper"><a class="site-title" href="/">{e(P.site)}</a></div>'
        f'</header><main class="page-content" aria-label="Content"><div class="wrapper">'
        f'<article class="post h-entry"><header class="post-header"><h1 class="post-title p-name">{e(P.title)}</h1>'
        f'<p class="post-meta"><time class="dt-published">{P.date}</time></p></header>'
        f'<div class="post-content e-content">{b}</div></article><div class="related">'
        f"<h2>{e(P.ch[0])}</h2>{rel}</div></div></main>"
        f'<footer class="site-footer h-card">{foot(P)}</footer>',
    )


# 16 ---------------------------------------------------------------------------------------
def mediawiki(P: Any) -> str:
    """MediaWiki news wiki: mw-parser-output; dated related-news list and a latest-news box."""
    b = "\n".join(
        blocks(
            P,
            h='<h2><span class="mw-headline" id="h">{}</span></h2>',
            q="<blockquote><p>“{}”</p><p>— {}</p></blockquote>",
        )
    )
    rel = "".join(
        f'<li>{it["date"]}: <a href="/wiki/N{i}" title="{e(it["head"])}">{e(it["head"])}</a>'
        + (f" <small>{tz(it)}</small>" if it["shown"] else "")
        + "</li>"
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<div id="mw-page-base" class="noprint"></div><div id="content" class="mw-body" role="main">'
        f'<h1 id="firstHeading" class="firstHeading">{e(P.title)}</h1><div id="bodyContent" class="vector-body">'
        f'<div id="siteSub" class="noprint">From {e(P.site)}</div><div id="mw-content-text" class="mw-body-content">'
        f'<div class="mw-parser-output"><p><strong class="published">{P.date}</strong></p>{b}'
        f'<h2><span class="mw-headline" id="Related_news">{e(P.ch[0])}</span></h2><ul>{rel}</ul>'
        f'<h2><span class="mw-headline" id="Sources">Sources</span></h2><ul><li><span class="sourceTemplate">'
        f"Press office. Press release, {P.date}</span></li></ul></div></div>"
        f'<div id="catlinks" class="catlinks"><a href="/wiki/Category:News">Category: News</a></div></div></div>'
        f'<div id="footer" role="contentinfo">{foot(P)}</div>',
    )


# 17 ---------------------------------------------------------------------------------------
def hentry(P: Any) -> str:
    """IndieWeb microformats: h-entry with e-content, an h-feed of other h-entries after it."""
    b = "\n".join(blocks(P, h="<h3>{}</h3>"))
    feed = "".join(
        f'<article class="h-entry"><h2 class="p-name"><a class="u-url" href="/{i}">{e(it["head"])}</a></h2>'
        + (f'<p class="p-summary">{tz(it)}</p>' if it["shown"] else "")
        + f'<time class="dt-published">{it["date"]}</time></article>'
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<div class="h-card site"><a class="p-name u-url" href="/">{e(P.site)}</a></div><main>'
        f'<article class="h-entry"><h1 class="p-name">{e(P.title)}</h1><time class="dt-published">{P.date}</time>'
        f'<div class="e-content">{b}</div><div class="webmentions">0 likes · 0 reposts</div></article>'
        f'<section class="h-feed"><h2 class="p-name">{e(P.ch[1])}</h2>{feed}</section></main>{foot(P)}',
    )


# 18 ---------------------------------------------------------------------------------------
def mobilesite(P: Any) -> str:
    """Legacy m. site (XHTML-MP): everything in one div, numbered headline lines with teasers."""
    b = "\n".join(blocks(P, h="<p><b>{}</b></p>", q="<p>“{}” — {}</p>"))
    more = "".join(
        f'<p>{i + 1}. <a href="/m/{i}">{e(it["head"])}</a>'
        + (f"<br/>{tz(it)}" if it["shown"] else "")
        + "</p>"
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<div class="c"><a href="/m/"><b>{e(P.site)}</b></a><br/><b>{e(P.title)}</b><br/>{P.date}'
        f'{b}<p><b>{e(P.ch[1])}</b></p>{more}<p><a href="/m/">Home</a> | <a href="?full=1">Full site</a></p>'
        f"<p>© {e(P.site)}</p></div>",
    )


# 19 ---------------------------------------------------------------------------------------
def printview(P: Any) -> str:
    """Print version: one #print div holding the story, further stories and the source URL."""
    b = "\n".join(blocks(P, h="<h2>{}</h2>"))
    more = "".join(
        f"<p><b>{e(it['head'])}</b></p>" + (f"<p>{tz(it)}</p>" if it["shown"] else "")
        for it in P.items
    )
    return shell(
        P,
        f'<div id="print"><p class="logo">{e(P.site)} — print</p>{h1(P)}<p>{P.date}</p>{b}'
        f"<p><b>{e(P.ch[1])}</b></p>{more}"
        f"<p>URL: https://www.{e(P.site.lower().replace(' ', ''))}.example/news/{P.story}</p>"
        f'<p><a href="javascript:window.print()">Print</a></p></div>',
    )


# 20 ---------------------------------------------------------------------------------------
def newsletter(P: Any) -> str:
    """Email newsletter, web version: nested tables with inline styles, 'in other news' rows."""
    b = "".join(
        f'<tr><td style="padding:0 24px;font:16px/1.5 Georgia,serif;color:#222">{x}</td></tr>'
        for x in blocks(P, h='<h2 style="font:bold 18px Arial">{}</h2>')
    )
    rows = "".join(
        f'<tr><td style="padding:8px 24px;border-top:1px solid #ddd"><a href="https://t.example/c/{i}" '
        f'style="font:bold 15px Arial;color:#0a58ca;text-decoration:none">{e(it["head"])}</a>'
        + (f'<br><span style="font:14px Arial;color:#555">{tz(it)}</span>' if it["shown"] else "")
        + "</td></tr>"
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<table role="presentation" width="100%" bgcolor="#f4f4f4"><tr><td align="center">'
        f'<table role="presentation" width="600" bgcolor="#ffffff"><tr><td style="padding:12px 24px;font:12px Arial">'
        f'<a href="https://t.example/view">View in browser</a></td></tr><tr><td style="padding:16px 24px;'
        f'font:bold 26px Arial">{e(P.title)}</td></tr><tr><td style="padding:0 24px;font:12px Arial;color:#888">'
        f'{P.date}</td></tr>{b}<tr><td style="padding:16px 24px 4px;font:bold 13px Arial;text-transform:uppercase">'
        f'{e(P.ch[1])}</td></tr>{rows}<tr><td style="padding:24px;font:11px Arial;color:#999">'
        f'<a href="https://t.example/unsub">Unsubscribe</a> · {e(P.site)}</td></tr></table></td></tr></table>',
    )


# 21 ---------------------------------------------------------------------------------------
def pubbroadcaster(P: Any) -> str:
    """Public broadcaster: data-component text-blocks, 'top stories' with time and section."""
    b = "".join(
        f'<div data-component="{"subheadline-block" if x.startswith("<h") else "text-block"}" class="ssrcss-7uxr49-RichTextContainer">'
        f"{x}</div>"
        for x in blocks(P)
    )
    top = "".join(
        f'<li class="ssrcss-1ulh7cb-StyledListItem"><div data-testid="promo"><a href="/news/articles/c{i}x">'
        f'<span class="ssrcss-headline">{e(it["head"])}</span></a>'
        + (f'<p class="ssrcss-summary">{tz(it)}</p>' if it["shown"] else "")
        + f'<ul class="ssrcss-meta"><li><time>{it["time"]}</time></li><li><span>{e(it["sec"])}</span></li></ul>'
        "</div></li>"
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<header class="ssrcss-header">{e(P.site)}</header><div id="main-content"><main role="main">'
        f'<article><header data-component="headline-block"><h1 id="main-heading">{e(P.title)}</h1></header>'
        f'<div data-component="byline-block"><time>{P.date}</time></div>{b}'
        f'<div data-component="topic-list"><h2>Related topics</h2><ul></ul></div>{share(P, "ssrcss-share")}</article>'
        f'<section data-component="top-stories"><h2 class="ssrcss-section">{e(P.ch[1])}</h2><ul>{top}</ul>'
        f"</section></main></div>{foot(P)}",
    )


# 22 ---------------------------------------------------------------------------------------
def onwards(P: Any) -> str:
    """Guardian-style render with dcr-hash classes; numbered 'most viewed' of kicker + headline."""
    b = "\n".join(
        blocks(P, p='<p class="dcr-s3ycb2">{}</p>', h='<h2 id="h" class="dcr-1c9gxkd">{}</h2>')
    )
    mv = "".join(
        f'<li class="dcr-1w8y7j0"><span class="dcr-n6l2yt">{i + 1}</span><a class="dcr-lv2v9o" href="/w/{i}">'
        f'<span class="dcr-1l2bgxq">{e(it["sec"])}</span> <span class="dcr-ivsjzq">{e(it["head"])}</span></a>'
        + (f'<div class="dcr-x9zjz6">{tz(it)}</div>' if it["shown"] else "")
        + "</li>"
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<div id="bannerandheader"><header class="dcr-1bi3kgo">{e(P.site)}</header></div><main data-layout="StandardLayout">'
        f'<div class="dcr-1m6mnup"><div data-gu-name="headline"><h1 class="dcr-u0152o">{e(P.title)}</h1></div>'
        f'<div data-gu-name="meta"><span class="dcr-u0h1qy">{P.date}</span></div><div data-gu-name="body">'
        f'<div id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector dcr-11jq3zt">'
        f"{b}</div></div></div>{share(P, 'dcr-share')}</div></main>"
        f'<section data-component="most-viewed-footer"><h2 class="dcr-1sj4v1v">{e(P.ch[2])}</h2>'
        f'<ol class="dcr-mostviewed">{mv}</ol></section>{foot(P)}',
    )


# 23 ---------------------------------------------------------------------------------------
def regionalde(P: Any) -> str:
    """German regional paper: 'read also' box inside the body after paragraph 2, region block."""
    parts = blocks(
        P, p='<p class="article__paragraph">{}</p>', h='<h2 class="article__subheadline">{}</h2>'
    )
    box, rest = P.items[:2], P.items[2:]
    boxh = "".join(
        f'<li><a href="/lokales/{i}"><strong>{e(it["head"])}</strong>'
        + (f"<span> {tz(it)}</span>" if it["shown"] else "")
        + "</a></li>"
        for i, it in enumerate(box)
    )
    readalso = (
        f'<aside class="article__read-also"><span class="label">{e(P.ch[3])}</span><ul>{boxh}</ul></aside>'
        if box
        else ""
    )
    b = "\n".join([*parts[:2], readalso, *parts[2:]])
    region = "".join(
        f'<article class="teaser"><h3 class="teaser__headline"><a href="/region/{i}">{e(it["head"])}</a></h3>'
        + (f'<p class="teaser__text">{tz(it)}</p>' if it["shown"] else "")
        + "</article>"
        for i, it in enumerate(rest)
    )
    return shell(
        P,
        f'<header class="site-header">{e(P.site)}</header><main><article class="article">'
        f'<div class="article__header"><span class="article__kicker">Lokales</span><h1 class="article__headline">'
        f'{e(P.title)}</h1><time class="article__date">{P.date}</time></div><div class="article__body">{b}</div>'
        f'{promo(P)}{share(P, "article__share")}</article><section class="region-block"><h2>{e(P.ch[0])}</h2>'
        f"{region}</section></main>{foot(P)}",
    )


# 24 ---------------------------------------------------------------------------------------
def frportal(P: Any) -> str:
    """French portal: headline-only 'read also' link after paragraph 1, numbered most-read."""
    parts = blocks(
        P, p='<p class="article__paragraph">{}</p>', h='<h2 class="article__sub-title">{}</h2>'
    )
    first, rest = P.items[:1], P.items[1:]
    for it in first:  # headline-only link
        it["shown"] = it["mark"] = ""
    inl = "".join(
        f'<p class="article__read-also"><span>{e(P.ch[3])}</span> <a href="/actu/{i}">{e(it["head"])}</a></p>'
        for i, it in enumerate(first)
    )
    b = "\n".join([*parts[:1], inl, *parts[1:]])
    mr = "".join(
        f'<li class="most-read__item"><span class="most-read__rank">{i + 1}</span><a href="/pl/{i}">'
        f'<p class="most-read__title">{e(it["head"])}</p>'
        + (f'<p class="most-read__desc">{tz(it)}</p>' if it["shown"] else "")
        + "</a></li>"
        for i, it in enumerate(rest)
    )
    return shell(
        P,
        f'<header class="header">{e(P.site)}</header><main class="main"><section class="article article--brief">'
        f'<h1 class="article__title">{e(P.title)}</h1><p class="meta__date">Publié le {P.date}</p>'
        f'<article class="article__content">{b}</article>{share(P, "article__share")}'
        f'<p class="article__paywall-note hide">Article réservé aux abonnés</p></section>'
        f'<aside class="most-read"><h2 class="most-read__heading">{e(P.ch[2])}</h2><ol>{mr}</ol></aside>'
        f"</main>{foot(P)}",
    )


# 25 ---------------------------------------------------------------------------------------
def trportal(P: Any) -> str:
    """Turkish portal: 'breaking' ticker list (time, section, headline, spot) before the story."""
    b = "\n".join(blocks(P, p="<p>{}</p>", h="<h3>{}</h3>"))
    sd = "".join(
        f'<li class="son-dakika__item"><span class="saat">{it["time"]}</span> <span class="kategori">'
        f'{e(it["sec"])}</span> <a href="/haber/{i}" class="baslik">{e(it["head"])}</a>'
        + (f'<span class="spot">{tz(it)}</span>' if it["shown"] else "")
        + "</li>"
        for i, it in enumerate(P.items)
    )
    return shell(
        P,
        f'<header class="ust-menu">{e(P.site)}</header><div class="son-dakika"><h2>{e(P.ch[1])}</h2>'
        f'<ul class="son-dakika__list">{sd}</ul></div><div class="container"><div class="haber-detay">'
        f'<h1 class="haber-baslik">{e(P.title)}</h1><div class="haber-tarih">{P.date}</div>'
        f'<div class="haber-metin" property="articleBody">{b}</div>{share(P, "paylas")}'
        f'<div class="ilgili-haberler"><h2>{e(P.ch[0])}</h2></div></div></div>{foot(P)}',
    )


# 26 ---------------------------------------------------------------------------------------
def idportal(P: Any) -> str:
    """Indonesian portal: 'read also' links after paragraphs 1 and 2, numbered popular list."""
    parts = blocks(P, p="<p>{}</p>", h="<h2>{}</h2>")
    inl, rest = P.items[:2], P.items[2:]
    for it in inl:  # headline-only links
        it["shown"] = it["mark"] = ""
    ins = [
        f'<p><strong>{e(P.ch[3])}: <a href="/read/{i}">{e(it["head"])}</a></strong></p>'
        for i, it in enumerate(inl)
    ]
    b = []
    for j, x in enumerate(parts):
        b.append(x)
        if j < len(ins):
            b.append(ins[j])
    pop = "".join(
        f'<div class="most__item"><div class="most__count">{i + 1}</div><div class="most__right">'
        f'<a href="/pop/{i}" class="most__link"><h4 class="most__title">{e(it["head"])}</h4></a>'
        + (f'<p class="most__desc">{tz(it)}</p>' if it["shown"] else "")
        + "</div></div>"
        for i, it in enumerate(rest)
    )
    return shell(
        P,
        f'<header class="header">{e(P.site)}</header><div class="container"><div class="read__header">'
        f'<h1 class="read__title">{e(P.title)}</h1><div class="read__time">{P.date}</div></div>'
        f'<div class="read__content"><div class="clearfix">{"".join(b)}</div></div>'
        f'<div class="read__tag">Tag: berita</div>{share(P, "social--share")}'
        f'<div class="most"><div class="most__title-wrap"><h3>{e(P.ch[2])}</h3></div><div class="most__wrap">'
        f"{pop}</div></div></div>{foot(P)}",
    )


# name -> (function, teaser modes, unused note (the docstring describes the layout),
#          topical: extra migration items, region language for slot 0)
LAYOUTS: dict[str, tuple[Callable[[Any], str], list[str], str, bool, str]] = {
    "wpclassic": (wpclassic, ["word", "mid"], "", False, ""),
    "wpblock": (wpblock, ["full"], "", False, ""),
    "nextcss": (nextcss, ["none", "word"], "", False, ""),
    "emotion": (emotion, ["full"], "", False, ""),
    "tailwind": (tailwind, ["full", "mid"], "", False, ""),
    "bootstrap3": (bootstrap3, ["word", "full"], "", False, ""),
    "table1999": (table1999, ["raw", "mid"], "", False, ""),
    "phpnuke": (phpnuke, ["full", "word"], "", True, ""),
    "ezpublish": (ezpublish, ["word", "raw"], "", False, ""),
    "aem": (aem, ["full"], "", False, ""),
    "sitecore": (sitecore, ["full"], "", True, ""),
    "escenic": (escenic, ["full", "mid"], "", False, ""),
    "brightspot": (brightspot, ["none", "full"], "", False, ""),
    "hugo": (hugo, ["word", "raw"], "", False, ""),
    "jekyll": (jekyll, ["word", "full"], "", False, ""),
    "mediawiki": (mediawiki, ["none", "full"], "", True, ""),
    "hentry": (hentry, ["mid", "word"], "", False, ""),
    "mobilesite": (mobilesite, ["raw", "mid"], "", False, ""),
    "printview": (printview, ["raw", "word"], "", False, ""),
    "newsletter": (newsletter, ["full"], "", False, ""),
    "pubbroadcaster": (pubbroadcaster, ["none", "full"], "", True, ""),
    "onwards": (onwards, ["none", "mid"], "", True, ""),
    "regionalde": (regionalde, ["full", "word"], "", False, "de"),
    "frportal": (frportal, ["word", "mid"], "", False, "fr"),
    "trportal": (trportal, ["none", "full"], "", False, "tr"),
    "idportal": (idportal, ["word", "full"], "", True, "id"),
}
