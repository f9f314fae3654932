"""Page state and shared pieces: labelled clutter, headline picks, teasers, body rendering."""

from __future__ import annotations

import html
import random
from collections.abc import Callable

CJK = ("zh", "ja", "ko")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def parse_chrome(text: str) -> dict:
    out: dict = {"h": []}
    for line in text.strip().splitlines():
        k, _, v = line.partition(": ")
        if k == "h":
            head, _, dek = v.partition(" | ")
            out["h"].append((head, dek))
        else:
            out[k] = v
    return out


class Page:
    """One page being built: article, chrome, seeded rng and the clutter labelled so far."""

    def __init__(self, rng: random.Random, art: dict, ch: dict, body: list[str]) -> None:
        self.rng, self.art, self.ch, self.body = rng, art, ch, body
        self.lang = art["lang"]
        self.clutter: list[tuple[str, str]] = []
        self.heads = rng.sample(ch["h"], len(ch["h"]))
        self.next_head = 0
        self.hover_name: str | None = None
        self.hover_lines: list[str] = []

    def c(self, text: str, kind: str) -> str:
        """Label one clutter line and return it escaped for the page."""
        self.clutter.append((text, kind))
        return esc(text)

    def lbl(self, key: str, kind: str) -> str:
        return self.c(self.ch[key], kind)

    def head(self) -> tuple[str, str]:
        h = self.heads[self.next_head % len(self.heads)]
        self.next_head += 1
        return h

    def cut(self, dek: str) -> str:
        """A teaser cut the way list widgets cut it: with a mark, or mid-word without one."""
        n = len(dek)
        at = int(n * self.rng.uniform(0.45, 0.75))
        mark = self.rng.choice(["…", "...", " […]", ""])
        if self.lang not in CJK and mark:
            sp = dek.rfind(" ", 0, at)
            at = sp if sp > 10 else at
        return dek[:at].rstrip(" ,") + mark

    def items(self, n: int, fmt: str, kind: str = "related") -> list[tuple[str, str | None]]:
        """n headline items, fmt 'plain' | 'cut' | 'dek'; returns escaped (headline, teaser)."""
        out = []
        for _ in range(n):
            head, dek = self.head()
            teaser = None if fmt == "plain" else self.cut(dek) if fmt == "cut" else dek
            out.append((self.c(head, kind), self.c(teaser, kind) if teaser else None))
        return out

    def slots(self, k: int) -> list[int]:
        """k body positions after which a block may go (after a paragraph, not in a list)."""
        b = self.body
        ok = [
            i
            for i in range(1, len(b) - 2)
            if not b[i].startswith(("* ", "## ")) and not b[i + 1].startswith("* ")
        ]
        return sorted(self.rng.sample(ok, min(k, len(ok))))

    def render(
        self,
        para: Callable[[str], str],
        sub: Callable[[str], str],
        ul: Callable[[list[str]], str],
        inserts: dict[int, str],
    ) -> str:
        """The article body in the layout's markup, blocks inserted after given line indexes."""
        out: list[str] = []
        items: list[str] = []
        for i, line in enumerate(self.body):
            if line.startswith("* "):
                items.append(esc(line[2:]))
                if i + 1 < len(self.body) and self.body[i + 1].startswith("* "):
                    continue
                out.append(ul(items))
                items = []
            elif line.startswith("## "):
                out.append(sub(esc(line[3:])))
            else:
                out.append(para(self.hover(line)))
            if i in inserts:
                out.append(inserts[i])
        return "\n".join(out)

    def hover(self, line: str) -> str:
        name = self.hover_name
        text = esc(line)
        if not name or name not in line or self.hover_lines:
            return text
        self.hover_lines.append(line)
        pop = self.c(f"{name} · {self.ch['follow']} · {self.ch['more_from']}", "hover")
        card = f'<span class="hc-pop"><b>{esc(name)}</b> {pop}</span>'
        return text.replace(
            esc(name), f'<a class="hc" href="/p/{abs(len(name))}">{esc(name)}{card}</a>', 1
        )


def tags_html(page: Page, tag: str, li: str, cls: str) -> str:
    label = page.lbl("tags_label", "tags")
    tags = "".join(
        f'<{li}><a href="/tag/{i}">{page.c(t.strip(), "tags")}</a></{li}>'
        for i, t in enumerate(page.ch["tags"].split(","))
    )
    return f'<{tag} class="{cls}"><span>{label}</span> {tags}</{tag}>'


def poll_html(page: Page, cls: str) -> str:
    q = page.lbl("poll", "poll")
    opts = "".join(
        f'<label><input type="radio" name="p"> {page.c(o.strip(), "poll")}</label>'
        for o in page.ch["poll_opts"].split(";")
    )
    return f'<div class="{cls}"><p>{q}</p>{opts}<button>{page.lbl("vote", "poll")}</button></div>'


def video_html(page: Page, cls: str) -> str:
    head, _ = page.head()
    nxt = page.c(f"{page.ch['up_next']}: {head}", "video")
    modal = page.c("This is a modal window.", "video")
    return (
        f'<div class="{cls}"><video src="/v/{page.rng.randint(1000, 9999)}.mp4"></video>'
        f'<div class="vjs-modal-dialog">{modal}</div><div class="vjs-upnext">{nxt}</div></div>'
    )


def cookie_html(page: Page, cls: str) -> str:
    return (
        f'<div class="{cls}" role="dialog"><p>{page.lbl("cookie", "cookie")}</p>'
        f"<button>{page.lbl('cookie_ok', 'cookie')}</button></div>"
    )


def crumb_html(page: Page, cls: str, sep: str = " › ") -> str:
    text = page.ch["home"] + sep + page.ch["section"]
    return f'<nav class="{cls}">{page.c(text, "breadcrumb")}</nav>'


def read_also(page: Page, tag: str = "p", cls: str = "read-also") -> str:
    head, _ = page.head()
    text = page.c(f"{page.ch['read_also']} {head}", "read_also")
    return f'<{tag} class="{cls}"><a href="/n/{page.rng.randint(10000, 99999)}">{text}</a></{tag}>'


def doc(page: Page, head_extra: str, body: str, dir_rtl: bool | None = None) -> str:
    rtl = page.lang in ("ar", "he") if dir_rtl is None else dir_rtl
    d = ' dir="rtl"' if rtl else ""
    title = esc(page.art["title"])
    return (
        f'<!DOCTYPE html>\n<html lang="{page.lang}"{d}><head><meta charset="utf-8">'
        f"<title>{title} | {esc(page.ch['site'])}</title>{head_extra}</head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )
