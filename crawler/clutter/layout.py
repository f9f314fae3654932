"""Layout tables (the page laid out in a <table>: menu in one cell, article in another) made
plain containers before extraction: trafilatura renders them as one table row, fusing the menu,
the headline and the article's paragraphs into a single "| ... |" line and dropping lists in
cells. Data tables (short text in each cell) stay tables."""

from __future__ import annotations

import lxml.etree
import lxml.html

_OWN_CELLS = lxml.etree.XPath("./tr/td|./tr/th|./*/tr/td|./*/tr/th")
_OWN_ROWS = lxml.etree.XPath("./tr|./thead|./tbody|./tfoot|./*/tr")
_BLOCKS = lxml.etree.XPath(
    ".//p|.//div|.//ul|.//ol|.//dl|.//table|.//blockquote|.//h1|.//h2|.//h3|.//h4"
)
_TEXT_CHARS = lxml.etree.XPath("string-length(normalize-space(.))")
# A cell holding this many blocks and characters is a page column, not a datum.
_MIN_CELL_BLOCKS = 2
_MIN_CELL_CHARS = 200


def unwrap_layout_tables(tree: lxml.html.HtmlElement) -> int:
    """Turn layout tables into <div>s (table, row groups, rows, cells), in place; return how
    many tables changed."""
    changed = 0
    for table in list(tree.iter("table")):
        if not any(_is_column(cell) for cell in _OWN_CELLS(table)):
            continue
        for part in (*_OWN_CELLS(table), *_OWN_ROWS(table), table):
            part.tag = "div"
            part.attrib.pop("colspan", None)
        changed += 1
    return changed


def _is_column(cell: lxml.html.HtmlElement) -> bool:
    return len(_BLOCKS(cell)) >= _MIN_CELL_BLOCKS and _TEXT_CHARS(cell) >= _MIN_CELL_CHARS


def unwrap_page_forms(tree: lxml.html.HtmlElement) -> int:
    """Turn a <form> that holds most of the page's text into a <div>, in place (ASP.NET WebForms
    wrap the whole page in one form); trafilatura keeps such a form as a container too, and the
    DOM pass would otherwise skip every list inside it as a form's. Return how many changed."""
    forms = list(tree.iter("form"))
    if not forms:
        return 0
    total = _TEXT_CHARS(tree)
    wrappers = [form for form in forms if total and _TEXT_CHARS(form) > total / 2]
    for form in wrappers:
        form.tag = "div"
    return len(wrappers)
