"""Layouts: portal1999, newsml2004, polopoly2012, brightspot2019 (and the shared head)."""

from __future__ import annotations

from blocks import Page, esc


def head(p: Page, extra: str = "") -> str:
    a = p.art
    rtl = ' dir="rtl"' if a["lang"] == "ar" else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{a["lang"]}"{rtl}>'
        f'<head><meta charset="utf-8"><title>{esc(p.title)} - {esc(p.site)}</title>{extra}</head>\n'
    )


def portal1999(p: Page) -> str:
    a = p.art
    rel = p.items(5, "related", ("none",))
    ra_h, _ = p.head()
    br = "<br>\n<br>\n"

    def para(t: str) -> str:
        return p.text(t, "")

    def sub(t: str) -> str:
        return f"<b>{t}</b>"

    def ul(xs: list[str]) -> str:
        return "<br>\n".join(f"&middot; {x}" for x in xs)

    ins = p.place(
        [
            lambda: (
                f'<b>{p.lab("read_also", "read_also")}</b> <a href="/n/4411.htm"><font color="#003399">{p.cl(ra_h, "read_also")}</font></a>'
            ),
            lambda: (
                f'<center><font size="1" color="#999999">{p.lab("ad", "ad")}</font><br><img src="/ads/468x60.gif" width="468" height="60"></center>'
            ),
        ]
    )
    segs = p.segments()
    parts = []
    for i, (k, v) in enumerate(segs):
        parts.append(
            para(str(v)) if k == "p" else sub(esc(str(v))) if k == "h" else ul([esc(x) for x in v])
        )  # type: ignore[union-attr]
        if i in ins:
            parts.append(ins[i]())
    text = br.join(parts)
    mr = p.items(5, "most_read", ("none",))
    return (
        head(p)
        + f"""<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td bgcolor="#003399"><font face="Arial" color="#FFFFFF" size="5"><b>{esc(p.site)}</b></font></td></tr>
<tr><td bgcolor="#DDDDDD"><font face="Arial" size="1">{p.crumbs(" &gt; ")}</font></td></tr></table>
<table width="760" border="0" cellpadding="4"><tr>
<td width="150" valign="top" bgcolor="#EEEEEE"><font face="Arial" size="2"><b>{p.lab("related", "related")}</b><br>
{"".join(f'<a href="/n/{i}.htm">{h}</a><br><br>' for i, (h, _) in enumerate(rel))}</font></td>
<td width="460" valign="top"><font face="Arial" size="4"><b>{esc(p.title)}</b></font><br>
<font face="Arial" size="1" color="#666666">{esc(a["author"])} | {esc(a["date"])}</font><br><br>
<table align="right" width="200"><tr><td><img src="/img/foto1.jpg" width="200"><br><font size="1">{esc(a["caption"])} {p.credit()}</font></td></tr></table>
<font face="Arial" size="2">
{text}
<br><br>
<font size="1">[ <a href="/print.asp">{p.lab("share", "share")}</a> ] [ {p.comments_n()} ]</font>
</font></td>
<td width="150" valign="top"><font face="Arial" size="2"><b>{p.lab("most_read", "most_read")}</b>
<ol>{"".join(f"<li>{h}</li>" for h, _ in mr)}</ol>
<hr><b>{p.lab("newsletter", "promo")}</b></font></td></tr></table>
<center><font size="1">&copy; 1999 {esc(p.site)}</font></center></body></html>
"""
    )


def newsml2004(p: Page) -> str:
    a = p.art
    rel = p.items(4, "related", ("full",))
    ins = p.place(
        [
            lambda: f'<p class="promo">{p.lab("newsletter", "promo")}</p>',
            lambda: (
                f'<p class="xref"><em>{p.lab("read_also", "read_also")}</em> {p.cl(p.head()[0], "read_also")}</p>'
            ),
        ]
    )
    body = p.render(
        lambda t: f"<p>{p.text(t, '')}</p>",
        lambda t: f'<hl2 class="subhead">{t}</hl2>',
        lambda xs: (
            '<p class="list">'
            + "".join(f'<span class="item">– {x}</span><br/>' for x in xs)
            + "</p>"
        ),
        ins,
    )
    return (
        head(p, '<link rel="stylesheet" href="/css/nitf.css">')
        + f"""<body class="nitf-story">
<div id="masthead"><a href="/">{esc(p.site)}</a> <span class="edition">{p.crumbs(" / ")}</span></div>
<div class="toolbar"><a href="?print=1">{p.lab("share", "toolbar")}</a> | <a href="mailto:">E-mail</a></div>
<nitf><body.head><hedline><hl1>{esc(p.title)}</hl1></hedline>
<byline><person>{esc(a["author"])}</person></byline><dateline><story.date>{esc(a["date"])}</story.date></dateline></body.head>
<body.content>
<media media-type="image"><media-reference source="/img/p1.jpg"/><media-caption>{esc(a["caption"])}</media-caption><media-producer>{p.credit()}</media-producer></media>
{body}
<p class="tagline">{p.bio()}</p>
</body.content></nitf>
<div class="related-articles"><h3>{p.lab("related", "related")}</h3><ul>
{"".join(f"<li><a href='#'>{h}</a><p>{d}</p></li>" for h, d in rel)}</ul></div>
<div class="footer">{p.lab("cookie", "cookie")} <button>{p.lab("accept", "cookie")}</button></div>
</body></html>
"""
    )


def polopoly2012(p: Page) -> str:
    a = p.art
    fb = p.items(3, "related", ("ell", "dots", "raw"))
    slides = p.items(3, "slideshow", ("full",))

    def factbox() -> str:
        return (
            f'<div class="p_factbox p_relatedTeasers"><h4>{p.lab("read_also", "read_also")}</h4>'
            + "".join(
                f'<div class="p_teaser"><a class="p_title">{h}</a> <span class="p_lead">{d}</span></div>'
                for h, d in fb
            )
            + "</div>"
        )

    def show() -> str:
        return (
            f'<div class="p_slideshow"><span class="p_label">{p.lab("gallery", "slideshow")}</span>'
            + "".join(
                f'<div class="p_slide"><img src="/g{i}.jpg"><p class="p_slidetext">{h}. {d}</p></div>'
                for i, (h, d) in enumerate(slides)
            )
            + '<span class="p_counter">1 / 3</span></div>'
        )

    ins = p.place(
        [factbox, lambda: f'<div class="p_ad"><span>{p.lab("ad", "ad")}</span></div>', show]
    )
    body = p.render(
        lambda t: f'<p class="p_text">{p.text(t, "")}</p>',
        lambda t: f'<h3 class="p_subtitle">{t}</h3>',
        lambda xs: "<ul class='p_list'>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>",
        ins,
    )
    mr = p.items(5, "most_read", ("none",))
    return (
        head(p)
        + f"""<body class="p_page p_article">
<div class="p_header"><div class="p_logo">{esc(p.site)}</div><div class="p_cookie">{p.lab("cookie", "cookie")}</div></div>
<div class="p_main"><div class="p_articleContainer">
<div class="p_breadcrumb">{p.crumbs(" › ")}</div>
<h1 class="p_headline">{esc(p.title)}</h1>
<div class="p_byline"><span class="p_author">{esc(a["author"])}</span> <span class="p_date">{esc(a["date"])}</span></div>
<div class="p_share"><a>{p.lab("share", "share")}</a> <span class="p_count">{p.cl(str(p.rng.randint(20, 900)) + " Shares", "share")}</span></div>
<div class="p_image"><img src="/i.jpg"><div class="p_caption">{esc(a["caption"])}<span class="p_photographer">{p.credit()}</span></div></div>
<div class="p_articleBody">
{body}
<div class="p_paywall" style="display:none"><p>{p.lab("paywall", "hidden")}</p></div>
</div>
<div class="p_tags"><span>{p.lab("tags", "tags")}</span> {p.tags('<a class="p_tag">{t}</a> ')}</div>
</div>
<div class="p_sidebar"><h3>{p.lab("most_read", "most_read")}</h3><ol>{"".join(f"<li><a>{h}</a></li>" for h, _ in mr)}</ol>
<div class="p_promo">{p.lab("app", "promo")}</div></div></div>
</body></html>
"""
    )


def brightspot2019(p: Page) -> str:
    a = p.art
    card = (
        '<a class="Link" href="/people/x">{name}</a><span class="ProfileCard" role="tooltip">'
        '<span class="ProfileCard-name">{name}</span><span class="ProfileCard-cta">{label}</span>'
        '<span class="ProfileCard-latest">{head}</span></span>'
    )
    h1, d1 = p.head()

    def promo() -> str:
        return (
            f'<div class="Enhancement" data-align-center><div class="PromoB"><div class="PromoB-category">{p.lab("read_also", "read_also")}</div>'
            f'<div class="PromoB-title"><a>{p.cl(h1, "read_also")}</a></div><div class="PromoB-description">{p.cl(d1, "read_also")}</div></div></div>'
        )

    ins = p.place(
        [
            promo,
            lambda: (
                f'<div class="Enhancement"><figure class="Figure"><img src="/g.jpg"><div class="Figure-credit">{p.credit()}</div></figure></div>'
            ),
            lambda: (
                f'<div class="NewsletterModule"><p class="NewsletterModule-description">{p.lab("newsletter", "promo")}</p><button>OK</button></div>'
            ),
        ]
    )
    body = p.render(
        lambda t: f"<p>{p.text(t, card)}</p>",
        lambda t: f"<h2>{t}</h2>",
        lambda xs: "<ul>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>",
        ins,
    )
    more = p.items(4, "related", ("full", "ell"))
    return (
        head(p)
        + f"""<body class="ArticlePage">
<header class="Page-header"><div class="Page-header-logo">{esc(p.site)}</div><nav>{p.crumbs(" ")}</nav></header>
<main class="Page-main"><h1 class="ArticlePage-headline">{esc(p.title)}</h1>
<div class="ArticlePage-authorBy">{esc(a["author"])}</div><div class="ArticlePage-datePublished">{esc(a["date"])}</div>
<div class="ArticlePage-actions"><button class="AudioPlayer">{p.lab("listen", "audio")}</button><span class="ShareCount">{p.lab("share", "share")}</span></div>
<div class="ArticlePage-lead"><figure class="Figure"><img src="/f.jpg"><figcaption class="Figure-caption">{esc(a["caption"])}</figcaption><div class="Figure-credit">{p.credit()}</div></figure></div>
<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">
{body}
</div>
<div class="ArticlePage-tags"><h3>{p.lab("tags", "tags")}</h3>{p.tags('<a class="Tag">{t}</a>')}</div>
<div class="ArticlePage-authorInfo"><div class="AuthorBio">{p.bio()}</div></div>
</div>
<div class="ListD"><h2 class="ListD-title">{p.more_from()}</h2>
{"".join(f'<div class="PromoD"><h3 class="PromoD-title">{h}</h3><p class="PromoD-description">{d}</p></div>' for h, d in more)}</div>
</main><div class="GDPRBanner">{p.lab("cookie", "cookie")}</div></body></html>
"""
    )


LAYOUTS_A = {f.__name__: f for f in (portal1999, newsml2004, polopoly2012, brightspot2019)}
