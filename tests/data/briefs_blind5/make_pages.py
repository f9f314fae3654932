"""Generate the briefs_blind5 pages and labels (deterministic; every choice from seeded Random).

Run from the repo root: .venv/bin/python tests/data/briefs_blind5/make_pages.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import layouts as L  # noqa: E402
import layouts2 as L2  # noqa: E402
from heads import HEADS, LABELS, MORE  # noqa: E402
from texts import BRIEFS  # noqa: E402

LAYOUTS: dict[str, L.LayoutFn] = {
    "aspnet": L.aspnet,
    "bootstrap": L.bootstrap,
    "tailwind": L.tailwind,
    "gutenberg": L.gutenberg,
    "arcxp": L.arcxp,
    "squarespace": L.squarespace,
    "wix": L.wix,
    "reacthydr": L.reacthydr,
    "hentry": L.hentry,
    "itemprop": L.itemprop,
    "pressrelease": L2.pressrelease,
    "govnews": L2.govnews,
    "printview": L2.printview,
    "mobilelite": L2.mobilelite,
    "rtl": L2.rtl,
    "cjkportal": L2.cjkportal,
    "dllist": L2.dllist,
    "sectioncards": L2.sectioncards,
    "linktable": L2.linktable,
    "jsonld": L2.jsonld,
    "regional2005": L2.regional2005,
    "commentcounts": L2.commentcounts,
    "interleaved": L2.interleaved,
    "angular": L2.angular,
}
N_PAGES = 66
CJK = {"ja", "ko", "zh"}
FORCED = {"rtl": ["ar"], "cjkportal": ["ja", "ko", "zh"]}
CUTS = ["whole", "fixed", "word", "ellip", "dots", "bracket", "more", "raquo", "arrow"]
AUTHORS = ["M. Okafor", "J. Lindgren", "A. Rossi", "K. Tanaka", "S. Haddad", "P. Nowak"]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def esc(s: str) -> str:
    return L.esc(s)


def render_struct(kind: str, data, rng: Random) -> tuple[str, list[str], str]:
    """HTML of a brief's structure, the body lines it must keep, and its position."""
    v = rng.randrange(2)
    if kind == "list":
        lead, items = data
        tag = "ul" if v == 0 else "ol"
        lis = "".join(f"<li>{esc(i)}</li>" for i in items)
        return f"<p>{esc(lead)}</p>\n<{tag}>{lis}</{tag}>", [lead, *items], "mid"
    if kind == "quote":
        text, credit = data
        if v == 0:
            h = f"<blockquote><p>“{esc(text)}”</p><cite>{esc(credit)}</cite></blockquote>"
        else:
            h = f'<figure class="quote"><blockquote>{esc(text)}</blockquote><figcaption>— {esc(credit)}</figcaption></figure>'
        return h, [text, credit], "mid"
    if kind == "factbox":
        title, rows = data
        if v == 0:
            trs = "".join(f"<tr><th>{esc(k)}</th><td>{esc(x)}</td></tr>" for k, x in rows)
            h = f'<div class="factbox"><h3>{esc(title)}</h3><table>{trs}</table></div>'
        else:
            dds = "".join(f"<dt>{esc(k)}</dt><dd>{esc(x)}</dd>" for k, x in rows)
            h = f'<div class="factbox"><h3>{esc(title)}</h3><dl>{dds}</dl></div>'
        return h, [title, *[s for r in rows for s in r]], "end"
    if kind == "subheads":
        h = "\n".join(f"<h2>{esc(a)}</h2>\n<p>{esc(b)}</p>" for a, b in data)
        return h, [s for r in data for s in r], "end"
    if kind == "qa":
        if v == 0:
            h = "\n".join(f"<p><strong>{esc(q)}</strong></p>\n<p>{esc(a)}</p>" for q, a in data)
        else:
            h = (
                '<dl class="qa">'
                + "".join(f"<dt>{esc(q)}</dt><dd>{esc(a)}</dd>" for q, a in data)
                + "</dl>"
            )
        return h, [s for r in data for s in r], "end"
    if kind == "caption":
        h = f'<figure class="lead-image"><img src="/img/lead.jpg" alt="" width="800" height="450"><figcaption>{esc(data)}</figcaption></figure>'
        return h, [data], "top"
    if kind == "update":
        return f'<p class="update-note"><em>{esc(data)}</em></p>', [data], "top"
    if kind == "correction":
        return f'<p class="correction"><i>{esc(data)}</i></p>', [data], "end"
    raise ValueError(kind)


def cut_teaser(teaser: str, style: str, lang: str, more: str) -> tuple[str, str]:
    """Teaser HTML as shown and its probe (the shown text without cut marks)."""
    n = {"ja": 30, "zh": 30, "ko": 40}.get(lang, 100)
    word = teaser[:n] if lang in {"ja", "zh"} else teaser[:n].rsplit(" ", 1)[0]
    if style == "whole" or len(teaser) <= n:
        shown = teaser
        suffix = {
            "more": f' <a class="more" href="#">{esc(more)}</a>',
            "raquo": " »",
            "arrow": " →",
        }.get(style, "")
        return esc(shown) + suffix, shown
    if style == "fixed":
        return esc(teaser[:n]), teaser[:n]
    if style == "word":
        return esc(word), word
    mark = {
        "ellip": "…",
        "dots": "...",
        "bracket": " [...]",
        "raquo": " »",
        "arrow": " →",
        "more": f'… <a class="more" href="#">{esc(more)}</a>',
    }[style]
    return esc(word) + mark, word


def make_items(lang: str, body_chars: int, rng: Random) -> tuple[list[L.Item], list[str]]:
    pool = list(HEADS[lang])
    rng.shuffle(pool)
    extra = list(HEADS["en"]) if lang != "en" else []
    rng.shuffle(extra)
    n = rng.randint(6, 10)
    base = rng.randrange(len(CUTS))
    while True:
        chosen = (pool + extra)[:n]
        items, probes = [], []
        for i, (head, teaser) in enumerate(chosen):
            style = CUTS[(base + (i if rng.random() < 0.5 else 0)) % len(CUTS)]
            ilang = lang if i < len(pool) else "en"
            html_t, probe = cut_teaser(teaser, style, ilang, MORE[ilang])
            items.append(
                L.Item(
                    head=head,
                    teaser=html_t,
                    href=f"/news/{rng.randrange(10**6)}.html",
                    date=f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}. {rng.randint(6, 22):02d}:{rng.randrange(60):02d}",
                    author=rng.choice(AUTHORS),
                    comments=rng.randrange(300),
                    img=f"/img/t{rng.randrange(999)}.jpg",
                )
            )
            probes += [head, probe]
        if sum(len(p) for p in probes) >= body_chars or n >= min(10, len(pool + extra)):
            return items, probes
        n += 1


def page(i: int, name: str, brief_id: str, kind: str) -> tuple[str, dict]:
    rng = Random(f"briefs_blind5/{i}/{name}/{brief_id}")
    b = BRIEFS[brief_id]
    lang = b["lang"]
    with_struct = kind == "control" or rng.random() < 0.5
    s_html, s_lines, s_pos = (
        render_struct(b["struct"][0], b["struct"][1], rng) if with_struct else ("", [], "end")
    )
    body_lines = list(b["paras"]) + s_lines
    body_chars = sum(len(x) for x in body_lines)
    low = 150 if lang in CJK else 350
    assert low <= body_chars <= 1100, (brief_id, body_chars)
    items, probes = make_items(lang, body_chars, rng) if kind == "short" else ([], [])
    if kind == "short":
        assert len(items) >= 6 and sum(len(p) for p in probes) >= body_chars, (name, brief_id)
    text = norm(" ".join([*body_lines, b["title"]]))
    for p in probes:
        assert norm(p) not in text and norm(p)[:40] not in text, (brief_id, p)
    ctx = L.Ctx(
        lang=lang,
        title=b["title"],
        paras=list(b["paras"]),
        struct_html=s_html,
        struct_pos=s_pos,
        items=items,
        label=LABELS[lang],
        more=MORE[lang],
        rng=rng,
    )
    label = dict(
        layout=name,
        kind=kind,
        lang=lang,
        title=b["title"],
        body=body_lines,
        extra=s_lines,
        clutter=probes,
    )
    return LAYOUTS[name](ctx), label


def plan() -> list[tuple[str, str, str]]:
    rng = Random("briefs_blind5/plan")
    names = list(LAYOUTS)
    free = [k for k in BRIEFS]
    rng.shuffle(free)
    out, j = [], 0
    for i in range(N_PAGES):
        name = names[i % len(names)]
        kind = "control" if i % 5 == 4 else "short"
        if name in FORCED:
            langs = FORCED[name]
            cands = [k for k in BRIEFS if BRIEFS[k]["lang"] in langs]
            brief = cands[(i // len(names)) % len(cands)]
        else:
            brief = free[j % len(free)]
            j += 1
        out.append((name, brief, kind))
    return out


def main() -> None:
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for f in out.iterdir():
        f.unlink()
    for i, (name, brief, kind) in enumerate(plan()):
        html, label = page(i, name, brief, kind)
        stem = f"{i:03d}_{name}_{brief}"
        (out / f"{stem}.html").write_text(html, encoding="utf-8")
        (out / f"{stem}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"wrote {N_PAGES} pages to {out}")


if __name__ == "__main__":
    main()
