"""Sources: feeds, sitemaps and site discovery, from bytes to entries and URLs (pure, no network)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crawler.items import FeedEntry, ParsedFeed
from crawler.sources.feeds import FeedParseError, parse_feed
from crawler.sources.sitemaps import (
    Sitemap,
    SitemapEntry,
    SitemapError,
    looks_like_sitemap,
    parse_sitemap,
    select_entries,
    sitemaps_from_robots,
    to_feed_entry,
)

if TYPE_CHECKING:
    from crawler.sources.discovery import DiscoveryResult, discover_feeds, discover_sources

__all__ = [
    "DiscoveryResult",
    "FeedEntry",
    "FeedParseError",
    "ParsedFeed",
    "Sitemap",
    "SitemapEntry",
    "SitemapError",
    "discover_feeds",
    "discover_sources",
    "looks_like_sitemap",
    "parse_feed",
    "parse_sitemap",
    "select_entries",
    "sitemaps_from_robots",
    "to_feed_entry",
]
_DISCOVERY = frozenset({"DiscoveryResult", "discover_feeds", "discover_sources"})


def __getattr__(name: str) -> Any:
    # PEP 562: discovery defines a Scrapy spider, and importing Scrapy costs ~0.5 s; parsing a
    # feed or a sitemap must not pay for it, so discovery loads on first use only.
    if name in _DISCOVERY:
        from crawler.sources import discovery

        return getattr(discovery, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
