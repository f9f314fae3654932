"""Write the blind4 corpus: pages/NNN_<layout>_<brief>.html and a .json label beside each.

Deterministic: every choice comes from random.Random seeded with a string.
Run from anywhere: python tests/data/briefs_blind4/make_pages.py
"""

import json
import random
from html import escape as e
from pathlib import Path

import layouts as l1
import layouts2 as l2
import structs
from texts import BRIEFS, HEADLINES

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"

LAYOUTS = {
    "table1999": l1.table1999,
    "fontbelow": l1.font_below,
    "phpbb": l1.phpbb_portal,
    "blogger": l1.blogger,
    "movabletype": l1.movabletype,
    "wordpress": l1.wordpress,
    "joomla": l1.joomla,
    "drupal7": l1.drupal7,
    "ghost": l1.ghost,
    "medium": l1.medium,
    "nextjs": l1.nextjs,
    "nuxt": l1.nuxt,
    "amp": l2.amp,
    "webstory": l2.webstory,
    "mobile": l2.mobile_m,
    "headless": l2.headless,
    "components": l2.components,
    "infinite": l2.infinite,
    "ticker": l2.ticker,
    "newsletter": l2.newsletter,
    "seedstyle": l2.seedstyle,
    "h3dek": l2.h3dek,
    "misleading": l2.sidebar_misleading,
    "between": l2.between,
    "before": l2.before,
}
CONTROL_LAYOUTS = [
    "wordpress",
    "drupal7",
    "ghost",
    "nextjs",
    "amp",
    "components",
    "table1999",
    "blogger",
    "headless",
    "newsletter",
    "mobile",
    "seedstyle",
]
CUTS = [
    "mid",
    "mid",
    "word",
    "ellipsis",
    "dots",
    "bracket",
    "paren",
    "guillemet",
    "more",
    "whole",
    "whole",
]
MORE = {
    "en": "more",
    "de": "mehr",
    "fr": "lire la suite",
    "es": "leer más",
    "it": "continua",
    "pt": "ler mais",
    "nl": "lees verder",
    "pl": "więcej",
    "sv": "läs mer",
    "cs": "více",
    "tr": "devamı",
    "uk": "далі",
    "da": "læs mere",
    "fi": "lue lisää",
    "hu": "tovább",
    "ro": "citește mai mult",
}
NAMES = [
    "Saif Nasser",
    "Lena Vogt",
    "Marta Ruiz",
    "Piotr Nowak",
    "Elif Kaya",
    "Jan de Wit",
    "Olena Koval",
]


def cut(text: str, mode: str, rng: random.Random, lang: str, href: str) -> tuple[str, str]:
    """Teaser html as shown and its visible text without the cut mark."""
    if mode == "whole" or len(text) < 50:
        return e(text), text
    n = rng.randrange(40, min(len(text) - 5, 100))
    if mode == "mid":
        shown = text[:n]
        return e(shown), shown.strip()
    shown = text[:n].rsplit(" ", 1)[0].rstrip(",;:")
    mark = {
        "word": "",
        "ellipsis": "…",
        "dots": "...",
        "bracket": " [...]",
        "paren": " (…)",
        "guillemet": " »",
        "more": "",
    }[mode]
    html = e(shown) + e(mark)
    if mode == "more":
        html += f' <a href="{href}" class="more">{MORE[lang]}</a>'
    return html, shown.strip()


def items_for(lang: str, rng: random.Random, slug: str) -> tuple[list[dict], list[str]]:
    pool = list(HEADLINES[lang])
    rng.shuffle(pool)
    count = rng.randrange(6, 11)
    chosen = pool[: min(count, len(pool))]
    if count > len(pool):
        extra = [x for x in HEADLINES["en"] if x not in chosen]
        chosen += rng.sample(extra, count - len(pool)) if lang != "en" else []
    items, clutter = [], []
    for k, (h, t) in enumerate(chosen):
        href = f"/news/{slug[:3]}-{k}-{rng.randrange(10000, 99999)}.html"
        shown, clean = cut(
            t, rng.choice(CUTS), rng, lang if (h, t) in HEADLINES[lang] else "en", href
        )
        items.append(
            {
                "h": e(h),
                "t": shown,
                "href": href,
                "time": f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}",
                "rank": str(k + 1),
                "img": f"/img/t{k}.jpg",
                "by": rng.choice(NAMES),
            }
        )
        clutter += [h, clean]
    return items, clutter


def norm(s: str) -> str:
    return " ".join(s.split())


def check_labels(brief: dict, slines: list[str], clutter: list[str]) -> None:
    """No clutter probe may occur in the body text, or the scorer would see a false leak."""
    body = norm(" ".join([brief["title"], *brief["paras"], *slines]))
    for line in clutter:
        probe = norm(line)[:40]
        assert probe not in body, (brief["slug"], line)


def build(num: int, layout: str, brief: dict, control: bool) -> tuple[str, dict]:
    rng = random.Random(f"blind4:{num}:{layout}:{brief['slug']}")
    shtml, slines = structs.render(brief["struct"], rng)
    kind = brief["struct"][0] if brief["struct"] else ""
    where = {"update": 0, "caption": 1, "correction": 99, "subheads": 99}.get(
        kind, rng.choice([1, 99])
    )
    items, clutter = ([], []) if control else items_for(brief["lang"], rng, brief["slug"])
    ctx = l1.Ctx(
        brief["title"],
        brief["lang"],
        [e(p) for p in brief["paras"]],
        shtml,
        where,
        items,
        rng,
        {"by": rng.choice(NAMES)},
    )
    html = LAYOUTS[layout](ctx)
    check_labels(brief, slines, clutter)
    label = {
        "layout": layout,
        "kind": "control" if control else "short",
        "lang": brief["lang"],
        "title": brief["title"],
        "body": [*brief["paras"], *slines],
        "extra": slines,
        "clutter": clutter,
    }
    return html, label


def plan() -> list[tuple[str, dict, bool]]:
    rng = random.Random("blind4:plan")
    names = list(LAYOUTS)
    short = names + names[:23]
    rng.shuffle(short)
    out = []
    for i, lay in enumerate(short):
        brief = BRIEFS[i % len(BRIEFS)]
        if i % 4 == 3:  # the same story without its box, list or quote
            brief = {**brief, "struct": None}
        out.append((lay, brief, False))
    structured = [b for b in BRIEFS if b["struct"]]
    out += [
        (lay, structured[(3 * i) % len(structured)], True) for i, lay in enumerate(CONTROL_LAYOUTS)
    ]
    return out


def main() -> None:
    PAGES.mkdir(exist_ok=True)
    for old in PAGES.glob("*"):
        old.unlink()
    for num, (layout, brief, control) in enumerate(plan()):
        html, label = build(num, layout, brief, control)
        stem = f"{num:03d}_{layout}_{brief['lang']}-{brief['slug']}"
        (PAGES / f"{stem}.html").write_text(html, encoding="utf-8")
        (PAGES / f"{stem}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"wrote {num + 1} pages to {PAGES}")


if __name__ == "__main__":
    main()
