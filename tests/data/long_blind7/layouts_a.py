"""long_blind7 dev layouts: eleven news-site templates (see README for what each imitates)."""

from __future__ import annotations

from blocks import Page, esc


def hl_items(pg: Page, n: int, kind: str, fmt: str, teaser: bool = True) -> str:
    """n unrelated headlines; fmt gets h (headline), d (dek), t (timestamp), c (category)."""
    out = []
    for _ in range(n):
        h, d = pg.headline()
        dek = pg.c(kind, pg.teaser(d)) if teaser else ""
        t = pg.c(kind, pg.stamp()) if "{t}" in fmt else ""
        c = pg.k(kind, "section") if "{c}" in fmt else ""
        out.append(fmt.format(h=pg.c(kind, h), d=dek, t=t, c=c))
    return "\n".join(out)


def share(pg: Page, n: int = 3) -> str:
    alts = pg.ch["share"][:]
    pg.rng.shuffle(alts)
    return " ".join(f'<a href="#s{i}">{pg.c("share", a)}</a>' for i, a in enumerate(alts[:n]))


def cookie(pg: Page, attr: str = "") -> str:
    return (
        f'<div class="cookie-consent"{attr}><p>{pg.k("cookie", "cookie")}</p>'
        f"<button>{pg.k('cookie', 'cookie_btn')}</button></div>"
    )


def read_also(pg: Page, tag: str = "p") -> str:
    h, _ = pg.headline()
    return f'<{tag}><strong>{pg.k("read_also", "read_also")}</strong> <a href="#">{pg.c("read_also", h)}</a></{tag}>'


def byline(pg: Page) -> str:
    return f'<span class="author">{pg.n(pg.story["byline"])}</span> <time>{pg.n(pg.story["date"])}</time>'


# 1 -------------------------------------------------------------------------------------------
def cms2013(pg: Page) -> str:
    """National daily on a 2010s CMS: breadcrumb, share bar, two-column with sidebar."""
    body = pg.blocks(p='<p class="text">{}</p>', h='<h3 class="subtitle">{}</h3>')
    ins = [
        read_also(pg),
        f'<div class="ad-slot"><span>{pg.k("ad", "ad")}</span></div>',
        f'<p class="promo-nl"><em>{pg.k("promo", "newsletter")}</em></p>',
        f'<div class="inline-related"><h4>{pg.k("related", "related_h")}</h4><ul>'
        + hl_items(pg, 2, "related", '<li><a href="#">{h}</a></li>', teaser=False)
        + "</ul></div>",
        f'<p class="credit">{pg.k("photo", "photo")}</p>',
        f'<div class="paywall-teaser"><p>{pg.k("paywall", "paywall")}</p></div>',
    ]
    return (
        pg.head()
        + f'<body class="node-article">\n<div id="header"><a class="logo" href="/">{pg.c("masthead", pg.site)}</a>'
        f'<div class="weather">{pg.k("weather", "weather")}</div></div>\n'
        f'<div class="breadcrumb"><a href="/">{pg.k("breadcrumb", "home")}</a> &raquo; '
        f'<a href="#">{pg.k("breadcrumb", "section")}</a></div>\n'
        f'<div id="main" class="col-8"><div class="article">\n<h1>{esc(pg.title)}</h1>\n'
        f'<div class="meta">{byline(pg)}</div>\n<div class="sharebar">{share(pg)}</div>\n'
        f'<div class="lead-image"><img src="a.jpg" alt=""><p class="caption">{pg.n(pg.story["caption"])}</p></div>\n'
        f'<div class="article-body">\n{pg.weave(body, ins, tail=1)}\n</div>\n'
        f'<div class="tags"><b>{pg.k("tags", "tags_h")}</b> '
        + " ".join(f'<a href="#">{pg.c("tags", t)}</a>' for t in pg.pick("tags").split(", "))
        + "</div>\n"
        f'<div class="comments"><h3>{pg.k("comments", "comments_h")}</h3><p>{pg.k("comments", "login")}</p></div>\n'
        '</div></div>\n<div id="sidebar" class="col-4">\n'
        f'<div class="block"><h3>{pg.k("most_read", "most_read_h")}</h3><ol>'
        + hl_items(pg, 5, "most_read", '<li><a href="#">{h}</a></li>', teaser=False)
        + "</ol></div>\n"
        f'<div class="block"><h3>{pg.k("promo", "app")}</h3></div>\n</div>\n'
        f'<div id="footer"><p>{pg.k("toolbar", "copyright")}</p></div>\n{cookie(pg)}\n</body></html>\n'
    )


# 2 -------------------------------------------------------------------------------------------
def tabloid2017(pg: Page) -> str:
    """Tabloid: many bold inline promos between short paragraphs, video, 'most read' with thumbs."""
    body = pg.blocks(p="<p>{}</p>", h='<h2 class="crosshead">{}</h2>')
    ins = [
        read_also(pg),
        f"<p><strong>{pg.k('promo', 'app')}</strong></p>",
        f'<div class="video"><div class="vjs-modal-dialog">{pg.c("video", "This is a modal window.")}</div>'
        f"<button>{pg.k('video', 'video_play')}</button><span>{pg.k('video', 'video_next')}</span></div>",
        read_also(pg, "div"),
        f'<div class="mpu"><small>{pg.k("ad", "ad")}</small></div>',
        f"<p><b>{pg.k('promo', 'newsletter')}</b></p>",
        f'<div class="gallery-teaser"><span>{pg.k("slideshow", "gallery")}</span> '
        + hl_items(pg, 1, "slideshow", '<a href="#">{h}</a> <span>{d}</span>')
        + "</div>",
    ]
    ins2 = [
        f'<div class="most-read"><h3>{pg.k("most_read", "most_read_h")}</h3>'
        + hl_items(
            pg,
            6,
            "most_read",
            '<div class="card"><img src="t.jpg" alt=""><h4>{h}</h4><p>{d}</p></div>',
        )
        + "</div>"
    ]
    return (
        pg.head() + f'<body>\n<header><div class="brand">{pg.c("masthead", pg.site)}</div>'
        f'<div class="ticker"><span>{pg.k("ticker", "trending")}</span> '
        + hl_items(pg, 2, "ticker", '<a href="#">{h}</a>', teaser=False)
        + "</div></header>\n"
        f'<article>\n<h1>{esc(pg.title)}</h1>\n<div class="byline">{byline(pg)}</div>\n'
        f'<div class="share-top">{share(pg, 2)} <span class="count">{pg.c("share", str(pg.rng.randint(120, 990)))}</span></div>\n'
        f'<figure><img src="m.jpg" alt=""><figcaption>{pg.n(pg.story["caption"])} '
        f'<span class="credit">{pg.k("photo", "photo")}</span></figcaption></figure>\n'
        f'<div class="article-body">\n{pg.weave(body, ins)}\n{ins2[0]}\n</div>\n</article>\n'
        f'<section class="comments"><h3>{pg.k("comments", "comments_h")}</h3>'
        f'<div class="comment"><p>{pg.k("comments", "comment")}</p></div></section>\n'
        f"<footer>{pg.k('toolbar', 'copyright')}</footer>\n{cookie(pg)}\n</body></html>\n"
    )


# 3 -------------------------------------------------------------------------------------------
def localtv2019(pg: Page) -> str:
    """Regional TV station: live-stream player on top, weather strip, up-next rail, app promo."""
    body = pg.blocks(
        p='<div class="paragraph"><p>{}</p></div>', h='<div class="paragraph"><h2>{}</h2></div>'
    )
    ins = [
        f'<div class="paragraph"><p>{pg.k("promo", "app")}</p></div>',
        f'<div class="embed-video"><div class="player-state">{pg.k("video", "video_now")}</div>'
        + hl_items(pg, 1, "video", '<div class="title">{h}</div>', teaser=False)
        + f'<div class="upnext">{pg.k("video", "video_next")}</div></div>',
        read_also(pg, "div"),
        f'<div class="paragraph"><p><i>{pg.k("promo", "newsletter")}</i></p></div>',
        f'<div class="ad-wrapper"><p class="ad-label">{pg.k("ad", "ad")}</p></div>',
    ]
    return (
        pg.head()
        + f'<body class="station">\n<div class="top"><span class="logo">{pg.c("masthead", pg.site)}</span>'
        f'<span class="wx">{pg.k("weather", "weather")}</span>'
        f'<a class="live" href="#">{pg.c("video", "LIVE")}</a></div>\n'
        f'<div class="hero-player"><button>{pg.k("video", "video_play")}</button>'
        f'<span class="vjs-control-text">{pg.c("video", "Mute")}</span></div>\n'
        f'<main><h1 class="headline">{esc(pg.title)}</h1>\n<p class="byline">{byline(pg)}</p>\n'
        f'<div class="share">{share(pg)}</div>\n<div class="article-content">\n{pg.weave(body, ins)}\n</div>\n'
        f'<div class="next-story"><b>{pg.k("next_article", "next_h")}</b> {pg.c("next_article", pg.headline()[0])}</div>\n'
        f'<div class="more-news"><h3>{pg.k("related", "related_h")}</h3>'
        + hl_items(pg, 6, "related", '<div class="item"><a href="#">{h}</a><p>{d}</p></div>')
        + "</div>\n"
        f"</main>\n<footer><p>{pg.k('toolbar', 'copyright')}</p></footer>\n{cookie(pg)}\n</body></html>\n"
    )


# 4 -------------------------------------------------------------------------------------------
def amp2018(pg: Page) -> str:
    """AMP page: amp-img, amp-ad, amp-social-share, amp-sidebar menu, amp-consent, amp-list related."""
    body = pg.blocks(p="<p>{}</p>", h="<h2>{}</h2>")
    ins = [
        f'<amp-ad width="300" height="250" type="doubleclick"><div fallback>{pg.k("ad", "ad")}</div></amp-ad>',
        read_also(pg),
        f'<amp-img src="x.jpg" width="600" height="400"></amp-img><p class="img-credit">{pg.k("photo", "photo")}</p>',
        f'<div class="amp-newsletter"><p>{pg.k("promo", "newsletter")}</p></div>',
        f'<amp-ad width="300" height="250" type="adsense"><div placeholder>{pg.c("ad", "Advertisement")}</div></amp-ad>',
    ]
    return (
        pg.head(
            '<link rel="canonical" href="https://example.test/a">\n<style amp-custom>p{margin:0}</style>\n'
        )
        + f'<body>\n<amp-sidebar id="menu" layout="nodisplay"><ul><li>{pg.k("breadcrumb", "home")}</li>'
        f"<li>{pg.k('breadcrumb', 'section')}</li></ul></amp-sidebar>\n"
        f'<header class="amp-header"><a href="/">{pg.c("masthead", pg.site)}</a></header>\n'
        f'<article class="amp-article">\n<h1>{esc(pg.title)}</h1>\n<div class="amp-meta">{byline(pg)}</div>\n'
        f'<amp-social-share type="facebook" aria-label="{pg.pick("share")}"></amp-social-share>\n'
        f"{pg.weave(body, ins)}\n"
        f'<div class="amp-related"><h3>{pg.k("related", "related_h")}</h3>'
        + hl_items(pg, 7, "related", '<div class="amp-card"><h4>{h}</h4><p>{d}</p></div>')
        + "</div>\n</article>\n"
        f'<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>{pg.k("cookie", "cookie")}</p>'
        f'<button on="tap:consent.accept">{pg.k("cookie", "cookie_btn")}</button></div></amp-consent>\n'
        f'<footer class="amp-footer">{pg.k("toolbar", "copyright")} <a href="#">{pg.k("toolbar", "top")}</a></footer>\n'
        "</body></html>\n"
    )


# 5 -------------------------------------------------------------------------------------------
def print2014(pg: Page) -> str:
    """Print-view page: print toolbar, article as one table cell, related list and URL footer."""
    body = pg.blocks(p="<p>{}</p>", h="<p><b>{}</b></p>")
    ins = [
        f'<p class="credit"><i>{pg.k("photo", "photo")}</i></p>',
        read_also(pg),
        f'<p class="noprint">{pg.k("promo", "newsletter")}</p>',
    ]
    return (
        pg.head('<link rel="stylesheet" media="print" href="print.css">\n')
        + f'<body onload="window.print()">\n<div class="print-toolbar"><a href="javascript:print()">{pg.k("toolbar", "print")}</a>'
        f' | <a href="#">{pg.k("toolbar", "top")}</a></div>\n'
        f'<table width="640"><tr><td><div class="print-logo">{pg.c("masthead", pg.site)}</div>\n'
        f'<h1>{esc(pg.title)}</h1>\n<p class="print-meta">{byline(pg)}</p>\n'
        f"{pg.weave(body, ins, tail=1)}\n"
        f"<hr><p><b>{pg.k('related', 'related_h')}</b></p><ul>"
        + hl_items(pg, 6, "related", "<li>{h} - {d}</li>")
        + "</ul>\n"
        f'<p class="print-url">{pg.c("toolbar", "URL: https://example.test/" + pg.story["id"])}</p>\n'
        f'<p class="print-copy">{pg.k("toolbar", "copyright")}</p></td></tr></table>\n</body></html>\n'
    )


# 6 -------------------------------------------------------------------------------------------
def readermode2022(pg: Page) -> str:
    """Reader-mode / article-only export: minimal markup with leftovers of the source page."""
    body = pg.blocks(
        p="<p>{}</p>", h="<h3>{}</h3>", card='<span class="hovercard"> {role} {follow} </span>'
    )
    ins = [
        f"<p>{pg.k('promo', 'newsletter')}</p>",
        f"<p>{pg.k('audio', 'listen')}</p>",
        f"<div>{pg.k('paywall', 'paywall')}</div>",
    ]
    tail = hl_items(pg, 7, "related", "<p>{h}</p>\n<p>{d}</p>")
    return (
        pg.head('<meta name="generator" content="reader-export">\n')
        + f'<body class="reader">\n<div class="reader-header"><p class="domain">{pg.c("masthead", pg.site)}</p>'
        f'<h1 class="reader-title">{esc(pg.title)}</h1><p class="credits">{pg.n(pg.story["byline"])}</p>'
        f'<p class="meta">{pg.k("now_reading", "reading_time")}</p></div>\n'
        f'<div class="moz-reader-content">\n{pg.weave(body, ins)}\n{tail}\n</div>\n</body></html>\n'
    )


# 7 -------------------------------------------------------------------------------------------
def agency2016(pg: Page) -> str:
    """News agency regional service: slug, service line, keywords, other items with times."""
    body = pg.blocks(p='<p class="story-p">{}</p>', h='<p class="story-sub"><b>{}</b></p>')
    ins = [
        f'<p class="story-p">{pg.k("read_also", "read_also")} {pg.c("read_also", pg.headline()[0])}</p>',
        f'<p class="promo">{pg.k("promo", "app")}</p>',
    ]
    return (
        pg.head() + f'<body>\n<div class="agency-bar"><b>{pg.c("masthead", pg.site)}</b> '
        f"<span>{pg.c('toolbar', 'Service: ' + pg.pick('section'))}</span></div>\n"
        f'<div class="story">\n<p class="slug">{pg.c("toolbar", "SLUG: " + pg.story["id"].upper())}</p>\n'
        f'<h1>{esc(pg.title)}</h1>\n<p class="dateline">{pg.n(pg.story["date"])}</p>\n'
        f"{pg.weave(body, ins)}\n"
        f'<p class="sig">{pg.n(pg.story["byline"])}</p>\n'
        f'<p class="keywords">{pg.k("tags", "tags_h")}: {pg.c("tags", pg.pick("tags"))}</p>\n'
        f'<p class="copy">{pg.k("toolbar", "copyright")}</p>\n</div>\n'
        f'<div class="wire-list"><h3>{pg.k("related", "related_h")}</h3>'
        + hl_items(
            pg,
            8,
            "related",
            '<div class="wire-item"><span>{t}</span> <a href="#">{h}</a><p>{d}</p></div>',
        )
        + "</div>\n</body></html>\n"
    )


# 8 -------------------------------------------------------------------------------------------
def cityhall2021(pg: Page) -> str:
    """City-government newsroom: alert banner, breadcrumb, share-this-page, feedback widget."""
    body = pg.blocks(p="<p>{}</p>", h="<h2>{}</h2>")
    ins = [
        f'<div class="callout"><p>{pg.k("promo", "newsletter")}</p></div>',
        f'<div class="callout"><p>{pg.k("read_also", "read_also")} <a href="#">{pg.c("read_also", pg.headline()[0])}</a></p></div>',
    ]
    return (
        pg.head()
        + f'<body class="gov">\n<div class="alert-banner" role="alert"><p>{pg.k("ticker", "weather")}</p></div>\n'
        f'<header><a href="/">{pg.c("masthead", pg.site)}</a></header>\n'
        f'<nav class="breadcrumb"><ol><li>{pg.k("breadcrumb", "home")}</li><li>{pg.k("breadcrumb", "section")}</li></ol></nav>\n'
        f'<main id="main-content"><h1>{esc(pg.title)}</h1>\n<p class="published">{pg.n(pg.story["date"])}</p>\n'
        f'<div class="field--name-body">\n{pg.weave(body, ins)}\n</div>\n'
        f'<div class="share-page">{share(pg)}</div>\n'
        f'<div class="feedback"><p>{pg.k("toolbar", "helpful")}</p></div>\n'
        f'<aside class="related-news"><h2>{pg.k("related", "related_h")}</h2>'
        + hl_items(
            pg, 5, "related", '<div class="news-item"><time>{t}</time><h3>{h}</h3><p>{d}</p></div>'
        )
        + "</aside>\n</main>\n"
        f"<footer>{pg.k('toolbar', 'copyright')}</footer>\n{cookie(pg, ' hidden')}\n</body></html>\n"
    )


# 9 -------------------------------------------------------------------------------------------
def magpages2015(pg: Page) -> str:
    """Magazine with multi-page pagination links inside the text and slideshow blurbs."""
    body = pg.blocks(
        p="<p>{}</p>",
        h='<h2 class="inter">{}</h2>',
        card='<a class="profile-pop">{role}{follow}</a>',
    )
    pnum = pg.pick("page")
    ins = [
        f'<div class="pager"><a href="?p=1">{pg.c("pagination", pnum + " 1")}</a> <a href="?p=2">{pg.c("pagination", pnum + " 2")}</a></div>',
        f'<div class="slideshow"><span>{pg.k("slideshow", "gallery")}</span>'
        + hl_items(pg, 2, "slideshow", '<div class="slide"><b>{h}</b> <span>{d}</span></div>')
        + "</div>",
        f'<div class="adv">{pg.k("ad", "ad")}</div>',
        f'<p class="continue"><a href="?p=2">{pg.k("pagination", "continue")}</a></p>',
    ]
    return (
        pg.head() + f'<body>\n<div class="masthead">{pg.c("masthead", pg.site)}</div>\n'
        f'<div class="article-wrap"><h1>{esc(pg.title)}</h1>\n<div class="byline">{byline(pg)}</div>\n'
        f'<div class="entry">\n{pg.weave(body, ins, tail=1)}\n</div>\n'
        f'<div class="pagination"><span>{pg.c("pagination", pnum + " 1 / 3")}</span> <a href="?p=3">3</a></div>\n'
        f'<div class="author-box"><p>{pg.k("bio", "bio")}</p><a href="#">{pg.k("bio", "more_from")}</a></div>\n'
        f'<div class="more"><h3>{pg.k("most_read", "most_read_h")}</h3>'
        + hl_items(pg, 5, "most_read", "<p>{h}</p><p>{d}</p>")
        + "</div></div>\n"
        f"{cookie(pg)}\n</body></html>\n"
    )


# 10 ------------------------------------------------------------------------------------------
def thumbrail2023(pg: Page) -> str:
    """Related headlines as thumbnail cards with timestamp and category, inline and after."""
    body = pg.blocks(p='<p class="article__p">{}</p>', h='<h2 class="article__h">{}</h2>')
    card = '<a class="card"><img src="c.jpg" alt=""><span class="cat">{c}</span><h4>{h}</h4><time>{t}</time></a>'
    ins = [
        '<div class="inline-card">' + hl_items(pg, 1, "related", card, teaser=False) + "</div>",
        f'<p class="article__p"><em>{pg.k("sponsored", "sponsored")}</em></p>',
        f'<div class="embed-gallery"><span>{pg.k("slideshow", "gallery")}</span>'
        + hl_items(pg, 1, "slideshow", "<p>{h}</p><p>{d}</p>")
        + "</div>",
        f'<div class="nl-box" style="display:none"><p>{pg.k("hidden", "newsletter")}</p></div>',
        f'<p class="photo-credit">{pg.k("photo", "photo")}</p>',
    ]
    return (
        pg.head() + f'<body>\n<header class="site-header">{pg.c("masthead", pg.site)}</header>\n'
        f'<main class="article"><h1 class="article__title">{esc(pg.title)}</h1>\n'
        f'<div class="article__meta">{byline(pg)} <span>{pg.k("now_reading", "reading_time")}</span></div>\n'
        f'<div class="article__body">\n{pg.weave(body, ins)}\n</div>\n'
        f'<div class="next-article"><span>{pg.k("next_article", "next_h")}</span>'
        f"<h2>{pg.c('next_article', pg.headline()[0])}</h2><p>{pg.k('next_article', 'next_p')}</p></div>\n"
        f'<section class="rail"><h3>{pg.k("related", "trending")}</h3>'
        + hl_items(pg, 6, "related", card.replace("</h4>", "</h4><p>{d}</p>"))
        + "</section>\n</main>\n"
        f"<footer>{pg.k('toolbar', 'copyright')}</footer>\n</body></html>\n"
    )


# 11 ------------------------------------------------------------------------------------------
def hugo2020(pg: Page) -> str:
    """Hugo/Jekyll static blog: post meta, tags, prev/next post, newsletter form, Disqus."""
    body = pg.blocks(p="<p>{}</p>", h='<h2 id="s">{}</h2>')
    ins = [
        f'<blockquote class="notice"><p>{pg.k("promo", "newsletter")}</p></blockquote>',
        read_also(pg),
    ]
    prev_h, _ = pg.headline()
    next_h, _ = pg.headline()
    return (
        pg.head('<meta name="generator" content="Hugo 0.74.3">\n')
        + f'<body>\n<nav class="site-nav"><a class="site-title" href="/">{pg.c("masthead", pg.site)}</a></nav>\n'
        f'<article class="post"><header class="post-header"><h1 class="post-title">{esc(pg.title)}</h1>'
        f'<p class="post-meta">{byline(pg)} · {pg.k("now_reading", "reading_time")}</p></header>\n'
        f'<div class="post-content">\n{pg.weave(body, ins)}\n</div>\n'
        f'<ul class="post-tags">'
        + "".join(
            f'<li><a href="#">#{pg.c("tags", t)}</a></li>' for t in pg.pick("tags").split(", ")
        )
        + "</ul>\n"
        f'<nav class="post-nav"><a class="prev" href="#">« {pg.c("next_article", prev_h)}</a>'
        f' <a class="next" href="#">{pg.c("next_article", next_h)} »</a></nav>\n'
        f'<form class="subscribe"><p>{pg.k("promo", "newsletter")}</p><input type="email"></form>\n'
        f'<section class="recent-posts"><h3>{pg.k("related", "related_h")}</h3>'
        + hl_items(
            pg,
            6,
            "related",
            '<div class="post-summary"><h4>{h}</h4><time>{t}</time><p>{d}</p></div>',
        )
        + "</section>\n"
        f'<div id="disqus_thread"></div><noscript>{pg.c("comments", "Please enable JavaScript to view the comments.")}</noscript>'
        f'<a class="dsq-brlink" href="#">{pg.c("comments", "comments powered by Disqus")}</a>\n'
        f'</article>\n<footer class="site-footer">{pg.k("toolbar", "copyright")} · {pg.c("toolbar", "Powered by Hugo")}</footer>\n'
        "</body></html>\n"
    )


DEV = [
    cms2013,
    tabloid2017,
    localtv2019,
    amp2018,
    print2014,
    readermode2022,
    agency2016,
    cityhall2021,
    magpages2015,
    thumbrail2023,
    hugo2020,
]
