"""Layouts: arc2023, naviga2016."""

from __future__ import annotations

from blocks import VJS, Page, esc
from layouts_a import head


def arc2023(p: Page) -> str:
    a = p.art
    card = (
        '<span class="sc-4kP2 hoverWrap"><a href="/author/x">{name}</a><span class="sc-9Qz tooltip" aria-label="profile">'
        "{label} {head}</span></span>"
    )
    upnext = p.items(2, "video", ("none",))
    il_h, _ = p.head()

    def video() -> str:
        return (
            f'<div class="sc-1mQ7 video-player"><div class="vjs-modal-dialog">{p.cl(VJS, "video")}</div>'
            f'<div class="vjs-msg">{p.lab("video", "video")}</div><div class="up-next"><span>{p.lab("upnext", "video")}</span>'
            + "".join(f"<a>{h}</a>" for h, _ in upnext)
            + "</div></div>"
        )

    ins = p.place(
        [
            lambda: (
                f'<p class="sc-2Fx interstitial-link"><strong>{p.lab("read_also", "read_also")}</strong> <a>{p.cl(il_h, "read_also")}</a></p>'
            ),
            video,
            lambda: (
                f'<div class="sc-7Ha ad-slot"><span class="ad-label">{p.lab("ad", "ad")}</span></div>'
            ),
        ]
    )
    body = p.render(
        lambda t: f'<p class="sc-kEjbxe dWRqPV" data-el="text">{p.text(t, card)}</p>',
        lambda t: f'<h2 class="sc-hBEYos fTsdBy">{t}</h2>',
        lambda xs: '<ul class="sc-dIsUp">' + "".join(f"<li>{x}</li>" for x in xs) + "</ul>",
        ins,
    )
    mr = p.items(5, "most_read", ("none",))
    nxt, ndek = p.head()
    return (
        head(p)
        + f"""<body><div id="fusion-app"><header class="sc-Top">{esc(p.site)} <nav>{p.crumbs(" | ")}</nav></header>
<div class="sc-stick now-reading" aria-hidden="true"><span>{p.lab("now", "headline_repeat")}</span> {esc(p.title)}</div>
<article class="sc-Art"><h1 class="sc-Hd">{esc(p.title)}</h1>
<div class="sc-By"><a>{esc(a["author"])}</a><time>{esc(a["date"])}</time></div>
<figure><img src="/a.jpg"><figcaption><span>{esc(a["caption"])}</span> <span class="credit">{p.credit()}</span></figcaption></figure>
<div class="sc-Body article-body">
{body}
<div class="sc-Pw" hidden><p>{p.lab("paywall", "hidden")}</p></div>
<p class="sc-kEjbxe" data-el="text"><i>{p.lab("app", "promo")}</i></p>
</div></article>
<aside class="sc-Rail"><h3>{p.lab("most_read", "most_read")}</h3>{"".join(f"<div><span>{i + 1}</span><a>{h}</a></div>" for i, (h, _) in enumerate(mr))}</aside>
<section class="sc-Next"><h4>{p.lab("next", "next_article")}</h4><h2>{p.cl(nxt, "next_article")}</h2><p>{p.cl(ndek, "next_article")}</p></section>
</div><script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="site";</script></body></html>
"""
    )


def naviga2016(p: Page) -> str:
    a = p.art
    inl = p.items(3, "related", ("none",))
    trend = p.items(4, "most_read", ("none",))

    def inline() -> str:
        return (
            f'<div class="inline-related"><h4>{p.lab("related", "related")}</h4><ul>'
            + "".join(f"<li><a>{h}</a></li>" for h, _ in inl)
            + "</ul></div>"
        )

    ins = p.place(
        [inline, lambda: f'<div class="meter-message">{p.lab("paywall", "paywall")}</div>']
    )
    body = p.render(
        lambda t: f"<p>{p.text(t, '')}</p>",
        lambda t: f"<p><strong>{t}</strong></p>",
        lambda xs: "".join(f"<p>• {x}</p>" for x in xs),
        ins,
    )
    hours = [f"{p.rng.randint(1, 11)} h" for _ in trend]
    return (
        head(p)
        + f"""<body class="story-page">
<div id="header"><div class="logo">{esc(p.site)}</div><div class="eedition">{p.lab("newsletter", "promo")}</div></div>
<div id="content"><div class="section-label">{p.crumbs(" » ")}</div>
<div id="storyContent"><h1 class="headline">{esc(p.title)}</h1>
<div class="byline">{esc(a["author"])}</div><div class="posted">{esc(a["date"])}</div>
<div class="photo"><img src="/n.jpg"><div class="cutline">{esc(a["caption"])}</div><div class="photo-credit">{p.credit()}</div></div>
<div id="storyBody" class="story-body">
{body}
</div>
<div class="story-tools"><span class="comment-count">{p.comments_n()}</span> <a>{p.lab("share", "share")}</a></div>
<div class="copyright">{p.cl("Copyright 2016 " + p.site, "toolbar")}</div>
</div>
<div id="trending"><h3>{p.lab("most_read", "most_read")}</h3><ul>
{"".join(f'<li><a>{h}</a> <span class="ago">{hrs}</span></li>' for (h, _), hrs in zip(trend, hours, strict=True))}</ul></div>
<div class="sponsored"><span>{p.lab("sponsored", "sponsored")}</span> <a>{p.cl(p.c["sponsored_item"], "sponsored")}</a></div>
</div></body></html>
"""
    )


LAYOUTS_D = {f.__name__: f for f in (arc2023, naviga2016)}
