"""Page metadata from one parsed tree: title, authors, date, language, canonical URL, type, site.

Structured data first (JSON-LD, meta tags via trafilatura's meta reader), then the visible page.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
import py3langid
from trafilatura.metadata import examine_meta, extract_title

from crawler.extract.authors import BYLINE_WORDS, name_with_role, parse_byline, split_authors
from crawler.extract.pageindex import PageIndex, index_page
from crawler.extract.published import find_published, headline_area
from crawler.items import FeedEntry

_TITLE_SPLIT_RE = re.compile(r"\s+[|–—·•»:-]\s+")
_LANG_RE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]|$)")
# Below this many characters of text the language identifier is no better than the page's claim.
_MIN_DETECT_CHARS = 200
_DETECT_SAMPLE_CHARS = 400
_MAX_BYLINE_WALK = 250
_LANG_META_KEYS = frozenset(("content-language", "og:locale", "language", "dc.language"))
# Class-marked bylines are only looked for near the headline: cheaper, and fewer comment authors.
_AUTHOR_CLASS_PATH = (
    ".//*[contains(@class, 'byline') or ((contains(@class, 'author') or contains(@id, 'author'))"
    " and not(contains(@class, 'comment')))]"
)
_BYLINE_START_RE = re.compile(r"\s*(?:{})(?:\s|$)".format("|".join(BYLINE_WORDS)), re.IGNORECASE)


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
    index = index_page(tree)
    main = _main_node(index.jsonld)
    meta = examine_meta(tree)
    site_name = _jsonld_name(main.get("publisher")) if main else None
    site_name = site_name or meta.sitename
    title = _first_str(main, "headline") or meta.title or extract_title(tree)
    site_name = site_name or site_from_title(tree, title)
    title = strip_site_suffix(title, site_name) or (entry.title if entry else None)
    published_at, source = find_published(
        index, url, now=now, feed_at=entry.published_at if entry else None
    )
    return PageMetadata(
        title=title,
        authors=_authors(main, meta.author, index) or (entry.authors if entry else ()),
        published_at=published_at,
        published_at_source=source,
        declared_language=declared_language(index),
        canonical_url=canonical_url(index, url),
        description=_first_str(main, "description") or meta.description,
        site_name=site_name,
        page_type=_page_type(main, meta.pagetype),
    )


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


def _authors(
    main: dict[str, Any] | None, meta_author: str | None, index: PageIndex
) -> tuple[str, ...]:
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
        raw.extend(_dom_bylines(index))
    # One string, so that "Jane Doe; Reuters" drops the one-word affiliation next to a full name.
    return split_authors("; ".join(raw))


def _dom_bylines(index: PageIndex) -> Iterator[str]:
    """Byline texts: author-marked elements, else a cue text next to the headline."""
    area = headline_area(index.h1)
    marked = index.author_marked()
    classed = area.xpath(_AUTHOR_CLASS_PATH)[:3] if area is not None else []
    for elem in [*marked[:3], *classed]:
        text = " ".join(elem.text_content().split())
        if 2 < len(text) < 120:
            yield text
    if area is None:
        return  # no headline to stand next to: a cue word anywhere is no evidence
    # Bylines sit within a few dozen elements of the headline: a bounded walk, not the page.
    for elem in itertools.islice(area.iter(), _MAX_BYLINE_WALK):
        own = elem.text
        if not isinstance(own, str) or len(own) > 150:
            continue
        # An element whose own text opens like a byline ("By <a>Name</a>", "Von Name") or
        # reads "Name, Staff Writer".
        if _BYLINE_START_RE.match(own):
            names = parse_byline(" ".join(elem.text_content().split()))
        else:
            names = name_with_role(own)
        if names:
            yield ", ".join(names)
            return


def _page_type(main: dict[str, Any] | None, og_type: str | None) -> str | None:
    json_type = main.get("@type") if main else None
    if isinstance(json_type, list):
        json_type = json_type[0] if json_type else None
    return (json_type if isinstance(json_type, str) else None) or og_type


def site_from_title(tree: lxml.html.HtmlElement, title: str | None) -> str | None:
    """'Headline - Site' in <title>: the part that is not the headline is the site's name."""
    element = tree.find(".//title")
    full = " ".join(element.text_content().split()) if element is not None else ""
    parts = _TITLE_SPLIT_RE.split(full)
    if not title or len(parts) != 2:
        return None
    head, tail = parts
    if tail and title.casefold().startswith(head.casefold()) and len(tail) <= 40:
        return tail
    return None


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


def canonical_url(index: PageIndex, url: str) -> str | None:
    """rel=canonical, else og:url; made absolute against the page URL, http(s) only."""
    links = index.tree.xpath("/html/head/link[@rel='canonical']/@href")
    og_urls = [m.get("content", "") for m in index.metas if m.get("property") == "og:url"]
    for value in [*links, *og_urls]:
        absolute = urljoin(url, value.strip())
        if urlsplit(absolute).scheme in ("http", "https"):
            return absolute
    return None


def declared_language(index: PageIndex) -> str | None:
    """The ISO 639-1 language the page claims (html lang, content-language, og:locale)."""
    root = index.tree
    candidates = [
        root.get("lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *(m.get("content") for m in index.metas if _meta_key(m) in _LANG_META_KEYS),
    ]
    for value in candidates:
        match = _LANG_RE.match((value or "").strip())
        if match and len(match[1]) == 2:
            return match[1].lower()
    return None


def _meta_key(meta: lxml.html.HtmlElement) -> str:
    return (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()


def detect_language(text: str, declared: str | None) -> str | None:
    """Language of the text; the page's claim only decides when the text is too short."""
    if len(text) < _MIN_DETECT_CHARS:
        # A few words are no evidence: trust the page, and guess only from a sentence or more.
        return declared or (py3langid.classify(text)[0] if len(text) >= 40 else None)
    return str(py3langid.classify(text[:_DETECT_SAMPLE_CHARS])[0])
