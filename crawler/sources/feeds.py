"""Feed parsing: bytes of an RSS, Atom or JSON Feed document -> ParsedFeed with FeedEntry records.

feedparser does the format work; what is ours: decoding with the one charset rule, refusing hostile
DOCTYPEs before any parser runs (sources.xmlguard), and clean, absolute, de-duplicated links.
"""

from __future__ import annotations

import io
import re
from typing import Any, Literal

import feedparser

from crawler.content import HTML_TYPES, decode_bytes, media_type
from crawler.items import ParsedFeed
from crawler.sources.feedentries import build_feed
from crawler.sources.jsonfeed import parse_json_feed
from crawler.sources.xmlguard import UnsafeXmlError, check_xml_prolog

FeedErrorKind = Literal["parse_error", "not_a_feed"]

NOT_FEED_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")
PROLOG_SCAN_CHARS = 4096
FEED_START = re.compile(r"^\s*(?:<\?xml|<rss|<feed|<rdf:RDF|<!--)", re.IGNORECASE)
HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html)", re.IGNORECASE)


class FeedParseError(ValueError):
    """A feed body could not be used: malformed beyond repair, unsafe, or not a feed at all."""

    def __init__(self, url: str, message: str, kind: FeedErrorKind = "parse_error") -> None:
        super().__init__(f"{message}: {url}")
        self.url = url
        self.kind = kind
        self.reason = message


def parse_feed(
    body: bytes, *, url: str, content_type: str | None = None, base_url: str | None = None
) -> ParsedFeed:
    """Parse a feed body fetched from `url`. Raises FeedParseError (kind parse_error/not_a_feed).

    Entries carry `url` as their feed_url; relative links resolve against `base_url` (the URL
    the body really came from, after redirects), by default `url`.
    """
    base = base_url or url
    text = feed_text(body, url, content_type)
    if is_json(text, content_type):
        return read_json_feed(text, url, base)
    data = text.encode("utf-8")
    try:
        check_xml_prolog(data)
    except UnsafeXmlError as exc:
        raise FeedParseError(url, f"refused: {exc.reason}") from exc
    # decoded once here: feedparser gets UTF-8 and is told so, whatever the document declares.
    # No content-location: with a base, feedparser re-joins it with every element's xml:base
    # (a third of its time); links are made absolute against `base` in feedentries instead.
    headers = {"content-type": "application/xml; charset=utf-8"}
    # a file-like object: feedparser would fetch a URL string or open a file path given as data
    # HTML fields end as plain text (feedentries.html_text drops scripts and all markup), so
    # feedparser's sanitizing and link-resolving passes over them would be work thrown away
    parsed = feedparser.parse(
        io.BytesIO(data), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    return feed_from(parsed, url, base)


def feed_from(parsed: Any, url: str, base_url: str) -> ParsedFeed:
    """The ParsedFeed of feedparser's result, or FeedParseError when it found no feed in it."""
    version = parsed.get("version") or ""
    problem = parsed.get("bozo_exception") if parsed.bozo else None
    is_broken = problem is not None and not is_harmless(problem)
    if parsed.entries or (version and not is_broken):
        is_recovered = problem is not None
        return build_feed(
            url, version or "unknown", parsed, is_recovered=is_recovered, base_url=base_url
        )
    if is_broken:
        raise FeedParseError(url, f"malformed feed ({problem})")
    raise FeedParseError(url, "XML document is not RSS or Atom", "not_a_feed")


def is_harmless(problem: object) -> bool:
    """A bozo that loses nothing: an HTML entity XML does not define (&nbsp; in RSS), which
    feedparser's lenient parser resolves, or a charset label we overrode on purpose."""
    if isinstance(problem, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType):
        return True
    return "undefined entity" in str(problem)


def feed_text(body: bytes, url: str, content_type: str | None) -> str:
    """The decoded body, when it can be a feed; FeedParseError (not_a_feed) for what clearly is
    something else (an HTML page, an image, nothing)."""
    mime = media_type(content_type)
    if not body.strip():
        raise FeedParseError(url, "empty body", "not_a_feed")
    if mime.startswith(NOT_FEED_TYPES):
        raise FeedParseError(url, f"content type {mime} is not a feed", "not_a_feed")
    _, text = decode_bytes(body, content_type)
    head = text[:PROLOG_SCAN_CHARS].lstrip()
    if not head.startswith(("<", "{")):
        raise FeedParseError(url, "body is neither XML nor JSON", "not_a_feed")
    if HTML_START.match(head) or (mime in HTML_TYPES and not FEED_START.match(head)):
        # servers do label real feeds text/html, so the body decides
        raise FeedParseError(url, "an HTML page, not a feed", "not_a_feed")
    return text


def is_json(text: str, content_type: str | None) -> bool:
    return media_type(content_type).endswith("json") or text.lstrip()[:1] == "{"


def read_json_feed(text: str, url: str, base_url: str) -> ParsedFeed:
    try:
        feed = parse_json_feed(text, url=url, base_url=base_url)
    except ValueError as exc:
        raise FeedParseError(url, f"malformed JSON ({exc})") from exc
    if feed is None:
        raise FeedParseError(url, "JSON document is not a JSON Feed", "not_a_feed")
    return feed
