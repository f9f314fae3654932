"""Markup for a brief's own structure (lists, quotes, boxes...) in several variants."""

import random
from html import escape as e


def _list(d: dict, rng: random.Random, ordered: bool) -> str:
    tag = "ol" if ordered else "ul"
    lead = e(d["lead"])
    items = [e(x) for x in d["items"]]
    v = rng.randrange(3)
    if v == 0:
        lis = "".join(f"<li>{x}</li>" for x in items)
        return f"<p>{lead}</p>\n<{tag}>{lis}</{tag}>"
    if v == 1:
        lis = "".join(f'<li class="list-item"><p>{x}</p></li>' for x in items)
        return f'<p><strong>{lead}</strong></p>\n<{tag} class="bullets">{lis}</{tag}>'
    marks = [f"{i}." for i in range(1, len(items) + 1)] if ordered else ["•"] * len(items)
    rows = "<br>\n".join(f"{m} {x}" for m, x in zip(marks, items, strict=True))
    return f"<p>{lead}<br>\n{rows}</p>"


def _quote(d: dict, rng: random.Random) -> str:
    t, c = e(d["text"]), e(d["credit"])
    v = rng.randrange(4)
    if v == 0:
        return f"<blockquote><p>“{t}”</p><cite>{c}</cite></blockquote>"
    if v == 1:
        return (
            f'<figure class="quote"><blockquote>{t}</blockquote>'
            f"<figcaption>— {c}</figcaption></figure>"
        )
    if v == 2:
        return f'<aside class="pullquote"><p>“{t}”</p><p class="pq-credit">{c}</p></aside>'
    return f"<p>„{t}“ — {c}</p>"


def _factbox(d: dict, rng: random.Random) -> str:
    h = e(d["head"])
    items = [e(x) for x in d["items"]]
    v = rng.randrange(3)
    if v == 0:
        lis = "".join(f"<li>{x}</li>" for x in items)
        return f'<div class="factbox"><h4>{h}</h4><ul>{lis}</ul></div>'
    if v == 1:
        rows = "".join(f"<tr><td>{x}</td></tr>" for x in items)
        return f'<table class="infobox" border="1"><tr><th>{h}</th></tr>{rows}</table>'
    ps = "".join(f"<p>{x}</p>" for x in items)
    return f'<section class="box box--facts"><h3>{h}</h3>{ps}</section>'


def _subheads(d: dict, rng: random.Random) -> str:
    tag = rng.choice(["h2", "h3", "h4"])
    out = [f"<{tag}>{e(h)}</{tag}>\n<p>{e(p)}</p>" for h, p in d["sections"]]
    return "\n".join(out)


def _table(d: dict, rng: random.Random) -> str:
    rows = d["rows"]
    head = "".join(f"<th>{e(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
    if rng.randrange(2):
        return f"<table><caption>{e(d['caption'])}</caption><tr>{head}</tr>{body}</table>"
    return (
        f"<p><b>{e(d['caption'])}</b></p>\n"
        f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    )


def _qa(d: dict, rng: random.Random) -> str:
    v = rng.randrange(3)
    if v == 0:
        return "\n".join(f"<p><strong>{e(q)}</strong></p>\n<p>{e(a)}</p>" for q, a in d["pairs"])
    if v == 1:
        return "<dl>" + "".join(f"<dt>{e(q)}</dt><dd>{e(a)}</dd>" for q, a in d["pairs"]) + "</dl>"
    return "\n".join(f"<h3>{e(q)}</h3>\n<p>{e(a)}</p>" for q, a in d["pairs"])


def _note(d: dict, rng: random.Random, cls: str) -> str:
    t = e(d["text"])
    v = rng.randrange(3)
    if v == 0:
        return f"<p><em>{t}</em></p>"
    if v == 1:
        return f'<div class="{cls}"><p>{t}</p></div>'
    return f'<p class="{cls}-note"><i>{t}</i></p>'


def _caption(d: dict, rng: random.Random) -> str:
    t = e(d["text"])
    if rng.randrange(2):
        return f'<figure class="lead-image"><img src="/img/lead.jpg" alt=""><figcaption>{t}</figcaption></figure>'
    return f'<p><img src="/img/lead.jpg" width="400"><br><small>{t}</small></p>'


def render(struct: tuple | None, rng: random.Random) -> tuple[str, list[str]]:
    """Html of the structure and the text lines it must keep."""
    if struct is None:
        return "", []
    kind, d = struct
    if kind in ("list", "ol"):
        return _list(d, rng, kind == "ol"), [d["lead"], *d["items"]]
    if kind == "quote":
        return _quote(d, rng), [d["text"], d["credit"]]
    if kind == "factbox":
        return _factbox(d, rng), [d["head"], *d["items"]]
    if kind == "subheads":
        return _subheads(d, rng), [x for s in d["sections"] for x in s]
    if kind == "table":
        return _table(d, rng), [d["caption"], *[c for r in d["rows"] for c in r]]
    if kind == "qa":
        return _qa(d, rng), [x for p in d["pairs"] for x in p]
    if kind in ("update", "correction"):
        return _note(d, rng, kind), [d["text"]]
    if kind == "caption":
        return _caption(d, rng), [d["text"]]
    raise ValueError(kind)
