"""SiteSpider: a homepage/section crawl within the site, up to `depth` links and `max_pages`.

Every fetched page is classified (crawler.extract.pagetype): article pages are handed on and not followed,
navigation pages (sections, tags, pagination) are followed. Sitemap start URLs are read as well.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import Request, Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from crawler.extract.pagetype import PageDecision, classify_page, classify_url
from crawler.fetch.responses import is_html_response
from crawler.fetch.spiders.sitemap import (
    META_ORIGIN,
    META_SITEMAP_LEVEL,
    SitemapSpider,
    is_handed_on,
    origin_of,
)
from crawler.sources.sitemaps import SitemapError, is_robots_url
from crawler.urls import InvalidUrlError, normalize_url, site_of

META_DEPTH = "newsagg_depth"
META_IS_START = "newsagg_is_start"
# articles first: they are the product and do not grow the frontier; then pages we cannot judge
# from the URL; navigation last, shallow before deep
PRIORITY = {"article": 300, "unknown": 200, "navigation": 100}
SITEMAP_SUFFIXES = (".xml", ".xml.gz", ".txt")
# <a href> only, every extension: classify_url decides which links are pages worth fetching
LINKS = LinkExtractor(tags=("a",), attrs=("href",), deny_extensions=())


def is_sitemap_url(url: str) -> bool:
    """Whether a start URL names a sitemap (or robots.txt) rather than an HTML page."""
    path = urlsplit(url).path.lower()
    return is_robots_url(url) or path.endswith(SITEMAP_SUFFIXES) or "sitemap" in path


class SiteSpider(SitemapSpider):
    """Crawl from homepages/section pages, following navigation links within each site."""

    name = "newsagg-site"

    def __init__(self, *, depth: int = 2, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.depth = depth
        # the sites crawled (crawler.urls.site_of): links elsewhere are not followed
        self.site_domains = {site_of(u) for u in self.start_urls} - {""}

    async def start(self) -> Any:
        for url in self.start_urls:
            if is_sitemap_url(url):
                for request in self.start_requests_for([url]):
                    yield request
            # a configured start page is crawled even when it is stored as an article
            elif self.claim_page(url, check_known=False):
                meta = {META_DEPTH: 0, META_IS_START: True, META_ORIGIN: url}
                yield self.page_request(url, None, meta=meta, priority=PRIORITY["navigation"])

    def on_unreadable_sitemap(self, response: Response, error: SitemapError) -> Iterator[Request]:
        # a start URL that only looked like a sitemap (an HTML /sitemap/ page) is a start page
        if response.meta.get(META_SITEMAP_LEVEL) == 0 and is_html_response(response):
            response.meta.update({META_DEPTH: 0, META_IS_START: True})
            yield from self.parse_page(response)
        else:
            yield from super().on_unreadable_sitemap(response, error)

    def parse_page(self, response: Response) -> Iterator[Request]:
        meta = response.meta
        if META_DEPTH not in meta:
            yield from super().parse_page(response)  # a page listed in a sitemap
            return
        self.count("pages_fetched")
        self.note(origin_of(response))
        html = self.new_html(response)
        if html is None:
            return
        decision = classify_page(html.url, html.selector.root)
        if is_handed_on(decision):
            self.hand_on(html, None)
        else:
            self.count("not_articles")
        if meta.get(META_IS_START):
            self.learn_site(html.url)
        if not decision.is_refused and (meta.get(META_IS_START) or decision.kind == "navigation"):
            yield from self.follow_links(html, int(meta.get(META_DEPTH, 0)) + 1)

    def learn_site(self, url: str) -> None:
        # a start page that redirected (site.com -> www.site.co.uk) moves the site; other
        # redirects do not, or one link to a partner would open the partner's site to the crawl
        if site := site_of(url):
            self.site_domains.add(site)

    def follow_links(self, response: TextResponse, depth: int) -> Iterator[Request]:
        if depth > self.depth:
            return
        if not self.has_page_budget():
            return
        candidates = [(url, classify_url(url)) for url in self.site_links(response)]
        # claim in priority order, so a tight max_pages is spent on articles, not on menus
        candidates.sort(key=lambda pair: -PRIORITY.get(pair[1].kind, 0))
        candidates = [pair for pair in candidates if self.is_worth_fetching(pair[1], depth)]
        known = self.known_among([url for url, _ in candidates])  # one question per page
        for url, decision in candidates:
            if self.claim_page(url, known=known):
                meta = {META_DEPTH: depth, META_ORIGIN: origin_of(response)}
                priority = PRIORITY[decision.kind] - depth
                yield self.page_request(url, None, meta=meta, priority=priority)

    def is_worth_fetching(self, decision: PageDecision, depth: int) -> bool:
        if decision.kind == "skip":
            return False
        # at the last level a navigation page would be fetched only to be left unfollowed
        return decision.kind != "navigation" or depth < self.depth

    def site_links(self, response: TextResponse) -> Iterable[str]:
        """Normalised http(s) links of the page (<base href> honoured) that stay on one of the
        crawled sites (crawler.urls.site_of), in page order."""
        # Filtered here, before a link is claimed against max_pages; not by Scrapy's
        # allowed_domains, whose domain match includes the port (127.0.0.1:8080 is not
        # 127.0.0.1) and which would drop robots.txt sitemaps hosted elsewhere.
        for link in LINKS.extract_links(response):
            try:
                url = normalize_url(link.url)
            except InvalidUrlError:
                continue
            if site_of(url) in self.site_domains:
                yield url
