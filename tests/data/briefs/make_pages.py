"""Render the briefs corpus: short briefs followed by headline items, long-page clutter shapes, and
control pages, in many languages, into pages/ (tuned on) and heldback/ (other seed, other
templates and phrasings; never tuned on). Each page has a JSON of what must survive (`body`) and
what must not (`clutter`). Run from the repository root: python tests/data/briefs/make_pages.py
"""

from __future__ import annotations

import html
import json
import random
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import moreshapes
import seedstyle

HERE = Path(__file__).parent


def esc(text: str) -> str:
    return html.escape(text, quote=False)


# Phrasings per variant: 0 = tuned pages, 1 = held-back pages.
READ_ALSO = {
    "en": ("Read also:", "READ MORE:"),
    "de": ("Lesen Sie auch:", "Mehr zum Thema:"),
    "fr": ("À lire aussi :", "Lire aussi :"),
    "es": ("Lea también:", "Te puede interesar:"),
    "it": ("Leggi anche:", "Potrebbe interessarti:"),
    "pt": ("Leia também:", "Veja também:"),
    "nl": ("Lees ook:", "Lees ook |"),
    "pl": ("Czytaj też:", "Zobacz także:"),
    "sv": ("Läs också:", "Läs mer:"),
    "no": ("Les også:", "Les mer:"),
}
PROMO = {
    "en": (
        "For more stories like this, follow us on Google News.",
        "Get the latest headlines delivered to your inbox every morning. Sign up here.",
    ),
    "de": (
        "Folgst du schon unserem Kanal auf WhatsApp?",
        "Hier können Sie unseren Newsletter bestellen.",
    ),
    "fr": (
        "La suite est réservée aux abonnés.",
        "Recevez chaque matin l'essentiel de l'actualité : inscrivez-vous à notre newsletter.",
    ),
    "es": (
        "Este contenido es exclusivo para suscriptores.",
        "Síguenos en WhatsApp para recibir las noticias más importantes.",
    ),
    "it": (
        "Questo articolo è riservato agli abbonati.",
        "Iscriviti alla newsletter per ricevere le notizie del giorno.",
    ),
    "pt": (
        "Este artigo é exclusivo para assinantes.",
        "Siga-nos no WhatsApp e receba as principais notícias.",
    ),
    "nl": (
        "Dit artikel is alleen voor abonnees.",
        "Meld je aan voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.",
    ),
    "pl": (
        "Artykuł dostępny tylko dla subskrybentów.",
        "Zapisz się na nasz newsletter i otrzymuj najważniejsze wiadomości.",
    ),
    "sv": (
        "Den här artikeln är bara för prenumeranter.",
        "Prenumerera på vårt nyhetsbrev och få dagens viktigaste nyheter.",
    ),
    "no": (
        "Denne artikkelen er kun for abonnenter.",
        "Meld deg på vårt nyhetsbrev og få dagens viktigste nyheter.",
    ),
}
CREDIT = {
    "en": ("Photo: Reuters/Evelyn Hockstein", "(Credit: Getty Images)"),
    "de": ("Foto [M]: Shutterstock", "Bild: picture alliance/dpa | Sven Hoppe"),
    "fr": ("Photo : Ludovic Marin / AFP", "© Stéphane Mahé / Reuters"),
    "es": ("Foto: EFE/Juan Carlos Hidalgo", "Imagen: Europa Press"),
    "it": ("Foto: ANSA/Ciro Fusco", "Foto ANSA"),
    "pt": ("Foto: Lusa/Tiago Petinga", "Fotografia: Global Imagens"),
    "nl": ("Foto: ANP/Robin Utrecht", "Beeld: ANP"),
    "pl": ("Fot. PAP/Leszek Szymański", "Zdjęcie: PAP"),
    "sv": ("Foto: TT/Fredrik Sandberg", "Bild: TT"),
    "no": ("Foto: NTB/Lise Åserud", "Foto: Heiko Junge / NTB"),
}
VIDEO = (
    ("This is a modal window.", "Now watching", "Next video starts in 5"),
    (
        "Beginning of dialog window. Escape will cancel and close the window.",
        "Up next",
        "End of dialog window.",
    ),
)
FACTS = {
    "en": ["- Applications open on 1 April", "- Fees rise by 15 percent"],
    "de": ["- Anträge ab dem 1. April", "- Gebühren steigen um 15 Prozent"],
}


@dataclass
class Out:
    html: str = ""
    body: list[str] = field(default_factory=list)
    clutter: list[str] = field(default_factory=list)


@dataclass
class Ctx:
    brief: dict
    items: list[dict]
    rng: random.Random
    variant: int  # 0 tuned, 1 held-back
    foreign: list[dict] = field(default_factory=list)  # items of the other languages

    @property
    def lang(self) -> str:
        return self.brief["lang"]

    def wrap(self, inner: str, head: str = "") -> str:
        title = esc(self.brief["title"])
        tags = ('<div class="article-content">', '<section class="story__body">')[self.variant]
        end = ("</div>", "</section>")[self.variant]
        nav = "".join(
            f'<li><a href="/{s}">{s.title()}</a></li>' for s in ("news", "sport", "kultur")
        )
        return (
            f'<!DOCTYPE html><html lang="{self.lang}"><head><meta charset="utf-8"><title>{title}'
            f" | Tageblatt</title>{head}</head><body><header><nav><ul>{nav}</ul></nav></header>"
            f"<main>{tags}<h1>{title}</h1>{inner}{end}</main><footer><p>© 2025 Tageblatt</p>"
            "</footer></body></html>"
        )

    def body_html(self) -> str:
        return "".join(f"<p>{esc(p)}</p>" for p in self.brief["paragraphs"])


# ---------------------------------------------------------------- short-brief layouts


def seed_style(ctx: Ctx) -> Out:
    """Seed page: every line a <p>; headline + teaser items after the brief, in the variant's
    family of cut lengths, truncation marks, glue lines and links (seedstyle.py)."""
    rows, clutter = seedstyle.items_block(ctx.items, ctx.foreign, ctx.lang, ctx.rng, ctx.variant)
    out = Out(body=list(ctx.brief["paragraphs"]), clutter=clutter)
    out.html = ctx.wrap(ctx.body_html() + rows)
    return out


def heading_dek(ctx: Ctx) -> Out:
    """<h3> (held-back: <h4 class="title">) headline + full one-sentence dek after the brief."""
    tag = ("h3", 'h4 class="teaser__title"')[ctx.variant]
    close = tag.split()[0]
    out = Out(body=list(ctx.brief["paragraphs"]))
    rows = []
    for item in ctx.items:
        rows.append(f"<{tag}>{esc(item['headline'])}</{close}><p>{esc(item['dek'])}</p>")
        out.clutter += [item["headline"], item["dek"]]
    out.html = ctx.wrap(ctx.body_html() + "".join(rows))
    return out


def linked_list(ctx: Ctx) -> Out:
    """A linked headline list after the brief: <ul><li><a> (held-back: <p><a><strong>)."""
    out = Out(body=list(ctx.brief["paragraphs"]))
    if ctx.variant == 0:
        lis = "".join(
            f'<li><a href="/n/{n}">{esc(it["headline"])}</a></li>' for n, it in enumerate(ctx.items)
        )
        extra = f"<ul>{lis}</ul>"
    else:
        extra = "".join(
            f'<p><a href="/n/{n}"><strong>{esc(it["headline"])}</strong></a></p>'
            for n, it in enumerate(ctx.items)
        )
    out.clutter = [it["headline"] for it in ctx.items]
    out.html = ctx.wrap(ctx.body_html() + extra)
    return out


def control(ctx: Ctx) -> Out:
    """The brief alone (with a short fact list on some pages): nothing may be lost."""
    facts = FACTS.get(ctx.lang, []) if ctx.rng.random() < 0.5 else []
    items = "".join(f"<li>{esc(f[2:])}</li>" for f in facts)
    extra = f"<ul>{items}</ul>" if items else ""
    return Out(
        html=ctx.wrap(ctx.body_html() + extra),
        body=[*ctx.brief["paragraphs"], *(f[2:] for f in facts)],
    )


# ---------------------------------------------------------------- long-page shapes


def long_lines(ctx: Ctx) -> Out:
    """A long text with read-also, promo/paywall, credit and video-player lines between paragraphs."""
    v, lang = ctx.variant, ctx.lang
    paras = list(ctx.brief["paragraphs"])
    other = ctx.items[0]["headline"]
    lines = [
        f"{READ_ALSO[lang][v]} {other}",
        PROMO[lang][v],
        CREDIT[lang][v],
        *VIDEO[v],
    ]
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    blocks.insert(
        1, f'<p><strong>{esc(READ_ALSO[lang][v])}</strong> <a href="/x">{esc(other)}</a></p>'
    )
    blocks.insert(
        1, f'<figure><img src="/a.jpg"><figcaption>{esc(CREDIT[lang][v])}</figcaption></figure>'
    )
    player = "".join(f"<span>{esc(t)}</span>" for t in VIDEO[v])
    blocks.insert(
        2,
        f'<div class="video-player"><p>{player.replace("</span><span>", "</span></p><p><span>")}</p></div>',
    )
    blocks.append(f"<p>{esc(PROMO[lang][v])}</p>")
    return Out(html=ctx.wrap("".join(blocks)), body=paras, clutter=lines)


def headline_tail(ctx: Ctx) -> Out:
    """A bullet list of other headlines after the text (held-back: inside a div of links)."""
    paras = list(ctx.brief["paragraphs"])
    heads = [it["headline"] for it in ctx.items[:5]]
    if ctx.variant == 0:
        tail = (
            "<ul>"
            + "".join(f'<li><a href="/h/{n}">{esc(h)}</a></li>' for n, h in enumerate(heads))
            + "</ul>"
        )
    else:
        tail = (
            '<div class="more">'
            + "".join(f'<div><a href="/h/{n}">{esc(h)}</a></div>' for n, h in enumerate(heads))
            + "</div>"
        )
    return Out(
        html=ctx.wrap("".join(f"<p>{esc(p)}</p>" for p in paras) + tail), body=paras, clutter=heads
    )


def hidden_and_hovercard(ctx: Ctx) -> Out:
    """Hidden elements in the text and a profile hover-card fused into a sentence."""
    paras = list(ctx.brief["paragraphs"])
    other = ctx.items[1]
    name = "Ilhan Omar"
    card = f"{name}{other['headline']}"
    first = paras[0]
    word = first.split()[0]
    fused = (
        f'<p><a href="/people/x" class="person">{esc(word)}<span class="hovercard">'
        f'<span class="hovercard__name">{name}</span><span>{esc(other["headline"])}</span>'
        f"</span></a>{esc(first[len(word) :])}</p>"
    )
    hidden = [
        f"<p hidden>{esc(ctx.items[2]['dek'])}</p>",
        f'<div aria-hidden="true"><p>{esc(ctx.items[3]["dek"])}</p></div>',
        f'<p style="display: none">{esc(ctx.items[4]["dek"])}</p>',
        f'<p class="{("sr-only", "visually-hidden")[ctx.variant]}">{esc(ctx.items[5]["dek"])}</p>',
    ]
    blocks = [fused, *(f"<p>{esc(p)}</p>" for p in paras[1:])]
    for n, h in enumerate(hidden):
        blocks.insert(min(len(blocks), 1 + n), h)
    clutter = [card, other["headline"], *(it["dek"] for it in ctx.items[2:6])]
    return Out(html=ctx.wrap("".join(blocks)), body=paras, clutter=clutter)


def slideshow(ctx: Ctx) -> Out:
    """A slideshow of other stories (image, linked headline, blurb) inside the text."""
    paras = list(ctx.brief["paragraphs"])
    slides = "".join(
        f'<div class="slide"><img src="/s{n}.jpg"><a href="/s/{n}">{esc(it["headline"])}</a>'
        f"<p>{esc(it['dek'])}</p></div>"
        for n, it in enumerate(ctx.items[:4])
    )
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    blocks.insert(1, f'<div class="slideshow">{slides}</div>')
    clutter = [x for it in ctx.items[:4] for x in (it["headline"], it["dek"])]
    return Out(html=ctx.wrap("".join(blocks)), body=paras, clutter=clutter)


SHORT: dict[str, Callable[[Ctx], Out]] = {
    f.__name__: f for f in (seed_style, heading_dek, linked_list, control)
}
LONG: dict[str, Callable[[Ctx], Out]] = {
    f.__name__: f for f in (long_lines, headline_tail, hidden_and_hovercard, slideshow)
}


def odd_container(ctx: Ctx) -> Out:
    """Text where extractors' precise passes do not look: <br>-separated text nodes in an
    <aside> (held-back: <p>s in a comment-classed div)."""
    paras = list(ctx.brief["paragraphs"])
    if ctx.variant == 0:
        body = '<aside class="story">' + "<br><br>".join(esc(p) for p in paras) + "</aside>"
    else:
        body = '<div class="comment-body">' + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</div>"
    return Out(html=ctx.wrap(body), body=paras)


LONG["odd_container"] = odd_container


def long_brief(brief: dict, pool: list[dict]) -> dict:
    """A long text: the brief followed by the other briefs of its language, as one article."""
    paras = [p for b in [brief, *pool] for p in b["paragraphs"]]
    return {**brief, "paragraphs": paras}


# Seed-style pages vary most (seedstyle.py): several per brief.
SEED_COPIES = 3


def _write(stem: Path, page: Out, layout: str, brief: dict) -> None:
    expected = {
        "layout": layout,
        "kind": "long" if layout in LONG else "short",
        "lang": brief["lang"],
        "title": brief["title"],
        "body": page.body,
        "clutter": list(dict.fromkeys(page.clutter)),
    }
    stem.with_suffix(".html").write_text(page.html, encoding="utf-8")
    stem.with_suffix(".json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def render(texts: dict, variant: int, out_dir: Path) -> int:
    rng = random.Random((20251201, 50913)[variant])
    by_lang: dict[str, list[dict]] = {}
    for brief in texts["brief"]:
        by_lang.setdefault(brief["lang"], []).append(brief)
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*"):
        old.unlink()
    n = 0
    for lang, briefs in by_lang.items():
        chosen = briefs[:-1] if variant == 0 else briefs[-1:]
        pool = [it for it in texts["item"] if it["lang"] == lang]
        for brief in chosen:
            others = [b for b in briefs if b is not brief][:2]
            for name, layout in {**SHORT, **LONG}.items():
                for copy in range(SEED_COPIES if name == "seed_style" else 1):
                    items = rng.sample(pool, rng.randint(6, min(10, len(pool))))
                    text = brief if name in SHORT else long_brief(brief, others)
                    foreign = [it for it in texts["item"] if it["lang"] != lang]
                    page = layout(Ctx(text, items, rng, variant, foreign))
                    _write(out_dir / f"{n:03d}_{name}{copy or ''}_{brief['id']}", page, name, brief)
                    n += 1
    return render_more(texts, variant, out_dir, n)


def render_more(texts: dict, variant: int, out_dir: Path, n: int) -> int:
    """moreshapes.py's layouts, numbered after the others (which they leave unchanged)."""
    by_lang: dict[str, list[dict]] = {}
    for brief in texts["brief"]:
        by_lang.setdefault(brief["lang"], []).append(brief)
    for lang, briefs in by_lang.items():
        pool = [it for it in texts["item"] if it["lang"] == lang]
        for brief in briefs[:-1] if variant == 0 else briefs[-1:]:
            for name, more in moreshapes.LAYOUTS.items():
                rng = moreshapes.rng_for(brief, name, variant)
                items = rng.sample(pool, rng.randint(6, min(10, len(pool))))
                inner, body, clutter = more(list(brief["paragraphs"]), items, rng, variant)
                page = Out(html=Ctx(brief, items, rng, variant).wrap(inner), body=body)
                page.clutter = clutter
                _write(out_dir / f"{n:03d}_{name}_{brief['id']}", page, name, brief)
                n += 1
    return n


def main() -> None:
    texts = tomllib.loads((HERE / "texts.toml").read_text(encoding="utf-8"))
    print(
        "pages:", render(texts, 0, HERE / "pages"), "heldback:", render(texts, 1, HERE / "heldback")
    )


if __name__ == "__main__":
    main()
