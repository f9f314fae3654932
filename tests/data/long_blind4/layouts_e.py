"""long_blind4 layouts (heldback, part 2): drupal2023, wpblock2024."""

from __future__ import annotations

from blocks import Page, doc, esc


def _dr_card(name: str, more: str, head: str) -> str:
    return (
        f'<span class="person-ref" tabindex="0">{name}<span class="person-ref__popover" hidden>'
        f"{name} {more} {head}</span></span>"
    )


def drupal2023(p: Page) -> str:
    """Drupal 10 Olivero + Layout Builder: node--type-article, field--name-body split by
    block-inline-block embeds (related teaser, newsletter, audio), views-element-container rails."""
    a = p.art
    s = p.slots(4)
    tz = p.items(1, "related", "dek")[0]
    sp = p.c("sponsored", p.t("sp_head"))
    ins = {
        s[
            0
        ]: '</div></div><div class="block block-layout-builder block-inline-blockteaser"><article class="node--view-mode-teaser">'
        f'<span class="field--name-field-label">{p.lab("read_also", "read_also")}</span><h2 class="node__title"><a href="/node/1">{tz["h"]}</a></h2>'
        f'<div class="field--name-field-summary">{tz["t"]}</div></article></div><div class="block block-field-blocknodearticlebody"><div class="text-content field--name-body">',
        s[
            1
        ]: f'<drupal-media data-entity-type="media"><figure><img src="/sites/default/files/a.webp" alt=""><figcaption>{esc(a["caption"])} <span class="media-credit">{p.lab("photo", "photo")}</span></figcaption></figure></drupal-media>',
        s[
            2
        ]: f'<div class="simplenews-subscriber-form"><p>{p.lab("newsletter", "promo")}</p><input type="email"><input type="submit" value="OK"></div>',
        s[
            3
        ]: f'<div class="promo-block"><small>{p.lab("sponsored", "sponsored")}</small> <a>{sp}</a></div>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h2>{t}</h2>",
        ("<ul>", lambda t: f"<li>{t}</li>", "</ul>"),
        ins,
        _dr_card,
    )
    rail = "".join(
        f'<div class="views-row"><article class="node--view-mode-card"><span class="field--name-field-category">{x["cat"]}</span>'
        f'<h3 class="node__title"><a>{x["h"]}</a></h3><time>{x["when"]}</time></article></div>'
        for x in p.items(4, "most_read", "head")
    )
    rel = "".join(
        f'<li class="views-row"><a>{x["h"]}</a><div class="views-field-body">{x["t"]}</div></li>'
        for x in p.items(3, "related", "cut")
    )
    body_html = f"""<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header"><div class="site-branding__inner"><a href="/" class="site-branding__name">{p.name()}</a></div>
<nav class="primary-nav"><ul class="menu">{"".join(f'<li class="primary-nav__menu-item"><a>{x}</a></li>' for x in p.all("nav", "nav"))}</ul></nav></header>
<div id="main-wrapper" class="layout-main-wrapper"><div id="main" class="layout-main"><div class="main-content">
<div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">{p.lab("home", "breadcrumb")}</a></li><li>{p.lab("section", "breadcrumb")}</li></ol></nav></div>
<div class="region region--content-above"><h1 class="title page-title"><span class="field--name-title">{esc(a["title"])}</span></h1></div>
<main role="main"><article class="node node--type-article node--view-mode-full"><div class="layout layout--onecol"><div class="layout__region layout__region--content">
<div class="block block-field-blocknodearticleuid"><div class="node__meta"><span class="field--name-uid">{esc(a["byline"])}</span> <span class="field--name-created">{esc(a["date"])}</span>
<button class="tts">{p.lab("listen", "audio")}</button></div></div>
<div class="block block-field-blocknodearticlebody"><div class="text-content field--name-body">{body}</div></div>
<div class="block block-field-blocknodearticlefield-tags"><div class="field--name-field-tags"><h3 class="field__label">{p.lab("tags_label", "tags")}</h3>
<ul class="links field__items">{"".join(f'<li class="field__item"><a>{t}</a></li>' for t in p.all("tags", "tags"))}</ul></div></div>
<div class="block block-addtoany"><span class="a2a_label">{p.lab("share", "share")}</span></div>
<section class="comments"><h2 class="comments__title">{p.lab("comments", "comments")}</h2><article class="comment"><div class="comment__content"><p>{p.c("comments", p.t("comment"))}</p></div></article></section>
</div></div></article></main>
<div class="views-element-container block"><h2>{p.lab("related", "related")}</h2><ul>{rel}</ul></div></div>
<aside class="region--sidebar"><div class="views-element-container block"><h2 class="block__title">{p.lab("most_read", "most_read")}</h2>{rail}</div></aside>
</div></div><footer class="site-footer"><div class="region--footer-bottom">{p.lab("footer", "footer")}</div></footer></div></div></div>
<div class="eu-cookie-compliance-banner" role="banner"><div class="popup-content"><div id="popup-text"><p>{p.lab("cookie", "cookie")}</p></div><button class="agree-button">{p.lab("cookie_btn", "cookie")}</button></div></div>"""
    return doc(p, '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">', body_html)


def _wp_card(name: str, more: str, head: str) -> str:
    return (
        f'<span class="wp-block-hovercard"><a href="/tag/person/">{name}</a>'
        f'<span class="hovercard__body" aria-hidden="true"><strong>{name}</strong><em>{more}</em><span>{head}</span></span></span>'
    )


def wpblock2024(p: Page) -> str:
    """WordPress 6.x block theme (Twenty Twenty-Four-like): wp-block-post-content, wp-block-group
    newsletter (Jetpack subscriptions), wp-block-embed video with playlist, core/query loops,
    'now reading' sticky bar, wp-block-comments."""
    a = p.art
    s = p.slots(4)
    vid = p.items(2, "video", "head")
    ra = p.items(1, "read_also", "cut")[0]
    ins = {
        s[0]: f'<p class="has-small-font-size">{p.lab("listen", "audio")}</p>',
        s[
            1
        ]: f'<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper"><div class="vjs-modal-dialog">{p.c("video", "This is a modal window.")}</div>'
        f'<div class="jw-playlist"><span class="jw-label">{p.c("video", p.ch["video"][2])}</span>'
        + "".join(f"<span>{v['h']}</span>" for v in vid)
        + f'<span class="jw-countdown">{p.c("video", p.ch["video"][1])}</span></div></div></figure>',
        s[
            2
        ]: f'<p class="wp-block-read-also"><strong>{p.lab("read_also", "read_also")}</strong> <a>{ra["h"]}</a> {ra["t"]}</p>',
        s[
            3
        ]: f'<div class="wp-block-group is-style-newsletter"><div class="wp-block-group__inner-container"><p>{p.lab("newsletter", "promo")}</p>'
        f'<div class="wp-block-jetpack-subscriptions"><button>{p.c("promo", p.ch["follow"][0])}</button></div></div></div>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f'<h2 class="wp-block-heading">{t}</h2>',
        ('<ul class="wp-block-list">', lambda t: f"<li>{t}</li>", "</ul>"),
        ins,
        _wp_card,
    )
    q = "".join(
        f'<li class="wp-block-post"><h3 class="wp-block-post-title"><a>{x["h"]}</a></h3><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{x["t"]}</p></div>'
        f'<div class="wp-block-post-date"><time>{x["when"]}</time></div></li>'
        for x in p.items(4, "related", "mix")
    )
    body_html = f"""<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a>{p.name()}</a></p>
<nav class="wp-block-navigation"><ul class="wp-block-navigation__container">{"".join(f'<li class="wp-block-navigation-item"><a>{x}</a></li>' for x in p.all("nav", "nav"))}</ul></nav></div></header>
<div class="reading-bar is-position-sticky"><span>{p.lab("now", "now_reading")}</span> <span>{esc(a["title"])}</span></div>
<main class="wp-block-group"><div class="wp-block-group"><div class="taxonomy-category wp-block-post-terms"><a>{p.lab("section", "breadcrumb")}</a></div>
<h1 class="wp-block-post-title">{esc(a["title"])}</h1>
<div class="wp-block-post-author-name">{esc(a["byline"])}</div><div class="wp-block-post-date"><time>{esc(a["date"])}</time></div>
<figure class="wp-block-post-featured-image"><img src="/wp-content/uploads/2024/a.webp" alt=""></figure>
<p class="featured-caption">{esc(a["caption"])} {p.lab("photo", "photo")}</p></div>
<div class="entry-content wp-block-post-content is-layout-constrained">{body}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{p.lab("share", "share")}</h3></div>
<div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">{esc(a["byline"])}</p><p class="wp-block-post-author__bio">{p.lab("bio", "bio")}</p></div></div></div>
<div class="wp-block-group"><div class="taxonomy-post_tag wp-block-post-terms">{" ".join(f"<a rel='tag'>{t}</a>" for t in p.all("tags", "tags"))}</div></div>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">{p.lab("comments", "comments")}</h2><ol class="wp-block-comment-template"><li><div class="wp-block-comment-content"><p>{p.c("comments", p.t("comment"))}</p></div></li></ol></div>
<div class="wp-block-query"><h2 class="wp-block-heading">{p.lab("related", "related")}</h2><ul class="wp-block-post-template">{q}</ul></div></main>
<footer class="wp-block-template-part"><p class="has-small-font-size">{p.lab("footer", "footer")}</p></footer></div>"""
    return doc(p, '<meta name="generator" content="WordPress 6.5">', body_html)


LAYOUTS_E = {"drupal2023": drupal2023, "wpblock2024": wpblock2024}
