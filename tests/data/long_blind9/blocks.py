"""Page model and shared clutter blocks for long_blind9's layouts."""

from __future__ import annotations

import html
import random
import re

VIDEOJS = [
    "This is a modal window.",
    "Beginning of dialog window. Escape will cancel and close the window.",
]
PLAYER_EN = ["Play Video", "Mute", "Current Time 0:00", "Picture-in-Picture"]


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def parse_chrome(raw: str) -> dict[str, list]:
    out: dict[str, list] = {"hl": []}
    for line in raw.strip().splitlines():
        k, _, v = line.partition(": ")
        if k == "hl":
            h, _, d = v.partition(" | ")
            out["hl"].append((h.strip(), d.strip()))
        else:
            out[k] = [x.strip() for x in v.split(" || ")]
    return out


def parse_body(raw: str) -> list[tuple[str, object]]:
    """Blocks: ('p', text) ('h', text) ('q', text) ('a', (href, text)) ('ul', [items])."""
    blocks: list[tuple[str, object]] = []
    for line in raw.strip().splitlines():
        if line.startswith("## "):
            blocks.append(("h", line[3:]))
        elif line.startswith("- "):
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(line[2:])  # type: ignore[union-attr]
            else:
                blocks.append(("ul", [line[2:]]))
        elif line.startswith("> "):
            blocks.append(("q", line[2:]))
        elif line.startswith("@"):
            href, _, text = line[1:].partition("|")
            blocks.append(("a", (href, text)))
        else:
            blocks.append(("p", line))
    return blocks


CJK = {"ja", "zh", "ko"}


class Page:
    def __init__(self, layout: str, art: dict, chrome: dict, tags: list[str]) -> None:
        self.layout = layout
        self.art = art
        self.ch = chrome
        self.tags = tags
        self.rng = random.Random(f"long_blind9/{layout}/{art['id']}")
        self.clutter: list[tuple[str, str]] = []
        self.neutral: list[str] = []
        self.hover_lines: list[str] = []
        self.blocks = parse_body(art["body"])
        hl = list(chrome["hl"])
        self.rng.shuffle(hl)
        self.hl_queue = hl
        self.lang = art["lang"]
        self.rtl = self.lang in {"ar", "fa", "ur"}

    # --- recording -------------------------------------------------------
    def c(self, kind: str, text: str) -> str:
        text = text.strip()
        if text and all(text != t for t, _ in self.clutter):
            self.clutter.append((text, kind))
        return esc(text)

    def n(self, text: str) -> str:
        if text not in self.neutral:
            self.neutral.append(text)
        return esc(text)

    def pick(self, key: str) -> str:
        return self.rng.choice(self.ch[key])

    def fill(self, key: str, value: str) -> str:
        return self.pick(key).replace("{}", value)

    def name(self) -> str:
        b = self.art["byline"]
        for pre in ("Por ", "By ", "Par ", "Von ", "di ", "Oleh ", "Ni "):
            if b.startswith(pre):
                b = b[len(pre) :]
        return re.split(r"[,–/|]| de Belém", b)[-1 if "–" in b else 0].strip()

    def headline(self) -> tuple[str, str]:
        if not self.hl_queue:
            hl = list(self.ch["hl"])
            self.rng.shuffle(hl)
            self.hl_queue = hl
        return self.hl_queue.pop()

    def cut(self, dek: str, mode: str) -> str:
        if mode == "full":
            return dek
        n = len(dek)
        k = max(8, int(n * self.rng.uniform(0.45, 0.7)))
        if mode == "mid":
            if self.lang not in CJK:
                while 0 < k < n - 2 and not (dek[k - 1].isalpha() and dek[k].isalpha()):
                    k += 1
            return dek[:k]
        piece = dek[:k].rstrip()
        if self.lang not in CJK:
            piece = piece.rsplit(" ", 1)[0] if " " in piece else piece
        return piece + {"ell": "…", "dots": "...", "brk": " […]"}[mode]

    # --- body ------------------------------------------------------------
    def body_lines(self) -> list[str]:
        out: list[str] = []
        for kind, val in self.blocks:
            if kind == "ul":
                out.extend(val)  # type: ignore[arg-type]
            elif kind == "a":
                out.append(val[1])  # type: ignore[index]
            else:
                out.append(self.clean(val))  # type: ignore[arg-type]
        return out

    @staticmethod
    def clean(text: str) -> str:
        return text.replace("{", "").replace("}", "")

    def inline(self, text: str, hover: bool) -> str:
        m = re.search(r"\{(.+?)\}", text)
        if not m:
            return esc(text)
        name = m.group(1)
        pre, post = esc(text[: m.start()]), esc(text[m.end() :])
        if not hover:
            return f'{pre}<a href="/tema/{attr(name)}">{esc(name)}</a>{post}'
        self.hover_lines.append(self.clean(text))
        h, _ = self.headline()
        card = (
            f'<span class="profile-card"><a class="pc-name" href="/tema/{attr(name)}">{esc(name)}</a>'
            f'<span class="pc-latest">{self.c("hover", h)}</span>'
            f'<button class="pc-follow">{self.c("hover", self.pick("follow"))}</button></span>'
        )
        return (
            f'{pre}<span class="hc"><a href="/tema/{attr(name)}">{esc(name)}</a>{card}</span>{post}'
        )

    def render_body(
        self,
        inserts: dict[int, str] | None = None,
        p: str = "p",
        h: str = "h2",
        quote: str = "blockquote",
        hover: bool = False,
        sep: str = "",
    ) -> str:
        inserts = inserts or {}
        parts = []
        for i, (kind, val) in enumerate(self.blocks):
            if kind == "p":
                txt = self.inline(val, hover)  # type: ignore[arg-type]
                parts.append(f"{txt}<br><br>" if p == "br" else f"<{p}>{txt}</{p}>")
            elif kind == "h":
                parts.append(f"<{h}>{esc(val)}</{h}>")  # type: ignore[arg-type]
            elif kind == "q":
                if quote == "blockquote":
                    parts.append(f"<blockquote><p>{esc(val)}</p></blockquote>")  # type: ignore[arg-type]
                else:
                    parts.append(
                        f"<{p if p != 'br' else 'p'}>{esc(val)}</{p if p != 'br' else 'p'}>"
                    )  # type: ignore[arg-type]
            elif kind == "a":
                href, text = val  # type: ignore[misc]
                parts.append(f'<p><a href="{attr(href)}">{esc(text)}</a></p>')
            else:
                items = "".join(f"<li>{esc(x)}</li>" for x in val)  # type: ignore[union-attr]
                parts.append(f"<ul>{items}</ul>")
            if i in inserts:
                parts.append(inserts[i])
        return sep.join(parts)

    def spots(self, count: int, start: int = 2) -> list[int]:
        """Block indexes after which clutter may go (not between a colon line and its list)."""
        ok = [
            i
            for i in range(start, len(self.blocks) - 1)
            if self.blocks[i + 1][0] != "ul" and self.blocks[i][0] != "h"
        ]
        step = max(1, len(ok) // (count + 1))
        return [ok[min(len(ok) - 1, step * (j + 1))] for j in range(count)]

    # --- clutter blocks -----------------------------------------------------
    def hl_items(self, kind: str, n: int, modes: list[str], tag: str = "li", img: bool = False):
        out = []
        for _ in range(n):
            head, dek = self.headline()
            mode = self.rng.choice(modes)
            slug = re.sub(r"\W+", "-", head.lower())[:40]
            pic = f'<img src="/img/{slug}.jpg" alt="">' if img else ""
            teaser = "" if mode == "none" else f"<p>{self.c(kind, self.cut(dek, mode))}</p>"
            out.append(
                f'<{tag} class="item">{pic}<a href="/n/{attr(slug)}">{self.c(kind, head)}</a>{teaser}</{tag}>'
            )
        return "".join(out)

    def hl_list(self, kind: str, heading_key: str, n: int, modes: list[str], **kw) -> str:
        head = self.c(kind, self.pick(heading_key))
        tag = kw.pop("htag", "h3")
        return f'<div class="{kind}-box"><{tag}>{head}</{tag}><ul>{self.hl_items(kind, n, modes, **kw)}</ul></div>'

    def read_also(self, style: str = "line") -> str:
        label = self.pick("read_also")
        head, dek = self.headline()
        if style == "line":
            return (
                f'<p class="read-also"><strong>{esc(label)}</strong> <a href="/n/x">{esc(head)}</a></p>'
                + (self._rec("read_also", f"{label} {head}"))
            )
        if style == "box":
            h2, _ = self.headline()
            return (
                f'<aside class="read-also-box"><span>{self.c("read_also", label)}</span>'
                f'<ul><li><a href="/n/a">{self.c("read_also", head)}</a></li>'
                f'<li><a href="/n/b">{self.c("read_also", h2)}</a></li></ul></aside>'
            )
        # card with cut teaser
        return (
            f'<div class="ra-card"><span class="ra-label">{self.c("read_also", label)}</span>'
            f'<img src="/img/ra.jpg" alt=""><a href="/n/c">{self.c("read_also", head)}</a>'
            f"<span>{self.c('read_also', self.cut(dek, self.rng.choice(['ell', 'dots', 'mid'])))}</span></div>"
        )

    def _rec(self, kind: str, text: str) -> str:
        self.c(kind, text)
        return ""

    def figure(self, credit_in_caption: bool = False) -> str:
        cap = self.n(self.art["caption"])
        who = self.rng.choice(["Arturo Pérez", "Staff", "AFP", "Reuters"])
        credit = self.c("photo", self.fill("photo", who))
        if credit_in_caption:
            return f'<figure><img src="/img/lead.jpg" alt=""><figcaption>{cap} {credit}</figcaption></figure>'
        return f'<figure><img src="/img/lead.jpg" alt=""><figcaption>{cap}</figcaption><small class="credit">{credit}</small></figure>'

    def video(self, english: bool = True) -> str:
        head, _ = self.headline()
        en = "".join(f"<span>{self.c('video', t)}</span>" for t in VIDEOJS) if english else ""
        return (
            f'<div class="video-player"><div class="vjs-title">{self.c("video", head)}</div>'
            f"<button>{self.c('video', PLAYER_EN[self.rng.randrange(len(PLAYER_EN))])}</button>"
            f'<div class="vjs-modal">{en}</div>'
            f'<div class="up-next">{self.c("video", self.pick("video"))} <b>5</b></div></div>'
        )

    def slideshow(self) -> str:
        head, dek = self.headline()
        n = str(self.rng.randint(6, 24))
        t = self.pick("slideshow").replace("{n}", n).replace("{}", head)
        return (
            f'<div class="gallery"><a href="/galeria/1">{self.c("slideshow", t)}</a>'
            f"<p>{self.c('slideshow', dek)}</p><span>1/{n}</span></div>"
        )

    def share(self) -> str:
        return f'<div class="share"><span>{self.c("share", self.pick("share"))}</span> <a>f</a> <a>X</a> <a>in</a></div>'

    def cookie(self) -> str:
        return (
            f'<div id="cookie-notice"><p>{self.c("cookie", self.pick("cookie"))}</p>'
            f"<button>{self.c('cookie', self.ch['cookie_btn'][0])}</button></div>"
        )

    def bio(self) -> str:
        nm = self.name()
        return (
            f'<div class="author-box"><img src="/a.jpg" alt=""><p>{self.c("bio", self.fill("bio", nm))}</p>'
            f'<a href="/autor">{self.c("bio", self.fill("more_by", nm))}</a></div>'
        )

    def tag_block(self) -> str:
        items = "".join(
            f'<a href="/tag/{i}">{self.c("tags", t)}</a> ' for i, t in enumerate(self.tags)
        )
        return f'<div class="tags"><span>{self.c("tags", self.pick("tags"))}</span> {items}</div>'

    def ad(self, inline_p: bool = False) -> str:
        lab = self.c("ad", self.pick("ad"))
        if inline_p:
            return f'<p class="ad-label">{lab}</p>'
        return f'<div class="ad-slot"><span>{lab}</span><div id="div-gpt-ad-{self.rng.randint(100, 999)}"></div></div>'

    def newsletter(self, tag: str = "div") -> str:
        return f'<{tag} class="nl-signup">{self.c("promo", self.pick("newsletter"))}</{tag}>'

    def app(self, tag: str = "p") -> str:
        return f'<{tag} class="app-promo">{self.c("promo", self.pick("app"))}</{tag}>'

    def promo(self, tag: str = "p") -> str:
        return f"<{tag}>{self.c('promo', self.pick('promo'))}</{tag}>"

    def paywall(self, hidden: bool = False) -> str:
        st = ' style="display:none"' if hidden else ""
        kind = "hidden" if hidden else "paywall"
        return f'<div class="paywall"{st}><p>{self.c(kind, self.pick("paywall"))}</p></div>'

    def comments(self) -> str:
        return f'<section id="comments"><h3>{self.c("comments", self.pick("comments"))}</h3><textarea></textarea></section>'

    def next_article(self, dek: bool = True) -> str:
        head, d = self.headline()
        extra = f"<p>{self.c('next_article', d)}</p>" if dek else ""
        return (
            f'<div class="next-article"><span>{self.c("next_article", self.pick("next"))}</span>'
            f'<a href="/n/next">{self.c("next_article", head)}</a>{extra}</div>'
        )

    def breadcrumb(self) -> str:
        return (
            f'<nav class="breadcrumb"><a href="/">{esc(self.ch["home"][0])}</a> › '
            f'<a href="/s">{esc(self.ch["section"][0])}</a></nav>'
        ) + self._rec("breadcrumb", self.ch["home"][0] + " › " + self.ch["section"][0])

    def meta(self) -> str:
        return f'<div class="meta"><span class="byline">{self.n(self.art["byline"])}</span> <time>{self.n(self.art["date"])}</time></div>'

    def nav(self) -> str:
        heads = [self.headline()[0] for _ in range(2)]
        return (
            f'<header><a class="logo" href="/">{esc(self.ch["site"][0])}</a>'
            f'<div class="ticker">{self.c("ticker", heads[0])} · {self.c("ticker", heads[1])}</div></header>'
        )

    def footer(self) -> str:
        return f"<footer><p>© 2025 {esc(self.ch['site'][0])}</p></footer>"

    def doc(self, head_extra: str, body: str) -> str:
        d = ' dir="rtl"' if self.rtl else ""
        title = esc(self.art["title"])
        return (
            f'<!DOCTYPE html>\n<html lang="{self.art["id"]}"{d}><head><meta charset="utf-8">'
            f"<title>{title} - {esc(self.ch['site'][0])}</title>{head_extra}</head>\n<body>{body}</body></html>\n"
        )
