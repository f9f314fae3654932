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
from datetime import UTC, datetime
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import AsyncCrawlerProcess
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.fetch.netguard import trusted_hosts_for
from crawler.fetch.polling import ErrorKind, classify_error
from crawler.fetch.spiders.feed import FeedJob, FeedOutcome, FeedSpider, PageFailure, describe
from crawler.fetch.stack import scrapy_settings
from crawler.items import Page
from settings.model import HttpSettings

TRANSIENT_KINDS = frozenset(
    {ErrorKind.DNS, ErrorKind.CONNECTION, ErrorKind.TIMEOUT, ErrorKind.HTTP_5XX,
     ErrorKind.RATE_LIMITED}
)  # fmt: skip


class ReactorUsedError(RuntimeError):
    """A crawl was started in a process whose Twisted reactor has already run."""


class CrawlError(RuntimeError):
    """The crawl could not start or crashed (bad settings, a bug), as opposed to fetch failures,
    which spiders report as data."""


class FetchError(Exception):
    """A page could not be fetched: why (kind), the HTTP status if any, whether to try later."""

    def __init__(self, url: str, kind: ErrorKind, message: str, status: int | None = None) -> None:
        super().__init__(f"{kind.value}: {message} ({url})")
        self.url = url
        self.kind = kind
        self.status = status
        self.retryable = kind in TRANSIENT_KINDS


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
    is_known: Callable[[str], bool],
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
        is_known=is_known,
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
        content_type = response.headers.get(b"Content-Type")
        self.results[given] = Page(
            url=response.url,
            html=response.body,
            requested_url=given,
            status=response.status,
            content_type=content_type.decode("latin-1") if content_type else None,
            fetched_at=datetime.now(UTC),
        )

    def failed(self, failure: Failure) -> None:
        given = failure.request.cb_kwargs["given"]  # type: ignore[attr-defined]  # set by Scrapy
        error = failure.value
        status = error.response.status if isinstance(error, HttpError) else None
        kind = classify_error(status=status, exception=None if status else error)
        message = f"HTTP {status}" if status else describe(error)
        self.results[given] = FetchError(given, kind, message, status)


def fetch_pages(urls: Sequence[str], http: HttpSettings) -> dict[str, Page | Exception]:
    """Fetch `urls` (robots.txt, politeness and the guard apply; their own hosts are trusted).

    Returns, per URL as given, a Page or a FetchError. Once per process.
    """
    results: dict[str, Page | Exception] = {}
    run_spider(PageSpider, http, urls=list(urls), results=results)
    return results
