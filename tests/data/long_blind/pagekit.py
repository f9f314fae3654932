"""Shared helpers for the long_blind page layouts: clutter snippets that record their probes."""

from __future__ import annotations

import html
import random
import re

NAME = re.compile(r"\[\[(.+?)\]\]")

MODAL = "This is a modal window."
DIALOG = "Beginning of dialog window. Escape will cancel and close the window."


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def plain(text: str) -> str:
    """A paragraph as it reads: the person marker shows the name once."""
    return NAME.sub(r"\1", text)


class Page:
    """One page being built: its article, language pack, seeded choices and labels."""

    def __init__(self, art: dict[str, object], pack: dict[str, object], seed: str) -> None:
        self.art = art
        self.pack = pack
        self.rng = random.Random(seed)
        self.probes: list[tuple[str, str]] = []
        self.neutral: list[str] = []
        heads = list(pack["headlines"])  # type: ignore[call-overload]
        self.rng.shuffle(heads)
        self._heads: list[str] = heads
        self._next = 0

    # --- labels -------------------------------------------------------------------------
    def c(self, kind: str, text: str) -> str:
        """Record a clutter line and return it escaped for the page."""
        if text not in (t for _, t in self.probes):
            self.probes.append((kind, text))
        return esc(text)

    def n(self, text: str) -> str:
        """Record a neutral line (caption, byline, date): neither body nor clutter."""
        self.neutral.append(text)
        return esc(text)

    def s(self, key: str) -> str:
        return str(self.pack[key])

    @property
    def title(self) -> str:
        return str(self.art["title"])

    @property
    def paras(self) -> list[str]:
        return list(self.art["paras"])  # type: ignore[call-overload]

    @property
    def subheads(self) -> dict[int, str]:
        return dict(self.art["subheads"])  # type: ignore[call-overload]

    @property
    def author(self) -> str:
        return str(self.art["author"])

    def heads(self, count: int) -> list[str]:
        """The next `count` unrelated headlines (cycling: real pages repeat them too)."""
        out = []
        for _ in range(count):
            out.append(self._heads[self._next % len(self._heads)])
            self._next += 1
        return out

    def slots(self, count: int, low: int = 1) -> list[int]:
        """Distinct paragraph indexes (after which inline clutter goes), sorted."""
        top = len(self.paras) - 2
        picks = self.rng.sample(range(low, top + 1), min(count, top - low + 1))
        return sorted(picks)

    def slug(self, text: str) -> str:
        words = re.findall(r"\w+", text.lower())[:5]
        return "-".join(words) or "story"

    # --- body -----------------------------------------------------------------------------
    def para(self, i: int, person: str = "plain") -> str:
        """Paragraph i's inner HTML; person: plain, link, or hover (a profile card in the text)."""
        text = self.paras[i]
        match = NAME.search(text)
        if not match:
            return esc(text)
        before, name, after = text[: match.start()], match.group(1), text[match.end() :]
        if person == "plain":
            mid = esc(name)
        elif person == "link":
            mid = f'<a href="/people/{self.slug(name)}">{esc(name)}</a>'
        else:
            head = self.heads(1)[0]
            mid = (
                f'<a class="person-link" href="/people/{self.slug(name)}">{esc(name)}</a>'
                f'<span class="hovercard"><span class="hc-name">{esc(name)}</span>'
                f'<span class="hc-latest">{self.c("hover", head)}</span>'
                f'<span class="hc-btn">{self.c("hover", self.s("follow"))}</span></span>'
            )
        return esc(before) + mid + esc(after)

    # --- clutter snippets ----------------------------------------------------------------
    def link_item(self, kind: str, head: str) -> str:
        return f'<a href="/news/{self.slug(head)}">{self.c(kind, head)}</a>'

    def read_also(self, tag: str = "p", cls: str = "read-also") -> str:
        head = self.heads(1)[0]
        label = self.c("read_also", self.s("read_also"))
        return f'<{tag} class="{cls}"><strong>{label}</strong> {self.link_item("read_also", head)}</{tag}>'

    def ul_heads(self, kind: str, count: int, cls: str = "list") -> str:
        items = "".join(f"<li>{self.link_item(kind, h)}</li>" for h in self.heads(count))
        return f'<ul class="{cls}">{items}</ul>'

    def related_block(self, count: int, tag: str = "div", cls: str = "related") -> str:
        label = self.c("related", self.s("related"))
        return f'<{tag} class="{cls}"><h3>{label}</h3>{self.ul_heads("related", count)}</{tag}>'

    def most_read(self, count: int, cls: str = "most-read") -> str:
        label = self.c("most_read", self.s("most_read"))
        items = "".join(
            f'<li><span class="rank">{n}</span>{self.link_item("most_read", h)}</li>'
            for n, h in enumerate(self.heads(count), 1)
        )
        return f'<aside class="{cls}"><h3>{label}</h3><ol>{items}</ol></aside>'

    def dash_list(self, count: int) -> str:
        """Related headlines as plain paragraphs starting with a dash, inside the text."""
        return "".join(f"<p>- {self.c('related', h)}</p>" for h in self.heads(count))

    def promo(self, key: str, tag: str = "p", cls: str = "promo") -> str:
        return f'<{tag} class="{cls}">{self.c("promo", self.s(key))}</{tag}>'

    def paywall(self, cls: str = "paywall-note") -> str:
        return f'<div class="{cls}"><p>{self.c("paywall", self.s("paywall"))}</p></div>'

    def figure(self, img: str = "img") -> str:
        cap = self.n(str(self.art["caption"]))
        credit = self.c("photo", self.s("photo"))
        return (
            f'<figure class="lead-image"><{img} src="/img/{self.slug(self.title)}.jpg" '
            f'width="1200" height="675" alt="">{"" if img == "img" else f"</{img}>"}'
            f'<figcaption>{cap} <span class="credit">{credit}</span></figcaption></figure>'
        )

    def video(self) -> str:
        head = self.heads(1)[0]
        return (
            '<div class="video-player"><div class="video-js vjs-paused">'
            '<video preload="none" poster="/img/poster.jpg"></video>'
            f'<div class="vjs-modal-dialog" tabindex="-1"><p class="vjs-control-text">{self.c("video", DIALOG)}</p>'
            f'<div class="vjs-modal-dialog-content">{self.c("video", MODAL)}</div></div></div>'
            f'<div class="up-next"><span class="label">{self.c("video", self.s("now_watching"))}</span>'
            f"<h4>{self.c('video', head)}</h4>"
            f'<span class="countdown">{self.c("video", self.s("next_video"))} <b>5</b></span></div></div>'
        )

    def slideshow(self) -> str:
        blurbs = list(self.pack["blurbs"])  # type: ignore[call-overload]
        slides = "".join(
            f'<div class="slide"><img src="/img/s{n}.jpg" alt=""><p class="slide-text">{self.c("slideshow", b)}</p>'
            f'<span class="count">{n}/{len(blurbs)}</span></div>'
            for n, b in enumerate(blurbs, 1)
        )
        return f'<div class="gallery-teaser">{slides}</div>'

    def share(self) -> str:
        return (
            f'<div class="share-bar"><a href="#share">{self.c("share", self.s("share"))}</a> '
            f'<a href="#comments" class="comment-count">{self.c("share", self.s("comments"))}</a></div>'
        )

    def cookie(self) -> str:
        return (
            f'<div id="cookie-consent" class="cookie-banner"><p>{self.c("cookie", self.s("cookie"))}</p>'
            "<button>OK</button></div>"
        )

    def bio(self) -> str:
        text = self.s("bio").format(author=self.author)
        more = self.s("more_from").format(author=self.author)
        return (
            f'<div class="author-box"><img src="/img/author.jpg" alt=""><p class="author-bio">{self.c("bio", text)}</p>'
            f'<a href="/author/{self.slug(self.author)}">{self.c("bio", more)}</a></div>'
        )

    def tags(self, body: str) -> str:
        label = self.c("tags", self.s("tags_label"))
        links = []
        for t in list(self.pack["tags"]):  # type: ignore[call-overload]
            shown = self.c("tags", t) if t not in body + self.title else self.n(t)
            links.append(f'<a href="/tag/{self.slug(t)}" rel="tag">{shown}</a>')
        return f'<div class="tags"><span>{label}</span> {" ".join(links)}</div>'

    def ad(self) -> str:
        return f'<div class="ad-slot"><span class="ad-label">{self.c("ad", self.s("ad"))}</span><div id="ad-{self.rng.randint(100, 999)}"></div></div>'

    def sticky(self) -> str:
        text = f"{self.s('sticky')} {self.title}"
        return f'<div class="sticky-title">{self.c("headline_repeat", text)}</div>'

    def hidden(self, how: str) -> str:
        """A hidden element carrying clutter: display:none, the hidden attribute or aria-hidden."""
        used = {t for _, t in self.probes}
        keys = [k for k in ("newsletter", "app", "channel") if self.s(k) not in used]
        spare = [h for h in self._heads if h not in used] or self._heads
        raw = self.s(self.rng.choice(keys)) if keys else spare[0]
        text = self.c("hidden", raw)
        if how == "display":
            return f'<div class="mobile-only" style="display:none"><p>{text}</p></div>'
        if how == "attr":
            return f"<p hidden>{text}</p>"
        return f'<div aria-hidden="true" class="visually-duplicate"><p>{text}</p></div>'

    def byline(self) -> str:
        return f'<span class="author">{self.n(self.author)}</span>'

    def date(self) -> str:
        day = self.rng.randint(1, 28)
        return self.n(
            f"2026-11-{day:02d} {self.rng.randint(6, 21):02d}:{self.rng.choice(['05', '30', '45'])}"
        )

    def body_text(self) -> str:
        return "\n".join(plain(p) for p in self.paras)
