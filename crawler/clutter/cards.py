"""Single teaser cards between the paragraphs: announced by their own label ("Other news:
<a>Headline</a> <p>Teaser</p>") or headed by a link to another story (an embedded card: <div>
<h2><a>Headline</a></h2> <div>dek</div></div>). One card is no list for the run judge, but its
label or its linked headline in the story's flow says what it is."""

from __future__ import annotations

import lxml.etree
import lxml.html

from crawler.clutter import phrases

# Links right after a short element: the candidates' labels (one XPath walk, in C).
_LABELLED_LINKS = lxml.etree.XPath(
    "//a[preceding-sibling::*[1][self::span or self::strong or self::b or self::em or self::i"
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
    for card in found:
        if card.getparent() is not None:
            card.drop_tree()
    return len(found)


def _is_announced(card: lxml.html.HtmlElement, label: lxml.html.HtmlElement | None) -> bool:
    if label is None or label.tag not in _LABEL_TAGS or (card.text or "").strip():
        return False  # the card opens with its own text: a sentence, not a label
    label_text = " ".join(label.text_content().split())
    if next((child for child in card if isinstance(child.tag, str)), None) is not label:
        return False  # something comes before the label
    return len(card.text_content()) <= _MAX_CARD_CHARS and phrases.is_section_cue(label_text)


# Headings whose only element is a link: an embedded card's headline.
_LINKED_HEADINGS = lxml.etree.XPath(
    "//*[self::h2 or self::h3 or self::h4 or self::h5][count(*) = 1][a]"
)
_EMBED_TAGS = frozenset(("div", "aside", "section", "figure"))
_MAX_EMBED_CHARS = 400
_MIN_FLOW_PARAGRAPH = 80


def drop_embedded_cards(tree: lxml.html.HtmlElement) -> int:
    """Remove, in place, cards headed by a link to another page that sit between the story's
    paragraphs (a paragraph of prose before and after them); return how many went."""
    found: list[lxml.html.HtmlElement] = []
    for heading in _LINKED_HEADINGS(tree):
        link = next(heading.iterchildren("a"))
        href = (link.get("href") or "").strip()
        if (heading.text or "").strip() or (link.tail or "").strip() or href[:1] in ("", "#"):
            continue  # the heading has text of its own, or links within the page
        card = _card_of(heading)
        if card is not None and _in_flow(card):
            found.append(card)
    for card in found:
        if card.getparent() is not None:
            card.drop_tree()
    return len(found)


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
