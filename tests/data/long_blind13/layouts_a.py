"""long_blind13 dev layouts 0-4: broadcaster, portal and region templates, 2006-2019."""

from __future__ import annotations

from kit import Page, esc, tag

P = tag("p")
LI = tag("li")
UL = tag("ul")


def doc(p: Page, site: str, body: str, doctype: str = "<!DOCTYPE html>") -> str:
    lang = p.art["lang"]
    rtl = ' dir="rtl"' if lang in ("ar", "fa") else ""
    return (
        f'{doctype}\n<html lang="{lang}"{rtl}>\n<head><meta charset="utf-8">'
        f"<title>{esc(p.art['title'])} | {site}</title></head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def ee_broadcaster(p: Page) -> str:
    """Eastern-European national broadcaster, 2012: perex lead, box-related asides in text."""
    a = p.art
    ins = p.inline(lambda k, x: f'<div class="box-related box-{k}"><span>{x}</span></div>')
    fmt = {
        "p": P,
        "h": tag("h3", 'class="subtitle"'),
        "q": tag("p", 'class="citation"'),
        "li": LI,
        "ul": tag("ul", 'class="text-list"'),
    }
    body = p.body(fmt, ins)
    most = p.items("most_read", 5, lambda h, d: f'<li><a href="#">{h}</a></li>', "none")
    rel = p.items(
        "related",
        3,
        lambda h, d: f'<li><a href="#">{h}</a>' + (f"<p>{d}</p>" if d else "") + "</li>",
    )
    return doc(
        p,
        "Radio i Televizija",
        f"""
<div id="cookie-bar"><p>{p.c("cookie", p.ch["cookie"])}</p><a href="#">OK</a></div>
<div id="header"><div class="logo">RTV</div><div class="live-strip"><a href="#">LIVE</a></div></div>
<div class="breadcrumbs">{p.crumb(" / ", lambda x: f'<a href="#">{x}</a>')}</div>
<div id="content" class="clearfix"><div class="col-main"><div class="news-detail">
<h1 class="news-title">{esc(a["title"])}</h1>
<div class="meta"><span class="date">{esc(a["date"])}</span> <span class="author">{esc(a["byline"])}</span></div>
<div class="tools">{p.tools(" | ", lambda x: f'<a href="#">{x}</a>')}</div>
<div class="photo"><img src="/img/a.jpg" alt=""><span class="credit">{p.c("photo", p.pick("photo"))}</span></div>
<div class="text">
{body}
</div>
<div class="tags"><strong>{p.c("tags", p.ch["tags"])}</strong> <a href="#">{esc(a["tag"])}</a></div>
<div class="share">{p.c("share", p.pick("share"))}</div>
<div class="related-news"><h4>{p.c("related", p.pick("related"))}</h4><ul>{rel}</ul></div>
<div class="prevnext"><a class="prev" href="#">{p.nxt("prev")}</a> <a class="next" href="#">{p.nxt()}</a></div>
</div></div>
<div class="col-right"><div class="box most-read"><h4>{p.c("most_read", p.pick("most_read"))}</h4>
<ol>{most}</ol></div>
<div class="box follow"><a href="#">{p.c("promo", p.pick("follow"))}</a></div></div>
</div>
<div id="footer">© RTV 2012</div>""",
    )


def latam_portal(p: Page) -> str:
    """Latin-American portal newspaper, 2006: table columns, LEA ADEMÁS boxes, ranked table."""
    a = p.art
    ins = p.inline(
        lambda k, x: f'<table class="lea-ademas" width="100%"><tr><td>{x}</td></tr></table>'
    )
    fmt = {
        "p": tag("p", 'class="texto"'),
        "h": tag("p", 'class="intertitulo"'),
        "q": tag("p", 'class="texto cita"'),
        "li": LI,
        "ul": UL,
    }
    body = p.body(fmt, ins)
    rank = p.items(
        "most_read",
        5,
        lambda h, d: (
            f'<tr><td class="num">·</td><td><a href="#">{h}</a>'
            + (f"<br><small>{d}</small>" if d else "")
            + "</td></tr>"
        ),
    )
    rel = p.items("related", 3, lambda h, d: f'<a href="#">{h}</a><br>' + (f"{d}<br>" if d else ""))
    return doc(
        p,
        "Diario Portal",
        f"""
<table width="990" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="3" class="cabecera">
<img src="/logo.gif" alt="Portal"> <span class="fecha-hoy">{esc(a["date"])}</span></td></tr>
<tr><td class="migas" colspan="3">{p.crumb(" » ", lambda x: f'<a href="#">{x}</a>')}</td></tr>
<tr><td width="160" valign="top" class="col-izq"><div class="menu"><a href="#">Clasificados</a></div>
<div class="banner">{p.c("ad", p.pick("ad"))}</div></td>
<td width="530" valign="top" class="columna-central">
<h2 class="titulo">{esc(a["title"])}</h2>
<span class="firma">{esc(a["byline"])}</span>
<div class="herramientas">{p.tools(" - ", lambda x: f'<a href="#">{x}</a>')}</div>
<div class="foto"><img src="/fotos/n.jpg"><div class="pie">{p.c("photo", p.pick("photo"))}</div></div>
<div class="cuerpo-nota">
{body}
</div>
<div class="etiquetas">{p.c("tags", p.ch["tags"])} <a href="#">{esc(a["tag"])}</a></div>
<div class="notas-rel"><b>{p.c("related", p.ch["cue"])}</b><br>{rel}</div>
<div class="comentarios"><b>{p.comments()}</b><br>{p.c("comments", p.ch["comments"][1])}</div>
</td>
<td width="300" valign="top" class="col-der"><div class="mas-leidas"><h3>{p.c("most_read", p.pick("most_read"))}</h3>
<table>{rank}</table></div>
<div class="boletin">{p.c("promo", p.pick("newsletter"))}</div></td></tr>
<tr><td colspan="3" class="pie-pagina">Todos los derechos reservados</td></tr></table>""",
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    )


def southasia_sidebars(p: Page) -> str:
    """South-Asian portal, 2015: two heavy sidebars, 'Also read' inside paragraphs' flow."""
    a = p.art
    ins = p.inline(lambda k, x: f'<p><strong class="also-read">{x}</strong></p>')
    fmt = {"p": P, "h": tag("h2"), "q": tag("p", 'class="quote"'), "li": LI, "ul": UL}
    body = p.body(fmt, ins)
    trend = p.items(
        "most_read", 4, lambda h, d: f'<div class="trend-item"><a href="#">{h}</a></div>', "none"
    )
    photos = p.items(
        "related",
        3,
        lambda h, d: (
            f'<div class="gallery-card"><img src="/g.jpg"><a href="#">{h}</a>'
            + (f"<span>{d}</span>" if d else "")
            + "</div>"
        ),
    )
    return doc(
        p,
        "NewsPortal",
        f"""
<div class="top-bar"><a href="#">{p.c("promo", p.pick("app"))}</a></div>
<div class="container"><div class="row">
<div class="left-sidebar col-md-2"><div class="widget"><h4>{p.c("most_read", p.ch["most_read"][1])}</h4>{trend}</div>
<div class="ad-slot">{p.c("ad", p.ch["ad"][0])}</div></div>
<div class="main col-md-7"><div class="breadcrumb">{p.crumb(" > ", lambda x: f'<span><a href="#">{x}</a></span>')}</div>
<article class="story"><h1 class="story-title">{esc(a["title"])}</h1>
<div class="story-meta"><span class="by">{esc(a["byline"])}</span> | <span class="dt">{esc(a["date"])}</span>
<div class="social">{p.c("share", p.pick("share"))}</div></div>
<figure><img src="/s.jpg"><figcaption>{p.c("photo", p.pick("photo"))}</figcaption></figure>
<div class="story-details">
{body}
</div>
<div class="story-tags"><span>{p.c("tags", p.ch["tags"])}</span><a href="#">{esc(a["tag"])}</a></div>
<div class="editor-note">{p.c("editor", p.ch["editor"])}</div>
</article>
<div class="comment-box"><h3>{p.comments()}</h3><textarea></textarea><p>{p.c("comments", p.ch["comments"][1])}</p></div>
</div>
<div class="right-sidebar col-md-3"><div class="widget photos"><h4>{p.c("related", p.pick("related"))}</h4>{photos}</div>
<div class="widget follow">{p.c("promo", p.pick("follow"))}</div>
<div class="widget newsletter"><p>{p.c("promo", p.pick("newsletter"))}</p><input type="email"></div></div>
</div></div>""",
    )


def rtl_news(p: Page) -> str:
    """Arabic/Persian-style news site, 2019: article-body, inline related, more-news cards."""
    a = p.art
    ins = p.inline(
        lambda k, x: f'<div class="inline-related"><i class="icon"></i><a href="#">{x}</a></div>'
    )
    fmt = {"p": P, "h": tag("h2"), "q": tag("blockquote"), "li": LI, "ul": UL}
    body = p.body(fmt, ins)
    cards = p.items(
        "related",
        4,
        lambda h, d: (
            f'<div class="card"><a href="#"><h3>{h}</h3></a>'
            + (f"<p>{d}</p>" if d else "")
            + "</div>"
        ),
    )
    ticker = p.items("most_read", 3, lambda h, d: f"<li>{h}</li>", "none")
    return doc(
        p,
        "Al-Akhbar Online",
        f"""
<header class="site-header"><div class="breaking"><ul class="ticker">{ticker}</ul></div>
<nav class="crumbs">{p.crumb(" / ", lambda x: f'<a href="#">{x}</a>')}</nav></header>
<main class="article-page"><header class="article-header"><h1>{esc(a["title"])}</h1>
<div class="info"><span class="writer">{esc(a["byline"])}</span><time>{esc(a["date"])}</time></div></header>
<div class="article-image"><img src="/i.jpg"><p class="caption">{p.c("photo", p.pick("photo"))}</p></div>
<div class="article-share top">{p.c("share", p.ch["share"][0])}</div>
<div class="article-body">
{body}
<div class="ad-inarticle"><span>{p.c("ad", p.ch["ad"][1])}</span></div>
</div>
<div class="article-tags"><b>{p.c("tags", p.ch["tags"])}</b> <a href="#">{esc(a["tag"])}</a></div>
<div class="article-share bottom">{p.c("share", p.ch["share"][1])}</div>
<div class="paywall-teaser" style="display:none">{p.c("paywall", p.pick("paywall"))}</div>
<section class="more-news"><h2>{p.c("related", p.pick("related"))}</h2>{cards}</section>
<div class="telegram-box">{p.c("promo", p.ch["app"][1])}</div>
</main>
<div class="cookie-consent">{p.c("cookie", p.ch["cookie"])}<button>✓</button></div>""",
    )


def kr_portal(p: Page) -> str:
    """Korean portal article view, 2017: text in one div with <br><br>, ranked lists."""
    a = p.art
    ins = p.inline(lambda k, x: f"<br><br>▶ {x}")
    br = lambda x: x + "<br><br>"  # noqa: E731
    fmt = {
        "p": br,
        "h": lambda x: f"<b>{x}</b><br><br>",
        "q": br,
        "li": lambda x: f"· {x}<br>",
        "ul": lambda x: x + "<br>",
    }
    body = p.body(fmt, ins)
    rank = p.items(
        "most_read",
        5,
        lambda h, d: f'<li><span class="num"></span><a href="#">{h}</a></li>',
        "none",
    )
    rank2 = p.items(
        "most_read",
        3,
        lambda h, d: (
            f'<li><a href="#"><strong>{h}</strong>'
            + (f"<span>{d}</span>" if d else "")
            + "</a></li>"
        ),
        "nomark",
    )
    return doc(
        p,
        "뉴스포털",
        f"""
<div id="kakaoHead"><a href="#">{p.c("promo", p.pick("follow"))}</a></div>
<div id="cMain"><div id="mArticle">
<div class="head_view"><h3 class="tit_view">{esc(a["title"])}</h3>
<span class="info_view"><span class="txt_info">{esc(a["byline"])}</span> <span class="txt_info">{esc(a["date"])}</span></span>
<div class="util_view">{p.c("comments", p.ch["comments"][0].format(p.rng.randint(5, 900)))} {p.tools(" ", lambda x: f"<button>{x}</button>")}</div></div>
<div class="news_view"><div id="harmonyContainer"><section dmcf-sid="a1">
<figure><img src="/p.jpg"><figcaption>{p.c("photo", p.pick("photo"))}</figcaption></figure>
{esc(a["title"])}<br><br>
{body}
{p.c("editor", p.ch["editor"])}
</section></div></div>
<div class="foot_view"><div class="relate_news"><strong>{p.c("related", p.ch["related"][0])}</strong>
<ul>{p.items("related", 3, lambda h, d: f'<li><a href="#">{h}</a></li>', "none")}</ul></div>
<div class="share_view">{p.c("share", p.pick("share"))}</div>
<div class="subscribe">{p.c("promo", p.pick("newsletter"))}</div></div>
<div class="cmt_view"><p>{p.c("comments", p.ch["comments"][1])}</p></div>
</div>
<div id="mAside"><div class="rank_news"><h4>{p.c("most_read", p.ch["most_read"][0])}</h4><ol>{rank}</ol></div>
<div class="rank_news2"><h4>{p.c("most_read", p.ch["most_read"][1])}</h4><ul>{rank2}</ul></div>
<div class="ad_aside">{p.c("ad", p.ch["ad"][1])}</div></div></div>""",
    )
