"""More short-brief shapes (session 4): headline items in <figure> cards, bold-headline
paragraphs, a headline box between the brief's paragraphs, and briefs whose own questions and
quote credits must survive. Each layout has a tuned (variant 0) and a held-back (variant 1)
markup; its own string-seeded random.Random keeps the older layouts' pages unchanged."""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from typing import Any

QUESTIONS = {
    "en": ("What changes?", "Who is affected?"),
    "de": ("Was ändert sich?", "Wer ist betroffen?"),
    "fr": ("Qu'est-ce qui change ?", "Qui est concerné ?"),
    "es": ("¿Qué cambia?", "¿A quién afecta?"),
    "it": ("Che cosa cambia?", "Chi è interessato?"),
    "pt": ("O que muda?", "Quem é afetado?"),
    "nl": ("Wat verandert er?", "Wie worden geraakt?"),
    "pl": ("Co się zmienia?", "Kogo to dotyczy?"),
    "sv": ("Vad ändras?", "Vilka berörs?"),
    "no": ("Hva endres?", "Hvem rammes?"),
}
CREDITS = ("Maria Lindqvist, lawyer", "a spokesperson for the ministry", "Jonas Weber, mayor")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def cut(dek: str, rng: random.Random, mark: str) -> str:
    """The dek cut at 55-85% of its length, at a word end, with the mark."""
    at = dek.rfind(" ", 0, int(len(dek) * rng.uniform(0.55, 0.85)))
    return dek[: at if at > 20 else len(dek)].rstrip(",;:") + mark


Parts = tuple[str, list[str], list[str]]  # html after the heading, body lines, clutter lines


def figure_cards(paras: list[str], items: list[dict], rng: random.Random, variant: int) -> Parts:
    """<figure> cards: image and <figcaption> with headline + cut teaser."""
    cards, clutter = [], []
    for n, it in enumerate(items):
        teaser = cut(it["dek"], rng, ("…", " ...")[variant])
        if variant == 0:
            caption = f'<a href="/s/{n}">{esc(it["headline"])}</a> {esc(teaser)}'
        else:
            caption = f"<strong>{esc(it['headline'])}</strong><span>{esc(teaser)}</span>"
        cards.append(
            f'<figure><img src="/i/{n}.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
        )
        clutter += [it["headline"], teaser]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return body + "".join(cards), list(paras), clutter


def strong_items(paras: list[str], items: list[dict], rng: random.Random, variant: int) -> Parts:
    """Bold headline paragraphs with cut teasers, no links."""
    rows, clutter = [], []
    for it in items:
        teaser = cut(it["dek"], rng, ("…", " […]")[variant])
        if variant == 0:
            rows.append(f"<p><strong>{esc(it['headline'])}</strong><br>{esc(teaser)}</p>")
        else:
            rows.append(f"<p><b>{esc(it['headline'])}</b></p><p>{esc(teaser)}</p>")
        clutter += [it["headline"], teaser]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return body + "".join(rows), list(paras), clutter


def split_box(paras: list[str], items: list[dict], rng: random.Random, variant: int) -> Parts:
    """Three headline items between the brief's first and second paragraphs."""
    box, clutter = [], []
    for n, it in enumerate(items[:3]):
        if variant == 0:
            box.append(
                f'<h3><a href="/s/{n}">{esc(it["headline"])}</a></h3><p>{esc(it["dek"])}</p>'
            )
            clutter += [it["headline"], it["dek"]]
        else:
            teaser = cut(it["dek"], rng, "…")
            box.append(f"<h4>{esc(it['headline'])}</h4><p>{esc(teaser)}</p>")
            clutter += [it["headline"], teaser]
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    blocks.insert(1, "".join(box))
    return "".join(blocks), list(paras), clutter


def qa_quote(paras: list[str], items: list[dict], rng: random.Random, variant: int) -> Parts:
    """A control: the brief's own questions as headings and a quote with its credit."""
    lang_q = QUESTIONS[items[0]["lang"]] if items else QUESTIONS["en"]
    credit = rng.choice(CREDITS)
    quote = "“We have waited for this decision for a very long time.”"
    tag = ("h3", "h4")[variant]
    cite = (f"<cite>{esc(credit)}</cite>", f"<footer>— {esc(credit)}</footer>")[variant]
    blocks = [f"<p>{esc(paras[0])}</p>", f"<blockquote><p>{quote}</p>{cite}</blockquote>"]
    body = [paras[0], quote, credit]
    for question, para in zip(lang_q, paras[1:], strict=False):
        blocks.append(f"<{tag}>{esc(question)}</{tag.split()[0]}><p>{esc(para)}</p>")
        body += [question, para]
    rest = paras[1 + len(lang_q) :]
    blocks += [f"<p>{esc(p)}</p>" for p in rest]
    return "".join(blocks), body + rest, []


LAYOUTS: dict[str, Callable[[list[str], list[dict], random.Random, int], Parts]] = {
    f.__name__: f for f in (figure_cards, strong_items, split_box, qa_quote)
}


def rng_for(brief: dict[str, Any], layout: str, variant: int) -> random.Random:
    return random.Random(f"{brief['id']}/{layout}/{variant}")
