"""Page templates, heldback 2024-2025: Astro islands with web components, SvelteKit."""

from __future__ import annotations

import json

import blocks as b
from pagekit import Page, esc


def astro2024(p: Page) -> str:
    a, ch = p.art, p.ch
    s = p.spots(2)
    ins = {
        s[
            0
        ]: '<astro-island uid="Z1xk2" component-url="/_astro/RelatedRail.4f2.js" client="visible"><related-rail>'
        + b.hl(p, 3, '<p class="rail-item">- <a href="/">{h}</a></p>', "bare", kind="related")
        + "</related-rail></astro-island>",
        s[
            1
        ]: f'<astro-island uid="Q8cm" component-url="/_astro/Gallery.js" client="idle"><photo-gallery><span slot="count">1/6</span><span slot="title">{p.c(b.heads(p, 1)[0][1], "slideshow")}</span></photo-gallery></astro-island>',
    }
    body = p.body(
        inserts=ins,
        p='<p class="prose-p">{}</p>',
        h='<h2 class="prose-h2" id="s">{}</h2>',
        hover=b.hover(p, "author-chip"),
    )
    props = json.dumps({"title": [0, a.title], "lang": [0, a.lang]}, ensure_ascii=False)
    return f"""<!DOCTYPE html><html lang="{a.lang}" dir="{"rtl" if a.lang in ("ar", "he") else "ltr"}"><head><meta charset="utf-8"><title>{esc(a.title)}</title>
<meta name="generator" content="Astro v4.11.0"><script type="module" src="/_astro/hoisted.Bf3a.js"></script></head>
<body class="astro-J7PV25F6"><site-header class="astro-3EF6KSR2"><nav aria-label="breadcrumb">{b.crumbs(p, " / ")}</nav></site-header>
<consent-dialog>{b.cookie(p, "consent")}</consent-dialog>
<main class="astro-J7PV25F6"><article class="article astro-VRNWZBLE">
<header><p class="kicker">{p.t("sec")}</p><h1>{esc(a.title)}</h1><p class="meta"><span>{p.n(a.byline)}</span> <time>{p.n(a.date)}</time></p></header>
<astro-island uid="1mHw" component-url="/_astro/AudioPlayer.js" props='{esc(props)}' client="load"><audio-player><button>{p.c(str(ch["ls"]), "audio")}</button></audio-player></astro-island>
<figure><picture><source type="image/avif" srcset="/_image/lead.avif"><img src="/_image/lead.jpg" alt=""></picture><figcaption>{p.n(a.caption)} <small>{p.c(str(ch["cr"]), "photo")}</small></figcaption></figure>
<div class="prose">
{body}
</div>
<share-bar><span slot="label">{p.c(str(ch["sh"]), "share")}</span></share-bar>
<ul class="tags">{"".join(f'<li><a href="/tag/">{p.c(str(t), "tags")}</a></li>' for t in ch["tags"])}</ul>
<section class="poll-island">{b.poll(p, "poll")}</section>
</article>
<astro-island uid="Kc2" component-url="/_astro/NextArticle.js" client="visible">{b.next_article(p, "next-story")}</astro-island></main>
<footer><p>{p.c(str(ch["aff"]), "affiliate")}</p></footer></body></html>"""


def sveltekit2025(p: Page) -> str:
    a, ch = p.art, p.ch
    s = p.spots(1)
    ins = {s[0]: f'<div class="svelte-1k2j3h4 cta-box"><p>{p.c(str(ch["app"]), "promo")}</p></div>'}
    body = p.body(
        inserts=ins,
        p='<p class="svelte-9x8y7z">{}</p>',
        h='<h2 class="svelte-9x8y7z">{}</h2>',
        ul='<ul class="svelte-9x8y7z">{}</ul>',
    )
    seed = b.hl(
        p,
        5,
        '<p class="svelte-9x8y7z">{h}</p>\n<p class="svelte-9x8y7z">{d}</p>',
        "cut",
        kind="related",
        mark="",
    )
    data = json.dumps(
        {"type": "data", "nodes": [{"article": {"headline": a.title, "author": a.byline}}]},
        ensure_ascii=False,
    )
    return f"""<!doctype html><html lang="{a.lang}"><head><meta charset="utf-8"><title>{esc(a.title)}</title>
<link rel="modulepreload" href="/_app/immutable/entry/start.B1x.js"></head>
<body data-sveltekit-preload-data="hover"><div style="display: contents">
<div class="svelte-1rt2a banner" aria-hidden="true"><span>{p.c(str(ch["nl"]), "hidden")}</span></div>
<header class="svelte-1rt2a"><a href="/">{p.t("home")}</a></header>
<main class="svelte-1rt2a"><article class="svelte-9x8y7z">
<h1 class="svelte-9x8y7z">{esc(a.title)}</h1><div class="byline svelte-9x8y7z">{p.n(a.byline)} <time>{p.n(a.date)}</time></div>
<figure class="svelte-9x8y7z"><img src="/media/lead.webp" alt=""><figcaption>{p.n(a.caption)} {p.c(str(ch["cr"]), "photo")}</figcaption></figure>
<div class="content svelte-9x8y7z">
{body}
{b.video(p, "mux")}
{seed}
</div>
<div class="svelte-3mnb share"><button>{p.c(str(ch["sh"]), "share")}</button> <span>{p.c(str(ch["cm"]), "share")}</span></div>
<section class="svelte-3mnb bio"><p>{p.c(str(ch["bio"]), "bio")}</p></section>
</article></main>
<footer class="svelte-1rt2a">{b.cookie(p, "svelte-1rt2a consent")}<p>{p.c(str(ch["err"]), "errata")}</p></footer>
<script>__sveltekit_1x2y = {{ base: "" }}; const data = {data};</script>
</div></body></html>"""
