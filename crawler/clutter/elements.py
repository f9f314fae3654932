"""Sibling elements as blocks for the run judge (crawler.clutter.teasers): a heading, a card
(its headline, then its teaser), or plain text."""

from __future__ import annotations

import lxml.html

from crawler.clutter import textsignals as ts
from crawler.clutter.blocks import Block
from crawler.clutter.boxes import link_chars

_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_INLINE_TAGS = frozenset(("b", "strong", "i", "em", "font", "span", "small", "big", "u"))
_MAX_CARD_CHARS = 600
# Elements that can be a card (headline + teaser inside); a <p> with a link is one line of text.
_CARD_TAGS = frozenset(("div", "li", "article", "section", "td", "tr", "header", "figure", "a"))


def child_blocks(child: lxml.html.HtmlElement, index: int) -> list[Block]:
    """One element as blocks: a heading, a card (headline + teaser), or plain text."""
    raw = child.text_content()
    if len(raw) > _MAX_CARD_CHARS * 3:
        return [Block(raw[: _MAX_CARD_CHARS * 3], owner=index)]  # long content: a body block
    text = _norm(raw)
    if not text:
        return []
    if child.tag in _HEADINGS or child.tag == "dt":  # a <dt> heads the <dd> after it
        return [Block(text, is_heading=True, link_ratio=_ratio(child, text), owner=index)]
    headline = _card_headline(child, text) if _may_be_card(child) else None
    if headline is not None:
        head = Block(
            headline.text,
            is_heading=headline.is_heading,
            link_ratio=headline.link_ratio,
            owner=index,
        )
        rest = _norm(text.replace(headline.text, " ", 1))
        label = _trailing_label(child, rest)
        if label:  # a card's footer ("29.7K 12:00") is no part of its teaser's cut
            rest = rest[: -len(label)].rstrip()
            return [head, *([Block(rest, owner=index)] if rest else []), Block(label, owner=index)]
        return [head, Block(rest, owner=index)] if rest else [head]
    return [Block(text, link_ratio=_ratio(child, text), owner=index)]


_BLOCK_TAGS = ("div", "p", "footer", "ul", "section")


def _trailing_label(child: lxml.html.HtmlElement, rest: str) -> str | None:
    """The text of the card's last block element when it is a time, a count or a label that
    ends the card's text (a channel post's views and time)."""
    last = None
    for elem in child.iter(_BLOCK_TAGS):
        if elem is not child and elem.text_content().strip():
            last = elem
    if last is None:
        return None
    label = _norm(last.text_content())
    return label if label != rest and rest.endswith(label) and ts.is_glue(label) else None


def _may_be_card(child: lxml.html.HtmlElement) -> bool:
    """A card element, or a font-era or WAP item: an inline wrapper or a paragraph whose
    headline has a line of its own (<font><b><a>Headline</a></b><br>Teaser</font>)."""
    if child.tag in _CARD_TAGS:
        return True
    wrapper = child.tag in _INLINE_TAGS or child.tag == "p"  # <p><a>Headline</a><br>Teaser</p>
    return wrapper and child.find(".//br") is not None


def _card_headline(child: lxml.html.HtmlElement, text: str) -> Block | None:
    """The headline inside a short card: its heading, or its dominant headline link."""
    if len(text) > _MAX_CARD_CHARS:
        return None
    for heading in child.iter(*_HEADINGS):
        head_text = _norm(heading.text_content())
        if head_text:
            linked = _inside_link(heading, child)
            ratio = 1.0 if linked else _ratio(heading, head_text)
            return Block(head_text, is_heading=True, link_ratio=ratio)
    bold = _bold_first_line(child)
    if bold is not None:
        return Block(bold, is_heading=True, link_ratio=0.0)
    for anchor in child.iter("a"):
        anchor_text = _norm(anchor.text_content())
        # a whole card inside one link (<a><p>headline</p><p>teaser</p></a>): its first line,
        # or, in a card of spans (<a><span>kicker</span><span>headline</span><span>dek</span>),
        # the first of its first two that is a headline
        parts = _text_parts(anchor)
        if len(parts) == 1 and parts[0].tag not in _INLINE_TAGS:  # <a><img><div>parts</div></a>
            parts = _text_parts(parts[0]) or parts
        spans = len(parts) >= _MIN_CARD_PARTS and all(c.tag in _INLINE_TAGS for c in parts)
        if not spans and _is_linked_headline(anchor_text):
            return Block(anchor_text, link_ratio=1.0)
        for part in parts[: 2 if spans else 1]:
            if part.tag in _INLINE_TAGS and not spans:
                break
            part_text = _norm(part.text_content())
            if part_text != anchor_text and _is_linked_headline(part_text):
                return Block(part_text, link_ratio=1.0)
        if spans and _is_linked_headline(anchor_text):
            return Block(anchor_text, link_ratio=1.0)
    return None


_MIN_CARD_PARTS = 3  # kicker or headline, headline or dek, time


def _text_parts(elem: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return [c for c in elem if isinstance(c.tag, str) and c.text_content().strip()]


def _bold_first_line(child: lxml.html.HtmlElement) -> str | None:
    """The headline of a card that opens with a bold line over a <br> (a channel post, a
    font-era item), looking through a wrapper or two."""
    elem = child
    for _ in range(3):
        if (elem.text or "").strip():
            return None
        first = next((c for c in elem if isinstance(c.tag, str)), None)
        if first is None:
            return None
        if first.tag in ("b", "strong"):
            after = first.getnext()
            if after is None or after.tag != "br" or (first.tail or "").strip():
                return None
            text = _norm(first.text_content())
            return text if ts.word_count(text) >= 3 else None
        elem = first
    return None


def _is_linked_headline(text: str) -> bool:
    return ts.word_count(text) >= 3 and ts.is_headline_shaped(text, marked=True)


def _inside_link(elem: lxml.html.HtmlElement, stop: lxml.html.HtmlElement) -> bool:
    """Whether `elem` sits inside an <a> or a linked card (<teaser-card href=...>, a web
    component), up to and including `stop`."""
    for ancestor in elem.iterancestors():
        if ancestor.tag == "a" or ancestor.get("href"):
            return True
        if ancestor is stop:
            return False
    return False


def _ratio(elem: lxml.html.HtmlElement, text: str) -> float:
    if elem.tag == "a":
        return 1.0
    return min(1.0, link_chars(elem) / max(1, len(text)))


def _norm(text: str) -> str:
    return " ".join(text.split())
