"""More page layouts for the blind4 corpus: AMP, stories, mobile, headless, components, feeds."""

from html import escape as e

from layouts import FOOT, NAV, Ctx, each, page


def amp(c: Ctx) -> str:
    car = each(
        c,
        lambda i: (
            f'<div class="slide"><amp-img src="{i["img"]}" width="300" height="200" layout="responsive"></amp-img><a href="{i["href"]}"><h3>{i["h"]}</h3></a><p>{i["t"]}</p></div>'
        ),
        '<amp-carousel type="carousel" height="320" layout="fixed-height">{}</amp-carousel>',
    )
    body = (
        f'<header class="amp-header">{NAV}</header><article class="amp-article"><h1>{e(c.title)}</h1>\n'
        f'<div class="amp-article-body">{c.body("p")}</div></article>\n{car}\n{FOOT}'
    )
    return page(
        c,
        '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>h1{font-size:2em}</style>',
        body,
        "<!doctype html>",
    ).replace("<html ", "<html amp ", 1)


def webstory(c: Ctx) -> str:
    pages = [
        f'<amp-story-page id="p{n}"><amp-story-grid-layer template="vertical"><p>{p}</p></amp-story-grid-layer></amp-story-page>'
        for n, p in enumerate(c.paras)
    ]
    if c.struct:
        pages.append(
            f'<amp-story-page id="ps"><amp-story-grid-layer template="vertical">{c.struct}</amp-story-grid-layer></amp-story-page>'
        )
    more = each(
        c,
        lambda i: (
            f'<amp-story-grid-layer template="vertical"><a href="{i["href"]}"><h2>{i["h"]}</h2></a><p>{i["t"]}</p></amp-story-grid-layer>'
        ),
        '<amp-story-page id="more">{}</amp-story-page>',
    )
    body = (
        f'<amp-story standalone title="{e(c.title)}" publisher="Example News">'
        f'<amp-story-page id="cover"><amp-story-grid-layer template="fill"><h1>{e(c.title)}</h1></amp-story-grid-layer></amp-story-page>\n'
        + "\n".join(pages)
        + f"\n{more}</amp-story>"
    )
    return page(
        c,
        '<script async custom-element="amp-story" src="https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>',
        body,
        "<!doctype html>",
    )


def mobile_m(c: Ctx) -> str:
    lst = each(
        c,
        lambda i: (
            f'<li class="m-item"><a href="{i["href"]}"><img src="{i["img"]}" width="80"><strong>{i["h"]}</strong><span>{i["t"]}</span><em>{i["time"]}</em></a></li>'
        ),
        '<ul class="m-list">{}</ul>',
    )
    body = (
        f'<div class="m-top"><a href="/">☰</a> Example</div>\n<div class="m-art"><h1>{e(c.title)}</h1><div class="m-meta">{c.extra["by"]}</div>\n'
        f'{c.body("p")}\n{lst}</div>\n<div class="m-foot"><a href="/?desktop=1">Desktop version</a></div>'
    )
    return page(c, '<meta name="viewport" content="width=device-width">', body)


def headless(c: Ctx) -> str:
    blocks = c.body("div")
    cards = each(
        c,
        lambda i: (
            f'<div data-component="teaser" data-id="{i["rank"]}"><div data-slot="title"><a href="{i["href"]}">{i["h"]}</a></div><div data-slot="summary">{i["t"]}</div></div>'
        ),
        '<div data-component="teaser-list" data-variant="river">{}</div>',
    )
    body = (
        f'<div data-component="page"><div data-component="headline"><h1>{e(c.title)}</h1></div>\n'
        f'<div data-component="body">{blocks}\n{cards}</div></div>'
    )
    return page(c, "", body)


def components(c: Ctx) -> str:
    teasers = each(
        c,
        lambda i: (
            f'<news-teaser href="{i["href"]}"><teaser-kicker>{i["time"]}</teaser-kicker><teaser-title>{i["h"]}</teaser-title><teaser-text>{i["t"]}</teaser-text></news-teaser>'
        ),
        "<news-rail>{}</news-rail>",
    )
    body = (
        f"<news-app><news-header>{NAV}</news-header><news-article><news-title>{e(c.title)}</news-title>\n"
        f"<news-body>{c.body('custom')}</news-body></news-article>\n{teasers}</news-app>"
    )
    return page(c, "", body)


def infinite(c: Ctx) -> str:
    nxt = each(
        c,
        lambda i: (
            f'<article class="story story--appended" data-infinite="1"><h2 class="story__title"><a href="{i["href"]}">{i["h"]}</a></h2><div class="story__body"><p>{i["t"]}</p><button class="continue">Continue reading</button></div></article>'
        ),
        '<div class="infinite-container">{}</div>',
    )
    body = (
        f'<div class="stream"><article class="story story--main"><h1 class="story__title">{e(c.title)}</h1>\n'
        f'<div class="story__body">{c.body("p")}</div></article>\n{nxt}<div class="loader">Loading…</div></div>'
    )
    return page(c, "", body)


def ticker(c: Ctx) -> str:
    tick = each(
        c,
        lambda i: (
            f'<li class="ticker__entry"><time>{i["time"]}</time> <a href="{i["href"]}">{i["h"]}</a> <p class="ticker__text">{i["t"]}</p></li>'
        ),
        '<section class="live-ticker" aria-live="polite"><h2>LIVE</h2><ol>{}</ol></section>',
    )
    body = (
        f'{NAV}\n{tick}\n<main><article><h1>{e(c.title)}</h1><p class="byline">{c.extra["by"]}</p>\n'
        f'<div class="article__text">{c.body("p")}</div></article></main>\n{FOOT}'
    )
    return page(c, "", body)


def newsletter(c: Ctx) -> str:
    other = each(
        c,
        lambda i: (
            f'<tr><td style="padding:8px 0;border-top:1px solid #ddd"><a href="{i["href"]}" style="font-weight:bold;color:#111">{i["h"]}</a><br><span style="font-size:14px">{i["t"]}</span></td></tr>'
        ),
        '<tr><td><h3 style="font-family:Georgia">In other news</h3></td></tr>{}',
    )
    body = (
        '<table width="600" align="center" cellpadding="0" cellspacing="0" role="presentation">'
        '<tr><td style="font-size:12px">View this email in your browser</td></tr>\n'
        f'<tr><td><h1 style="font-family:Georgia">{e(c.title)}</h1></td></tr>\n'
        f'<tr><td style="font-size:16px;line-height:1.5">{c.body("p")}</td></tr>\n{other}\n'
        '<tr><td style="font-size:11px">You are receiving this because you subscribed. <a href="#">Unsubscribe</a></td></tr></table>'
    )
    return page(c, "", body)


def seedstyle(c: Ctx) -> str:
    tail = each(c, lambda i: f"<p>{i['h']}</p>\n<p>{i['t']}</p>")
    body = (
        f'<div class="container"><h1>{e(c.title)}</h1><p class="post-by">Post by : {c.extra["by"]}</p>\n'
        f'<div class="content">{c.body("p")}\n{tail}</div></div>'
    )
    return page(c, "", body)


def h3dek(c: Ctx) -> str:
    tail = each(c, lambda i: f'<h3><a href="{i["href"]}">{i["h"]}</a></h3>\n<p>{i["t"]}</p>')
    body = f'<main><h1>{e(c.title)}</h1>\n<div class="article">{c.body("p")}\n{tail}</div></main>'
    return page(c, "", body)


def sidebar_misleading(c: Ctx) -> str:
    side = each(
        c,
        lambda i: (
            f'<div class="entry"><span class="num">{i["rank"]}</span><h4><a href="{i["href"]}">{i["h"]}</a></h4><p>{i["t"]}</p></div>'
        ),
        '<div class="col-right"><div class="article-content main-text">{}</div></div>',
    )
    body = (
        f'<div class="wrap">{side}<div class="col-left"><div class="widget"><h1>{e(c.title)}</h1>\n'
        f'<div class="teaser-list">{c.body("p")}</div></div></div></div>'
    )
    return page(c, "", body)


def between(c: Ctx) -> str:
    half = len(c.items) // 2
    first = Ctx(c.title, c.lang, c.paras, "", 0, c.items[:half], c.rng)
    rest = Ctx(c.title, c.lang, c.paras, "", 0, c.items[half:], c.rng)
    box = each(
        first,
        lambda i: f'<li><a href="{i["href"]}">{i["h"]}</a> <span>{i["t"]}</span></li>',
        '<div class="related-inline"><ul>{}</ul></div>',
    )
    tail = each(
        rest,
        lambda i: (
            f'<div class="card"><img src="{i["img"]}"><p class="card-title"><a href="{i["href"]}">{i["h"]}</a></p><p class="card-dek">{i["t"]}</p><p class="card-by">{i["by"]}</p></div>'
        ),
    )
    body = f'<div class="article"><h1>{e(c.title)}</h1>\n{c.body("p", box, 1)}\n{tail}</div>'
    return page(c, "", body)


def before(c: Ctx) -> str:
    top = each(
        c,
        lambda i: (
            f'<div class="top-story"><a href="{i["href"]}"><span class="kicker">{i["time"]}</span><h2>{i["h"]}</h2></a><p>{i["t"]}</p></div>'
        ),
        '<div class="top-stories">{}</div>',
    )
    body = f'<div id="content">{top}\n<div class="article"><h1>{e(c.title)}</h1>\n{c.body("p")}</div></div>'
    return page(c, "", body)
