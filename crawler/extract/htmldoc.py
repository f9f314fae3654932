"""Raw page bytes to one parsed lxml tree: encoding detection, binary/garbage rejection, HTML-bomb limits.

Every later stage (metadata, DOM pruning, trafilatura) works on the tree parsed here, once.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

from crawler.content import decode_bytes

# Signatures of common non-HTML payloads served with the wrong content type.
_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"RIFF",
    b"\x7fELF",
    b"MZ",
    b"\x00asm",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"wOFF",
    b"wOF2",
)
_TAG_RE = re.compile(r"<\s*[a-zA-Z!/?]")
_BAD_CHAR_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_SAMPLE_CHARS = 16_384
# lxml.html's own lookup runs a Python method for every element proxy lxml creates (~0.5 us each,
# thousands a page, in trafilatura's passes and copies too: they keep the tree's parser). This
# C lookup gives the same classes, except that forms and their fields are plain HtmlElements
# (no .fields/.inputs/.value helpers, which no reader of the tree uses).
_LOOKUP = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)
# More than this share of replacement/control characters: the bytes are not text we can trust.
_MAX_BAD_CHAR_RATIO = 0.02


class ExtractionError(Exception):
    """The page cannot be turned into an article at all (binary, garbage, oversized, too deep)."""

    def __init__(self, reason: str, *, url: str | None = None, detail: str = "") -> None:
        self.reason = (
            reason  # binary | garbage | not_html | too_large | too_deep | too_many_elements
        )
        self.url = url
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


@dataclass(frozen=True, slots=True)
class HtmlLimits:
    """Caps that keep one hostile page from eating the crawl's memory or CPU."""

    max_bytes: int = 8_000_000
    max_elements: int = 150_000
    # libxml2 silently drops anything nested deeper than 255 levels; real pages stay far below.
    max_depth: int = 200


def check_payload(raw: bytes, *, limits: HtmlLimits, url: str | None = None) -> None:
    """Reject what must not reach the parser: oversized bodies and binary formats."""
    if len(raw) > limits.max_bytes:
        raise ExtractionError("too_large", url=url, detail=f"{len(raw)} > {limits.max_bytes} bytes")
    head = raw[:16].lstrip()
    if head.startswith(_BINARY_MAGIC):
        raise ExtractionError("binary", url=url, detail=f"magic bytes {head[:4]!r}")


def check_text(text: str, *, url: str | None = None) -> None:
    """Reject decoded text that is mostly replacement/control characters or has no markup."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.strip():
        raise ExtractionError("not_html", url=url, detail="empty document")
    bad = len(_BAD_CHAR_RE.findall(sample))
    if bad > _MAX_BAD_CHAR_RATIO * len(sample):
        raise ExtractionError("garbage", url=url, detail=f"{bad} bad characters in {len(sample)}")
    if not _TAG_RE.search(sample):
        raise ExtractionError("not_html", url=url, detail="no markup found")


def parse_html(
    raw: bytes,
    *,
    content_type: str | None = None,
    url: str | None = None,
    limits: HtmlLimits | None = None,
) -> lxml.html.HtmlElement:
    """Decode, check and parse a page; raise ExtractionError when it is not usable HTML."""
    limits = limits or HtmlLimits()
    check_payload(raw, limits=limits, url=url)
    encoding, text = decode_bytes(raw, content_type)
    check_text(text, url=url)
    # lxml refuses str input carrying an XML encoding declaration, so always feed it UTF-8 bytes.
    is_clean_utf8 = (
        encoding == "utf-8" and "\ufffd" not in text and not raw.startswith(b"\xef\xbb\xbf")
    )
    data = raw if is_clean_utf8 else text.encode()
    # A fresh parser per call: lxml parsers must not be shared between threads.
    parser = lxml.html.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
    )
    parser.set_element_class_lookup(_LOOKUP)
    try:
        tree = lxml.html.fromstring(data, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ExtractionError("not_html", url=url, detail=str(exc)) from exc
    check_tree(tree, limits=limits, url=url)
    return tree


_COUNT_ELEMENTS = lxml.etree.XPath("count(//*)")


@functools.cache
def _depth_probe(max_depth: int) -> lxml.etree.XPath:
    """Whether the tree nests `max_depth` levels: one step per level from the root, so the cost
    is bounded by the number of nodes, not by depth² (compiled once per limit)."""
    return lxml.etree.XPath("boolean(" + "/*" * max_depth + ")")


def check_tree(tree: lxml.html.HtmlElement, *, limits: HtmlLimits, url: str | None = None) -> None:
    """Raise for element-count and nesting bombs (both checks run inside libxml2's XPath engine)."""
    count = int(_COUNT_ELEMENTS(tree))  # type: ignore[arg-type]
    if count > limits.max_elements:
        raise ExtractionError("too_many_elements", url=url, detail=f"{count} elements")
    if _depth_probe(limits.max_depth)(tree.getroottree()):
        raise ExtractionError("too_deep", url=url, detail=f"nesting >= {limits.max_depth}")
