"""long_blind13 dev layout 5: Chinese portal article page, 2010."""

from __future__ import annotations

from kit import Page, esc, tag
from layouts_a import LI, UL, doc


def cn_portal(p: Page) -> str:
    """Chinese portal article page, 2010: artibody with indented p, 责任编辑-style line, 排行."""
    a = p.art
    ins = p.inline(lambda k, x: f'<p class="art_related">{x}</p>')
    fmt = {
        "p": tag("p", 'style="text-indent:2em"'),
        "h": tag("p", 'class="f_sub"'),
        "q": tag("p", 'style="text-indent:2em"'),
        "li": LI,
        "ul": UL,
    }
    body = p.body(fmt, ins)
    rank = p.items("most_read", 6, lambda h, d: f"<li><em></em><a href='#'>{h}</a></li>", "none")
    rel = p.items(
        "related", 4, lambda h, d: f"<li><a href='#'>{h}</a>" + (f" {d}" if d else "") + "</li>"
    )
    return doc(
        p,
        "新闻中心",
        f"""
<div class="top_nav">{p.c("promo", p.pick("app"))}</div>
<div class="w1000"><div class="position">{p.crumb(" > ", lambda x: f"<a href='#'>{x}</a>")}</div>
<div class="main_left"><h1 id="artibodyTitle">{esc(a["title"])}</h1>
<div class="artInfo"><span id="pub_date">{esc(a["date"])}</span> <span id="media_name">{esc(a["byline"])}</span>
<span class="fontsize">{p.tools(" ", lambda x: f"<a href='#'>{x}</a>")}</span></div>
<div class="blkContainerSblkCon" id="artibody">
<div class="img_wrapper"><img src="/i.jpg"><span class="img_descr">{p.c("photo", p.pick("photo"))}</span></div>
{body}
<p class="article-editor">{p.c("editor", p.ch["editor"])}</p>
</div>
<div class="article_tags">{p.c("tags", p.ch["tags"])}<a href="#">{esc(a["tag"])}</a></div>
<div class="share_box">{p.c("share", p.pick("share"))}</div>
<div class="pagebox"><a href="#">{p.nxt("prev")}</a><br><a href="#">{p.nxt()}</a></div>
<div class="corrTxt"><h2>{p.c("related", p.pick("related"))}</h2><ul>{rel}</ul></div>
<div class="comment_box">{p.comments()} <a href="#">{p.c("comments", p.ch["comments"][1])}</a></div>
</div>
<div class="main_right"><div class="r_box"><h3>{p.c("most_read", p.pick("most_read"))}</h3><ol>{rank}</ol></div>
<div class="r_ad">{p.c("ad", p.ch["ad"][0])}</div>
<div class="r_box">{p.c("promo", p.pick("follow"))}</div></div></div>
<div class="footer">{p.c("tip", p.ch["tip"])}</div>""",
    )
