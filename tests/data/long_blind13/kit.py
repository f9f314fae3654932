"""Shared helpers for the long_blind13 layouts: clutter bookkeeping and body rendering."""

from __future__ import annotations

import random
from collections.abc import Callable
from html import escape

MODES = ("full", "dots", "ellipsis", "nomark", "none")


def esc(text: str) -> str:
    return escape(text, quote=False)


def blocks(art: dict) -> list[tuple[str, str]]:
    """The article body as (kind, text): p, h (sub-heading), li, q (quote)."""
    out = []
    for line in art["body"]:
        if line.startswith("## "):
            out.append(("h", line[3:]))
        elif line.startswith("- "):
            out.append(("li", line[2:]))
        elif line.startswith("> "):
            out.append(("q", line[2:]))
        else:
            out.append(("p", line))
    return out


class Page:
    """One page being built: the article, its language's chrome and the clutter so far."""

    def __init__(self, art: dict, ch: dict, rng: random.Random) -> None:
        self.art, self.ch, self.rng = art, ch, rng
        self.clutter: list[str] = []
        self.kinds: list[str] = []
        self.neutral = [art["byline"], art["date"], art["tag"]]
        self.hover_on = rng.random() < 0.45
        self.hover_lines: list[str] = []
        self._heads = rng.sample(ch["hl"], len(ch["hl"]))
        self._next = 0

    def c(self, kind: str, text: str) -> str:
        self.clutter.append(text)
        self.kinds.append(kind)
        return esc(text)

    def pick(self, key: str) -> str:
        return self.rng.choice(self.ch[key])

    def head(self) -> tuple[str, str]:
        h = self._heads[self._next % len(self._heads)]
        self._next += 1
        return h

    def teaser(self, dek: str, mode: str) -> str | None:
        if mode == "none":
            return None
        if mode == "full":
            return dek
        cut = max(8, int(len(dek) * self.rng.uniform(0.45, 0.7)))
        if mode == "nomark":
            while cut < len(dek) - 2 and dek[cut - 1] == " ":
                cut += 1
            return dek[:cut].rstrip()
        return dek[:cut].rstrip() + ("..." if mode == "dots" else "…")

    def items(
        self, kind: str, n: int, fmt: Callable[[str, str | None], str], mode: str = ""
    ) -> str:
        """n unrelated headlines, each rendered by fmt(headline_html, dek_html or None)."""
        mode = mode or self.rng.choice(MODES)
        out = []
        for _ in range(n):
            h, d = self.head()
            t = self.teaser(d, mode)
            out.append(fmt(self.c(kind, h), self.c(kind, t) if t else None))
        return "\n".join(out)

    def crumb(self, sep: str, fmt: Callable[[str], str]) -> str:
        parts = self.ch["crumb"]
        self.c("breadcrumb", sep.join(parts))
        return esc(sep).join(fmt(esc(p)) for p in parts)

    def tools(self, sep: str, fmt: Callable[[str], str]) -> str:
        parts = self.ch["tools"]
        self.c("tools", sep.join(parts))
        return esc(sep).join(fmt(esc(p)) for p in parts)

    def comments(self) -> str:
        return self.c("comments", self.ch["comments"][0].format(self.rng.randint(2, 140)))

    def nxt(self, which: str = "next") -> str:
        return self.c("next", self.ch[which].format(self.head()[0]))

    def inline(self, wrap: Callable[[str, str], str]) -> dict[int, str]:
        """Four clutter insertions between paragraphs, keyed by the block they follow."""
        bl = blocks(self.art)
        ok = [
            i
            for i in range(1, len(bl) - 3)
            if bl[i][0] in ("p", "q")
            and bl[i + 1][0] in ("p", "h", "q")
            and not bl[i][1].endswith((":", "：", ":"))
        ]
        spots = sorted(self.rng.sample(ok, min(4, len(ok))))
        h, d = self.head()
        t = self.teaser(d, self.rng.choice(MODES[:4]))
        promo = self.pick("newsletter") if self.rng.random() < 0.5 else self.pick("app")
        bits = [
            wrap("read_also", self.c("read_also", self.pick("read_also").format(self.head()[0]))),
            wrap("promo", self.c("promo", promo)),
            wrap("ad", self.c("ad", self.pick("ad"))),
            wrap("teaser", self.c("read_also", h) + "<br>" + self.c("read_also", t or d)),
        ]
        self.rng.shuffle(bits)
        return dict(zip(spots, bits, strict=False))

    def line(self, i: int, text: str) -> str:
        """Body line i as html; line 1 may get a hidden hover card fused into it."""
        if i != 1 or not self.hover_on:
            return esc(text)
        self.hover_lines.append(text)
        cut = len(text) // 3
        sp = text.find(" ", cut)
        cut = sp if sp > 0 else cut
        card = self.c("hover", self.ch["bio"])
        return (
            esc(text[:cut])
            + f'<span class="hovercard" style="display:none">{card}</span>'
            + esc(text[cut:])
        )

    def body(self, fmt: dict[str, Callable[[str], str]], inserts: dict[int, str]) -> str:
        """Render the body: fmt maps p/h/q/li/ul to wrappers; ul wraps a run of li items."""
        out: list[str] = []
        run: list[str] = []
        for i, (kind, text) in enumerate(blocks(self.art)):
            if kind == "li":
                run.append(fmt["li"](self.line(i, text)))
                continue
            if run:
                out.append(fmt["ul"]("".join(run)))
                run = []
            out.append(fmt[kind](self.line(i, text)))
            if i in inserts:
                out.append(inserts[i])
        if run:
            out.append(fmt["ul"]("".join(run)))
        return "\n".join(out)


def tag(name: str, attrs: str = "") -> Callable[[str], str]:
    """A wrapper function: tag("p", 'class="x"')(inner) -> <p class="x">inner</p>."""
    open_ = f"<{name} {attrs}>" if attrs else f"<{name}>"
    return lambda inner: f"{open_}{inner}</{name}>"
