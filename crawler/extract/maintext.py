"""The main text of a parsed page (trafilatura, then its recall mode and baseline as fallbacks),
as whitespace-normalised non-empty lines."""

from __future__ import annotations

import functools
import re
import unicodedata
from configparser import ConfigParser
from copy import copy

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import DEFAULT_CONFIG, Extractor, use_config

from crawler.clutter.prune import is_wide_script_page
from crawler.clutter.textsignals import ends_sentence, width
from crawler.extract.subheads import restore_subheads

_INVISIBLE_RE = re.compile(r"[\u00ad\u200b\u2060\ufeff]")
# Only irregular whitespace: runs of spaces or any other space character (single spaces stay).
_SPACE_RE = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)


# Lengths are in columns (a Han or kana character counts two: crawler.clutter.textsignals.width).
# Below this many characters trafilatura's precise pass may have missed the text (it sits in a
# container the pass discards): its recall mode, then its baseline, get a chance.
_RETRY_BELOW_CHARS = 250
# A brief this short may have lost its own list or fact box: when trafilatura's main pass comes
# up short it recovers paragraphs only. Its recall mode keeps them, and wins when it holds every
# line of the precise text (the clutter it may add is the line pass's job).
_BRIEF_BELOW_CHARS = 1000
# ... counting finished sentences outside lists only (the brief under a long headline list), on
# pages whose whole text stays below this.
_BRIEF_PAGE_BELOW_CHARS = 2000
# The baseline falls back to the whole body: accept it only with a line of real prose.
_MIN_PROSE_LINE = 80


# Never text, and copied by every trafilatura pass: gone once metadata has been read. JSON-LD
# stays for the baseline's articleBody fallback.
_CODE_TAGS = ("script", "style", "template", "svg", "link", "meta")
_JSON_LD = "application/ld+json"


def strip_code(tree: lxml.html.HtmlElement) -> None:
    """Drop scripts, styles, templates and inline SVG from the tree in place (keeping tails).

    The whole document, like an XPath `//script`: a tag-filtered walk runs in C, twice as fast as
    the union of six `//` paths."""
    root = tree.getroottree().getroot()
    found = [e for e in root.iter(*_CODE_TAGS) if e.tag != "script" or e.get("type") != _JSON_LD]
    for elem in found:
        elem.drop_tree()


# Custom elements (web components: <news-paragraph>, <amp-story-page>) are unknown to extractors,
# which run their text together ("TitleFirst paragraph...Second paragraph"). A name with a hyphen
# is what makes one (HTML's rule for custom elements). Most pages have none: one regex over the
# source settles those (0.07 ms on 150 KB; the walk costs 0.3 ms).
_CUSTOM_TAG_RE = re.compile(rb"<[A-Za-z][A-Za-z0-9]*-")
_CUSTOM_ELEMENTS = lxml.etree.XPath("//*[contains(name(), '-')]")
_BLOCK_NAMES = (
    "p div section article aside header footer main ul ol li dl table blockquote figure pre "
    "h1 h2 h3 h4 h5 h6"
)
_BLOCK_TAGS = frozenset(_BLOCK_NAMES.split())


# A text-only one named a title or headline (<teaser-title>, <card-headline>) is a heading.
_HEADING_NAMES = ("title", "headline", "heading")


def name_custom_elements(tree: lxml.html.HtmlElement, source: bytes | None = None) -> int:
    """Give custom elements that stand alone the block tag they play, in place: a <div> when
    they hold blocks, else a heading when named one, else a <p>. One inside a line of text (a
    <relative-time> in a sentence) stays inline. Innermost first, so a container sees what its
    children became. `source`, the page's bytes, skips the walk when it has no custom tag.
    Return how many changed."""
    if source is not None and not _CUSTOM_TAG_RE.search(source):
        return 0
    changed = 0
    for elem in reversed(_CUSTOM_ELEMENTS(tree)):
        if not _stands_alone(elem):
            continue
        if any(child.tag in _BLOCK_TAGS for child in elem):
            elem.tag = "div"
        elif not elem.text_content().strip():
            continue
        else:
            name = elem.tag.rpartition("-")[2]
            elem.tag = "h3" if name in _HEADING_NAMES else "p"
        changed += 1
    return changed


# Parents whose children are phrasing: a custom element inside one is part of its line.
_PHRASING_NAMES = "p a span b strong i em small label button h1 h2 h3 h4 h5 h6"
_PHRASING_PARENTS = frozenset(_PHRASING_NAMES.split())


def _stands_alone(elem: lxml.html.HtmlElement) -> bool:
    """A child of a block, with no text of its parent's running on either side of it."""
    parent = elem.getparent()
    if parent is None or parent.tag in _PHRASING_PARENTS or (elem.tail and elem.tail.strip()):
        return False
    before = elem.getprevious()
    lead = before.tail if before is not None else parent.text
    return not (lead and lead.strip())


# Block containers whose text may run in <br>-separated lines straight inside them.
_BR_CONTAINERS = frozenset(("div", "section", "aside", "article", "main", "td", "blockquote"))
_MIN_LEADING_CHARS = 20


def wrap_leading_text(tree: lxml.html.HtmlElement) -> int:
    """Wrap the text that opens a <br>-separated container in a <p>, in place.

    trafilatura drops a container's own text before its first child in some passes (the first
    paragraph of `<aside>Para 1<br><br>Para 2...`); as a paragraph element it is kept.
    """
    wrapped = 0
    for parent in {id(br.getparent()): br.getparent() for br in tree.iter("br")}.values():
        lead = parent.text if parent is not None else None
        if parent.tag not in _BR_CONTAINERS or not lead or len(lead.strip()) < _MIN_LEADING_CHARS:
            continue
        if (parent.tail or "").strip():
            continue  # a box inside a run of text: as a container of blocks it takes the text after it along
        para = lxml.html.Element("p")
        para.text, parent.text = lead, None
        parent.insert(0, para)
        wrapped += 1
    return wrapped


def main_text(tree: lxml.html.HtmlElement, url: str | None) -> str | None:
    """The main text of an already parsed (and pruned) tree; trafilatura works on copies."""
    wrap_leading_text(tree)
    text = _trafilatura_text(tree, url, favor_recall=False)
    columns = width(text)
    if columns >= _BRIEF_BELOW_CHARS and (
        columns >= _BRIEF_PAGE_BELOW_CHARS or _prose_width(text) >= _BRIEF_BELOW_CHARS
    ):
        return restore_subheads(tree, text)
    recall = _trafilatura_text(tree, url, favor_recall=True)
    if width(text) >= _RETRY_BELOW_CHARS:
        text = recall if _extends(recall, text) else text
    else:
        text = max(text, recall, key=len)
        if width(text) < _RETRY_BELOW_CHARS:
            text = max(text, _baseline_text(tree), key=len)
    text = _anchored(tree, url, text)
    return restore_subheads(tree, text) if text else None


# The paragraph under the headline: the first after the <h1>, when it is a sentence of prose.
_AFTER_HEADLINE = lxml.etree.XPath("(//h1)[1]/following::p[1]")
_MIN_LEAD_COLUMNS = 80


def _anchored(tree: lxml.html.HtmlElement, url: str | None, text: str) -> str:
    """A brief's text holds the paragraph under its headline. When trafilatura's comparison
    swapped in an external result twice as long from elsewhere on the page (readability taking
    a live ticker of other stories over a 200-character brief), its own pass, which the
    comparison overrode, is the article."""
    found = _AFTER_HEADLINE(tree)
    line = " ".join(found[0].text_content().split()) if isinstance(found, list) and found else ""
    is_prose = width(line) >= _MIN_LEAD_COLUMNS and ends_sentence(line)
    lead = "".join(line.split()) if is_prose else None
    if lead is None or lead in "".join(text.split()):
        return text
    own = _trafilatura_text(tree, url, favor_recall=False, fast=True)
    return own if lead in "".join(own.split()) else text


@functools.cache
def _wide_script_config() -> ConfigParser:
    """trafilatura's settings with its minimum text size in columns, not characters: 125 Han or
    kana characters are a brief, yet below its 250 it swaps the result for a fallback that runs
    the page (the brief and what was pruned around it) into one line."""
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(_WIDE_MIN_EXTRACTED_CHARS))
    return config


_WIDE_MIN_EXTRACTED_CHARS = 125


def _trafilatura_text(
    tree: lxml.html.HtmlElement, url: str | None, *, favor_recall: bool, fast: bool = False
) -> str:
    """One trafilatura pass; `fast` skips its comparison with readability and jusText."""
    options = _page_options(url, favor_recall, fast, wide=is_wide_script_page(tree))
    document = trafilatura.bare_extraction(tree, options=options)
    text = getattr(document, "text", None) or ""
    return text if text.strip() else ""


def _prose_width(text: str) -> int:
    """The columns of the text's finished sentences outside lists: a brief with a long headline
    list under it (items are bullets or open-ended teasers) is still a brief."""
    return sum(
        width(line)
        for line in text.splitlines()
        if not line.startswith("- ") and ends_sentence(line)
    )


def _page_options(url: str | None, favor_recall: bool, fast: bool, *, wide: bool) -> Extractor:
    """The options of one pass over one page: the pass's options with the page's URL, as
    bare_extraction would build them from its keyword arguments."""
    options = copy(_pass_options(favor_recall, fast, wide))
    options.url = url or None
    options.source = options.url and options.url.encode("utf-8", "replace").decode("utf-8")
    return options


@functools.cache
def _pass_options(favor_recall: bool, fast: bool, wide: bool) -> Extractor:
    """trafilatura's options for our passes, built once per process: bare_extraction would
    build them on every call from its keyword arguments, reading a dozen values from its config
    parser each time (~0.06 ms, one or two calls a page). trafilatura never changes the options
    it is given (its recall retry works on a copy)."""
    return Extractor(
        config=_wide_script_config() if wide else DEFAULT_CONFIG,
        output_format="python", comments=False, tables=True, formatting=False,
        recall=favor_recall, fast=fast,
    )  # fmt: skip


def _extends(wider: str, text: str) -> bool:
    """`wider` holds every line of `text`, and more."""
    lines = set(wider.splitlines())
    return len(wider) > len(text) and all(line in lines for line in text.splitlines())


def _baseline_text(tree: lxml.html.HtmlElement) -> str:
    _, text, _ = trafilatura.baseline(tree)
    has_prose = any(
        width(line) >= _MIN_PROSE_LINE and line.rstrip().endswith((".", "!", "?", "。"))
        for line in text.splitlines()
    )
    return text if has_prose else ""


# Zero-width (non-)joiners are spelling in Persian, Kurdish and Indic scripts ("می‌سازد") and
# emoji sequences; trafilatura drops every format character.
_WORD_RE = re.compile(r"\S+")


# The joiners as UTF-8 bytes or as character references: two scans of the bytes (8 substring
# tests cost 0.6 ms on a 150 KB page, these 0.13 ms).
_JOINER_BYTES_RE = re.compile(rb"\xe2\x80[\x8c\x8d]")
_JOINER_REFS_RE = re.compile(rb"&(?:zwn?j|#820[45]|#x200[cd]);")


def has_joiners(source: bytes) -> bool:
    """Whether a (UTF-8) page spells a word with a joiner: a scan of the bytes, not the tree."""
    return bool(_JOINER_BYTES_RE.search(source) or _JOINER_REFS_RE.search(source))


def restore_joiners(tree: lxml.html.HtmlElement, text: str) -> str:
    """The text with the joiners its words had on the page, put back word by word."""
    spelled: dict[str, str] = {}
    for node in tree.itertext():  # node by node: adjacent elements' words run together
        for word in node.split():
            if "\u200c" in word or "\u200d" in word:
                spelled.setdefault(word.replace("\u200c", "").replace("\u200d", ""), word)
    return _WORD_RE.sub(lambda m: spelled.get(m.group(), m.group()), text)


def normalize_space(text: str) -> str:
    return _SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text))).strip()


def split_lines(text: str) -> list[str]:
    """Non-empty, whitespace-normalised lines (one normalisation pass over the whole text)."""
    text = _SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text)))
    return [line for line in (raw.strip() for raw in text.splitlines()) if line]
