"""Generate the briefs_blind12 pages and labels (deterministic; run from this directory or anywhere).

.venv/bin/python tests/data/briefs_blind12/make_pages.py  -> rewrites pages/*.html and pages/*.json
"""

from __future__ import annotations

import json
import random
import re
import sys
from html import escape as esc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lxml.html  # noqa: E402
from briefs_a import BRIEFS_A  # noqa: E402
from briefs_b import BRIEFS_B  # noqa: E402
from common import Page, brief_blocks, make_items  # noqa: E402
from heads_a import HEADS_A  # noqa: E402
from heads_b import HEADS_B  # noqa: E402
from layouts_a import LAYOUTS as LA  # noqa: E402
from layouts_b import LAYOUTS as LB  # noqa: E402
from layouts_c import LAYOUTS as LC  # noqa: E402
from seed import SEED_BYLINE, SEED_PARAS, SEED_TAIL, SEED_TITLE  # noqa: E402

BRIEFS = {**BRIEFS_A, **BRIEFS_B}
HEADS = {**HEADS_A, **HEADS_B}
LAYOUTS = {**LA, **LB, **LC}
PAGES = HERE / "pages"

# layout -> (languages, split); a heldback layout never appears in dev
PLAN: dict[str, tuple[tuple[str, ...], str]] = {
    "cityportal99": (("de", "cs"), "dev"),
    "broadcasttext": (("sv", "nl"), "dev"),
    "mobilepaper": (("es", "pt"), "dev"),
    "regionalcms": (("pl", "ro"), "dev"),
    "wirecustomer": (("en", "fr"), "dev"),
    "ministrynews": (("uk", "el"), "dev"),
    "policenews": (("hu", "he"), "heldback"),
    "sportsclub": (("it", "de"), "dev"),
    "studentpaper": (("en", "tr"), "dev"),
    "diaspora": (("fa", "ar"), "dev"),
    "tgmirror": (("ru", "uk"), "dev"),
    "ampstory": (("hi", "bn"), "heldback"),
    "spassr": (("ja", "ko"), "dev"),
    "forumportal": (("ru", "pl"), "dev"),
    "newsletterweb": (("sw", "id"), "dev"),
    "rankedlist": (("vi", "th"), "heldback"),
    "latestrip": (("fr", "it"), "dev"),
    "tabnews2005": (("tr", "el"), "dev"),
    "blogspot": (("pt", "ro"), "heldback"),
    "wpblocks": (("nl", "sv"), "dev"),
    "nextjsgrid": (("zh", "ja"), "dev"),
    "localtv": (("es", "hu"), "heldback"),
    "intlservice": (("ar", "fa"), "dev"),
    "flankportal": (("id", "vi"), "heldback"),
    "municipal": (("cs", "he"), "dev"),
    "fonttags2001": (("zh", "ko"), "heldback"),
    "tabloidflank": (("hi", "sw"), "dev"),
    "printview": (("bn", "th"), "heldback"),
}
SEED_ON = ("studentpaper", "printview")
INTL = {"intlservice"}
# control pages (the brief with its structure, no headline items): 9 of 41 dev, 3 of 17 heldback
CONTROL = {
    ("broadcasttext", "nl"), ("regionalcms", "ro"), ("ministrynews", "el"), ("diaspora", "ar"),
    ("spassr", "ja"), ("latestrip", "it"), ("intlservice", "fa"), ("municipal", "he"),
    ("tabloidflank", "sw"), ("policenews", "he"), ("rankedlist", "th"), ("fonttags2001", "ko"),
}  # fmt: skip  # international portal: 3 English items in a "World" strip


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def body_range(lang: str) -> tuple[int, int]:
    if lang in ("zh", "ja"):
        return 120, 500
    return (180, 800) if lang in ("ko", "th") else (350, 1100)


def choose_items(lang: str, layout: str, modes: tuple, rng: random.Random, k: int, body_len: int):
    pool = rng.sample(HEADS[lang], len(HEADS[lang]))
    extra = rng.sample(HEADS["en"], 3) if layout in INTL else []
    n = rng.randint(6, 8) - len(extra) + (2 if extra else 0)
    mode = rng.choice(modes)
    for tries in range(8):
        items = make_items(extra + pool, n + len(extra), mode, lang, rng, k)
        if sum(len(it.h) + len(it.t) for it in items) >= body_len:
            return items, mode
        n, mode = (min(n + 1, len(pool)), mode) if tries < 3 else (len(pool), "full")
    raise SystemExit(f"{layout}/{lang}: clutter below body")


def build(k: int, layout: str, lang: str, split: str, kind: str, seed: bool) -> tuple[str, dict]:
    fn, modes = LAYOUTS[layout]
    rng = random.Random(f"briefs_blind12:{layout}:{lang}:{k}")
    if seed:
        title, story, extra = SEED_TITLE, "seed-two-paras", [SEED_BYLINE]
        blocks, body = [f"<p>{esc(x)}</p>" for x in SEED_PARAS], list(SEED_PARAS)
    else:
        b = BRIEFS[lang]
        title, story, extra = b["title"], b["story"], []
        structured = kind == "control" or rng.random() < 0.36
        blocks, body = brief_blocks(b, structured)
    items, mode = [], "-"
    if kind == "short" and seed:
        items = make_items(
            [f"{h}|{t}" for h, t in zip(SEED_TAIL[::2], SEED_TAIL[1::2], strict=True)],
            6,
            "full",
            lang,
            rng,
            k,
        )
        mode = "raw"
    elif kind == "short":
        items, mode = choose_items(lang, layout, modes, rng, k, sum(map(len, body)))
    page = Page(lang=lang, title=title, blocks=blocks, items=items, rng=rng, k=k, extra=extra)
    html = fn(page)
    label = {
        "layout": layout,
        "kind": kind,
        "split": split,
        "lang": lang,
        "story": story,
        "teaser_mode": mode,
        "items": len(items),
        "title": title,
        "body": body,
        "extra": extra,
        "clutter": [x for it in items for x in (it.h, it.t)],
    }
    return html, label


def check(name: str, html: str, label: dict, seed: bool) -> None:
    text = norm(lxml.html.fromstring(html.encode("utf-8")).text_content())
    body, clutter = label["body"], label["clutter"]
    paras_len = sum(len(x) for x in (SEED_PARAS if seed else BRIEFS[label["lang"]]["paras"]))
    lo, hi = body_range(label["lang"])
    assert lo <= paras_len <= hi, (name, paras_len)
    for line in body + clutter:
        assert norm(line) in text, (name, "not on page", line)
    if label["kind"] == "short":
        assert 6 <= label["items"] <= 10, name
        assert sum(map(len, clutter)) >= sum(map(len, body)), (name, "clutter below body")
    hay = norm(" ".join(body)) + " " + norm(label["title"])
    for c in clutter:
        assert norm(c) not in hay and norm(c)[:40] not in hay, (name, "probe in body", c)
        assert len(norm(c)) >= 8, (name, "short probe", c)


def main() -> None:
    PAGES.mkdir(exist_ok=True)
    for old in PAGES.glob("*"):
        old.unlink()
    jobs = [(lay, lang, split, False) for lay, (langs, split) in PLAN.items() for lang in langs]
    jobs += [(lay, "en", PLAN[lay][1], True) for lay in SEED_ON]
    for k, (layout, lang, split, seed) in enumerate(jobs):
        kind = "control" if (layout, lang) in CONTROL and not seed else "short"
        html, label = build(k, layout, lang, split, kind, seed)
        name = f"{k:03d}_{layout}_{lang}-{label['story']}"
        check(name, html, label, seed)
        (PAGES / f"{name}.html").write_text(html, encoding="utf-8")
        (PAGES / f"{name}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"{len(jobs)} pages written to {PAGES}")


if __name__ == "__main__":
    main()
