"""Real-sized pages (50-300 KB) for the speed rows: a long article from the clutter corpus with
the metadata news pages carry (JSON-LD, Open Graph), inside a big navigation, inline scripts
and JSON state, a related list and a comment section."""

from __future__ import annotations

import html
import json
import random
import tomllib
from pathlib import Path

TEXTS = Path(__file__).resolve().parents[1] / "tests" / "data" / "clutter" / "texts.toml"


def big_pages(count: int = 24, seed: int = 7) -> list[bytes]:
    texts = tomllib.loads(TEXTS.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    articles, items = texts["article"], texts["clutter"]
    return [_page(articles[n % len(articles)], items, rng, n) for n in range(count)]


def _page(article: dict, items: list[dict], rng: random.Random, n: int) -> bytes:
    paras = article["paragraphs"] * rng.randint(2, 5)  # long articles: 12-45 paragraphs
    body = "".join(f"<p>{html.escape(p.lstrip('#-> '))}</p>" for p in paras)
    nav = "".join(
        f'<li><a href="/section/{i}/{w}">{w.title()} {i}</a></li>'
        for i in range(rng.randint(150, 600))
        for w in ("news",)
    )
    state = json.dumps(
        {"items": [{"id": i, "title": it["headline"]} for i, it in enumerate(items)] * 20}
    )
    script = "".join(
        f"<script>var chunk{i} = {state!r};</script>" for i in range(rng.randint(1, 4))
    )
    related = "".join(
        f'<li><a href="/s/{i}">{html.escape(it["headline"])}</a><p>{html.escape(it["teaser"])}</p></li>'
        for i, it in enumerate(rng.sample(items, 8))
    )
    comments = "".join(
        f'<div class="comment"><span class="author">reader{i}</span><p>{html.escape(paras[i % len(paras)][:180])}</p></div>'
        for i in range(rng.randint(10, 80))
    )
    meta = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article["title"],
            "datePublished": article["date"],
            "author": {"@type": "Person", "name": "Rachel Whitaker"},
        },
        ensure_ascii=False,
    )
    head = (
        f'<meta property="og:type" content="article"><meta property="og:title" '
        f'content="{html.escape(article["title"])}"><script type="application/ld+json">{meta}'
        "</script>"
    )
    return (
        f'<!DOCTYPE html><html lang="{article["lang"]}"><head><meta charset="utf-8"><title>'
        f"{html.escape(article['title'])}</title>{head}{script}</head><body><header><nav><ul>{nav}</ul>"
        f"</nav></header><main><article><h1>{html.escape(article['title'])}</h1>{body}</article>"
        f'<aside><ul>{related}</ul></aside><section id="comments">{comments}</section></main>'
        f"<footer><p>page {n}</p></footer></body></html>"
    ).encode()
