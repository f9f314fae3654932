"""What is no part of the text a reader reads: hidden elements, hover-card widgets (their text
fuses into sentences), the labels of ads ("Anzeige" over a banner: fused into the next
paragraph), polls (a question over radio buttons) and link menus, dropped from the tree before
extraction."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from crawler.clutter.phrases import is_ad_label
from crawler.clutter.promos import is_promotion as is_signup

# Lower-cased, spaces deleted: how a style is read for display:none / visibility:hidden.
_STYLE_KEY = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", " ")
_HIDDEN_CLASSES = frozenset(
    (
        "sr-only",
        "visually-hidden",
        "visuallyhidden",
        "screen-reader-text",
        "screen-reader-only",
        "a11y-hidden",
        "hidden",
        "is-hidden",
        "u-hidden",
        "d-none",
        "invisible",  # Bootstrap's and Tailwind's visibility:hidden
    )
)
# Profile/hover cards and tooltips: widgets whose text sits inside the sentence that links them
# (class names lower-cased: "PersonHover__pop").
_WIDGET_RE = re.compile(
    r"hover[-_]?card|hover.{0,3}pop|[-_]pop\b|tooltip|popover|profile-?card|person-?card|"
    r"author-?card|contributor-?card"
)
# Cheap substring tests on every element first; class tokens are checked on the few hits.
_CLASS_HINTS = (
    "hidden",
    "sr-only",
    "screen-reader",
    "d-none",
    "invisible",
    "hover",
    "tooltip",
    "popover",
    "-card",
    "_pop",
    "-pop",
    "Hover",
    "Tooltip",
    "Popover",
    "Hidden",
    "Card",  # "ProfileCard", "PersonCard": confirmed by the widget names below
    "tip",  # "author-tip": a hover card only with a trigger link (see _unwrap_hover_card)
)
# any of them, as a substring of the class (capitalised too: "PersonHover__pop")
_CLASS_HINT_RE = re.compile("|".join(map(re.escape, _CLASS_HINTS)))
# An element holding only this much text may be an ad's label (links, items and cells are not).
_MAX_LABEL_CHARS = 40
_LABEL_TAGS = frozenset(("font", "span", "div", "p", "small", "strong", "b", "i", "em", "label"))
# Hidden text this large is the article itself behind a "read more" toggle: keep it.
_MAX_HIDDEN_SHARE = 0.3


def drop_hidden(tree: lxml.html.HtmlElement) -> int:
    """Remove hidden elements and hover-card widgets in place; return how many went."""
    found = _hidden_candidates(tree)
    if not found:
        return 0
    budget = _MAX_HIDDEN_SHARE * len(tree.text_content())
    removed = 0
    for elem in found:
        if not _is_attached(elem, tree):
            continue  # inside an element removed already
        if _unwrap_hover_card(elem):
            removed += 1
            continue
        if _is_name_card(elem):
            elem.drop_tree()  # keeps its tail: the rest of the sentence
            removed += 1
            continue
        if not _is_hidden(elem):
            continue  # a class that only looks alike
        if len(elem.text_content()) > budget:
            continue
        elem.drop_tree()  # keeps its tail text, which belongs to the parent
        removed += 1
    return removed


def _hidden_candidates(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Elements under <body> with a hidden attribute, a hiding style or a class hint, in
    document order. One Python walk: an XPath with these string tests costs ~1.1 ms a page
    (libxml2 copies the attribute for every contains()), the walk ~0.7 ms."""
    found = []
    for body in tree.getroottree().getroot().iter("body"):
        if any(ancestor.tag == "body" for ancestor in body.iterancestors()):
            continue  # walked with the outer body already
        for elem in body.iterdescendants(lxml.etree.Element):
            get = elem.get
            if get("hidden") is not None or get("aria-hidden") == "true":
                found.append(elem)
                continue
            style = get("style")
            if style is not None:
                style = style.translate(_STYLE_KEY)
                if "display:none" in style or "visibility:hidden" in style:
                    found.append(elem)
                    continue
            classes = get("class")
            if classes is not None and _CLASS_HINT_RE.search(classes):
                found.append(elem)
                continue
            if elem.tag in _LABEL_TAGS and not len(elem):
                text = elem.text
                if text is not None and len(text) <= _MAX_LABEL_CHARS and is_ad_label(text):
                    found.append(elem)
    return found


def _is_hidden(elem: lxml.html.HtmlElement) -> bool:
    """The class hints are substrings: confirm by whole class names."""
    attrib = elem.attrib
    if "hidden" in attrib or attrib.get("aria-hidden") == "true" or "style" in attrib:
        return True  # only styles that hide were matched
    classes = attrib.get("class", "").lower()
    if _WIDGET_RE.search(classes) or not _HIDDEN_CLASSES.isdisjoint(classes.split()):
        return True
    return not len(elem) and is_ad_label(elem.text or "")


def _is_attached(elem: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> bool:
    return any(ancestor is root for ancestor in elem.iterancestors())


# A <nav> whose text is mostly link text is a menu (trafilatura drops it too, but only after
# every pass has copied it); a <nav> holding prose stays for the extractor's fallbacks.
_MIN_MENU_LINK_SHARE = 0.8


_TEXT_CHARS = lxml.etree.XPath("string-length(normalize-space(.))")
_LINK_TEXTS = lxml.etree.XPath(".//a//text()")


def drop_menus(tree: lxml.html.HtmlElement) -> int:
    """Remove link-menu <nav> elements in place; return how many went."""
    removed = 0
    for nav in list(tree.iter("nav")):
        if not _is_attached(nav, tree):
            continue
        text = _TEXT_CHARS(nav)  # one libxml2 call each, not a Python loop over the links
        links = len(" ".join("".join(_LINK_TEXTS(nav)).split()))
        if links < _MIN_MENU_LINK_SHARE * text:
            continue
        nav.drop_tree()
        removed += 1
    return removed


_POLL_TAGS = frozenset(("div", "form", "section", "aside", "fieldset", "td", "li", "figure"))
_MAX_POLL_CHARS = 300


def drop_polls(tree: lxml.html.HtmlElement) -> int:
    """Remove, in place, reader polls: the smallest block holding two radio buttons or more and
    little text (the question and its answers); return how many went."""
    holders: dict[int, tuple[lxml.html.HtmlElement, int]] = {}
    # the radio buttons in document order: a tag-filtered walk in C, cheaper than an XPath
    inputs = tree.getroottree().getroot().iter("input")
    for radio in (elem for elem in inputs if elem.get("type") == "radio"):
        box = next((a for a in radio.iterancestors() if a.tag in _POLL_TAGS), None)
        if box is not None:
            holders[id(box)] = (box, holders.get(id(box), (box, 0))[1] + 1)
    found = [
        box
        for box, radios in holders.values()
        if radios >= 2 and len(box.text_content()) <= _MAX_POLL_CHARS
    ]
    for box in found:
        if box.getparent() is not None:
            box.drop_tree()
    return len(found)


# A sign-up box: an e-mail field or a submit control with a short newsletter or promotion text.
_SIGNUP_INPUTS = frozenset(("email", "submit"))
_MAX_SIGNUP_CHARS = 400
_SIGNUP_LEVELS = 3
_MAX_SIGNUP_CHILDREN = 8


def drop_signup_boxes(tree: lxml.html.HtmlElement) -> int:
    """Remove, in place, newsletter and promotion boxes: the smallest block around a submit
    control or an e-mail field whose short text asks the reader to sign up; return how many
    went (their heading, "Newsletter", had stayed between the article's paragraphs)."""
    found: list[lxml.html.HtmlElement] = []
    seen: set[int] = set()
    for control in tree.getroottree().getroot().iter("input", "button"):
        kind = control.get("type", "submit" if control.tag == "button" else "text")
        if kind not in _SIGNUP_INPUTS:
            continue
        boxes = [a for a in control.iterancestors() if a.tag in _POLL_TAGS][:_SIGNUP_LEVELS]
        for box in boxes:  # the form, or the box around it that holds its heading
            if id(box) in seen or len(box) > _MAX_SIGNUP_CHILDREN:
                break  # (a count of children first: the text of a page section costs)
            if _TEXT_CHARS(box) > _MAX_SIGNUP_CHARS:  # type: ignore[operator]
                break
            seen.add(id(box))
            lines = (" ".join(t.split()) for t in box.itertext())
            if any(is_signup(line) for line in lines if line):
                found.append(box)
                break
    for box in found:
        if box.getparent() is not None:
            box.drop_tree()
    return len(found)


# The hover card of a name inside a sentence: <span class="author-hover"><a>Name</a><span
# class="author-hover__card">Name · Follow · Their latest headline</span></span>.
_HOVER_HINT_RE = re.compile(r"hover|tip|card|pop|profile", re.IGNORECASE)
_TEXT_BLOCKS = frozenset(("p", "li", "div", "td", "dd", "blockquote"))


def _unwrap_hover_card(widget: lxml.html.HtmlElement) -> bool:
    """Drop, in place, the card of a hover widget inside a sentence and keep its trigger, the
    name the sentence needs (dropping the whole widget took the name along)."""
    if not _is_inline_widget(widget):
        return False
    children = [c for c in widget if isinstance(c.tag, str)]
    if len(children) < 2 or children[0].tag != "a" or (widget.text or "").strip():
        return False
    parent = widget.getparent()
    if parent is None or not _in_sentence(widget, parent):
        return False
    for card in children[1:]:
        card.drop_tree()
    for elem in (widget, children[0]):  # a name now: no widget for the hidden pass to take
        elem.attrib.pop("class", None)
    return True


_MAX_NAME_CARD_CHARS = 300


def _is_name_card(card: lxml.html.HtmlElement) -> bool:
    """<a>Name</a><span class="pc-card">Name · View profile · Their headline</span> inside a
    sentence: a card right after a name's link that starts by repeating the name."""
    link = card.getprevious()
    if not _is_inline_widget(card) or link is None or link.tag != "a" or (link.tail or "").strip():
        return False
    name = " ".join(link.text_content().split())
    text = " ".join(card.text_content().split())
    return len(name) >= 3 and text.startswith(name) and len(text) <= _MAX_NAME_CARD_CHARS


def _is_inline_widget(elem: lxml.html.HtmlElement) -> bool:
    """A span or div classed as a hover, tip, card or pop widget, inside a block of text."""
    parent = elem.getparent()
    return (
        elem.tag in ("span", "div")
        and _HOVER_HINT_RE.search(elem.get("class", "")) is not None
        and parent is not None
        and parent.tag in _TEXT_BLOCKS
    )


def _in_sentence(widget: lxml.html.HtmlElement, parent: lxml.html.HtmlElement) -> bool:
    """Text runs on both sides of the widget, or before it (a name that ends the sentence)."""
    before = widget.getprevious()
    text_before = (before.tail if before is not None else parent.text) or ""
    return bool(text_before.strip())
