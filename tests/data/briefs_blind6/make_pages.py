"""Generate the blind6 pages and labels deterministically (random.Random seeded with strings)."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import layouts as l1
import layouts2 as l2
from common import CUT_STYLES, Item, Page, cut_teaser, esc, para_html, struct_block
from heads import HEADS, LABEL, MORE
from texts import BRIEFS

HERE = Path(__file__).resolve().parent
OUT = HERE / "pages"
N_PAGES = 68
CJK = ("ja", "zh")

# layout name -> (function, paragraph class)
LAYOUTS = {
    "typo3": (l1.typo3, "bodytext"),
    "ezpublish": (l1.ezpublish, ""),
    "sitecore": (l1.sitecore, ""),
    "liferay": (l1.liferay, ""),
    "blox": (l1.blox, ""),
    "brightspot": (l1.brightspot, "rte-paragraph"),
    "polopoly": (l1.polopoly, "p_text"),
    "escenic": (l1.escenic, ""),
    "hugo": (l1.hugo, ""),
    "jekyll": (l1.jekyll, ""),
    "nextrsc": (l1.nextrsc, "Article_p__9sLk1"),
    "svelte": (l2.svelte, "svelte-1k9x2qz"),
    "vuessr": (l2.vuessr, ""),
    "elementor": (l2.elementor, ""),
    "divi": (l2.divi, ""),
    "bulma": (l2.bulma, ""),
    "foundation": (l2.foundation, "lead-text"),
    "materialui": (l2.materialui, "MuiTypography-root MuiTypography-body1 css-1x2y3zq"),
    "xhtml": (l2.xhtml, ""),
    "marquee": (l2.marquee, ""),
    "wire": (l2.wire, ""),
    "tvvideo": (l2.tvvideo, ""),
    "radioaudio": (l2.radioaudio, ""),
    "liveblog": (l2.liveblog, ""),
    "council": (l2.council, ""),
    "university": (l2.university, ""),
    "ngopress": (l2.ngopress, ""),
    "paywall": (l2.paywall, ""),
    "rankedspans": (l2.rankedspans, ""),
}


def norm(s: str) -> str:
    return " ".join(s.split())


def build_body(
    brief: dict, rng: random.Random, with_struct: bool, pcls: str
) -> tuple[list[str], list[str], list[str]]:
    """Return (html blocks, body lines, extra lines)."""
    by_pos: dict[int, list[tuple]] = {}
    if with_struct:
        for pos, block in brief["struct"]:
            by_pos.setdefault(pos, []).append(block)
    blocks, body, extra = [], [], []
    paras = brief["paras"]
    for n in range(len(paras) + 1):
        for block in by_pos.get(n, []):
            h, lines = struct_block(block, rng)
            blocks.append(h)
            body += lines
            extra += lines
        if n < len(paras):
            blocks.append(para_html(paras[n], rng, pcls))
            body.append(paras[n])
    return blocks, body, extra


def make_items(lang: str, n: int, rng: random.Random, style_pool: list[str]) -> list[Item]:
    pool = list(HEADS[lang])
    rng.shuffle(pool)
    if n > len(pool) and lang != "en":
        fill = list(HEADS["en"])
        rng.shuffle(fill)
        pool += fill
    items = []
    style = rng.choice(style_pool)
    for k, (head, teaser) in enumerate(pool[:n]):
        href = f"/news/2026/12/{rng.randrange(10000, 99999)}"
        item_lang = lang if k < len(HEADS[lang]) else "en"
        shown, tail = cut_teaser(teaser, style, item_lang, MORE[item_lang], href)
        items.append(
            Item(
                head=head,
                shown=shown,
                tail=tail,
                href=href,
                time=f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}",
                date=f"{rng.randrange(1, 29):02d}.11.2026",
                author=rng.choice(["A. Berg", "M. Lund", "K. Osei", "R. Tanaka", "L. Moreau"]),
                comments=rng.randrange(0, 240),
                rank=k,
            )
        )
    return items


def probe(line: str) -> str:
    s = norm(line)
    return s if len(s) <= 40 else s[:40]


def check(name: str, lang: str, title: str, body: list[str], clutter: list[str], kind: str) -> None:
    text = norm(" ".join([title, *body]))
    for c in clutter:
        assert probe(c) not in text, (name, c)
    chars = sum(len(b) for b in body)
    floor = 150 if lang in CJK else 350
    assert floor <= chars <= 1100, (name, chars)
    if kind == "short":
        assert sum(len(c) for c in clutter) >= chars, (name, "clutter volume")
        assert 6 <= len(clutter) // 2 <= 10, name


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    names = list(LAYOUTS)
    for i in range(N_PAGES):
        layout = names[i % len(names)]
        brief = BRIEFS[(i * 7) % len(BRIEFS)]
        lang = brief["lang"]
        kind = "control" if i % 5 == 4 else "short"
        rng = random.Random(f"blind6/{i}/{layout}/{brief['id']}")
        with_struct = kind == "control" or rng.random() < 0.35
        fn, pcls = LAYOUTS[layout]
        blocks, body, extra = build_body(brief, rng, with_struct, pcls)
        items: list[Item] = []
        if kind == "short":
            pool = CUT_STYLES if lang not in CJK else ["whole", "mid", "hellip", "more", "raquo"]
            n = rng.randint(6, 8 if lang == "en" else 10)
            items = make_items(lang, n, rng, pool)
            while (
                sum(len(x.head) + len(x.shown) for x in items) < sum(len(b) for b in body)
                and n < 10
            ):
                n += 1
                items = make_items(lang, n, random.Random(f"blind6/{i}/more/{n}"), pool)
        page = Page(
            lang=lang,
            title=brief["title"],
            blocks=blocks,
            para_idx=[],
            items=items,
            rng=rng,
            label=LABEL[lang],
            more=MORE[lang],
        )
        html = fn(page)
        clutter = [s for x in items for s in (x.head, x.shown)]
        stem = f"{i:03d}_{layout}_{brief['id']}"
        check(stem, lang, brief["title"], body, clutter, kind)
        assert all(esc(c) in html for c in clutter), stem
        label = {
            "layout": layout,
            "kind": kind,
            "lang": lang,
            "title": brief["title"],
            "body": body,
            "extra": extra,
            "clutter": clutter,
        }
        (OUT / f"{stem}.html").write_text(html, encoding="utf-8")
        (OUT / f"{stem}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"wrote {N_PAGES} pages to {OUT}")


if __name__ == "__main__":
    main()
