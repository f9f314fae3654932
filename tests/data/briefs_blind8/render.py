"""Rendering helpers: escaping, teaser cut modes, body blocks, the page shell."""

from __future__ import annotations

import html
import random
from typing import Any

CJK = {"zh", "ja", "ko"}
SITES = ["Kestrel", "Meridian", "Lindqvist", "Ostrava", "Harbourline", "Tamsin", "Valmora", "Brask"]
CATS = ["Politics", "Sport", "Weather", "Economy", "Culture", "Local", "Transport", "World"]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def _cut(t: str, rng: random.Random, mid: bool) -> str:
    hangul = any("\uac00" <= ch <= "\ud7af" for ch in t)
    han = not hangul and any("\u3040" <= ch <= "\u9fff" for ch in t)  # kana and hanzi/kanji
    lo, hi = (40, 54) if hangul else (32, 46) if han else (88, 102)
    if len(t) <= hi + 4:
        lo, hi = max(10, len(t) // 2), max(11, len(t) - 6)
    n = rng.randint(lo, hi)
    if han:
        return t[:n]
    if mid:
        while n < len(t) - 1 and not (t[n - 1].isalpha() and t[n].isalpha()):
            n += 1
        return t[:n]
    while n > 5 and t[n] != " ":
        n -= 1
    return t[:n].rstrip(" ,;:—-")


def prep_items(
    raw: list[str], rng: random.Random, modes: list[str], more: str
) -> list[dict[str, Any]]:
    """Turn "headline || teaser" strings into items with shown teaser, cut mark and labels."""
    out = []
    for i, s in enumerate(raw):
        h, t = (x.strip() for x in s.split("||"))
        mode = modes[i % len(modes)]
        tail = ""
        if mode == "none":
            t = ""
        elif mode.startswith("mid"):
            t, tail = _cut(t, rng, True), mode[3:]
        elif mode.startswith("word"):
            t, tail = _cut(t, rng, False), mode[4:]
        elif mode == "more":
            t, tail = _cut(t, rng, False), f'… <a class="more" href="#">{esc(more)}</a>'
        elif mode == "fullmore":
            tail = f' <a class="more" href="#">{esc(more)}</a>'
        if tail in ("…", "...", " [...]", " »"):
            tail = esc(tail)
        out.append(
            {
                "h": h,
                "t": t,
                "tail": tail,
                "lines": [h, t] if t else [h],
                "url": f"/{rng.choice(CATS).lower()}/{rng.randint(10000, 99999)}",
                "time": f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
                "date": f"{rng.randint(1, 3):02d}.12.2026",
                "cat": rng.choice(CATS),
                "ncom": rng.randint(0, 240),
                "img": f"/media/{rng.randint(1000, 9999)}_{rng.choice(['s', 'm', 'l'])}.jpg",
                "author": rng.choice(SITES) + " staff",
                "rank": i + 1,
            }
        )
    return out


def extra_html(extra: tuple[Any, ...], rng: random.Random) -> str:
    kind = extra[0]
    if kind == "list":
        lis = "".join(f"<li>{esc(x)}</li>" for x in extra[2])
        return f"<p>{esc(extra[1])}</p>\n<ul>{lis}</ul>"
    if kind == "quote":
        if rng.random() < 0.5:
            return f"<blockquote><p>{esc(extra[1])}</p><cite>{esc(extra[2])}</cite></blockquote>"
        return (
            f'<figure class="quote"><blockquote>{esc(extra[1])}</blockquote>'
            f"<figcaption>— {esc(extra[2])}</figcaption></figure>"
        )
    if kind == "facts":
        if rng.random() < 0.5:
            rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in extra[2])
            return f'<aside class="factbox"><h3>{esc(extra[1])}</h3><table>{rows}</table></aside>'
        rows = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in extra[2])
        return f'<div class="infobox"><h4>{esc(extra[1])}</h4><dl>{rows}</dl></div>'
    if kind == "sub":
        return f"<h2>{esc(extra[1])}</h2>\n<p>{esc(extra[2])}</p>"
    qa = "".join(f"<p><strong>{esc(q)}</strong></p>\n<p>{esc(a)}</p>" for q, a in extra[1])
    return f'<div class="qa">{qa}</div>'


def extra_lines(extra: tuple[Any, ...]) -> list[str]:
    kind = extra[0]
    if kind == "list":
        return [extra[1], *extra[2]]
    if kind in ("quote", "sub"):
        return [extra[1], extra[2]]
    if kind == "facts":
        return [extra[1], *[x for kv in extra[2] for x in kv]]
    return [x for qa in extra[1] for x in qa]


def body_blocks(brief: dict[str, Any], with_extra: bool, rng: random.Random) -> list[str]:
    """One html block per paragraph; the structure after paragraph 2 (facts at the end)."""
    blocks = [f"<p>{esc(p)}</p>" for p in brief["paras"]]
    if with_extra:
        ex = brief["extra"]
        at = len(blocks) if ex[0] == "facts" else 2
        blocks.insert(at, extra_html(ex, rng))
    return blocks


def shell(lang: str, title: str, site: str, body: str, head: str = "", doctype: str = "") -> str:
    rtl = ' dir="rtl"' if lang in ("ar", "he") else ""
    return (
        f'{doctype or "<!DOCTYPE html>"}\n<html lang="{lang}"{rtl}>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(title)} | {esc(site)}</title>\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
