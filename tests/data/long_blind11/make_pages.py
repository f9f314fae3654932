"""Deterministic generator for long_blind11 (48 pages: 16 layouts x 3 languages)."""

from __future__ import annotations

import html
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from articles_a import ARTICLES_A  # noqa: E402
from articles_b import ARTICLES_B  # noqa: E402
from chrome import chrome  # noqa: E402

ARTICLES = {a["id"]: a for a in ARTICLES_A + ARTICLES_B}
DEV_ARTS = [a["id"] for a in ARTICLES_A + ARTICLES_B[:3]]
HELD_ARTS = [a["id"] for a in ARTICLES_B[3:]]

# name, generation, paragraph style, description in README
DEV_LAYOUTS = [
    ("joomla15", 2008, "p"),
    ("drupal6", 2009, "p"),
    ("aspnet_leftmenu", 2006, "br"),
    ("phpfusion", 2007, "br"),
    ("phpbb_portal", 2008, "div"),
    ("vbcmps", 2006, "br"),
    ("wp_magazine", 2010, "p"),
    ("typo3_city", 2009, "p"),
    ("blogspot_paper", 2011, "br"),
    ("table_latest", 2003, "p"),
    ("yahoo_syndicated", 2012, "p"),
]
HELD_LAYOUTS = [
    ("mobile_m", 2011, "div"),
    ("printview", 2005, "p"),
    ("portal_twopage", 2008, "p"),
    ("rss_aggregator", 2013, "br"),
    ("frameset_article", 2001, "p"),
]


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def key(s: str) -> str:
    return re.sub(r"\s+", "", s)


def probe(s: str) -> str:
    return key(s[:40]) if len(s) > 40 else key(s)


class _Lazy:
    def __init__(self, fn) -> None:
        self.fn = fn

    def __format__(self, spec: str) -> str:
        return self.fn()


class Page:
    def __init__(self, rng: random.Random, ch: dict) -> None:
        self.rng = rng
        self.ch = ch
        self.clutter: list[str] = []
        self.kinds: list[str] = []

    def c(self, text: str, kind: str) -> str:
        self.clutter.append(text)
        self.kinds.append(kind)
        return esc(text)

    def heads(self, n: int, teaser: str, kind: str = "related") -> list[str]:
        out = []
        for h, d in self.rng.sample(self.ch["heads"], n):
            out.append(self.c(h, kind))
            if teaser == "full":
                out.append(self.c(d, kind))
            elif teaser == "cut":
                cut = d[: max(12, len(d) * 2 // 3)]
                mark = self.rng.choice(["...", "…", ""])
                out.append(self.c(cut.rstrip(), kind) + mark)
        return out


def render_body(art: dict, style: str, inserts: dict[int, str], pg: Page, hover: list) -> str:
    parts = []
    lines = art["lines"]
    in_list = False
    for i, ln in enumerate(lines):
        if ln.startswith("- "):
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{esc(ln[2:])}</li>")
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        text = esc(ln)
        if i == 1 and hover is not None:
            # hover card fused into the sentence after its first word
            w, _, rest = ln.partition(" ")
            card = pg.c(pg.ch["bio"], "hover")
            text = f'{esc(w)}<span class="hovercard" style="display:none">{card}</span> {esc(rest)}'
            hover.append(ln)
        if ln.startswith("## "):
            parts.append(f"<h3>{esc(ln[3:])}</h3>")
        elif style == "p":
            parts.append(f"<p>{text}</p>")
        elif style == "div":
            parts.append(f'<div class="txt">{text}</div>')
        else:
            parts.append(f"{text}<br /><br />")
        if i in inserts:
            parts.append(inserts[i])
    if in_list:
        parts.append("</ul>")
    return "\n".join(parts)


def body_lines(art: dict) -> list[str]:
    return [
        ln[3:] if ln.startswith("## ") else ln[2:] if ln.startswith("- ") else ln
        for ln in art["lines"]
    ]


def build(layout: tuple, art: dict, split: str) -> tuple[str, dict]:
    name, gen, style = layout
    rng = random.Random(f"long_blind11/{name}/{art['id']}")
    ch = chrome(art["lang"])
    pg = Page(rng, ch)
    n = len(art["lines"])
    paras = [i for i, ln in enumerate(art["lines"][:-1]) if not ln.startswith(("- ", "## "))]
    slots = sorted(rng.sample(paras[1:], 4))
    hover: list[str] = []
    ins = {
        slots[0]: f'<div class="readalso"><b>{pg.c(ch["read_also"], "read_also")}</b></div>',
        slots[
            1
        ]: f'<div class="promo">{pg.c(ch[rng.choice(["newsletter", "newsletter2"])], "promo")}'
        f"<br />{pg.c(ch['app'], 'promo')}</div>",
        slots[2]: f'<span class="ad">{pg.c(ch["ad"], "ad")}</span>',
        slots[
            3
        ]: f'<p class="inline-teaser">{"<br />".join(pg.heads(1, rng.choice(["full", "cut"]), "read_also"))}</p>',
    }
    body = render_body(art, style, ins, pg, hover if rng.random() < 0.5 else None)
    title = esc(art["title"])
    photo = _Lazy(
        lambda: (
            f'<div class="photo"><img src="/img/{art["id"]}.jpg" alt="" /><span class="credit">{pg.c(ch["photo"], "photo")}</span></div>'
        )
    )
    after_text = "\n".join(
        [
            f'<p class="share">{pg.c(ch["share"], "share")}</p>',
            f'<div class="tags">{pg.c(ch["tags"], "tags")} <a href="#">{esc(art["topic"])}</a></div>',
            f"<h4>{pg.c(ch['related'], 'related')}</h4>",
            "<br />".join(pg.heads(3, rng.choice(["full", "cut", "none"]))),
            f'<div style="display:none">{pg.c(ch["paywall"], "paywall")}</div>',
            f"<p>{pg.c(ch['follow'], 'promo')}</p>",
        ]
    )
    cookie = f'<div id="cookie">{pg.c(ch["cookie"], "cookie")}</div>'
    crumb = _Lazy(lambda: f'<div class="breadcrumb">{pg.c(ch["breadcrumb"], "breadcrumb")}</div>')
    comments = _Lazy(lambda: f'<a href="#comments">{pg.c(ch["comments"], "comments")}</a>')
    nxt = _Lazy(lambda: f'<a class="next" href="#">{pg.c(ch["next"], "next_article")}</a>')
    side = _Lazy(lambda: "\n".join(f"<li>{h}</li>" for h in pg.heads(2, "none", "most_read")))
    meta = f'<p class="meta">{esc(art["byline"])} &middot; {esc(art["date"])}</p>'
    if name == "joomla15":
        main = f'<div id="ja-container"><div class="breadcrumbs pathway">{crumb}</div><table class="contentpaneopen"><tr><td class="contentheading">{title}</td></tr><tr><td valign="top">{meta}{photo}{body}{after_text}</td></tr></table><div class="moduletable"><ul class="latestnews">{side}</ul></div></div>'
    elif name == "drupal6":
        main = f'<div id="page"><div class="breadcrumb">{crumb}</div><div class="node"><h2 class="title">{title}</h2><div class="submitted">{meta}</div><div class="content">{photo}{body}</div><div class="links">{after_text}{comments}</div></div><div class="block block-views"><ul>{side}</ul></div></div>'
    elif name == "aspnet_leftmenu":
        main = f'<form id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="dDwtMTA4" /><table><tr><td id="leftmenu" width="180"><ul>{side}</ul></td><td><span id="ctl00_lblTitle"><h1>{title}</h1></span>{meta}<span id="ctl00_lblBody">{photo}{body}</span>{after_text}{nxt}</td></tr></table></form>'
    elif name == "phpfusion":
        main = f'<table class="border"><tr><td class="capmain">{title}</td></tr><tr><td class="main-body">{meta}{photo}{body}</td></tr><tr><td class="news-footer">{after_text}{comments}</td></tr></table><div class="side-border-right"><ul>{side}</ul></div>'
    elif name == "phpbb_portal":
        main = f'<div class="forabg"><div class="inner"><h3>{title}</h3><div class="postbody">{meta}<div class="content">{photo}{body}</div></div><div class="postprofile">{after_text}</div></div></div><div class="portal-block"><ul>{side}</ul>{comments}</div>'
    elif name == "vbcmps":
        main = f'<table class="tborder"><tr><td class="tcat">{title}</td></tr><tr><td class="alt1">{meta}{photo}{body}</td></tr><tr><td class="alt2">{after_text}{comments}</td></tr></table><table class="tborder"><tr><td><ul>{side}</ul></td></tr></table>'
    elif name == "wp_magazine":
        main = f'<div id="content"><div class="post"><h2 class="entry-title">{title}</h2><div class="postmeta">{meta}</div><div class="entry">{photo}{body}<div class="yarpp-related">{after_text}</div></div><div class="navigation">{nxt}</div></div></div><div id="sidebar"><ul>{side}</ul></div>'
    elif name == "typo3_city":
        main = f'<div id="col2">{crumb}<div class="news-single-item"><h1>{title}</h1>{meta}<div class="news-single-img">{photo}</div>{body}<div class="news-single-related">{after_text}</div></div></div><div id="col3"><ul>{side}</ul></div>'
    elif name == "blogspot_paper":
        main = f'<div class="date-outer"><h2 class="date-header"><span>{esc(art["date"])}</span></h2><div class="post hentry"><h3 class="post-title">{title}</h3><div class="post-body entry-content">{photo}{body}<div style="clear: both;"></div></div><div class="post-footer">{esc(art["byline"])}{after_text}{comments}</div></div></div><div class="sidebar"><div class="widget PopularPosts"><ul>{side}</ul></div></div>'
    elif name == "table_latest":
        main = f'<table width="780"><tr><td width="580" valign="top"><font size="4"><b>{title}</b></font>{meta}{photo}{body}{after_text}</td><td width="200" bgcolor="#eeeeee"><b>{pg.c(ch["related"], "most_read")}</b><ul>{side}</ul></td></tr></table>'
    elif name == "yahoo_syndicated":
        main = f'<div id="mediaarticlehead"><h1 class="headline">{title}</h1>{meta}</div><div id="mediaarticlebody"><div class="yom-mod">{photo}<div class="bd">{body}</div></div>{after_text}</div><div id="mediaarticlerelated"><ul>{side}</ul>{nxt}</div>'
    elif name == "mobile_m":
        main = f'<div class="m-header">{crumb}</div><div class="m-article"><h1>{title}</h1>{meta}{photo}{body}</div><div class="m-more">{after_text}{nxt}</div>'
    elif name == "printview":
        main = f'<div class="printbar"><a href="javascript:window.print()">Print</a> | <a href="javascript:window.close()">Close</a></div><h1>{title}</h1>{meta}<div class="printbody">{body}</div><hr />{after_text}<p>URL: http://www.example.com/news/{art["id"]}.html</p>'
    elif name == "portal_twopage":
        half = (
            "<p>"
            + " | ".join(
                [
                    "1",
                    '<a href="?page=2">2</a>',
                    f'<a href="?page=2">{pg.c(ch["next"], "next_article")}</a>',
                ]
            )
            + "</p>"
        )
        main = f'<div id="portal-center">{crumb}<h1>{title}</h1>{meta}{photo}<div class="article-page">{body}{half}</div>{after_text}</div><div id="portal-right"><ul>{side}</ul></div>'
    elif name == "rss_aggregator":
        main = f'<div class="feed-item"><h2><a href="#">{title}</a></h2><div class="source-box"><b>Original source</b>: {esc(art["byline"])}</div><div class="item-content">{meta}{photo}{body}</div>{after_text}<div class="more-from-feed"><ul>{side}</ul></div></div>'
    else:  # frameset_article
        main = f'<body bgcolor="#ffffff"><a name="top"></a><font face="Arial"><h2>{title}</h2>{meta}{photo}{body}{after_text}</font><p><a href="#top">^</a></p></body>'
    page = f'<!DOCTYPE html>\n<html lang="{art["lang"]}"><head><meta charset="utf-8" /><title>{title}</title></head><body>{cookie}\n{main}\n</body></html>\n'
    del n
    label = {
        "layout": name,
        "generation": gen,
        "lang": art["lang"],
        "article": art["id"],
        "topic": art["topic"],
        "split": split,
        "title": art["title"],
        "body": body_lines(art),
        "subheads": [ln[3:] for ln in art["lines"] if ln.startswith("## ")],
        "hover_lines": hover,
        "clutter": pg.clutter,
        "clutter_kinds": pg.kinds,
        "neutral": [art["byline"], art["date"], art["topic"]],
    }
    return page, label


def check(page: str, label: dict) -> None:
    import lxml.html

    text = key(lxml.html.fromstring(page.encode()).text_content())
    bodyk = [key(b) for b in label["body"]] + [key(label["title"])]
    for c in label["clutter"]:
        p = probe(c)
        assert not any(p in b for b in bodyk), (label["layout"], c)
        assert key(c) in text, (label["layout"], c)
    for b in label["body"]:
        if b not in label["hover_lines"]:
            assert key(b) in text, (label["layout"], b)


def main() -> None:
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for f in out.glob("*"):
        f.unlink()
    idx = 0
    for split, layouts, arts in (
        ("dev", DEV_LAYOUTS, DEV_ARTS),
        ("heldback", HELD_LAYOUTS, HELD_ARTS),
    ):
        m = len(layouts)
        for r in range(3):
            for i, aid in enumerate(arts):
                lay = layouts[(i + (4 if m == 11 else 2) * r) % m]
                page, label = build(lay, ARTICLES[aid], split)
                check(page, label)
                stem = f"{idx:03d}_{lay[0]}_{aid}"
                (out / f"{stem}.html").write_text(page, encoding="utf-8")
                (out / f"{stem}.json").write_text(
                    json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                )
                idx += 1
    print(idx, "pages")


if __name__ == "__main__":
    main()
