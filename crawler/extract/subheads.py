"""Sub-headings and lists trafilatura dropped between two paragraphs it kept.

When no known article container matches, trafilatura gathers the page's paragraphs and leaves
out the <h2>/<h3> between them ("Who is affected?"), though they are the article's own; in some
old table layouts its precise pass drops the article's own list ("The new rules: - ..."). A
heading, or a list without links announced by a colon, whose neighbours are both kept, one
right after the other in the text, goes back between them.
"""

from __future__ import annotations

import re
from itertools import takewhile

import lxml.html

_HEADINGS = ("h2", "h3", "h4")
_LISTS = ("ul", "ol")
_MIN_ITEMS = 2
_MAX_ITEM_CHARS = 300
# A sub-heading is a line, not a paragraph.
_MAX_HEADING_CHARS = 120
# Headings outside the story's flow are not put back.
# Paragraphs the extractor dropped (a read-also line) may stand between a kept one and the heading.
_MAX_DROPPED_BETWEEN = 2
# What a paragraph is here (a quote between paragraphs is one), and what may have been dropped.
_PARAGRAPHS = frozenset(("p", "blockquote"))
# "the following" in the scripts that end the sentence that announces a list with "。"
_FOLLOWING_RE = re.compile("次の|以下の|下列|如下|以下")
_DROPPABLE = frozenset(("p", "div", "aside", "section", "figure", "hr"))
# Wrappers holding only a heading (a table row and its cell) climbed to find its neighbours.
_MAX_WRAPPERS = 3
_OUTSIDE = frozenset(("nav", "aside", "footer", "header", "form", "li", "a"))


def restore_subheads(tree: lxml.html.HtmlElement, text: str) -> str:
    """`text` (trafilatura's lines) with the dropped sub-headings of `tree` back in place."""
    lines = text.splitlines()
    if len(lines) < 2:
        return text
    position: dict[str, int] = {}
    inserts: dict[int, str] = {}
    for heading in tree.iter(*_HEADINGS, *_LISTS):
        around = _paragraphs_around(heading)
        if around is None:
            continue  # checked first, cheaply: a sub-heading sits between two paragraphs
        position = position or {_key(line): index for index, line in enumerate(lines)}
        title = _list_text(heading) if heading.tag in _LISTS else _flat(heading.text_content())
        if not title or (len(title) > _MAX_HEADING_CHARS and heading.tag not in _LISTS):
            continue
        if any(_key(line) in position for line in title.splitlines()):
            continue
        previous, following = (_neighbour_text(e) for e in around)
        if not previous or not following:
            continue
        dropped = _key(previous) not in position and _ending(lines, _key(previous)) is None
        if heading.tag in _HEADINGS and dropped:
            previous = _kept_before(around[0], position) or previous
        if heading.tag in _LISTS and not _announces(previous):
            continue  # the story announces its own list ("The new rules:")
        before = position.get(_key(previous), _ending(lines, _key(previous)))
        slot = _slot(lines, before, position.get(_key(following)), around[0], heading)
        if slot is None or slot in inserts:
            continue
        if any(a.tag in _OUTSIDE for a in heading.iterancestors()):
            continue
        inserts[slot] = title
    return _with_inserts(lines, inserts) if inserts else text


def _slot(
    lines: list[str],
    before: int | None,
    after: int | None,
    previous: lxml.html.HtmlElement,
    heading: lxml.html.HtmlElement,
) -> int | None:
    """Where the dropped element goes: right before the following paragraph, when that comes
    next after the previous one in the text, or after the lines of the boxes between them (a
    promo kept there, for the line pass to judge)."""
    if before is None or after is None or after <= before:
        return None
    if after == before + 1:
        return after
    between_elems = takewhile(lambda e: e is not heading, previous.itersiblings())
    boxes = _key(" ".join(e.text_content() for e in between_elems))
    between = lines[before + 1 : after]
    return after if all(_key(line) in boxes for line in between) else None


def _with_inserts(lines: list[str], inserts: dict[int, str]) -> str:
    out: list[str] = []
    for index, line in enumerate(lines):
        if index in inserts:
            out.append(inserts[index])
        out.append(line)
    return "\n".join(out)


_Pair = tuple[lxml.html.HtmlElement, lxml.html.HtmlElement]


def _paragraphs_around(heading: lxml.html.HtmlElement) -> _Pair | None:
    """The <p>s right before and after a heading, or around the wrapper it sits alone in."""
    previous, following = _past_boxes(heading, before=True), _past_boxes(heading, before=False)
    if not (_is_paragraph(previous) and _is_paragraph(following)):
        previous, following = _wrapped_around(heading)
        if not (_is_paragraph(previous) and _is_paragraph(following)):
            return None
    return previous, following  # type: ignore[return-value]


def _past_boxes(elem: lxml.html.HtmlElement, *, before: bool) -> lxml.html.HtmlElement | None:
    """The sibling before (or after) `elem`, over up to two boxes between (an ad slot, a
    "Read also" aside): the text's order then says whether the extractor dropped them."""
    sibling = elem.getprevious() if before else elem.getnext()
    for _ in range(_MAX_DROPPED_BETWEEN):
        if sibling is None or _is_paragraph(sibling) or sibling.tag not in _DROPPABLE:
            return sibling
        sibling = sibling.getprevious() if before else sibling.getnext()
    return sibling


def _announces(text: str) -> bool:
    """The story announces its own list: "The new rules:", "次のサービスを始めた。"."""
    if text.endswith((":", "：")):
        return True
    return text.endswith("。") and _FOLLOWING_RE.search(text[-30:]) is not None


def _is_paragraph(elem: lxml.html.HtmlElement | None) -> bool:
    return elem is not None and elem.tag in _PARAGRAPHS


def _wrapped_around(
    heading: lxml.html.HtmlElement,
) -> tuple[lxml.html.HtmlElement | None, lxml.html.HtmlElement | None]:
    """The paragraphs around a heading alone in its wrapper, each alone in one of the same
    kind (an e-mail newsletter's table rows: <tr><td><h2>..</h2></td></tr> between rows of
    <p>s), or (None, None)."""
    wrapper = heading
    for _ in range(_MAX_WRAPPERS):
        parent = wrapper.getparent()
        if parent is None or len(parent) != 1 or (parent.text or "").strip():
            break
        wrapper = parent
    if wrapper is heading:
        return None, None
    depth = sum(1 for _ in heading.iterancestors()) - sum(1 for _ in wrapper.iterancestors())
    return _wrapped_paragraph(wrapper, depth, before=True), _wrapped_paragraph(wrapper, depth)


def _wrapped_paragraph(
    wrapper: lxml.html.HtmlElement, depth: int, *, before: bool = False
) -> lxml.html.HtmlElement | None:
    """The paragraph `depth` levels inside the wrapper's sibling before (or after) it, over up
    to two boxes between (an ad slot's wrapper)."""
    sibling = wrapper.getprevious() if before else wrapper.getnext()
    for _ in range(_MAX_DROPPED_BETWEEN):
        inner = _inner(sibling, depth, last=before)
        if sibling is None or _is_paragraph(inner) or sibling.tag not in _DROPPABLE:
            return inner
        sibling = sibling.getprevious() if before else sibling.getnext()
    return _inner(sibling, depth, last=before)


def _inner(
    elem: lxml.html.HtmlElement | None, depth: int, *, last: bool = False
) -> lxml.html.HtmlElement | None:
    """The element `depth` levels inside `elem`, through its last (or first) children."""
    for _ in range(depth):
        if elem is None or not isinstance(elem.tag, str) or len(elem) == 0:
            return None
        elem = elem[-1] if last else elem[0]
    return elem


def _kept_before(paragraph: lxml.html.HtmlElement, position: dict[str, int]) -> str:
    """The nearest kept paragraph before `paragraph`, over at most two dropped elements (a
    "Read also" line or box the extractor left out between the story's paragraph and its
    sub-heading)."""
    elem = paragraph.getprevious()
    for _ in range(_MAX_DROPPED_BETWEEN):
        if elem is None or not isinstance(elem.tag, str):
            return ""
        text = _neighbour_text(elem)
        if text and _key(text) in position:
            return text
        if text and elem.tag not in _DROPPABLE:
            return ""
        elem = elem.getprevious()
    return ""


def _ending(lines: list[str], paragraph: str) -> int | None:
    """The line that ends a paragraph the extractor split at a <br> ("<b>Label</b><br>Text")."""
    found = [i for i, line in enumerate(lines) if len(line) > 20 and paragraph.endswith(_key(line))]
    return found[0] if len(found) == 1 else None


def _list_text(elem: lxml.html.HtmlElement) -> str:
    """The items of a link-free list as "- item" lines, or "" for a list that is no text."""
    items = [_flat(li.text_content()) for li in elem.iterchildren("li")]
    if len(items) < _MIN_ITEMS or elem.find(".//a") is not None:
        return ""
    if not all(0 < len(item) <= _MAX_ITEM_CHARS for item in items):
        return ""
    return "\n".join(f"- {item}" for item in items)


def _neighbour_text(elem: lxml.html.HtmlElement | None) -> str:
    if elem is None or not isinstance(elem.tag, str) or elem.tag not in _PARAGRAPHS:
        return ""
    return _flat(elem.text_content())


def _flat(text: str) -> str:
    return " ".join(text.split())


# trafilatura drops format characters (zero-width joiners, soft hyphens): keys do without them.
_FORMAT_CHARS = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def _key(text: str) -> str:
    return "".join(text.split()).translate(_FORMAT_CHARS)
