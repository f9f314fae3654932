"""Single teaser cards that announce themselves: "Other news: <a>Headline</a> <p>Teaser</p>"
between the paragraphs. One card is no list for the run judge, but its label says what it is."""

from __future__ import annotations

import lxml.html

from crawler.clutter import phrases

# Small containers with a link of their own (a card, not a section of the article).
_CARD_PATH = "//div[a]|//aside[a]|//section[a]|//li[a]|//p[a]"
_MAX_CARD_CHARS = 500
_LABEL_TAGS = frozenset(("span", "strong", "b", "em", "i", "small", "p", "div", "h3", "h4", "h5"))


def drop_announced_cards(tree: lxml.html.HtmlElement) -> int:
    """Remove, in place, small cards whose first element is a list cue ("Read also:", "Другие
    новости:") followed by a link; return how many went."""
    found = [card for card in tree.xpath(_CARD_PATH) if _is_announced(card)]
    for card in found:
        if card.getparent() is not None:
            card.drop_tree()
    return len(found)


def _is_announced(card: lxml.html.HtmlElement) -> bool:
    label = next((child for child in card if isinstance(child.tag, str)), None)
    if label is None or label.tag not in _LABEL_TAGS or (card.text or "").strip():
        return False  # the card opens with its own text: a sentence, not a label
    link = label.getnext()
    if link is None or link.tag != "a":
        return False
    if len(card.text_content()) > _MAX_CARD_CHARS:
        return False
    return phrases.is_section_cue(" ".join(label.text_content().split()))
