"""Sub-headings trafilatura dropped between two paragraphs it kept.

When no known article container matches, trafilatura gathers the page's paragraphs and leaves
out the <h2>/<h3> between them ("Who is affected?"), though they are the article's own. A heading
whose neighbours are both kept, one right after the other in the text, goes back between them.
"""

from __future__ import annotations

import lxml.html

_HEADINGS = ("h2", "h3", "h4")
# A sub-heading is a line, not a paragraph.
_MAX_HEADING_CHARS = 120
# Headings outside the story's flow are not put back.
_OUTSIDE = frozenset(("nav", "aside", "footer", "header", "form", "li", "a"))


def restore_subheads(tree: lxml.html.HtmlElement, text: str) -> str:
    """`text` (trafilatura's lines) with the dropped sub-headings of `tree` back in place."""
    lines = text.splitlines()
    if len(lines) < 2:
        return text
    position: dict[str, int] = {}
    inserts: dict[int, str] = {}
    for heading in tree.iter(_HEADINGS):
        around = (heading.getprevious(), heading.getnext())
        if any(e is None or e.tag != "p" for e in around):
            continue  # checked first, cheaply: a sub-heading sits between two paragraphs
        position = position or {_key(line): index for index, line in enumerate(lines)}
        title = _flat(heading.text_content())
        if not title or len(title) > _MAX_HEADING_CHARS or _key(title) in position:
            continue
        previous, following = (_neighbour_text(e) for e in around)
        if not previous or not following:
            continue
        before, after = position.get(_key(previous)), position.get(_key(following))
        if before is None or after != before + 1 or before + 1 in inserts:
            continue
        if any(a.tag in _OUTSIDE for a in heading.iterancestors()):
            continue
        inserts[before + 1] = title
    if not inserts:
        return text
    out: list[str] = []
    for index, line in enumerate(lines):
        if index in inserts:
            out.append(inserts[index])
        out.append(line)
    return "\n".join(out)


def _neighbour_text(elem: lxml.html.HtmlElement | None) -> str:
    if elem is None or not isinstance(elem.tag, str) or elem.tag != "p":
        return ""
    return _flat(elem.text_content())


def _flat(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    return "".join(text.split())
