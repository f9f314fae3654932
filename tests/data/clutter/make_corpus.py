"""Render the clutter corpus: texts.toml articles in many page layouts, with expected results.

Run from the repository root: `python tests/data/clutter/make_corpus.py`. It rewrites
pages/*.html and pages/*.json deterministically (seeded). Each JSON lists the article's body
paragraphs (must survive), the clutter lines the layout added (must not), and the authors.
"""

from __future__ import annotations

import html
import json
import random
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "pages"

NAMES = {
    "en": [
        "Saif Nasser",
        "Rachel Whitaker",
        "Tom O'Brien",
        "Priya Raman",
        "Daniel Kowalski",
        "Amara Okoye",
        "Lucas Bennett",
        "Mei Lin Zhou",
    ],
    "de": ["Hans Müller", "Katrin Schäfer", "Jonas Becker", "Aylin Demir"],
    "fr": ["Marie Dupont", "Jean-Luc Martin", "Sophie Lefèvre"],
    "es": ["María José García", "Carlos Ruiz", "Lucía Fernández"],
}
AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}
READ_ALSO = {
    "en": ["Read also:", "RELATED:", "See more:", "Also read:"],
    "de": ["Lesen Sie auch:"],
    "fr": ["À lire aussi :"],
    "es": ["Lea también:"],
}
SECTION = {
    "en": [
        "Most read",
        "Related stories",
        "More from this section",
        "Trending now",
        "You may also like",
        "Latest news",
        "More headlines",
    ],
    "de": ["Meistgelesen", "Das könnte Sie auch interessieren", "Mehr zum Thema"],
    "fr": ["Les plus lus", "Sur le même sujet"],
    "es": ["Lo más leído", "Noticias relacionadas"],
}
NEWSLETTER = {
    "en": [
        "Sign up for our daily newsletter to get the top stories delivered to your inbox.",
        "Never miss a story: subscribe to the Morning Brief newsletter.",
        "Get our free newsletter with the week's best journalism every Friday.",
    ],
    "de": [
        "Abonnieren Sie unseren kostenlosen Newsletter mit den wichtigsten Nachrichten des Tages."
    ],
    "fr": [
        "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin."
    ],
    "es": ["Suscríbete a nuestro boletín para recibir las noticias más importantes del día."],
}
SHARE = {
    "en": ["Share this article", "Share on Facebook", "Follow us on Twitter"],
    "de": ["Teilen", "Folgen Sie uns auf Facebook"],
    "fr": ["Partager cet article"],
    "es": ["Compartir en Twitter"],
}
ADS = {
    "en": ["Advertisement", "Story continues below advertisement"],
    "de": ["Anzeige"],
    "fr": ["Publicité"],
    "es": ["Publicidad"],
}
CREDIT = {
    "en": ["Photo: Alex Brandon / AP", "(Photo by Chris Lee/Getty Images)", "Image credit: AFP"],
    "de": ["Foto: dpa", "Bild: Imago / Stefan Zeitz"],
    "fr": ["Crédit photo : AFP"],
    "es": ["Foto: EFE"],
}
TIMES = ["2 hours ago", "35 minutes ago", "5 hours ago", "1 day ago", "3 hours ago", "12 min ago"]


@dataclass
class Page:
    """What a layout produced: the HTML and the clutter lines it put in."""

    html: str = ""
    clutter: list[str] = field(default_factory=list)


@dataclass
class Ctx:
    """Everything a layout needs for one page."""

    article: dict
    items: list[dict]
    rng: random.Random
    site: str
    authors: list[str]
    byline: str
    cut: str  # teaser truncation style

    @property
    def lang(self) -> str:
        return self.article["lang"]

    def teaser(self, item: dict) -> str:
        return truncate(item["teaser"], self.cut)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def truncate(text: str, style: str) -> str:
    if style == "cut100":  # fixed-length cut mid-word, like the seed page
        return text[:100]
    if style == "ellipsis":
        return text[: text.rfind(" ", 0, 110)].rstrip(",;") + "…"
    if style == "dots":
        return text[: text.rfind(" ", 0, 90)] + " ..."
    return text  # full


def body_html(ctx: Ctx, p_tag: str = "p") -> list[str]:
    """The article paragraphs as HTML blocks (sub-headings, bullets and quotes kept as such)."""
    out: list[str] = []
    bullets: list[str] = []
    for para in ctx.article["paragraphs"]:
        if para.startswith("- "):
            bullets.append(f"<li>{esc(para[2:])}</li>")
            continue
        if bullets:
            out.append("<ul>" + "".join(bullets) + "</ul>")
            bullets = []
        if para.startswith("## "):
            out.append(f"<h2>{esc(para[3:])}</h2>")
        elif para.startswith("> "):
            out.append(f"<blockquote><p>{esc(para[2:])}</p></blockquote>")
        else:
            out.append(f"<{p_tag}>{esc(para)}</{p_tag}>")
    if bullets:
        out.append("<ul>" + "".join(bullets) + "</ul>")
    return out


def head(ctx: Ctx, extra: str = "", lang_attr: bool = True) -> str:
    title = esc(ctx.article["title"])
    lang = f' lang="{ctx.lang}"' if lang_attr else ""
    return (
        f'<!DOCTYPE html><html{lang}><head><meta charset="utf-8"><title>{title} | {ctx.site}'
        f"</title>{extra}</head>"
    )


def jsonld(ctx: Ctx) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": ctx.article["title"],
        "datePublished": ctx.article["date"],
        "author": [{"@type": "Person", "name": a} for a in ctx.authors],
        "publisher": {"@type": "Organization", "name": ctx.site},
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def nav(ctx: Ctx) -> str:
    links = "".join(
        f'<li><a href="/{s.lower()}">{s}</a></li>'
        for s in ("World", "Politics", "Business", "Sport", "Culture", "Opinion")
    )
    return f'<header class="site-header"><a class="logo" href="/">{ctx.site}</a><nav><ul>{links}</ul></nav></header>'


def footer(ctx: Ctx) -> str:
    return (
        f'<footer class="site-footer"><p>© 2025 {ctx.site}. All rights reserved.</p>'
        '<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>'
    )


def split_body(blocks: list[str], parts: int) -> list[list[str]]:
    size = max(1, len(blocks) // parts)
    return [
        blocks[i * size : (i + 1) * size] if i < parts - 1 else blocks[i * size :]
        for i in range(parts)
    ]


# ---------------------------------------------------------------- layouts


def seed_plain_p(ctx: Ctx) -> Page:
    """The seed: every line a <p> in the article container, trailing headline/teaser pairs."""
    page = Page(clutter=[ctx.byline])
    rows = [f"<p>{esc(ctx.byline)}</p>", *body_html(ctx)]
    for item in ctx.items:
        teaser = ctx.teaser(item)
        rows += [f"<p>{esc(item['headline'])}</p>", f"<p>{esc(teaser)}</p>"]
        page.clutter += [item["headline"], teaser]
    page.html = (
        head(ctx) + f'<body>{nav(ctx)}<div id="content" class="article-content">'
        f"<h1>{esc(ctx.article['title'])}</h1>"
        + "".join(rows)
        + f"</div>{footer(ctx)}</body></html>"
    )
    return page


def seed_h3_teasers(ctx: Ctx) -> Page:
    """Trailing <h3> headline + <p> teaser items inside the article container."""
    page = Page(clutter=[ctx.byline])
    rows = [f'<p class="author">{esc(ctx.byline)}</p>', *body_html(ctx)]
    for item in ctx.items:
        teaser = ctx.teaser(item)
        rows += [f"<h3>{esc(item['headline'])}</h3>", f"<p>{esc(teaser)}</p>"]
        page.clutter += [item["headline"], teaser]
    page.html = (
        head(ctx) + f'<body><div class="wrapper"><div class="post">'
        f"<h1>{esc(ctx.article['title'])}</h1>" + "".join(rows) + "</div></div></body></html>"
    )
    return page


def article_aside(ctx: Ctx) -> Page:
    """Semantic news page: article element, related list in an aside after it."""
    section = ctx.rng.choice(SECTION[ctx.lang])
    page = Page(clutter=[ctx.byline, section])
    lis = []
    for item in ctx.items:
        teaser = ctx.teaser(item)
        lis.append(
            f'<li><a href="/story/{ctx.rng.randint(1000, 9999)}"><h3>{esc(item["headline"])}</h3></a>'
            f"<p>{esc(teaser)}</p></li>"
        )
        page.clutter += [item["headline"], teaser]
    page.html = (
        head(ctx, jsonld(ctx)) + f"<body>{nav(ctx)}<main><article><header>"
        f'<h1>{esc(ctx.article["title"])}</h1><p class="byline">{esc(ctx.byline)}</p>'
        f'<time datetime="{ctx.article["date"]}">{ctx.article["date"][:10]}</time></header>'
        '<div class="article-body">' + "".join(body_html(ctx)) + "</div></article>"
        f'<aside class="related"><h2>{section}</h2><ul>{"".join(lis)}</ul></aside></main>'
        f"{footer(ctx)}</body></html>"
    )
    return page


def card_grid_after(ctx: Ctx) -> Page:
    """Cards (image link, title link, dek, card byline) in a section after the article."""
    section = ctx.rng.choice(SECTION[ctx.lang])
    page = Page(clutter=[section])
    cards = []
    for item in ctx.items:
        teaser = ctx.teaser(item)
        who = ctx.rng.choice(NAMES[ctx.lang])
        href = f"/news/{ctx.rng.randint(10000, 99999)}"
        cards.append(
            f'<div class="card"><a href="{href}"><img src="/i.jpg" alt=""></a>'
            f'<a class="card-title" href="{href}">{esc(item["headline"])}</a>'
            f'<p class="dek">{esc(teaser)}</p><span class="card-by">{esc(who)}</span></div>'
        )
        page.clutter += [item["headline"], teaser]
    meta = f'<meta name="author" content="{esc(", ".join(ctx.authors))}">'
    page.html = (
        head(ctx, meta) + f'<body>{nav(ctx)}<div class="main"><div class="story">'
        f'<h1>{esc(ctx.article["title"])}</h1><div class="meta">{esc(ctx.byline)}</div>'
        + "".join(body_html(ctx))
        + '</div><section class="more-stories">'
        f'<h2>{section}</h2><div class="grid">{"".join(cards)}</div></section></div>'
        f"{footer(ctx)}</body></html>"
    )
    page.clutter.append(ctx.byline)
    return page


def wordpress(ctx: Ctx) -> Page:
    """WordPress-like: entry-content with an inline read-also line, related posts, widgets."""
    cue = ctx.rng.choice(READ_ALSO[ctx.lang])
    inline = ctx.items[0]
    blocks = body_html(ctx)
    line = f"{cue} {inline['headline']}"
    blocks.insert(
        2, f'<p><strong>{esc(cue)}</strong> <a href="/2025/01/x/">{esc(inline["headline"])}</a></p>'
    )
    page = Page(clutter=[line, ctx.byline])
    related = []
    for item in ctx.items[1:4]:
        related.append(
            f'<div class="jp-relatedposts-post"><h4><a href="/p/{ctx.rng.randint(1, 999)}">'
            f'{esc(item["headline"])}</a></h4><p class="jp-relatedposts-post-date">'
            f'March {ctx.rng.randint(1, 28)}, 2025</p><p class="jp-relatedposts-post-context">'
            'In "News"</p></div>'
        )
        page.clutter.append(item["headline"])
    recent = "".join(
        f'<li><a href="/r/{i}">{esc(it["headline"])}</a></li>' for i, it in enumerate(ctx.items[4:])
    )
    page.clutter += [it["headline"] for it in ctx.items[4:]]
    page.html = (
        head(ctx) + '<body class="post-template-default single"><div id="page" class="site">'
        f'{nav(ctx)}<div id="primary"><main id="main"><article class="post type-post">'
        f'<header class="entry-header"><h1 class="entry-title">{esc(ctx.article["title"])}</h1>'
        f'<div class="entry-meta"><span class="byline">{esc(ctx.byline)}</span></div></header>'
        '<div class="entry-content">' + "".join(blocks) + "</div>"
        '<footer class="entry-footer">Posted in News</footer></article>'
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
        f"<em>Related</em></h3>{''.join(related)}</div></main></div>"
        '<div id="secondary" class="widget-area"><section class="widget widget_recent_entries">'
        f'<h2 class="widget-title">Recent Posts</h2><ul>{recent}</ul></section></div></div>'
        f"{footer(ctx)}</body></html>"
    )
    return page


def trending_numbered(ctx: Ctx) -> Page:
    """Numbered trending widget with relative times, inside the article body container."""
    section = ctx.rng.choice(SECTION[ctx.lang])
    page = Page(clutter=[ctx.byline, section])
    lis = []
    for rank, item in enumerate(ctx.items, 1):
        ago = ctx.rng.choice(TIMES)
        lis.append(
            f'<li><span class="rank">{rank}</span><a href="/t/{rank}">{esc(item["headline"])}</a>'
            f'<span class="ago">{ago}</span></li>'
        )
        page.clutter.append(item["headline"])
    page.html = (
        head(ctx, jsonld(ctx)) + f'<body>{nav(ctx)}<div class="article">'
        f'<h1>{esc(ctx.article["title"])}</h1><div class="article-body">'
        f'<p class="byline">{esc(ctx.byline)}</p>'
        + "".join(body_html(ctx))
        + f'<div class="trending"><h3>{section}</h3><ol>{"".join(lis)}</ol></div>'
        f"</div></div>{footer(ctx)}</body></html>"
    )
    return page


def amp_like(ctx: Ctx) -> Page:
    """AMP page: amp elements, social share bar, related carousel of cards."""
    share = SHARE[ctx.lang][0]
    page = Page(clutter=[share, ctx.byline])
    cards = []
    for item in ctx.items:
        teaser = ctx.teaser(item)
        cards.append(
            f'<li class="amp-related-post"><a href="/amp/{ctx.rng.randint(1, 999)}">'
            '<amp-img src="/t.jpg" width="100" height="60"></amp-img></a><div>'
            f'<a href="/amp/x">{esc(item["headline"])}</a><p>{esc(teaser)}</p></div></li>'
        )
        page.clutter += [item["headline"], teaser]
    page.html = (
        f'<!doctype html><html amp lang="{ctx.lang}"><head><meta charset="utf-8">'
        f"<title>{esc(ctx.article['title'])}</title>"
        f'<link rel="canonical" href="https://{ctx.site.lower()}.example/story">{jsonld(ctx)}</head>'
        '<body><header class="amp-wp-header"><a href="/">Home</a></header>'
        f'<article class="amp-wp-article"><h1 class="amp-wp-title">{esc(ctx.article["title"])}</h1>'
        f'<div class="amp-wp-meta amp-wp-byline"><span>{esc(ctx.byline)}</span></div>'
        '<div class="amp-wp-article-content">'
        + "".join(body_html(ctx))
        + f'<p>{esc(share)}</p><amp-social-share type="twitter"></amp-social-share></div>'
        f'<div class="amp-related-posts"><ul>{"".join(cards)}</ul></div></article>'
        "</body></html>"
    )
    return page


def div_soup(ctx: Ctx) -> Page:
    """No paragraphs at all: text in divs, a link list with clock times in the same column."""
    page = Page(clutter=[ctx.byline])
    texts = [
        f'<div class="txt">{b[3:-4]}</div>' if b.startswith("<p>") else b for b in body_html(ctx)
    ]
    rows = []
    for item in ctx.items:
        clock = f"{ctx.rng.randint(7, 22)}:{ctx.rng.randint(10, 59)}"
        rows.append(
            f'<div class="it"><span class="dt">{clock}</span> '
            f'<a href="/a/{ctx.rng.randint(1, 99)}">{esc(item["headline"])}</a></div>'
        )
        page.clutter.append(item["headline"])
    page.html = (
        head(ctx) + '<body><div class="c1"><div class="c2 top">'
        f'<div class="hl">{esc(ctx.article["title"])}</div><div class="au">{esc(ctx.byline)}</div>'
        + "".join(texts)
        + f'<div class="lst">{"".join(rows)}</div></div></div></body></html>'
    )
    return page


def inline_cues(ctx: Ctx) -> Page:
    """Several 'Read also:' lines between paragraphs, each a link to another story."""
    blocks = body_html(ctx)
    page = Page(clutter=[ctx.byline])
    cues = READ_ALSO[ctx.lang]
    for n, item in enumerate(ctx.items[:3]):
        cue = cues[n % len(cues)]
        pos = min(len(blocks) - 1, 2 + n * 2)
        blocks.insert(pos, f'<p>{esc(cue)} <a href="/s/{n}">{esc(item["headline"])}</a></p>')
        page.clutter.append(f"{cue} {item['headline']}")
    page.html = (
        head(ctx, jsonld(ctx)) + f"<body>{nav(ctx)}<article><h1>{esc(ctx.article['title'])}</h1>"
        f"<p>{esc(ctx.byline)}</p>" + "".join(blocks) + f"</article>{footer(ctx)}</body></html>"
    )
    return page


def boilerplate_mix(ctx: Ctx) -> Page:
    """Newsletter box, share line, advertisement markers and a copyright line inside the text."""
    blocks = body_html(ctx)
    lang = ctx.lang
    nl, share, ad = NEWSLETTER[lang][0], SHARE[lang][-1], ADS[lang][-1]
    blocks.insert(
        3, f'<div class="newsletter-box"><p>{esc(nl)}</p><form><input type="email"></form></div>'
    )
    blocks.insert(2, f'<p class="ad-label">{esc(ad)}</p>')
    blocks.append(f"<p>{esc(share)}</p>")
    blocks.append(f"<p>© 2025 {ctx.site}. All rights reserved.</p>")
    page = Page(clutter=[nl, share, ad, f"© 2025 {ctx.site}. All rights reserved.", ctx.byline])
    page.html = (
        head(ctx) + f'<body>{nav(ctx)}<div id="story"><h1>{esc(ctx.article["title"])}</h1>'
        f'<p class="by">{esc(ctx.byline)}</p>' + "".join(blocks) + "</div></body></html>"
    )
    return page


def photo_credits(ctx: Ctx) -> Page:
    """Image credits left as their own paragraphs between body paragraphs."""
    blocks = body_html(ctx)
    credits = CREDIT[ctx.lang]
    page = Page(clutter=[ctx.byline, *credits])
    for n, credit in enumerate(credits):
        blocks.insert(
            1 + n * 2,
            f'<div class="img"><img src="/p{n}.jpg" alt=""><p class="credit">{esc(credit)}</p></div>',
        )
    meta = f'<meta property="article:published_time" content="{ctx.article["date"]}">'
    page.html = (
        head(ctx, meta) + f'<body><div class="page"><div class="text">'
        f"<h1>{esc(ctx.article['title'])}</h1><p>{esc(ctx.byline)}</p>"
        + "".join(blocks)
        + "</div></div></body></html>"
    )
    return page


def table_layout(ctx: Ctx) -> Page:
    """Old table layout: content cell and a sidebar cell with headline links."""
    page = Page(clutter=[ctx.byline])
    side = []
    for item in ctx.items:
        side.append(
            f'<tr><td><a href="/x/{ctx.rng.randint(1, 99)}"><b>{esc(item["headline"])}</b></a>'
            f'<br><font size="1">{esc(ctx.teaser(item))}</font></td></tr>'
        )
        page.clutter += [item["headline"], ctx.teaser(item)]
    page.html = (
        head(ctx) + '<body><table width="100%"><tr><td valign="top" width="70%">'
        f'<font size="5"><b>{esc(ctx.article["title"])}</b></font><br><i>{esc(ctx.byline)}</i>'
        + "".join(body_html(ctx))
        + '</td><td valign="top"><table>'
        + "".join(side)
        + "</table></td></tr></table></body></html>"
    )
    return page


def related_full_teasers(ctx: Ctx) -> Page:
    """On-topic related stories with full-sentence teasers, announced by a section header."""
    section = ctx.rng.choice(SECTION[ctx.lang])
    page = Page(clutter=[ctx.byline, section])
    rows = []
    for item in ctx.items:
        rows.append(
            f'<h4><a href="/r/{ctx.rng.randint(1, 999)}">{esc(item["headline"])}</a></h4>'
            f"<p>{esc(item['teaser'])}</p>"
        )
        page.clutter += [item["headline"], item["teaser"]]
    page.html = (
        head(ctx) + f'<body>{nav(ctx)}<div class="content"><h1>{esc(ctx.article["title"])}</h1>'
        f"<p>{esc(ctx.byline)}</p>"
        + "".join(body_html(ctx))
        + f'<div class="related-stories"><h3>{section}</h3>{"".join(rows)}</div></div>'
        f"{footer(ctx)}</body></html>"
    )
    return page


def plain_headlines(ctx: Ctx) -> Page:
    """Headline-only lines (no links, no teasers) after a section header, all plain <p>."""
    section = ctx.rng.choice(SECTION[ctx.lang])
    page = Page(clutter=[ctx.byline, section])
    rows = [f"<p>{esc(section)}</p>"]
    for item in ctx.items:
        rows.append(f"<p>{esc(item['headline'])}</p>")
        page.clutter.append(item["headline"])
    page.html = (
        head(ctx) + '<body><div class="entry">'
        f"<h1>{esc(ctx.article['title'])}</h1><p>{esc(ctx.byline)}</p>"
        + "".join(body_html(ctx))
        + "".join(rows)
        + "</div></body></html>"
    )
    return page


def inline_box(ctx: Ctx) -> Page:
    """A related-links box in the middle of the article, between two body paragraphs."""
    blocks = body_html(ctx)
    section = ctx.rng.choice(SECTION[ctx.lang])
    page = Page(clutter=[ctx.byline, section])
    lis = "".join(
        f'<li><a href="/b/{n}">{esc(it["headline"])}</a></li>' for n, it in enumerate(ctx.items[:4])
    )
    page.clutter += [it["headline"] for it in ctx.items[:4]]
    blocks.insert(
        len(blocks) // 2,
        f'<div class="inline-related"><strong>{esc(section)}</strong><ul>{lis}</ul></div>',
    )
    page.html = (
        head(ctx, jsonld(ctx)) + f'<body>{nav(ctx)}<section class="article">'
        f'<h1>{esc(ctx.article["title"])}</h1><div class="byline">{esc(ctx.byline)}</div>'
        + "".join(blocks)
        + f"</section>{footer(ctx)}</body></html>"
    )
    return page


def latest_times(ctx: Ctx) -> Page:
    """'Latest news' ticker after the body, in the same container: clock time, headline, teaser."""
    page = Page(clutter=[ctx.byline, "Latest news" if ctx.lang == "en" else SECTION[ctx.lang][0]])
    rows = [f"<h2>{esc(page.clutter[1])}</h2>"]
    for item in ctx.items:
        clock = f"{ctx.rng.randint(7, 22)}:{ctx.rng.randint(10, 59)}"
        teaser = ctx.teaser(item)
        rows.append(
            f'<div class="tick"><time>{clock}</time><a href="/l">{esc(item["headline"])}</a>'
            f"<p>{esc(teaser)}</p></div>"
        )
        page.clutter += [item["headline"], teaser]
    page.html = (
        head(ctx) + f'<body><div class="col-main"><h1>{esc(ctx.article["title"])}</h1>'
        f'<p class="author">{esc(ctx.byline)}</p>'
        + "".join(body_html(ctx))
        + "".join(rows)
        + "</div></body></html>"
    )
    return page


LAYOUTS: dict[str, Callable[[Ctx], Page]] = {
    f.__name__: f
    for f in (
        seed_plain_p,
        seed_h3_teasers,
        article_aside,
        card_grid_after,
        wordpress,
        trending_numbered,
        amp_like,
        div_soup,
        inline_cues,
        boilerplate_mix,
        photo_credits,
        table_layout,
        related_full_teasers,
        plain_headlines,
        inline_box,
        latest_times,
    )
}


def make_byline(lang: str, authors: list[str], rng: random.Random) -> str:
    one, two = authors[0], f"{authors[0]} {AND[lang]} {authors[-1]}"
    forms = {
        "en": [
            f"By {one}",
            f"By {two}",
            f"Post by : {one}",
            f"Written by {one}",
            f"BY {one.upper()} | Reuters",
            f"By {one}, Staff Writer",
            f"Posted by {one} on March 3, 2025",
        ],
        "de": [f"Von {one}", f"Von {two}", f"Autor: {one}"],
        "fr": [f"Par {one}", f"Par {two}"],
        "es": [f"Por {one}", f"Por {two}"],
    }[lang]
    return rng.choice(forms)


def authors_of(byline: str, authors: list[str]) -> list[str]:
    return authors if f" {authors[-1]}" in byline and len(authors) > 1 else authors[:1]


def choose_items(texts: dict, article: dict, mix: str, rng: random.Random) -> list[dict]:
    pool = [c for c in texts["clutter"] if c["lang"] == article["lang"]] or texts["clutter"]
    if mix == "on":
        pool = [c for c in pool if c["topic"] == article["topic"]] or pool
    elif mix == "off":
        pool = [c for c in pool if c["topic"] != article["topic"]] or pool
    if len(pool) < 5:  # small languages: borrow English items
        pool += [c for c in texts["clutter"] if c["lang"] == "en"]
    return rng.sample(pool, min(6, len(pool)))


def main() -> None:
    texts = tomllib.loads((HERE / "texts.toml").read_text(encoding="utf-8"))
    articles = texts["article"]
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*"):
        old.unlink()
    rng = random.Random(20250301)
    cuts = ["cut100", "ellipsis", "dots", "full"]
    mixes = ["off", "on", "mixed"]
    n = 0
    for round_ in range(3):
        for name, layout in LAYOUTS.items():
            if round_ == 2 and n >= 40:
                break
            article = articles[(n * 5 + round_) % len(articles)]
            names = rng.sample(NAMES[article["lang"]], 2)
            byline = make_byline(article["lang"], names, rng)
            ctx = Ctx(
                article,
                choose_items(texts, article, mixes[n % 3], rng),
                rng,
                rng.choice(["Daily Ledger", "Morning Post", "Tribune", "Gazette"]),
                authors_of(byline, names),
                byline,
                cuts[n % 4],
            )
            if name.startswith("seed"):
                ctx.cut = "cut100"
            page = layout(ctx)
            stem = f"{n:03d}_{name}_{article['id']}"
            (OUT / f"{stem}.html").write_text(page.html, encoding="utf-8")
            expected = {
                "layout": name,
                "article": article["id"],
                "lang": article["lang"],
                "title": article["title"],
                "authors": ctx.authors,
                "body": [p.lstrip("#-> ").strip() for p in article["paragraphs"]],
                "clutter": list(dict.fromkeys(page.clutter)),
            }
            (OUT / f"{stem}.json").write_text(
                json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            n += 1
    print(f"wrote {n} pages to {OUT}")


if __name__ == "__main__":
    main()
