"""Generate the briefs_blind8 pages and labels (deterministic; run from anywhere).

Every choice comes from random.Random seeded with a string. Checks: body length, clutter >= body
characters on short pages, no clutter probe in the body or title, every labelled line visible.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lxml.html  # noqa: E402
from heads import HEADS1  # noqa: E402
from heads2 import CHROME2, HEADS2  # noqa: E402
from layouts1 import LAYOUTS1  # noqa: E402
from layouts2 import LAYOUTS2  # noqa: E402
from layouts3 import LAYOUTS3  # noqa: E402
from layouts4 import LAYOUTS4  # noqa: E402
from render import CJK, body_blocks, extra_lines, prep_items  # noqa: E402
from texts import BRIEFS1  # noqa: E402
from texts2 import BRIEFS2  # noqa: E402
from texts3 import BRIEFS3, CHROME3, HEADS3  # noqa: E402

SEED = "briefs_blind8"
N_PAGES = 52
BRIEFS = BRIEFS1 + BRIEFS2 + BRIEFS3
HEADS = {**HEADS1, **HEADS2, **HEADS3}
CHROME = {**CHROME2, **CHROME3}
LAYOUTS = {**LAYOUTS1, **LAYOUTS2, **LAYOUTS3, **LAYOUTS4}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def visible_text(page: str) -> str:
    root = lxml.html.fromstring(page.encode("utf-8"))
    for el in root.xpath("//script|//style|//noscript|//template|//title"):
        el.drop_tree()
    return norm(root.text_content())


def candidates(lang: str, rng: random.Random) -> list[str]:
    own = list(HEADS[lang])
    rng.shuffle(own)
    fill = [] if lang == "en" else list(HEADS["en"])
    rng.shuffle(fill)
    return own + fill


def build(k: int, layout: str, brief: dict[str, Any], control: bool) -> tuple[str, dict[str, Any]]:
    rng = random.Random(f"{SEED}/{k}")
    fn, modes = LAYOUTS[layout]
    lang = brief["lang"]
    with_extra = control or rng.random() < 0.4
    blocks_seed = f"{SEED}/{k}/blocks"
    extra = extra_lines(brief["extra"]) if with_extra else []
    body = list(brief["paras"]) + extra
    nbody = sum(len(x) for x in body)
    lo, hi = (150, 350) if lang in CJK else (350, 1100)
    assert lo <= nbody <= hi, (k, brief["story"], nbody)
    pool = candidates(lang, rng)
    start = rng.randint(6, 10)
    for n in [0] if control else range(start, 11):
        r = random.Random(f"{SEED}/{k}/{n}")
        items = prep_items(pool[:n], r, modes, CHROME[lang][0])
        ctx = {
            "b": brief,
            "blocks": body_blocks(brief, with_extra, random.Random(blocks_seed)),
            "items": items,
            "ch": CHROME[lang],
            "rng": r,
            "lang": lang,
            "n": k,
        }
        page = fn(ctx)
        clutter = [x for i in items for x in i["lines"]]
        if control or sum(len(x) for x in clutter) >= nbody:
            break
    else:
        raise AssertionError(f"page {k}: clutter shorter than body at 10 items")
    label = {
        "layout": layout,
        "kind": "control" if control else "short",
        "lang": lang,
        "title": brief["title"],
        "body": body,
        "extra": extra,
        "clutter": clutter,
    }
    check(k, page, label)
    return page, label


def check(k: int, page: str, label: dict[str, Any]) -> None:
    text = visible_text(page)
    for line in [label["title"], *label["body"], *label["clutter"]]:
        assert norm(line) in text, (k, line)
    own = norm(" ".join([label["title"], *label["body"]]))
    for c in label["clutter"]:
        for probe in {norm(c), norm(c)[:40]}:
            assert probe not in own, (k, c)


def main() -> None:
    rng = random.Random(SEED)
    layouts = sorted(LAYOUTS)
    rng.shuffle(layouts)
    briefs = list(BRIEFS)
    rng.shuffle(briefs)
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*"):
        old.unlink()
    stats = {"short": 0, "control": 0, "body": 0, "extra": 0, "clutter": 0}
    for k in range(N_PAGES):
        layout = layouts[k % len(layouts)]
        brief = briefs[(k + k // len(briefs)) % len(briefs)]
        page, label = build(k, layout, brief, k % 5 == 4)
        stem = f"{k + 1:03d}_{layout}_{brief['lang']}-{brief['story']}"
        (out / f"{stem}.html").write_text(page, encoding="utf-8")
        (out / f"{stem}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        stats[label["kind"]] += 1
        stats["body"] += len(label["body"])
        stats["extra"] += len(label["extra"])
        stats["clutter"] += len(label["clutter"])
    print(stats, "layouts:", len(LAYOUTS), "languages:", len({b["lang"] for b in BRIEFS}))


if __name__ == "__main__":
    main()
