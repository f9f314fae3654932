"""Page layouts, part 1 (portal CMSs and front-end frameworks)."""

from __future__ import annotations

import json

from common import Page, esc, split, wrap

NAV = '<nav class="{c}"><a href="/">Home</a> <a href="/news">News</a> <a href="/region">Region</a> <a href="/contact">Contact</a></nav>'


def typo3(p: Page) -> str:
    items = "".join(
        f'<div class="article articletype-0" itemscope><div class="header"><span class="news-list-date"><time>{i.date}</time></span>'
        f'<h3><a href="{i.href}" title="{esc(i.head)}"><span itemprop="headline">{esc(i.head)}</span></a></h3></div>'
        f'<div class="teaser-text"><div itemprop="description"><p>{i.teaser()}</p></div>'
        f'<a class="more" href="{i.href}">{esc(p.more)}</a></div></div>\n'
        for i in p.items
    )
    lst = (
        f'<div class="csc-default" id="c4711"><div class="news"><div class="news-list-view">{items}</div></div></div>'
        if p.items
        else ""
    )
    body = "\n".join(p.blocks)
    return wrap(
        p,
        f"""<body id="p112"><div id="page">{NAV.format(c="mainnav")}
<div id="content"><div class="csc-default" id="c4702"><div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{esc(p.title)}</h1></div>
<div class="news-text-wrap" itemprop="articleBody">
{body}
</div></div></div></div>
{lst}
</div><div id="footer">Impressum · Datenschutz</div></div></body>""",
    )


def ezpublish(p: Page) -> str:
    items = "".join(
        f'<div class="content-view-line"><div class="class-article float-break"><h2><a href="{i.href}">{esc(i.head)}</a></h2>'
        f'<div class="attribute-short"><p>{i.teaser()}</p></div></div></div>\n'
        for i in p.items
    )
    side = (
        f'<div id="extrainfo-position"><div class="extrainfo-column"><h2>{esc(p.label)}</h2>{items}</div></div>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body><div id="page" class="sidemenu extrainfo">
<div id="header-position">{NAV.format(c="topmenu")}</div>
<div id="columns-position"><div id="columns" class="float-break">
<div id="main-position"><div id="main" class="float-break"><div class="overflow-fix">
<div class="content-view-full"><div class="class-article">
<div class="attribute-header"><h1>{esc(p.title)}</h1></div>
<div class="attribute-byline"><span class="date">02/12/2026 10:14</span></div>
<div class="attribute-body">
{"".join(p.blocks)}
</div></div></div></div></div></div>
{side}
</div></div><div id="footer-position">eZ Publish</div></div></body>""",
    )


def sitecore(p: Page) -> str:
    comps = []
    rest = list(p.items)
    for n, b in enumerate(p.blocks):
        comps.append(
            f'<div class="component rich-text col-xs-12"><div class="component-content">{b}</div></div>'
        )
        if n in (0, 1) and rest and n < len(p.blocks) - 1:
            i = rest.pop(0)
            comps.append(
                f'<div class="component promo col-xs-12 promo-inline"><div class="component-content"><div class="field-promoicon"><img src="/-/media/{i.rank}.jpg" alt=""></div>'
                f'<div class="promo-text"><div><div class="field-promotitle"><a href="{i.href}">{esc(i.head)}</a></div>'
                f'<div class="field-promotext">{i.teaser()}</div></div></div></div></div>'
            )
    tail = "".join(
        f'<li><div class="field-title"><a href="{i.href}">{esc(i.head)}</a></div><div class="field-summary">{i.teaser()}</div></li>'
        for i in rest
    )
    lst = (
        f'<div class="component link-list col-xs-12"><div class="component-content"><h3>{esc(p.label)}</h3><ul>{tail}</ul></div></div>'
        if rest
        else ""
    )
    return wrap(
        p,
        f"""<body><div id="wrapper"><header><div id="header" class="container">{NAV.format(c="navigation")}</div></header>
<main><div id="content" class="container"><div class="row"><div class="component title col-xs-12"><div class="component-content"><h1 class="field-title">{esc(p.title)}</h1></div></div>
<div class="main-placeholder" id="main_0_content_1">
{"".join(comps)}
{lst}
</div></div></div></main></div></body>""",
    )


def liferay(p: Page) -> str:
    items = "".join(
        f'<div class="asset-abstract"><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{i.date}</span></div>'
        f'<h3 class="asset-title"><a href="{i.href}">{esc(i.head)}</a></h3><div class="asset-content"><div class="asset-summary">{i.teaser()}</div></div></div>\n'
        for i in p.items
    )
    col1 = (
        f'<div class="col-md-4 portlet-column" id="column-1"><div class="portlet-dropzone"><section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_x8f2">'
        f'<div class="portlet-content"><h2 class="portlet-title-text">{esc(p.label)}</h2><div class="portlet-body">{items}</div></div></section></div></div>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body class="controls-visible signed-out public-page site"><div class="container-fluid" id="wrapper">
<header id="banner">{NAV.format(c="navbar")}</header>
<section id="content"><div class="columns-1-2" id="main-content" role="main"><div class="portlet-layout row">
{col1}
<div class="col-md-8 portlet-column" id="column-2"><div class="portlet-dropzone"><section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_k1">
<div class="portlet-content"><div class="portlet-body"><div class="journal-content-article" data-analytics-asset-id="40211">
<h1>{esc(p.title)}</h1>
{"".join(p.blocks)}
</div></div></div></section></div></div>
</div></div></section></div></body>""",
    )


def blox(p: Page) -> str:
    cards = "".join(
        f'<article class="tnt-asset-type-article card summary"><div class="card-container"><div class="card-body">'
        f'<div class="card-headline"><h3 class="tnt-headline"><a href="{i.href}" class="tnt-asset-link">{esc(i.head)}</a></h3></div>'
        f'<ul class="list-inline card-meta"><li class="card-date"><time datetime="2026-12-02">{i.time}</time></li></ul>'
        f'<div class="card-lead"><p class="tnt-summary">{i.teaser()}</p></div></div></div></article>\n'
        for i in p.items
    )
    more = (
        f'<div class="tnt-asset-list"><h4 class="block-title"><span class="block-title-inner">{esc(p.label)}</span></h4>{cards}</div>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body class="tnt-section-news"><div id="site-container">{NAV.format(c="navbar-nav")}
<section id="main-page-container" class="container-fullscreen-region"><div class="asset-head"><h1 class="headline"><span class="asset-headline tnt-headline">{esc(p.title)}</span></h1></div>
<div class="asset-body"><div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">
{"".join(p.blocks)}
</div></div>
{more}
</section></div></body>""",
    )


def brightspot(p: Page) -> str:
    inline, rest = split(p.items, 2)
    enh = "".join(
        f'<div class="Enhancement" data-align-center><ps-promo class="PagePromo" data-content-type="article"><div class="PagePromo-content">'
        f'<div class="PagePromo-title"><a class="Link" href="{i.href}"><span class="PagePromoContentIcons-text">{esc(i.head)}</span></a></div>'
        f'<div class="PagePromo-description"><span class="PagePromoContentIcons-text">{i.teaser()}</span></div></div></ps-promo></div>'
        for i in inline
    )
    blocks = list(p.blocks)
    blocks.insert(min(2, len(blocks) - 1), enh)
    lst = "".join(
        f'<li class="PageList-items-item"><ps-promo class="PagePromo"><div class="PagePromo-title"><a href="{i.href}">{esc(i.head)}</a></div>'
        f'<div class="PagePromo-description">{i.teaser()}</div><div class="PagePromo-byline">{i.author}</div></ps-promo></li>'
        for i in rest
    )
    tail = (
        f'<bsp-list-loadmore class="PageListStandardB"><div class="PageList-header"><h2>{esc(p.label)}</h2></div><ul class="PageList-items">{lst}</ul></bsp-list-loadmore>'
        if rest
        else ""
    )
    return wrap(
        p,
        f"""<body class="Page-body"><bsp-header class="Page-header">{NAV.format(c="Page-header-nav")}</bsp-header>
<main class="Page-main"><article class="Page-content"><div class="Page-lead"><h1 class="Page-headline">{esc(p.title)}</h1></div>
<bsp-story-page class="Page-storyBody"><div class="RichTextStoryBody RichTextBody">
{"".join(blocks)}
</div></bsp-story-page></article>
{tail}
</main></body>""",
    )


def polopoly(p: Page) -> str:
    teas = "".join(
        f'<div class="p_teaser p_teaser_{n}"><span class="p_kicker">{i.date} {i.time}</span><h4><a href="{i.href}">{esc(i.head)}</a></h4>'
        f'<div class="p_teaser_text">{i.teaser()}</div></div>\n'
        for n, i in enumerate(p.items)
    )
    top = (
        f'<div class="p_element p_teaserlist"><div class="p_elementHeader">{esc(p.label)}</div>{teas}</div>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body><div id="p_page"><div id="p_header">{NAV.format(c="p_menu")}</div>
<div id="p_main">
{top}
<div class="p_element p_article"><div class="p_articleHead"><h1>{esc(p.title)}</h1></div>
<div class="p_articleBody">
{"".join(p.blocks)}
</div></div>
</div><div id="p_footer">Polopoly</div></div></body>""",
    )


def escenic(p: Page) -> str:
    teasers = "".join(
        f'<article class="teaser teaser-article"><a href="{i.href}"><span class="section-name">{i.date}</span>'
        f'<h2 class="title">{esc(i.head)}</h2><p class="lead">{i.teaser()}</p></a></article>'
        for i in p.items
    )
    rel = (
        f'<div class="relations"><div class="relation-list">{teasers}</div></div>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body class="section-news article-page"><div id="main-container">{NAV.format(c="menu")}
<article class="article news"><header class="article-header"><h1 class="headline">{esc(p.title)}</h1><p class="dateline"><time>02.12.2026</time></p></header>
<div class="body-content"><div class="article-body">
{"".join(p.blocks)}
</div>
{rel}
<div class="tags"><a href="/tag/news">news</a></div></div></article></div></body>""",
    )


def hugo(p: Page) -> str:
    lis = "".join(
        f'<li><a href="{i.href}"><h4>{esc(i.head)}</h4></a><p class="summary">{i.teaser()}</p></li>'
        for i in p.items
    )
    rel = (
        f'<section class="related-posts"><h3>{esc(p.label)}</h3><ul>{lis}</ul></section>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body class="single"><header class="site-header"><a class="site-title" href="/">Gazette</a></header>
<main id="main"><article class="post single"><header class="post-header"><h1 class="post-title">{esc(p.title)}</h1>
<div class="post-meta"><span>December 2, 2026</span> · <span>2 min read</span></div></header>
<div class="post-content">
{"".join(p.blocks)}
</div><footer class="post-footer"><ul class="post-tags"><li><a href="/tags/local/">local</a></li></ul></footer></article>
{rel}
</main><footer class="footer">Powered by Hugo</footer></body>""",
        head='<meta name="generator" content="Hugo 0.139.0">',
    )


def jekyll(p: Page) -> str:
    lis = "".join(
        f'<li><span class="post-meta">{i.date}</span><h3><a class="post-link" href="{i.href}">{esc(i.head)}</a></h3>{i.teaser()}</li>'
        for i in p.items
    )
    lst = (
        f'<h2 class="post-list-heading">{esc(p.label)}</h2><ul class="post-list">{lis}</ul>'
        if p.items
        else ""
    )
    return wrap(
        p,
        f"""<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Town Notes</a></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{esc(p.title)}</h1></header>
<div class="post-content e-content" itemprop="articleBody">
{"".join(p.blocks)}
</div></article>
{lst}
</div></main></body>""",
        head='<meta name="generator" content="Jekyll v4.3.4">',
    )


def nextrsc(p: Page) -> str:
    cards = "".join(
        f'<a class="Card_card__x9Q2b" href="{i.href}"><div class="Card_text__Lm3p0"><span class="Card_kicker__b7T1e">{i.time}</span>'
        f'<span class="Card_title__K2d9s"><span>{esc(i.head)}</span></span><span class="Card_dek__P0a8w">{i.teaser()}</span></div></a>'
        for i in p.items
    )
    grid = (
        f'<section class="Grid_grid__7hR4c"><h2 class="Grid_heading__2Nn1x">{esc(p.label)}</h2><div class="Grid_row__q1XcV">{cards}</div></section>'
        if p.items
        else ""
    )
    payload = json.dumps(
        [1, json.dumps({"title": p.title, "items": [i.head for i in p.items]}, ensure_ascii=False)],
        ensure_ascii=False,
    )
    return wrap(
        p,
        f"""<body class="__variable_3f2a1"><div class="Layout_root__Zk2Pq"><header class="Header_bar__v3Y1n">{NAV.format(c="Header_nav__0Lk2a")}</header>
<main class="Page_main__Qm3xR"><article class="Article_article__1aB2c"><h1 class="Article_title__Hh7k2">{esc(p.title)}</h1>
<div class="Article_body__3kd1W">
{"".join(p.blocks)}
</div></article>
{grid}
</main></div>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push({payload})</script></body>""",
    )
