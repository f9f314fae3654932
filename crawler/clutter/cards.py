"""Single teaser cards that announce themselves: "Other news: <a>Headline</a> <p>Teaser</p>"
between the paragraphs. One card is no list for the run judge, but its label says what it is."""

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
