"""long_blind4 layouts (heldback): medium2018, webstories2021, joomla2022, drupal2023, wpblock2024."""

from __future__ import annotations

from blocks import Page, doc, esc


def _md_card(name: str, more: str, head: str) -> str:
    return (
        f'<a class="markup--anchor markup--user-anchor" data-action="show-user-card">{name}</a>'
        f'<span class="overlay-card" role="tooltip">{name}{more}{head}</span>'
    )


def medium2018(p: Page) -> str:
    """Medium-like: section-inner graf--p paragraphs with ids, graf--h3, claps, 'More from' cards,
    metabar, 'Listen', highlight menu, sign-up overlay, postArticle-readMore."""
    a = p.art
    s = p.slots(3)
    ins = {
        s[
            0
        ]: f'<figure class="graf graf--figure"><img class="graf-image" src="/max/1200/1*a.jpeg" alt=""><figcaption class="imageCaption">{esc(a["caption"])} {p.lab("photo", "photo")}</figcaption></figure>',
        s[
            1
        ]: f'<p class="graf graf--p graf--promo"><em class="markup--em">{p.lab("newsletter", "promo")}</em></p>',
        s[
            2
        ]: f'<div class="js-paywall" aria-hidden="true"><p class="graf">{p.lab("paywall", "paywall")}</p></div>',
    }
    n = [0]

    def para(t: str) -> str:
        n[0] += 1
        return f'<p name="a{n[0]:x}" id="a{n[0]:x}" class="graf graf--p graf-after--p">{t}</p>'

    body = p.render(
        para,
        lambda t: f'<h3 class="graf graf--h3">{t}</h3>',
        ('<ul class="postList">', lambda t: f'<li class="graf graf--li">{t}</li>', "</ul>"),
        ins,
        _md_card,
    )
    more = "".join(
        f'<div class="u-borderBox"><h3 class="ui-h3">{x["h"]}</h3><div class="ui-summary">{x["t"]}</div><span class="readingTime">{p.rng.randint(3, 9)} min read</span></div>'
        for x in p.items(3, "related", "mix")
    )
    body_html = f"""<div class="metabar u-fixed"><div class="metabar-block"><a class="siteNav-logo">{p.name()}</a></div>
<div class="metabar-block"><span class="js-metabarNowReading">{p.lab("now", "now_reading")}</span></div><a class="button">{p.c("promo", p.ch["follow"][0])}</a></div>
<main role="main"><article class="meteredContent"><div class="postArticle-content js-postField"><section class="section section--body section--first">
<div class="section-content"><div class="section-inner sectionLayout--insetColumn">
<h1 class="graf graf--h3 graf--leading graf--title">{esc(a["title"])}</h1>
<div class="postMetaInline"><a class="ds-link">{esc(a["byline"])}</a> <button class="button">{p.lab("follow", "promo")}</button>
<span class="postMetaInline">{esc(a["date"])}</span> <button class="listen">{p.lab("listen", "audio")}</button></div>
{body}</div></div></section></div>
<footer class="u-paddingTop10"><div class="js-postTags"><ul class="tags tags--postTags">{"".join(f'<li><a class="link u-baseColor--link">{t}</a></li>' for t in p.all("tags", "tags"))}</ul></div>
<div class="js-postActionsFooter"><span class="multirecommend"><button>👏</button><span class="u-textColorDarker">{p.c("share", "2.4K")}</span></span>
<span class="u-floatLeft">{p.lab("comments", "comments")}</span> <span>{p.lab("share", "share")}</span></div>
<div class="u-marginTop30 js-authorCard"><h2 class="ui-h2">{esc(a["byline"])}</h2><p class="ui-body">{p.lab("bio", "bio")}</p></div></footer></article>
<div class="js-postShareWidget"></div>
<section class="js-moreFrom"><h2 class="heading-title">{p.lab("more_from", "bio")}</h2>{more}</section></main>
<div class="overlay overlay--lighter" style="display:none"><div class="overlay-dialog"><h2>{p.lab("hidden", "hidden")}</h2></div></div>"""
    return doc(p, '<meta property="al:ios:app_name" content="Medium">', body_html)


def webstories2021(p: Page) -> str:
    """AMP article with an inline Google Web Story (amp-story-player) of other stories, amp-ad,
    amp-social-share, amp-list related, amp-consent, amp-video-docking up-next."""
    a = p.art
    s = p.slots(4)
    st = p.items(3, "slideshow", "dek")
    vid = p.items(1, "video", "head")[0]
    ra = p.items(1, "read_also", "head")[0]
    ins = {
        s[
            0
        ]: f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/x"><div placeholder>{p.lab("ad", "ad")}</div></amp-ad>',
        s[1]: '<amp-story-player layout="responsive" width="360" height="600">'
        + "".join(
            f'<a href="/stories/{i}/" class="story"><span class="title">{g["h"]}</span><span class="desc">{g["t"]}</span></a>'
            for i, g in enumerate(st)
        )
        + f'<span class="story-label">{p.lab("gallery", "slideshow")}</span></amp-story-player>',
        s[
            2
        ]: f'<p class="read-also"><a href="/n/1">{p.c("read_also", p.t("read_also") + " " + ra["raw"])}</a></p>',
        s[
            3
        ]: f'<div class="video-wrap"><amp-video dock width="640" height="360" src="/v.mp4"><div fallback>{p.lab("video", "video")}</div></amp-video>'
        f'<div class="upnext"><span>{p.c("video", p.ch["video"][2])}</span> {vid["h"]}</div><div class="countdown">{p.c("video", p.ch["video"][1])}</div></div>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h2>{t}</h2>",
        ("<ul>", lambda t: f"<li>{t}</li>", "</ul>"),
        ins,
    )
    rel = "".join(
        f'<li class="rel"><a href="/r{i}"><amp-img width="80" height="60" src="/t{i}.jpg"></amp-img><h3>{x["h"]}</h3><p>{x["t"]}</p></a></li>'
        for i, x in enumerate(p.items(4, "related", "cut"))
    )
    body_html = f"""<header class="amp-header"><a href="/" class="brand">{p.name()}</a><button on="tap:sidebar.toggle">☰</button></header>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>{"".join(f"<li>{x}</li>" for x in p.all("nav", "nav"))}</ul></amp-sidebar>
<main id="content" role="main"><article class="amp-wp-article"><header class="amp-wp-article-header">
<div class="crumbs"><a href="/">{p.lab("home", "breadcrumb")}</a> / {p.lab("section", "breadcrumb")}</div>
<h1 class="amp-wp-title">{esc(a["title"])}</h1><div class="amp-wp-meta amp-wp-byline">{esc(a["byline"])}</div>
<div class="amp-wp-meta amp-wp-posted-on"><time>{esc(a["date"])}</time></div></header>
<figure class="amp-wp-article-featured-image"><amp-img width="1200" height="675" src="/a.jpg"></amp-img><figcaption>{esc(a["caption"])} <small>{p.lab("photo", "photo")}</small></figcaption></figure>
<div class="amp-wp-article-content">{body}
<div class="social"><amp-social-share type="facebook"></amp-social-share><amp-social-share type="whatsapp"></amp-social-share><span>{p.lab("share", "share")}</span></div>
<p class="app-promo">{p.lab("app", "promo")}</p></div>
<footer class="amp-wp-article-footer"><div class="amp-wp-tax-tag">{p.lab("tags_label", "tags")}: {", ".join(p.all("tags", "tags"))}</div>
<div class="amp-wp-comments-link"><a>{p.lab("comments", "comments")}</a></div></footer></article>
<section class="related"><h2>{p.lab("related", "related")}</h2><ul>{rel}</ul></section></main>
<footer class="amp-wp-footer"><p>{p.lab("footer", "footer")}</p></footer>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui" role="dialog"><p>{p.lab("cookie", "cookie")}</p><button on="tap:consent.accept">{p.lab("cookie_btn", "cookie")}</button></div></amp-consent>"""
    head = '<script async src="https://cdn.ampproject.org/v0.js"></script><link rel="canonical" href="/a/1">'
    return doc(p, head, body_html, "<!doctype html>", "").replace("<html ", "<html amp ", 1)


def joomla2022(p: Page) -> str:
    """Joomla 4 Cassiopeia: com-content-article item-page, fields, mod_articles_category with
    intro text in a module position inside the article (loadposition), pagenavigation."""
    a = p.art
    s = p.slots(3)
    inl = p.items(3, "related", "cut")
    ins = {
        s[0]: '<div class="moduletable "><h3>'
        + p.lab("read_also", "read_also")
        + '</h3><ul class="mod-articlescategory category-module">'
        + "".join(
            f'<li><a class="mod-articles-category-title" href="/i{i}">{x["h"]}</a><p class="mod-articles-category-introtext">{x["t"]}</p></li>'
            for i, x in enumerate(inl)
        )
        + "</ul></div>",
        s[1]: f'<div class="alert alert-info">{p.lab("newsletter", "promo")}</div>',
        s[
            2
        ]: f'<p><span class="visually-hidden" style="display:none">{p.lab("hidden", "hidden")}</span><em>{p.lab("photo", "photo")}</em></p>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3>{t}</h3>",
        ("<ul>", lambda t: f"<li>{t}</li>", "</ul>"),
        ins,
    )
    pop = "".join(
        f'<li itemscope><a href="/p{i}"><span itemprop="name">{x["h"]}</span></a></li>'
        for i, x in enumerate(p.items(5, "most_read", "head"))
    )
    nx = p.items(1, "next_article", "head")[0]
    body_html = f"""<header class="header container-header full-width"><div class="navbar-brand"><a class="brand-logo" href="/">{p.name()}</a></div>
<nav class="navbar"><ul class="mod-menu">{"".join(f'<li class="nav-item"><a>{x}</a></li>' for x in p.all("nav", "nav"))}</ul></nav></header>
<div class="site-grid"><div class="grid-child container-top-a"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb">
<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">{p.lab("home", "breadcrumb")}</a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{p.lab("section", "breadcrumb")}</span></li></ol></nav></div>
<div class="grid-child container-component"><main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{p.lang}"><div class="page-header"><h1 itemprop="headline">{esc(a["title"])}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author">{esc(a["byline"])}</dd>
<dd class="published"><time itemprop="datePublished">{esc(a["date"])}</time></dd><dd class="hits">{p.c("share", "Hits: 2817")}</dd></dl>
<figure class="left item-image"><img src="/images/a.jpg" itemprop="image" alt=""><figcaption class="caption">{esc(a["caption"])}</figcaption></figure>
<div itemprop="articleBody" class="com-content-article__body">{body}</div>
<ul class="tags list-inline"><li class="list-inline-item tag-1"><span>{p.lab("tags_label", "tags")}</span></li>{"".join(f'<li class="list-inline-item"><a class="btn btn-sm btn-info">{t}</a></li>' for t in p.all("tags", "tags"))}</ul>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary next" rel="next"><span class="visually-hidden">{p.lab("next", "next_article")}: {nx["h"]}</span> ›</a></span></nav>
</div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">{p.lab("most_read", "most_read")}</h3><ul class="mod-articlespopular mostread">{pop}</ul></div>
<div class="card"><div class="card-body">{p.lab("app", "promo")}</div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer">{p.lab("footer", "footer")}</div></div></footer>
<div id="cookieBanner" class="gdpr"><p>{p.lab("cookie", "cookie")}</p><button class="btn">{p.lab("cookie_btn", "cookie")}</button></div>"""
    return doc(
        p, '<meta name="generator" content="Joomla! - Open Source Content Management">', body_html
    )


LAYOUTS_D = {"medium2018": medium2018, "webstories2021": webstories2021, "joomla2022": joomla2022}
