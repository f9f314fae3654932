"""Layouts: wpvip2018, nextjs2024, sinaportal2010, arabportal2014, ruregional2012."""

from __future__ import annotations

import json

from blocks import VJS, Page, esc
from layouts_a import head


def wpvip2018(p: Page) -> str:
    a = p.art
    card = (
        '<span class="author-hover"><a class="author-hover__name" href="/author/x/">{name}</a>'
        '<span class="author-hover__card"><span>{name}</span> <button>{label}</button> <em>{head}</em></span></span>'
    )
    rh, rd = p.head()

    def related_inline() -> str:
        return (
            f'<aside class="pmc-related-link"><span class="pmc-related-type">{p.lab("read_also", "read_also")}</span>'
            f'<a href="/2018/x/">{p.cl(rh, "read_also")}</a><span class="excerpt">{p.cl(p.dek(rd, "br"), "read_also")}</span></aside>'
        )

    ins = p.place(
        [
            related_inline,
            lambda: (
                f'<div class="admz"><div class="adunit-label">{p.lab("ad", "ad")}</div><div id="div-gpt-ad-1"></div></div>'
            ),
            lambda: (
                f'<div class="newsletter-inline"><p>{p.lab("newsletter", "promo")}</p><input type="email"></div>'
            ),
            lambda: (
                f'<figure class="wp-block-image"><img src="/wp-content/uploads/b.jpg"><p class="photo-credit">{p.credit()}</p></figure>'
            ),
        ]
    )
    body = p.render(
        lambda t: f"<p>{p.text(t, card)}</p>",
        lambda t: f"<h2>{t}</h2>",
        lambda xs: "<ul>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>",
        ins,
    )
    more = p.items(4, "related", ("raw", "ell"))
    counts = p.cl(f"{p.rng.randint(1, 9)}.{p.rng.randint(1, 9)}K Shares", "share")
    return (
        head(p)
        + f"""<body class="post-template-default single single-post">
<header id="masthead" class="site-header"><p class="site-title">{esc(p.site)}</p></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard has-post-thumbnail">
<header class="entry-header"><div class="cat-links">{p.crumbs(" / ")}</div><h1 class="entry-title">{esc(p.title)}</h1>
<div class="entry-meta"><span class="byline">{esc(a["author"])}</span> <time class="entry-date published">{esc(a["date"])}</time></div>
<ul class="social-share"><li class="share-count">{counts}</li><li><a>{p.lab("share", "share")}</a></li></ul></header>
<figure class="wp-caption aligncenter"><img src="/wp-content/uploads/a.jpg"><figcaption class="wp-caption-text">{esc(a["caption"])} <span class="image-credit">{p.credit()}</span></figcaption></figure>
<div class="entry-content">
{body}
<p class="pw-note"><em>{p.lab("paywall", "paywall")}</em></p>
<div class="author-bio"><p>{p.bio()}</p><a>{p.more_from()}</a></div>
</div>
<footer class="entry-footer"><span class="tags-links">{p.lab("tags", "tags")} {p.tags('<a rel="tag">{t}</a>', ", ")}</span></footer>
</article>
<section class="more-stories"><h2>{p.lab("related", "related")}</h2>
{"".join(f'<article class="story"><h3 class="story__title"><a>{h}</a></h3><div class="story__excerpt">{d}</div></article>' for h, d in more)}</section>
<div id="comments"><h2 class="comments-title">{p.comments_n()}</h2><ol class="comment-list"><li><p>{p.cl(p.c["comment"], "comments")}</p></li></ol></div>
</main></div><div class="cookie-notice-container">{p.lab("cookie", "cookie")} <a>{p.lab("accept", "cookie")}</a></div></body></html>
"""
    )


def nextjs2024(p: Page) -> str:
    a = p.art
    card = (
        '<span class="HoverCard_root__a8Fq2"><a class="HoverCard_trigger__Lk3" href="/p/x">{name}</a>'
        '<span class="HoverCard_content__0pQm" data-state="closed">{label}{head}</span></span>'
    )
    ph, pd = p.head()

    def inline_promo() -> str:
        return (
            f'<div class="InlinePromo_wrap__Xe7Kp" data-testid="inline-promo"><span class="InlinePromo_kicker__mP0">{p.lab("read_also", "read_also")}</span>'
            f'<a class="InlinePromo_title__91c">{p.cl(ph, "read_also")}</a><p class="InlinePromo_dek__3Zr">{p.cl(pd, "read_also")}</p></div>'
        )

    upn = p.items(1, "video", ("none",))

    def player() -> str:
        return (
            f'<div class="VideoPlayer_player__Ty8"><div class="VideoPlayer_overlay__x1">{p.lab("video", "video")}</div>'
            f'<div class="VideoPlayer_next__9k"><span>{p.lab("upnext", "video")}</span> {upn[0][0]}</div></div>'
        )

    ins = p.place(
        [
            inline_promo,
            player,
            lambda: (
                f'<div class="AdSlot_slot__2Qx"><p class="AdSlot_label__Mn">{p.lab("ad", "ad")}</p></div>'
            ),
        ]
    )
    body = p.render(
        lambda t: f'<p class="Paragraph_paragraph__kQz8e">{p.text(t, card)}</p>',
        lambda t: f'<h2 class="Heading_h2__Wq1">{t}</h2>',
        lambda xs: (
            '<ul class="List_ul__pO4">'
            + "".join(f'<li class="List_li__c2">{x}</li>' for x in xs)
            + "</ul>"
        ),
        ins,
    )
    more = p.items(5, "related", ("full", "dots", "none"))
    state = {
        "props": {"pageProps": {"article": {"headline": p.title, "byline": a["author"]}}},
        "page": "/[section]/[slug]",
    }
    return (
        head(p)
        + f"""<body><div id="__next"><div class="Layout_page__V2bQ">
<header class="Header_header__pX2"><a class="Header_logo__o3">{esc(p.site)}</a><nav class="Header_nav__y6">{p.crumbs("")}</nav></header>
<div class="NowReading_bar__3FhT" aria-hidden="true"><span class="NowReading_label__Kq">{p.lab("now", "headline_repeat")}</span><span class="NowReading_title__s0">{esc(p.title)}</span></div>
<main class="Article_main__kL0Qp"><h1 class="Article_headline__x8Dd">{esc(p.title)}</h1>
<div class="Byline_byline__cc3"><span>{esc(a["author"])}</span><time>{esc(a["date"])}</time></div>
<button class="AudioButton_btn__Ol">{p.lab("listen", "audio")}</button>
<figure class="Figure_fig__Rt"><img alt="" src="/_next/image?url=a.jpg"><figcaption class="Figure_cap__Zx">{esc(a["caption"])}<span class="Figure_credit__p3">{p.credit()}</span></figcaption></figure>
<div class="ArticleBody_body__w2Fg9">
{body}
<div style="display:none" class="Paywall_teaser__Qe"><p>{p.lab("paywall", "hidden")}</p><p>{p.cl(p.head()[0], "hidden")}</p></div>
</div>
<div class="Topics_topics__V1">{p.tags('<a class="Topics_pill__a1">{t}</a>')}</div>
<section class="MoreStories_section__bB"><h2 class="MoreStories_h__o">{p.lab("related", "related")}</h2>
{"".join(f'<a class="Card_card__H7"><h3 class="Card_title__u1">{h}</h3><p class="Card_dek__k5">{d}</p></a>' for h, d in more)}</section>
</main><footer class="Footer_f__q">{p.lab("app", "promo")}</footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script></body></html>
"""
    )


def sinaportal2010(p: Page) -> str:
    a = p.art
    rel = p.items(5, "related", ("none",))
    rank = p.items(6, "most_read", ("none",))
    pics = p.items(3, "slideshow", ("none",))
    dates = [
        f"({p.rng.randint(10, 12)}-{p.rng.randint(1, 28):02d} {p.rng.randint(7, 22)}:{p.rng.randint(0, 59):02d})"
        for _ in rel
    ]
    ins = p.place(
        [
            lambda: f'<div class="ad_text" style="text-align:center">{p.lab("ad", "ad")}</div>',
            lambda: (
                f'<p class="rela"><strong>{p.lab("read_also", "read_also")}</strong><a>{p.cl(p.head()[0], "read_also")}</a></p>'
            ),
        ]
    )
    body = p.render(
        lambda t: f"<p>\u3000\u3000{p.text(t, '')}</p>",
        lambda t: f"<p><strong>\u3000\u3000{t}</strong></p>",
        lambda xs: "".join(f"<p>\u3000\u3000{x}</p>" for x in xs),
        ins,
    )
    return (
        head(p)
        + f"""<body><div class="top_bar">{esc(p.site)} | {p.crumbs(" &gt; ")}</div>
<div class="wrap"><div class="blkContainer"><div class="blkContainerSblk">
<h1 id="artibodyTitle">{esc(p.title)}</h1>
<div class="artInfo"><span id="pub_date">{esc(a["date"])}</span> <span id="media_name">{esc(a["author"])}</span> <span class="cmnt">{p.comments_n()}</span></div>
<div class="blkContainerSblkCon" id="artibody">
<div class="img_wrapper"><img src="/p.jpg"><span class="img_descr">{esc(a["caption"])}{p.credit()}</span></div>
{body}
<p class="vip-tip">{p.lab("paywall", "paywall")}</p>
<p class="article-editor">{p.cl("（责任编辑：王晓燕）" if a["lang"] == "zh" else "— " + p.c["site"][0], "toolbar")}</p>
</div>
<div class="shareBar">{p.lab("share", "share")}</div>
<div class="otherContent_01"><h2>{p.lab("related", "related")}</h2><ul>
{"".join(f"<li><a>{h}</a> <span>{d}</span></li>" for (h, _), d in zip(rel, dates, strict=True))}</ul></div>
<div class="keywords">{p.lab("tags", "tags")}{p.tags("<a>{t}</a> ")}</div>
</div></div>
<div class="side"><div class="rank"><h3>{p.lab("most_read", "most_read")}</h3><ol>{"".join(f"<li><em>{i + 1}</em><a>{h}</a></li>" for i, (h, _) in enumerate(rank))}</ol></div>
<div class="pics"><h3>{p.lab("gallery", "slideshow")}</h3>{"".join(f'<div class="pic"><img src="/s.jpg"><p>{h}</p></div>' for h, _ in pics)}</div>
<div class="qr">{p.lab("app", "promo")}</div></div></div></body></html>
"""
    )


def arabportal2014(p: Page) -> str:
    a = p.art
    ra = p.items(2, "read_also", ("none",))
    ins = p.place(
        [
            lambda: (
                f'<div class="read-also"><span class="ra-title">{p.lab("read_also", "read_also")}</span><ul>'
                + "".join(f"<li><a>{h}</a></li>" for h, _ in ra)
                + "</ul></div>"
            ),
            lambda: f'<div class="ads-inner"><small>{p.lab("ad", "ad")}</small></div>',
            lambda: f'<div class="subscribe-box">{p.lab("newsletter", "promo")}</div>',
        ]
    )
    body = p.render(
        lambda t: f"<p>{p.text(t, '')}</p>",
        lambda t: f'<h3 class="inner-title">{t}</h3>',
        lambda xs: "<ul class='list-dots'>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>",
        ins,
    )
    rel = p.items(4, "related", ("full", "ell"))
    mr = p.items(5, "most_read", ("none",))
    return (
        head(p)
        + f"""<body class="rtl"><div class="top-header"><div class="logo">{esc(p.site)}</div><div class="breaking-ticker"><span>{p.lab("most_read", "most_read")}</span></div></div>
<div class="container"><ol class="breadcrumb">{p.crumbs("</li><li>")}</ol>
<div class="news-details col-md-8"><h1 class="news-title">{esc(p.title)}</h1>
<div class="news-info"><span class="news-author">{esc(a["author"])}</span> <span class="news-date">{esc(a["date"])}</span>
<span class="views">{p.cl(str(p.rng.randint(300, 9000)) + " مشاهدة" if a["lang"] == "ar" else str(p.rng.randint(300, 9000)) + " views", "share")}</span></div>
<div class="news-share"><a class="fb">{p.lab("share", "share")}</a></div>
<div class="news-img"><img src="/n.jpg"><p class="img-caption">{esc(a["caption"])} - {p.credit()}</p></div>
<div class="details-text">
{body}
</div>
<div class="news-tags"><strong>{p.lab("tags", "tags")}</strong>{p.tags("<a>{t}</a>")}</div>
<div class="related-news"><h4>{p.lab("related", "related")}</h4>
{"".join(f'<div class="related-item"><a class="r-title">{h}</a><p class="r-brief">{d}</p></div>' for h, d in rel)}</div>
<div class="fb-comments"><h4>{p.comments_n()}</h4><div class="c">{p.cl(p.c["comment"], "comments")}</div></div></div>
<div class="col-md-4 sidebar"><div class="tabs"><div class="tab-pane" id="most-read"><ul>{"".join(f"<li><span class='num'>{i + 1}</span><a>{h}</a></li>" for i, (h, _) in enumerate(mr))}</ul></div></div>
<div class="sponsored-box"><span>{p.lab("sponsored", "sponsored")}</span><a>{p.cl(p.c["sponsored_item"], "sponsored")}</a></div></div></div>
<div class="cookies-bar">{p.lab("cookie", "cookie")}<button>{p.lab("accept", "cookie")}</button></div></body></html>
"""
    )


def ruregional2012(p: Page) -> str:
    a = p.art
    rel = p.items(5, "related", ("none",))
    dates = [f"{p.rng.randint(1, 28):02d}.11.2026" for _ in rel]
    top = p.items(5, "most_read", ("none",))
    ins = p.place(
        [
            lambda: (
                f'<b>{p.lab("read_also", "read_also")}</b> <a href="/news/1.html">{p.cl(p.head()[0], "read_also")}</a>'
            ),
            lambda: (
                f'<div align="center" class="banner"><span style="font-size:9px">{p.lab("ad", "ad")}</span><a><img src="/b/240x400.gif"></a></div>'
            ),
        ]
    )
    parts = []
    segs = p.segments()
    for i, (k, v) in enumerate(segs):
        parts.append(
            p.text(str(v), "")
            if k == "p"
            else f"<b>{esc(str(v))}</b>"
            if k == "h"
            else "<br />".join("— " + esc(x) for x in v)
        )  # type: ignore[union-attr]
        if i in ins:
            parts.append(ins[i]())
    text = "<br /><br />".join(parts)
    views = p.cl(
        ("Просмотров: " if a["lang"] == "ru" else "👁 ") + str(p.rng.randint(400, 20000)), "share"
    )
    errata = (
        "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter" if a["lang"] == "ru" else "Ctrl+Enter"
    )
    return (
        head(p)
        + f"""<body><div id="header"><div class="logo">{esc(p.site)}</div><div class="speedbar">{p.crumbs(" &raquo; ")}</div></div>
<table class="main" width="100%"><tr><td class="content" valign="top">
<div class="fullstory"><div class="title"><h1>{esc(p.title)}</h1></div>
<table class="info" width="100%"><tr><td>{esc(a["date"])}</td><td>{esc(a["author"])}</td><td>{views}</td><td><a href="/print">{p.lab("share", "toolbar")}</a></td></tr></table>
<div class="full-text"><div id="news-id-8812" style="display:inline;"><div style="text-align:center;"><img src="/uploads/posts/2026-12/f.jpg"><br /><i>{esc(a["caption"])}</i> <i>{p.credit()}</i></div><br />
{text}</div></div>
<div class="errata">{p.cl(errata, "toolbar")}</div>
<div class="related-news"><b>{p.lab("related", "related")}</b><ul>
{"".join(f"<li>{d} <a>{h}</a></li>" for (h, _), d in zip(rel, dates, strict=True))}</ul></div>
<div class="comments"><b>{p.comments_n()}</b><div class="comment"><span class="name">Гость</span> {p.cl(p.c["comment"], "comments")}</div></div>
</div></td><td class="side" width="240" valign="top"><div class="block"><div class="btitle">{p.lab("most_read", "most_read")}</div>
{"".join(f"<div class='top-item'><a>{h}</a></div>" for h, _ in top)}</div><div class="block">{p.lab("app", "promo")}</div>
<div class="vjs"><div class="vjs-modal-dialog">{p.cl(VJS, "video")}</div></div></td></tr></table></body></html>
"""
    )


LAYOUTS_B = {
    f.__name__: f for f in (wpvip2018, nextjs2024, sinaportal2010, arabportal2014, ruregional2012)
}
