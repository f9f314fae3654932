"""Shared pieces for the long_blind5 layouts: a Page records every clutter line it emits."""

from __future__ import annotations

import random
from collections.abc import Callable
from html import escape

VJS = "This is a modal window."  # video.js' untranslated overlay text, on every language


def esc(text: str) -> str:
    return escape(text, quote=False)


class Page:
    def __init__(self, rng: random.Random, art: dict, c: dict, body: list[str]) -> None:
        self.rng = rng
        self.art = art
        self.c = c
        self.body = body
        self.clutter: list[tuple[str, str]] = []
        self.hover_lines: list[str] = []
        self.neutral: list[str] = []  # e.g. live-blog entry times: neither body nor clutter
        self.hover = False
        self.heads = list(c["headlines"])
        rng.shuffle(self.heads)
        self.hi = 0
        self.site = rng.choice(c["site"])
        self.title = art["title"]

    # -- clutter emitters -------------------------------------------------------------------
    def cl(self, text: str, kind: str) -> str:
        self.clutter.append((text, kind))
        return esc(text)

    def pick(self, key: str) -> str:
        return str(self.rng.choice(self.c[key]))

    def lab(self, key: str, kind: str, **fmt: object) -> str:
        return self.cl(self.pick(key).format(**fmt), kind)

    def head(self) -> tuple[str, str]:
        h = self.heads[self.hi % len(self.heads)]
        self.hi += 1
        return h

    def dek(self, dek: str, mode: str) -> str:
        """Shown teaser text: full, cut with a mark, cut mid-word with no mark."""
        if mode == "full":
            return dek
        n = self.rng.randint(38, 70) if len(dek) > 60 else max(len(dek) // 2, 12)
        if self.art["lang"] in ("zh", "ja"):
            n = self.rng.randint(12, 20)
        cut = dek[:n]
        if mode == "raw":
            return cut
        return cut.rstrip() + {"dots": "...", "ell": "…", "br": " […]"}[mode]

    def items(self, n: int, kind: str, modes: tuple[str, ...]) -> list[tuple[str, str]]:
        """n (headline html, teaser html or '') pairs; modes drawn per list."""
        mode = self.rng.choice(modes)
        out = []
        for _ in range(n):
            h, d = self.head()
            dh = "" if mode == "none" else self.cl(self.dek(d, mode), kind)
            out.append((self.cl(h, kind), dh))
        return out

    def credit(self) -> str:
        who = self.rng.choice(self.c["who"])
        return self.cl(self.pick("photo").format(who=who), "photo")

    def comments_n(self) -> str:
        return self.lab("comments", "comments", n=self.rng.randint(3, 240))

    def bio(self) -> str:
        return self.cl(self.c["bio"].format(name=self.art["author"]), "bio")

    def more_from(self) -> str:
        return self.lab("more_from", "bio", name=self.art["author"])

    def tags(self, tpl: str, sep: str = "") -> str:
        return sep.join(tpl.format(t=self.cl(t, "tags")) for t in self.c["tagwords"])

    def crumbs(self, sep: str) -> str:
        return sep.join(
            [self.cl(self.c["home"], "breadcrumb"), self.cl(self.c["section"], "breadcrumb")]
        )

    # -- body -------------------------------------------------------------------------------
    def segments(self) -> list[tuple[str, object]]:
        """('p', text) / ('h', text) / ('ul', [items]) in reading order."""
        segs: list[tuple[str, object]] = []
        for b in self.body:
            if b.startswith("## "):
                segs.append(("h", b[3:]))
            elif b.startswith("* "):
                if segs and segs[-1][0] == "ul":
                    lst = segs[-1][1]
                    assert isinstance(lst, list)
                    lst.append(b[2:])
                else:
                    segs.append(("ul", [b[2:]]))
            else:
                segs.append(("p", b))
        return segs

    def slots(self, n: int) -> list[int]:
        """n segment indices (after which clutter goes): after a paragraph, never the last."""
        segs = self.segments()
        ok = [i for i, (k, _) in enumerate(segs[:-1]) if k == "p" and segs[i + 1][0] != "ul"]
        return sorted(self.rng.sample(ok, min(n, len(ok))))

    def text(self, line: str, card: str) -> str:
        """Paragraph text; with hover on, the first name mention gets a fused card widget.

        card is a template with {name}, {label} and {head} (html-escaped pieces)."""
        name = self.art["hover"]
        if not self.hover or name not in line or self.hover_lines:
            return esc(line)
        self.hover_lines.append(line)
        before, after = line.split(name, 1)
        h, _ = self.head()
        fused = card.format(
            name=esc(name), label=self.lab("hover", "hover"), head=self.cl(h, "hover")
        )
        return esc(before) + fused + esc(after)

    def render(
        self,
        p: Callable[[str], str],
        h: Callable[[str], str],
        ul: Callable[[list[str]], str],
        between: dict[int, Callable[[], str]],
    ) -> str:
        out = []
        for i, (k, v) in enumerate(self.segments()):
            if k == "p":
                out.append(p(str(v)))
            elif k == "h":
                out.append(h(esc(str(v))))
            else:
                assert isinstance(v, list)
                out.append(ul([esc(x) for x in v]))
            if i in between:
                out.append(between[i]())
        return "\n".join(out)

    def place(self, fns: list[Callable[[], str]]) -> dict[int, Callable[[], str]]:
        """Spread the given inserts over distinct paragraph slots, in order."""
        at = self.slots(len(fns))
        return dict(zip(at, fns, strict=False))
