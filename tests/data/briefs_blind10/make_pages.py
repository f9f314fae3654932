"""Generate the briefs_blind10 pages and labels (deterministic: two runs give identical bytes).

Run from the repo root: .venv/bin/python tests/data/briefs_blind10/make_pages.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heads import CHROME, EN_MIGR, EN_POOL, HEADS  # type: ignore[import-not-found]  # noqa: E402
from layouts import LAYOUTS  # type: ignore[import-not-found]  # noqa: E402
from texts import BRIEFS  # type: ignore[import-not-found]  # noqa: E402

PAGES = HERE / "pages"
SITES = [
    "Courier Daily", "Nordpost", "Le Vigilant", "La Crónica", "Il Corriere Locale", "Gazeta do Sul",
    "Dagblad Oost", "Kurier Miejski", "Lokaltidningen", "Avisa Nord", "Byens Blad", "Paikallisuutiset",
    "Denní Zpravodaj", "Mestské Noviny", "Jurnalul Zilei", "Napi Hírlap", "Ημερήσια", "Вечерний город",
    "Міські вісті", "Градски новини", "Gradski List", "Günlük Haber", "الخبر اليوم", "חדשות העיר",
    "Warta Kota", "Tin Thành Phố",
]  # fmt: skip
SECS = ["Weather", "Sport", "Business", "Politics"]
EN_SECS = [
    "Local",
    "Sport",
    "Business",
    "Culture",
    "Crime",
    "Local",
    "World",
    "Business",
    "Culture",
    "Health",
]
MARKS_MID = ["…", "...", "…"]
MARKS_WORD = [" […]", "...", "…", " [...]"]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


@dataclass
class Page:
    lang: str
    story: str
    title: str
    blocks: list[Any]
    rng: random.Random
    ch: tuple[str, ...]
    site: str
    date: str
    items: list[dict[str, Any]] = field(default_factory=list)


def cut(dek: str, mode: str, rng: random.Random) -> tuple[str, str]:
    """The shown teaser text and its cut mark for one item."""
    if mode == "none":
        return "", ""
    if mode == "full":
        return dek, ""
    if mode == "raw":  # seed style: cut at a fixed length, no mark at all
        n = rng.choice([80, 90, 100])
        n = min(n, len(dek) - 7)
        return dek[:n].rstrip(), ""
    if mode == "mid":
        lo = max(12, min(50, len(dek) // 2))
        hi = max(lo + 1, min(90, len(dek) - 4))
        cands = [i for i in range(lo, hi) if dek[i - 1].isalpha() and dek[i].isalpha()]
        i = rng.choice(cands)
        return dek[:i], rng.choice(MARKS_MID)
    # word
    lo = max(10, min(40, len(dek) // 3))
    hi = max(lo + 1, min(95, len(dek) - 4))
    cands = [i for i in range(lo, hi) if dek[i] == " " and dek[i - 1].isalnum()]
    i = rng.choice(cands)
    return dek[:i], rng.choice(MARKS_WORD)


def body_lines(blocks: list[Any]) -> tuple[list[str], list[str]]:
    body, extra = [], []
    for b in blocks:
        if isinstance(b, str):
            body.append(b)
        elif b[0] == "h":
            body.append(b[1])
            extra.append(b[1])
        elif b[0] == "list":
            body += [b[1], *b[2]]
            extra += [b[1], *b[2]]
        else:
            body += [b[1], b[2]]
            extra += [b[1], b[2]]
    return body, extra


def structured(brief: tuple[Any, ...]) -> bool:
    return any(not isinstance(b, str) for b in brief[3])


def assign() -> list[tuple[Any, ...]]:
    """Two briefs per layout (52 slots); each brief twice; region layouts get their language on
    slot 0; no layout repeats a brief; every control slot (k % 5 == 4) gets a structured brief."""
    by_lang = {b[0]: b for b in BRIEFS}
    names = list(LAYOUTS)
    fixed = {2 * i: by_lang[LAYOUTS[n][4]] for i, n in enumerate(names) if LAYOUTS[n][4]}
    pool = [b for b in BRIEFS for _ in range(2)]
    for b in fixed.values():
        pool.remove(b)
    rng = random.Random("briefs_blind10:assign")
    for _ in range(100000):
        rng.shuffle(pool)
        it = iter(pool)
        slots = [fixed[k] if k in fixed else next(it) for k in range(52)]
        if any(slots[2 * i][0] == slots[2 * i + 1][0] for i in range(26)):
            continue
        if all(structured(slots[k]) for k in range(4, 52, 5)):
            return slots
    raise AssertionError("no assignment found")


def items_for(P: Page, layout: str, k: int) -> tuple[list[dict[str, Any]], str]:
    rng = random.Random(f"briefs_blind10:items:{k}:{layout}")
    _fn, modes, _, topical, _ = LAYOUTS[layout]
    own = [(h, SECS[i]) for i, h in enumerate(HEADS[P.lang])]
    rng.shuffle(own)
    migr = [(h, "Politics") for h in EN_MIGR]
    rng.shuffle(migr)
    gen = list(zip(EN_POOL, EN_SECS, strict=True))
    rng.shuffle(gen)
    pool = own + (migr[: rng.randint(2, 4)] if topical else []) + gen
    body, _ = body_lines(P.blocks)
    nb = sum(len(x) for x in body)
    n0 = rng.randint(6, 10)
    start = rng.randrange(len(modes))
    for mode in modes[start:] + modes[:start]:
        for n in range(n0, 11):
            crng = random.Random(f"briefs_blind10:cut:{k}:{mode}:{n}")
            chosen = pool[:n]
            its = []
            for j, (hd, sec) in enumerate(chosen):
                head, dek = (x.strip() for x in hd.split("||"))
                shown, mark = cut(dek, mode, crng)
                its.append(
                    {
                        "head": head,
                        "shown": shown,
                        "mark": mark,
                        "sec": sec,
                        "time": f"{crng.randint(6, 22):02d}:{crng.randint(0, 59):02d}",
                        "date": f"{crng.randint(1, 2):02d}.12.2026",
                        "j": j,
                    }
                )
            nc = sum(len(i["head"]) + len(i["shown"]) for i in its)
            if nc >= nb:
                order = random.Random(f"briefs_blind10:order:{k}")
                order.shuffle(its)
                return its, mode
    raise AssertionError(f"not enough clutter for page {k} ({layout}, {P.lang})")


def visible(raw: str) -> str:
    doc = lxml.html.fromstring(raw.encode("utf-8"))
    for el in doc.xpath("//script|//style|//noscript|//template|//title"):
        el.drop_tree()
    return norm(doc.text_content())


def main() -> None:
    PAGES.mkdir(exist_ok=True)
    for old in PAGES.glob("*"):
        old.unlink()
    slots = assign()
    names = list(LAYOUTS)
    nbody = nextra = nclutter = 0
    ratios = []
    for k, brief in enumerate(slots):
        layout = names[k // 2]
        lang, story, title, blocks = brief
        kind = "control" if k % 5 == 4 else "short"
        rng = random.Random(f"briefs_blind10:page:{k}:{layout}:{lang}")
        P = Page(
            lang=lang,
            story=story,
            title=title,
            blocks=blocks,
            rng=rng,
            ch=CHROME[lang],
            site=SITES[[b[0] for b in BRIEFS].index(lang)],
            date=f"{rng.randint(1, 3):02d}.12.2026 {rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}",
        )
        body, extra = body_lines(blocks)
        nb = sum(len(x) for x in body)
        lim = (350, 1100)
        assert lim[0] <= nb <= lim[1], (lang, nb)
        assert 2 <= sum(isinstance(b, str) for b in blocks) <= 5, lang
        mode = "none"
        clutter: list[str] = []
        if kind == "short":
            P.items, mode = items_for(P, layout, k)
            assert 6 <= len(P.items) <= 10
        page = LAYOUTS[layout][0](P)  # may drop teasers of headline-only slots
        for it in P.items:
            clutter.append(it["head"])
            if it["shown"]:
                clutter.append(it["shown"])
        if kind == "short":
            nc = sum(len(c) for c in clutter)
            assert nc >= nb, (k, nc, nb)
            ratios.append(nc / nb)
        vis = visible(page)
        btext = norm(" ".join(body))
        for c in clutter:
            c = norm(c)
            assert c not in btext and c[:40] not in btext, (k, c)
            assert c not in title and c[:40] not in title, (k, c)
            assert c in vis, (k, "clutter not visible", c)
        for x in body:
            assert norm(x) in vis, (k, "body not visible", x)
        assert norm(title) in vis, (k, "title")
        stem = f"{k:03d}_{layout}_{lang}-{story}"
        (PAGES / f"{stem}.html").write_text(page, encoding="utf-8")
        label = {
            "layout": layout,
            "kind": kind,
            "lang": lang,
            "story": story,
            "teaser_mode": mode,
            "items": len(P.items),
            "title": title,
            "body": body,
            "extra": extra,
            "clutter": clutter,
        }
        (PAGES / f"{stem}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        nbody += len(body)
        nextra += len(extra)
        nclutter += len(clutter)
    print(
        f"{len(slots)} pages: {nbody} body lines ({nextra} structural), {nclutter} clutter lines; "
        f"clutter/body chars {min(ratios):.2f}x-{max(ratios):.2f}x"
    )


if __name__ == "__main__":
    main()
