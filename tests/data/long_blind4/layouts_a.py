"""long_blind4 layouts (dev, part 1): static1999, movabletype2004, joomla2008, drupal2010, dle2011."""

from __future__ import annotations

from blocks import Page, doc, esc


def static1999(p: Page) -> str:
    """Hand-made static site: nested tables, <font>, <br><br> paragraphs, left nav column."""
    a = p.art
    s = p.slots(3)
    ra = p.items(1, "read_also", "head")[0]
    ins = {
        s[0]: f"<br><br><b>{p.c('read_also', p.t('read_also') + ' ' + ra['raw'])}</b>",
        s[1]: f'<br><br><center><font size="1">{p.lab("ad", "ad")}</font><br>'
        f'<img src="/banner/468x60.gif" width="468" height="60" alt=""></center>',
        s[2]: f'<br><br><font size="2"><i>{p.lab("photo", "photo")}</i></font>',
    }
    body = p.render(
        lambda t: f"<br><br>{t}",
        lambda t: f'<br><br><font size="3"><b>{t}</b></font>',
        ("<ul>", lambda t: f"<li>{t}", "</ul>"),
        ins,
    )
    nav = "<br>".join(f'<a href="/{i}.htm">{x}</a>' for i, x in enumerate(p.all("nav", "nav")))
    rel = "".join(
        f'<tr><td><font size="2"><a href="/n{i}.htm">{x["h"]}</a> <font color="#999999">{x["when"]}</font></font></td></tr>'
        for i, x in enumerate(p.items(5, "related", "head"))
    )
    top = "".join(
        f'<font size="1">{i + 1}. <a href="/t{i}.htm">{x["h"]}</a></font><br>'
        for i, x in enumerate(p.items(4, "most_read", "head"))
    )
    html_body = f"""<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#003366"><font color="#ffffff" size="5" face="Arial"><b>{p.name()}</b></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#e0e0e0"><font size="2" face="Arial">{nav}</font>
<br><br><font size="2"><b>{p.lab("most_read", "most_read")}</b></font><br>{top}</td>
<td width="610" valign="top"><table cellpadding="6"><tr><td>
<font size="1"><a href="/">{p.lab("home", "breadcrumb")}</a> &gt; {p.lab("section", "breadcrumb")}</font><br>
<font size="5" face="Times New Roman"><b>{esc(a["title"])}</b></font><br>
<font size="2" color="#666666">{esc(a["byline"])} - {esc(a["date"])}</font><br><br>
<img src="/img/foto1.jpg" width="300" align="right" alt=""><font size="1">{esc(a["caption"])}</font>
<font size="3" face="Times New Roman">{body}</font>
<br><br><a href="javascript:window.print()">{p.lab("toolbar", "toolbar")}</a>
</td></tr></table>
<hr noshade size="1"><font size="2"><b>{p.lab("related", "related")}</b></font>
<table>{rel}</table>
</td></tr>
<tr><td colspan="2" align="center"><font size="1">{p.lab("footer", "footer")}</font></td></tr></table>"""
    head = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    doctype = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
    return doc(p, head, html_body, doctype, ' bgcolor="#ffffff" topmargin="0"')


def movabletype2004(p: Page) -> str:
    """Movable Type 3 blog: #container/#center/.blog/.entry-body + .entry-more, sidebar modules."""
    a = p.art
    s = p.slots(2)
    ins = {
        s[0]: f'<p class="promo"><em>{p.lab("newsletter", "promo")}</em></p>',
        s[
            1
        ]: f'<div class="mt-ad"><span>{p.lab("ad", "ad")}</span><script>google_ad_client="pub-1";</script></div>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h4>{t}</h4>",
        ("<ul>", lambda t: f"<li>{t}</li>", "</ul>"),
        ins,
    )
    rel = "\n".join(
        f'<li><a href="/archives/00{i}.html">{x["h"]}</a><br>{x["t"]}</li>'
        for i, x in enumerate(p.items(4, "related", "cut"))
    )
    recent = "\n".join(
        f'<li><a href="/archives/r{i}.html">{x["h"]}</a></li>'
        for i, x in enumerate(p.items(5, "most_read", "head"))
    )
    cmt = p.c("comments", p.t("comment"))
    body_html = f"""<div id="container"><div id="banner"><h1><a href="/">{p.name()}</a></h1>
<h2>{p.lab("section", "breadcrumb")}</h2></div>
<div id="center"><div class="content"><div class="blog">
<h2 class="date-header">{esc(a["date"])}</h2>
<div class="entry" id="entry-1442"><h3 class="entry-header">{esc(a["title"])}</h3>
<div class="entry-content"><div class="entry-body">{body}</div>
<div class="entry-more" id="more"></div></div>
<p class="entry-footer"><span class="post-footers">{esc(a["byline"])}</span>
<span class="separator">|</span> <a href="#comments">{p.lab("comments", "comments")}</a>
<span class="separator">|</span> <a href="/tb/1442">TrackBack (0)</a></p></div>
<div class="trackbacks"><h3>{p.lab("related", "related")}</h3><ul>{rel}</ul></div>
<div class="comments" id="comments"><div class="comments-content"><div class="comment">
<div class="comment-content"><p>{cmt}</p></div>
<p class="comment-footer">Posted by: Henrik | {p.when()}</p></div></div></div>
</div></div></div>
<div id="right"><div class="sidebar"><div class="module-archives module"><h2 class="module-header">{p.lab("most_read", "most_read")}</h2>
<div class="module-content"><ul class="module-list">{recent}</ul></div></div>
<div class="module-syndicate module"><div class="module-content"><a href="/index.xml">RSS</a> | {p.lab("app", "promo")}</div></div>
</div></div><div id="footer">{p.lab("footer", "footer")}</div></div>"""
    return doc(
        p,
        '<link rel="stylesheet" href="/styles-site.css" type="text/css">',
        body_html,
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    )


def joomla2008(p: Page) -> str:
    """Joomla 1.5: contentpaneopen tables, pagenav, mod_mostread, mod_newsflash with cut intro."""
    a = p.art
    s = p.slots(3)
    ra = p.items(2, "read_also", "head")
    ins = {
        s[
            0
        ]: f'<p><strong>{p.lab("read_also", "read_also")}</strong> <a href="/n/1">{ra[0]["h"]}</a></p>',
        s[1]: f'<div class="moduletable_inline"><p>{p.lab("app", "promo")}</p></div>',
        s[2]: f'<p><strong>{p.t("read_also")}</strong> <a href="/n/2">{ra[1]["h"]}</a></p>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<p><strong>{t}</strong></p>",
        ('<ul class="arrow">', lambda t: f"<li>{t}</li>", "</ul>"),
        ins,
    )
    news = "".join(
        f'<table class="moduletable"><tr><td><a class="contentpagetitle" href="/c/{i}">{x["h"]}</a><p>{x["t"]}</p></td></tr></table>'
        for i, x in enumerate(p.items(3, "related", "cut"))
    )
    top = "".join(
        f'<li class="mostread"><a href="/m/{i}" class="mostread">{x["h"]}</a></li>'
        for i, x in enumerate(p.items(5, "most_read", "head"))
    )
    nx = p.items(1, "next_article", "head")[0]
    body_html = f"""<div id="wrapper"><div id="header"><div id="logo">{p.name()}</div>
<div id="pathway"><span class="breadcrumbs pathway"><a href="/" class="pathway">{p.lab("home", "breadcrumb")}</a>
<img src="/templates/rhuk_milkyway/images/arrow.png" alt=""> {p.lab("section", "breadcrumb")}</span></div></div>
<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(a["title"])}</td>
<td class="buttonheading"><a href="?print=1">{p.lab("toolbar", "toolbar")}</a></td></tr></table>
<table class="contentpaneopen"><tr><td valign="top"><span class="small">{esc(a["byline"])}</span></td></tr>
<tr><td valign="top" class="createdate">{esc(a["date"])}</td></tr>
<tr><td valign="top">{body}</td></tr>
<tr><td class="modifydate">{p.lab("comments", "comments")}</td></tr></table>
<span class="article_separator">&nbsp;</span>
<table align="center" class="pagenav"><tr><th class="pagenav_next"><a href="/n/9">{p.lab("next", "next_article")} &gt;</a> {nx["h"]}</th></tr></table>
<div id="leftcolumn"><div class="module_menu"><h3>{p.lab("related", "related")}</h3>{news}</div>
<div class="module"><h3>{p.lab("most_read", "most_read")}</h3><ul class="mostread">{top}</ul></div></div>
<div id="footer"><p>{p.lab("footer", "footer")}</p><p>Joomla! is Free Software released under the GNU/GPL License.</p></div></div>"""
    return doc(
        p,
        '<meta name="generator" content="Joomla! 1.5 - Open Source Content Management">',
        body_html,
    )


def drupal2010(p: Page) -> str:
    """Drupal 6 Garland: node/content, inline image with caption, links, taxonomy, block views."""
    a = p.art
    s = p.slots(3)
    sp = p.lab("sp_head", "sponsored")
    ins = {
        s[
            0
        ]: f'<div class="image-attach-body"><img src="/files/x.jpg" alt=""><div class="image-caption">{esc(a["caption"])} <span class="credit">{p.lab("photo", "photo")}</span></div></div>',
        s[
            1
        ]: f'<div class="block block-simplenews"><h2>{p.c("promo", "Newsletter")}</h2><p>{p.lab("newsletter", "promo")}</p><input type="submit" value="OK"></div>',
        s[
            2
        ]: f'<div class="advertisement"><small>{p.lab("sponsored", "sponsored")}</small> <a href="/promo">{sp}</a></div>',
    }
    body = p.render(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3>{t}</h3>",
        ("<ul>", lambda t: f"<li>{t}</li>", "</ul>"),
        ins,
    )
    tags = " ".join(
        f'<li><a href="/taxonomy/term/{i}" rel="tag">{t}</a></li>'
        for i, t in enumerate(p.all("tags", "tags"))
    )
    view = "".join(
        f'<div class="views-row"><div class="views-field-title"><a href="/node/{i}">{x["h"]}</a></div>'
        f'<div class="views-field-teaser">{x["t"]}</div><span class="date-display-single">{x["when"]}</span></div>'
        for i, x in enumerate(p.items(4, "related", "mix"))
    )
    body_html = f"""<div id="wrapper"><div id="container" class="clear-block">
<div id="header"><div id="logo-floater"><h1><a href="/">{p.name()}</a></h1></div>
<ul class="links primary-links">{"".join(f"<li>{x}</li>" for x in p.all("nav", "nav"))}</ul></div>
<div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner">
<div class="breadcrumb"><a href="/">{p.lab("home", "breadcrumb")}</a> › {p.lab("section", "breadcrumb")}</div>
<h2>{esc(a["title"])}</h2>
<div id="node-2231" class="node"><span class="submitted">{esc(a["date"])} — {esc(a["byline"])}</span>
<div class="content clear-block">{body}</div>
<div class="clear-block"><div class="meta"><div class="terms"><ul class="links inline">{tags}</ul></div></div>
<div class="links"><ul class="links inline"><li class="comment_forbidden">{p.lab("comments", "comments")}</li>
<li class="print_html"><a href="/print/2231">{p.lab("toolbar", "toolbar")}</a></li>
<li class="service_links"><a href="/share">{p.lab("share", "share")}</a></li></ul></div></div></div>
<div class="block block-views" id="block-views-related"><h2>{p.lab("related", "related")}</h2><div class="content"><div class="view-content">{view}</div></div></div>
</div></div></div></div></div>
<div id="footer">{p.lab("footer", "footer")}</div></div>"""
    return doc(
        p,
        '<meta name="Generator" content="Drupal 6 (http://drupal.org)">',
        body_html,
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
    )


def dle2011(p: Page) -> str:
    """DataLife Engine: speedbar, #dle-content .fullstory, <br /> text, related news, ratings."""
    a = p.art
    s = p.slots(3)
    ra = p.items(1, "read_also", "dek")[0]
    ins = {
        s[
            0
        ]: f'<br /><br /><div class="quote"><b>{p.lab("read_also", "read_also")}</b> <a href="/news/1.html">{ra["h"]}</a><br />{ra["t"]}</div>',
        s[
            1
        ]: f'<br /><br /><div align="center">{p.lab("ad", "ad")}<br /><!-- banner_middle --></div>',
        s[
            2
        ]: f'<br /><br /><span style="display:none">{p.lab("hidden", "hidden")}</span><i>{p.lab("photo", "photo")}</i>',
    }
    body = p.render(
        lambda t: f"<br /><br />{t}",
        lambda t: f"<br /><br /><b>{t}</b>",
        ("<br /><br />", lambda t: f"— {t}<br />", ""),
        ins,
    )
    rel = "".join(
        f'<li><a href="/news/{i}.html">{x["h"]}</a> <span class="date">{x["when"]}</span></li>'
        for i, x in enumerate(p.items(5, "related", "head"))
    )
    top = "".join(
        f'<div class="topnews"><a href="/top/{i}.html">{x["h"]}</a><div class="short">{x["t"]}</div></div>'
        for i, x in enumerate(p.items(3, "most_read", "cut"))
    )
    cm = p.c("comments", p.t("comment"))
    body_html = f"""<div class="wrapper"><div class="header"><a class="logo" href="/">{p.name()}</a>
<div class="topmenu">{" | ".join(p.all("nav", "nav"))}</div></div>
<div class="speedbar"><span id="dle-speedbar"><a href="/">{p.lab("home", "breadcrumb")}</a> &raquo; {p.lab("section", "breadcrumb")} &raquo; {esc(a["title"])}</span></div>
<div class="cols"><div class="maincol"><div id="dle-content"><div class="base fullstory">
<div class="dpad"><h3 class="btl">{esc(a["title"])}</h3>
<div class="bhinfo"><span class="arg">{esc(a["byline"])}</span> <span class="arg">{esc(a["date"])}</span> <span class="arg">{p.lab("comments", "comments")}</span></div>
<div class="maincont"><div id="news-id-5521" style="display:inline;">{body}</div>
<div class="clr"></div></div>
<div class="storenumber"></div>
<div class="mlink"><span class="argrate"><div class="rate">+12</div></span><span class="argback"><a href="javascript:history.go(-1)">{p.lab("toolbar", "toolbar")}</a></span></div>
</div></div>
<div class="related"><div class="dtop"><h2>{p.lab("related", "related")}</h2></div><ul>{rel}</ul></div>
<div class="berrors">{p.lab("paywall", "paywall")}</div>
<div id="dle-ajax-comments"><div class="comment"><div class="comm-text">{cm}</div></div></div>
</div></div>
<div class="rightcol"><div class="block"><h4>{p.lab("most_read", "most_read")}</h4>{top}</div></div></div>
<div class="footer">{p.lab("footer", "footer")} <a href="https://dle-news.ru/">Powered by DataLife Engine</a></div></div>"""
    return doc(
        p, '<meta name="generator" content="DataLife Engine (http://dle-news.ru)">', body_html
    )


LAYOUTS_A = {
    "static1999": static1999,
    "movabletype2004": movabletype2004,
    "joomla2008": joomla2008,
    "drupal2010": drupal2010,
    "dle2011": dle2011,
}
