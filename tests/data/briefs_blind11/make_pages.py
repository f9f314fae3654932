"""Generate the briefs_blind11 pages and labels (deterministic: two runs give identical bytes).

Run from the repo root: .venv/bin/python tests/data/briefs_blind11/make_pages.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import layouts_a as A  # noqa: E402
import layouts_b as B  # noqa: E402
from heads import CHROME, EN_POOL, ITEMS  # noqa: E402
from heads_b import MORE  # noqa: E402
from lxml import html as lhtml  # noqa: E402
from texts import BRIEFS as BRIEFS_A  # noqa: E402
from texts_b import BRIEFS_B, SEED_BYLINE, SEED_ITEMS, SEED_PARAS, SEED_TITLE  # noqa: E402

BRIEFS = BRIEFS_A + BRIEFS_B

PAGES = HERE / "pages"
# (name, function, teaser modes, where the items sit)
LAYOUTS = [
    ("drupal8", A.drupal8, ["full", "word"], "after"),
    ("ghost", A.ghost, ["word", "mid"], "after"),
    ("substack", A.substack, ["full", "mid"], "after"),
    ("livecms", A.livecms, ["full", "word"], "inside"),
    ("liveblog", A.liveblog, ["full"], "inside"),
    ("ticker", A.ticker, ["word", "mid"], "before"),
    ("railcol", A.railcol, ["full", "word"], "beside"),
    ("promoinline", A.promoinline, ["full"], "between"),
    ("tablenews", A.tablenews, ["raw", "word"], "after"),
    ("dlrelated", A.dlrelated, ["full", "mid"], "after"),
    ("brdiv", A.brdiv, ["word", "raw"], "after"),
    ("seedtext", A.seedtext, ["raw"], "after"),
    ("cjkportal", A.cjkportal, ["full", "mid"], "beside"),
    ("arabportal", A.arabportal, ["full", "word"], "between"),
    ("wixsite", B.wixsite, ["full", "word"], "inside"),
    ("squarespace", B.squarespace, ["mid", "word"], "after"),
    ("joomla", B.joomla, ["word"], "after"),
    ("blogger", B.blogger, ["raw", "word"], "beside"),
    ("ampnews", B.ampnews, ["full"], "after"),
    ("newsroomfeed", B.newsroomfeed, ["full", "raw"], "flanked"),
    ("textonly", B.textonly, ["full", "word"], "after"),
    ("magazine", B.magazine, ["mid", "full"], "flanked"),
    ("inlinespans", B.inlinespans, ["word", "full"], "inside"),
    ("rankedol", B.rankedol, ["full", "raw"], "after"),
    ("portalintl", B.portalintl, ["full", "word"], "flanked"),
    ("videohub", B.videohub, ["full", "mid"], "after"),
    ("govnews", B.govnews, ["full"], "after"),
    ("cardgrid", B.cardgrid, ["word", "mid"], "after"),
]
HELDBACK = {
    "wixsite",
    "squarespace",
    "joomla",
    "blogger",
    "ampnews",
    "newsroomfeed",
    "textonly",
    "magazine",
}
FIXED = {
    ("cjkportal", 0): "ja",
    ("cjkportal", 1): "zh",
    ("arabportal", 0): "ar",
    ("arabportal", 1): "fa",
}
NOSPACE = {"zh", "ja", "th"}
MIN_BODY = {"zh": 150, "ja": 150, "ko": 150}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def body_lines(blocks: list[Any]) -> tuple[list[str], list[str]]:
    body, extra = [], []
    for b in blocks:
        if b[0] == "p":
            lines = [b[1]]
        elif b[0] == "list":
            lines = [b[1], *b[2]]
        elif b[0] == "table":
            lines = [c for r in b[1] for c in r]
        elif b[0] in ("quote", "qa"):
            lines = [b[1], b[2]]
        else:
            lines = [b[1]]
        body += lines
        if b[0] != "p":
            extra += lines
    return body, extra


def structured(brief: tuple[Any, ...]) -> bool:
    return any(b[0] != "p" for b in brief[3])


def assign() -> list[tuple[str, int, tuple[Any, ...]]]:
    rng = random.Random("briefs_blind11 assign")
    by_lang = {b[0] + ("2" if b[1] == "library-hours" else ""): b for b in BRIEFS}
    slots = [(name, j) for name, *_ in LAYOUTS for j in (0, 1)]
    pool = [b for b in BRIEFS for _ in (0, 1)]
    for key in FIXED.values():
        pool.remove(by_lang[key])
    for _ in range(10000):
        rng.shuffle(pool)
        ctrl = [b for b in pool if structured(b)]
        rest = [b for b in pool if not structured(b)]
        out, ok = [], True
        for k, (name, j) in enumerate(slots):
            if (name, j) in FIXED:
                b = by_lang[FIXED[name, j]]
            elif k % 5 == 4:
                b = ctrl.pop()
            else:
                left = sum(1 for kk in range(k, len(slots)) if kk % 5 == 4)
                share = len(ctrl) / (len(ctrl) + len(rest))
                take = len(ctrl) > left and (not rest or rng.random() < share)
                b = ctrl.pop() if take else rest.pop()
            if (j == 1 and out[-1][2] is b) or (k % 5 == 4 and not structured(b)):
                ok = False
                break
            out.append((name, k, b))
        if ok:
            return out
    raise RuntimeError("no assignment")


def cut(dek: str, mode: str, rng: random.Random, lang: str, more: str) -> tuple[str, str]:
    """(shown text without its mark, HTML with the mark)"""
    nospace = lang in NOSPACE
    if mode == "full":
        return dek, A.e(dek)
    if mode == "raw":
        n = rng.choice([24, 28, 32] if nospace else [80, 90, 100])
        return dek[:n].rstrip(), A.e(dek[:n])
    target = int(len(dek) * rng.uniform(0.45, 0.7))
    if mode == "word":
        pos = target if nospace else dek.rfind(" ", 0, target)
        shown = dek[:pos].rstrip(" ,;:—-")
        mark = rng.choice([" […]", "...", "…", " [...]", " »", "more"])
    else:
        i = target
        while i < len(dek) - 1 and not (dek[i - 1].isalnum() and dek[i].isalnum()):
            i += 1
        shown = dek[:i]
        mark = rng.choice(["…", "...", ""])
    if mark == "more":
        return shown, f'{A.e(shown)}… <a class="more" href="#">{A.e(more)}</a>'
    return shown, A.e(shown) + mark


def make_items(
    lang: str, n: int, mode: str, rng: random.Random, k: int, mix: int = 0
) -> list[dict[str, Any]]:
    """n items: the language's own first, English ones after (at least `mix` English ones)."""
    local = list(ITEMS[lang]) + MORE.get(lang, [])
    rng.shuffle(local)
    en = [x for x in EN_POOL if x not in local]
    rng.shuffle(en)
    out = []
    for i, raw in enumerate((local[: n - mix] + en)[:n]):
        h, d = raw.split(" || ")
        shown, dek = cut(d, mode, rng, "en" if raw in en else lang, CHROME[lang][2])
        out.append(
            {
                "h": h,
                "shown": shown,
                "dek": dek,
                "en": raw in en and lang != "en",
                "n": i,
                "time": f"{7 + i:02d}:{rng.randrange(60):02d}",
                "url": f"/news/{k}-{i}.html",
            }
        )
    return out


def visible(raw: str) -> str:
    root = lhtml.fromstring(raw.encode("utf-8"))
    for el in root.xpath("//script|//style|//noscript|//template|//title"):
        el.drop_tree()
    return norm(root.text_content())


def main() -> None:
    PAGES.mkdir(exist_ok=True)
    for p in PAGES.glob("*"):
        p.unlink()
    fns = {name: (fn, modes) for name, fn, modes, _ in LAYOUTS}
    jobs = [(name, k, b, "control" if k % 5 == 4 else "short") for name, k, b in assign()]
    seed = ("en", "seed-two-paras", SEED_TITLE, [("p", x) for x in SEED_PARAS])
    jobs += [("seedtext", 56, seed, "short"), ("textonly", 57, seed, "short")]
    totals = [0, 0, 0]
    for name, k, brief, kind in jobs:
        lang, story, title, blocks = brief
        rng = random.Random(f"briefs_blind11 {k} {name} {story}")
        body, extra = body_lines(blocks)
        blen = sum(len(x) for x in body)
        paras = sum(1 for b in blocks if b[0] == "p")
        assert MIN_BODY.get(lang, 350) <= blen <= 1100 and 2 <= paras <= 5, (k, story, blen, paras)
        fn, modes = fns[name]
        mode = rng.choice(modes)
        items: list[dict[str, Any]] = []
        if story == "seed-two-paras":
            mode = "raw"
            items = [
                {
                    "h": h,
                    "shown": d,
                    "dek": A.e(d),
                    "en": False,
                    "n": i,
                    "time": f"{8 + i:02d}:05",
                    "url": f"/news/{k}-{i}.html",
                }
                for i, (h, d) in enumerate(SEED_ITEMS)
            ]
        elif kind == "short":
            n = rng.randint(6, 10)
            if name == "portalintl":
                n = max(n, 8)
            for m in [mode, "full"]:
                for nn in range(n, 11):
                    trial = random.Random(f"briefs_blind11 items {k} {m} {nn}")
                    items = make_items(lang, nn, m, trial, k, 3 if name == "portalintl" else 0)
                    if sum(len(it["h"]) + len(it["shown"]) for it in items) >= blen:
                        break
                else:
                    continue
                mode = m
                break
        P = SimpleNamespace(
            lang=lang,
            dir="rtl" if lang in ("ar", "fa", "he") else "ltr",
            title=title,
            blocks=blocks,
            items=items,
            ch=CHROME[lang],
            control=kind == "control",
            byline=SEED_BYLINE if story == "seed-two-paras" else "",
        )
        page = fn(P)
        clutter = [x for it in items for x in (it["h"], it["shown"])]
        vis = visible(page)
        btext = norm(" ".join(body))
        if kind == "short":
            clen = sum(len(x) for x in clutter)
            assert 6 <= len(items) <= 10 and clen >= blen, (k, story, clen, blen)
        for c in clutter:
            c = norm(c)
            assert len(c) >= (6 if lang in NOSPACE else 10), (k, c)
            assert c not in btext and c[:40] not in btext, (k, c)
            assert c not in title and c[:40] not in title, (k, c)
            assert c in vis, (k, "clutter not visible", c)
        for x in body:
            assert norm(x) in vis, (k, "body not visible", x)
        assert norm(title) in vis, (k, "title")
        stem = f"{k:03d}_{name}_{lang}-{story}"
        (PAGES / f"{stem}.html").write_text(page, encoding="utf-8")
        label = {
            "layout": name,
            "kind": kind,
            "split": "heldback" if name in HELDBACK else "dev",
            "lang": lang,
            "story": story,
            "teaser_mode": mode if items else "-",
            "items": len(items),
            "title": title,
            "body": body,
            "extra": extra,
            "clutter": clutter,
        }
        (PAGES / f"{stem}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        totals[0] += len(body)
        totals[1] += len(extra)
        totals[2] += len(clutter)
    print(
        f"{len(jobs)} pages: {totals[0]} body lines ({totals[1]} structural), {totals[2]} clutter lines"
    )


if __name__ == "__main__":
    main()
