"""Parts of the article that extractors drop: a fact box set between the article's paragraphs
("The figures", three lines of numbers) is its text, yet trafilatura discards <aside> and, when
its main pass comes up short, the headings of what it recovers; a quote's credit in a <footer>
or a <figcaption> goes with the page's footers and captions; a name marked up inside a sentence
(<span class="author-hover">) goes with the page's author boxes."""

from __future__ import annotations

import lxml.etree
import lxml.html

_BOX_TAGS = frozenset(("aside", "div", "section"))
_TEXT_CHARS = lxml.etree.XPath("string-length(normalize-space(.))")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_MAX_BOX_CHARS = 800
_MAX_LINK_SHARE = 0.1
_MIN_PARAGRAPH_CHARS = 60
# What a fact box holds: a list, paragraphs, key/value rows (th/td) or a definition list.
_BOX_CONTENT = ("li", "p", "td", "dd")


def keep_fact_boxes(tree: lxml.html.HtmlElement) -> int:
    """Make fact boxes inside the article body plain text, in place: the <aside> a <div>, its
    heading a paragraph. A fact box is short and has no links (a related-stories box links its
    stories). Return how many boxes were changed."""
    kept = 0
    for box in _boxes(tree):
        headings = list(box.iter(*_HEADINGS))
        if box.tag != "aside" and not headings:
            continue  # a plain <div> of text: extractors keep it as it is
        chars = _TEXT_CHARS(box)
        if not 0 < chars <= _MAX_BOX_CHARS or link_chars(box) > _MAX_LINK_SHARE * chars:
            continue
        box.tag = "div"
        for heading in headings:
            heading.tag = "p"
        kept += 1
    return kept


def _boxes(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Boxes beside the article's paragraphs (their parent holds two <p> or more), with a list,
    paragraphs or key/value rows inside: one walk over the <p>s, not an XPath test on every element. An
    <aside> also counts beside paragraphs that are text <div>s (a headless CMS's blocks)."""
    paragraphs: dict[lxml.html.HtmlElement, int] = {}
    for para in tree.iter("p"):
        parent = para.getparent()
        if parent is not None:
            paragraphs[parent] = paragraphs.get(parent, 0) + 1
    beside_divs = [
        parent
        for parent in {aside.getparent() for aside in tree.iter("aside")}
        if parent is not None and paragraphs.get(parent, 0) < 2 and _text_divs(parent) >= 2
    ]
    return [
        child
        for parent in [p for p, count in paragraphs.items() if count >= 2] + beside_divs
        for child in parent
        if child.tag in _BOX_TAGS
        and any(child.find(f".//{tag}") is not None for tag in _BOX_CONTENT)
    ]


def _text_divs(parent: lxml.html.HtmlElement) -> int:
    """Children of `parent` that are <div>s opening with a sentence's worth of their own text."""
    return sum(
        child.tag == "div" and len((child.text or "").strip()) >= _MIN_PARAGRAPH_CHARS
        for child in parent
    )


# <blockquote><p>…</p><footer>— Name</footer></blockquote>, <figure><blockquote/><figcaption>.
# (The descendant axis, not "//": libxml2 runs "//x" as every node's children, a slower walk.)
_CREDIT_PATH = lxml.etree.XPath(
    "/descendant::blockquote//footer|/descendant::figure[blockquote]/figcaption"
)
_QUOTE_FIGURES = lxml.etree.XPath("/descendant::figure[blockquote]")


def keep_quote_credits(tree: lxml.html.HtmlElement) -> int:
    """Make the credit lines of quotes paragraphs and pull-quote figures plain blocks (a
    <figure> goes with the images), in place; return how many credits."""
    if next(tree.getroottree().getroot().iter("blockquote"), None) is None:
        return 0  # both paths need a <blockquote>: most pages have none (a C walk, no XPath)
    credits = _CREDIT_PATH(tree)
    for credit in credits:
        credit.tag = "p"
    for figure in _QUOTE_FIGURES(tree):
        figure.tag = "div"
    return len(credits)


# Inline elements with a class or id inside a paragraph: trafilatura discards any element whose
# class or id holds "author", "meta", "button", "widget", "embed"..., words of the sentence too.
_INLINE_MARKED = lxml.etree.XPath(
    "//p//*[@class or @id][self::span or self::a or self::em or self::strong or self::b"
    " or self::i or self::small or self::time or self::abbr or self::cite]"
)
_MAX_INLINE_CHARS = 80


def keep_inline_words(tree: lxml.html.HtmlElement) -> int:
    """Unmark, in place, inline elements in the middle of a sentence (text before them in the
    paragraph and after them): their class and id go, their words stay. Return how many."""
    kept = 0
    for elem in _INLINE_MARKED(tree):
        if not (elem.tail or "").strip() or len(elem.text_content()) > _MAX_INLINE_CHARS:
            continue
        previous = elem.getprevious()
        parent = elem.getparent()
        before = (
            previous.tail if previous is not None else parent.text if parent is not None else ""
        )
        if not (before or "").strip():
            continue
        elem.attrib.pop("class", None)
        elem.attrib.pop("id", None)
        kept += 1
    return kept


def link_chars(elem: lxml.html.HtmlElement) -> int:
    """Characters of link text inside `elem` (whitespace-normalised per link)."""
    return sum(len(" ".join(a.text_content().split())) for a in elem.iter("a"))
