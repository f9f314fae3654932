"""Feed and sitemap discovery for a site: <link rel=alternate> feeds, common feed paths, and the
Sitemap lines of robots.txt; `discover_sources` checks the candidates over HTTP.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import lxml.html
from lxml.etree import ParserError
from scrapy import Request, Spider
from scrapy.http import Response

from crawler.fetch.netguard import trusted_hosts_for
from crawler.sources.feeds import FeedParseError, parse_feed
from crawler.sources.sitemaps import looks_like_sitemap, sitemaps_from_robots
from crawler.urls import InvalidUrlError, normalize_url
from settings.model import HttpSettings

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/json",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)
COMMON_FEED_PATHS = (
    "/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/feeds/posts/default",
)  # fmt: skip
COMMON_SITEMAP_PATHS = ("/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml")
META_ROLE = "newsagg_discovery_role"
META_RANK = "newsagg_discovery_rank"
GUESSED_RANK = 1000  # common paths rank after what the page and robots.txt name


@dataclass(frozen=True, slots=True)
class DiscoveryResult:
    """Feeds that parsed as feeds, and sitemaps named by robots.txt or found at common paths."""

    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    errors: tuple[str, ...] = field(default=())  # what could not be fetched, for the CLI to show


def discover_feeds(html: bytes, base_url: str) -> list[str]:
    """Feed URLs a page declares with <link rel="alternate" type="...rss/atom/json...">, in page
    order, comment feeds last (a site's article feed is what we want first)."""
    try:
        doc = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return []
    base = urljoin(base_url, (doc.xpath("//base/@href") or [""])[0])
    found: list[tuple[bool, str]] = []
    for link in doc.xpath("//link[@href]"):
        rels = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";", 1)[0].strip().lower()
        if "alternate" not in rels or kind not in FEED_TYPES:
            continue
        url = absolute(link.get("href"), base)
        if url:
            found.append((is_comment_feed(url, link.get("title") or ""), url))
    ordered = [url for _, url in sorted(found, key=lambda pair: pair[0])]  # stable sort
    return list(dict.fromkeys(ordered))


def is_comment_feed(url: str, title: str) -> bool:
    return "comments" in title.lower() or "/comments/" in url.lower()


def candidate_feed_urls(base_url: str) -> list[str]:
    """Common feed locations on the site of `base_url`, to be probed."""
    return [u for u in (absolute(path, base_url) for path in COMMON_FEED_PATHS) if u]


def absolute(href: str | None, base_url: str) -> str | None:
    if not href:
        return None
    try:
        return normalize_url(href, base=base_url)
    except InvalidUrlError:
        return None


# --- probing over HTTP --------------------------------------------------------------------------

Found = dict[str, list[tuple[int, str]]]  # role -> (rank, url): page-linked before guessed


class DiscoverySpider(Spider):
    """Fetch the homepage and robots.txt, then check every feed and sitemap candidate."""

    name = "discovery"

    def __init__(self, url: str, found: Found, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.url = url
        self.found = found  # filled in place: feed, sitemap, error
        self.trusted_hosts = trusted_hosts_for([url])  # the operator named this site
        self.probed: set[str] = set()

    async def start(self) -> AsyncIterator[Request]:
        yield self.request(self.url, "home", 0)
        yield self.request(urljoin(self.url, "/robots.txt"), "robots", 0)
        for rank, url in enumerate(candidate_feed_urls(self.url), start=GUESSED_RANK):
            yield self.request(url, "feed", rank)
        for rank, path in enumerate(COMMON_SITEMAP_PATHS, start=GUESSED_RANK):
            yield self.request(urljoin(self.url, path), "sitemap", rank)

    def request(self, url: str, role: str, rank: int) -> Request:
        self.probed.add(url)
        meta = {META_ROLE: role, META_RANK: rank}
        return Request(
            url, callback=self.parse_any, errback=self.failed, dont_filter=True, meta=meta
        )

    def parse_any(self, response: Response) -> Iterable[Request]:
        role, rank = response.meta[META_ROLE], response.meta[META_RANK]
        if role == "home":
            yield from self.follow(discover_feeds(response.body, response.url), "feed")
        elif role == "robots":
            text = response.body.decode("utf-8", "replace")
            yield from self.follow(sitemaps_from_robots(text, response.url), "sitemap")
        elif role == "feed" and is_feed(response):
            self.found["feed"].append((rank, response.url))
        elif role == "sitemap" and looks_like_sitemap(response.body):
            self.found["sitemap"].append((rank, response.url))

    def follow(self, urls: Iterable[str], role: str) -> Iterable[Request]:
        for rank, url in enumerate(urls):
            if url not in self.probed:
                yield self.request(url, role, rank)

    def failed(self, failure: Any) -> None:
        request = failure.request
        if request.meta.get(META_ROLE) == "home":
            self.found["error"].append((0, f"{request.url}: {failure.value}"))


def is_feed(response: Response) -> bool:
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    try:
        parse_feed(response.body, url=response.url, content_type=content_type or None)
    except FeedParseError:
        return False
    return True


def ranked(pairs: list[tuple[int, str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(url for _, url in sorted(pairs)))


def discover_sources(url: str, http: HttpSettings) -> DiscoveryResult:
    """Probe a site for feeds and sitemaps over HTTP (robots.txt, politeness, guard apply).

    Runs a crawl: like every crawl, once per process (see crawler.fetch.runner).
    """
    from crawler.fetch.runner import (
        run_spider,
    )  # runner imports the spiders; keep this module light

    found: Found = {"feed": [], "sitemap": [], "error": []}
    run_spider(DiscoverySpider, http, url=url, found=found)
    return DiscoveryResult(
        feeds=ranked(found["feed"]),
        sitemaps=ranked(found["sitemap"]),
        errors=tuple(message for _, message in found["error"]),
    )
