"""A crawl's frontier bookkeeping: pages seen, handed on and budgeted, counts, per-source tallies.

It lives in the spider's `state`, so Scrapy's JOBDIR persists it and an interrupted crawl resumes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from crawler.urls import url_key

# remembered known URLs (beyond the requested ones, which max_pages bounds): enough to spare
# the database repeat lookups of a site's menu links, bounded on long crawls
KNOWN_MEMORY_MIN, KNOWN_MEMORY_PER_PAGE = 10_000, 20
STAT_KEYS = (
    "pages_fetched", "articles", "errors", "known_skipped", "blocked", "ignored", "sitemaps",
    "sitemap_errors", "not_articles", "queued",
)  # fmt: skip


class CrawlBookkeeping:
    """Mixin for the sitemap and site spiders (they set the attributes declared here)."""

    state: dict[str, Any]
    max_pages: int
    max_seen: int
    is_known: Callable[[str], bool]
    known_urls: Callable[[Sequence[str]], Collection[str]] | None  # is_known for many at once
    on_progress: Callable[[dict[str, int]], None] | None

    @property
    def seen(self) -> set[str]:
        """url_key of every page requested or handed on: bounded by max_pages (+ redirects)."""
        return self.state.setdefault("seen", set())  # type: ignore[no-any-return]

    @property
    def handed(self) -> set[str]:
        """url_key of every page handed on (final URL): bounded by max_pages."""
        return self.state.setdefault("handed", set())  # type: ignore[no-any-return]

    @property
    def stats(self) -> dict[str, int]:
        stats = self.state.setdefault("stats", {})
        for key in STAT_KEYS:
            stats.setdefault(key, 0)
        return stats  # type: ignore[no-any-return]

    def count(self, key: str, n: int = 1) -> None:
        self.stats[key] += n
        if self.on_progress is not None:
            self.on_progress(dict(self.stats))

    def note(self, origin: str, error: str | None = None) -> None:
        """Per start URL (Source): responses used and failures, so each source gets its own
        outcome (a refused sitemap or a looping start URL is not a healthy source)."""
        tally = self.state.setdefault("origins", {}).setdefault(origin, {"ok": 0, "failed": 0})
        tally["failed" if error else "ok"] += 1
        if error:
            tally["error"] = error

    def has_page_budget(self) -> bool:
        return self.state.get("pages_requested", 0) < self.max_pages

    def known_among(self, urls: Sequence[str]) -> Collection[str]:
        """The URLs among `urls` not to fetch (see claim_page): one question, not one a URL,
        when the crawl can ask so (known_urls)."""
        unseen = [url for url in urls if url_key(url) not in self.seen]
        if self.known_urls is not None:
            return self.known_urls(unseen) if unseen else set()
        return {url for url in unseen if self.is_known(url)}

    def claim_page(
        self, url: str, *, check_known: bool = True, known: Collection[str] | None = None
    ) -> bool:
        """Reserve a page request for `url`: False when seen, known, or over budget. `known`:
        the answer of known_among for a group of URLs that includes this one."""
        key = url_key(url)
        if key in self.seen or not self.has_page_budget():
            return False
        if check_known and (url in known if known is not None else self.is_known(url)):
            self.count("known_skipped")
            # ask the database once per crawl, not once per link, within a bounded memory
            if len(self.seen) < self.max_seen:
                self.seen.add(key)
            return False
        self.seen.add(key)
        self.state["pages_requested"] = self.state.get("pages_requested", 0) + 1
        self.count("queued")  # the progress total: pages a sitemap listed or links found so far
        return True
