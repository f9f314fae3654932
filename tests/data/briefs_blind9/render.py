"""Escaping, teaser cut modes, the brief's blocks with its structure, and the page shell."""

from __future__ import annotations

import html
import random
from typing import Any

CJK = {"zh", "ja", "ko"}
CHAR_CUT = {"zh", "ja"}
RTL = {"ar", "he", "fa"}
MARKS = {"mid": ["…", "...", " …"], "word": [" [...]", "...", " …", " »", " [+]"]}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def extra_lines(extra: tuple[Any, ...] | None) -> list[str]:
    if extra is None:
        return []
    kind = extra[0]
    if kind == "list":
        return [extra[1], *extra[2]]
    if kind == "fact":
        return [f"{extra[1]}: {extra[2]}"]
    return [extra[1], extra[2]]  # quote (text, credit) or sub (heading, paragraph)


def extra_html(extra: tuple[Any, ...], rng: random.Random) -> str:
    kind = extra[0]
    if kind == "list":
        lis = "".join(f"<li>{esc(x)}</li>" for x in extra[2])
        tag = rng.choice(["ul", "ol"])
        return f"<p>{esc(extra[1])}</p>\n<{tag}>{lis}</{tag}>"
    if kind == "fact":
        if rng.random() < 0.5:
            return f'<p class="factline"><strong>{esc(extra[1])}:</strong> {esc(extra[2])}</p>'
        return f'<div class="infobox"><b>{esc(extra[1])}:</b> <span>{esc(extra[2])}</span></div>'
    if kind == "quote":
        if rng.random() < 0.5:
            return f"<blockquote><p>{esc(extra[1])}</p><cite>{esc(extra[2])}</cite></blockquote>"
        return (
            f'<figure class="pullquote"><blockquote>{esc(extra[1])}</blockquote>'
            f"<figcaption>{esc(extra[2])}</figcaption></figure>"
        )
    tag = rng.choice(["h2", "h3"])
    return f"<{tag}>{esc(extra[1])}</{tag}>\n<p>{esc(extra[2])}</p>"


def body_blocks(brief: dict[str, Any], with_extra: bool, rng: random.Random) -> list[str]:
    blocks = [f"<p>{esc(p)}</p>" for p in brief["paras"]]
    if with_extra and brief["extra"] is not None:
        at = len(blocks) if brief["extra"][0] == "fact" else 2
        blocks.insert(at, extra_html(brief["extra"], rng))
    return blocks


def _cut(t: str, mode: str, lang: str, rng: random.Random) -> str:
    if lang in CHAR_CUT:
        n = rng.randint(18, 30)
        return t[: min(n, len(t) - 4)]
    lo, hi = (26, 40) if lang == "ko" else (58, 92)
    n = min(rng.randint(lo, hi), len(t) - 12)
    if mode == "mid":
        while n < len(t) - 2 and not (t[n - 1].isalnum() and t[n].isalnum()):
            n += 1
        return t[:n]
    while n > 10 and t[n] != " ":
        n -= 1
    return t[:n].rstrip(" ,;:")


def prep_items(heads: list[str], rng: random.Random, mode: str, lang: str) -> list[dict[str, Any]]:
    mark = rng.choice(MARKS.get(mode, [""]))
    items = []
    for i, raw in enumerate(heads):
        h, t = (x.strip() for x in raw.split("||"))
        shown = "" if mode == "none" else t if mode == "full" else _cut(t, mode, lang, rng)
        items.append(
            {
                "h": h,
                "t": shown,
                "mark": mark if mode in ("mid", "word") else "",
                "more": mode == "more",
                "lines": [h] + ([shown] if shown else []),
                "href": f"/news/{rng.randint(10000, 99999)}-{i}",
                "time": f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
                "date": f"{rng.randint(1, 28):02d}.11.2026",
                "iso": f"2026-11-{rng.randint(1, 28):02d}",
                "count": rng.randint(2, 480),
                "rank": i + 1,
                "img": f"/img/{rng.randint(100, 999)}x{rng.choice([160, 200, 320])}.jpg",
            }
        )
    return items


def teaser(it: dict[str, Any], more: str) -> str:
    s = esc(it["t"]) + esc(it["mark"])
    if it["more"]:
        s += f' <a class="more" href="{it["href"]}">{esc(more)}</a>'
    return s


def shell(ctx: dict[str, Any], site: str, body: str, head: str = "", attrs: str = "") -> str:
    lang = ctx["lang"]
    d = ' dir="rtl"' if lang in RTL else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"{d}{attrs}>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(ctx['b']['title'])} | {esc(site)}</title>\n{head}</head>\n"
        f"{body}\n</html>\n"
    )
