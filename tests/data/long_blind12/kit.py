"""Shared helpers for long_blind12 layouts: per-page context, clutter recording, body rendering."""

from __future__ import annotations

import html
import random

from chrome_a import CHROME_A
from chrome_b import CHROME_B
from chrome_c import CHROME_C

CHROME = {**CHROME_A, **CHROME_B, **CHROME_C}
MODES = ("full", "dots", "ellipsis", "cut", "none")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def cut(text: str, mode: str, rng: random.Random) -> str:
    if mode == "full":
        return text
    if mode == "none":
        return ""
    n = max(8, int(len(text) * rng.uniform(0.45, 0.7)))
    if mode == "cut":
        while n < len(text) - 2 and not (text[n - 1].isalnum() and text[n].isalnum()):
            n += 1
        return text[:n]
    while n > 8 and text[n - 1] != " " and " " in text:
        n -= 1
    return text[:n].rstrip() + ("..." if mode == "dots" else "…")


class Ctx:
    def __init__(self, art: dict, layout: str, hover: bool) -> None:
        self.art = art
        self.lang = art["lang"]
        self.rng = random.Random(f"long_blind12/{layout}/{art['id']}")
        raw = CHROME[self.lang]
        self.ch = {k: v.split("|") for k, v in raw.items() if isinstance(v, str)}
        self.en = {k: v.split("|") for k, v in CHROME["en"].items() if isinstance(v, str)}
        self.heads = self.rng.sample(raw["heads"], len(raw["heads"]))
        self.hi = 0
        self.clutter: list[str] = []
        self.kinds: list[str] = []
        self.neutral: list[str] = []
        self.hover = hover and art.get("hover") is not None
        self.dir = ' dir="rtl"' if self.lang == "ar" else ""

    def c(self, kind: str, text: str) -> str:
        self.clutter.append(text)
        self.kinds.append(kind)
        return esc(text)

    def n(self, text: str) -> str:
        self.neutral.append(text)
        return esc(text)

    def v(self, key: str) -> str:
        return self.rng.choice(self.ch[key])

    def k(self, key: str, i: int) -> str:
        lst = self.ch[key]
        return lst[i % len(lst)]

    def href(self) -> str:
        return f"/{self.lang}/news/{self.rng.randint(100000, 999999)}"

    def head(self) -> tuple[str, str]:
        h = self.heads[self.hi % len(self.heads)]
        self.hi += 1
        return h

    def item(self, kind: str, tpl: str, mode: str | None = None) -> str:
        """One headline item: tpl has {href}, {h}, {d}; d is the dek, full, cut or empty."""
        h, d = self.head()
        dd = cut(d, mode or self.rng.choice(MODES), self.rng)
        return tpl.format(href=self.href(), h=self.c(kind, h), d=self.c(kind, dd) if dd else "")

    def items(self, kind: str, tpl: str, n: int, mode: str | None = None) -> str:
        return "".join(self.item(kind, tpl, mode) for _ in range(n))

    def crumb(self, sep: str, tpl: str = "{}") -> str:
        parts = self.ch["crumb"]
        self.clutter.append(sep.join(parts))
        self.kinds.append("breadcrumb")
        return esc(sep).join(tpl.format(esc(p)) for p in parts)

    def comments(self, i: int = 0) -> str:
        return self.c("comments", self.k("comments", i).format(n=self.rng.randint(3, 480)))

    def player(self, i: int) -> str:
        """Video-player chrome string i; sometimes left untranslated as players often are."""
        src = self.en if self.rng.random() < 0.4 else self.ch
        return self.c("video", src["video"][i])


def render_body(ctx: Ctx, t: dict, slots: list[str]) -> str:
    """Render the article lines with templates t (p, h, ul, li, q, hover) and inline slots."""
    lines = ctx.art["lines"]
    ok = [
        i
        for i, ln in enumerate(lines[:-2])
        if i >= 1
        and ln[:2] not in ("H:", "L:")
        and not ln.endswith(":")
        and not lines[i + 1].startswith("L:")
    ]
    step = max(1, len(ok) // (len(slots) + 1))
    where: dict[int, list[str]] = {}
    for j, s in enumerate(slots):
        where.setdefault(ok[min(len(ok) - 1, (j + 1) * step)], []).append(s)
    out: list[str] = []
    in_list = False
    for i, ln in enumerate(lines):
        kind, text = (ln[:2], ln[2:]) if ln[:2] in ("H:", "L:", "Q:") else ("P", ln)
        if kind != "L:" and in_list:
            out.append(t["ul"][1])
            in_list = False
        body = esc(text)
        if i == 1 and ctx.hover:
            name, card = ctx.art["hover"]
            ctx.clutter.append(card)
            ctx.kinds.append("hover")
            rest = card[len(name) :]
            hc = t["hover"].format(name=esc(name), rest=esc(rest))
            body = body.replace(esc(name), esc(name) + hc, 1)
        if kind == "H:":
            out.append(t["h"].format(body))
        elif kind == "L:":
            if not in_list:
                out.append(t["ul"][0])
                in_list = True
            out.append(t["li"].format(body))
        elif kind == "Q:":
            out.append(t["q"].format(body))
        else:
            out.append(t["p"].format(body))
        out.extend(where.get(i, []))
    return "\n".join(out)


def doc(ctx: Ctx, head: str, body: str, html_attr: str = "") -> str:
    title = esc(ctx.art["title"])
    return (
        f'<!DOCTYPE html>\n<html lang="{ctx.lang}"{ctx.dir}{html_attr}>\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n{head}\n</head>\n{body}\n</html>\n"
    )
