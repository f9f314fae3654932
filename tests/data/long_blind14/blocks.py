"""Page context and clutter blocks for long_blind14 (every clutter string is registered)."""

from __future__ import annotations

import random
from html import escape

BASE = {
    "p": "<p>{}</p>",
    "h": "<h2>{}</h2>",
    "ul": "<ul>{}</ul>",
    "li": "<li>{}</li>",
    "q": "<blockquote><p>{}</p></blockquote>",
    "cap": '<figure class="image"><img src="/media/{img}.jpg" alt="">'
    "<figcaption>{cap} <span>{credit}</span></figcaption></figure>",
}


class Page:
    def __init__(self, art: dict, ch: dict, rng: random.Random) -> None:
        self.art, self.ch, self.rng = art, ch, rng
        self.clutter: list[str] = []
        self.kinds: list[str] = []
        self.neutral: list[str] = []
        heads = list(ch["heads"])
        rng.shuffle(heads)
        self.heads = heads
        self.hi = 0

    def c(self, kind: str, text: str) -> str:
        self.clutter.append(text)
        self.kinds.append(kind)
        return escape(text)

    def n(self, text: str) -> str:
        if text not in self.neutral:
            self.neutral.append(text)
        return escape(text)

    def one(self, key: str) -> str:
        val = self.ch[key]
        return self.rng.choice(val) if isinstance(val, list) else val

    def head(self) -> tuple[str, str]:
        h = self.heads[self.hi % len(self.heads)]
        self.hi += 1
        return h

    def date(self) -> str:
        r = self.rng
        return f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2014, 2017)}"

    def teaser(self, text: str) -> str:
        mode = self.rng.choice(["full", "dots", "ellipsis", "cut"])
        if mode == "full":
            return text
        cut = text[: self.rng.randint(45, 60)].rstrip()
        return cut + {"dots": "...", "ellipsis": "…", "cut": ""}[mode]


def lines(art: dict) -> list[tuple[str, str]]:
    out = []
    for ln in art["text"].split("\n"):
        for pre, kind in (("## ", "h"), ("- ", "li"), ("> ", "q"), ("@ ", "cap")):
            if ln.startswith(pre):
                out.append((kind, ln[len(pre) :]))
                break
        else:
            out.append(("p", ln))
    return out


def weave(pg: Page, tpl: dict, inserts: list) -> str:
    t = {**BASE, **tpl}
    items = lines(pg.art)
    slots = [i for i, (k, _) in enumerate(items[:-2]) if k == "p" and i >= 1]
    chosen = sorted(pg.rng.sample(slots, min(len(inserts), len(slots))))
    at = dict(zip(chosen, inserts, strict=False))
    out, ul = [], []
    for i, (kind, text) in enumerate(items):
        if kind == "li":
            ul.append(t["li"].format(escape(text)))
            continue
        if ul:
            out.append(t["ul"].format("".join(ul)))
            ul = []
        if kind == "cap":
            img = pg.rng.randint(1000, 9999)
            credit = pg.c("photo", pg.one("photo"))
            out.append(t["cap"].format(img=img, cap=pg.n(text), credit=credit))
        else:
            out.append(t[kind].format(escape(text)))
        if i in at:
            out.append(at[i](pg))
    return "\n".join(out)


def read_one(cls: str, tag: str = "p"):
    def f(pg: Page) -> str:
        pre, (h, _) = pg.one("ra"), pg.head()
        pg.c("read_also", f"{pre} {h}")
        return f'<{tag} class="{cls}"><strong>{escape(pre)}</strong> <a href="/n/{pg.hi}">{escape(h)}</a></{tag}>'

    return f


def read_multi(cls: str, n: int = 2):
    def f(pg: Page) -> str:
        pre = pg.c("read_also", pg.one("ra"))
        lis = "".join(
            f'<li><a href="/r/{i}">{pg.c("read_also", pg.head()[0])}</a></li>' for i in range(n)
        )
        return f'<div class="{cls}"><div class="{cls}-title">{pre}</div><ul>{lis}</ul></div>'

    return f


def card(cls: str):
    def f(pg: Page) -> str:
        h, _ = pg.head()
        return (
            f'<div class="{cls}"><a href="/c/{pg.hi}"><img src="/thumb/{pg.hi}.jpg" alt="">'
            f'<span class="{cls}__title">{pg.c("card", h)}</span></a>'
            f'<time class="{cls}__date">{pg.c("card", pg.date())}</time></div>'
        )

    return f


def ad(cls: str, cont: bool = False):
    def f(pg: Page) -> str:
        note = f'<p class="{cls}-note">{pg.c("continue", pg.one("cont"))}</p>' if cont else ""
        lab = pg.c("ad", pg.one("ad"))
        return f'<div class="{cls}"><span class="{cls}-label">{lab}</span><div id="gpt-{pg.rng.randint(10, 99)}"></div></div>{note}'

    return f


def newsletter(cls: str):
    def f(pg: Page) -> str:
        a, b = pg.ch["nl"]
        return (
            f'<div class="{cls}"><h4>{pg.c("newsletter", a)}</h4><p>{pg.c("newsletter", b)}</p>'
            f'<form><input type="email" placeholder="e-mail"><button>{pg.c("newsletter", pg.ch["nlbtn"])}</button></form></div>'
        )

    return f


def app(cls: str):
    def f(pg: Page) -> str:
        return f'<p class="{cls}"><a href="/app">{pg.c("promo", pg.ch["app"])}</a></p>'

    return f


def social(cls: str):
    def f(pg: Page) -> str:
        lab, post = pg.ch["soc"]
        return (
            f'<blockquote class="{cls}" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/x{pg.hi}/">'
            f"{pg.c('social', lab)}</a></div><p>{pg.c('social', post)}</p></blockquote>"
        )

    return f


def poll(cls: str):
    def f(pg: Page) -> str:
        q, a, b, vote = pg.ch["poll"]
        opts = "".join(
            f'<label><input type="radio" name="p">{pg.c("poll", o)}</label>' for o in (a, b)
        )
        return f'<div class="{cls}"><h5>{pg.c("poll", q)}</h5>{opts}<button>{pg.c("poll", vote)}</button></div>'

    return f


def video(cls: str):
    def f(pg: Page) -> str:
        a, b, c = pg.ch["vid"]
        return (
            f'<div class="{cls}"><div class="vjs-control-bar"><button class="vjs-play">{pg.c("video", a)}</button>'
            f'<span class="vjs-duration">{pg.c("video", b)}</span></div>'
            f'<div class="vjs-upnext">{pg.c("video", c)}</div></div>'
        )

    return f
