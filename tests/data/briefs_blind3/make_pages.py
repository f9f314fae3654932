"""Regenerate the held-out brief pages: python tests/data/briefs_blind3/make_pages.py (deterministic)."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import layouts  # noqa: E402
import layouts2  # noqa: E402
from briefs_a import BRIEFS_A  # noqa: E402
from briefs_b import BRIEFS_B  # noqa: E402
from render import SITES, Ctx, fill  # noqa: E402

BRIEFS = BRIEFS_A + BRIEFS_B
SHORT = {
    name: getattr(module, name)
    for module, names in [
        (
            layouts,
            "seed_plain seed_links h3_dek wp_related next_hashed amp_carousel table_font table_br drupal_views readalso_inline mostread_ol card_grid dl_list strong_paras",
        ),
        (
            layouts2,
            "sidebar_first mobile_list figure_cards headless_blocks slideshow interrupted same_topic ul_headlines",
        ),
    ]
    for name in names.split()
}
CONTROL = {
    name: getattr(layouts2, name)
    for name in ["control_wp", "control_next", "control_legacy", "control_plain"]
}
TWICE = ["seed_plain", "h3_dek", "same_topic", "ul_headlines"]


def plan(rng: random.Random) -> list[tuple[str, str, dict]]:
    """(kind, layout, brief) for 48 short pages and 12 control pages."""
    short_layouts = [name for name in SHORT for _ in range(2)] + TWICE
    pool = BRIEFS * 2
    rng.shuffle(pool)
    rng.shuffle(short_layouts)
    pages = [("short", lay, brief) for lay, brief in zip(short_layouts, pool, strict=False)]
    structured = [b for b in BRIEFS if any(block[0] != "p" for block in b["blocks"])]
    rng.shuffle(structured)
    control_layouts = [name for name in CONTROL for _ in range(3)]
    pages += [
        ("control", lay, brief) for lay, brief in zip(control_layouts, structured, strict=False)
    ]
    return pages


def build(kind: str, layout: str, brief: dict, index: int) -> tuple[str, dict]:
    rng = random.Random(f"briefs_blind3:{index}:{layout}:{brief['id']}")
    ctx = Ctx(brief=brief, rng=rng, site=rng.choice(SITES))
    fill(ctx)
    html = (CONTROL if kind == "control" else SHORT)[layout](ctx)
    size = sum(len(line) for line in ctx.body)
    assert 350 <= size <= 1100, (brief["id"], size)
    body_text = " ".join(ctx.body)
    assert not [line for line in ctx.clutter if line[:40] in body_text], brief["id"]
    label = {
        "layout": layout,
        "kind": kind,
        "lang": brief["lang"],
        "title": brief["title"],
        "body": ctx.body,
        "extra": ctx.extra,
        "clutter": ctx.clutter,
    }
    return html, label


def main() -> None:
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    for index, (kind, layout, brief) in enumerate(plan(random.Random("briefs_blind3")), 1):
        html, label = build(kind, layout, brief, index)
        stem = f"{index:03d}_{layout}_{brief['id']}"
        (out / f"{stem}.html").write_text(html, encoding="utf-8")
        (out / f"{stem}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"wrote {index} pages to {out}")


if __name__ == "__main__":
    main()
