"""Shared pieces for the long_blind4 layouts: chrome parsing, the Page state and body rendering."""

from __future__ import annotations

import html
import random
from collections.abc import Callable

RTL = {"ar", "fa"}
CJK = {"zh", "ko"}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def parse_chrome(text: str) -> dict:
    out: dict = {"h": []}
    for line in text.strip().splitlines():
        k, _, v = line.partition(": ")
        if k == "h":
            h, d, c = (x.strip() for x in v.split("||"))
            out["h"].append((h, d, c))
        else:
            out[k] = [x.strip() for x in v.split(" | ")]
    return out


class Page:
    def __init__(self, rng: random.Random, art: dict, ch: dict, body: list[str], hover: bool):
        self.rng, self.art, self.ch, self.body = rng, art, ch, body
        self.lang = art["lang"]
        self.clutter: list[tuple[str, str]] = []
        self.hover_lines: list[str] = []
        self.hover = hover
        self.heads = rng.sample(ch["h"], len(ch["h"]))
        self.hi = 0
        self.chosen: dict[str, str] = {}

    # texts -----------------------------------------------------------------
    def t(self, k: str) -> str:
        """This page's phrasing for chrome key k (picked once per page)."""
        if k not in self.chosen:
            self.chosen[k] = self.rng.choice(self.ch[k])
        return self.chosen[k]

    def c(self, kind: str, text: str) -> str:
        self.clutter.append((text, kind))
        return esc(text)

    def lab(self, k: str, kind: str) -> str:
        return self.c(kind, self.t(k))

    def all(self, k: str, kind: str) -> list[str]:
        return [self.c(kind, x) for x in self.ch[k]]

    def head(self) -> tuple[str, str, str]:
        h = self.heads[self.hi % len(self.heads)]
        self.hi += 1
        return h

    def cut(self, dek: str) -> str:
        n = max(8, int(len(dek) * self.rng.uniform(0.45, 0.75)))
        mark = self.rng.choice(["…", "...", " […]", "", " ..."])
        s = dek[:n]
        return (s.rstrip() + mark) if mark else s

    def items(self, n: int, kind: str, style: str) -> list[dict]:
        """n headline items; style 'head' (headline only), 'cut' (cut teaser), 'dek' (full dek),
        'mix' (random per item). Texts recorded as clutter and escaped."""
        out = []
        for _ in range(n):
            h, d, cat = self.head()
            st = self.rng.choice(["head", "cut", "dek"]) if style == "mix" else style
            teaser = "" if st == "head" else self.c(kind, self.cut(d) if st == "cut" else d)
            out.append(
                {"h": self.c(kind, h), "raw": h, "t": teaser, "cat": esc(cat), "when": self.when()}
            )
        return out

    def when(self) -> str:
        r = self.rng
        return r.choice(
            [
                f"{r.randint(6, 23):02d}:{r.randint(0, 59):02d}",
                f"{r.randint(1, 28):02d}.0{r.randint(1, 4)}.2026",
            ]
        )

    def name(self) -> str:
        return esc(self.t("site"))

    # body ------------------------------------------------------------------
    def slots(self, k: int) -> list[int]:
        """k distinct indices after which a block may follow (after a paragraph, not in a list)."""
        b = self.body
        ok = [
            i
            for i in range(1, len(b) - 1)
            if not b[i].startswith("## ") and not b[i + 1].startswith("* ")
        ]
        return sorted(self.rng.sample(ok, min(k, len(ok))))

    def render(
        self,
        para: Callable[[str], str],
        sub: Callable[[str], str],
        lst: tuple[str, Callable[[str], str], str],
        inserts: dict[int, str] | None = None,
        card: Callable[[str, str, str], str] | None = None,
    ) -> str:
        inserts = inserts or {}
        out: list[str] = []
        in_list = False
        hovered = False
        for i, b in enumerate(self.body):
            if b.startswith("* "):
                if not in_list:
                    out.append(lst[0])
                    in_list = True
                out.append(lst[1](esc(b[2:])))
            else:
                if in_list:
                    out.append(lst[2])
                    in_list = False
                if b.startswith("## "):
                    out.append(sub(esc(b[3:])))
                else:
                    name = self.art["hover"]
                    if self.hover and card and not hovered and name in b:
                        hovered = True
                        pre, _, post = b.partition(name)
                        more = self.lab("hover_more", "hover")
                        h = self.c("hover", self.head()[0])
                        out.append(para(esc(pre) + card(esc(name), more, h) + esc(post)))
                        self.hover_lines.append(b)
                    else:
                        out.append(para(esc(b)))
            if i in inserts:
                if in_list:
                    out.append(lst[2])
                    in_list = False
                out.append(inserts[i])
        if in_list:
            out.append(lst[2])
        return "\n".join(out)


def doc(p: Page, head: str, body: str, doctype: str = "<!DOCTYPE html>", attrs: str = "") -> str:
    d = ' dir="rtl"' if p.lang in RTL else ""
    title = esc(p.art["title"])
    return (
        f'{doctype}\n<html lang="{p.lang}"{d}>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} - {p.name()}</title>\n{head}\n</head>\n<body{attrs}>\n{body}\n</body>\n</html>\n"
    )
