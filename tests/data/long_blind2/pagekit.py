"""Shared page-building helpers for the long_blind2 corpus (labels are recorded as pages are built)."""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field
from typing import Any


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def probe(text: str) -> str:
    return key(text[:40]) if len(text) > 40 else key(text)


@dataclass
class Art:
    """One hand-written story: body items are paragraphs, '## ' sub-headings, '- ' list items."""

    id: str
    lang: str
    topic: bool
    title: str
    byline: str
    date: str
    caption: str
    hover: tuple[int, str]
    body: list[str]

    def lines(self) -> list[str]:
        return [re.sub(r"^(## |- |> )", "", b) for b in self.body]

    def subheads(self) -> list[str]:
        return [b[3:] for b in self.body if b.startswith("## ")]


@dataclass
class Page:
    art: Art
    ch: dict[str, Any]
    rng: random.Random
    clutter: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    neutral: list[str] = field(default_factory=list)
    hover_lines: list[str] = field(default_factory=list)
    _used: set[int] = field(default_factory=set)

    def c(self, text: str, kind: str) -> str:
        """Register a clutter line; tags or poll options that are body words count as neutral."""
        body = key(" ".join(self.art.lines()) + self.art.title)
        if kind in ("tags", "poll") and probe(text) in body:
            self.neutral.append(text)
        elif text not in self.clutter:
            self.clutter.append(text)
            self.kinds.append(kind)
        return esc(text)

    def n(self, text: str) -> str:
        self.neutral.append(text)
        return esc(text)

    def cut(self, text: str, kind: str, mark: str = "…") -> str:
        """Show a teaser cut mid-word (as CMS excerpts do); the label is the shown part."""
        k = min(len(text) - 1, self.rng.randint(60, 95)) if len(text) > 40 else len(text) - 1
        shown = text[:k].rstrip()
        return self.c(shown, kind) + mark

    def heads(self, k: int) -> list[tuple[str, str]]:
        """k unrelated headlines (headline, dek) not used yet on this page."""
        free = [i for i in range(len(self.ch["heads"])) if i not in self._used]
        if len(free) < k:  # real sites repeat headlines across widgets
            free = list(range(len(self.ch["heads"])))
        pick = self.rng.sample(free, min(k, len(free)))
        self._used.update(pick)
        out = []
        for i in pick:
            head, _, dek = str(self.ch["heads"][i]).partition("|")
            out.append((head.strip(), dek.strip()))
        return out

    def t(self, name: str) -> str:
        """A chrome string of this language (not labelled)."""
        return esc(str(self.ch[name]))

    def body(
        self,
        p: str = "<p>{}</p>",
        h: str = "<h2>{}</h2>",
        ul: str = "<ul>{}</ul>",
        li: str = "<li>{}</li>",
        q: str | None = None,
        inserts: dict[int, str] | None = None,
        hover: str | None = None,
    ) -> str:
        """Render the body; inserts[i] goes after body item i; hover wraps the named person."""
        out: list[str] = []
        items: list[str] = []
        ins = inserts or {}
        for i, raw in enumerate(self.art.body):
            text = esc(re.sub(r"^(## |- |> )", "", raw))
            if hover and i == self.art.hover[0]:
                name = self.art.hover[1]
                self.hover_lines.append(self.art.lines()[i])
                text = text.replace(esc(name), hover.format(name=esc(name)), 1)
            if raw.startswith("- "):
                items.append(li.format(text))
            else:
                if items:
                    out.append(ul.format("".join(items)))
                    items = []
                if raw.startswith("## "):
                    out.append(h.format(text))
                elif raw.startswith("> "):
                    out.append((q or p).format(text))
                else:
                    out.append(p.format(text))
            if i in ins:
                if items:
                    out.append(ul.format("".join(items)))
                    items = []
                out.append(ins[i])
        if items:
            out.append(ul.format("".join(items)))
        return "\n".join(out)

    def card(self, kind: str = "hover") -> str:
        """Text of a profile card: latest headline of the person plus a Follow button."""
        ((head, _),) = self.heads(1)
        return self.c(head, kind) + " " + self.c(str(self.ch["fo"]), kind)

    def spots(self, k: int) -> list[int]:
        """k distinct paragraph positions inside the body (never after a sub-heading or list)."""
        ok = [
            i
            for i in range(1, len(self.art.body) - 2)
            if not self.art.body[i].startswith(("## ", "- "))
            and not self.art.body[i + 1].startswith("- ")
        ]
        return sorted(self.rng.sample(ok, min(k, len(ok))))
