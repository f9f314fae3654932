"""Layouts weekly2011, longread2019, broadcast2022, wire2016, pressroom2018, newsletter2023."""

from __future__ import annotations

from blocks import Ctx, doc, e


def ins(chunks: list[str], at: float, piece: str) -> None:
    """Insert piece after the chunk at relative position at (0..1)."""
    chunks.insert(max(1, min(len(chunks) - 1, round(len(chunks) * at))), piece)


def weekly2011(x: Ctx) -> str:
    """Local weekly on a cheap hosted CMS: table-free divs with inline styles, sidebar widgets."""
    t = x.story["title"]
    ch = x.render("p", hover=False)
    ins(
        ch,
        0.25,
        f"<p><b>{x.pc('read_also', 'read_also')}</b> "
        + x.related(1, "<a href='/n/1'>{h}</a>")
        + "</p>",
    )
    ins(
        ch,
        0.5,
        f"<div style='text-align:center'><small>{x.pc('ad', 'ad')}</small><br><img src='/ads/b.gif' width='300' height='250'></div>",
    )
    ins(ch, 0.75, f"<p><i>{x.pc('newsletter', 'promo')}</i></p>")
    body = "".join(ch)
    side = x.related(
        5,
        "<div class='wrow'><a href='/x'>{h}</a><br><span class='w-sm'>{d}</span></div>",
        "dots",
        "most_read",
    )
    return doc(
        x.lang,
        t,
        "<link rel='stylesheet' href='/site.css'>",
        f"""
<div id='hdr' style='background:#036'><a href='/'>{e(x.site)}</a> | <a href='/'>{e(x.ch["home"][0])}</a> | <a href='/s'>{e(x.ch["section"][0])}</a></div>
<div id='wrap'><div id='maincol' style='float:left;width:620px'>
<div class='story_headline'><span style='font-size:22px'>{e(t)}</span></div>
<div class='story_byline'>{x.n(x.author)}</div>
<div class='story_photo'><img src='/img/1.jpg'><div class='cap'>{x.pc("photo", "photo")}</div></div>
<div class='story_text'>{body}
<p>{x.pc("share", "share")} &middot; {x.pc("counter", "share")}</p></div>
<div class='story_tags'>{x.pc("tags_label", "tags")} {"".join(f"<a href='/t'>{x.c(tg, 'tags')}</a>, " for tg in x.ch["tags"])}</div>
<div class='more_stories'><b>{x.pc("related_h", "related")}</b>{x.related(4, "<div><a href='/y'>{h}</a> - {d}</div>")}</div>
</div><div id='sidecol' style='float:right;width:300px'><div class='widget'><h4>{x.pc("most_read_h", "most_read")}</h4>{side}</div>
<div class='widget'>{x.pc("app", "promo")}</div></div></div>
<div id='ftr'>&copy; {e(x.site)}</div>""",
    )


def longread2019(x: Ctx) -> str:
    """Magazine long-read: drop cap on the first paragraph, pull quote asides, slideshow of other stories."""
    t = x.story["title"]
    ch = []
    first = True
    for c in x.render("p", hover=True, attrs=" class='lr-p'"):
        if first and c.startswith("<p"):
            i = c.index(">") + 1
            c = c[:i] + f"<span class='dropcap'>{c[i]}</span>" + c[i + 1 :]
            first = False
        ch.append(c)
    quote = next((b for b in x.body_lines() if b[:1] in '„«“"”–'), x.body_lines()[2])
    ins(ch, 0.35, f"<aside class='pullquote'><p>{x.n(quote[:60].rsplit(' ', 1)[0])}</p></aside>")
    gal = "".join(
        f"<figure class='slide'><img src='/g/{i}.jpg'><figcaption>{x.c(h, 'slideshow')} {x.c(d, 'slideshow')}</figcaption></figure>"
        for i, (h, d) in enumerate(x.heads(3))
    )
    ins(
        ch,
        0.6,
        f"<section class='lr-gallery'><h3>{x.pc('gallery', 'slideshow')}</h3>{gal}<span class='cnt'>{x.c('1 / 3', 'slideshow')}</span></section>",
    )
    ins(
        ch,
        0.8,
        f"<div class='lr-inline-nl'><p>{x.pc('newsletter', 'promo')}</p><form><input type='email'><button>OK</button></form></div>",
    )
    return doc(
        x.lang,
        t,
        "<meta property='og:type' content='article'>",
        f"""
<header class='mag-top'><a class='logo' href='/'>{e(x.site)}</a><nav><a href='/'>{e(x.ch["section"][0])}</a></nav>
<div class='progress' data-label='reading'>{x.pc("now_reading", "now_reading")} {x.n(t)}</div></header>
<article class='longform'><div class='lf-hero'><img src='/h.jpg'><p class='credit'>{x.pc("photo", "photo")}</p></div>
<h1 class='lf-title'>{e(t)}</h1><p class='lf-by'>{x.n(x.author)}</p>
<button class='listen'>{x.pc("listen", "audio")}</button>
<div class='lf-body'>{"".join(ch)}</div>
<footer class='lf-end'><div class='author-card'><img src='/a.jpg'><p>{x.pc("bio", "bio")}</p><a href='/a'>{x.pc("more_from", "bio")}</a></div>
<ul class='lf-tags'>{"".join(f"<li>{x.c(tg, 'tags')}</li>" for tg in x.ch["tags"])}</ul></footer></article>
<section class='keep-reading'><h2>{x.pc("related_h", "related")}</h2>{x.related(4, "<article class='kr'><h3><a href='/k'>{h}</a></h3><p>{d}</p></article>", "full")}</section>""",
    )


def broadcast2022(x: Ctx) -> str:
    """Broadcaster page: video player with chrome on top, transcript toggle, up-next rail inside the story."""
    t = x.story["title"]
    ch = x.render("p", hover=False, attrs=" class='bc-text'")
    upn = x.heads(3)
    rail = "".join(
        f"<li><span class='dur'>{x.c(f'0{i + 1}:4{i}', 'video')}</span>{x.c(h, 'video')}</li>"
        for i, (h, _) in enumerate(upn)
    )
    ins(
        ch,
        0.3,
        f"<div class='bc-embed'><div class='vjs'><div class='vjs-modal'>{x.c('This is a modal window.', 'video')}</div><span>{x.pc('video', 'video')}</span></div><h4>{x.pc('upnext', 'video')}</h4><ol>{rail}</ol></div>",
    )
    ins(ch, 0.65, f"<div class='bc-promo'>{x.pc('app', 'promo')}</div>")
    return doc(
        x.lang,
        t,
        "",
        f"""
<div class='bc-bar'><a href='/'>{e(x.site)} TV</a><a href='/live'>LIVE</a></div>
<main><div class='bc-player'><video poster='/p.jpg'></video><div class='bc-ctl'>{x.c("00:00 / 03:12", "video")}</div>
<p class='bc-cap'>{x.pc("photo", "photo")}</p></div>
<h1>{e(t)}</h1><div class='bc-meta'>{x.n(x.author)} <span>{x.pc("counter", "share")}</span></div>
<div class='bc-share'><a>{x.pc("share", "share")}</a></div>
<div class='bc-story'>{"".join(ch)}</div>
<div class='bc-more'><h2>{x.pc("related_h", "related")}</h2>{x.related(5, "<div class='tile'><a href='/v'><span class='play'></span>{h}</a><p>{d}</p></div>", "cut")}</div>
<div class='bc-mostwatched'><h2>{x.pc("most_read_h", "most_read")}</h2><ol>{x.related(4, "<li>{h}</li>", "full", "most_read")}</ol></div></main>
<div class='cookie-bar'>{x.pc("cookie", "cookie")} <button>{x.pc("cookie_btn", "cookie")}</button></div>""",
    )


def wire2016(x: Ctx) -> str:
    """Wire-service story: dateline in the first paragraph, reporting/editing line, standards footer."""
    t = x.story["title"]
    ch = x.render("p", hover=False)
    place = x.rng.choice(
        [
            "BRAKE",
            "CARTAGENA",
            "PRAIA",
            "WROCŁAW",
            "BODØ",
            "NOVOSIBIRSK",
            "AMMAN",
            "LONDON",
            "PARIS",
        ]
    )
    dl = f"{place}, Dec 3 (NWA) - "
    i = ch[0].index(">") + 1
    ch[0] = ch[0][:i] + x.n(dl) + ch[0][i:]
    ins(
        ch,
        0.5,
        f"<p class='wire-related'>{x.pc('read_also', 'read_also')} "
        + x.related(1, "<a href='/w'>{h}</a>")
        + "</p>",
    )
    credit = f"(Reporting by {x.author}; Editing by Paul Whitcombe)"
    return doc(
        x.lang,
        t,
        "",
        f"""
<div class='nwa-top'><span>NWA Newswire</span><a href='/markets'>Markets</a><a href='/world'>World</a></div>
<div class='nwa-ticker'>{x.related(3, "<span class='tk'>{h}</span>", "full", "ticker")}</div>
<div class='StandardArticle'><div class='StandardArticle_inner'><span class='kicker'>{e(x.ch["section"][0])}</span>
<h1 class='ArticleHeader_headline'>{e(t)}</h1><div class='ArticleHeader_date'>{x.n("December 3, 2024 / 9:14 AM")}</div>
<div class='StandardArticleBody_body'>{"".join(ch)}<p class='credit'>{x.n(credit)}</p></div>
<div class='trust'>{x.c("Our Standards: The NWA Trust Principles.", "bio")}</div></div>
<div class='moreIn'><h3>{x.pc("related_h", "related")}</h3>{x.related(5, "<div class='story'><h4>{h}</h4><p>{d}</p></div>", "ellipsis")}</div></div>""",
    )


def pressroom2018(x: Ctx) -> str:
    """Government/NGO newsroom press release: release number, boilerplate, contact, related releases."""
    t = x.story["title"]
    ch = x.render("p", hover=False, attrs=" class='pr-par'")
    ins(
        ch,
        0.55,
        f"<div class='pr-sub' style='border:1px solid #ccc'>{x.pc('newsletter', 'promo')}</div>",
    )
    return doc(
        x.lang,
        t,
        "",
        f"""
<div class='gov-banner'>{e(x.site)} &ndash; Newsroom</div>
<ol class='crumbs'><li>{x.c(x.ch["home"][0], "breadcrumb")}</li><li>Newsroom</li><li>{e(x.ch["section"][0])}</li></ol>
<div class='pr-wrap'><div class='pr-head'><span class='pr-no'>{x.n("PR 214/2024")}</span><h1>{e(t)}</h1><p class='pr-date'>{x.n("03.12.2024")}</p></div>
<div class='pr-toolbar'>{x.pc("share", "share")} | {x.pc("listen", "audio")}</div>
<div class='pr-body'>{"".join(ch)}<p class='pr-end'>{x.n("###")}</p></div>
<div class='pr-contact'><h3>Press contact</h3><p>{x.n(x.author)}<br>{x.n("+00 123 456 789")}</p></div>
<div class='pr-about'>{x.pc("bio", "bio")}</div>
<div class='pr-attach'><a href='/f.pdf'>{x.pc("photo", "photo")} (JPG, 2.4 MB)</a></div></div>
<aside class='pr-more'><h2>{x.pc("related_h", "related")}</h2><ul>{x.related(6, "<li><time>02.12.2024</time> <a href='/r'>{h}</a></li>")}</ul></aside>
<div id='cc' hidden>{x.pc("cookie", "cookie")}</div>""",
    )


def newsletter2023(x: Ctx) -> str:
    """Substack/Beehiiv-style newsletter issue as a web page: subscribe boxes in the text, likes, restacks."""
    t = x.story["title"]
    ch = x.render("p", hover=True)
    box = f"<div class='subscription-widget'><p class='cta'>{x.pc('newsletter', 'promo')}</p><input type='email' placeholder='you@example.com'><button>Subscribe</button></div>"
    ins(ch, 0.2, box)
    ins(
        ch,
        0.5,
        f"<p class='button-wrapper'><a class='button primary' href='/share'>{x.pc('share', 'share')}</a></p>",
    )
    ins(
        ch,
        0.75,
        f"<div class='paywall-jump' data-component-name='Paywall'><h3>{x.pc('paywall', 'paywall')}</h3></div>",
    )
    return doc(
        x.lang,
        t,
        "<meta name='generator' content='letterpress'>",
        f"""
<div class='topbar'><a class='pub' href='/'>{e(x.site)}</a><a class='subscribe-btn'>{x.c("Subscribe", "promo")}</a><a>{x.c("Sign in", "promo")}</a></div>
<article class='newsletter-post post'><div class='post-header'><h1 class='post-title'>{e(t)}</h1>
<div class='byline'>{x.n(x.author)} <span class='date'>{x.n("Dec 3, 2024")}</span></div>
<div class='post-ufi'><span class='like'>{x.c("♥ 128", "share")}</span><span class='comm'>{x.pc("counter", "share")}</span><span>{x.c("Restack", "share")}</span></div></div>
<div class='available-content'><div class='body markup'>{"".join(ch)}</div></div>
<div class='post-footer'>{box.replace("class='subscription-widget'", "class='subscription-widget end'")}</div></article>
<div class='comments-section'><h3>{x.pc("counter", "comments")}</h3><div class='comment'><b>reader_42</b><p>{x.pc("comment", "comments")}</p></div></div>
<div class='post-recommendations'><h3>{x.pc("related_h", "related")}</h3>{x.related(4, "<a class='rec'><div class='t'>{h}</div><div class='s'>{d}</div></a>", "full")}</div>""",
    )
