"""Shared page context for long_blind6: chrome parsing, clutter/neutral registration, body blocks."""

from __future__ import annotations

import html
import random

from chrome_a import CHROME as CA
from chrome_b import CHROME as CB
from chrome_c import CHROME as CC
from chrome_d import CHROME as CD

CHROME_TEXT = {**CA, **CB, **CC, **CD}


def parse(text: str) -> dict:
    out: dict = {"h": []}
    for line in text.strip().splitlines():
        k, _, v = line.partition(":")
        v = v.strip()
        if k == "h":
            h, _, d = v.partition("||")
            out["h"].append((h.strip(), d.strip()))
        elif k == "next":
            h, _, d = v.partition("||")
            out["next"] = (h.strip(), d.strip())
        else:
            out[k] = [a.strip() for a in v.split(" | ")]
    return out


CHROME = {lang: parse(t) for lang, t in CHROME_TEXT.items()}

e = html.escape


class Ctx:
    """One page being built: records clutter (with kinds) and neutral lines as they are emitted."""

    def __init__(self, seed: str, story: dict) -> None:
        self.rng = random.Random(seed)
        self.story = story
        self.lang = story["lang"]
        self.ch = CHROME[self.lang]
        self.clutter: list[str] = []
        self.kinds: list[str] = []
        self.neutral: list[str] = []
        self.hover_lines: list[str] = []
        heads = list(self.ch["h"])
        self.rng.shuffle(heads)
        self._heads = heads
        self._hi = 0
        self.site = self.pick("site")
        self.author = self.ch["author"][0]

    def pick(self, key: str) -> str:
        return self.rng.choice(self.ch[key])

    def c(self, text: str, kind: str) -> str:
        """Register a clutter line, return it escaped."""
        if text not in self.clutter:
            self.clutter.append(text)
            self.kinds.append(kind)
        return e(text)

    def pc(self, key: str, kind: str) -> str:
        return self.c(self.pick(key), kind)

    def n(self, text: str) -> str:
        if text not in self.neutral:
            self.neutral.append(text)
        return e(text)

    def heads(self, k: int) -> list[tuple[str, str]]:
        out = []
        for _ in range(k):
            out.append(self._heads[self._hi % len(self._heads)])
            self._hi += 1
        return out

    def teaser(self, dek: str, mode: str | None = None) -> str:
        mode = mode or self.rng.choice(["full", "dots", "ellipsis", "bracket", "cut"])
        if mode == "full" or len(dek) < 50:
            return dek
        n = self.rng.randint(38, min(70, len(dek) - 8))
        return (
            dek[:n].rstrip() + {"dots": "...", "ellipsis": "…", "bracket": " […]", "cut": ""}[mode]
        )

    def blocks(self) -> list[tuple[str, str]]:
        """Body blocks as (kind, text): p, h (sub-heading), li (list item)."""
        out = []
        for b in self.story["blocks"]:
            if b.startswith("## "):
                out.append(("h", b[3:]))
            elif b.startswith("- "):
                out.append(("li", b[2:]))
            else:
                out.append(("p", b))
        return out

    def body_lines(self) -> list[str]:
        return [t for _, t in self.blocks()]

    def hover(self, text: str, card: str = "span") -> str:
        """Escaped paragraph with a profile card fused after the first mention of the name."""
        name = self.story["hover"]
        if name not in text:
            return e(text)
        h, _d = self.heads(1)[0]
        label = self.pick("hover_label")
        self.hover_lines.append(text)
        inner = f"<{card} class='pc-card'>{e(name)}{self.c(label, 'hover')}{self.c(h, 'hover')}</{card}>"
        a, _, b = text.partition(name)
        return f"{e(a)}<a class='pc-name' href='/p/x'>{e(name)}</a>{inner}{e(b)}"

    def render(self, tag: str = "p", hover: bool = False, attrs: str = "") -> list[str]:
        """Body blocks as html chunks, list items grouped into one <ul>."""
        chunks: list[str] = []
        items: list[str] = []
        for kind, text in self.blocks():
            if kind == "li":
                items.append(f"<li>{e(text)}</li>")
                continue
            if items:
                chunks.append("<ul>" + "".join(items) + "</ul>")
                items = []
            if kind == "h":
                chunks.append(f"<h2>{e(text)}</h2>")
            else:
                body = self.hover(text) if hover else e(text)
                chunks.append(f"<{tag}{attrs}>{body}</{tag}>")
        if items:
            chunks.append("<ul>" + "".join(items) + "</ul>")
        return chunks

    def related(self, k: int, wrap: str, mode: str | None = None, kind: str = "related") -> str:
        """k headline items; wrap is a format string with {h} and {d} (already escaped)."""
        out = []
        for h, d in self.heads(k):
            t = self.teaser(d, mode) if "{d}" in wrap else ""
            out.append(wrap.format(h=self.c(h, kind), d=self.c(t, kind) if t else ""))
        return "".join(out)


def doc(lang: str, title: str, head: str, body: str) -> str:
    rtl = " dir='rtl'" if lang in ("ar", "he") else ""
    return (
        f"<!DOCTYPE html>\n<html lang='{lang}'{rtl}><head><meta charset='utf-8'>"
        f"<title>{e(title)}</title>{head}</head>\n<body>{body}</body></html>\n"
    )
