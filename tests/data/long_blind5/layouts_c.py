"""Layouts (heldback): escenic2009, liveblog2021, amp2017, wap2006, vuenuxt2022."""

from __future__ import annotations

from blocks import VJS, Page, esc
from layouts_a import head


def escenic2009(p: Page) -> str:
    a = p.art
    box = p.items(3, "related", ("ell", "raw"))

    def relbox() -> str:
        return (
            f'<div class="relatedArticles floatRight"><h5>{p.lab("read_also", "read_also")}</h5>'
            + "".join(
                f'<div class="teaser"><a class="title">{h}</a><p class="leadtext">{d}</p></div>'
                for h, d in box
            )
            + "</div>"
        )

    ins = p.place(
        [
            relbox,
            lambda: f'<div class="advert"><div class="advertLabel">{p.lab("ad", "ad")}</div></div>',
            lambda: f'<p class="tipsBox"><strong>{p.lab("app", "promo")}</strong></p>',
        ]
    )
    segs = p.segments()
    first = str(segs[0][1])
    body = p.render(
        lambda t: (
            f'<p class="lead">{p.text(t, "")}</p>' if t == first else f"<p>{p.text(t, '')}</p>"
        ),
        lambda t: f'<h3 class="mellomtittel">{t}</h3>',
        lambda xs: "<ul>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>",
        ins,
    )
    mr = p.items(5, "most_read", ("none",))
    return (
        head(p)
        + f"""<body id="escenic" class="article"><div id="page"><div id="header"><a class="logo">{esc(p.site)}</a><ul class="menu">{p.crumbs("")}</ul></div>
<div id="main"><div class="article"><h1 class="title">{esc(p.title)}</h1>
<ul class="byline"><li class="author">{esc(a["author"])}</li><li class="published">{esc(a["date"])}</li></ul>
<div class="image"><img src="/incoming/article1.ece/ALTERNATES/w620/foto.jpg"><p class="caption">{esc(a["caption"])}</p><p class="photographer">{p.credit()}</p></div>
<div class="body">
{body}
</div>
<div class="paywall-teaser"><p>{p.lab("paywall", "paywall")}</p></div>
<div class="articleTools"><a>{p.lab("share", "share")}</a> <a>{p.comments_n()}</a></div></div>
<div id="sidebar"><div class="mostRead"><h4>{p.lab("most_read", "most_read")}</h4><ol>{"".join(f"<li><a>{h}</a></li>" for h, _ in mr)}</ol></div>
<div class="newsletterSignup">{p.lab("newsletter", "promo")}</div></div></div>
<div id="cookieWarning">{p.lab("cookie", "cookie")}</div></div></body></html>
"""
    )


def liveblog2021(p: Page) -> str:
    a = p.art
    card = '<a class="lb-mention">{name}</a><span class="lb-card" hidden>{label} · {head}</span>'
    segs = p.segments()
    times = []
    hh, mm = 7, p.rng.randint(0, 20)
    groups: list[list[int]] = [[]]
    for i, (k, _) in enumerate(segs):
        groups[-1].append(i)
        if k == "p" and p.rng.random() < 0.45 and i < len(segs) - 1 and segs[i + 1][0] != "ul":
            groups.append([])
    groups = [g for g in groups if g]
    entries = []
    ad_at = p.rng.randrange(1, max(len(groups) - 1, 2))
    for n, g in enumerate(groups):
        mm += p.rng.randint(6, 25)
        hh, mm = hh + mm // 60, mm % 60
        t = f"{hh:02d}:{mm:02d}"
        times.append(t)
        inner = []
        for i in g:
            k, v = segs[i]
            if k == "p":
                inner.append(f"<p>{p.text(str(v), card)}</p>")
            elif k == "h":
                inner.append(f"<h3>{esc(str(v))}</h3>")
            else:
                inner.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in v) + "</ul>")  # type: ignore[union-attr]
        share = p.lab("share", "share") if n % 3 == 1 else ""
        entries.append(
            f'<div class="lb-post" data-id="{n}"><div class="lb-meta"><time>{t}</time></div>'
            f'<div class="lb-content">{"".join(inner)}</div><div class="lb-share">{share}</div></div>'
        )
        if n == ad_at:
            entries.append(f'<div class="lb-ad"><span>{p.lab("ad", "ad")}</span></div>')
    p.neutral.extend(times)
    newer = p.cl(
        f"{p.rng.randint(2, 6)} "
        + {"no": "nye oppdateringer", "sv": "nya uppdateringar"}.get(a["lang"], "new updates"),
        "toolbar",
    )
    other = p.items(3, "related", ("full",))
    entries.reverse()
    return (
        head(p)
        + f"""<body class="liveblog"><header>{esc(p.site)} <span class="live-badge">LIVE</span> {p.crumbs(" · ")}</header>
<main><h1 class="lb-title">{esc(p.title)}</h1><div class="lb-byline">{esc(a["author"])} · {esc(a["date"])}</div>
<div class="lb-intro"><img src="/live.jpg"><span class="cap">{esc(a["caption"])}</span> <span class="cr">{p.credit()}</span></div>
<button class="lb-listen">{p.lab("listen", "audio")}</button>
<div class="lb-newposts" role="status">{newer}</div>
<div class="lb-timeline">
{"".join(entries)}
</div>
<div class="lb-promo"><p>{p.lab("newsletter", "promo")}</p></div>
<section class="lb-other"><h2>{p.lab("related", "related")}</h2>
{"".join(f'<div class="lb-other-item"><span class="live-dot">LIVE</span><a>{h}</a><p>{d}</p></div>' for h, d in other)}</section>
<div class="lb-comments">{p.comments_n()}</div></main></body></html>
"""
    )


def amp2017(p: Page) -> str:
    a = p.art
    car = p.items(3, "related", ("none",))
    gal = p.items(2, "slideshow", ("full",))

    def gallery() -> str:
        return (
            '<amp-carousel type="slides" layout="responsive" width="4" height="3">'
            + "".join(
                f'<figure><amp-img src="/g{i}.jpg" layout="fill"></amp-img><figcaption>{p.lab("gallery", "slideshow")} {h} {d}</figcaption></figure>'
                for i, (h, d) in enumerate(gal)
            )
            + "</amp-carousel>"
        )

    ins = p.place(
        [
            lambda: (
                f'<div class="amp-ad-wrap"><div class="ad-label">{p.lab("ad", "ad")}</div><amp-ad width="300" height="250" type="doubleclick"></amp-ad></div>'
            ),
            gallery,
            lambda: (
                f'<p class="related-line"><b>{p.lab("read_also", "read_also")}</b> <a>{p.cl(p.head()[0], "read_also")}</a></p>'
            ),
        ]
    )
    body = p.render(
        lambda t: f"<p>{p.text(t, '')}</p>",
        lambda t: f"<h2>{t}</h2>",
        lambda xs: "<ul>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>",
        ins,
    )
    return (
        head(
            p,
            '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>.ad-label{font-size:10px}</style>',
        )
        + f"""<body>
<amp-user-notification id="consent" layout="nodisplay"><p>{p.lab("cookie", "cookie")}</p><button>{p.lab("accept", "cookie")}</button></amp-user-notification>
<amp-sidebar id="nav" layout="nodisplay" side="left"><ul><li>{p.crumbs("</li><li>")}</li></ul></amp-sidebar>
<header class="amp-header"><span>{esc(p.site)}</span></header>
<article class="amp-article"><h1>{esc(p.title)}</h1><p class="amp-meta">{esc(a["author"])} — {esc(a["date"])}</p>
<figure><amp-img src="/a.jpg" width="16" height="9" layout="responsive"></amp-img><figcaption>{esc(a["caption"])} <small>{p.credit()}</small></figcaption></figure>
{body}
<section subscriptions-section="content-not-granted"><p>{p.lab("paywall", "paywall")}</p></section>
<amp-social-share type="facebook"></amp-social-share><p class="share-label">{p.lab("share", "share")}</p>
</article>
<section class="amp-related"><h3>{p.lab("related", "related")}</h3><amp-carousel height="120" layout="fixed-height" type="carousel">
{"".join(f'<div class="card"><a>{h}</a></div>' for h, _ in car)}</amp-carousel></section>
<div class="amp-next"><span>{p.lab("next", "next_article")}</span> <a>{p.cl(p.head()[0], "next_article")}</a></div>
<footer>{p.lab("app", "promo")}</footer></body></html>
"""
    )


def wap2006(p: Page) -> str:
    a = p.art
    rel = p.items(4, "related", ("none",))
    ins = p.place(
        [
            lambda: (
                f'{p.lab("ad", "ad")}: <a href="/ad?id=7">{p.cl(p.c["sponsored_item"], "sponsored")}</a>'
            ),
            lambda: f'&gt; <a href="/m/n2.wml">{p.cl(p.head()[0], "read_also")}</a>',
        ]
    )
    parts = []
    for i, (k, v) in enumerate(p.segments()):
        parts.append(
            esc(str(v))
            if k == "p"
            else f"<b>{esc(str(v))}</b>"
            if k == "h"
            else "<br/>".join("* " + esc(x) for x in v)
        )  # type: ignore[union-attr]
        if i in ins:
            parts.append(ins[i]())
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{a["lang"]}"><head><meta http-equiv="Content-Type" content="application/xhtml+xml; charset=utf-8"/><title>{esc(p.site)}</title></head>
<body><div class="hd"><b>{esc(p.site)}</b><br/>{p.crumbs(" | ")}</div><hr/>
<div class="t"><b>{esc(p.title)}</b><br/><small>{esc(a["date"])} {esc(a["author"])}</small></div>
<div class="b"><img src="/m/i.jpg" width="120" alt=""/><br/><small>{esc(a["caption"])} {p.credit()}</small><br/>
{"<br/><br/>".join(parts)}
</div><hr/>
<div class="n">[1] <a accesskey="1">{p.lab("share", "share")}</a><br/>[2] <a accesskey="2">{p.comments_n()}</a></div><hr/>
<div class="r"><b>{p.lab("related", "related")}</b><br/>{"".join(f'&gt; <a href="/m/{i}.wml">{h}</a><br/>' for i, (h, _) in enumerate(rel))}</div><hr/>
<div class="f">{p.lab("app", "promo")}<br/>0 <a accesskey="0">{esc(p.c["home"])}</a></div></body></html>
"""


def vuenuxt2022(p: Page) -> str:
    a = p.art
    card = (
        '<span data-v-7c1e2b class="person-chip"><a data-v-7c1e2b>{name}</a><span data-v-7c1e2b class="person-chip__pop">'
        "<b>{label}</b><span>{head}</span></span></span>"
    )
    th, td = p.head()
    ins = p.place(
        [
            lambda: (
                f'<div data-v-3f0a9d class="teaser-inline"><span data-v-3f0a9d class="kicker">{p.lab("read_also", "read_also")}</span><a data-v-3f0a9d>{p.cl(th, "read_also")}</a><span data-v-3f0a9d>{p.cl(p.dek(td, "dots"), "read_also")}</span></div>'
            ),
            lambda: (
                f'<div data-v-3f0a9d class="promo-box" hidden>{p.lab("app", "hidden")}</div><div data-v-3f0a9d class="nl-box">{p.lab("newsletter", "promo")}</div>'
            ),
            lambda: (
                f'<div data-v-9b22e1 class="video"><div class="vjs-modal-dialog">{p.cl(VJS, "video")}</div><div class="vjs-overlay">{p.lab("video", "video")}</div></div>'
            ),
        ]
    )
    body = p.render(
        lambda t: f'<div data-v-3f0a9d class="paragraph">{p.text(t, card)}</div>',
        lambda t: f'<div data-v-3f0a9d class="subheadline" role="heading" aria-level="2">{t}</div>',
        lambda xs: (
            '<div data-v-3f0a9d class="list">'
            + "".join(f'<div class="list-item">{x}</div>' for x in xs)
            + "</div>"
        ),
        ins,
    )
    more = p.items(4, "related", ("raw", "full"))
    return (
        head(p)
        + f"""<body><div id="__nuxt"><div id="__layout"><div data-v-11aa33 class="app">
<header data-v-11aa33><span class="brand">{esc(p.site)}</span><nav>{p.crumbs(" ")}</nav></header>
<div data-v-5d4e11 class="sticky-title" aria-hidden="true">{p.lab("now", "headline_repeat")} <span>{esc(p.title)}</span></div>
<article data-v-3f0a9d class="article"><h1 data-v-3f0a9d>{esc(p.title)}</h1>
<div data-v-3f0a9d class="meta"><span>{esc(a["author"])}</span> <span>{esc(a["date"])}</span> <span class="cc">{p.comments_n()}</span></div>
<div data-v-3f0a9d class="audio">{p.lab("listen", "audio")}</div>
<div data-v-3f0a9d class="hero"><img src="/h.jpg"><div class="hero__caption">{esc(a["caption"])}</div><div class="hero__credit">{p.credit()}</div></div>
<div data-v-3f0a9d class="article-body">
{body}
</div>
<div data-v-3f0a9d class="paywall-gradient"><p>{p.lab("paywall", "paywall")}</p></div>
<div data-v-3f0a9d class="author-card">{p.bio()} <a>{p.more_from()}</a></div>
<div data-v-3f0a9d class="tag-list">{p.tags("<a>#{t}</a>")}</div></article>
<section data-v-8e8e8e class="recommendations"><h2>{p.lab("related", "related")}</h2>
{"".join(f'<div class="rec"><h3>{h}</h3><p>{d}</p></div>' for h, d in more)}</section>
<div data-v-0c0c0c class="consent">{p.lab("cookie", "cookie")}</div></div></div></div>
<script>window.__NUXT__={{layout:"default",data:[{{}}],state:{{}}}};</script></body></html>
"""
    )


LAYOUTS_C = {f.__name__: f for f in (escenic2009, liveblog2021, amp2017, wap2006, vuenuxt2022)}
