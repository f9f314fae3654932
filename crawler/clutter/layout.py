"""Layout tables (the page laid out in a <table>: menu in one cell, article in another) made
plain containers before extraction: trafilatura renders them as one table row, fusing the menu,
the headline and the article's paragraphs into a single "| ... |" line and dropping lists in
cells. A page column holds blocks or <br><br>-separated paragraphs (font-era markup); its loose
paragraphs become <p>s once the clutter is out. Data tables (short text in each cell) stay
tables, except headline tables: rows of headline + teaser with a time beside."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from crawler.clutter import phrases
from crawler.clutter import textsignals as ts
from crawler.clutter.boxes import link_chars

_OWN_CELLS = lxml.etree.XPath("./tr/td|./tr/th|./*/tr/td|./*/tr/th")
_OWN_ROWS = lxml.etree.XPath("./tr|./thead|./tbody|./tfoot|./*/tr")
_BLOCKS = lxml.etree.XPath(
    ".//p|.//div|.//ul|.//ol|.//dl|.//table|.//blockquote|.//h1|.//h2|.//h3|.//h4"
)
_TEXT_CHARS = lxml.etree.XPath("string-length(normalize-space(.))")
_ROW_CELLS = lxml.etree.XPath("./td|./th")
_HEADINGS = tuple(f"h{level}" for level in range(1, 7))
_LISTS = ("ul", "ol", "dl")
_BLOCK_TAGS = frozenset(
    ("p", "div", "table", "blockquote", "figure", "pre", "hr", "section", "aside", "form", *_LISTS)
).union(_HEADINGS)
# Blocks whose text trafilatura's precise pass drops when paragraphs are beside them.
_LOOSE_BLOCKS = frozenset(("div", "section", "aside", "form", "figure"))
_TABLE_TAGS = frozenset(("table", "thead", "tbody", "tfoot", "tr"))
# A cell this short beside a headline is its label: a time, a date, a count, a name.
_MAX_LABEL_CELL_CHARS = 40
_MIN_CARD_ROWS = 3
_RANK_RE = re.compile(r"^#?\d{1,3}\.?$")
# A cell holding this many blocks and characters is a page column, not a datum.
_MIN_CELL_BLOCKS = 2
_MIN_CELL_CHARS = 200


def unwrap_layout_tables(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Turn layout tables into <div>s (table, row groups, rows, cells), in place; return their
    page columns (for wrap_paragraphs once the clutter is out)."""
    columns: list[lxml.html.HtmlElement] = []
    for table in list(tree.iter("table")):
        cells = _OWN_CELLS(table)
        found = [cell for cell in cells if _is_column(cell)]
        if not found:
            continue
        for part in (*cells, *_OWN_ROWS(table), table):
            part.tag = "div"
            part.attrib.pop("colspan", None)
        columns.extend(found)
    return columns


def _is_column(cell: lxml.html.HtmlElement) -> bool:
    if _TEXT_CHARS(cell) < _MIN_CELL_CHARS:
        return False
    return len(_BLOCKS(cell)) + len(_paragraph_breaks(cell)) >= _MIN_CELL_BLOCKS


def _paragraph_breaks(elem: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The first <br> of each <br><br> pair (a blank line between two runs of text): the
    paragraphs of a page column in the markup of its time."""
    return [
        br
        for br in elem.iter("br")
        if not (br.tail or "").strip() and (after := br.getnext()) is not None and after.tag == "br"
    ]


# A text written in <br><br>-separated paragraphs straight in a <div> (a channel post, an
# e-paper text view): at least this many breaks, this much text, and no <p> of its own.
_MIN_TEXT_BLOCK_BREAKS = 3
_MIN_TEXT_BLOCK_CHARS = 600
_TEXT_BLOCK_TAGS = frozenset(("div", "section", "article", "td"))
_MAX_TEXT_BLOCK_LINKS = 0.25  # a page column of menus and link lists is no text


def brbr_text_blocks(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Containers whose own text runs in <br><br>-separated paragraphs (for wrap_paragraphs):
    the extractor fuses the single-<br> lines inside them ("...three measures: Ad Sponsored:
    ...")."""
    counts: dict[int, tuple[lxml.html.HtmlElement, int]] = {}
    for br in _paragraph_breaks(tree):
        parent = br.getparent()
        if parent is not None and parent.tag in _TEXT_BLOCK_TAGS:
            counts[id(parent)] = (parent, counts.get(id(parent), (parent, 0))[1] + 1)
    return [
        parent
        for parent, breaks in counts.values()
        if breaks >= _MIN_TEXT_BLOCK_BREAKS
        and parent.find(".//p") is None
        and (chars := _TEXT_CHARS(parent)) >= _MIN_TEXT_BLOCK_CHARS
        and link_chars(parent) < _MAX_TEXT_BLOCK_LINKS * chars
    ]


def wrap_paragraphs(column: lxml.html.HtmlElement) -> int:
    """Wrap the runs of text between <br><br> pairs in a page column in <p>s, in place: the
    extractor's precise pass keeps paragraphs and tables, not text loose in a <div>. Only
    containers of text, inline markup and blocks the precise pass keeps (a table, a list); one
    holding <div>s is left as it is (wrapped paragraphs would win over the text in them).
    Return how many paragraphs were made."""
    parents = {br.getparent() for br in _paragraph_breaks(column)}
    done: set[lxml.html.HtmlElement] = set()
    made = 0
    for parent in sorted((p for p in parents if p is not None), key=_depth, reverse=True):
        if not any(child.tag in _LOOSE_BLOCKS for child in parent):
            made += _wrap_runs(parent, done)
            done.add(parent)
    return made


def _depth(elem: lxml.html.HtmlElement) -> int:
    return sum(1 for _ in elem.iterancestors())


def _wrap_runs(parent: lxml.html.HtmlElement, done: set[lxml.html.HtmlElement]) -> int:
    """Rebuild `parent`'s children: each run of text and inline markup a <p>, the <br><br>
    pairs between runs dropped. `done`: inner containers wrapped already."""
    children = list(parent)
    for child in children:
        parent.remove(child)  # each keeps its tail
    run: list[lxml.html.HtmlElement] = []
    out: list[lxml.html.HtmlElement] = []
    text, parent.text = parent.text, None
    index = 0
    while index < len(children):
        child = children[index]
        pair = child.tag == "br" and index + 1 < len(children) and children[index + 1].tag == "br"
        if pair and not (child.tail or "").strip():
            out.extend(_paragraph(text, run, done))
            text, run = children[index + 1].tail, []
            index += 2
        elif child.tag in _BLOCK_TAGS:  # a table or a list between the paragraphs
            out.extend(_paragraph(text, run, done))
            out.append(child)
            text, run, child.tail = child.tail, [], None
            index += 1
        else:
            run.append(child)
            index += 1
    out.extend(_paragraph(text, run, done))
    parent.extend(out)
    return sum(elem.tag == "p" for elem in out)


def _paragraph(
    text: str | None, run: list[lxml.html.HtmlElement], done: set[lxml.html.HtmlElement]
) -> list[lxml.html.HtmlElement]:
    """A <p> holding `text` and `run` (elements with their tails); a run without text (an
    image, a lone <br>) or holding a container wrapped already stays as it is."""
    para = lxml.html.Element("p")
    para.text = text
    if any(inner in done for elem in run if isinstance(elem.tag, str) for inner in elem.iter()):
        return [para, *run] if (text or "").strip() else run  # its paragraphs are made
    para.extend(run)
    if para.text_content().strip():
        return [para]
    return list(para)


def is_data_table(elem: lxml.html.HtmlElement) -> bool:
    """Rows with several cells are data, unless each is a headline card: a headline link with
    its teaser a line below in one cell, a time or a count in the others (a forum portal's
    "Latest news"), or a headline link beside its rank (a "Most read" table). One-cell rows
    are a layout table's list."""
    if elem.tag not in _TABLE_TAGS:
        return False
    rows = [cells for row in elem.iter("tr") if len(cells := _ROW_CELLS(row)) > 1]
    if len(rows) < _MIN_CARD_ROWS:
        return bool(rows)
    announced = _is_announced(elem)
    return not all(_is_card_row(cells, announced) for cells in rows)


def _is_announced(table: lxml.html.HtmlElement) -> bool:
    """The table's first row holds one cell of text, a list cue ("I più letti", "Most read"),
    or a heading right before the table is one ("<h2>Fler nyheter</h2><table>")."""
    outer = (
        next((e for e in table.iterancestors("table")), table) if table.tag != "table" else table
    )
    before = outer.getprevious()
    if before is not None and before.tag in _CUE_TAGS and not (before.tail or "").strip():
        text = " ".join(before.text_content().split())
        if len(text) <= _MAX_CUE_CHARS and phrases.is_section_cue(text):
            return True
    first = next(table.iter("tr"), None)
    if first is None:
        return False
    texts = [" ".join(cell.text_content().split()) for cell in _ROW_CELLS(first)]
    texts = [text for text in texts if text]
    return len(texts) == 1 and phrases.is_section_cue(texts[0])


_CUE_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "p", "div", "strong", "b"))
_MAX_CUE_CHARS = 60


def _is_card_row(cells: list[lxml.html.HtmlElement], announced: bool = False) -> bool:
    texts = [  # a rank, a time or a count is a label; a cell with a link or more text is the item
        cell
        for cell in cells
        if cell.find(".//a") is not None
        or ts.width(cell.text_content().strip()) > _MAX_LABEL_CELL_CHARS
    ]
    if len(texts) == 2 and announced:
        return _is_headline_and_dek(*texts)  # "| 07:11 | <a>Headline</a> | Dek. |"
    if len(texts) != 1:
        return False
    cell = texts[0]
    # words of unspaced scripts count per two characters (textsignals.word_count)
    links = [a for a in cell.iter("a") if ts.word_count(a.text_content()) >= 3]
    if not links:
        return False
    blocks = _BLOCKS(cell)
    if cell.find(".//br") is not None or len(blocks) >= 2:
        return True  # headline and teaser
    if blocks and any(not any(a in blocks for a in link.iterancestors()) for link in links):
        return True  # a headline link above its teaser's block (SharePoint list views)
    # or the headline alone beside its rank ("1. | <a>Headline</a>", a "most read" table);
    # beside a time, a price or a rating it is a data table's row
    others = [c for c in cells if c is not cell]
    if not announced and not all(
        _RANK_RE.match(" ".join(c.text_content().split())) for c in others
    ):
        return False  # under a list cue, a time or a section label beside it is a label too
    return sum(len(a.text_content().strip()) for a in links) >= 0.8 * _TEXT_CHARS(cell)


def _is_headline_and_dek(head: lxml.html.HtmlElement, dek: lxml.html.HtmlElement) -> bool:
    """A cell that is a headline link, then a cell of unlinked teaser text."""
    links = [a for a in head.iter("a") if ts.word_count(a.text_content()) >= 3]
    linked = sum(len(a.text_content().strip()) for a in links)
    text = " ".join(dek.text_content().split())
    if not links or linked < 0.8 * _TEXT_CHARS(head) or dek.find(".//a") is not None:
        return False
    return len(text) <= _MAX_DEK_CELL_CHARS and (ts.ends_sentence(text) or ts.is_truncated(text))


_MAX_DEK_CELL_CHARS = 300
_MIN_PAGE_FORM_CHARS = 300


def unwrap_page_forms(tree: lxml.html.HtmlElement) -> int:
    """Turn a <form> that holds most of the page's text into a <div>, in place (ASP.NET WebForms
    wrap the whole page in one form); trafilatura keeps such a form as a container too, and the
    DOM pass would otherwise skip every list inside it as a form's. Return how many changed."""
    wrappers = []
    total = None
    for form in tree.iter("form"):
        chars = _TEXT_CHARS(form)
        if chars < _MIN_PAGE_FORM_CHARS:
            continue  # a search, log-in or newsletter widget (most forms: the page is not read)
        total = _TEXT_CHARS(tree) if total is None else total
        if chars > total / 2:
            wrappers.append(form)
    for form in wrappers:
        form.tag = "div"
    return len(wrappers)
