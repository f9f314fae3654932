"""Page layouts 2015-2024: Bootstrap, WordPress news themes, Drupal 8, AMP, Arc, Ghost, Next.js, React."""

from __future__ import annotations

from collections.abc import Callable

from layouts_a import body, doc
from pagekit import Page, esc


def bootstrap2015(p: Page) -> str:
    a, b, c = p.slots(3)
    inserts = {
        a: [
            f'<div class="panel panel-default newsletter-box"><div class="panel-body">{p.c("promo", p.s("newsletter"))}</div></div>'
        ],
        b: [p.ad()],
        c: [p.read_also("div", "alert alert-info")],
    }
    text = body(p, inserts, person="link")
    inner = (
        '<nav class="navbar navbar-default navbar-fixed-top"><div class="container"><a class="navbar-brand" href="/">Valley Herald</a></div></nav>'
        '<div class="container"><div class="row"><div class="col-md-8">'
        f'<article class="article"><h1 class="article-title">{esc(p.title)}</h1>'
        f'<p class="text-muted">{p.byline()} · {p.date()}</p>{p.share()}{p.figure()}'
        f'<div class="article-text">{text}{p.paywall()}</div>{p.tags(p.body_text())}</article>'
        f'<div class="row related-row"><h3 class="col-xs-12">{p.c("related", p.s("related"))}</h3>'
        + "".join(
            f'<div class="col-sm-4"><div class="thumbnail"><img src="/t.jpg" alt=""><div class="caption"><h4>{p.link_item("related", h)}</h4></div></div></div>'
            for h in p.heads(3)
        )
        + "</div></div>"
        f'<div class="col-md-4 sidebar">{p.most_read(5, "panel most-read")}{p.slideshow()}</div></div></div>'
        f'<div class="navbar-fixed-bottom">{p.cookie()}</div>'
    )
    return doc(p, '<link rel="stylesheet" href="/css/bootstrap.min.css">', inner)


def wp2017(p: Page) -> str:
    a, b, c = p.slots(3)
    inserts = {
        a: [
            f'<div class="td_block_related_posts"><h4 class="block-title">{p.c("read_also", p.s("read_also"))}</h4>{p.ul_heads("read_also", 2, "td-related")}</div>'
        ],
        b: [p.promo("channel", "p", "whatsapp-cta")],
        c: [p.hidden("aria"), p.video()],
    }
    text = body(p, inserts, person="hover")
    inner = (
        f'{p.sticky()}<div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content">'
        f'<article class="post type-post"><header class="td-post-title"><h1 class="entry-title">{esc(p.title)}</h1>'
        f'<div class="td-module-meta-info">{p.byline()} <time>{p.date()}</time> <span class="td-post-views">{p.c("share", p.s("comments"))}</span></div></header>'
        f'<div class="td-post-featured-image">{p.figure()}</div>'
        f'<div class="td-post-content tagdiv-type">{text}'
        f'<div class="td-a-rec td-a-rec-id-content_bottom">{p.c("ad", p.s("ad"))}</div></div>'
        f'<footer><div class="td-post-source-tags"><ul class="td-tags">{p.tags(p.body_text())}</ul></div>'
        f'<div class="td-post-sharing-bottom">{p.share()}</div>{p.bio()}</footer></article>'
        f'<div class="td_block_wrap td_block_related_posts"><h4>{p.c("related", p.s("related"))}</h4>'
        + "".join(
            f'<div class="td_module_related_posts"><h3 class="entry-title td-module-title">{p.link_item("related", h)}</h3></div>'
            for h in p.heads(6)
        )
        + "</div></div>"
        f'<div class="td-pb-span4 td-main-sidebar">{p.most_read(5, "td_block_wrap td_block_popular")}</div></div></div>'
    )
    return doc(p, '<meta name="generator" content="WordPress 4.9.8">', inner)


def drupal8(p: Page) -> str:
    a, b = p.slots(2)
    inserts = {
        a: [f'<div class="paragraph paragraph--type--video">{p.video()}</div>'],
        b: [
            f'<div class="paragraph paragraph--type--related">{p.read_also("div", "field--name-field-link")}</div>',
            p.hidden("display"),
        ],
    }
    text = body(p, inserts, wrap='<div class="paragraph paragraph--type--text"><p>{}</p></div>')
    inner = (
        '<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="site-branding">Stadtanzeiger</div></header>'
        f'<main role="main"><article role="article" class="node node--type-article node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title">{esc(p.title)}</span></h1>'
        f'<div class="node__meta">{p.byline()} <span class="field--name-created">{p.date()}</span></div>'
        f'<div class="node__content"><div class="field field--name-field-image">{p.figure()}</div>'
        f'<div class="field field--name-field-paragraphs">{text}</div>'
        f'<div class="field field--name-field-tags">{p.tags(p.body_text())}</div>'
        f'<div class="field field--name-field-paywall">{p.paywall()}</div>'
        f'<div class="field field--name-field-related-articles"><div class="field__label">{p.c("related", p.s("related"))}</div>'
        + "".join(
            f'<div class="field__item"><article class="node--view-mode-teaser"><h2>{p.link_item("related", h)}</h2></article></div>'
            for h in p.heads(5)
        )
        + "</div></div></article></main>"
        f'<aside class="layout-sidebar-second">{p.most_read(5, "block-views-blockmost-read")}</aside>'
        f"<footer>{p.promo('newsletter', 'div', 'block-simplenews')}{p.cookie()}</footer></div>"
    )
    return doc(p, '<meta name="Generator" content="Drupal 8 (https://www.drupal.org)">', inner)


def amp2019(p: Page) -> str:
    a, b = p.slots(2)
    carousel = (
        '<amp-carousel type="slides" width="400" height="300" layout="responsive">'
        + "".join(
            f'<div class="slide"><amp-img src="/s.jpg" width="400" height="300"></amp-img><p>{p.c("slideshow", str(t))}</p></div>'
            for t in p.pack["blurbs"]
        )  # type: ignore[attr-defined]
        + "</amp-carousel>"
    )
    inserts = {
        a: [
            f'<amp-ad width="300" height="250" type="doubleclick"><div placeholder>{p.c("ad", p.s("ad"))}</div></amp-ad>'
        ],
        b: [carousel],
    }
    text = body(p, inserts)
    inner = (
        f'<header class="amp-header"><a href="/">News AMP</a></header><article class="amp-article">'
        f'<h1 class="amp-title">{esc(p.title)}</h1><div class="amp-byline">{p.byline()} {p.date()}</div>'
        f'<amp-social-share type="twitter"></amp-social-share><div class="share-label">{p.c("share", p.s("share"))}</div>'
        f'{p.figure("amp-img")}<div class="amp-content">{text}<section subscriptions-section="content-not-granted">{p.paywall()}</section></div>'
        f'<div class="amp-related"><h2>{p.c("related", p.s("related"))}</h2>{p.ul_heads("related", 5)}</div></article>'
        f'<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">{p.c("cookie", p.s("cookie"))}</div></amp-consent>'
    )
    return doc(
        p,
        '<link rel="canonical" href="/story.html"><script async src="https://cdn.ampproject.org/v0.js"></script>',
        inner,
    ).replace("<html", "<html amp", 1)


def arc2020(p: Page) -> str:
    a, b, c = p.slots(3)
    inserts = {
        a: [f'<div class="interstitial-link">{p.read_also("p", "interstitial")}</div>'],
        b: [p.video()],
        c: [p.promo("newsletter", "div", "newsletter-signup-inline"), p.hidden("aria")],
    }
    text = body(
        p,
        inserts,
        person="hover",
        wrap='<p class="default__StyledText-sc-1wxyvyl-0 dTZqKx body-paragraph">{}</p>',
        sub='<h2 class="default__StyledHeading-sc-1wxyvyl-1 body-heading">{}</h2>',
    )
    inner = (
        '<div id="fusion-app"><div class="layout-section"><header class="nav-sections">Capital Post</header>'
        f"{p.sticky()}"
        f'<article class="article-body-wrapper"><div class="headline"><h1 class="primary-font__PrimaryFontStyles-o56yd5-0 headline">{esc(p.title)}</h1></div>'
        f'<div class="byline">{p.byline()} <time>{p.date()}</time></div>{p.share()}{p.figure()}'
        f'<section class="article-body">{text}{p.ad()}{p.paywall("paywall-message")}</section>'
        f'<div class="tags-wrapper">{p.tags(p.body_text())}</div>{p.bio()}</article>'
        f'<div class="right-rail">{p.most_read(5, "most-read-list")}</div>'
        f'<div class="results-list--wrapper"><h2>{p.c("related", p.s("related"))}</h2>'
        + "".join(
            f'<div class="results-list-item"><h2 class="results-list--headline">{p.link_item("related", h)}</h2></div>'
            for h in p.heads(5)
        )
        + "</div></div></div>"
    )
    return doc(p, '<script id="fusion-metadata">window.Fusion={};</script>', inner)


def ghost2021(p: Page) -> str:
    a, b = p.slots(2)
    bookmark = "".join(
        f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/b/{p.slug(str(t))}">'
        f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{p.c("slideshow", str(t))}</div></div></a></figure>'
        for t in p.pack["blurbs"]  # type: ignore[attr-defined]
    )
    inserts = {
        a: [bookmark],
        b: [
            f'<div class="kg-card kg-callout-card"><div class="kg-callout-text">{p.c("promo", p.s("newsletter"))}</div></div>',
            p.hidden("attr"),
        ],
    }
    text = body(p, inserts, person="link")
    inner = (
        f'<div class="site"><header class="gh-head">The Lantern</header><main class="gh-main"><article class="gh-article post">'
        f'<header class="gh-article-header"><h1 class="gh-article-title">{esc(p.title)}</h1>'
        f'<div class="gh-article-meta">{p.byline()} <time>{p.date()}</time></div></header>'
        f'{p.figure()}<section class="gh-content gh-canvas">{text}</section>'
        f'<section class="gh-cta">{p.paywall("gh-post-upgrade-cta")}</section></article>'
        f'<section class="gh-readmore"><h3>{p.c("related", p.s("related"))}</h3>'
        + "".join(
            f'<article class="gh-card"><h3 class="gh-card-title">{p.link_item("related", h)}</h3></article>'
            for h in p.heads(3)
        )
        + f'</section></main><footer class="gh-foot">{p.promo("app", "p", "")}</footer></div>'
    )
    return doc(p, '<meta name="generator" content="Ghost 4.32">', inner)


def nextjs2022(p: Page) -> str:
    a, b, c = p.slots(3)
    inserts = {
        a: [
            f'<aside class="InlineRelated_wrap__a8Kd2">{p.read_also("p", "InlineRelated_item__Zp0q1")}</aside>'
        ],
        b: [p.hidden("display"), p.promo("channel", "p", "Promo_text__3kQ9s")],
        c: [f'<div class="SlideshowTeaser_root__f1x7u">{p.slideshow()}</div>', p.video()],
    }
    text = body(
        p,
        inserts,
        person="hover",
        wrap='<p class="Paragraph_p__8x2Ld">{}</p>',
        sub='<h2 class="Subhead_h2__Q9d0a">{}</h2>',
    )
    inner = (
        '<div id="__next"><header class="Header_root__xK2pe">Pulse News</header>'
        f'<main class="Layout_main__2r8Zf"><article class="Article_root__h2Lq0">'
        f'<h1 class="Headline_h1__9Xv3e">{esc(p.title)}</h1><div class="Byline_root__1Aa2b">{p.byline()} <time>{p.date()}</time></div>'
        f'<div class="ShareRow_root__3Jj8k">{p.share()}</div>{p.figure()}'
        f'<div class="ArticleBody_body__kL3s9">{text}</div>'
        f'<div class="ArticleBody_body__kL3s9 related"><h3>{p.c("related", p.s("related"))}</h3>{p.ul_heads("related", 5, "RelatedList_list__9Qw1e")}</div>'
        f'</article><aside class="Rail_root__5Tt7c">{p.most_read(5, "MostRead_root__8Hh1s")}</aside></main>'
        f'<div class="CookieBanner_root__0Zz9y">{p.cookie()}</div></div>'
        '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}}}</script>'
    )
    return doc(p, '<meta name="next-head-count" content="12">', inner)


def react2024(p: Page) -> str:
    a, b, c = p.slots(3)
    inserts = {
        a: [
            f'<div data-component="read-also" class="css-1q2w3e4">{p.read_also("p", "css-9o8i7u6")}</div>'
        ],
        b: [
            f'<div data-component="photo-credit" class="css-5t6y7u8"><span>{p.c("photo", p.s("photo"))}</span></div>'
        ],
        c: [p.hidden("attr"), p.ad()],
    }
    text = body(
        p,
        inserts,
        person="link",
        wrap='<div data-component="text-block" class="css-83cqas e1xue1i15"><p class="css-1b2c3d4">{}</p></div>',
        sub='<div data-component="subheadline-block"><h2 class="css-x7y8z9">{}</h2></div>',
    )
    inner = (
        '<div id="root"><header class="css-hdr01">Tagesblick</header>'
        f"{p.sticky()}"
        f'<main id="main-content" class="css-main02"><article class="css-art03">'
        f'<header data-component="headline-block"><h1 id="main-heading" class="css-h104">{esc(p.title)}</h1></header>'
        f'<div data-component="byline-block">{p.byline()} <time>{p.date()}</time></div>'
        f'<div data-component="image-block"><figure><img src="/i.jpg" alt=""><figcaption>{p.n(str(p.art["caption"]))}</figcaption></figure></div>'
        f"{text}"
        f'<div data-component="paywall-block">{p.paywall("css-pw05")}</div>'
        f'<div data-component="links-block" class="css-lb06">{p.dash_list(5)}</div>'
        f'<div data-component="tag-list">{p.tags(p.body_text())}</div></article>'
        f'<section data-component="most-read">{p.most_read(5, "css-mr07")}</section></main>'
        f'<div class="css-cookie08">{p.cookie()}</div></div>'
    )
    return doc(p, '<link rel="preload" as="script" href="/static/js/main.4f2a1c.js">', inner)


def liveupdate2023(p: Page) -> str:
    """A news-site article with an embedded video rail and a 'more stories' slideshow inside the body div."""
    a, b, c = p.slots(3)
    inserts = {
        a: [p.video()],
        b: [p.read_also("p", "see-also")],
        c: [p.promo("app", "p", "app-promo"), p.hidden("display")],
    }
    text = body(
        p,
        inserts,
        person="hover",
        wrap='<p class="article__paragraph">{}</p>',
        sub='<h2 class="article__subtitle">{}</h2>',
    )
    inner = (
        '<div class="page"><header class="site-header">Nordlys Media</header>'
        f'<div class="article"><h1 class="article__title">{esc(p.title)}</h1>'
        f'<p class="article__meta">{p.byline()} · {p.date()} · {p.c("share", p.s("comments"))}</p>{p.figure()}'
        f'<div class="article__body">{text}{p.paywall()}{p.slideshow()}{p.dash_list(4)}</div>'
        f"{p.bio()}{p.tags(p.body_text())}</div>"
        f'<div class="sidebar">{p.most_read(5, "most-read")}</div>'
        f'<div class="consent-overlay" role="dialog">{p.cookie()}</div></div>'
    )
    return doc(p, "", inner)


LAYOUTS_B: dict[str, tuple[int, Callable[[Page], str]]] = {
    "bootstrap2015": (2015, bootstrap2015),
    "wp2017": (2017, wp2017),
    "drupal8": (2019, drupal8),
    "amp2019": (2019, amp2019),
    "arc2020": (2020, arc2020),
    "ghost2021": (2021, ghost2021),
    "nextjs2022": (2022, nextjs2022),
    "liveupdate2023": (2023, liveupdate2023),
    "react2024": (2024, react2024),
}
