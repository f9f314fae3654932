"""The main text of a parsed page (trafilatura, then its recall mode and baseline as fallbacks),
as whitespace-normalised non-empty lines."""

from __future__ import annotations

import functools
import re
import unicodedata
from copy import copy

import lxml.html
import trafilatura
from trafilatura.settings import Extractor

_INVISIBLE_RE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
# Only irregular whitespace: runs of spaces or any other space character (single spaces stay).
_SPACE_RE = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)


# Below this many characters trafilatura's precise pass may have missed the text (it sits in a
# container the pass discards): its recall mode, then its baseline, get a chance.
_RETRY_BELOW_CHARS = 250
# A brief this short may have lost its own list or fact box: when trafilatura's main pass comes
# up short it recovers paragraphs only. Its recall mode keeps them, and wins when it holds every
# line of the precise text (the clutter it may add is the line pass's job).
_BRIEF_BELOW_CHARS = 1000
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
        para = lxml.html.Element("p")
        para.text, parent.text = lead, None
        parent.insert(0, para)
        wrapped += 1
    return wrapped


def main_text(tree: lxml.html.HtmlElement, url: str | None) -> str | None:
    """The main text of an already parsed (and pruned) tree; trafilatura works on copies."""
    wrap_leading_text(tree)
    text = _trafilatura_text(tree, url, favor_recall=False)
    if len(text) >= _BRIEF_BELOW_CHARS:
        return text
    recall = _trafilatura_text(tree, url, favor_recall=True)
    if len(text) >= _RETRY_BELOW_CHARS:
        return recall if _extends(recall, text) else text
    text = max(text, recall, key=len)
    if len(text) < _RETRY_BELOW_CHARS:
        text = max(text, _baseline_text(tree), key=len)
    return text or None


def _trafilatura_text(tree: lxml.html.HtmlElement, url: str | None, *, favor_recall: bool) -> str:
    document = trafilatura.bare_extraction(tree, options=_page_options(url, favor_recall))
    text = getattr(document, "text", None) or ""
    return text if text.strip() else ""


def _page_options(url: str | None, favor_recall: bool) -> Extractor:
    """The options of one pass over one page: the pass's options with the page's URL, as
    bare_extraction would build them from its keyword arguments."""
    options = copy(_pass_options(favor_recall))
    options.url = url or None
    options.source = options.url and options.url.encode("utf-8", "replace").decode("utf-8")
    return options


@functools.cache
def _pass_options(favor_recall: bool) -> Extractor:
    """trafilatura's options for our passes, built once per process: bare_extraction would
    build them on every call from its keyword arguments, reading a dozen values from its config
    parser each time (~0.06 ms, one or two calls a page). trafilatura never changes the options
    it is given (its recall retry works on a copy)."""
    return Extractor(
        output_format="python", comments=False, tables=True, formatting=False,
        recall=favor_recall,
    )  # fmt: skip


def _extends(wider: str, text: str) -> bool:
    """`wider` holds every line of `text`, and more."""
    lines = set(wider.splitlines())
    return len(wider) > len(text) and all(line in lines for line in text.splitlines())


def _baseline_text(tree: lxml.html.HtmlElement) -> str:
    _, text, _ = trafilatura.baseline(tree)
    has_prose = any(
        len(line) >= _MIN_PROSE_LINE and line.rstrip().endswith((".", "!", "?", "。"))
        for line in text.splitlines()
    )
    return text if has_prose else ""


def normalize_space(text: str) -> str:
    return _SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text))).strip()


def split_lines(text: str) -> list[str]:
    """Non-empty, whitespace-normalised lines (one normalisation pass over the whole text)."""
    text = _SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text)))
    return [line for line in (raw.strip() for raw in text.splitlines()) if line]
