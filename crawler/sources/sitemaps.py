"""Sitemap parsing: urlsets, sitemap indexes, Google News sitemaps, plain-text lists, gzip.

XML is parsed with defusedxml and any DTD is refused (no entity expansion, no external fetches).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Literal
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser
from protego import Protego

from crawler.content import decode_bytes
from crawler.dates import parse_datetime
from crawler.items import FeedEntry
from crawler.urls import InvalidUrlError, normalize_url

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the protocol's own limit for one uncompressed sitemap
GZIP_MAGIC = b"\x1f\x8b"
SitemapKind = Literal["urlset", "sitemapindex", "text"]


class SitemapError(Exception):
    """A sitemap could not be read: not XML, a refused DTD, too large, or broken gzip."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{reason}: {url}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    """One <url> of a urlset (or a <sitemap> of an index), with the dates the sitemap claims."""

    url: str
    lastmod_at: datetime | None = None  # tz-aware UTC
    published_at: datetime | None = None  # news:publication_date, tz-aware UTC
    title: str | None = None  # news:title
    language: str | None = None  # news:language


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A parsed sitemap: page entries for a urlset/text list, child sitemaps for an index."""

    url: str
    kind: SitemapKind
    entries: tuple[SitemapEntry, ...] = ()
    is_truncated: bool = False  # the XML broke off; `entries` holds what came before the break

    @property
    def is_index(self) -> bool:
        return self.kind == "sitemapindex"


def parse_sitemap(body: bytes, url: str, *, max_bytes: int = MAX_SITEMAP_BYTES) -> Sitemap:
    """Parse a sitemap body (gzip or not) fetched from `url`; relative locs resolve against it."""
    data = decompress_sitemap(body, url, max_bytes=max_bytes)
    _, text = decode_bytes(data)  # the one charset rule: BOM, UTF-16/32, declared, sniffed
    text = text.lstrip()
    if not text.startswith("<"):
        return Sitemap(url, "text", tuple(_text_entries(text)))
    return _parse_xml(text.encode("utf-8"), url)


def decompress_sitemap(body: bytes, url: str, *, max_bytes: int = MAX_SITEMAP_BYTES) -> bytes:
    """The body, gunzipped when it is gzip (by magic number), refusing more than `max_bytes`."""
    if not body.startswith(GZIP_MAGIC):
        if len(body) > max_bytes:
            raise SitemapError(url, "sitemap larger than the size limit")
        return body
    from scrapy.utils.gz import gunzip  # Scrapy is heavy: loaded only for a gzip body

    try:
        # stops as soon as the output passes max_size, so a gzip bomb costs max_size at most
        return gunzip(body, max_size=max_bytes)
    except ValueError as exc:  # Scrapy's "decompression max size exceeded"
        raise SitemapError(url, "sitemap larger than the size limit once decompressed") from exc
    except (OSError, EOFError, zlib.error, struct.error) as exc:
        raise SitemapError(url, f"broken gzip ({exc})") from exc


def looks_like_sitemap(body: bytes) -> bool:
    """Cheap sniff: a gzip body or an XML body whose root is urlset/sitemapindex."""
    if body.startswith(GZIP_MAGIC):
        return True
    head = body[:2048].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


def select_entries(
    entries: Iterable[SitemapEntry], since: datetime | None
) -> Iterator[SitemapEntry]:
    """Entries changed or published at/after `since`; undated entries are kept (can't tell)."""
    for entry in entries:
        dated_at = entry.published_at or entry.lastmod_at
        if since is None or dated_at is None or dated_at >= since:
            yield entry


def to_feed_entry(entry: SitemapEntry, sitemap_url: str) -> FeedEntry:
    """The sitemap entry as the FeedEntry a Page carries (lastmod is not a publication date)."""
    return FeedEntry(
        url=entry.url, feed_url=sitemap_url, title=entry.title, published_at=entry.published_at
    )


def sitemaps_from_robots(robots_txt: str, base_url: str) -> list[str]:
    """The Sitemap: URLs of a robots.txt (relative ones resolved, normalised), in file order."""
    found = []
    for declared in Protego.parse(robots_txt).sitemaps:
        try:
            found.append(normalize_url(declared, base=base_url))
        except InvalidUrlError:
            continue
    return list(dict.fromkeys(found))


def _parse_xml(data: bytes, url: str) -> Sitemap:
    entries: list[SitemapEntry] = []
    root_tag: str | None = None
    try:
        # told UTF-8 whatever the document declares: decoded above
        parser = DefusedXMLParser(target=TreeBuilder(), encoding="utf-8", forbid_dtd=True)
        events = safe_et.iterparse(BytesIO(data), events=("start", "end"), parser=parser)
        for event, elem in events:
            tag = _local_name(elem.tag)
            if root_tag is None:
                root_tag = tag
                _check_root(tag, url)
            if event == "end" and tag in ("url", "sitemap"):
                entry = _read_entry(elem, url)
                if entry is not None:
                    entries.append(entry)
                elem.clear()  # keep memory flat on 50k-entry sitemaps
    except DefusedXmlException as exc:
        raise SitemapError(url, f"refused unsafe XML ({type(exc).__name__})") from exc
    except ParseError as exc:
        if not entries:
            raise SitemapError(url, f"not well-formed XML ({exc})") from exc
        return Sitemap(url, _kind(root_tag), tuple(entries), is_truncated=True)
    return Sitemap(url, _kind(root_tag), tuple(entries))


def _check_root(tag: str, url: str) -> None:
    if tag not in ("urlset", "sitemapindex"):
        raise SitemapError(url, f"not a sitemap (root element <{tag}>)")


def _kind(root_tag: str | None) -> SitemapKind:
    return "sitemapindex" if root_tag == "sitemapindex" else "urlset"


def _read_entry(elem: Element, base_url: str) -> SitemapEntry | None:
    own = _child_texts(elem)  # loc/lastmod of the entry itself, not of nested image:/video: blocks
    loc = _absolute_http_url(own.get("loc"), base_url)
    if loc is None:
        return None
    news = next((child for child in elem if _local_name(child.tag) == "news"), None)
    news_fields = _descendant_texts(news) if news is not None else {}
    return SitemapEntry(
        url=loc,
        lastmod_at=parse_datetime(own.get("lastmod"), allow_partial=True),
        published_at=parse_datetime(news_fields.get("publication_date"), allow_partial=True),
        title=news_fields.get("title"),
        language=news_fields.get("language"),
    )


def _child_texts(elem: Element) -> dict[str, str]:
    return {_local_name(child.tag): (child.text or "").strip() for child in elem}


def _descendant_texts(elem: Element) -> dict[str, str]:
    return {_local_name(node.tag): (node.text or "").strip() for node in elem.iter()}


def _text_entries(text: str) -> Iterator[SitemapEntry]:
    # the protocol wants full URLs one per line; anything else on a line is not an entry
    for line in text.splitlines():
        parts = urlsplit(line.strip())
        if parts.scheme in ("http", "https") and parts.hostname and " " not in line.strip():
            yield SitemapEntry(url=line.strip())


def _absolute_http_url(loc: str | None, base_url: str) -> str | None:
    if not loc:
        return None
    absolute = urljoin(base_url, loc)
    parts = urlsplit(absolute)
    return absolute if parts.scheme in ("http", "https") and parts.hostname else None


def _local_name(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""
