"""More page layouts of briefs_blind5 (see layouts.py)."""

from __future__ import annotations

from layouts import FOOT, Ctx, Item, doc, esc, nav


# 11. Press-release portal: latest releases above, more releases of the issuer below.
def pressrelease(c: Ctx) -> str:
    a, b = c.split(min(3, len(c.items)))

    def rel(items: list[Item]) -> str:
        return "".join(
            f'<div class="release-teaser"><span class="pr-category">Press release · {it.date}</span>'
            f'<h4 class="pr-title"><a href="{it.href}">{esc(it.head)}</a></h4><p class="pr-lead">{it.teaser}</p></div>\n'
            for it in items
        )

    body = (
        f'<div id="portal"><header class="portal-head">{nav(c)}</header>\n'
        + (f'<div class="latest-releases"><h3>{esc(c.label)}</h3>\n{rel(a)}</div>\n' if a else "")
        + '<div class="release-detail"><p class="pr-issuer">Issued by: Regional Press Office</p>\n'
        f'<h1 class="pr-headline">{esc(c.title)}</h1>\n<div class="pr-body">\n'
        + "\n".join(c.blocks())
        + '\n</div>\n<p class="pr-contact">Media contact: press office, +00 123 4567</p></div>\n'
        + (
            f'<div class="issuer-releases"><h3>More from this issuer</h3>\n{rel(b)}</div>\n'
            if b
            else ""
        )
        + "</div>"
    )
    return doc(c, body)


# 12. Government news page (design-system classes), document list in the side column.
def govnews(c: Ctx) -> str:
    lis = "".join(
        f'<li class="gem-c-document-list__item"><a class="govuk-link gem-c-document-list__item-title" href="{it.href}">'
        f"{esc(it.head)}</a>"
        f'<p class="gem-c-document-list__item-description">{it.teaser}</p>'
        f'<ul class="gem-c-document-list__item-metadata"><li class="gem-c-document-list__attribute">News story</li>'
        f'<li class="gem-c-document-list__attribute"><time>{it.date}</time></li></ul></li>\n'
        for it in c.items
    )
    body = (
        f'<header class="govuk-header">{nav(c)}</header>\n<div class="govuk-width-container">'
        '<main class="govuk-main-wrapper" id="main-content"><div class="govuk-grid-row">\n'
        '<div class="govuk-grid-column-two-thirds">\n'
        f'<span class="govuk-caption-xl">News story</span><h1 class="govuk-heading-xl">{esc(c.title)}</h1>\n'
        '<div class="gem-c-govspeak govuk-govspeak">\n'
        + "\n".join(c.blocks())
        + "\n</div></div>\n"
        + (
            '<div class="govuk-grid-column-one-third"><div class="gem-c-document-list">'
            f'<h2 class="govuk-heading-s">{esc(c.label)}</h2><ul class="gem-c-document-list__list">\n{lis}</ul></div></div>\n'
            if lis
            else ""
        )
        + '</div></main></div>\n<footer class="govuk-footer">Open Government Licence</footer>'
    )
    return doc(c, body)


# 13. Print view: bare page, items as bold headline + br + teaser paragraphs after an <hr>.
def printview(c: Ctx) -> str:
    items = "".join(f"<p><b>{esc(it.head)}</b><br>\n{it.teaser}</p>\n" for it in c.items)
    body = (
        '<div class="print-header"><img src="/img/logo-print.gif" alt="Courier"> '
        '<a href="javascript:window.print()">Print</a> | <a href="javascript:window.close()">Close window</a></div>\n'
        f'<div class="print-article"><h1>{esc(c.title)}</h1>\n<p class="print-date">12.03.2025</p>\n'
        + "\n".join(c.blocks())
        + "\n</div>\n"
        + (
            f'<hr>\n<div class="print-more"><p><b>{esc(c.label)}</b></p>\n{items}</div>\n'
            if items
            else ""
        )
        + '<p class="print-url">https://www.example-courier.test/a/4411</p>'
    )
    return doc(c, body, bodyattrs=' onload="window.print()"')


# 14. AMP-less mobile page: list items of <li><a><span class=t><span class=d></a>.
def mobilelite(c: Ctx) -> str:
    lis = "".join(
        f'<li><a href="{it.href}"><img src="{it.img}" width="80" height="60" alt="">'
        f'<span class="t">{esc(it.head)}</span><span class="d">{it.teaser}</span>'
        f'<span class="time">{it.date}</span></a></li>\n'
        for it in c.items
    )
    body = (
        '<div class="m-top"><a href="/" class="m-logo">Courier</a><a href="#menu" class="m-burger">☰</a></div>\n'
        f'<div class="m-story"><h1>{esc(c.title)}</h1>\n'
        + "\n".join(c.blocks())
        + "\n</div>\n"
        + (
            f'<div class="m-more"><h2>{esc(c.label)}</h2><ul class="m-list">\n{lis}</ul></div>\n'
            if lis
            else ""
        )
        + '<div class="m-foot"><a href="?desktop=1">Desktop version</a></div>'
    )
    return doc(
        c, body, head='<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    )


# 15. Right-to-left portal: related news with images and h4 inside links.
def rtl(c: Ctx) -> str:
    rel = "".join(
        f'<div class="item"><a href="{it.href}"><img src="{it.img}" alt=""><h4>{esc(it.head)}</h4></a>'
        f'<p class="brief">{it.teaser}</p><span class="date">{it.date}</span></div>\n'
        for it in c.items
    )
    body = (
        f'<div class="wrapper">{nav(c)}\n<div class="news-details"><h1 class="news-title">{esc(c.title)}</h1>\n'
        '<div class="details-text">\n'
        + "\n".join(c.blocks())
        + "\n</div></div>\n"
        + (
            f'<div class="related-news"><div class="block-title">{esc(c.label)}</div>\n{rel}</div>\n'
            if rel
            else ""
        )
        + f"</div>\n{FOOT}"
    )
    return doc(c, body)


# 16. CJK portal: ideographic-space indented paragraphs, list of time + link + summary.
def cjkportal(c: Ctx) -> str:
    lis = "".join(
        f'<li><span class="time">[{it.date}]</span><a href="{it.href}" target="_blank">{esc(it.head)}</a>'
        f'<p class="summary">{it.teaser}</p></li>\n'
        for it in c.items
    )
    body = (
        f'<div class="top-bar">{nav(c)}</div>\n<div class="main-content w1000">\n'
        f'<h1 class="main-title">{esc(c.title)}</h1><div class="date-source"><span class="date">2025年03月12日 14:05</span></div>\n'
        '<div class="article" id="artibody">\n'
        + "\n".join(c.blocks("<p>\u3000\u3000{}</p>"))
        + "\n</div>\n"
        + (
            f'<div class="list-news-box"><h3>{esc(c.label)}</h3><ul class="list-news">\n{lis}</ul></div>\n'
            if lis
            else ""
        )
        + "</div>"
    )
    return doc(c, body)


# 17. Definition list of items after the story.
def dllist(c: Ctx) -> str:
    dl = "".join(
        f'<dt><a href="{it.href}">{esc(it.head)}</a> <span class="date">{it.date}</span></dt><dd>{it.teaser}</dd>\n'
        for it in c.items
    )
    body = (
        f'{nav(c)}\n<div class="story"><h1>{esc(c.title)}</h1>\n'
        + "\n".join(c.blocks())
        + "\n</div>\n"
        + (
            f'<div class="newslist"><h2>{esc(c.label)}</h2><dl class="news-list">\n{dl}</dl></div>\n'
            if dl
            else ""
        )
        + FOOT
    )
    return doc(c, body)


# 18. Section cards inside the content after paragraph 2, more cards after the story.
def sectioncards(c: Ctx) -> str:
    a, b = c.split(3)

    def cards(items: list[Item]) -> str:
        return "".join(
            f'<section class="card"><h4><a href="{it.href}">{esc(it.head)}</a></h4><p>{it.teaser}</p></section>\n'
            for it in items
        )

    blocks = c.blocks()
    if a:
        blocks.insert(min(2, len(blocks)), cards(a))
    body = (
        f'{nav(c)}\n<article><h1>{esc(c.title)}</h1>\n<div class="content">\n'
        + "\n".join(blocks)
        + "\n</div></article>\n"
        + (f'<div class="cards">\n{cards(b)}</div>\n' if b else "")
        + FOOT
    )
    return doc(c, body)


# 19. Table of links: headline link + br + small teaser, date column.
def linktable(c: Ctx) -> str:
    rows = "".join(
        f'<tr><td class="nl"><a href="{it.href}"><b>{esc(it.head)}</b></a><br><small>{it.teaser}</small></td>'
        f'<td class="nd" nowrap>{it.date}</td></tr>\n'
        for it in c.items
    )
    body = (
        f'{nav(c)}\n<div id="artikel"><h1>{esc(c.title)}</h1>\n'
        + "\n".join(c.blocks())
        + "\n</div>\n"
        + (
            f'<table class="morenews" width="100%" border="0" cellspacing="2">'
            f'<tr><th colspan="2">{esc(c.label)}</th></tr>\n{rows}</table>\n'
            if rows
            else ""
        )
        + FOOT
    )
    return doc(c, body)


# 20. JSON-LD only metadata: no <h1>, paragraphs are <div class="txt">, items are divs too.
def jsonld(c: Ctx) -> str:
    import json

    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": c.title,
        "datePublished": "2025-03-12",
    }
    rel = "".join(
        f'<div class="rel"><div class="rel-t"><a href="{it.href}">{esc(it.head)}</a></div>'
        f'<div class="rel-d">{it.teaser}</div></div>\n'
        for it in c.items
    )
    body = (
        f'<div class="page">{nav(c)}\n<div class="content-main">\n<div class="story-title">{esc(c.title)}</div>\n'
        + "\n".join(c.blocks('<div class="txt">{}</div>'))
        + "\n"
        + (
            f'<div class="rel-box"><div class="rel-h">{esc(c.label)}</div>\n{rel}</div>\n'
            if rel
            else ""
        )
        + "</div></div>"
    )
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    return doc(c, body, head=head)


# 21. Regional newspaper CMS (around 2005): teaser box "from the region" above the article.
def regional2005(c: Ctx) -> str:
    a, b = c.split(max(1, len(c.items) - 2) if c.items else 0)
    box = "".join(
        f'<div class="teaser"><a class="headline" href="{it.href}">{esc(it.head)}</a>'
        f'<p class="teasertext">{it.teaser}</p></div>\n'
        for it in a
    )
    tail = "".join(
        f'<p class="text"><a href="{it.href}"><strong>{esc(it.head)}</strong></a> {it.teaser}</p>\n'
        for it in b
    )
    body = (
        '<div id="kopf"><img src="/grafik/logo.gif" alt="Kreisbote"></div>\n'
        f'<div id="navi">{nav(c)}</div>\n<div id="inhalt">\n'
        + (
            f'<div class="teaserbox"><div class="boxtitel">{esc(c.label)}</div>\n{box}</div>\n'
            if box
            else ""
        )
        + f'<div class="artikel"><h1 class="ueberschrift">{esc(c.title)}</h1>\n'
        + "\n".join(c.blocks('<p class="text">{}</p>'))
        + "\n"
        + tail
        + '</div></div>\n<div id="fuss">Impressum | Kontakt | AGB</div>'
    )
    return doc(c, body)


# 22. Ranked "most read" list with authors and comment counts.
def commentcounts(c: Ctx) -> str:
    lis = "".join(
        f'<li class="popular-item"><span class="rank">{i + 1}</span><a href="{it.href}"><h3>{esc(it.head)}</h3></a>'
        f'<p>{it.teaser}</p><span class="meta">{esc(it.author)} · {it.comments} comments</span></li>\n'
        for i, it in enumerate(c.items)
    )
    body = (
        f'{nav(c)}\n<main><article class="post"><h1>{esc(c.title)}</h1>\n'
        '<div class="post-meta">3 min read · <a href="#comments">0 comments</a></div>\n<div class="post-body">\n'
        + "\n".join(c.blocks())
        + "\n</div></article>\n"
        + (
            f'<section class="popular"><h2>{esc(c.label)}</h2><ol class="popular-list">\n{lis}</ol></section>\n'
            if lis
            else ""
        )
        + "</main>"
    )
    return doc(c, body)


# 23. Inline promos after each paragraph ("Also read:"), the rest after the story.
def interleaved(c: Ctx) -> str:
    blocks = c.blocks()
    items = list(c.items)
    out: list[str] = []
    for i, blk in enumerate(blocks):
        out.append(blk)
        if i < len(blocks) - 1 and items:
            it = items.pop(0)
            out.append(
                f'<div class="inline-promo"><span class="kicker">{esc(c.label)}:</span> <a href="{it.href}">'
                f"{esc(it.head)}</a><p>{it.teaser}</p></div>"
            )
    rest = "".join(
        f'<div class="promo"><a href="{it.href}">{esc(it.head)}</a><p>{it.teaser}</p></div>\n'
        for it in items
    )
    body = (
        f'{nav(c)}\n<div class="article-wrap"><h1>{esc(c.title)}</h1>\n<div class="article-text">\n'
        + "\n".join(out)
        + "\n"
        + rest
        + "</div></div>\n"
        + FOOT
    )
    return doc(c, body)


# 24. Angular: _ngcontent attributes, app-teaser components before and after the story.
def angular(c: Ctx) -> str:
    a, b = c.split(len(c.items) // 2)

    def teasers(items: list[Item]) -> str:
        return "".join(
            f'<app-teaser _ngcontent-ng-c3 _nghost-ng-c4><a _ngcontent-ng-c4 href="{it.href}">'
            f'<h3 _ngcontent-ng-c4 class="teaser__title">{esc(it.head)}</h3></a>'
            f'<p _ngcontent-ng-c4 class="teaser__text">{it.teaser}</p></app-teaser>\n'
            for it in items
        )

    body = (
        '<app-root _nghost-ng-c1 ng-version="17.3.0"><app-header _ngcontent-ng-c1>'
        + nav(c)
        + "</app-header>\n"
        + (
            f"<app-teaser-strip _ngcontent-ng-c1 _nghost-ng-c3>\n{teasers(a)}</app-teaser-strip>\n"
            if a
            else ""
        )
        + '<app-article _ngcontent-ng-c1 _nghost-ng-c2><h1 _ngcontent-ng-c2 class="article__title">'
        f"{esc(c.title)}</h1>\n"
        '<div _ngcontent-ng-c2 class="article__body">\n'
        + "\n".join(c.blocks('<p _ngcontent-ng-c2 class="article__p">{}</p>'))
        + "\n</div></app-article>\n"
        + (
            f"<app-teaser-list _ngcontent-ng-c1 _nghost-ng-c3><h2 _ngcontent-ng-c3>{esc(c.label)}</h2>\n{teasers(b)}</app-teaser-list>\n"
            if b
            else ""
        )
        + "</app-root>"
    )
    return doc(c, body)
