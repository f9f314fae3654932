"""The 16 page layouts of long_blind8 (see README for what each imitates)."""

from __future__ import annotations

import json

from blocks import FMT_P, esc, page, plain


def sid(rng, n: int = 6) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def title_head(b) -> str:
    return f"<title>{esc(b.s['title'])} - {esc(b.ch['site'])}</title>"


# ---------------------------------------------------------------- dev layouts


def frontpage1998(b, s, ch, rng):
    """Hand-made FrontPage table site: <font>, <br><br> paragraphs, no classes; related as
    plain <p><a> lines after the text inside the same cell."""
    P = b.paras()
    fmt = {
        "P": "{}<br><br>",
        "H": "<font size=3><b>{}</b></font><br><br>",
        "C": "{}<br>",
        "UL": "{}<br>",
        "L": "&middot; {}<br>",
    }
    ins = {
        P[2]: f"<font size=1>{b.pick('ad', 'ad')}</font><br><br>",
        P[
            6
        ]: f"<b>{b.pick('read_also', 'read_also')}</b> <a href=/r1.htm>{b.c(ch['heads'][0][0], 'read_also')}</a><br><br>",
    }
    text = b.body(fmt, ins, href="/doc.htm")
    rel = "".join(
        f"<p><a href=/n{i}.htm>{h}</a></p>\n" for i, (h, _) in enumerate(b.heads(4, "none"))
    )
    nav = " | ".join(f"<a href=/{i}.htm>{esc(x)}</a>" for i, x in enumerate(ch["nav"]))
    body = f"""<table width=760 border=0 cellpadding=0 cellspacing=0>
<tr><td colspan=2 bgcolor=#003366><font color=white size=5><b>{esc(ch["site"])}</b></font></td></tr>
<tr><td colspan=2><font size=1>{nav}</font></td></tr>
<tr><td width=160 valign=top bgcolor=#eeeeee><font size=2><b>{b.pick("most_read", "most_read")}</b><br>
{"".join(f"<a href=/m{i}.htm>{h}</a><br>" for i, (h, _) in enumerate(b.heads(3, "none", "most_read")))}
<br>{b.pick("newsletter", "promo")}</font></td>
<td width=600 valign=top><font face="Arial" size=2>
<font size=4><b>{esc(s["title"])}</b></font><br>
<i>{esc(s["byline"])}, {esc(s["date"])}</i><br><br>
<img src=/foto.jpg width=300><br><font size=1>{esc(s["caption"])} {b.pick("photo", "photo")}</font><br><br>
{text}
<hr>
{rel}<font size=1>{esc(ch["copyright"])}</font>
</font></td></tr></table>"""
    b.c(ch["copyright"], "toolbar")
    return page(s["lang"], title_head(b), body)


def vignette2003(b, s, ch, rng):
    """Vignette-style: table layout with classes bodytext/storyhead, a related box table in
    the text column, print/email toolbar, headline list with dates and section labels."""
    P = b.paras()
    heads = b.heads(3, "none")
    box = (
        "<table align=right width=200 class=relbox><tr><td class=relhead>"
        + b.pick("related", "related")
        + "</td></tr>"
        + "".join(
            f"<tr><td class=rellink><a href=/r{i}>{h}</a></td></tr>"
            for i, (h, _) in enumerate(heads)
        )
        + "</table>"
    )
    ins = {P[1]: box, P[8]: f'<p class="bodytext"><b>{b.pick("ad", "ad")}</b></p>'}
    fmt = {
        "P": '<p class="bodytext">{}</p>',
        "H": '<p class="bodytext"><b>{}</b></p>',
        "C": '<p class="bodytext">{}</p>',
        "UL": "<ul>{}</ul>",
        "L": "<li>{}</li>",
    }
    text = b.body(fmt, ins)
    dated = b.heads(4, "none", "most_read")
    nav = ch["nav"]
    lst = "".join(
        f"<tr><td class=date>{b.c(f'{nav[i % 5]} | 0{i + 1}.12.2026 {10 + i}:{15 + 7 * i}', 'most_read')}</td><td><a href=/h{i}>{h}</a></td></tr>"
        for i, (h, _) in enumerate(dated)
    )
    tools = f"<td class=tools><a href=#>{b.pick('share', 'share')}</a> | <a href=#>Print</a> | <a href=#>E-mail</a></td>"
    b.c("Print", "toolbar")
    body = f"""<table width=100%><tr><td class=masthead>{esc(ch["site"])}</td><td>{esc(ch["login"])}</td></tr></table>
<table width=100%><tr><td width=70% valign=top>
<span class=storyhead>{esc(s["title"])}</span><br><span class=byline>{esc(s["byline"])} &ndash; {esc(s["date"])}</span>
<table><tr>{tools}</tr></table>
{text}
<p class="bodytext"><i>{b.bio()}</i></p>
</td><td valign=top><table class=mostread><tr><td colspan=2>{b.pick("most_read", "most_read")}</td></tr>{lst}</table></td></tr></table>
<table width=100%><tr><td class=footer>{b.c(ch["copyright"], "toolbar")}</td></tr></table>"""
    b.c(ch["login"], "toolbar")
    return page(s["lang"], title_head(b), body)


def movabletype2005(b, s, ch, rng):
    """Movable Type blog-news: entry-body / entry-more split, trackbacks, categories, comments,
    'posted by' footer, a sidebar of recent entries with truncated excerpts."""
    P = b.paras()
    fmt = dict(FMT_P)
    ins = {
        P[
            4
        ]: f'<p class="photo-credit"><img src="/i.jpg" alt=""><br>{esc(s["caption"])} ({b.pick("photo", "photo")})</p>'
    }
    text = b.body(fmt, ins)
    rec = "".join(
        f'<li><a href="/e{i}.html">{h}</a><br><span class="excerpt">{t}</span></li>'
        for i, (h, t) in enumerate(b.heads(4, "ellip"))
    )
    cm = b.pick("comments", "comments")
    body = f"""<div id="container"><div id="banner"><h1><a href="/">{esc(ch["site"])}</a></h1></div>
<div id="center"><div class="content">
<h2 class="date-header">{esc(s["date"])}</h2>
<div class="entry"><h3 class="entry-header">{esc(s["title"])}</h3>
<div class="entry-content"><div class="entry-body">{text}</div></div>
<p class="entry-footer">{esc(s["byline"])} | <a href="#c">{cm}</a> | <a href="#">TrackBack (0)</a> | {b.pick("tags", "tags")} <a href="/t1">{b.c(ch["tagwords"][0], "tags")}</a>, <a href="/t2">{b.c(ch["tagwords"][1], "tags")}</a></p>
</div>
<div class="comments" id="c"><p>{b.c(ch["comment"], "comments")}</p><p class="comment-footer">Posted by: lukas72 | {esc(s["date"])}</p></div>
</div></div>
<div id="right"><div class="sidebar"><h2>{b.pick("related", "related")}</h2><ul>{rec}</ul>
<h2>{b.pick("newsletter", "promo")}</h2></div></div></div>"""
    b.c("TrackBack (0)", "comments")
    b.c("Posted by: lukas72", "comments")
    return page(s["lang"], title_head(b), body)


def tabloid2010(b, s, ch, rng):
    """Tabloid CMS: many inline 'READ MORE' <p><strong><a> lines and galleries between
    paragraphs, no semantic classes in the text, most-read with timestamps after the text."""
    P = b.paras()
    hs = b.heads(3, "none", "read_also")
    ins = {
        P[
            1
        ]: f'<p><strong>{b.pick("read_also", "read_also")} <a href="/a1">{hs[0][0]}</a></strong></p>',
        P[
            4
        ]: f'<div><img src="/g.jpg"><span>{b.pick("slideshow", "slideshow")}</span><span>1/12</span></div>',
        P[
            7
        ]: f'<p><strong>{b.pick("read_also", "read_also")} <a href="/a2">{hs[1][0]}</a></strong></p>',
        P[9]: f'<p><strong><a href="/a3">{hs[2][0]}</a></strong></p>',
    }
    b.c("1/12", "slideshow")
    text = b.body(FMT_P, ins)
    mr = "".join(
        f"<li><span>{2 + i}h</span> <a href=/m{i}>{h}</a></li>"
        for i, (h, _) in enumerate(b.heads(4, "none", "most_read"))
    )
    body = f"""<div id="top"><div>{esc(ch["site"])}</div><div>{" ".join(esc(x) for x in ch["nav"])}</div></div>
<div id="main"><div>
<h1>{esc(s["title"])}</h1>
<div>{esc(s["byline"])} &bull; {esc(s["date"])}</div>
<div><a href="#">{b.pick("share", "share")}</a> <span>{b.c("2.4k", "share")}</span></div>
{text}
<div><span>{b.pick("sponsored", "sponsored")}</span> <a href="/s">{b.c(ch["sponsored_item"], "sponsored")}</a></div>
</div>
<div><h3>{b.pick("most_read", "most_read")}</h3><ol>{mr}</ol></div>
<div>{b.pick("cookie", "cookie")} <button>{b.pick("cookie_btn", "cookie")}</button></div></div>"""
    for n in ch["nav"]:
        b.c(n, "breadcrumb")
    return page(s["lang"], title_head(b), body)


def drupal2011(b, s, ch, rng):
    """Drupal 7: field-name-body field-items, node links, a views block 'more on this topic'
    whose headlines are on the story's topic, with dates, and a terms field."""
    P = b.paras()
    text = b.body(
        FMT_P,
        {
            P[
                5
            ]: f'<div class="block block-dfp"><div class="content">{b.pick("ad", "ad")}</div></div>'
        },
    )
    topic = "".join(
        f'<div class="views-row"><span class="views-field-title"><a href="/n/{i}">{h}</a></span> <span class="date-display-single">{b.c(f"0{i + 1}.12.2026", "related")}</span><div class="views-field-body">{t}</div></div>'
        for i, (h, t) in enumerate(b.heads(3, "full", "related", topical=True))
    )
    terms = "".join(
        f'<div class="field-item"><a href="/tag/{i}">{b.c(w, "tags")}</a></div>'
        for i, w in enumerate(ch["tagwords"])
    )
    body = f"""<div id="page"><div id="header"><div id="site-name">{esc(ch["site"])}</div>
<div class="breadcrumb"><a href="/">{b.c(ch["nav"][0], "breadcrumb")}</a> » {esc(s["title"])}</div></div>
<div id="content"><h1 class="title">{esc(s["title"])}</h1>
<div class="node node-article"><div class="submitted">{esc(s["byline"])} — {esc(s["date"])}</div>
<div class="field field-name-body"><div class="field-items"><div class="field-item even">{text}</div></div></div>
<div class="field field-name-field-tags"><div class="field-label">{b.pick("tags", "tags")}</div><div class="field-items">{terms}</div></div>
<ul class="links inline"><li class="comment-add"><a href="#">{b.pick("comments", "comments")}</a></li><li><a href="#">{b.pick("share", "share")}</a></li></ul>
</div>
<div class="block block-views"><h2>{b.pick("more_topic", "related")}</h2><div class="view-content">{topic}</div></div>
</div><div id="footer">{b.c(ch["copyright"], "toolbar")}</div></div>"""
    return page(s["lang"], title_head(b), body)


def joomla2014(b, s, ch, rng):
    """Joomla 3 com_content: itemprop articleBody, related items as plain <p><a> lines inside
    the article body after the text (same tag as paragraphs), pagenav prev/next with titles."""
    text = b.body(FMT_P, {})
    rel = "".join(
        f'<p><a href="/item/{i}">{h}</a></p>' for i, (h, _) in enumerate(b.heads(4, "none"))
    )
    nx = b.heads(1, "none", "next_article")[0][0]
    body = f"""<div class="container"><header><a class="brand" href="/">{esc(ch["site"])}</a></header>
<ul class="breadcrumb"><li><a href="/">{b.c(ch["nav"][0], "breadcrumb")}</a></li><li>{b.c(ch["nav"][1], "breadcrumb")}</li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{esc(s["title"])}</h2></div>
<dl class="article-info"><dd class="createdby">{esc(s["byline"])}</dd><dd class="published">{esc(s["date"])}</dd><dd class="hits">{b.c("Hits: 1823", "toolbar")}</dd></dl>
<div itemprop="articleBody">{text}
<p><strong>{b.pick("related", "related")}</strong></p>
{rel}
<p>{b.pick("app", "promo")}</p>
</div>
<ul class="pager pagenav"><li class="next"><a href="/next">{b.pick("next", "next_article")} {nx}</a></li></ul>
</div></div>"""
    return page(s["lang"], title_head(b), body)


def bootstrap2016(b, s, ch, rng):
    """Bootstrap 3 regional news theme: col-md-8 article, panel with related and cut teasers,
    newsletter panel inside the text column, share buttons, social counters, cookie bar."""
    P = b.paras()
    news = f'<div class="panel panel-default newsletter-box"><div class="panel-body">{b.pick("newsletter", "promo")} <button class="btn btn-primary">OK</button></div></div>'
    ins = {
        P[3]: news,
        P[8]: f'<div class="ad-slot text-center"><small>{b.pick("ad", "ad")}</small></div>',
    }
    text = b.body(FMT_P, ins)
    rel = "".join(
        f'<div class="media"><div class="media-body"><h4 class="media-heading"><a href="/r{i}">{h}</a></h4><p>{t}</p></div></div>'
        for i, (h, t) in enumerate(b.heads(4, "dots"))
    )
    body = f"""<nav class="navbar navbar-default"><a class="navbar-brand">{esc(ch["site"])}</a><ul class="nav navbar-nav">{"".join(f'<li><a href="#">{esc(x)}</a></li>' for x in ch["nav"])}</ul></nav>
<div class="container"><div class="row"><div class="col-md-8">
<article><h1>{esc(s["title"])}</h1><p class="meta text-muted">{esc(s["byline"])} | {esc(s["date"])}</p>
<div class="share-buttons"><a class="btn btn-fb">{b.pick("share", "share")}</a> <span class="count">{b.c("318", "share")}</span></div>
<figure><img class="img-responsive" src="/a.jpg"><figcaption>{esc(s["caption"])} <span class="credit">{b.pick("photo", "photo")}</span></figcaption></figure>
<div class="article-text">{text}</div>
<div class="panel panel-default"><div class="panel-heading">{b.pick("related", "related")}</div><div class="panel-body">{rel}</div></div>
</article></div>
<div class="col-md-4"><div class="panel"><div class="panel-heading">{b.pick("most_read", "most_read")}</div><ul class="list-group">{"".join(f'<li class="list-group-item">{h}</li>' for h, _ in b.heads(3, "none", "most_read"))}</ul></div></div></div></div>
<div class="cookie-bar navbar-fixed-bottom">{b.pick("cookie", "cookie")} <a class="btn">{b.pick("cookie_btn", "cookie")}</a></div>"""
    return page(s["lang"], title_head(b), body)


def ghost2018(b, s, ch, rng):
    """Ghost: gh-content / kg-card bookmark cards (title, cut description, publisher) between
    paragraphs, members subscribe CTA inside the content, author card fused into a sentence."""
    P = b.paras()
    (h1, t1), (h2, t2) = b.heads(2, "cut")

    def card(h, t):
        return f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/b"><div class="kg-bookmark-content"><div class="kg-bookmark-title">{h}</div><div class="kg-bookmark-description">{t}</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-publisher">{esc(ch["site"])}</span></div></div></a></figure>'

    ins = {P[2]: card(h1, t1), P[9]: card(h2, t2)}
    hover = lambda bb: f'<span class="author-card">{bb.card()}</span>'  # noqa: E731
    text = b.body(FMT_P, ins, hover=hover)
    body = f"""<div class="site-wrapper"><header class="site-header"><a class="site-nav-logo">{esc(ch["site"])}</a><a class="gh-subscribe">{b.pick("newsletter", "promo")}</a></header>
<main class="site-main"><article class="post-full post">
<header class="post-full-header"><h1 class="post-full-title">{esc(s["title"])}</h1><p>{esc(s["byline"])} · {esc(s["date"])}</p></header>
<section class="post-full-content"><div class="post-content gh-content">{text}
<aside class="subscribe-form"><h3>{b.pick("paywall", "paywall")}</h3><p>{b.pick("app", "promo")}</p></aside>
</div></section>
<footer class="post-full-footer"><section class="author-card"><p>{b.bio()}</p></section></footer>
</article>
<aside class="read-next"><h3>{b.pick("next", "next_article")}</h3>{"".join(f'<article class="post-card"><h2 class="post-card-title">{h}</h2></article>' for h, _ in b.heads(3, "none", "next_article"))}</aside>
</main></div>"""
    return page(s["lang"], title_head(b), body)


def emotion2020(b, s, ch, rng):
    """React + Emotion: every element has meaningless css-xxxxxx classes; teasers in the
    after-text rail cut mid-word; hidden paywall; video player chrome inside the body."""
    k = lambda: "css-" + sid(rng)  # noqa: E731
    P = b.paras()
    vid = (
        f'<div class="{k()}"><div class="{k()}"><span>{b.pick("video", "video")}</span><span>{b.c("This is a modal window.", "video")}</span>'
        f"<span>{b.c(ch['video'][1], 'video')}</span></div></div>"
    )
    ins = {P[3]: vid, P[7]: f'<div class="{k()}" hidden>{b.pick("paywall", "hidden")}</div>'}
    fmt = {
        "P": '<p class="' + k() + '">{}</p>',
        "H": '<h2 class="' + k() + '">{}</h2>',
        "C": '<p class="' + k() + '">{}</p>',
        "UL": '<ul class="' + k() + '">{}</ul>',
        "L": '<li class="' + k() + '">{}</li>',
    }
    hover = lambda bb: f'<span class="{k()}" aria-hidden="true">{bb.card()}</span>'  # noqa: E731
    text = b.body(fmt, ins, hover=hover)
    rail = "".join(
        f'<a class="{k()}" href="/s{i}"><div class="{k()}">{h}</div><div class="{k()}">{t}</div></a>'
        for i, (h, t) in enumerate(b.heads(5, "cut"))
    )
    body = f"""<div id="root"><header class="{k()}"><span class="{k()}">{esc(ch["site"])}</span></header>
<main class="{k()}"><article class="{k()}"><h1 class="{k()}">{esc(s["title"])}</h1>
<div class="{k()}"><span>{esc(s["byline"])}</span><time>{esc(s["date"])}</time></div>
<div class="{k()}"><button class="{k()}">{b.pick("listen", "audio")}</button></div>
<div class="{k()}">{text}</div></article>
<section class="{k()}"><h2 class="{k()}">{b.pick("related", "related")}</h2>{rail}</section></main>
<footer class="{k()}">{b.c(ch["copyright"], "toolbar")}</footer></div>"""
    return page(s["lang"], title_head(b), body)


def svelte2023(b, s, ch, rng):
    """SvelteKit: svelte-xxxx hashed classes, the text and the related list duplicated in a
    JSON script (data-sveltekit-fetched), inline promo blocks as plain <p>, an aside with
    section labels and timestamps."""
    sv = "svelte-" + sid(rng)
    P = b.paras()
    ins = {
        P[2]: f'<p class="{sv}"><em>{b.pick("app", "promo")}</em></p>',
        P[
            6
        ]: f'<div class="{sv}"><span class="{sv}">{b.pick("read_also", "read_also")}</span> <a class="{sv}" href="/x">{b.heads(1, "none", "read_also")[0][0]}</a></div>',
        P[10]: f'<p class="{sv}">{b.pick("newsletter", "promo")}</p>',
    }
    fmt = {
        kk: v.replace("<p>", f'<p class="{sv}">').replace("<h2>", f'<h2 class="{sv}">')
        for kk, v in FMT_P.items()
    }
    text = b.body(fmt, ins)
    aside = "".join(
        f'<li class="{sv}"><span class="{sv}">{b.c(ch["nav"][i % 5] + " · " + f"{9 + i}:0{i}", "related")}</span> <a class="{sv}" href="/r{i}">{h}</a></li>'
        for i, (h, _) in enumerate(b.heads(4, "none"))
    )
    data = {
        "type": "data",
        "nodes": [{"article": {"headline": s["title"], "body": [plain(t) for _, t in b.lines]}}],
    }
    body = f"""<div style="display: contents"><header class="{sv}">{esc(ch["site"])}</header>
<main class="{sv}"><article class="{sv}"><h1 class="{sv}">{esc(s["title"])}</h1><p class="{sv}">{esc(s["byline"])} — {esc(s["date"])}</p>
{text}
<div class="{sv}">{b.pick("tags", "tags")} {"".join(f'<a class="{sv}">{b.c(w, "tags")}</a> ' for w in ch["tagwords"])}</div></article>
<aside class="{sv}"><h2 class="{sv}">{b.pick("most_read", "most_read")}</h2><ol class="{sv}">{aside}</ol></aside></main>
<script type="application/json" data-sveltekit-fetched data-url="/api/article">{json.dumps(data, ensure_ascii=False)}</script></div>"""
    return page(s["lang"], title_head(b), body)


def tailwind2025(b, s, ch, rng):
    """Headless CMS front-end with Tailwind utility classes only (no semantic names), teasers
    between paragraphs as <div> with same utility classes as text, '__NEXT_DATA__'-style
    JSON duplicate, sticky now-reading bar, hover chip, cookie dialog."""
    tw = "mx-auto max-w-prose text-lg leading-8"
    P = b.paras()
    ((h1, t1),) = b.heads(1, "ellip", "read_also")
    ins = {
        P[
            3
        ]: f'<div class="{tw} border-l-4 pl-4"><span class="text-xs uppercase">{b.pick("read_also", "read_also")}</span><div class="{tw}">{h1}</div><div class="{tw} text-gray-500">{t1}</div></div>',
        P[8]: f'<div class="{tw} my-8 text-center text-xs">{b.pick("ad", "ad")}</div>',
        P[11]: f'<div class="{tw} hidden">{b.pick("paywall", "hidden")}</div>',
    }
    fmt = {
        "P": f'<p class="{tw}">{{}}</p>',
        "H": '<h2 class="mt-10 text-2xl font-bold">{}</h2>',
        "C": f'<p class="{tw}">{{}}</p>',
        "UL": '<ul class="list-disc pl-6">{}</ul>',
        "L": '<li class="mt-2">{}</li>',
    }
    hover = lambda bb: f'<span class="invisible absolute group-hover:visible">{bb.card()}</span>'  # noqa: E731
    text = b.body(fmt, ins, hover=hover)
    more = "".join(
        f'<a class="block py-3" href="/m{i}"><div class="font-semibold">{h}</div><div class="text-sm">{t}</div></a>'
        for i, (h, t) in enumerate(b.heads(4, "full"))
    )
    data = {
        "props": {
            "pageProps": {
                "story": {"title": s["title"], "content": "\n\n".join(plain(t) for _, t in b.lines)}
            }
        }
    }
    body = f"""<div class="fixed top-0 w-full bg-white" aria-hidden="true"><span class="text-xs">{b.c(ch["now_reading"], "headline_repeat")}</span> <span>{esc(s["title"])}</span></div>
<header class="flex justify-between p-4"><span class="font-black">{esc(ch["site"])}</span><a class="rounded px-3">{esc(ch["login"])}</a></header>
<main class="px-4"><h1 class="text-4xl font-bold">{esc(s["title"])}</h1><div class="text-sm text-gray-600">{esc(s["byline"])} · {esc(s["date"])}</div>
<div class="flex gap-2 text-sm"><button>{b.pick("share", "share")}</button><button>{b.pick("listen", "audio")}</button></div>
<div class="mt-6">{text}</div>
<section class="mt-12 border-t"><h2 class="text-xl">{b.pick("related", "related")}</h2>{more}</section></main>
<div role="dialog" class="fixed bottom-0 p-4"><p class="text-sm">{b.pick("cookie", "cookie")}</p><button>{b.pick("cookie_btn", "cookie")}</button></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>"""
    b.c(ch["login"], "toolbar")
    return page(s["lang"], title_head(b), body)


# ---------------------------------------------------------------- heldback layouts


def cgi2001(b, s, ch, rng):
    """Perl CGI news script: unclosed <p> tags, <hr> separators, headline list with
    '[Section] hh:mm' labels after the text inside the same <td>, 'printer friendly' line."""
    fmt = {
        "P": "<p>{}\n",
        "H": "<p><b>{}</b>\n",
        "C": "<p>{}\n",
        "UL": "<ul>{}</ul>\n",
        "L": "<li>{}\n",
    }
    P = b.paras()
    hs = b.heads(1, "none", "read_also")
    ins = {
        P[
            5
        ]: f"<p>[ <a href=/cgi-bin/news.pl?id=2>{b.pick('read_also', 'read_also')} {hs[0][0]}</a> ]\n"
    }
    text = b.body(fmt, ins, href="/cgi-bin/news.pl?id=9")
    nav = ch["nav"]
    lst = "".join(
        f"<br>{b.c(f'[{nav[i % 5]}] {8 + i}:{10 + 9 * i}', 'related')} <a href=/cgi-bin/news.pl?id={20 + i}>{h}</a>\n"
        for i, (h, _) in enumerate(b.heads(5, "none"))
    )
    body = f"""<center><h2>{esc(ch["site"])}</h2></center><hr>
<table width=100%><tr><td>
<h3>{esc(s["title"])}</h3>
{esc(s["byline"])} - {esc(s["date"])}<br>
<a href=/cgi-bin/print.pl>{b.c("[ Printer friendly ]", "toolbar")}</a> <a href=/cgi-bin/mail.pl>{b.c("[ E-mail this story ]", "share")}</a>
{text}
<hr>
<b>{b.pick("most_read", "most_read")}</b>
{lst}<hr>
<small>{b.pick("newsletter", "promo")}<br>{b.c(ch["copyright"], "toolbar")}</small>
</td></tr></table>"""
    return page(s["lang"], title_head(b), body)


def aspnet2008(b, s, ch, rng):
    """ASP.NET WebForms: ctl00_ ids, __VIEWSTATE, the text in one <span id=...lblBody> with
    <br /><br />, an inline <span> promo and photo credit inside the same span, repeater
    tables for related with cut teasers, a poll and a login box."""
    fmt = {
        "P": "{}<br /><br />",
        "H": "<strong>{}</strong><br /><br />",
        "C": "{}<br />",
        "UL": "{}<br />",
        "L": "- {}<br />",
    }
    P = b.paras()
    ins = {
        P[2]: f'<span class="promo">{b.pick("app", "promo")}</span><br /><br />',
        P[5]: f'<span style="font-size:9px">{b.pick("photo", "photo")}</span><br /><br />',
        P[9]: f"<span>{b.pick('paywall', 'paywall')}</span><br /><br />",
    }
    text = b.body(fmt, ins)
    rep = "".join(
        f'<tr><td><a id="ctl00_rptRelated_ctl0{i}_lnk" href="/Detail.aspx?id={400 + i}">{h}</a><br />{t}</td></tr>'
        for i, (h, t) in enumerate(b.heads(4, "dots"))
    )
    body = f"""<form name="aspnetForm" method="post" action="Detail.aspx?id=391" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPZBYC" />
<div id="ctl00_pnlHeader"><span id="ctl00_lblSite">{esc(ch["site"])}</span> <a id="ctl00_lnkLogin">{esc(ch["login"])}</a></div>
<div id="ctl00_ContentPlaceHolder1_pnlArticle">
<span id="ctl00_ContentPlaceHolder1_lblTitle" class="Title">{esc(s["title"])}</span><br />
<span id="ctl00_ContentPlaceHolder1_lblAuthor">{esc(s["byline"])}</span> <span id="ctl00_ContentPlaceHolder1_lblDate">{esc(s["date"])}</span><br /><br />
<span id="ctl00_ContentPlaceHolder1_lblBody">{text}</span>
<table id="ctl00_ContentPlaceHolder1_tblShare"><tr><td>{b.pick("share", "share")}</td><td>{b.pick("comments", "comments")}</td></tr></table>
</div>
<table id="ctl00_rptRelated" class="Related"><tr><th>{b.pick("related", "related")}</th></tr>{rep}</table>
<div id="ctl00_pnlPoll">{b.c("Poll: 62% yes / 38% no", "toolbar")}</div>
</form>"""
    b.c(ch["login"], "toolbar")
    return page(s["lang"], title_head(b), body)


def jqmobile2012(b, s, ch, rng):
    """jQuery Mobile site: data-role=page/content, listview of related with count bubbles,
    collapsible 'more on this topic' (topical), ad banner div, footer navbar."""
    P = b.paras()
    ins = {
        P[4]: f'<div class="ad-banner" data-role="none">{b.pick("ad", "ad")}</div>',
        P[10]: f'<div class="ui-bar ui-bar-b">{b.pick("newsletter", "promo")}</div>',
    }

    def hover(bb):
        return (
            f'<span class="ui-popup-container ui-popup-hidden">{bb.card("span", "ui-popup")}</span>'
        )

    text = b.body(FMT_P, ins, hover=hover)
    footnav = "".join("<li><a>" + b.c(x, "breadcrumb") + "</a></li>" for x in ch["nav"][:4])
    lv = "".join(
        f'<li><a href="#a{i}"><h3>{h}</h3><p>{t}</p></a><span class="ui-li-count">{b.c(str(12 + i * 7), "comments")}</span></li>'
        for i, (h, t) in enumerate(b.heads(3, "full"))
    )
    topical = "".join(
        f'<li><a href="#t{i}">{h}</a></li>'
        for i, (h, _) in enumerate(b.heads(3, "none", "related", topical=True))
    )
    body = f"""<div data-role="page" id="article"><div data-role="header"><h1>{esc(ch["site"])}</h1><a data-rel="back">{b.c("Back", "toolbar")}</a></div>
<div data-role="content" class="ui-content"><h2>{esc(s["title"])}</h2><p class="meta">{esc(s["byline"])}<br>{esc(s["date"])}</p>
{text}
<div data-role="collapsible"><h4>{b.pick("more_topic", "related")}</h4><ul data-role="listview">{topical}</ul></div>
<ul data-role="listview" data-inset="true"><li data-role="list-divider">{b.pick("related", "related")}</li>{lv}</ul>
</div>
<div data-role="footer"><div data-role="navbar"><ul>{footnav}</ul></div></div></div>"""
    return page(s["lang"], title_head(b), body)


def medium2019(b, s, ch, rng):
    """Medium-style platform: graf/section classes, clap and follow widgets, author card
    fused in a sentence, 'more from' with full deks, a metered paywall banner, highlighted
    responses."""
    fmt = {
        "P": '<p class="graf graf--p">{}</p>',
        "H": '<h3 class="graf graf--h3">{}</h3>',
        "C": '<p class="graf graf--p">{}</p>',
        "UL": '<ul class="postList">{}</ul>',
        "L": '<li class="graf graf--li">{}</li>',
    }
    P = b.paras()
    ins = {
        P[
            6
        ]: f'<div class="section-divider"><hr class="section-divider"></div><p class="graf graf--p graf--promo">{b.pick("newsletter", "promo")}</p>'
    }
    hover = lambda bb: f'<span class="popover">{bb.card()}</span>'  # noqa: E731
    text = b.body(fmt, ins, hover=hover)
    more = "".join(
        f'<div class="u-marginBottom"><h3>{h}</h3><p>{t}</p></div>' for h, t in b.heads(3, "full")
    )
    body = f"""<div class="metabar"><span>{esc(ch["site"])}</span><span>{b.pick("paywall", "paywall")}</span></div>
<article class="postArticle"><div class="section-content"><div class="section-inner">
<h1 class="graf graf--title">{esc(s["title"])}</h1>
<div class="postMetaInline">{esc(s["byline"])} · {esc(s["date"])} · <button>{b.pick("follow", "hover")}</button></div>
{text}
</div></div></article>
<footer class="postArticle-footer"><button>{b.c("1.2K claps", "share")}</button> <button>{b.pick("share", "share")}</button>
<div class="u-borderTop"><h4>{b.c(ch["more_from"].format(ch["site"]), "related")}</h4>{more}</div>
<div class="responses"><h4>{b.pick("comments", "comments")}</h4><p>{b.c(ch["comment"], "comments")}</p></div></footer>"""
    return page(s["lang"], title_head(b), body)


def webcomp2024(b, s, ch, rng):
    """Web components: the article in <news-article> with a declarative shadow root template
    for the chrome, <news-teaser> custom elements between paragraphs, <ad-slot>, <video-player>
    with player chrome, <photo-strip> of other stories, a consent element."""
    P = b.paras()
    (h1, t1), (h2, t2) = b.heads(2, "ellip", "read_also")
    strip = "".join(
        f'<photo-card><img src="/p{i}.jpg"><span>{h}</span></photo-card>'
        for i, (h, _) in enumerate(b.heads(3, "none", "slideshow"))
    )
    ins = {
        P[
            1
        ]: f'<news-teaser href="/t1"><span slot="label">{b.pick("read_also", "read_also")}</span><span slot="title">{h1}</span><span slot="dek">{t1}</span></news-teaser>',
        P[
            4
        ]: f"<video-player><span>{b.pick('video', 'video')}</span><span>{b.c('This is a modal window.', 'video')}</span><span>{b.c(ch['video'][1], 'video')}</span></video-player>",
        P[7]: f"<ad-slot><span>{b.pick('ad', 'ad')}</span></ad-slot>",
        P[
            9
        ]: f'<photo-strip><span slot="label">{b.pick("slideshow", "slideshow")}</span>{strip}</photo-strip>',
        P[
            11
        ]: f'<news-teaser href="/t2"><span slot="title">{h2}</span><span slot="dek">{t2}</span></news-teaser>',
    }
    topnav = "".join("<a>" + b.c(x, "breadcrumb") + "</a>" for x in ch["nav"])
    taglinks = "".join("<a>" + b.c(w, "tags") + "</a>" for w in ch["tagwords"])
    text = b.body(FMT_P, ins)
    body = f"""<site-header><template shadowrootmode="open"><nav>{topnav}</nav><slot></slot></template><span>{esc(ch["site"])}</span></site-header>
<news-article><template shadowrootmode="open"><style>:host{{display:block}}</style><div part="toolbar"><button>{b.pick("share", "share")}</button><button>{b.pick("listen", "audio")}</button></div><slot name="headline"></slot><slot></slot><aside>{b.pick("app", "promo")}</aside></template>
<h1 slot="headline">{esc(s["title"])}</h1><p class="byline">{esc(s["byline"])} · <time>{esc(s["date"])}</time></p>
{text}
<tag-list><span>{b.pick("tags", "tags")}</span>{taglinks}</tag-list>
</news-article>
<related-rail><h2>{b.pick("most_read", "most_read")}</h2>{"".join(f'<news-teaser><span slot="title">{h}</span><span slot="dek">{t}</span></news-teaser>' for h, t in b.heads(4, "full", "most_read"))}</related-rail>
<consent-banner><p>{b.pick("cookie", "cookie")}</p><button>{b.pick("cookie_btn", "cookie")}</button></consent-banner>"""
    return page(s["lang"], title_head(b), body)


LAYOUTS = {
    "frontpage1998": (1998, frontpage1998),
    "vignette2003": (2003, vignette2003),
    "movabletype2005": (2005, movabletype2005),
    "tabloid2010": (2010, tabloid2010),
    "drupal2011": (2011, drupal2011),
    "joomla2014": (2014, joomla2014),
    "bootstrap2016": (2016, bootstrap2016),
    "ghost2018": (2018, ghost2018),
    "emotion2020": (2020, emotion2020),
    "svelte2023": (2023, svelte2023),
    "tailwind2025": (2025, tailwind2025),
    "cgi2001": (2001, cgi2001),
    "aspnet2008": (2008, aspnet2008),
    "jqmobile2012": (2012, jqmobile2012),
    "medium2019": (2019, medium2019),
    "webcomp2024": (2024, webcomp2024),
}
DEV = list(LAYOUTS)[:11]
HB = list(LAYOUTS)[11:]
HOVER_LAYOUTS = {"ghost2018", "emotion2020", "tailwind2025", "jqmobile2012", "medium2019"}
