"""Shared pieces of the long_blind8 generator: label helpers, the page builder."""

from __future__ import annotations

import html
import random
import re

RTL = {"he", "fa"}


def key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def probe(text: str) -> str:
    return key(text[:40]) if len(text) > 40 else key(text)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def parse(story: dict) -> list[tuple[str, str]]:
    out = []
    for ln in story["text"].strip().splitlines():
        out.append((ln[0], ln[2:].strip()))
    return out


def plain(text: str) -> str:
    return text.replace("[[", "").replace("]]", "")


class B:
    def __init__(self, story: dict, ch: dict, rng: random.Random) -> None:
        self.s, self.ch, self.rng = story, ch, rng
        self.clutter: list[tuple[str, str]] = []
        self.neutral: list[str] = []
        self.hover_lines: list[str] = []
        self.lines = parse(story)
        self.head_i = 0

    def c(self, text: str, kind: str) -> str:
        if text not in [t for t, _ in self.clutter]:
            self.clutter.append((text, kind))
        return esc(text)

    def n(self, text: str) -> str:
        if text not in self.neutral:
            self.neutral.append(text)
        return esc(text)

    def pick(self, field: str, kind: str) -> str:
        return self.c(self.rng.choice(self.ch[field]), kind)

    def heads(self, k: int, mode: str, kind: str = "related", topical: bool = False):
        """k headline items: (headline html, teaser html or '')."""
        pool = self.ch["topical"] if topical else self.ch["heads"]
        out = []
        for _ in range(k):
            h, d = pool[self.head_i % len(pool)] if not topical else pool[len(out) % len(pool)]
            if not topical:
                self.head_i += 1
            teaser = ""
            if mode == "full":
                teaser = self.c(d, kind)
            elif mode in ("ellip", "dots", "cut"):
                cut = max(12, int(len(d) * 0.6))
                t = d[:cut].rstrip()
                t = t + ("…" if mode == "ellip" else "..." if mode == "dots" else "")
                teaser = self.c(t, kind)
            out.append((self.c(h, kind), teaser))
        return out

    def body(self, fmt: dict, inserts: dict[int, str], hover=None, href: str = "/x") -> str:
        parts = []
        items: list[str] = []
        person = self.s["person"]
        for i, (kind, text) in enumerate(self.lines):
            t = esc(text)
            t = re.sub(r"\[\[(.+?)\]\]", lambda m: f'<a href="{href}">{m.group(1)}</a>', t)
            if hover and kind == "P" and person in text and not self.hover_lines:
                t = t.replace(esc(person), esc(person) + hover(self), 1)
                self.hover_lines.append(plain(text))
            if kind == "L":
                items.append(fmt["L"].format(t))
                nxt = self.lines[i + 1][0] if i + 1 < len(self.lines) else ""
                if nxt != "L":
                    parts.append(fmt["UL"].format("".join(items)))
                    items = []
            else:
                parts.append(fmt[kind].format(t))
            for k in sorted(inserts):
                if int(k) == i:
                    parts.append(inserts[k])
        return "\n".join(parts)

    def card(self, wrap: str = "span", cls: str = "") -> str:
        a = f' class="{cls}"' if cls else ""
        return (
            f"<{wrap}{a}><b>{self.n(self.s['person'])}</b> <i>{self.c(self.s['role'] + ' · ' + self.ch['site'], 'hover')}</i> "
            f"<button>{self.pick('follow', 'hover')}</button></{wrap}>"
        )

    def bio(self) -> str:
        return self.c(self.rng.choice(self.ch["bio"]).format(self.s["byline"]), "bio")

    def paras(self) -> Pos:
        return Pos(i for i, (k, _) in enumerate(self.lines) if k == "P")


class Pos(list):
    """Paragraph positions; an index past the end means the last-but-one paragraph."""

    def __getitem__(self, i):  # type: ignore[override]
        # a distinct key per requested index, so two clamped inserts never overwrite each other
        return list.__getitem__(self, min(i, len(self) - 2)) + i / 100


def page(lang: str, head: str, body: str) -> str:
    d = ' dir="rtl"' if lang in RTL else ""
    return f'<!DOCTYPE html>\n<html lang="{lang}"{d}>\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n'


FMT_P = {
    "P": "<p>{}</p>",
    "H": "<h2>{}</h2>",
    "C": "<p>{}</p>",
    "UL": "<ul>{}</ul>",
    "L": "<li>{}</li>",
}
