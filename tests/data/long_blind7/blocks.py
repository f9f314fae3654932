"""Shared page context for long_blind7's layouts: labels, chrome picks, body blocks, clutter."""

from __future__ import annotations

import html
import random
import re

from chrome_a import C as CA
from chrome_b import C as CB
from chrome_c import C as CC
from stories_a import S as SA
from stories_b import S as SB
from stories_c import S as SC
from stories_more import MORE

CHROME = {**CA, **CB, **CC}
STORIES = {**SA, **SB, **SC}
CJK = {"ja", "ko"}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def parse_chrome(raw: str) -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
    keys: dict[str, list[str]] = {}
    heads: list[tuple[str, str]] = []
    for line in raw.strip().splitlines():
        k, _, v = line.partition(": ")
        if k == "hl":
            h, _, d = v.partition(" || ")
            heads.append((h.strip(), d.strip()))
        else:
            keys[k] = [a.strip() for a in v.split(" | ")]
    return keys, heads


def story_lines(lang: str) -> list[tuple[str, str]]:
    """(kind, text) with kind p / h / li; extra sentences from stories_more appended."""
    extra = list(MORE.get(lang, []))
    out: list[tuple[str, str]] = []
    corr = re.compile(r"^\S+( \S+)?:")
    for raw in STORIES[lang]["text"].strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            out.append(("h", line[3:]))
        elif line.startswith("* "):
            out.append(("li", line[2:]))
        else:
            out.append(("p", line))
    limit = 60 if lang in CJK else 120
    longs = [
        i
        for i, (k, t) in enumerate(out)
        if k == "p" and len(t) > limit and not t.endswith(":") and not corr.match(t)
    ]
    for n, sentence in enumerate(extra):
        i = longs[n % len(longs)]
        sep = "" if lang in CJK and lang != "ko" else " "
        out[i] = ("p", out[i][1] + sep + sentence)
    return out


class Page:
    def __init__(self, lang: str, layout: str, split: str) -> None:
        self.lang = lang
        self.layout = layout
        self.split = split
        self.story = STORIES[lang]
        self.rng = random.Random(f"long_blind7/{layout}/{self.story['id']}")
        self.ch, heads = parse_chrome(CHROME[lang])
        self.heads = heads[:]
        self.rng.shuffle(self.heads)
        self.lines = story_lines(lang)
        self.title = self.story["title"]
        self.clutter: list[str] = []
        self.kinds: list[str] = []
        self.neutral: list[str] = []
        self.hover_lines: list[str] = []
        self.site = self.pick("site")

    # labels ---------------------------------------------------------------
    def c(self, kind: str, text: str) -> str:
        text = text.strip()
        if text and text not in self.clutter:
            self.clutter.append(text)
            self.kinds.append(kind)
        return esc(text)

    def n(self, text: str) -> str:
        text = text.strip()
        if text and text not in self.neutral:
            self.neutral.append(text)
        return esc(text)

    def pick(self, key: str) -> str:
        return self.rng.choice(self.ch[key])

    def k(self, kind: str, key: str) -> str:
        """Pick a chrome phrasing and label it as clutter of ``kind``."""
        return self.c(kind, self.pick(key))

    # headlines --------------------------------------------------------------
    def headline(self) -> tuple[str, str]:
        if not self.heads:
            _, heads = parse_chrome(CHROME[self.lang])
            self.heads = heads
            self.rng.shuffle(self.heads)
        return self.heads.pop()

    def teaser(self, dek: str) -> str:
        mode = self.rng.choice(["full", "dots", "ellipsis", "mid", "mid"])
        if mode == "full":
            return dek
        cut = max(12 if self.lang in CJK else 28, int(len(dek) * self.rng.uniform(0.55, 0.8)))
        if mode == "mid":
            return dek[:cut]
        head = dek[:cut]
        if " " in head and self.lang not in CJK:
            head = head.rsplit(" ", 1)[0]
        return head + ("..." if mode == "dots" else "…")

    # body -------------------------------------------------------------------
    def body_lines(self) -> list[str]:
        return [t for _, t in self.lines]

    def subheads(self) -> list[str]:
        return [t for k, t in self.lines if k == "h"]

    def blocks(
        self,
        p: str = "<p>{}</p>",
        h: str = "<h2>{}</h2>",
        ul: str = "<ul>{}</ul>",
        li: str = "<li>{}</li>",
        card: str | None = None,
    ) -> list[str]:
        """Body blocks as html; ``card`` (format with name, role, follow) fuses a hover card."""
        out: list[str] = []
        items: list[str] = []
        name = self.story["hover"]
        hovered = False
        for kind, text in self.lines:
            if kind != "li" and items:
                out.append(ul.format("".join(items)))
                items = []
            if kind == "li":
                items.append(li.format(esc(text)))
            elif kind == "h":
                out.append(h.format(esc(text)))
            else:
                body = esc(text)
                if card and not hovered and name in text:
                    hovered = True
                    self.hover_lines.append(text)
                    cardhtml = card.format(
                        name=esc(name),
                        role=self.k("hover", "role"),
                        follow=self.k("hover", "follow"),
                    )
                    body = body.replace(esc(name), esc(name) + cardhtml, 1)
                out.append(p.format(body))
        if items:
            out.append(ul.format("".join(items)))
        return out

    def weave(self, blocks: list[str], inserts: list[str], tail: int = 0) -> str:
        """Place inserts between body blocks (never before the first); the last ``tail`` go after."""
        mid = inserts[: len(inserts) - tail] if tail else inserts
        end = inserts[len(inserts) - tail :] if tail else []
        slots = self.rng.sample(range(1, len(blocks)), min(len(mid), len(blocks) - 1))
        slots.sort()
        out: list[str] = []
        j = 0
        for i, b in enumerate(blocks):
            while j < len(slots) and slots[j] == i:
                out.append(mid[j])
                j += 1
            out.append(b)
        out.extend(mid[j:])
        out.extend(end)
        return "\n".join(out)

    def stamp(self) -> str:
        return f"{self.rng.randint(6, 23):02d}:{self.rng.choice(range(1, 60, 7)):02d}"

    def head(self, extra: str = "") -> str:
        lang = "pt-BR" if self.lang == "pt" else self.lang
        return (
            f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(self.title)} | {esc(self.site)}</title>\n"
            f'<meta property="og:title" content="{html.escape(self.title)}">\n{extra}</head>\n'
        )
