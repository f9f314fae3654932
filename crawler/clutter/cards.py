"""Single teaser cards: announced by their own label ("Other news: <a>Headline</a>
<p>Teaser</p>"), headed by a link to another story between the paragraphs (an embedded card:
<div><h2><a>Headline</a></h2> <div>dek</div></div>), or closed by a "Keep reading" link to the
story its headline links. One card is no list for the run judge, but its label, its linked
headline in the story's flow or its read-more link says what it is."""

from __future__ import annotations

import re
from collections import Counter
from itertools import takewhile

import lxml.etree
import lxml.html

from crawler.clutter import cues, phrases
from crawler.clutter import textsignals as ts

# Links right after a short element: the candidates' labels (one XPath walk, in C, on the
# descendant axis: libxml2 runs "//a" as every node's children, a slower walk).
_LABELLED_LINKS = lxml.etree.XPath(
    "/descendant::a[preceding-sibling::*[1][self::span or self::strong or self::b or self::em or self::i"
    " or self::small or self::p or self::div or self::h3 or self::h4 or self::h5]"
    "[string-length(.) <= 80]]"
)
# Small containers with a link of their own (a card, not a section of the article).
_CARD_TAGS = frozenset(("div", "aside", "section", "li", "p"))
_MAX_CARD_CHARS = 500
_LABEL_TAGS = frozenset(("span", "strong", "b", "em", "i", "small", "p", "div", "h3", "h4", "h5"))


def drop_announced_cards(tree: lxml.html.HtmlElement) -> int:
    """Remove, in place, small cards whose first element is a list cue ("Read also:", "Другие
    новости:") followed by a link; return how many went."""
    found: list[lxml.html.HtmlElement] = []
    for link in _LABELLED_LINKS(tree):
        card = link.getparent()
        if card is not None and card.tag in _CARD_TAGS and _is_announced(card, link.getprevious()):
            found.append(card)
    return _drop(found)


def _is_announced(card: lxml.html.HtmlElement, label: lxml.html.HtmlElement | None) -> bool:
    if label is None or label.tag not in _LABEL_TAGS or (card.text or "").strip():
        return False  # the card opens with its own text: a sentence, not a label
    label_text = " ".join(label.text_content().split())
    if next((child for child in card if isinstance(child.tag, str)), None) is not label:
        return False  # something comes before the label
    return len(card.text_content()) <= _MAX_CARD_CHARS and phrases.is_section_cue(label_text)


_EMBED_TAGS = frozenset(("div", "aside", "section", "figure"))
_MAX_EMBED_CHARS = 400
_MIN_FLOW_PARAGRAPH = 80


def drop_embedded_cards(tree: lxml.html.HtmlElement) -> int:
    """Remove, in place, cards headed by a link to another page that sit between the story's
    paragraphs (a paragraph of prose before and after them); return how many went."""
    found: list[lxml.html.HtmlElement] = []
    for heading in tree.iter("h2", "h3", "h4", "h5"):
        if len(heading) != 1 or heading[0].tag != "a":
            continue  # an embedded card's headline is a heading whose only child is a link
        link = heading[0]
        href = (link.get("href") or "").strip()
        if (heading.text or "").strip() or (link.tail or "").strip() or href[:1] in ("", "#"):
            continue  # the heading has text of its own, or links within the page
        card = _card_of(heading)
        if card is not None and _in_flow(card):
            found.append(card)
    return _drop(found)


def _card_of(heading: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The small container the heading opens, climbing wrappers that hold nothing else."""
    card = heading.getparent()
    children = [child for child in card if isinstance(child.tag, str)] if card is not None else []
    if card is None or card.tag not in _EMBED_TAGS or children[0] is not heading:
        return None
    if len(children) > 3 or len(card.text_content()) > _MAX_EMBED_CHARS:
        return None
    for _ in range(2):
        parent = card.getparent()
        if parent is None or parent.tag not in _EMBED_TAGS or len(parent) != 1:  # comments too
            break
        if (parent.text or "").strip() or (card.tail or "").strip():
            break
        card = parent
    return card


def _in_flow(card: lxml.html.HtmlElement) -> bool:
    def prose(elem: lxml.html.HtmlElement) -> bool:
        return elem.tag == "p" and len(elem.text_content()) >= _MIN_FLOW_PARAGRAPH

    return any(prose(e) for e in card.itersiblings(preceding=True)) and any(
        prose(e) for e in card.itersiblings()
    )


_READ_MORE_RE = re.compile(rf"^\W*(?:{cues.READ_MORE})\W*$", re.IGNORECASE)
_TEASER_TAGS = frozenset(("article", "div", "li", "section"))
_MAX_READ_MORE_CHARS = 40


def drop_read_more_cards(tree: lxml.html.HtmlElement) -> int:
    """Remove, in place, short cards holding a headline link and a read-more link to the same
    story ("<h2><a href=/x>Headline</a></h2><p>Teaser</p><a href=/x>Keep reading</a>");
    return how many went."""
    found: list[lxml.html.HtmlElement] = []
    for link in tree.iter("a"):
        text = link.text_content() if len(link) else link.text
        if not text or len(text) > _MAX_READ_MORE_CHARS or not _READ_MORE_RE.match(text):
            continue
        href = (link.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        card = next((a for a in link.iterancestors() if a.tag in _TEASER_TAGS), None)
        if card is None or len(card.text_content()) > _MAX_CARD_CHARS:
            continue
        if any(_is_headline_link(a, href) for a in card.iter("a") if a is not link):
            found.append(card)
    return _drop(found)


def _is_headline_link(anchor: lxml.html.HtmlElement, href: str) -> bool:
    text = " ".join(anchor.text_content().split())
    return (anchor.get("href") or "").strip() == href and ts.word_count(text) >= 3


_SPLIT_TAGS = ("p", "div")
_MAX_SPLIT_DEK_CHARS = 220


def drop_split_teasers(tree: lxml.html.HtmlElement) -> int:
    """Remove, in place, paragraphs that are a headline and its dek split by one <br> ("Abre el
    nuevo mercado<br>Tendrá 42 puestos.") when the dek is cut short or the headline stands
    elsewhere on the page too (in a list of other stories): a teaser card between the
    paragraphs, marked up as one. A sub-heading run into its paragraph is neither."""
    pairs = [(elem, pair) for elem in tree.iter(_SPLIT_TAGS) if (pair := _split_pair(elem))]
    if not pairs:
        return 0
    title = " ".join((tree.findtext(".//title") or "").split())
    seen = Counter(" ".join(node.split()) for node in tree.itertext())
    found = []
    for elem, (head, dek) in pairs:
        if head in title:
            continue  # the story's own headline and standfirst
        if ts.has_cut_mark(dek) or ts.is_truncated(dek) or seen[head] > 1:
            found.append(elem)
    return _drop(found)


def _split_pair(elem: lxml.html.HtmlElement) -> tuple[str, str] | None:
    """The headline and dek of an element that holds two lines of text split by one <br>."""
    if len(elem) != 1 or elem[0].tag != "br" or not elem.text or not elem[0].tail:
        return None
    head, dek = " ".join(elem.text.split()), " ".join(elem[0].tail.split())
    if (
        len(dek) > _MAX_SPLIT_DEK_CHARS
        or ts.word_count(head) < 3
        or not ts.is_headline_shaped(head)
    ):
        return None
    if not (dek and head[0].isalnum() and dek[0].isalnum()):
        return None  # a run of ticked or bulleted lines ("✔ Free quotes<br>✔ Local firms")
    return head, dek


_REPEAT_CARD_TAGS = frozenset(("div", "li", "figure", "aside", "section", "article"))
_DEK_TAGS = frozenset(("p", "div", "span", "small"))


def drop_repeated_cards(tree: lxml.html.HtmlElement) -> int:
    """Remove, in place, small cards (a headline link, then its dek in an element of its own)
    whose headline links elsewhere on the page too, after a label at most ("En images :
    <headline>"): another story's teaser, shown twice. The story's own headline is none.
    Return how many went."""
    cards = [
        (link, card)
        for link in tree.iter("a")
        if (card := link.getparent()) is not None
        and card.tag in _REPEAT_CARD_TAGS
        and _is_card_head(card, link)
    ]
    if not cards:
        return 0  # most pages: no card shape, no need to read every link
    texts = (" ".join(a.text_content().split()) for a in tree.iter("a") if _links_out(a))
    counts = Counter(text for text in texts if _is_headline(text))
    title = " ".join((tree.findtext(".//title") or "").split())
    found = []
    for link, card in cards:
        text = " ".join(link.text_content().split())
        if not _links_out(link) or not _is_headline(text):
            continue
        shown = counts[text] > 1 or any(o != text and text.endswith(o) for o in counts)
        if shown and text not in title and not any(o in title for o in counts if text.endswith(o)):
            found.append(card)
    return _drop(found)


def _links_out(link: lxml.html.HtmlElement) -> bool:
    return (link.get("href") or "#")[:1] != "#"  # not a link within the page


_MIN_REPEATED_WORDS = 4


def _is_headline(text: str) -> bool:
    return ts.word_count(text) >= _MIN_REPEATED_WORDS and ts.is_headline_shaped(text, marked=True)


def _is_card_head(card: lxml.html.HtmlElement, link: lxml.html.HtmlElement) -> bool:
    """The card opens with the link, alone on its line, and a dek element follows it."""
    if (card.text or "").strip() or (link.tail or "").strip() or link.getprevious() is not None:
        return False
    dek = link.getnext()
    if dek is None or dek.tag not in _DEK_TAGS or len(card.text_content()) > _MAX_CARD_CHARS:
        return False
    text = " ".join(dek.text_content().split())
    return ts.ends_sentence(text) or ts.is_truncated(text)


_CUE_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_LINE_INLINE = frozenset(("br", "a", "span", "b", "strong", "em", "i", "small", "font"))
_MIN_CUED_LINES = 2
_MAX_CUED_LINE_CHARS = 200


def drop_cued_line_lists(tree: lxml.html.HtmlElement) -> int:
    """Remove, in place, a list cue heading ("Sur le même sujet") and the <br>-separated lines
    of text that follow it up to the next block: other stories' headlines and deks written as
    bare lines, which an extractor keeps in part. Return how many lists went."""
    dropped = 0
    for heading in list(tree.iter(_CUE_HEADINGS)):
        if heading.getparent() is None or not phrases.is_section_cue(
            " ".join(heading.text_content().split())
        ):
            continue
        run = list(takewhile(lambda e: e.tag in _LINE_INLINE, heading.itersiblings()))
        texts = [heading.tail or "", *((e.text_content() or "") + (e.tail or "") for e in run)]
        lines = [line for line in "\n".join(texts).splitlines() if line.strip()]
        if sum(e.tag == "br" for e in run) + 1 < _MIN_CUED_LINES or len(lines) < _MIN_CUED_LINES:
            continue
        if any(len(line.strip()) > _MAX_CUED_LINE_CHARS for line in lines):
            continue
        for elem in run:
            elem.getparent().remove(elem)  # with its tail: the lines go
        heading.tail = None
        heading.drop_tree()
        dropped += 1
    return dropped


def _drop(cards: list[lxml.html.HtmlElement]) -> int:
    """Remove the found cards (each keeps its tail text); return how many were found."""
    for card in cards:
        if card.getparent() is not None:  # not inside a card removed already
            card.drop_tree()
    return len(cards)
