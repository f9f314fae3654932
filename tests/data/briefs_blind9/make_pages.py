"""Generate the briefs_blind9 pages and labels (deterministic; run from anywhere).

Every choice comes from random.Random seeded with a string (no hash()). Checks: body length,
6-10 items and clutter >= body characters on short pages, no clutter probe in the body or title,
every labelled line (title, body, clutter) in the page's visible text.
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
from heads1 import HEADS1  # noqa: E402
from heads2 import HEADS2  # noqa: E402
from heads3 import CHROME, HEADS3  # noqa: E402
from layouts1 import LAYOUTS1  # noqa: E402
from layouts2 import LAYOUTS2  # noqa: E402
from layouts3 import LAYOUTS3  # noqa: E402
from render import CJK, body_blocks, extra_lines, prep_items  # noqa: E402
from texts1 import BRIEFS1  # noqa: E402
from texts2 import BRIEFS2  # noqa: E402

SEED = "briefs_blind9"
BRIEFS = {b["lang"]: b for b in BRIEFS1 + BRIEFS2}
HEADS = {**HEADS1, **HEADS2, **HEADS3}
LAYOUTS = {**LAYOUTS1, **LAYOUTS2, **LAYOUTS3}
# portal layouts get (some of) their own region's languages; every other slot is drawn
PREFS = {
    "sinaportal": ["zh"],
    "jpportal": ["ja"],
    "naver": ["ko"],
    "arabportal": ["ar", "fa"],
    "dle": ["ru"],
    "bitrix": ["uk"],
    "indiaportal": ["hi"],
    "latam": ["es", "pt"],
}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def visible_text(page: str) -> str:
    root = lxml.html.fromstring(page.encode("utf-8"))
    for el in root.xpath("//script|//style|//noscript|//template|//title"):
        el.drop_tree()
    return norm(root.text_content())


def assign(rng: random.Random) -> list[tuple[str, str]]:
    """Each layout gets two briefs, each brief is used twice, never twice on one layout."""
    slots = {lay: list(PREFS.get(lay, [])) for lay in sorted(LAYOUTS)}
    left = [lang for lang in sorted(BRIEFS) for _ in range(2)]
    for langs in slots.values():
        for lang in langs:
            left.remove(lang)
    rng.shuffle(left)
    for lay in sorted(slots):
        while len(slots[lay]) < 2:
            pick = next(x for x in left if x not in slots[lay])
            left.remove(pick)
            slots[lay].append(pick)
    assert not left
    pairs = [(lay, lang) for lay in sorted(slots) for lang in slots[lay]]
    rng.shuffle(pairs)
    return pairs


def build(k: int, layout: str, brief: dict[str, Any], control: bool) -> tuple[str, dict[str, Any]]:
    rng = random.Random(f"{SEED}/{k}")
    fn, modes = LAYOUTS[layout]
    lang = brief["lang"]
    with_extra = brief["extra"] is not None and (control or rng.random() < 0.45)
    extra = extra_lines(brief["extra"]) if with_extra else []
    body = list(brief["paras"]) + extra
    nbody = sum(len(x) for x in body)
    lo, hi = (150, 450) if lang in CJK else (350, 1100)
    assert lo <= nbody <= hi, (k, brief["story"], nbody)
    own, fill = list(HEADS[lang]), [] if lang == "en" else list(HEADS["en"])
    rng.shuffle(own)
    rng.shuffle(fill)
    pool = own + fill
    first = rng.choice(modes)
    order = [first] + [m for m in modes if m != first]
    start = rng.randint(6, 10)
    tries = [(m, n) for m in order for n in range(start, 11)]
    for mode, n in [(first, 0)] if control else tries:
        r = random.Random(f"{SEED}/{k}/{mode}/{n}")
        items = prep_items(pool[:n], r, mode, lang)
        ctx = {
            "b": brief,
            "blocks": body_blocks(brief, with_extra, random.Random(f"{SEED}/{k}/blocks")),
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
        raise AssertionError(f"page {k}: clutter shorter than body at 10 items in every mode")
    label = {
        "layout": layout,
        "kind": "control" if control else "short",
        "lang": lang,
        "story": brief["story"],
        "teaser_mode": "-" if control else mode,
        "items": len(items),
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
    if label["kind"] == "short":
        assert 6 <= label["items"] <= 10, k
        assert sum(map(len, label["clutter"])) >= sum(map(len, label["body"])), k


def main() -> None:
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*"):
        old.unlink()
    pairs = assign(random.Random(SEED))
    stats = {"short": 0, "control": 0, "body": 0, "extra": 0, "clutter": 0}
    ratios = []
    for k, (layout, lang) in enumerate(pairs):
        control = k % 5 == 4
        page, label = build(k, layout, BRIEFS[lang], control)
        stem = f"{k:03d}_{layout}_{lang}-{label['story']}"
        (out / f"{stem}.html").write_text(page, encoding="utf-8")
        js = json.dumps(label, ensure_ascii=False, indent=1)
        (out / f"{stem}.json").write_text(js + "\n", encoding="utf-8")
        stats[label["kind"]] += 1
        stats["body"] += len(label["body"])
        stats["extra"] += len(label["extra"])
        stats["clutter"] += len(label["clutter"])
        if not control:
            ratios.append(sum(map(len, label["clutter"])) / sum(map(len, label["body"])))
    print(stats, f"clutter/body {min(ratios):.2f}-{max(ratios):.2f}")


if __name__ == "__main__":
    main()
