"""long_blind7 heldback layouts: five news-site templates (see README for what each imitates)."""

from __future__ import annotations

from blocks import Page, esc
from layouts_a import byline, cookie, hl_items, read_also, share


# 12 ------------------------------------------------------------------------------------------
def gutenberg2021(pg: Page) -> str:
    """WordPress with Gutenberg blocks and Jetpack: sharedaddy, 'Like this', jp-relatedposts."""
    body = pg.blocks(
        p='<p class="wp-block-paragraph">{}</p>',
        h='<h2 class="wp-block-heading">{}</h2>',
        ul='<ul class="wp-block-list">{}</ul>',
    )
    ins = [
        f'<figure class="wp-block-image"><img src="i.jpg" alt=""><figcaption class="wp-element-caption">{pg.k("photo", "photo")}</figcaption></figure>',
        f'<div class="wp-block-group newsletter"><p>{pg.k("promo", "newsletter")}</p></div>',
        f'<p class="wp-block-paragraph"><strong>{pg.k("read_also", "read_also")}</strong> <a href="#">{pg.c("read_also", pg.headline()[0])}</a></p>',
        f'<div class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">{pg.k("video", "video_play")} '
        f"<span>{pg.k('video', 'video_now')}</span></div></div>",
    ]
    rel = hl_items(
        pg,
        3,
        "related",
        '<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">{h}</a></h4>'
        '<p class="jp-relatedposts-post-excerpt">{d}</p><p class="jp-relatedposts-post-date">{t}</p>'
        '<p class="jp-relatedposts-post-context">In "{c}"</p></div>',
    )
    return (
        pg.head('<meta name="generator" content="WordPress 5.8">\n')
        + f'<body class="single single-post">\n<header class="wp-block-template-part"><p class="site-title">{pg.c("masthead", pg.site)}</p></header>\n'
        f'<main class="wp-block-group"><h1 class="wp-block-post-title">{esc(pg.title)}</h1>\n'
        f'<div class="wp-block-post-date">{byline(pg)}</div>\n'
        f'<div class="entry-content wp-block-post-content">\n{pg.weave(body, ins)}\n'
        f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{pg.c("share", "Share this:")}</h3>{share(pg)}</div>\n'
        f'<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">{pg.c("share", "Like this:")}</h3>'
        f'<span class="loading">{pg.c("share", "Loading...")}</span></div>\n'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{pg.c("related", "Related")}</em></h3>'
        f"{rel}</div>\n</div>\n"
        f'<div class="wp-block-post-terms">{pg.k("tags", "tags_h")}: '
        + ", ".join(f'<a href="#">{pg.c("tags", t)}</a>' for t in pg.pick("tags").split(", "))
        + "</div>\n"
        f'<div class="wp-block-post-author"><p class="wp-block-post-author__bio">{pg.k("bio", "bio")}</p></div>\n'
        f'<div class="wp-block-comments"><h2>{pg.k("comments", "comments_h")}</h2><p>{pg.k("comments", "comment")}</p>'
        f"<p>{pg.k('comments', 'login')}</p></div>\n</main>\n"
        f"<footer>{pg.k('toolbar', 'copyright')}</footer>\n{cookie(pg)}\n</body></html>\n"
    )


# 13 ------------------------------------------------------------------------------------------
def drupal2012(pg: Page) -> str:
    """Drupal 7: node with field-items, block-views in region-content and sidebars."""
    body = pg.blocks(
        p="<p>{}</p>", h="<h3>{}</h3>", card='<span class="user-tooltip">{role} {follow}</span>'
    )
    ins = [
        f'<div class="field-item"><p>{pg.k("read_also", "read_also")} <a href="#">{pg.c("read_also", pg.headline()[0])}</a></p></div>',
        f'<div class="block-block"><p>{pg.k("ad", "ad")}</p></div>',
        f'<p style="display:none" class="element-invisible">{pg.k("hidden", "paywall")}</p>',
    ]
    views = hl_items(
        pg,
        6,
        "related",
        '<div class="views-row"><div class="views-field-title"><span class="field-content"><a href="#">{h}</a></span></div>'
        '<div class="views-field-body"><div class="field-content">{d}</div></div></div>',
    )
    return (
        pg.head('<meta name="Generator" content="Drupal 7 (http://drupal.org)">\n')
        + f'<body class="html not-front page-node node-type-article">\n<div id="skip-link"><a href="#main-content" class="element-invisible">{pg.c("toolbar", "Skip to main content")}</a></div>\n'
        f'<div id="header"><div id="site-name">{pg.c("masthead", pg.site)}</div></div>\n'
        f'<div class="breadcrumb"><a href="/">{pg.k("breadcrumb", "home")}</a> › <a href="#">{pg.k("breadcrumb", "section")}</a></div>\n'
        f'<div id="content" class="column"><h1 class="title" id="page-title">{esc(pg.title)}</h1>\n'
        f'<div id="node-1" class="node node-article"><div class="submitted">{byline(pg)}</div>\n'
        f'<div class="field field-name-body"><div class="field-items"><div class="field-item even">\n{pg.weave(body, ins)}\n</div></div></div>\n'
        f'<div class="field field-name-field-tags"><div class="field-label">{pg.k("tags", "tags_h")}:&nbsp;</div><div class="field-items">'
        + "".join(
            f'<div class="field-item"><a href="#">{pg.c("tags", t)}</a></div>'
            for t in pg.pick("tags").split(", ")
        )
        + "</div></div>\n"
        f'<ul class="links inline"><li class="comment_forbidden">{pg.k("comments", "login")}</li></ul>\n</div>\n'
        f'<div id="block-views-related-block" class="block block-views"><h2>{pg.k("related", "related_h")}</h2><div class="view-content">{views}</div></div>\n'
        f'</div>\n<div id="sidebar-second"><div class="block block-views"><h2>{pg.k("most_read", "most_read_h")}</h2><div class="item-list"><ul>'
        + hl_items(
            pg, 5, "most_read", '<li class="views-row"><a href="#">{h}</a></li>', teaser=False
        )
        + "</ul></div></div></div>\n"
        f'<div id="footer">{pg.k("toolbar", "copyright")}</div>\n</body></html>\n'
    )


# 14 ------------------------------------------------------------------------------------------
def portal2016(pg: Page) -> str:
    """Korean/Japanese-style portal article: press logo, reaction buttons, ranking, comment box."""
    body = pg.blocks(p="{}<br><br>", h="<strong>{}</strong><br><br>", ul="{}", li="· {}<br>")
    ins = [
        f'<span class="end_photo_org"><img src="p.jpg" alt=""><em class="img_desc">{pg.k("photo", "photo")}</em></span><br>',
        f'<div class="ad_inline">{pg.k("ad", "ad")}</div>',
        f'<div class="paid_notice">{pg.k("paywall", "paywall")}</div>',
        f'<div class="link_news"><h4>{pg.k("read_also", "read_also")}</h4><ul>'
        + hl_items(pg, 3, "read_also", '<li><a href="#">{h}</a></li>', teaser=False)
        + "</ul></div>",
    ]
    reactions = " ".join(
        f'<button class="u_likeit">{pg.c("share", w)} <span>{pg.c("share", str(pg.rng.randint(2, 400)))}</span></button>'
        for w in pg.rng.sample(["👍", "😢", "😡", "😮"], 3)
    )
    return (
        pg.head()
        + f'<body>\n<div id="gnb"><a href="/">{pg.c("masthead", pg.site)}</a> <span>{pg.k("breadcrumb", "section")}</span></div>\n'
        f'<div class="media_end_head"><div class="press_logo">{pg.c("source_box", pg.pick("source") + " " + pg.site)}</div>'
        f'<h2 class="media_end_head_headline">{esc(pg.title)}</h2>'
        f'<div class="media_end_head_info">{byline(pg)} <a href="#">{pg.k("source_box", "original")}</a></div>'
        f'<div class="media_end_head_tool"><a>{pg.k("audio", "listen")}</a> <a>{pg.k("toolbar", "print")}</a></div></div>\n'
        f'<div id="dic_area" class="go_trans _article_content">\n{pg.weave(body, ins)}\n</div>\n'
        f'<div class="byline_p"><span>{pg.n(pg.story["byline"])}</span></div>\n'
        f'<p class="copyright">{pg.k("toolbar", "copyright")}</p>\n'
        f'<div class="media_end_linked_reaction">{reactions}</div>\n'
        f'<div class="press_ranking"><h4>{pg.k("most_read", "most_read_h")}</h4><ol>'
        + hl_items(pg, 5, "most_read", '<li><a href="#"><strong>{h}</strong><p>{d}</p></a></li>')
        + "</ol></div>\n"
        f'<div class="u_cbox"><h4>{pg.k("comments", "comments_h")}</h4><p>{pg.k("comments", "comment")}</p>'
        f'<p class="u_cbox_login">{pg.k("comments", "login")}</p></div>\n</body></html>\n'
    )


# 15 ------------------------------------------------------------------------------------------
def liverecap2024(pg: Page) -> str:
    """Live-updates page converted to a recap: posts with times, pinned/promo posts, refresh bar."""
    blocks = pg.blocks(p="<p>{}</p>", h="<h2>{}</h2>")
    posts = []
    for b in blocks:
        posts.append(
            f'<div class="live-post"><span class="post-time">{pg.n(pg.stamp())}</span>{b}</div>'
        )
    ins = [
        f'<div class="live-post promo"><p>{pg.k("promo", "app")}</p></div>',
        f'<div class="live-post"><span class="post-time">{pg.n(pg.stamp())}</span>'
        f"<p>{pg.k('video', 'video_now')}</p><p>{pg.c('video', 'This is a modal window.')}</p></div>",
        f'<div class="live-post"><p>{pg.k("read_also", "read_also")} {pg.c("read_also", pg.headline()[0])}</p></div>',
        f'<div class="live-post pinned" hidden><p>{pg.k("hidden", "newsletter")}</p></div>',
    ]
    return (
        pg.head()
        + f'<body>\n<header>{pg.c("masthead", pg.site)} <span class="live-badge">{pg.c("ticker", "LIVE")}</span></header>\n'
        f'<main><h1>{esc(pg.title)}</h1>\n<p class="live-meta">{byline(pg)}</p>\n'
        f'<div class="live-refresh"><button>{pg.k("toolbar", "updates")}</button></div>\n'
        f'<div class="live-feed">\n{pg.weave(posts, ins)}\n</div>\n'
        f'<div class="live-share">{share(pg)}</div>\n'
        f'<section class="more-live"><h3>{pg.k("related", "related_h")}</h3>'
        + hl_items(pg, 6, "related", "<article><h4>{h}</h4><p>{d}</p><time>{t}</time></article>")
        + "</section>\n</main>\n"
        f"{cookie(pg)}\n</body></html>\n"
    )


# 16 ------------------------------------------------------------------------------------------
def aggregator2019(pg: Page) -> str:
    """Aggregator-hosted copy: source box, 'read the original', more from this source, feed."""
    body = pg.blocks(p='<p class="ag-p">{}</p>', h='<h3 class="ag-h">{}</h3>')
    ins = [
        f'<div class="ag-inline-ad"><span>{pg.k("sponsored", "sponsored")}</span> {pg.c("sponsored", pg.headline()[0])}</div>',
        read_also(pg),
        f'<p class="ag-p">{pg.k("promo", "newsletter")}</p>',
    ]
    src = pg.pick("source") + " " + pg.site
    return (
        pg.head()
        + f'<body class="aggregator">\n<div class="ag-top"><b>{pg.c("masthead", "NewsHub")}</b> '
        f"<span>{pg.k('weather', 'weather')}</span></div>\n"
        f'<div class="ag-story"><div class="source-box"><span>{pg.c("source_box", src)}</span> '
        f'<a href="#">{pg.k("source_box", "original")}</a></div>\n'
        f'<h1>{esc(pg.title)}</h1>\n<div class="ag-meta">{byline(pg)}</div>\n'
        f'<div class="ag-text">\n{pg.weave(body, ins)}\n</div>\n'
        f'<div class="ag-actions">{share(pg)}</div>\n'
        f'<div class="ag-more-source"><h3>{pg.k("source_box", "more_from")}</h3>'
        + hl_items(
            pg,
            4,
            "related",
            '<div class="ag-item"><a href="#">{h}</a> <span>{t}</span><p>{d}</p></div>',
        )
        + "</div></div>\n"
        f'<div class="ag-feed"><h3>{pg.k("related", "trending")}</h3>'
        + hl_items(
            pg,
            5,
            "related",
            '<div class="ag-item"><span>{c}</span> <a href="#">{h}</a></div>',
            teaser=False,
        )
        + "</div>\n"
        f'<div class="ag-foot">{pg.k("toolbar", "copyright")}</div>\n</body></html>\n'
    )


HELD = [gutenberg2021, drupal2012, portal2016, liverecap2024, aggregator2019]
