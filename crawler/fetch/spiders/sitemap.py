"""SitemapSpider: article pages from sitemaps, sitemap indexes, news sitemaps and robots.txt.

Checks `is_known` before requesting a page, hands fetched article pages to `on_page`, keeps its
frontier bookkeeping in `self.state` (persisted by Scrapy's JOBDIR) and stops at `max_pages`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Collection, Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.dates import utc_now
from crawler.extract.pagetype import PageDecision, classify_page, classify_url
from crawler.fetch.errors import classify_error
from crawler.fetch.netguard import BlockedAddressError, trusted_hosts_for
from crawler.fetch.responses import is_html_response, page_from_response
from crawler.fetch.spiders.bookkeeping import (
    KNOWN_MEMORY_MIN,
    KNOWN_MEMORY_PER_PAGE,
    CrawlBookkeeping,
)
from crawler.fetch.stack import META_ENTRY
from crawler.items import FeedEntry, Page
from crawler.sources.sitemaps import (
    MAX_SITEMAP_BYTES,
    SitemapEntry,
    SitemapError,
    is_robots_url,
    newest_first,
    parse_sitemap,
    select_entries,
    sitemaps_from_robots,
    to_feed_entry,
)
from crawler.urls import InvalidUrlError, is_same_site, normalize_url, url_key

log = logging.getLogger(__name__)

IsKnown = Callable[[str], bool]
KnownUrls = Callable[[Sequence[str]], Collection[str]]  # the URLs among these not to fetch
OnPage = Callable[[Page], None]
OnProgress = Callable[[dict[str, int]], None]
OnClose = Callable[[str, dict[str, Any]], None]
Clock = Callable[[], datetime]

META_SITEMAP_LEVEL = "newsagg_sitemap_level"
META_ORIGIN = "newsagg_origin"  # the configured start URL (the Source) a request descends from
MAX_INDEX_NESTING = 3  # index -> index -> urlset is the deepest real sites go


class SitemapSpider(CrawlBookkeeping, scrapy.Spider):
    """Fetch the article pages listed in sitemaps (start URLs: sitemaps or robots.txt files)."""

    name = "newsagg-sitemap"

    def __init__(
        self,
        *,
        start_urls: Sequence[str],
        is_known: IsKnown,
        on_page: OnPage,
        known_urls: KnownUrls | None = None,
        on_progress: OnProgress | None = None,
        on_close: OnClose | None = None,
        since: datetime | None = None,
        max_pages: int = 500,
        max_sitemaps: int = 200,
        max_sitemap_bytes: int = MAX_SITEMAP_BYTES,
        clock: Clock = utc_now,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.start_urls = list(start_urls)
        self.is_known, self.on_page, self.on_progress = is_known, on_page, on_progress
        self.known_urls = known_urls
        self.on_close = on_close
        self.since, self.clock = since, clock
        self.max_pages, self.max_sitemaps = max_pages, max_sitemaps
        self.max_sitemap_bytes = max_sitemap_bytes
        self.max_seen = max(KNOWN_MEMORY_MIN, KNOWN_MEMORY_PER_PAGE * max_pages)
        # read by crawler.fetch.netguard: the configured sources may live on a private address
        self.trusted_hosts = trusted_hosts_for(self.start_urls)
        self.state: dict[str, Any] = {}  # replaced by Scrapy's SpiderState when JOBDIR is set

    # --- start ----------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        for request in self.start_requests_for(self.start_urls):
            yield request

    def start_requests_for(self, urls: Iterable[str]) -> Iterator[Request]:
        for url in urls:
            if is_robots_url(url):
                meta = {META_ORIGIN: url}
                yield Request(url, callback=self.parse_robots, errback=self.on_error, meta=meta)
            else:
                yield self.sitemap_request(url, level=0, origin=url)

    def sitemap_request(self, url: str, level: int, origin: str) -> Request:
        self.state["sitemaps_requested"] = self.state.get("sitemaps_requested", 0) + 1
        return Request(
            url,
            callback=self.parse_sitemap,
            errback=self.on_error,
            priority=100,  # expand sitemaps before their pages so newest entries go first
            meta={META_SITEMAP_LEVEL: level, META_ORIGIN: origin},
        )

    def parse_robots(self, response: Response) -> Iterator[Request]:
        """Sitemaps declared in robots.txt; /sitemap.xml when it declares none."""
        self.note(origin_of(response))
        text = response.body.decode("utf-8", errors="replace")
        declared = sitemaps_from_robots(text, response.url)
        for url in declared or [urljoin(response.url, "/sitemap.xml")]:
            yield self.sitemap_request(url, level=0, origin=origin_of(response))

    # --- sitemaps -------------------------------------------------------------------------------

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        self.count("sitemaps")
        try:
            sitemap = parse_sitemap(response.body, response.url, max_bytes=self.max_sitemap_bytes)
        except SitemapError as exc:
            yield from self.on_unreadable_sitemap(response, exc)
            return
        self.note(origin_of(response))
        level = int(response.meta.get(META_SITEMAP_LEVEL, 0))
        if sitemap.is_index:
            yield from self.child_sitemap_requests(sitemap.entries, response, level + 1)
        else:
            yield from self.entry_requests(sitemap.entries, response)

    def on_unreadable_sitemap(self, response: Response, error: SitemapError) -> Iterator[Request]:
        log.warning("sitemap unreadable", extra={"url": error.url, "reason": error.reason})
        self.count("sitemap_errors")
        self.note(origin_of(response), f"sitemap unreadable: {error.reason}")
        yield from ()

    def child_sitemap_requests(
        self, entries: Sequence[SitemapEntry], index: Response, level: int
    ) -> Iterator[Request]:
        if level > MAX_INDEX_NESTING:
            return
        for entry in newest_first(select_entries(entries, self.since)):
            if self.state.get("sitemaps_requested", 0) >= self.max_sitemaps:
                return
            if is_same_site(entry.url, index.url):
                yield self.sitemap_request(entry.url, level, origin=origin_of(index))

    def entry_requests(
        self, entries: Sequence[SitemapEntry], sitemap: Response
    ) -> Iterator[Request]:
        sitemap_url, meta = sitemap.url, {META_ORIGIN: origin_of(sitemap)}
        for entry in newest_first(select_entries(entries, self.since)):
            if not self.has_page_budget():
                return
            is_news = entry.published_at is not None or entry.title is not None
            if not is_same_site(entry.url, sitemap_url) or not self.is_page_candidate(
                entry.url, is_news
            ):
                continue
            url = normalize_url(entry.url)
            if self.claim_page(url):
                yield self.page_request(url, to_feed_entry(entry, sitemap_url), meta=meta)

    @staticmethod
    def is_page_candidate(url: str, is_news: bool) -> bool:
        # a news sitemap lists articles by definition; a plain one mixes in sections and tags
        kind = classify_url(url).kind
        return kind != "skip" and (is_news or kind != "navigation")

    def page_request(self, url: str, entry: FeedEntry | None, **kwargs: Any) -> Request:
        meta = {META_ENTRY: entry, **kwargs.pop("meta", {})}
        return Request(url, callback=self.parse_page, errback=self.on_error, meta=meta, **kwargs)

    # --- pages ----------------------------------------------------------------------------------

    def parse_page(self, response: Response) -> Iterator[Request]:
        self.count("pages_fetched")
        self.note(origin_of(response))
        entry: FeedEntry | None = response.meta.get(META_ENTRY)
        html = self.new_html(response)
        if html is None:
            return
        if is_news_entry(entry) or is_handed_on(classify_page(html.url, html.selector.root)):
            self.hand_on(response, entry)
        else:
            self.count("not_articles")
        yield from ()

    def new_html(self, response: Response) -> TextResponse | None:
        """The response if it is HTML and (after redirects) not a page handed on or stored."""
        if not isinstance(response, TextResponse) or not is_html_response(response):
            self.count("not_articles")
            return None
        try:
            key = url_key(normalize_url(response.url))
        except InvalidUrlError:
            return None
        if key in self.handed:
            self.count("known_skipped")
            return None
        if not response.meta.get("redirect_urls"):
            return response  # the URL was checked when the request was claimed
        # A redirect target may be claimed by a direct request that Scrapy's dupefilter will now
        # drop (this response fetched it first): only pages already handed on or stored are
        # skipped here, not merely claimed ones, or the page would be lost.
        if self.is_known(response.url):
            self.count("known_skipped")
            return None
        self.seen.add(key)
        return response

    def hand_on(self, response: Response, entry: FeedEntry | None) -> None:
        self.handed.add(url_key(normalize_url(response.url)))
        page = page_from_response(
            response, fetched_at=self.clock(), entry=entry, source_url=origin_of(response)
        )
        self.on_page(page)
        self.count("articles")

    def on_error(self, failure: Failure) -> None:
        request = getattr(failure, "request", None)
        if request is not None:
            self.note(
                origin_of_request(request), f"{type(failure.value).__name__}: {failure.value}"
            )
        if failure.check(BlockedAddressError):
            self.count("blocked")
        elif failure.check(IgnoreRequest) and not failure.check(HttpError):
            self.count("ignored")  # robots.txt disallows it, or a size/offsite rule
        else:
            # counted by kind and reported once in the crawl's summary, not a line per link
            url = getattr(getattr(failure, "request", None), "url", None)
            status = getattr(getattr(failure.value, "response", None), "status", None)
            kind = f"http_{status}" if status else classify_error(exception=failure.value)
            log.debug("fetch failed", extra={"url": url, "error": repr(failure.value)})
            self.count("errors")
            self.stats.setdefault(f"failed_{kind}", 0)
            self.count(f"failed_{kind}")

    def closed(self, reason: str) -> None:
        """Scrapy's close hook; `reason` is "finished" unless interrupted or crashed."""
        if self.on_close is not None:
            self.on_close(reason, {**self.stats, "origins": self.state.get("origins", {})})


def is_handed_on(decision: PageDecision) -> bool:
    """Articles go to the store, and so do pages refused by the guards: it records them."""
    return decision.is_article or decision.is_refused


def origin_of(response: Response) -> str:
    return str(response.meta.get(META_ORIGIN) or response.url)


def origin_of_request(request: Request) -> str:
    return str(request.meta.get(META_ORIGIN) or request.url)


def is_news_entry(entry: FeedEntry | None) -> bool:
    return entry is not None and (entry.published_at is not None or entry.title is not None)
