"""Layouts adsplit2020, phpportal2003, ngonews2017, podcast2021, gazette2008 (heldback)."""

from __future__ import annotations

from blocks import Ctx, doc, e
from layouts_a import ins


def adsplit2020(x: Ctx) -> str:
    """Article split into several containers by ad and recommendation slots between them."""
    t = x.story["title"]
    ch = x.render("p", hover=True)
    k = len(ch) // 3
    parts = [ch[:k], ch[k : 2 * k], ch[2 * k :]]
    slot1 = f"<div class='ad-slot' data-slot='mid1'><p class='ad-label'>{x.pc('ad', 'ad')}</p><iframe src='/a'></iframe></div>"
    slot2 = (
        f"<div class='reco-strip'><h4>{x.pc('related_h', 'related')}</h4>"
        + x.related(3, "<div class='reco'><a>{h}</a><span>{d}</span></div>", "dots")
        + f"</div><div class='ad-slot'><p class='ad-label'>{x.pc('sponsored', 'sponsored')}</p></div>"
    )
    body = (
        f"<div class='article-body-part' data-part='1'>{''.join(parts[0])}</div>{slot1}"
        f"<div class='article-body-part' data-part='2'>{''.join(parts[1])}</div>{slot2}"
        f"<div class='article-body-part' data-part='3'>{''.join(parts[2])}<p class='nl'>{x.pc('newsletter', 'promo')}</p></div>"
    )
    return doc(
        x.lang,
        t,
        "",
        f"""
<header class='hdr'><a href='/'>{e(x.site)}</a></header><div class='leaderboard'>{x.pc("ad", "ad")}</div>
<main class='page'><div class='article-head'><p class='kicker'>{e(x.ch["section"][0])}</p><h1>{e(t)}</h1>
<p class='author'>{x.n(x.author)}</p><p class='credit'>{x.pc("photo", "photo")}</p></div>
{body}
<div class='article-foot'><p>{x.pc("tags_label", "tags")} {", ".join(x.c(tg, "tags") for tg in x.ch["tags"])}</p><p>{x.pc("share", "share")}</p></div>
<aside class='rail'><h3>{x.pc("most_read_h", "most_read")}</h3><ol>{x.related(5, "<li><a>{h}</a></li>", "full", "most_read")}</ol></aside></main>
<div class='cmp' aria-hidden='true'>{x.pc("cookie", "cookie")} <a>{x.pc("cookie_btn", "cookie")}</a></div>""",
    )


def phpportal2003(x: Ctx) -> str:
    """Early-2000s PHP portal: frameset-era tables, <font>, <br><br> paragraphs, 'print version' links."""
    t = x.story["title"]
    out = []
    for kind, text in x.blocks():
        if kind == "h":
            out.append(f"<font size='3'><b>{e(text)}</b></font>")
        elif kind == "li":
            out.append(f"- {e(text)}")
        else:
            out.append(
                x.hover(text, "font") if x.story["hover"] in text and not x.hover_lines else e(text)
            )
    out.insert(
        len(out) // 2,
        f"<font color='#999'>{x.pc('read_also', 'read_also')}</font> "
        + x.related(1, "<a href='news.php?id=77'>{h}</a>"),
    )
    links = x.related(
        6,
        "<tr><td><img src='/i/dot.gif'></td><td><a href='news.php?id=1'><font size='2'>{h}</font></a><br><font size='1'>{d}</font></td></tr>",
    )
    return doc(
        x.lang,
        t,
        "<meta http-equiv='Content-Type' content='text/html; charset=utf-8'>",
        f"""
<table width='100%' cellpadding='0' cellspacing='0'><tr><td bgcolor='#003366'><font color='white' size='5'>{e(x.site)}</font></td>
<td align='right'><font size='1'>{x.c("Bookmark", "toolbar")} | {x.c("Startpage", "toolbar")}</font></td></tr></table>
<marquee>{x.related(3, "{h} +++ ", "full", "ticker")}</marquee>
<table width='780' border='0'><tr><td width='160' valign='top' bgcolor='#eeeeee'><b>{x.pc("most_read_h", "most_read")}</b><br>
{x.related(5, "{h}<br>", "full", "most_read")}<br><b>{x.pc("sponsored", "sponsored")}</b></td>
<td width='460' valign='top'><font face='Verdana' size='2'><font size='1'>{x.n("03.12.2024 - 09:14")} | {x.n(x.author)}</font><br>
<font size='4'><b>{e(t)}</b></font><br><br>{"<br><br>".join(out)}<br><br>
<a href='print.php?id=5'>{x.c("[print]", "toolbar")}</a> <a href='mail.php?id=5'>{x.c("[e-mail]", "toolbar")}</a> {x.pc("counter", "comments")}</font>
<br><br><b>{x.pc("related_h", "related")}</b><table>{links}</table></td>
<td width='160' valign='top'>{x.pc("ad", "ad")}<br><img src='/b/160x600.gif'><br>{x.pc("app", "promo")}</td></tr></table>
<center><font size='1'>&copy; 2003 {e(x.site)} | {x.c("Powered by PHP-Nuke", "toolbar")}</font></center>""",
    )


def ngonews2017(x: Ctx) -> str:
    """NGO newsroom story: donate banner in the text, campaign box, 'about us' boilerplate, related work."""
    t = x.story["title"]
    ch = x.render("p", hover=False, attrs=" class='field-p'")
    ins(
        ch,
        0.3,
        f"<div class='donate-inline' role='complementary'><strong>{x.pc('newsletter', 'promo')}</strong><a class='btn'>{x.c('Donate', 'promo')}</a></div>",
    )
    ins(
        ch,
        0.6,
        f"<div class='campaign-embed'><span>{x.pc('read_also', 'read_also')}</span>"
        + x.related(1, "<a href='/c'>{h}</a><p>{d}</p>", "full")
        + "</div>",
    )
    ins(ch, 0.9, f"<p class='photo-line'><em>{x.pc('photo', 'photo')}</em></p>")
    return doc(
        x.lang,
        t,
        "",
        f"""
<div class='ngo-header'><a href='/'>{e(x.site)}</a><nav><a>{x.c("Our work", "toolbar")}</a><a>{x.c("Get involved", "toolbar")}</a></nav><a class='donate'>{x.c("Donate now", "promo")}</a></div>
<div class='breadcrumb'><a>{x.c(x.ch["home"][0], "breadcrumb")}</a> › <a>{x.c("News", "breadcrumb")}</a></div>
<div class='node node-news'><h1 class='page-title'>{e(t)}</h1><div class='field-date'>{x.n("3 December 2024")}</div>
<div class='field-hero'><img src='/h.jpg'><div class='caption'>{x.pc("photo", "photo")}</div></div>
<div class='field-body'>{"".join(ch)}</div>
<div class='field-boilerplate'>{x.pc("bio", "bio")}</div>
<div class='field-topics'>{x.pc("tags_label", "tags")} {" · ".join(x.c(tg, "tags") for tg in x.ch["tags"])}</div></div>
<div class='view-related'><h2>{x.pc("related_h", "related")}</h2>{x.related(4, "<div class='views-row'><span class='date'>2024</span><h3>{h}</h3><div class='teaser'>{d}</div></div>", "cut")}</div>
<div class='social'>{x.pc("app", "promo")}</div>""",
    )


def podcast2021(x: Ctx) -> str:
    """Public-radio page: audio player with chapters, the story as the 'read' version, episode list."""
    t = x.story["title"]
    ch = x.render("p", hover=True, attrs=" class='rd-p'")
    eps = "".join(
        f"<li class='ep'><span class='dur'>{x.c(f'{12 + i} min', 'audio')}</span><a>{x.c(h, 'audio')}</a></li>"
        for i, (h, _) in enumerate(x.heads(3))
    )
    ins(
        ch,
        0.45,
        f"<div class='rd-embed audio'><button>{x.pc('listen', 'audio')}</button><ul class='episodes'>{eps}</ul></div>",
    )
    ins(ch, 0.75, f"<p class='rd-promo'>{x.pc('app', 'promo')}</p>")
    return doc(
        x.lang,
        t,
        "",
        f"""
<header class='radio'><a href='/'>{e(x.site)} Radio</a><a class='live'>{x.c("LIVE ● 24/7", "audio")}</a></header>
<div class='player-sticky'><span>{x.pc("now_reading", "now_reading")}</span><span class='time'>{x.c("00:00 / 04:31", "audio")}</span></div>
<main><div class='rd-head'><h1>{e(t)}</h1><p class='rd-meta'>{x.n(x.author)} · {x.n("03.12.2024")}</p>
<figure><img src='/r.jpg'><figcaption>{x.pc("photo", "photo")}</figcaption></figure></div>
<div class='rd-body'>{"".join(ch)}</div>
<div class='rd-author'><p>{x.pc("bio", "bio")}</p><a>{x.pc("more_from", "bio")}</a></div>
<section class='rd-more'><h2>{x.pc("related_h", "related")}</h2>{x.related(4, "<article><h3>{h}</h3><p>{d}</p></article>", "ellipsis")}</section>
<div class='rd-hidden' hidden>{x.pc("paywall", "hidden")}</div></main>""",
    )


def gazette2008(x: Ctx) -> str:
    """Regional weekly on a hosted CMS (2008): story in a td, photo credit line, comments and reader polls."""
    t = x.story["title"]
    ch = x.render("p", hover=False)
    ins(
        ch,
        0.35,
        f"<div class='inline-box'><b>{x.pc('related_h', 'related')}</b><ul>"
        + x.related(3, "<li>{h}</li>")
        + "</ul></div>",
    )
    ins(ch, 0.65, f"<p class='promo'>{x.pc('newsletter', 'promo')}</p>")
    ins(ch, 0.8, f"<p class='ad'>{x.pc('ad', 'ad')}</p>")
    return doc(
        x.lang,
        t,
        "",
        f"""
<div id='top'><img src='/logo.gif' alt='{e(x.site)}'></div>
<div id='nav'><a>{x.c(x.ch["home"][0], "breadcrumb")}</a> &gt; <a>{e(x.ch["section"][0])}</a></div>
<table id='content'><tr><td class='story'><h1 class='headline'>{e(t)}</h1><p class='byline'>{x.n(x.author)}</p>
<p class='photocredit'>{x.pc("photo", "photo")}</p>{"".join(ch)}
<p class='tools'>{x.c("Print", "toolbar")} | {x.c("E-mail", "toolbar")} | {x.pc("share", "share")}</p>
<div class='comments'><h3>{x.pc("counter", "comments")}</h3><p>{x.pc("comment", "comments")}</p></div></td>
<td class='right'><h3>{x.pc("most_read_h", "most_read")}</h3>{x.related(5, "<p><a>{h}</a><br>{d}</p>", "dots", "most_read")}</td></tr></table>
<div id='cookie'>{x.pc("cookie", "cookie")}</div>""",
    )
