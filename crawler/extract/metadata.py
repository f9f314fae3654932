"""Page metadata from one parsed tree: title, authors, date, language, canonical URL, type, site.

Structured data first (JSON-LD, meta tags via trafilatura's meta reader), then the visible page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from trafilatura.metadata import examine_meta, extract_title

from crawler.extract.authors import sort_names
from crawler.extract.bylines import page_credits
from crawler.extract.credits import Outlet, outlet_of
from crawler.extract.pageindex import PageIndex, index_page
from crawler.extract.published import find_published
from crawler.items import FeedEntry

_TITLE_SPLIT_RE = re.compile(r"\s+[|–—·•»:-]\s+")
_LANG_RE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]|$)")
_ARTICLE_TYPE_RE = re.compile(r"Article|Posting|Report|ClaimReview|LiveBlog")
_SUBJECT_TYPES = frozenset(("Claim", "Event", "Person", "Organization", "Place", "Product"))
_LANG_META_KEYS = frozenset(("content-language", "og:locale", "language", "dc.language"))
# compiled once: tree.xpath(text) compiles its expression on every call
_CANONICAL_PATH = lxml.etree.XPath("/html/head/link[@rel='canonical']/@href")


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What the page says about itself, before the text is known."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    published_at: datetime | None = None
    published_at_source: str | None = None
    published_precision: str | None = None
    declared_language: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    site_name: str | None = None
    page_type: str | None = None
    outlet: Outlet = field(default_factory=Outlet)  # the page's own names: never a person


def read_metadata(
    tree: lxml.html.HtmlElement, url: str, *, now: datetime, entry: FeedEntry | None = None
) -> PageMetadata:
    """Read the metadata of a parsed page; `entry` fills in what the page lacks."""
    index = index_page(tree)
    main = _main_node(index.jsonld)
    meta = examine_meta(tree)
    site_name = _jsonld_name(main.get("publisher")) if main else None
    site_name = site_name or meta.sitename
    title = _first_str(main, "headline") or meta.title or page_headline(tree)
    site_name = site_name or site_from_title(tree, title)
    title = strip_site_suffix(title, site_name) or (entry.title if entry else None)
    language = declared_language(index)
    published = find_published(
        index, url, now=now, feed_at=entry.published_at if entry else None, language=language
    )
    publisher = _jsonld_name(main.get("publisher")) if main else None
    outlet = outlet_of(url, [site_name, meta.sitename, publisher])
    authors, credits = page_credits(main, index, outlet, meta.author)
    if not authors and entry is not None:
        authors, credits = sort_names(entry.authors, outlet, organisations=credits)
    return PageMetadata(
        title=title,
        authors=authors,
        credits=credits,
        published_at=published.at if published else None,
        published_at_source=published.source if published else None,
        published_precision=published.precision if published else None,
        declared_language=language,
        canonical_url=canonical_url(index, url),
        description=_first_str(main, "description") or meta.description,
        site_name=site_name,
        page_type=_page_type(main, meta.pagetype),
        outlet=outlet,
    )


def _main_node(nodes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD object describing the article itself: an article type first, else any node
    with a headline or a publish date that is not about the subject (a fact-check's claim)."""
    found = [n for n in nodes if ("headline" in n or "datePublished" in n) and not _is_subject(n)]
    typed = [n for n in found if _ARTICLE_TYPE_RE.search(" ".join(_types(n)))]
    return next(iter(typed or found), None)


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("@type")
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]


def _is_subject(node: dict[str, Any]) -> bool:
    return bool(set(_types(node)) & _SUBJECT_TYPES)


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


def _page_type(main: dict[str, Any] | None, og_type: str | None) -> str | None:
    json_type = main.get("@type") if main else None
    if isinstance(json_type, list):
        json_type = json_type[0] if json_type else None
    return (json_type if isinstance(json_type, str) else None) or og_type


def page_headline(tree: lxml.html.HtmlElement) -> str | None:
    """trafilatura's visible title, unless the page's <title> disowns it: old templates hold
    the site's name in a lone <h1 class="sitename"> and the story's headline in an <h2> that
    repeats the <title>; that heading is the headline."""
    title = extract_title(tree)
    element = tree.find(".//title")
    full = " ".join(element.text_content().split()) if element is not None else ""
    flat = " ".join(title.split()).casefold() if title else ""
    parts = _TITLE_SPLIT_RE.split(full) if full else []
    site_part = len(parts) >= 2 and flat == parts[-1].strip().casefold()  # "Headline - Site"
    if not title or not full or (flat in full.casefold() and not site_part):
        return title
    names = {full.casefold(), parts[0].strip().casefold()}
    for heading in tree.iter("h2", "h3"):
        text = " ".join(heading.text_content().split())
        if text.casefold() in names:
            return text
    return title


def site_from_title(tree: lxml.html.HtmlElement, title: str | None) -> str | None:
    """'Headline - Site' in <title>: the part that is not the headline is the site's name."""
    element = tree.find(".//title")
    full = " ".join(element.text_content().split()) if element is not None else ""
    if title and full.casefold().startswith(" ".join(title.split()).casefold()):
        # the headline itself may hold a separator ("Kommuner sier nei – UDI leter ..."):
        # the site is what the <title> adds after it, if anything
        rest = full[len(" ".join(title.split())) :].strip(" |–—·•»:-/")
        return rest if rest and len(rest) <= 40 else None
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
    links = _CANONICAL_PATH(index.tree)
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
