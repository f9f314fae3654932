"""Page layouts, part 2 (site builders, UI kits, old HTML, broadcasters, institutions)."""

from __future__ import annotations

from common import Page, esc, split, wrap
from layouts import NAV


def svelte(p: Page) -> str:
    s = "svelte-1k9x2qz"
    links = "".join(
        f'<a class="related {s}" href="{i.href}"><span class="h {s}">{esc(i.head)}</span> <span class="t {s}">{i.teaser()}</span></a>'
        for i in p.items
    )
    return wrap(
        p,
        f"""<body data-sveltekit-preload-data="hover"><div style="display: contents">
<header class="{s}">{NAV.format(c="nav " + s)}</header>
<main class="{s}"><article class="story {s}"><h1 class="{s}">{esc(p.title)}</h1>
<div class="body {s}"><!-- HTML_TAG_START -->{"".join(p.blocks)}<!-- HTML_TAG_END -->
{links}
</div></article></main></div></body>""",
    )


def vuessr(p: Page) -> str:
    v = "data-v-7ba5bd90"
    cards = "".join(
        f'<div class="news-card" {v}><!--[--><span class="kicker" {v}>{i.time}</span><h3 {v}><a href="{i.href}" {v}>{esc(i.head)}</a></h3>'
        f'<p class="excerpt" {v}>{i.teaser()}</p><!--]--></div>'
        for i in p.items
    )
    aside = (
        f'<aside class="rail" {v}><h2 {v}>{esc(p.label)}</h2><!--[-->{cards}<!--]--></aside>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body><div id="__nuxt"><div id="app" data-server-rendered="true"><!--[--><header {v}>{NAV.format(c="menu")}</header>
<div class="layout" {v}><article class="story" {v}><h1 {v}>{esc(p.title)}</h1><div class="story-text" {v}><!--[-->
{"".join(p.blocks)}
<!--]--></div></article>
{aside}
</div><!--]--></div></div></body>""",
    )


def elementor(p: Page) -> str:
    posts = "".join(
        f'<article class="elementor-post elementor-grid-item post type-post"><div class="elementor-post__text">'
        f'<h3 class="elementor-post__title"><a href="{i.href}">{esc(i.head)}</a></h3>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{i.date}</span></div>'
        f'<div class="elementor-post__excerpt"><p>{i.teaser()}</p></div>'
        f'<a class="elementor-post__read-more" href="{i.href}">{esc(p.more)} »</a></div></article>'
        for i in p.items
    )
    col = (
        f'<div class="elementor-column elementor-col-33 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">'
        f'<div class="elementor-element elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">{esc(p.label)}</h2></div>'
        f'<div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts elementor-grid">{posts}</div></div></div></div></div>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body class="post-template-default single elementor-default elementor-kit-7"><div data-elementor-type="single-post" class="elementor elementor-1402">
<section class="elementor-section elementor-top-section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-66 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title"><h1 class="elementor-heading-title">{esc(p.title)}</h1></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
{"".join(p.blocks)}
</div></div></div></div>
{col}
</div></section></div></body>""",
    )


def divi(p: Page) -> str:
    posts = "".join(
        f'<article class="et_pb_post clearfix et_pb_blog_item_0_{n} post type-post"><h2 class="entry-title"><a href="{i.href}">{esc(i.head)}</a></h2>'
        f'<p class="post-meta">by <span class="author vcard">{i.author}</span> | <span class="published">{i.date}</span> | {i.comments} comments</p>'
        f'<div class="post-content"><div class="post-content-inner"><p>{i.teaser()}</p></div></div></article>'
        for n, i in enumerate(p.items)
    )
    grid = (
        f'<div class="et_pb_module et_pb_blog_0 et_pb_blog_grid_wrapper"><div class="et_pb_blog_grid clearfix"><div class="et_pb_ajax_pagination_container">{posts}</div></div></div>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body class="single et_divi_theme et_pb_pagebuilder_layout"><div id="page-container"><div id="et-main-area"><div id="main-content">
<article class="post et_pb_post"><div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_0">
<div class="et_pb_module et_pb_post_title et_pb_post_title_0"><div class="et_pb_title_container"><h1 class="entry-title">{esc(p.title)}</h1></div></div>
<div class="et_pb_module et_pb_text et_pb_text_0"><div class="et_pb_text_inner">
{"".join(p.blocks)}
</div></div>
{grid}
</div></div></div></div></div></div></article></div></div></div></body>""",
    )


def bulma(p: Page) -> str:
    media = "".join(
        f'<article class="media"><figure class="media-left"><p class="image is-64x64"><img src="/t/{i.rank}.jpg" alt=""></p></figure>'
        f'<div class="media-content"><div class="content"><p><strong><a href="{i.href}">{esc(i.head)}</a></strong> <small>{i.time}</small><br>{i.teaser()}</p></div></div></article>'
        for i in p.items
    )
    side = (
        f'<div class="column is-4"><h2 class="title is-5">{esc(p.label)}</h2>{media}</div>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body><nav class="navbar" role="navigation"><div class="navbar-menu">{NAV.format(c="navbar-start")}</div></nav>
<section class="section"><div class="container"><div class="columns">
<div class="column is-8"><h1 class="title is-2">{esc(p.title)}</h1><div class="content is-medium">
{"".join(p.blocks)}
</div></div>
{side}
</div></div></section></body>""",
    )


def foundation(p: Page) -> str:
    rest = list(p.items)
    out = []
    for n, b in enumerate(p.blocks):
        out.append(b)
        if n in (0, 2) and rest and n < len(p.blocks) - 1:
            take, rest = rest[:2], rest[2:]
            out.append(
                '<div class="grid-x grid-margin-x">'
                + "".join(
                    f'<div class="cell medium-6"><div class="callout secondary"><h5><a href="{i.href}">{esc(i.head)}</a></h5><p>{i.teaser()}</p></div></div>'
                    for i in take
                )
                + "</div>"
            )
    tail = "".join(
        f'<div class="cell medium-4"><div class="card"><div class="card-divider"><h5>{esc(i.head)}</h5></div><div class="card-section"><p>{i.teaser()}</p></div></div></div>'
        for i in rest
    )
    tail_html = (
        f'<div class="grid-x grid-margin-x small-up-1 medium-up-3">{tail}</div>' if rest else ""
    )
    return wrap(
        p,
        f"""<body><div class="top-bar">{NAV.format(c="menu")}</div>
<div class="grid-container"><div class="grid-x grid-padding-x"><div class="cell large-9">
<h1>{esc(p.title)}</h1>
{"".join(out)}
{tail_html}
</div><div class="cell large-3"><ul class="menu vertical"><li><a href="/a">Archive</a></li></ul></div></div></div></body>""",
    )


def materialui(p: Page) -> str:
    t = "MuiTypography-root"
    cards = "".join(
        f'<div class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-4 css-1wxaqej"><div class="MuiPaper-root MuiPaper-elevation1 MuiCard-root css-s18byi">'
        f'<div class="MuiCardContent-root css-1qw96cp"><h5 class="{t} MuiTypography-h5 css-h93ljk">{esc(i.head)}</h5>'
        f'<p class="{t} MuiTypography-body2 css-1pnmrwp">{i.teaser()}</p></div>'
        f'<div class="MuiCardActions-root css-3zukih"><a class="MuiButton-root MuiButton-text css-1ujsas3" href="{i.href}">{esc(p.more)}</a></div></div></div>'
        for i in p.items
    )
    grid = (
        f'<div class="MuiGrid-root MuiGrid-container MuiGrid-spacing-xs-2 css-isbt42">{cards}</div>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body><div id="root"><header class="MuiPaper-root MuiAppBar-root css-1x7skt0">{NAV.format(c="MuiToolbar-root")}</header>
<div class="MuiContainer-root MuiContainer-maxWidthMd css-1qsxih2"><h1 class="{t} MuiTypography-h3 css-zq6grw">{esc(p.title)}</h1>
<div class="MuiBox-root css-8atqhb">
{"".join(p.blocks)}
</div>
{grid}
</div></div></body>""",
    )


def xhtml(p: Page) -> str:
    boxes = "".join(
        f'<div class="box"><h4><a href="{i.href}">{esc(i.head)}</a></h4><p>{i.date}<br />{i.teaser()}</p></div>\n'
        for i in p.items
    )
    blocks = "\n".join(
        b.replace("<br>", "<br />").replace('height="450">', 'height="450" />') for b in p.blocks
    )
    return wrap(
        p,
        f"""<body><div id="container"><div id="header"><p class="logo">Kurier</p></div>
<div id="content"><h1>{esc(p.title)}</h1>
{blocks}
<hr />
{boxes}
</div><div id="footer"><p>Valid XHTML 1.0 Strict</p></div></div></body>""",
        doctype='<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
        html_attrs=' xmlns="http://www.w3.org/1999/xhtml"',
    )


def marquee(p: Page) -> str:
    ticker = " +++ ".join(esc(i.head) for i in p.items[:3])
    mq = (
        f'<marquee behavior="scroll" scrollamount="4" bgcolor="#ffff99"><b>{ticker}</b></marquee>'
        if p.items
        else ""
    )
    blocks = "".join(
        f'<center><b><a href="{i.href}">{esc(i.head)}</a></b><br><font size="2" face="Verdana">{i.teaser()}</font></center><br>\n'
        for i in p.items
    )
    return wrap(
        p,
        f"""<body bgcolor="#ffffff" text="#000000" link="#0000cc"><center><img src="/logo.gif" width="468" height="60" alt="Lokalblatt"></center>
{mq}
<center><h1><font face="Arial">{esc(p.title)}</font></h1></center>
<div align="left">
{"".join(p.blocks)}
</div>
<hr width="80%">
{blocks}
<center><font size="1">Best viewed with 800x600</font></center></body>""",
        doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    )


def wire(p: Page) -> str:
    feed = "".join(
        f'<li class="wire-item"><time class="wire-time">{i.time} UTC</time> <a class="wire-headline" href="{i.href}">{esc(i.head)}</a>'
        f'<div class="wire-summary">{i.teaser()}</div></li>'
        for i in p.items
    )
    more = (
        f'<section class="wire-more"><h2>{esc(p.label)}</h2><ul class="wire-feed">{feed}</ul></section>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body class="wire"><header class="wire-header"><span class="agency">Continental Press Agency</span> <span class="desk">General news desk</span></header>
<main><article class="wire-story"><p class="slug">CPA-{p.rng.randrange(1000, 9999)} 1 URG</p><h1 class="wire-title">{esc(p.title)}</h1>
<div class="wire-body">
{"".join(p.blocks)}
</div><p class="wire-end">cpa kl/ms</p></article>
{more}
</main></body>""",
    )


def tvvideo(p: Page) -> str:
    pl = "".join(
        f'<li class="playlist-item"><a href="{i.href}"><img src="/thumbs/{i.rank}.jpg" alt=""><span class="duration">{i.rank + 1}:{10 + i.rank * 7 % 50}</span>'
        f'<h4 class="playlist-title">{esc(i.head)}</h4><p class="playlist-desc">{i.teaser()}</p></a></li>'
        for i in p.items
    )
    upnext = (
        f'<div class="playlist"><h3>{esc(p.label)}</h3><ol class="playlist-items">{pl}</ol></div>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body class="tv-article"><header>{NAV.format(c="channel-nav")}</header>
<main class="video-page"><div class="player-area"><div class="video-js vjs-16-9" id="player_1"><video class="vjs-tech" preload="none" poster="/poster.jpg"><source src="/v/clip.m3u8" type="application/x-mpegURL"></video>
<div class="vjs-control-bar"><button class="vjs-play-control" type="button"><span class="vjs-control-text">Play</span></button></div></div>
{upnext}
</div>
<article class="story"><h1>{esc(p.title)}</h1><div class="story-body">
{"".join(p.blocks)}
</div></article></main></body>""",
    )


def radioaudio(p: Page) -> str:
    cards = "".join(
        f'<figure class="episode-card"><a href="{i.href}"><img src="/ep/{i.rank}.jpg" alt=""></a><figcaption><strong class="episode-title">{esc(i.head)}</strong>'
        f' <span class="episode-text">{i.teaser()}</span> <span class="episode-length">{12 + i.rank} min</span></figcaption></figure>'
        for i in p.items
    )
    more = (
        f'<section class="episodes"><h2>{esc(p.label)}</h2><div class="episode-grid">{cards}</div></section>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body><header class="station-header">{NAV.format(c="station-nav")}</header>
<main><article class="audio-story"><h1>{esc(p.title)}</h1>
<div class="audio-player"><audio controls preload="none" src="/audio/brief.mp3"></audio><span class="audio-duration">3:12</span></div>
<div class="text">
{"".join(p.blocks)}
</div></article>
{more}
</main></body>""",
    )


def liveblog(p: Page) -> str:
    entries = "".join(
        f'<article class="lb-entry" id="entry-{i.rank}"><header class="lb-entry-meta"><time>{i.time}</time></header>'
        f'<h3 class="lb-entry-title">{esc(i.head)}</h3><div class="lb-entry-body"><p>{i.teaser()}</p></div></article>\n'
        for i in p.items
    )
    return wrap(
        p,
        f"""<body class="liveblog"><header>{NAV.format(c="nav")}</header>
<main><h1 class="lb-title">{esc(p.title)}</h1><div class="lb-feed">
<article class="lb-entry lb-pinned" id="entry-top"><header class="lb-entry-meta"><time>09:12</time> <span class="pin">Pinned</span></header>
<div class="lb-entry-body">
{"".join(p.blocks)}
</div></article>
{entries}
</div></main></body>""",
    )


def council(p: Page) -> str:
    rows = "".join(
        f'<div class="listing-item"><p class="date">{i.date}</p><h2 class="listing-title"><a href="{i.href}">{esc(i.head)}</a></h2>'
        f'<p class="listing-summary">{i.teaser()}</p></div>'
        for i in p.items
    )
    lst = (
        f'<div class="news-listing"><h2 class="listing-heading">{esc(p.label)}</h2>{rows}</div>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body class="council"><div class="skip"><a href="#content">Skip to content</a></div>
<header class="council-header"><a href="/">Borough Council</a></header><ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol>
<div id="content" class="council-news"><h1>{esc(p.title)}</h1><p class="published">Published: 2 December 2026</p>
<div class="editor">
{"".join(p.blocks)}
</div>
{lst}
<div class="related-services"><h3>Related services</h3><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/tax">Council tax</a></li></ul></div>
</div></body>""",
    )


def university(p: Page) -> str:
    rows = "".join(
        f'<div class="news-item row"><div class="col-date"><span class="day">{2 + i.rank}</span><span class="month">12</span></div>'
        f'<div class="col-text"><h3><a href="{i.href}">{esc(i.head)}</a></h3><p>{i.teaser()}</p></div></div>'
        for i in p.items
    )
    lst = (
        f'<section class="uni-news-list"><h2>{esc(p.label)}</h2>{rows}</section>' if p.items else ""
    )
    return wrap(
        p,
        f"""<body class="uni"><header class="uni-header"><div class="crest">University</div>{NAV.format(c="uni-nav")}</header>
<main id="main-content"><div class="container"><div class="uni-news-article"><h1>{esc(p.title)}</h1>
<div class="field field--name-body field--type-text-with-summary">
{"".join(p.blocks)}
</div></div>
{lst}
</div></main></body>""",
    )


def ngopress(p: Page) -> str:
    box, rest = split(p.items, 3)
    inline = "".join(
        f'<article><h3><a href="{i.href}">{esc(i.head)}</a></h3><p>{i.teaser()}</p></article>'
        for i in box
    )
    blocks = list(p.blocks)
    if box:
        blocks.insert(
            1, f'<section class="press-latest inline-box"><h2>{esc(p.label)}</h2>{inline}</section>'
        )
    tail = "".join(
        f'<article class="press-item"><span class="press-date">{i.date}</span><h3><a href="{i.href}">{esc(i.head)}</a></h3><p>{i.teaser()}</p></article>'
        for i in rest
    )
    return wrap(
        p,
        f"""<body class="ngo"><header><a class="logo" href="/">Open Doors Network</a> <a class="donate" href="/donate">Donate</a></header>
<main><div class="press-release"><p class="kind">Press release</p><h1>{esc(p.title)}</h1>
<div class="press-body">
{"".join(blocks)}
</div>
<div class="press-archive">{tail}</div>
<p class="press-contact">Media contact: press@example.org</p></div></main></body>""",
    )


def paywall(p: Page) -> str:
    cards = "".join(
        f'<li class="plus-item"><span class="plus-badge">Plus</span><a href="{i.href}"><h3>{esc(i.head)}</h3></a><p>{i.teaser()}</p></li>'
        for i in p.items
    )
    more = (
        f'<section class="plus-list"><h2>{esc(p.label)}</h2><ul>{cards}</ul></section>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body class="article paywalled"><header>{NAV.format(c="nav")}</header>
<main><article class="article"><h1 class="article-title">{esc(p.title)}</h1>
<div class="article-text free">
{"".join(p.blocks)}
</div>
<div class="paywall-gate"><p class="gate-title">Subscribe for full access</p><a class="btn" href="/abo">1 month for 1 €</a></div>
</article>
{more}
</main></body>""",
    )


def rankedspans(p: Page) -> str:
    rows = "".join(
        f'<div role="listitem" class="rank-row" style="display:flex"><span class="rank">{i.rank + 1}</span>'
        f'<span class="rank-text"><span class="t"><a href="{i.href}">{esc(i.head)}</a></span> <span class="d">{i.teaser()}</span> <span class="c">{i.comments}</span></span></div>'
        for i in p.items
    )
    top = (
        f'<div class="most-read" role="list" aria-label="{esc(p.label)}">{rows}</div>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body><div class="page" style="display:flex;flex-direction:column">{NAV.format(c="nav")}
{top}
<div class="story-wrap" style="display:flex"><div class="story-main"><h1>{esc(p.title)}</h1>
{"".join(p.blocks)}
</div></div></div></body>""",
    )
