"""The 16 page templates of long_blind9 (see README.md for what each imitates)."""

from __future__ import annotations

import json

from blocks import Page, esc

CUT = ["ell", "dots", "mid"]


def latam_portal2012(p: Page) -> str:
    s = p.spots(3)
    ins = {
        s[0]: p.ad(),
        s[
            1
        ]: f'<div class="te-puede">{p.hl_list("read_also", "read_also", 3, ["none"], htag="h4")}</div>',
        s[2]: p.newsletter("p"),
    }
    art = (
        f'<div class="nota"><h1>{esc(p.art["title"])}</h1>{p.meta()}{p.share()}{p.figure()}'
        f'<div class="nota-cuerpo">{p.render_body(ins)}{p.app()}{p.promo()}</div>'
        f"{p.tag_block()}{p.hl_list('related', 'related', 4, [*CUT, 'full'], img=True)}</div>"
    )
    side = f'<aside class="col-der">{p.hl_list("most_read", "most_read", 5, ["none"], htag="h3")}{p.ad()}</aside>'
    return p.doc(
        "", f"{p.nav()}{p.breadcrumb()}<div class='wrap'>{art}{side}</div>{p.cookie()}{p.footer()}"
    )


def india_portal2019(p: Page) -> str:
    ins = {}
    paras = [i for i, (k, _) in enumerate(p.blocks) if k == "p"]
    for j, i in enumerate(paras[2::3]):
        if i + 1 < len(p.blocks) and p.blocks[i + 1][0] != "ul" and j < 4:
            ins[i] = p.read_also("line")
    score = (
        f'<div class="live-score"><span>{p.c("ticker", "LIVE")}</span>'
        f"<span>{p.c('ticker', 'IND 287/6 (49.2 ov)')}</span><span>{p.c('ticker', 'AUS 289/9 (50 ov)')}</span>"
        f"<span>{p.c('ticker', 'India need 3 runs in 4 balls')}</span></div>"
    )
    art = (
        f'<div class="article-hd"><h1>{esc(p.art["title"])}</h1>{p.meta()}</div>{p.share()}'
        f'<div class="story-details">{p.figure(credit_in_caption=True)}{p.render_body(ins)}'
        f"{p.video()}{p.promo()}</div>{p.tag_block()}{p.comments()}"
    )
    side = (
        f"<aside>{score}{p.hl_list('most_read', 'most_read', 5, ['none'])}{p.ad()}"
        f"{p.hl_list('related', 'related', 4, ['full'], img=True)}</aside>"
    )
    return p.doc(
        "",
        f"{p.nav()}{p.breadcrumb()}<main><article>{art}</article>{side}</main>{p.cookie()}{p.footer()}",
    )


def ng_wpnews2016(p: Page) -> str:
    s = p.spots(3)
    ins = {s[0]: p.read_also("line"), s[1]: p.ad(inline_p=True), s[2]: p.read_also("line")}
    entry = (
        f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{esc(p.art["title"])}</h1>'
        f'{p.meta()}</header><div class="entry-content">{p.figure()}{p.render_body(ins, quote="p")}'
        f"{p.promo()}{p.paywall(hidden=True)}{p.share()}</div>"
        f'<footer class="entry-footer">{p.tag_block()}</footer></article>'
        f"{p.bio()}{p.next_article(dek=False)}"
        f'<div class="related-posts">{p.hl_list("related", "related", 3, ["brk"], img=True)}</div>{p.comments()}'
    )
    foot = "".join(
        f'<div class="footer-widget">{p.hl_list("most_read", "most_read", 4, ["none"], htag="h4")}</div>'
        for _ in range(2)
    )
    foot += f'<div class="footer-widget">{p.newsletter()}{p.app()}</div>'
    return p.doc(
        "",
        f"{p.nav()}<div id='primary'>{entry}</div><div id='secondary'>{p.ad()}{p.slideshow()}</div>"
        f"<footer id='colophon'>{foot}{p.footer()}</footer>{p.cookie()}",
    )


def jp_portal2015(p: Page) -> str:
    s = p.spots(2)
    ins = {
        s[0]: p.ad(),
        s[
            1
        ]: f'<p class="kanren">{p.c("read_also", p.pick("read_also"))}<a href="/a">{p.c("read_also", p.headline()[0])}</a></p>',
    }
    rank = "".join(
        f"<li><span>{i + 1}</span><a>{p.c('most_read', p.headline()[0])}</a></li>" for i in range(5)
    )
    art = (
        f'<div class="article"><h1>{esc(p.art["title"])}</h1>{p.meta()}{p.figure()}'
        f'<div class="article-body">{p.render_body(ins, h="h3", quote="p")}</div>'
        f"{p.share()}<div class='kanren-list'>{p.hl_list('related', 'read_also', 3, ['none'])}</div>"
        f"{p.paywall()}{p.newsletter()}</div>"
    )
    side = f'<div class="side"><h3>{p.c("most_read", p.pick("most_read"))}</h3><ol>{rank}</ol>{p.ad()}{p.app("div")}</div>'
    return p.doc("", f"{p.nav()}{p.breadcrumb()}<div id='main'>{art}</div>{side}{p.footer()}")


def gulf_ar2018(p: Page) -> str:
    s = p.spots(3)
    ins = {s[0]: p.read_also("box"), s[1]: p.ad(), s[2]: p.read_also("box")}
    art = (
        f'<div class="news-details"><h1>{esc(p.art["title"])}</h1>{p.meta()}{p.share()}{p.figure()}'
        f'<div class="news-body">{p.render_body(ins, h="h3", hover=True)}</div>{p.video()}'
        f"{p.tag_block()}{p.hl_list('related', 'related', 4, ['full', 'ell'], img=True)}</div>"
    )
    side = f"<aside>{p.hl_list('most_read', 'most_read', 5, ['none'])}{p.newsletter()}</aside>"
    return p.doc(
        "", f"{p.nav()}{p.breadcrumb()}<section>{art}{side}</section>{p.footer()}{p.cookie()}"
    )


def eg_video2021(p: Page) -> str:
    def vcard() -> str:
        lab = p.c("video", p.pick("read_also"))
        h, _ = p.headline()
        dur = p.rng.choice(["02:14", "01:05", "03:40"])
        return f'<div class="video-card"><span class="lbl">{lab}</span><a>{p.c("video", h)}</a><span class="dur">{dur}</span></div>'

    s = p.spots(3)
    ins = {s[0]: vcard(), s[1]: p.ad(inline_p=True), s[2]: vcard()}
    art = (
        f'<div class="article"><h1>{esc(p.art["title"])}</h1>{p.meta()}{p.video()}'
        f'<div id="articleBody">{p.render_body(ins, h="h2", quote="p")}{p.app()}</div>'
        f"{p.share()}{p.tag_block()}{p.next_article()}</div>"
    )
    more = "".join(
        f'<div class="vc"><a>{p.c("video", p.headline()[0])}</a><span>{p.rng.choice(["00:58", "04:12"])}</span></div>'
        for _ in range(4)
    )
    side = f"<aside><h3>{p.c('most_read', p.ch['most_read'][1])}</h3>{more}{p.hl_list('most_read', 'most_read', 4, ['none'])}</aside>"
    return p.doc("", f"{p.nav()}<main>{art}{side}</main>{p.cookie()}{p.footer()}")


def amp2019(p: Page) -> str:
    s = p.spots(3)
    ad = f'<amp-ad width="300" height="250" type="doubleclick"><div fallback>{p.c("ad", p.pick("ad"))}</div></amp-ad>'
    slides = "".join(
        f'<figure><amp-img src="/g{i}.jpg" width="4" height="3"></amp-img><figcaption>{p.c("slideshow", p.headline()[0])}</figcaption></figure>'
        for i in range(3)
    )
    ins = {
        s[0]: ad,
        s[1]: f'<amp-carousel type="slides" height="300">{slides}</amp-carousel>',
        s[2]: p.read_also("line"),
    }
    art = (
        f"<article><h1>{esc(p.art['title'])}</h1>{p.meta()}"
        f'<amp-social-share type="facebook"></amp-social-share><p class="share-l">{p.c("share", p.pick("share"))}</p>'
        f"{p.figure()}{p.render_body(ins, h='h2')}{p.newsletter('p')}"
        f"<amp-accordion><section><h4>{p.c('most_read', p.pick('most_read'))}</h4>"
        f"<ul>{p.hl_items('most_read', 4, ['none'])}</ul></section></amp-accordion>"
        f"{p.hl_list('related', 'related', 3, ['dots', 'ell'])}</article>"
    )
    consent = f'<amp-consent id="consent" layout="nodisplay"><div class="popup">{p.c("cookie", p.pick("cookie"))}<button>{p.c("cookie", p.ch["cookie_btn"][0])}</button></div></amp-consent>'
    return p.doc(
        '<link rel="canonical" href="/n/full"><style amp-boilerplate>body{}</style>',
        f"{p.nav()}{art}{consent}{p.footer()}",
    )


def blogger_local2010(p: Page) -> str:
    s = p.spots(2)
    ins = {
        s[0]: f"<div>{p.c('ad', p.pick('ad'))}</div>",
        s[1]: f"<span>{p.c('promo', p.pick('promo'))}</span><br><br>",
    }
    post = (
        f'<div class="post hentry"><h3 class="post-title entry-title">{esc(p.art["title"])}</h3>'
        f'<div class="post-header">{p.meta()}</div>'
        f'<div class="post-body entry-content">{p.figure(credit_in_caption=True)}{p.render_body(ins, p="br", h="b", quote="p")}</div>'
        f'<div class="post-footer"><span>{p.c("share", "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest")}</span>'
        f'<span class="post-labels">{p.c("tags", "Labels:")} {", ".join(p.c("tags", t) for t in p.tags)}</span></div></div>'
        f'<div class="blog-pager"><a>{p.c("next_article", "Newer Post")}</a> <a>{p.c("next_article", "Older Post")}</a> <a>{esc(p.ch["home"][0])}</a></div>'
        f"{p.comments()}"
    )
    pop = f'<div class="widget PopularPosts"><h2>{p.c("most_read", p.pick("most_read"))}</h2><ul>{p.hl_items("most_read", 4, ["mid", "dots"])}</ul></div>'
    return p.doc(
        "",
        f"<div class='header'><h1>{esc(p.ch['site'][0])}</h1></div><div class='main'>{post}</div><div class='sidebar'>{pop}{p.app('div')}</div>{p.footer()}",
    )


def paginated2008(p: Page) -> str:
    half = len(p.blocks) // 2
    while p.blocks[half][0] in ("ul", "h"):
        half += 1
    nxt = p.pick("next")
    pager = f'<div class="pager"><b>1</b> <a href="?page=2">2</a> <a href="?page=2">{p.c("toolbar", nxt + " »")}</a></div>'
    ins = {half - 1: pager + '<hr class="pagebreak">', p.spots(1)[0]: p.ad()}
    art = (
        f'<table width="100%"><tr><td class="art"><h1>{esc(p.art["title"])}</h1>{p.meta()}'
        f'<div class="tools">{p.c("toolbar", "Print")} | {p.c("toolbar", "E-mail")} | A+ A-</div>{p.figure()}'
        f'<div class="texto">{p.render_body(ins, h="h3", quote="p")}</div>'
        f'<div class="pager"><a href="?page=1">1</a> <b>2</b> {p.c("toolbar", "« " + p.ch["next"][1])}</div>'
        f"{p.hl_list('related', 'related', 4, ['ell', 'dots'])}{p.share()}</td>"
        f"<td class='side'>{p.hl_list('most_read', 'most_read', 5, ['none'])}{p.ad()}{p.slideshow()}</td></tr></table>"
    )
    return p.doc("", f"{p.nav()}{art}{p.footer()}")


def kr_portal2020(p: Page) -> str:
    s = p.spots(2)
    ins = {
        s[0]: p.ad(),
        s[
            1
        ]: f'<div class="rel-inline"><b>{p.c("read_also", p.pick("read_also"))}</b> {p.hl_items("read_also", 2, ["none"], tag="span")}</div>',
    }
    copy = {
        "ko": "<저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지>",
    }.get(p.lang, f"© {p.ch['site'][0]}. All rights reserved.")
    rep = p.name()
    email = f"{rep} reporter@hanbit.example"
    art = (
        f'<div class="article-head"><h1>{esc(p.art["title"])}</h1>{p.meta()}'
        f'<div class="tool">{p.c("toolbar", p.pick("share"))} {p.c("toolbar", p.pick("follow"))}</div></div>'
        f'<div id="article-view-content">{p.figure()}{p.render_body(ins, h="h3", quote="p")}'
        f'{p.paywall(hidden=True)}<p class="reporter">{p.c("bio", email)}</p><p class="copyright">{p.c("bio", copy)}</p></div>'
        f'<div class="like"><button>{p.c("share", "👍 24")}</button><button>{p.c("share", "😢 3")}</button></div>'
        f"{p.promo('div')}{p.hl_list('related', 'related', 4, ['full'])}{p.comments()}"
    )
    side = f"<aside>{p.hl_list('most_read', 'most_read', 6, ['none'], tag='li')}{p.ad()}</aside>"
    return p.doc("", f"{p.nav()}<div id='container'>{art}{side}</div>{p.footer()}")


def tw_news2022(p: Page) -> str:
    s = p.spots(2)
    ins = {s[0]: p.read_also("card"), s[1]: p.ad()}
    cloud = "".join(f'<a class="t{i}">{p.c("tags", p.headline()[0][:8])}</a>' for i in range(3))
    art = (
        f"<article><h1>{esc(p.art['title'])}</h1>{p.meta()}{p.figure()}"
        f'<div class="story">{p.render_body(ins, h="h2", hover=True)}</div>'
        f'<div class="extend">{p.hl_list("read_also", "read_also", 3, ["none"])}</div>'
        f"{p.app()}{p.tag_block()}{p.share()}</article>"
    )
    side = f"<aside>{p.hl_list('most_read', 'most_read', 5, ['none'])}<div class='tagcloud'>{cloud}</div>{p.video()}</aside>"
    return p.doc("", f"{p.nav()}{p.breadcrumb()}<main>{art}{side}</main>{p.cookie()}{p.footer()}")


def pk_urdu_rtl2014(p: Page) -> str:
    s = p.spots(3)
    ins = {s[0]: p.read_also("box"), s[1]: p.ad(), s[2]: p.read_also("line")}
    art = (
        f'<div class="detail"><h1 class="urdu">{esc(p.art["title"])}</h1>{p.meta()}{p.share()}{p.figure(credit_in_caption=True)}'
        f'<div class="detail-text">{p.render_body(ins, h="h3", quote="p")}{p.promo()}</div>'
        f"{p.tag_block()}{p.hl_list('related', 'related', 4, ['mid', 'ell'], img=True)}{p.comments()}</div>"
    )
    side = f"<div class='left-col'>{p.hl_list('most_read', 'most_read', 5, ['none'])}{p.app('div')}{p.ad()}</div>"
    return p.doc("", f"{p.nav()}<div class='cols'>{art}{side}</div>{p.footer()}")


def bd_portal2017(p: Page) -> str:
    s = p.spots(3)
    ins = {s[0]: p.read_also("line"), s[1]: p.slideshow(), s[2]: p.read_also("line")}
    art = (
        f'<div class="content-details"><h1>{esc(p.art["title"])}</h1>{p.meta()}{p.figure()}'
        f'<div class="content-body" itemprop="articleBody">{p.render_body(ins, h="h3", hover=True)}'
        f"<div>{p.c('promo', p.pick('promo'))}</div></div>{p.bio()}"
        f"{p.hl_list('related', 'related', 4, ['full', 'dots'], img=True)}{p.next_article()}</div>"
    )
    side = f"<aside>{p.hl_list('most_read', 'most_read', 5, ['none'])}{p.newsletter()}</aside>"
    return p.doc(
        "", f"{p.nav()}{p.breadcrumb()}<div class='row'>{art}{side}</div>{p.cookie()}{p.footer()}"
    )


def sea_magazine2023(p: Page) -> str:
    s = p.spots(3)
    ins = {
        s[0]: f'<div data-testid="inline-newsletter">{p.newsletter("p")}</div>',
        s[1]: f'<div data-testid="read-also">{p.read_also("card")}</div>',
        s[2]: p.video(),
    }
    art = (
        f'<article data-testid="article"><h1>{esc(p.art["title"])}</h1>{p.meta()}{p.figure()}'
        f'<div class="prose">{p.render_body(ins, h="h2")}</div>{p.paywall(hidden=True)}{p.share()}'
        f"{p.bio()}{p.hl_list('related', 'related', 4, ['ell', 'mid', 'full'], img=True)}</article>"
    )
    nd = {"props": {"pageProps": {"id": p.art["id"], "section": p.ch["section"][0]}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd)}</script>'
    return p.doc(
        "",
        f"{p.nav()}<main>{art}<aside>{p.hl_list('most_read', 'most_read', 5, ['none'])}</aside></main>{p.cookie()}{p.footer()}{script}",
    )


def euro_regional1998(p: Page) -> str:
    s = p.spots(2)
    ins = {
        s[0]: f'<font size="1">{p.c("ad", p.pick("ad"))}</font><br><br>',
        s[
            1
        ]: f"<font size='2'><b>{p.c('read_also', p.pick('read_also'))}</b> {p.c('read_also', p.headline()[0])}</font><br><br>",
    }
    left = "".join(f"<a href='/r{i}'>{p.c('most_read', p.headline()[0])}</a><br>" for i in range(4))
    body = (
        f'<table border="0" cellpadding="4" width="760"><tr><td width="150" valign="top" bgcolor="#eeeeee">'
        f'<font size="2"><b>{p.c("most_read", p.pick("most_read"))}</b><br>{left}</font></td>'
        f'<td valign="top"><font face="Arial" size="4"><b>{esc(p.art["title"])}</b></font><br>{p.meta()}'
        f'<font face="Arial" size="2">{p.render_body(ins, p="br", h="b", quote="p")}</font>'
        f'<font size="1">{p.c("toolbar", "[ Print ]")} {p.c("toolbar", "[ E-mail ]")}</font><br>'
        f"{p.hl_list('related', 'related', 3, ['dots', 'mid'])}{p.promo()}</td></tr></table>"
    )
    return p.doc(
        "", f"<center><img src='/logo.gif' alt='{esc(p.ch['site'][0])}'></center>{body}{p.footer()}"
    )


def liveupdate2025(p: Page) -> str:
    s = p.spots(3)
    ins = {s[0]: p.ad(), s[1]: p.read_also("box"), s[2]: p.app("div")}
    art = (
        f'<article class="story"><h1>{esc(p.art["title"])}</h1>{p.meta()}'
        f'<div class="sticky-video">{p.video()}</div>{p.figure()}'
        f'<div class="story-body">{p.render_body(ins, h="h2", hover=True)}'
        f'<div hidden class="promo-modal">{p.c("hidden", p.pick("paywall"))}</div></div>'
        f"{p.tag_block()}{p.share()}{p.comments()}"
        f"<div class='recirc'>{p.hl_list('related', 'related', 5, ['ell', 'dots', 'mid'], img=True)}</div></article>"
    )
    return p.doc(
        "", f"{p.nav()}{p.breadcrumb()}<main>{art}</main>{p.next_article()}{p.cookie()}{p.footer()}"
    )


DEV = [
    ("latam_portal2012", latam_portal2012, 2012),
    ("india_portal2019", india_portal2019, 2019),
    ("ng_wpnews2016", ng_wpnews2016, 2016),
    ("jp_portal2015", jp_portal2015, 2015),
    ("gulf_ar2018", gulf_ar2018, 2018),
    ("eg_video2021", eg_video2021, 2021),
    ("amp2019", amp2019, 2019),
    ("blogger_local2010", blogger_local2010, 2010),
    ("paginated2008", paginated2008, 2008),
    ("kr_portal2020", kr_portal2020, 2020),
    ("tw_news2022", tw_news2022, 2022),
]
HELD = [
    ("pk_urdu_rtl2014", pk_urdu_rtl2014, 2014),
    ("bd_portal2017", bd_portal2017, 2017),
    ("sea_magazine2023", sea_magazine2023, 2023),
    ("euro_regional1998", euro_regional1998, 1998),
    ("liveupdate2025", liveupdate2025, 2025),
]
