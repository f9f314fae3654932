"""Reusable clutter blocks: headline lists, video-player chrome, cookie banners, hover cards."""

from __future__ import annotations

from pagekit import Page, esc


def heads(p: Page, k: int) -> list[tuple[str, str]]:
    return p.heads(k)


def hl(p: Page, k: int, tpl: str, mode: str, kind: str = "related", mark: str = "…") -> str:
    """k headline items; mode 'cut' (teaser cut with a mark), 'full' (one-sentence dek), 'bare'."""
    out = []
    for h, d in heads(p, k):
        if mode == "cut":
            dd = p.cut(d, kind, mark)
        elif mode == "full":
            dd = p.c(d, kind)
        else:
            dd = ""
        out.append(tpl.format(h=p.c(h, kind), d=dd))
    return "\n".join(out)


def video(p: Page, cls: str = "vjs") -> str:
    """video.js-style player chrome (English dialog strings on every language, as in the wild)."""
    ((h, _),) = heads(p, 1)
    return (
        f'<div class="{cls}-player" data-setup="{{}}"><video preload="none"></video>'
        f'<div class="{cls}-modal-dialog" tabindex="-1">'
        f'<p class="{cls}-modal-dialog-description">{p.c("This is a modal window.", "video")}</p>'
        f'<div class="{cls}-text-track-settings">'
        + p.c("Beginning of dialog window. Escape will cancel and close the window.", "video")
        + "</div></div>"
        f'<div class="{cls}-playlist"><span>{p.c(str(p.ch["nw"]), "video")}</span> '
        f"<b>{p.c(h, 'video')}</b></div>"
        f'<div class="{cls}-upnext">{p.c(str(p.ch["nv"]), "video")} <span>5</span></div></div>'
    )


def cookie(p: Page, cls: str = "cookie-banner") -> str:
    return (
        f'<div class="{cls}" role="dialog"><p>{p.c(str(p.ch["ck"]), "cookie")}</p>'
        f'<button type="button">{p.c(str(p.ch["ok"]), "cookie")}</button></div>'
    )


def hover(p: Page, wrap: str = "hovercard") -> str:
    """A format string for Page.body(hover=...): the name fused with its profile card."""
    card = p.card()
    return (
        f'<span class="{wrap}"><a href="/person/">{{name}}</a>'
        f'<span class="{wrap}__pop">{card}</span></span>'
    )


def crumbs(p: Page, sep: str = " › ", tpl: str = '<a href="/">{}</a>') -> str:
    a, b = str(p.ch["home"]), str(p.ch["sec"])
    p.c(a + sep + b, "breadcrumb")
    return tpl.format(esc(a)) + esc(sep) + tpl.format(esc(b))


def poll(p: Page, cls: str = "poll") -> str:
    q, *opts, vote = str(p.ch["poll"]).split("|")
    items = "".join(
        f'<li><label><input type="radio" name="v">{p.c(o, "poll")}</label></li>' for o in opts
    )
    return (
        f'<form class="{cls}"><p class="{cls}__q">{p.c(q, "poll")}</p><ul>{items}</ul>'
        f"<button>{p.c(vote, 'poll')}</button></form>"
    )


def comment(p: Page, cls: str = "comment") -> str:
    user, text = str(p.ch["com"]).split("|")
    return (
        f'<div class="{cls}"><span class="{cls}__user">{p.c(user, "comments")}</span>'
        f'<p class="{cls}__text">{p.c(text, "comments")}</p></div>'
    )


def next_article(p: Page, cls: str = "next-article") -> str:
    """Infinite scroll: the next story's headline and first paragraph follow the article."""
    ((h, d),) = heads(p, 1)
    return (
        f'<article class="{cls}" data-infinite="1"><span class="{cls}__label">'
        f"{p.c(str(p.ch['next']), 'next_article')}</span><h2>{p.c(h, 'next_article')}</h2>"
        f"<p>{p.c(d, 'next_article')}</p></article>"
    )


def ticker(p: Page, k: int, tpl: str = "<li><time>{t}</time> {h}</li>") -> str:
    out = []
    for i, (h, _) in enumerate(heads(p, k)):
        out.append(tpl.format(t=f"{9 + i}:{(17 * i + 5) % 60:02d}", h=p.c(h, "ticker")))
    return "\n".join(out)
