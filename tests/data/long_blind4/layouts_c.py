"""long_blind4 layouts (dev, part 3): bitrix2018, squarespace2019."""

from __future__ import annotations

from blocks import Page, doc, esc


def _bx_card(name: str, more: str, head: str) -> str:
    return (
        f'<a class="bx-person" href="/persons/1/">{name}<span class="bx-person-popup" aria-hidden="true">'
        f"{name}<span>{more}</span><span>{head}</span></span></a>"
    )


def bitrix2018(p: Page) -> str:
    """1C-Bitrix news.detail: bx-newsdetail-block, detail text with inline 'по теме' links,
    gallery slider of other stories, ya-share2 counter, news.list 'most read', sticky now-reading."""
    a = p.art
    s = p.slots(4)
    ra = p.items(2, "read_also", "head")
    gal = p.items(3, "slideshow", "dek")
    ins = {
        s[
            0
        ]: f'<p class="news-detail-inline"><b>{p.lab("read_also", "read_also")}</b> <a href="/news/{1}/">{ra[0]["h"]}</a></p>',
        s[1]: '<div class="bx-slider" data-entity="slider"><div class="bx-slider-title">'
        + p.lab("gallery", "slideshow")
        + f'</div><div class="counter">{p.c("slideshow", p.ch["gallery"][1])}</div>'
        + "".join(
            f'<div class="bx-slide"><div class="bx-slide-title">{g["h"]}</div><div class="bx-slide-text">{g["t"]}</div></div>'
            for g in gal
        )
        + "</div>",
        s[2]: f'<div class="banner-inline"><div class="banner-label">{p.lab("ad", "ad")}</div><!--'
        f' BX_BANNER --><div class="yandex_rtb_R-A-1"></div></div>',
        s[
            3
        ]: f'<p class="news-detail-inline"><b>{p.t("read_also")}</b> <a href="/news/2/">{ra[1]["h"]}</a></p>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h2>{t}</h2>",
        ("<ul>", lambda t: f"<li>{t}</li>", "</ul>"),
        ins,
        _bx_card,
    )
    top = "".join(
        f'<div class="news-item" id="bx_{i}"><span class="news-date-time">{x["when"]}</span>'
        f'<a href="/news/t{i}/"><b>{x["h"]}</b></a><p>{x["t"]}</p></div>'
        for i, x in enumerate(p.items(4, "most_read", "cut"))
    )
    rel = "".join(
        f'<li><a href="/news/r{i}/">{x["h"]}</a></li>'
        for i, x in enumerate(p.items(4, "related", "head"))
    )
    body_html = f"""<div class="bx-wrapper"><header class="bx-header"><div class="bx-logo">{p.name()}</div>
<nav class="bx-top-nav"><ul>{"".join(f"<li><a>{x}</a></li>" for x in p.all("nav", "nav"))}</ul></nav></header>
<div class="now-reading js-sticky" style="position:fixed;top:0"><span>{p.lab("now", "now_reading")}</span> {esc(a["title"])}</div>
<div class="bx-breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><div class="bx-breadcrumb-item"><a href="/">{p.lab("home", "breadcrumb")}</a></div>
<div class="bx-breadcrumb-item"><span>{p.lab("section", "breadcrumb")}</span></div></div>
<div class="bx-newsdetail"><div class="bx-newsdetail-block" id="bx_1878">
<h1 class="bx-newsdetail-title">{esc(a["title"])}</h1>
<div class="bx-newsdetail-date">{esc(a["date"])}</div>
<div class="bx-newsdetail-img"><img src="/upload/iblock/a1b/pic.jpg" alt=""><div class="bx-newsdetail-img-caption">{esc(a["caption"])}
<span class="photo-author">{p.lab("photo", "photo")}</span></div></div>
<div class="bx-newsdetail-content">{body}</div>
<div class="bx-newsdetail-author">{esc(a["byline"])}</div>
<div class="bx-newsdetail-tags"><span>{p.lab("tags_label", "tags")}:</span> {" ".join(f"<a>#{t}</a>" for t in p.all("tags", "tags"))}</div>
<div class="ya-share2" data-counter=""><span class="ya-share2__title">{p.lab("share", "share")}</span><span class="ya-share2__counter">37</span></div>
<div class="news-subscribe">{p.lab("app", "promo")}</div></div>
<div class="bx-newsdetail-related"><h3>{p.lab("related", "related")}</h3><ul>{rel}</ul></div></div>
<aside class="bx-sidebar"><h3>{p.lab("most_read", "most_read")}</h3><div class="news-list">{top}</div>
<div class="sp"><small>{p.lab("sponsored", "sponsored")}</small><a>{p.lab("sp_head", "sponsored")}</a></div></aside>
<footer class="bx-footer">{p.lab("footer", "footer")}</footer></div>
<div class="cookie-agreement" style="display:none">{p.lab("cookie", "cookie")}<button>{p.lab("cookie_btn", "cookie")}</button></div>"""
    return doc(
        p,
        '<script data-skip-moving="true">(function(w,d){w.BX=w.BX||{};})(window,document);</script>',
        body_html,
    )


def _sq_card(name: str, more: str, head: str) -> str:
    return f'<a class="profile-link" data-hovercard="1">{name}</a><span class="hovercard" style="display:inline">{more}{head}</span>'


def squarespace2019(p: Page) -> str:
    """Squarespace 7 blog item: sqs-block html-block / image-block / newsletter-block /
    summary-block (carousel of other posts with excerpts), blog-item-pagination, share."""
    a = p.art
    split = p.slots(1)[0]
    blocks: list[str] = []
    body_all = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3>{t}</h3>",
        ("<ul data-rte-list>", lambda t: f"<li><p>{t}</p></li>", "</ul>"),
        {
            split: "</div></div></div>"
            f'<div class="sqs-block image-block"><div class="sqs-block-content"><figure><img data-src="/s/a.jpg" alt="">'
            f'<figcaption class="image-caption-wrapper"><p>{esc(a["caption"])} — {p.lab("photo", "photo")}</p></figcaption></figure></div></div>'
            f'<div class="sqs-block newsletter-block"><div class="sqs-block-content"><div class="newsletter-form-header"><h2>{p.lab("newsletter", "promo")}</h2></div>'
            f'<button class="newsletter-form-button">{p.c("promo", p.ch["follow"][0])}</button></div></div>'
            f'<div class="sqs-block html-block"><div class="sqs-block-content"><div class="sqs-html-content">'
        },
        _sq_card,
    )
    blocks.append(body_all)
    summ = "".join(
        f'<div class="summary-item"><div class="summary-title"><a href="/blog/{i}">{x["h"]}</a></div>'
        f'<div class="summary-metadata"><time>{x["when"]}</time> <span class="summary-metadata-item--cats">{x["cat"]}</span></div>'
        f'<div class="summary-excerpt"><p>{x["t"]}</p></div></div>'
        for i, x in enumerate(p.items(4, "related", "mix"))
    )
    nx = p.items(1, "next_article", "head")[0]
    body_html = f"""<div class="Site" data-nc-base="header"><header class="Header"><div class="Header-branding">{p.name()}</div>
<nav class="Header-nav">{"".join(f'<a class="Header-nav-item">{x}</a>' for x in p.all("nav", "nav"))}</nav></header>
<main class="Main"><section class="Main-content"><article class="BlogItem hentry">
<div class="BlogItem-meta"><time class="Blog-meta-item--date">{esc(a["date"])}</time> <span class="Blog-meta-item--author">{esc(a["byline"])}</span></div>
<h1 class="BlogItem-title" data-content-field="title">{esc(a["title"])}</h1>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block"><div class="sqs-block-content"><div class="sqs-html-content">{"".join(blocks)}</div></div></div>
<div class="sqs-block summary-block"><div class="sqs-block-content"><div class="summary-heading"><span>{p.lab("related", "related")}</span></div>
<div class="summary-item-list summary-carousel">{summ}</div></div></div>
</div></div></div>
<div class="BlogItem-share"><div class="Share"><span>{p.lab("share", "share")}</span><span class="ss-social-button-text">Facebook</span></div></div>
<footer class="BlogItem-meta-bottom"><div class="BlogItem-meta-item--tags">{p.lab("tags_label", "tags")}: {", ".join(p.all("tags", "tags"))}</div></footer>
<nav class="BlogItem-pagination"><a class="BlogItem-pagination-link--next"><div class="BlogItem-pagination-link-label">{p.lab("next", "next_article")}</div>
<h2 class="BlogItem-pagination-link-title">{nx["h"]}</h2></a></nav>
<div class="BlogItem-comments"><span class="squarespace-comments">{p.lab("comments", "comments")}</span></div>
</article></section></main>
<footer class="Footer"><div class="sqs-block html-block"><p>{p.lab("footer", "footer")}</p><p>{p.lab("app", "promo")}</p></div></footer></div>
<div class="sqs-cookie-banner-v2"><p>{p.lab("cookie", "cookie")}</p><button>{p.lab("cookie_btn", "cookie")}</button></div>"""
    return doc(p, "<!-- This is Squarespace. --><!-- powered-by-squarespace -->", body_html)


LAYOUTS_C = {"bitrix2018": bitrix2018, "squarespace2019": squarespace2019}
