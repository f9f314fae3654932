"""long_blind4 layouts (dev, part 2): wpclassic2008, blogger2012, typo2013, wpmagazine2016,
bitrix2018, squarespace2019."""

from __future__ import annotations

from blocks import Page, doc, esc


def wpclassic2008(p: Page) -> str:
    """WordPress 2.x default-like theme: .post .entry, wp-caption, 'Related posts' plugin, sociable."""
    a = p.art
    s = p.slots(3)
    ra = p.items(1, "read_also", "head")[0]
    ins = {
        s[
            0
        ]: f'<div class="wp-caption aligncenter" style="width: 510px"><img src="/wp-content/uploads/2008/05/img.jpg" width="500" alt="">'
        f'<p class="wp-caption-text">{esc(a["caption"])} {p.lab("photo", "photo")}</p></div>',
        s[1]: f'<p><a href="/?p=77">{p.c("read_also", p.t("read_also") + " " + ra["raw"])}</a></p>',
        s[2]: f'<p style="text-align:center"><small>{p.lab("ad", "ad")}</small></p>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3>{t}</h3>",
        ("<ul>", lambda t: f"<li>{t}</li>", "</ul>"),
        ins,
    )
    rel = "".join(
        f'<li><a href="/?p={i}" rel="bookmark">{x["h"]}</a> <small>{x["t"]}</small></li>'
        for i, x in enumerate(p.items(5, "related", "cut"))
    )
    side = "".join(
        f'<li><a href="/?p=s{i}">{x["h"]}</a></li>'
        for i, x in enumerate(p.items(5, "most_read", "head"))
    )
    tags = ", ".join(
        f'<a href="/tag/{i}" rel="tag">{t}</a>' for i, t in enumerate(p.all("tags", "tags"))
    )
    body_html = f"""<div id="page"><div id="header"><div id="headerimg"><h1><a href="/">{p.name()}</a></h1>
<div class="description">{p.lab("section", "breadcrumb")}</div></div></div><hr />
<div id="content" class="widecolumn"><div class="post" id="post-512">
<h2><a href="/?p=512" rel="bookmark">{esc(a["title"])}</a></h2>
<small>{esc(a["date"])} <!-- by admin --></small>
<div class="entry">{body}
<div class="sociable"><span class="sociable_tagline"><strong>{p.lab("share", "share")}</strong></span>
<ul><li>Digg</li><li>del.icio.us</li><li>Facebook</li></ul></div>
<h3>{p.lab("related", "related")}</h3><ul class="related_post">{rel}</ul>
<p class="postmetadata alt"><small>{esc(a["byline"])}. {p.lab("tags_label", "tags")}: {tags}.
<a href="/feed">RSS 2.0</a>.</small></p></div></div>
<h3 id="comments">{p.lab("comments", "comments")}</h3>
<ol class="commentlist"><li class="alt" id="comment-1"><cite>Mika</cite> Says:<br /><small class="commentmetadata">{p.when()}</small>
<p>{p.c("comments", p.t("comment"))}</p></li></ol></div>
<div id="sidebar"><ul><li><h2>{p.lab("most_read", "most_read")}</h2><ul>{side}</ul></li></ul></div>
<hr /><div id="footer"><p>{p.lab("footer", "footer")} Powered by WordPress</p></div></div>"""
    return doc(p, '<meta name="generator" content="WordPress 2.5.1" />', body_html)


def blogger2012(p: Page) -> str:
    """Blogger 'Simple' template: date-outer/post-outer, post-body with <div> lines, share-buttons,
    LinkList, PopularPosts with snippets, BlogArchive, cookie notice."""
    a = p.art
    s = p.slots(3)
    ra = p.items(1, "read_also", "head")[0]
    gal = p.items(2, "slideshow", "dek")
    ins = {
        s[0]: f'<div><span style="font-size: x-small;">{p.lab("photo", "photo")}</span></div>',
        s[
            1
        ]: f'<div><b>{p.lab("read_also", "read_also")}</b> <a href="/2012/03/x.html">{ra["h"]}</a></div>',
        s[2]: '<div class="separator"><div class="slideshow"><b>'
        + p.lab("gallery", "slideshow")
        + "</b>"
        + "".join(f'<div class="slide"><b>{g["h"]}</b><div>{g["t"]}</div></div>' for g in gal)
        + "</div></div>",
    }
    body = p.render(
        lambda t: f"<div>{t}</div><div><br /></div>",
        lambda t: f'<h3 style="text-align: left;">{t}</h3>',
        ("<ul>", lambda t: f"<li>{t}</li>", "</ul>"),
        ins,
    )
    pop = "".join(
        f'<li><div class="item-title"><a href="/p{i}.html">{x["h"]}</a></div><div class="item-snippet">{x["t"]}</div></li>'
        for i, x in enumerate(p.items(4, "most_read", "cut"))
    )
    body_html = f"""<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header" id="Header1">
<h1 class="title">{p.name()}</h1><p class="description"><span>{p.lab("section", "breadcrumb")}</span></p></div></div></header>
<div class="main-outer"><div class="main-inner"><div class="column-center-outer"><div class="main section" id="main">
<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{esc(a["date"])}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">{esc(a["title"])}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-771">{body}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">{esc(a["byline"])}</span>
<span class="post-comment-link"><a class="comment-link" href="#comments">{p.lab("comments", "comments")}</a></span>
<div class="post-share-buttons goog-inline-block"><a class="share-button sb-email">{p.lab("share", "share")}</a></div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">{p.lab("tags_label", "tags")}: {", ".join(p.all("tags", "tags"))}</span></div></div>
</div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><a class="blog-pager-older-link" href="/older">{p.lab("next", "next_article")}</a></div>
</div></div></div>
<div class="column-right-outer"><div class="sidebar section"><div class="widget PopularPosts"><h2>{p.lab("most_read", "most_read")}</h2>
<div class="widget-content popular-posts"><ul>{pop}</ul></div></div>
<div class="widget Text"><div class="widget-content">{p.lab("app", "promo")}</div></div>
<div class="widget Profile"><h2>About me</h2><div class="widget-content"><dl class="profile-datablock"><dd class="profile-textblock">{p.lab("bio", "bio")}</dd></dl></div></div>
</div></div></div></div></div></div>
<div id="cookieChoiceInfo"><span>{p.lab("cookie", "cookie")}</span><a>{p.lab("cookie_btn", "cookie")}</a></div>"""
    return doc(
        p,
        "<meta content='blogger' name='generator'/>",
        body_html,
        "<!DOCTYPE html>",
        ' class="variant-simple"',
    )


def typo2013(p: Page) -> str:
    """TYPO3 6 with tt_news / css_styled_content: csc-default frames, csc-textpic with caption,
    tt_news related and latest lists, rootline breadcrumb."""
    a = p.art
    s = p.slots(4)
    vid = p.items(1, "video", "head")[0]
    ins = {
        s[
            0
        ]: f'<div class="csc-textpic csc-textpic-center"><div class="csc-textpic-imagewrap"><figure class="csc-textpic-image">'
        f'<img src="/fileadmin/_processed_/a.jpg" alt=""><figcaption class="csc-textpic-caption">{esc(a["caption"])} | {p.lab("photo", "photo")}</figcaption></figure></div></div>',
        s[
            1
        ]: f'<div class="csc-default"><div class="tx-video"><button>{p.lab("video", "video")}</button><span class="next">{p.c("video", p.ch["video"][2])}: {vid["h"]}</span>'
        f'<span class="count">{p.c("video", p.ch["video"][1])}</span></div></div>',
        s[
            2
        ]: f'<div class="csc-default news-inline"><p class="bodytext"><b>{p.lab("read_also", "read_also")}</b></p><ul>'
        + "".join(f"<li>{x['h']}</li>" for x in p.items(2, "read_also", "head"))
        + "</ul></div>",
        s[
            3
        ]: f'<div class="csc-default"><p class="bodytext"><i>{p.lab("paywall", "paywall")}</i></p></div>',
    }
    body = p.render(
        lambda t: f'<p class="bodytext">{t}</p>',
        lambda t: f'<h2 class="csc-firstHeader">{t}</h2>',
        ('<ul class="csc-bulletlist">', lambda t: f"<li>{t}</li>", "</ul>"),
        ins,
    )
    lat = "".join(
        f'<div class="news-latest-item"><span class="news-latest-date">{x["when"]}</span><h3><a href="/n/{i}">{x["h"]}</a></h3><p>{x["t"]}</p></div>'
        for i, x in enumerate(p.items(4, "related", "dek"))
    )
    body_html = f"""<div id="page"><div id="top"><a id="logo" href="/">{p.name()}</a><ul id="mainnav">{"".join(f"<li><a>{x}</a></li>" for x in p.all("nav", "nav"))}</ul></div>
<div id="rootline"><ul><li><a href="/">{p.lab("home", "breadcrumb")}</a></li><li>{p.lab("section", "breadcrumb")}</li></ul></div>
<div id="content"><!--TYPO3SEARCH_begin--><div class="news-single-item">
<div class="news-single-rightbox">{esc(a["date"])}<br>{esc(a["byline"])}</div>
<h1>{esc(a["title"])}</h1>
<div class="news-single-tools"><a href="#">{p.lab("toolbar", "toolbar")}</a> <a href="#">{p.lab("listen", "audio")}</a></div>
{body}
<div class="news-single-related"><dl><dt>{p.lab("related", "related")}</dt><dd>{lat}</dd></dl></div>
<div class="news-single-backlink"><a href="/news/">&lt;- {p.lab("home", "breadcrumb")}</a></div></div><!--TYPO3SEARCH_end--></div>
<div id="right"><div class="csc-default"><h3>{p.lab("newsletter", "promo")}</h3><form><input name="email"></form></div></div>
<div id="footer">{p.lab("footer", "footer")}</div>
<div id="cookie-hint" class="cookie-hint">{p.lab("cookie", "cookie")} <button>{p.lab("cookie_btn", "cookie")}</button></div></div>"""
    return doc(p, '<meta name="generator" content="TYPO3 CMS">', body_html)


def _card(name: str, more: str, head: str) -> str:
    return f'<span class="author-tip"><a href="/p/x">{name}</a><span class="tip"><b>{name}</b> {more} <a>{head}</a></span></span>'


def wpmagazine2016(p: Page) -> str:
    """WordPress magazine theme (Soledad/Newspaper-like): td-post-content with inline 'related'
    box, ad block, share counters, author box, 'you may also like' grid, hover author tip."""
    a = p.art
    s = p.slots(4)
    inl = p.items(3, "related", "head")
    ins = {
        s[
            0
        ]: f'<div class="penci-ad"><span class="adlabel">{p.lab("ad", "ad")}</span><ins class="adsbygoogle"></ins></div>',
        s[1]: '<div class="inline-related"><h4>'
        + p.lab("read_also", "read_also")
        + "</h4>"
        + "".join(f'<p><a href="/r{i}">{x["h"]}</a></p>' for i, x in enumerate(inl))
        + "</div>",
        s[2]: f'<p class="newsletter-cta"><strong>{p.lab("newsletter", "promo")}</strong></p>',
        s[3]: f'<div class="tds-hidden" hidden><p>{p.lab("hidden", "hidden")}</p></div>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h2>{t}</h2>",
        ("<ul>", lambda t: f"<li>{t}</li>", "</ul>"),
        ins,
        _card,
    )
    grid = "".join(
        f'<div class="grid-item"><span class="cat">{x["cat"]}</span><h3 class="entry-title"><a href="/g{i}">{x["h"]}</a></h3><div class="item-content">{x["t"]}</div></div>'
        for i, x in enumerate(p.items(4, "related", "mix"))
    )
    body_html = f"""<header class="td-header"><div class="td-logo">{p.name()}</div><ul class="sf-menu">{"".join(f"<li>{x}</li>" for x in p.all("nav", "nav"))}</ul></header>
<div class="td-crumb-container"><span><a href="/">{p.lab("home", "breadcrumb")}</a></span> <i class="td-icon-right"></i> <span>{p.lab("section", "breadcrumb")}</span></div>
<article class="post type-post"><div class="td-post-header"><ul class="td-category"><li><a>{p.t("section")}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(a["title"])}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">{esc(a["byline"])}</div><span class="td-post-date"><time>{esc(a["date"])}</time></span>
<div class="td-post-views"><span>{p.c("share", "1.204")}</span></div><div class="td-post-comments"><a>{p.lab("comments", "comments")}</a></div></div></header></div>
<div class="td-post-sharing-top"><span class="td-social-share-text">{p.lab("share", "share")}</span><span class="td-social-but-text">Facebook</span><span>Twitter</span><span>WhatsApp</span></div>
<div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2016/a.jpg" alt=""><figcaption class="wp-caption-text">{esc(a["caption"])}</figcaption></figure></div>
<div class="td-post-content tagdiv-type">{body}</div>
<footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>{p.lab("tags_label", "tags")}</span></li>{"".join(f"<li><a>{t}</a></li>" for t in p.all("tags", "tags"))}</ul></div>
<div class="author-box-wrap"><div class="desc"><div class="td-author-name">{esc(a["byline"])}</div><div class="td-author-description">{p.lab("bio", "bio")}</div></div></div></footer></article>
<div class="td_block_related_posts"><h4 class="td-related-title"><span>{p.lab("related", "related")}</span></h4><div class="td-related-row">{grid}</div></div>
<div class="td-footer-wrapper">{p.lab("footer", "footer")}</div>"""
    return doc(p, '<meta name="generator" content="WordPress 4.6" />', body_html)


LAYOUTS_B = {
    "wpclassic2008": wpclassic2008,
    "blogger2012": blogger2012,
    "typo2013": typo2013,
    "wpmagazine2016": wpmagazine2016,
}
