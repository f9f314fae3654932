"""The DOM pass on extraction's one tree: headline lists and teaser cards out, hints kept.

Sibling elements become blocks (a card: headline + teaser) scored by crawler.clutter.teasers.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import lxml.etree
import lxml.html

from crawler.clutter import phrases
from crawler.clutter import textsignals as ts
from crawler.clutter.boxes import keep_fact_boxes, keep_inline_words, keep_quote_credits, link_chars
from crawler.clutter.captions import drop_image_credits
from crawler.clutter.cards import (
    drop_announced_cards,
    drop_cued_line_lists,
    drop_embedded_cards,
    drop_read_more_cards,
    drop_repeated_cards,
    drop_split_teasers,
)
from crawler.clutter.elements import child_blocks
from crawler.clutter.hidden import (
    drop_hidden,
    drop_menus,
    drop_polls,
    drop_signup_boxes,
)
from crawler.clutter.layout import (
    brbr_text_blocks,
    is_data_table,
    unwrap_layout_tables,
    unwrap_page_forms,
    wrap_paragraphs,
)
from crawler.clutter.teasers import find_clutter_runs
from crawler.items import PageHints

_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_MIN_ANCHOR_CHARS = 16  # in columns: eight Han or kana characters are a headline too
# Headings and headline-sized links, except inside elements trafilatura discards anyway. The paths
# walk the descendant axis: libxml2 runs "//h2" as every node's children (descendant-or-self::
# node()/child::h2), a walk and a half for the same elements (predicates here are no positions).
_OUTSIDE_DISCARDED = "[not(ancestor::nav or ancestor::aside or ancestor::footer or ancestor::form)]"
_HEADINGS_PATH = (
    f"/descendant::h1|/descendant::h2{_OUTSIDE_DISCARDED}|/descendant::h3{_OUTSIDE_DISCARDED}|"
    f"/descendant::h4{_OUTSIDE_DISCARDED}|/descendant::h5{_OUTSIDE_DISCARDED}|"
    f"/descendant::h6{_OUTSIDE_DISCARDED}"
)
# A bold first line over a line break heads a post or a font-era card ("<b>Headline</b><br>Teaser").
_BOLD_LINE_PATH = (
    "/descendant::b[following-sibling::node()[1][self::br]]"
    "[not(preceding-sibling::node()[normalize-space()])]"
    "|/descendant::strong[following-sibling::node()[1][self::br]]"
    "[not(preceding-sibling::node()[normalize-space()])]"
)
_ANCHOR_PATH = lxml.etree.XPath(
    f"{_HEADINGS_PATH}|/descendant::a[string-length(.) >= {_MIN_ANCHOR_CHARS}]"
    f"{_OUTSIDE_DISCARDED}|"
    f"{_BOLD_LINE_PATH}"
)
# On a page titled in a wide script, links of half the characters (checked in columns after).
_WIDE_ANCHOR_PATH = lxml.etree.XPath(
    f"{_HEADINGS_PATH}|/descendant::a[string-length(.) >= {_MIN_ANCHOR_CHARS // 2}]"
    f"{_OUTSIDE_DISCARDED}|"
    f"{_BOLD_LINE_PATH}"
)
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "svg", "head"))
_ANCESTOR_LEVELS = 4
_INLINE_TAGS = frozenset(("b", "strong", "i", "em", "font", "span", "small", "big", "u"))
_MIN_ITEMS = 3
_MIN_BODY_PARAGRAPH_CHARS = 100
_OWN_SHARE = 0.8
# A card headed by the page title holding this much text is the story itself.
_MIN_STORY_POST_CHARS = 300


def prune_page(tree: lxml.html.HtmlElement) -> PageHints:
    """Prune the tree in place (before the main-text extractor sees it); return its line hints."""
    unwrap_page_forms(tree)
    drop_image_credits(tree)
    drop_menus(tree)
    drop_hidden(tree)
    drop_polls(tree)
    drop_signup_boxes(tree)
    drop_announced_cards(tree)
    drop_embedded_cards(tree)
    drop_read_more_cards(tree)
    drop_split_teasers(tree)
    drop_cued_line_lists(tree)
    keep_fact_boxes(tree)
    keep_quote_credits(tree)
    keep_inline_words(tree)
    columns = unwrap_layout_tables(tree)
    anchors = headline_anchors(tree)
    hints = hints_from_elements(anchors)  # texts read before pruning detaches anything
    prune_clutter(tree, anchors)
    drop_repeated_cards(tree)  # after the lists: one of their items may be shown twice
    for column in columns:
        if _is_attached(column, tree):
            wrap_paragraphs(column)
    for text_block in brbr_text_blocks(tree):
        wrap_paragraphs(text_block)
    return hints


def hints_from_elements(elements: list[lxml.html.HtmlElement]) -> PageHints:
    """Heading texts and link texts of three words or more, case-folded."""
    headings: set[str] = set()
    anchors: set[str] = set()
    for elem in elements:
        text = " ".join(elem.text_content().split()).casefold()
        if ts.word_count(text) >= 3:  # single words and pairs match too many lines
            (anchors if elem.tag == "a" else headings).add(text)
    return PageHints(frozenset(headings), frozenset(anchors))


def is_wide_script_page(tree: lxml.html.HtmlElement) -> bool:
    """The page's title (or headline) is written in Han, kana or Hangul: lengths that count
    characters are halved there."""
    return ts.is_wide_script(tree.findtext(".//title") or tree.findtext(".//h1") or "")


def headline_anchors(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Headings and headline-sized links outside nav/aside/footer/form, in document order."""
    if not is_wide_script_page(tree):
        return list(_ANCHOR_PATH(tree))  # type: ignore[arg-type]
    return [
        elem
        for elem in _WIDE_ANCHOR_PATH(tree)  # type: ignore[union-attr]
        if elem.tag != "a" or ts.width(elem.text_content().strip()) >= _MIN_ANCHOR_CHARS
    ]


def prune_clutter(
    tree: lxml.html.HtmlElement, anchors: list[lxml.html.HtmlElement] | None = None
) -> int:
    """Remove headline-list runs from the tree in place; return how many elements went.

    `anchors` is headline_anchors(tree) when the caller has it already.
    """
    cache: list[list[tuple[str, set[str]]]] = []

    def body_vocab(exclude: frozenset[str]) -> set[str]:
        """The prose vocabulary outside the run's own texts (read once, when a run first needs
        its topic judged): a list between paragraphs is paragraphs too."""
        if not cache:
            cache.append(page_prose(tree))
        own = set().union(*map(_stems, exclude))
        return set().union(
            *(stems for text, stems in cache[0] if text not in exclude and not _made_of(stems, own))
        )

    removed = 0
    anchors = headline_anchors(tree) if anchors is None else anchors
    title = _norm(tree.findtext(".//title") or "").casefold()
    for parent in candidate_parents(anchors):
        if is_data_table(parent) or not _is_attached(parent, tree):
            continue  # data tables are content; or an ancestor was removed already
        removed += _prune_children(parent, body_vocab, title)
    return removed


@functools.lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    """A run text's content stems, once per text (runs are judged again after trimming)."""
    return frozenset(ts.content_stems(text))


def _made_of(stems: set[str], own: set[str]) -> bool:
    """A "paragraph" worded almost wholly by the run's own texts (a card's <div> of headline and
    teaser) is no part of the page's prose."""
    return bool(stems) and len(stems & own) >= _OWN_SHARE * len(stems)


def page_prose(tree: lxml.html.HtmlElement) -> list[tuple[str, set[str]]]:
    """The page's prose paragraphs (normalised text) and their content stems: what the article
    is about. Paragraphs are <p>s, and <div>s holding text only (headless CMS blocks)."""
    prose = []
    for para in tree.iter("p", "div"):
        if para.tag == "div" and any(c.tag not in _INLINE_TAGS and c.tag != "br" for c in para):
            continue  # a container; a <div> of text only is a paragraph (data-block="paragraph")
        text = para.text_content()
        is_prose = ts.width(text) >= _MIN_BODY_PARAGRAPH_CHARS and ts.ends_sentence(text)
        if is_prose and link_chars(para) < 0.3 * len(text):
            prose.append((_norm(text), ts.content_stems(text)))
    return prose


def candidate_parents(anchors: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    """Containers where at least three different children hold a heading or a headline link."""
    holders: dict[int, tuple[lxml.html.HtmlElement, set[int]]] = {}
    for anchor in anchors:
        child, parent = anchor, anchor.getparent()
        levels = 0
        while parent is not None and levels < _ANCESTOR_LEVELS:
            holders.setdefault(id(parent), (parent, set()))[1].add(id(child))
            levels += parent.tag not in _INLINE_TAGS  # <b><font> wrappers add no level
            child, parent = parent, parent.getparent()
    # Two items prove little and are most candidates on a page: lists start at three, or at two
    # under a cue ("Related", "Más información").
    found = [
        parent
        for parent, children in holders.values()
        if len(children) >= _MIN_ITEMS or (len(children) == 2 and _starts_with_cue(parent))
    ]
    # Inner containers first: a list is judged before the page section that holds it.
    return sorted(found, key=_depth, reverse=True)


def _starts_with_cue(parent: lxml.html.HtmlElement) -> bool:
    first = next((c for c in parent if isinstance(c.tag, str)), None)
    return first is not None and phrases.is_section_cue(_norm(first.text_content()))


def _depth(elem: lxml.html.HtmlElement) -> int:
    return sum(1 for _ in elem.iterancestors())


def _is_attached(elem: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> bool:
    for ancestor in elem.iterancestors():
        if ancestor is root:
            return True
    return elem is root


def _prune_children(
    parent: lxml.html.HtmlElement, body_vocab: Callable[[frozenset[str]], set[str]], title: str
) -> int:
    children = [c for c in parent if isinstance(c.tag, str) and c.tag not in _SKIP_TAGS]
    if len(children) < 2:
        return 0
    blocks = [block for index, child in enumerate(children) for block in child_blocks(child, index)]
    owners = {
        blocks[i].owner
        for run in find_clutter_runs(blocks, body_vocab, structural=True)
        for i in run.blocks
    }
    # The page's own story, one post among others (a channel mirror): headed by the page title
    # and longer than a teaser.
    owners -= {
        b.owner
        for b in blocks
        if b.is_heading
        and b.owner in owners
        and ts.word_count(b.text) >= 3
        and b.text.casefold() in title
        and len(children[b.owner].text_content()) >= _MIN_STORY_POST_CHARS
    }
    for owner in owners:
        children[owner].drop_tree()  # keeps the tail text that belongs to the parent
    return len(owners)


def _norm(text: str) -> str:
    return " ".join(text.split())
