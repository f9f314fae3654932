"""What a reader never sees: hidden elements and hover-card widgets, dropped from the tree before
extraction (else their text fuses into sentences or leaks as lines)."""

from __future__ import annotations

import lxml.etree
import lxml.html

_CLASS = "concat(' ', normalize-space(@class), ' ')"
# Lower-cased, spaces deleted (a character without a counterpart in the second string goes).
_STYLE = "translate(@style, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ ', 'abcdefghijklmnopqrstuvwxyz')"
_HIDDEN_CLASSES = (
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
)
# Profile/hover cards and tooltips: widgets whose text sits inside the sentence that links them.
_WIDGET_CLASSES = ("hovercard", "hover-card", "tooltip", "popover", "profile-card", "person-card")
_HIDDEN_PATH = lxml.etree.XPath(
    "//body//*[@hidden or @aria-hidden='true' or "
    f"contains({_STYLE}, 'display:none') or contains({_STYLE}, 'visibility:hidden') or "
    + " or ".join(f"contains({_CLASS}, ' {name} ')" for name in _HIDDEN_CLASSES)
    + " or "
    + " or ".join(f"contains(@class, '{name}')" for name in _WIDGET_CLASSES)
    + "]"
)
# Hidden text this large is the article itself behind a "read more" toggle: keep it.
_MAX_HIDDEN_SHARE = 0.3


def drop_hidden(tree: lxml.html.HtmlElement) -> int:
    """Remove hidden elements and hover-card widgets in place; return how many went."""
    found = _HIDDEN_PATH(tree)
    if not found:
        return 0
    budget = _MAX_HIDDEN_SHARE * len(tree.text_content())
    removed = 0
    for elem in found:
        if elem.getparent() is None or not _is_attached(elem, tree):
            continue  # inside an element removed already
        if len(elem.text_content()) > budget:
            continue
        elem.drop_tree()  # keeps its tail text, which belongs to the parent
        removed += 1
    return removed


def _is_attached(elem: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> bool:
    return any(ancestor is root for ancestor in elem.iterancestors())
