"""Generate the briefs_blind7 pages and labels (deterministic: string-seeded random.Random).

Run from the repo root: .venv/bin/python tests/data/briefs_blind7/make_pages.py
"""

from __future__ import annotations

import html
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heads2 import HEADS, LABEL, MORE  # noqa: E402
from layouts import Ctx, It  # noqa: E402
from layouts2 import LAYOUTS  # noqa: E402
from texts2 import BRIEFS, Brief  # noqa: E402

PAGES = HERE / "pages"
N_PAGES = 66
CJK = ("zh", "ja", "ko")
MARKS = {"mid…": "…", "mid...": "...", "brk": " [...]", "guil": " »", "more": "…"}
AUTHORS = ["Anna Berg", "Tomás Ruiz", "Lea Novak", "Sam Okafor", "Mira Haddad", "Jun Sato"]
CATS = ["Local", "Sport", "Business", "Culture", "World", "Weather"]
INLINE = "a|span|b|strong|em|i|small|font|time|abbr|bsp-timestamp"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def page_text(doc: str) -> str:
    """Visible text, roughly: no scripts/styles/templates/comments; inline tags do not split."""
    doc = re.sub(r"(?is)<(script|style|template)\b.*?</\1>", " ", doc)
    doc = re.sub(r"(?s)<!--.*?-->", "", doc)
    doc = re.sub(rf"(?i)</?(?:{INLINE})\b[^>]*>", "", doc)
    return norm(html.unescape(re.sub(r"<[^>]+>", " ", doc)))


def cut(t: str, mode: str, lang: str, rng: random.Random) -> tuple[str, str, bool]:
    """(shown teaser, cut mark, more link) for one teaser under a cut mode."""
    if mode == "none":
        return "", "", False
    limit = (32 if lang in ("zh", "ja") else 40 if lang == "ko" else 88) + rng.randint(0, 14)
    if mode == "whole" or len(t) <= limit + 10:
        return t, "", False
    p = limit
    if lang not in ("zh", "ja"):
        if mode.startswith("mid"):
            while p > 10 and not (t[p - 1].isalnum() and t[p].isalnum()):
                p -= 1
        else:
            p = t.rfind(" ", 0, limit)
    shown = t[:p].rstrip(" ,;:-") if not mode.startswith("mid") else t[:p]
    return shown, MARKS.get(mode, ""), mode == "more"


def blocks_of(b: Brief, with_extra: bool) -> list[tuple[Any, ...]]:
    core: list[tuple[Any, ...]] = [("p", x) for x in b["paras"]]
    if not with_extra:
        return core
    mid = [x for x in b["extra"] if x[0] != "corr"]
    end = [x for x in b["extra"] if x[0] == "corr"]
    return core[:1] + mid + core[1:] + end


def lines_of(blocks: list[tuple[Any, ...]]) -> tuple[list[str], list[str]]:
    """(body lines, structural lines) as they appear in text."""
    body: list[str] = []
    extra: list[str] = []
    for b in blocks:
        k = b[0]
        got = (
            [b[1]]
            if k in ("p", "corr")
            else [b[1], *b[2]]
            if k == "ul"
            else [b[1], b[2]]
            if k in ("quote", "sub")
            else [b[1], *(x for kv in b[2] for x in kv)]
            if k == "fact"
            else [x for qa in b[1] for x in qa]
        )
        body += got
        if k != "p":
            extra += got
    return body, extra


def pick_items(lang: str, rng: random.Random, modes: list[str]) -> list[It]:
    pool = list(HEADS[lang])
    rng.shuffle(pool)
    n = rng.randint(6, 10)
    if n > len(pool):
        fill = [x for x in HEADS["en"] if x not in pool]
        rng.shuffle(fill)
        pool += fill
    out = []
    for k, (h, t) in enumerate(pool[:n]):
        shown, mark, more = cut(t, rng.choice(modes), lang, rng)
        hh, mm = rng.randint(6, 22), rng.randint(0, 59)
        out.append(
            It(
                h,
                shown,
                mark,
                more,
                f"/news/{k + 100}",
                f"{hh:02d}:{mm:02d}",
                rng.choice(AUTHORS),
                rng.choice(CATS),
                rng.randint(0, 240),
            )
        )
    return out


def clutter_of(items: list[It]) -> list[str]:
    return [x for i in items for x in (i.head, i.teaser) if x]


def check(name: str, doc: str, label: dict[str, Any]) -> None:
    text, bodytext = page_text(doc), norm(" ".join(label["body"]))
    nb = len(bodytext)
    lo, hi = (150, 350) if label["lang"] in CJK else (350, 1100)
    assert lo <= nb <= hi, f"{name}: body {nb} chars"
    if label["kind"] == "short":
        nc = sum(len(x) for x in label["clutter"])
        assert nc >= nb, f"{name}: clutter {nc} < body {nb}"
    for c in label["clutter"]:
        for probe in (norm(c), norm(c)[:40]):
            assert probe not in bodytext and probe not in label["title"], f"{name}: probe {probe!r}"
    for line in [label["title"], *label["body"], *label["clutter"]]:
        assert norm(line) in text, f"{name}: not in page text: {line[:60]!r}"


def make(n: int, layout: str, key: str) -> tuple[str, dict[str, Any]]:
    brief = BRIEFS[key]
    lang, control = brief["lang"], n % 5 == 4
    rng = random.Random(f"briefs_blind7:{n}:{layout}:{key}")
    fn, modes = LAYOUTS[layout]
    blocks = blocks_of(brief, control or rng.random() < 0.4)
    body, extra = lines_of(blocks)
    items: list[It] = [] if control else pick_items(lang, rng, modes)
    bodylen = len(norm(" ".join(body)))
    while not control and sum(len(x) for x in clutter_of(items)) < bodylen:
        items = pick_items(lang, rng, ["whole"])  # too little clutter: whole teasers, new draw
    ctx = Ctx(lang, brief["title"], blocks, items, rng, MORE[lang], LABEL[lang])
    doc = fn(ctx)
    label = {
        "layout": layout,
        "kind": "control" if control else "short",
        "lang": lang,
        "title": brief["title"],
        "body": body,
        "extra": extra,
        "clutter": clutter_of(items),
    }
    return doc, label


def main() -> None:
    PAGES.mkdir(exist_ok=True)
    for old in PAGES.glob("*"):
        old.unlink()
    layouts, keys = sorted(LAYOUTS), sorted(BRIEFS)
    for n in range(N_PAGES):
        layout, key = layouts[n % len(layouts)], keys[(n * 7) % len(keys)]
        doc, label = make(n, layout, key)
        name = f"{n:03d}_{layout}_{key}"
        check(name, doc, label)
        (PAGES / f"{name}.html").write_text(doc, encoding="utf-8")
        (PAGES / f"{name}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"{N_PAGES} pages, {len(layouts)} layouts, {len(keys)} briefs")


if __name__ == "__main__":
    main()
