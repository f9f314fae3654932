"""Page metadata from one parsed tree: title, authors, date, language, canonical URL, type, site.

Structured data first (JSON-LD, meta tags via trafilatura's meta reader), then the visible page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
import py3langid
from trafilatura.metadata import examine_meta, extract_title

from crawler.authors import dedupe_names, split_authors
from crawler.dates import find_published
from crawler.items import FeedEntry

_TITLE_SPLIT_RE = re.compile(r"\s+[|–—·•»:-]\s+")
_LANG_RE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]|$)")
# Below this many characters of text the language identifier is no better than the page's claim.
_MIN_DETECT_CHARS = 200
_DETECT_SAMPLE_CHARS = 1000


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What the page says about itself, before the text is known."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published_at: datetime | None = None
    published_at_source: str | None = None
    declared_language: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    site_name: str | None = None
    page_type: str | None = None


def read_metadata(
    tree: lxml.html.HtmlElement, url: str, *, now: datetime, entry: FeedEntry | None = None
) -> PageMetadata:
    """Read the metadata of a parsed page; `entry` fills in what the page lacks."""
    nodes = list(load_jsonld(tree))
    main = _main_node(nodes)
    meta = examine_meta(tree)
    site_name = _jsonld_name(main.get("publisher")) if main else None
    site_name = site_name or meta.sitename
    title = _first_str(main, "headline") or meta.title or extract_title(tree)
    title = strip_site_suffix(title, site_name) or (entry.title if entry else None)
    published_at, source = find_published(
        tree, url, now=now, jsonld=nodes, feed_at=entry.published_at if entry else None
    )
    return PageMetadata(
        title=title,
        authors=_authors(main, meta.author, tree) or (entry.authors if entry else ()),
        published_at=published_at,
        published_at_source=source,
        declared_language=declared_language(tree),
        canonical_url=canonical_url(tree, url),
        description=_first_str(main, "description") or meta.description,
        site_name=site_name,
        page_type=_page_type(main, meta.pagetype),
    )


def load_jsonld(tree: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object of the page's JSON-LD blocks (broken blocks are skipped)."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        yield from _walk_json(data, 0)


def _walk_json(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 6:  # hostile nesting
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_json(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), dict | list):
                yield from _walk_json(data[key], depth + 1)


def _main_node(nodes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD object describing the article itself (it has a headline or a publish date)."""
    for node in nodes:
        if "headline" in node or "datePublished" in node:
            return node
    return None


def _first_str(node: dict[str, Any] | None, key: str) -> str | None:
    value = node.get(key) if node else None
    if isinstance(value, list):
        value = value[0] if value else None
    return value.strip() or None if isinstance(value, str) else None


def _jsonld_name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() or None if isinstance(value, str) else None


def _authors(main: dict[str, Any] | None, meta_author: str | None, tree: Any) -> tuple[str, ...]:
    raw: list[str] = []
    value = main.get("author") if main else None
    for item in value if isinstance(value, list) else [value]:
        # Organisations as authors are the publisher, not a person.
        if isinstance(item, dict) and item.get("@type") != "Organization":
            item = item.get("name")
        if isinstance(item, str):
            raw.append(item)
    if not raw and meta_author:
        raw.extend(meta_author.split(";"))
    if not raw:
        raw.extend(_dom_bylines(tree))
    return dedupe_names([name for r in raw for name in split_authors(r)])


def _dom_bylines(tree: lxml.html.HtmlElement) -> Iterator[str]:
    path = ".//*[@rel='author' or @itemprop='author' or contains(@class, 'byline')]"
    for elem in tree.xpath(path)[:3]:
        text = " ".join(elem.text_content().split())
        if 2 < len(text) < 120:
            yield text


def _page_type(main: dict[str, Any] | None, og_type: str | None) -> str | None:
    json_type = main.get("@type") if main else None
    if isinstance(json_type, list):
        json_type = json_type[0] if json_type else None
    return (json_type if isinstance(json_type, str) else None) or og_type


def strip_site_suffix(title: str | None, site_name: str | None) -> str | None:
    """'Headline | Site' -> 'Headline' when one side of the separator is the site's name."""
    if not title:
        return None
    title = " ".join(title.split())
    parts = _TITLE_SPLIT_RE.split(title)
    if site_name and len(parts) > 1:
        site = site_name.casefold()
        kept = [p for p in parts if p.casefold() != site and p.casefold() not in site]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    return title


def canonical_url(tree: lxml.html.HtmlElement, url: str) -> str | None:
    """rel=canonical, else og:url; made absolute against the page URL, http(s) only."""
    for path in (".//link[@rel='canonical']/@href", ".//meta[@property='og:url']/@content"):
        for value in tree.xpath(path):
            absolute = urljoin(url, value.strip())
            if urlsplit(absolute).scheme in ("http", "https"):
                return absolute
    return None


def declared_language(tree: lxml.html.HtmlElement) -> str | None:
    """The ISO 639-1 language the page claims (html lang, content-language, og:locale)."""
    candidates = [
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath(
            ".//meta[@http-equiv='content-language' or @http-equiv='Content-Language']/@content"
        ),
        *tree.xpath(".//meta[@property='og:locale']/@content"),
    ]
    for value in candidates:
        match = _LANG_RE.match((value or "").strip())
        if match and len(match[1]) == 2:
            return match[1].lower()
    return None


def detect_language(text: str, declared: str | None) -> str | None:
    """Language of the text; the page's claim only decides when the text is too short."""
    if len(text) < _MIN_DETECT_CHARS:
        return declared or (py3langid.classify(text)[0] if text.strip() else None)
    return str(py3langid.classify(text[:_DETECT_SAMPLE_CHARS])[0])
