"""Running a spider to completion in the current process, with results handed to callbacks.

A Twisted reactor runs once per process and cannot be restarted: call `run_spider` (or
`poll_feeds`) at most once per process. The daemon runs each crawl cycle in a subprocess, which
also bounds memory and gives a hard timeout; tests do the same (tests/httpsite.py).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import AsyncCrawlerProcess
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.dates import utc_now
from crawler.fetch.errors import FetchError
from crawler.fetch.netguard import trusted_hosts_for
from crawler.fetch.responses import failed_fetch, page_from_response
from crawler.fetch.spiders.feed import FeedSpider, KnownUrls
from crawler.fetch.stack import scrapy_settings
from crawler.items import FeedJob, FeedOutcome, Page, PageFailure
from settings.model import HttpSettings


class ReactorUsedError(RuntimeError):
    """A crawl was started in a process whose Twisted reactor has already run."""


class CrawlError(RuntimeError):
    """The crawl could not start or crashed (bad settings, a bug), as opposed to fetch failures,
    which spiders report as data."""


def reactor_has_run() -> bool:
    """Whether this process already ran a Twisted reactor (it cannot run again)."""
    if "twisted.internet.reactor" not in sys.modules:
        return False
    from twisted.internet import reactor

    return bool(getattr(reactor, "_startedBefore", False))


def run_spider(
    spider_cls: type[Spider],
    http: HttpSettings,
    *,
    scrapy_overrides: dict[str, Any] | None = None,
    **spider_kwargs: Any,
) -> None:
    """Crawl with `spider_cls(**spider_kwargs)` until it finishes. Once per process."""
    if reactor_has_run():
        raise ReactorUsedError(
            "the Twisted reactor of this process has already run; start each crawl in a new process"
        )
    settings = scrapy_settings(http, **(scrapy_overrides or {}))
    process = AsyncCrawlerProcess(settings)
    # Scrapy's logging setup sets its loggers to DEBUG; the application owns the handlers, so
    # only the level of Scrapy's own records is set here
    logging.getLogger("scrapy").setLevel(settings["LOG_LEVEL"])
    task = process.crawl(spider_cls, **spider_kwargs)
    # Ctrl-C / SIGTERM stop the crawl gracefully, when we may install handlers at all
    process.start(install_signal_handlers=threading.current_thread() is threading.main_thread())
    error = task.exception() if task.done() and not task.cancelled() else None
    if error is not None or process.bootstrap_failed:
        raise CrawlError(f"crawl with {spider_cls.__name__} failed: {error!r}") from error


def poll_feeds(
    jobs: Sequence[FeedJob],
    http: HttpSettings,
    *,
    known_urls: KnownUrls,
    on_page: Callable[[Page], None],
    on_feed: Callable[[FeedOutcome], None],
    on_page_error: Callable[[PageFailure], None] | None = None,
    fetch_articles: bool = True,
    scrapy_overrides: dict[str, Any] | None = None,
) -> None:
    """Poll `jobs` once: each feed with conditional GET, then the pages of its new entries.

    Callbacks run in this process, on the reactor thread, one at a time. Once per process.
    """
    run_spider(
        FeedSpider,
        http,
        scrapy_overrides=scrapy_overrides,
        jobs=list(jobs),
        known_urls=known_urls,
        on_page=on_page,
        on_feed=on_feed,
        on_page_error=on_page_error,
        fetch_articles=fetch_articles,
    )


class PageSpider(Spider):
    """Fetch a list of URLs once each; results keyed by the URL as given."""

    name = "pages"

    def __init__(self, urls: Sequence[str], results: dict[str, Page | Exception], **kw: Any):
        super().__init__(**kw)
        self.urls = list(dict.fromkeys(urls))
        self.results = results
        self.trusted_hosts = trusted_hosts_for(self.urls)  # the operator named these URLs

    async def start(self) -> AsyncIterator[Request]:
        for url in self.urls:
            yield Request(url, callback=self.fetched, errback=self.failed, dont_filter=True,
                          cb_kwargs={"given": url})  # fmt: skip

    def fetched(self, response: Response, given: str) -> None:
        self.results[given] = page_from_response(response, fetched_at=utc_now(), requested=given)

    def failed(self, failure: Failure) -> None:
        given = failure.request.cb_kwargs["given"]  # type: ignore[attr-defined]  # set by Scrapy
        failed = failed_fetch(failure)
        self.results[given] = FetchError(given, failed.kind, failed.message, failed.status)


def fetch_pages(urls: Sequence[str], http: HttpSettings) -> dict[str, Page | Exception]:
    """Fetch `urls` (robots.txt, politeness and the guard apply; their own hosts are trusted).

    Returns, per URL as given, a Page or a FetchError. Once per process.
    """
    results: dict[str, Page | Exception] = {}
    run_spider(PageSpider, http, urls=list(urls), results=results)
    return results
