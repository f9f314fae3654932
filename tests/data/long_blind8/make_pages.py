"""Generate the long_blind8 corpus: 16 layouts x 3 languages, deterministic (random.Random
seeded with strings, no hash()). Self-checks: no clutter probe inside a body line or the title
(short ones become neutral), every labelled line occurs in the page text."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from lxml import html as lh

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from chrome_a import CHROME_A  # noqa: E402
from chrome_b import CHROME_B  # noqa: E402
from stories_a import STORIES_A  # noqa: E402
from stories_b import STORIES_B  # noqa: E402
from stories_c import STORIES_C  # noqa: E402
from stories_d import STORIES_D  # noqa: E402
from stories_more import MORE  # noqa: E402

CHROME = {**CHROME_A, **CHROME_B}
STORIES = {s["lang"]: dict(s) for s in STORIES_A + STORIES_B + STORIES_C + STORIES_D}
for _lang, _more in MORE.items():
    _t = STORIES[_lang]["text"]
    _at = _t.index("\nH ")
    STORIES[_lang]["text"] = _t[:_at] + "\n" + _more.strip() + _t[_at:]
DEV_LANGS = ["en", "it", "nl", "tr", "uk", "he", "ko", "th", "fa", "id", "vi"]
HB_LANGS = ["hu", "el", "hi", "bg", "fi"]


from blocks import B, key, parse, plain, probe  # noqa: E402
from layouts import DEV, HB, HOVER_LAYOUTS, LAYOUTS  # noqa: E402


def build(layout: str, gen: int, fn, lang: str, split: str, out: Path, num: int) -> list[str]:
    s, ch = STORIES[lang], CHROME[lang]
    rng = random.Random(f"long_blind8/{layout}/{s['id']}")
    b = B(s, ch, rng)
    b.n(s["byline"])
    b.n(s["date"])
    doc = fn(b, s, ch, rng)
    title = s["title"]
    body = [plain(t) for _, t in b.lines]
    subheads = [plain(t) for k, t in b.lines if k == "H"]
    errors = []
    bkeys = [key(x) for x in body] + [key(title)]
    clutter, kinds = [], []
    for text, kind in b.clutter:
        p = probe(text)
        if any(p in bk for bk in bkeys):
            if len(text) <= 25:
                b.n(text)
                continue
            errors.append(f"{layout}/{lang}: clutter probe in body: {text}")
        clutter.append(text)
        kinds.append(kind)
    tree = lh.fromstring(doc.encode("utf-8"))
    pt = key(tree.text_content())
    if key(s["caption"]) in pt:
        b.n(s["caption"])
    for x in clutter + b.neutral + [t for t in body if t not in b.hover_lines]:
        if key(x) not in pt:
            errors.append(f"{layout}/{lang}: not in page text: {x}")
    if fn.__name__ in HOVER and not b.hover_lines:
        errors.append(f"{layout}/{lang}: no hover fused")
    stem = f"{num:03d}_{layout}_{lang}-{s['id'].split('-', 1)[1]}"
    (out / f"{stem}.html").write_text(doc, encoding="utf-8")
    label = {
        "layout": layout,
        "generation": gen,
        "lang": lang,
        "article": s["id"],
        "topic": s["topic"],
        "split": split,
        "title": title,
        "body": body,
        "subheads": subheads,
        "hover_lines": b.hover_lines,
        "clutter": clutter,
        "clutter_kinds": kinds,
        "neutral": b.neutral,
    }
    (out / f"{stem}.json").write_text(
        json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return errors


HOVER: set[str] = set()


def main() -> None:
    HOVER.update(HOVER_LAYOUTS)
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for f in out.glob("*"):
        f.unlink()
    errors: list[str] = []
    num = 0
    for names, langs, split, step in ((DEV, DEV_LANGS, "dev", 4), (HB, HB_LANGS, "heldback", 2)):
        for r in range(3):
            for i, lang in enumerate(langs):
                name = names[(i + step * r) % len(names)]
                gen, fn = LAYOUTS[name]
                errors += build(name, gen, fn, lang, split, out, num)
                num += 1
    for lang, s in STORIES.items():
        n = sum(len(key(plain(t))) + 0 for _, t in parse(s))
        print(lang, len(parse(s)), "lines", sum(len(plain(t)) for _, t in parse(s)), "chars", n)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(num, "pages ok")


if __name__ == "__main__":
    main()
