"""The seed-style layout (every line a <p>; headline + teaser items after a short brief), in two
variation families: tuned (variant 0) and held-back (variant 1) draw from different cut
lengths, truncation marks, glue lines (dates, bylines, read times, kickers) and link markup, so
a fix tuned on the first is measured on the second. Used by make_pages.py."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass

NAMES = ("Anna Berg", "Marco Rossi", "Lena Vogt", "Tomás Ruiz", "Eva Lund")
GLUE_WORDS = {  # read time, byline prefix, relative time ({} = a number)
    "en": ("min read", "By", "{} hours ago"),
    "de": ("Min. Lesezeit", "Von", "vor {} Stunden"),
    "fr": ("min de lecture", "Par", "il y a {} heures"),
    "es": ("min de lectura", "Por", "hace {} horas"),
    "it": ("min di lettura", "Di", "{} ore fa"),
    "pt": ("min de leitura", "Por", "há {} horas"),
    "nl": ("min leestijd", "Door", "{} uur geleden"),
    "pl": ("min czytania", "Autor:", "{} godz. temu"),
    "sv": ("min läsning", "Av", "för {} timmar sedan"),
    "no": ("min lesing", "Av", "for {} timer siden"),
}
KICKERS = ("POLITIK", "SPORT", "WIRTSCHAFT", "MONDE", "CULTURA", "LOKAL")


@dataclass(frozen=True)
class Family:
    cut_range: tuple[int, int]
    marks: tuple[str, ...]  # "" = cut mid-word, "word" = at a word end without a mark
    glues: tuple[str, ...]
    full_share: float  # items whose dek is left whole
    foreign_share: float  # pages with items of another language
    link_styles: tuple[str, ...]


FAMILIES = (
    Family(
        cut_range=(70, 150),
        marks=("", "word", "…", "...", " ..."),
        glues=("none", "date", "read", "byline", "ago"),
        full_share=0.15,
        foreign_share=0.4,
        link_styles=("none", "all", "mixed"),
    ),
    Family(
        cut_range=(90, 180),
        marks=("", " …", "[…]", " (...)", "word"),
        glues=("none", "kicker", "clock", "bydate"),
        full_share=0.2,
        foreign_share=0.5,
        link_styles=("none", "strong", "mixed"),
    ),
)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def teaser(dek: str, length: int, mark: str) -> str:
    if len(dek) <= length:
        return dek
    if mark == "":
        return dek[:length].rstrip()
    cut = dek[: dek.rfind(" ", 0, length)].rstrip(",;:")
    return cut if mark == "word" else cut + mark


def glue_line(kind: str, lang: str, rng: random.Random) -> str:
    read, by, ago = GLUE_WORDS[lang]
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return {
        "date": f"{day:02d}.{month:02d}.2025"
        if rng.random() < 0.5
        else f"2025-{month:02d}-{day:02d}",
        "read": f"{rng.randint(2, 9)} {read}",
        "byline": f"{by} {rng.choice(NAMES)}",
        "ago": ago.format(rng.randint(2, 11)),
        "kicker": rng.choice(KICKERS),
        "clock": f"{rng.randint(6, 23)}:{rng.randint(0, 59):02d}",
        "bydate": f"{rng.choice(NAMES)} | {day:02d}/{month:02d}/2025",
    }[kind]


def items_block(
    items: list[dict], foreign: list[dict], lang: str, rng: random.Random, variant: int
) -> tuple[str, list[str]]:
    """The items' HTML and their clutter texts (headlines, teasers, glue lines)."""
    fam = FAMILIES[variant]
    if foreign and rng.random() < fam.foreign_share:
        items = [*items[:-2], *rng.sample(foreign, 2)]
    length, mark = rng.randint(*fam.cut_range), rng.choice(fam.marks)
    glue, links = rng.choice(fam.glues), rng.choice(fam.link_styles)
    glue_after = rng.random() < 0.5
    rows, clutter = [], []
    for n, item in enumerate(items):
        dek = item["dek"] if rng.random() < fam.full_share else teaser(item["dek"], length, mark)
        head = esc(item["headline"])
        linked = links != "none" and (links != "mixed" or n % 2 == 0)
        if linked:
            head = (
                f'<a href="/n/{n}">{head}</a>' if links != "strong" else f"<strong>{head}</strong>"
            )
        row = [f"<p>{head}</p>", f"<p>{esc(dek)}</p>"]
        clutter += [item["headline"], dek]
        if glue != "none":
            line = glue_line(glue, lang, rng)
            row.insert(len(row) if glue_after else 0, f"<p>{esc(line)}</p>")
        rows.append("".join(row))
    return "".join(rows), clutter
