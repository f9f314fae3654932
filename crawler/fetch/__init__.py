"""Fetching: the one Scrapy HTTP stack, the private-address guard, spiders and the process runner.

Stage functions: poll_feeds, crawl_sites, fetch_pages; pure policy: errors (why a fetch failed)
and schedule (when to check a source next).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crawler.fetch.errors import FetchError, classify_error
from crawler.fetch.schedule import (
    Schedule,
    backoff_delay_s,
    cache_hints,
    next_check_after_failure,
    next_check_after_success,
    should_poll_unconditionally,
)
from crawler.items import CacheHints, ErrorKind, FeedJob, FeedOutcome, PageFailure

if TYPE_CHECKING:
    from crawler.fetch.runner import CrawlError, fetch_pages, poll_feeds
    from crawler.fetch.sites import crawl_sites

__all__ = [
    "CacheHints",
    "CrawlError",
    "ErrorKind",
    "FeedJob",
    "FeedOutcome",
    "FetchError",
    "PageFailure",
    "Schedule",
    "backoff_delay_s",
    "cache_hints",
    "classify_error",
    "crawl_sites",
    "fetch_pages",
    "next_check_after_failure",
    "next_check_after_success",
    "poll_feeds",
    "should_poll_unconditionally",
]
_SCRAPY_BACKED = {
    "CrawlError": "crawler.fetch.runner",
    "fetch_pages": "crawler.fetch.runner",
    "poll_feeds": "crawler.fetch.runner",
    "crawl_sites": "crawler.fetch.sites",
}


def __getattr__(name: str) -> Any:
    # PEP 562: the stage functions start Scrapy crawls, and importing Scrapy and Twisted costs
    # ~0.5 s; storage and the scheduler's bookkeeping use the pure policy above without them.
    if name in _SCRAPY_BACKED:
        import importlib

        return getattr(importlib.import_module(_SCRAPY_BACKED[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
