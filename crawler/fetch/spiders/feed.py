"""The feed spider: conditional GET of each feed, then the pages of entries not known yet.

It never touches the database: the caller injects `known_urls` (one call per feed body, before any
page request: which of its entry URLs are known already),
`on_feed` (one FeedOutcome per feed, failures included) and `on_page` (one Page per article).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator, Callable, Collection, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from scrapy import Request, Spider
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.dates import utc_now
from crawler.fetch.errors import classify_error, describe
from crawler.fetch.netguard import trusted_hosts_for
from crawler.fetch.responses import (
    failed_fetch,
    header,
    header_dict,
    is_html_response,
    page_from_response,
)
from crawler.fetch.schedule import cache_hints
from crawler.fetch.stack import META_ENTRY, META_SOURCE_ID, StopCrawl
from crawler.items import ErrorKind, FeedEntry, FeedJob, FeedOutcome, Page, PageFailure
from crawler.sources.feeds import FeedParseError, parse_feed

logger = logging.getLogger(__name__)

META_JOB = "newsagg_feed_job"
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
)
FEED_PRIORITY = 10  # all feeds first, then article pages
PERMANENT_REDIRECTS = frozenset({301, 308})


# which of these entry URLs are known already (stored or rejected): one call per feed body
KnownUrls = Callable[[Sequence[str]], Collection[str]]


class FeedSpider(Spider):
    name = "feeds"

    def __init__(
        self,
        jobs: Iterable[FeedJob],
        known_urls: KnownUrls,
        on_page: Callable[[Page], None],
        on_feed: Callable[[FeedOutcome], None],
        on_page_error: Callable[[PageFailure], None] | None = None,
        fetch_articles: bool = True,
        clock: Callable[[], datetime] = utc_now,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.jobs = list(jobs)
        self.known_urls = known_urls
        self.on_page = on_page
        self.on_feed = on_feed
        self.on_page_error = on_page_error
        self.fetch_articles = fetch_articles
        self.clock = clock
        # the private-address guard lets these through; links found in content are checked
        self.trusted_hosts = trusted_hosts_for(j.url for j in self.jobs if j.allow_private)
        self.requested_pages: set[str] = set()

    async def start(self) -> AsyncIterator[Request]:
        for job in self.jobs:
            yield self.feed_request(job)
            if self.fetch_articles:
                for request in self.page_requests(job.source_id, job.retry_entries):
                    yield request

    def feed_request(self, job: FeedJob) -> Request:
        headers = {"Accept": FEED_ACCEPT}
        if not job.is_unconditional:
            if job.etag:
                headers["If-None-Match"] = job.etag
            if job.last_modified:
                headers["If-Modified-Since"] = job.last_modified
        return Request(
            job.url,
            headers=headers,
            callback=self.parse_feed_response,
            errback=self.feed_failed,
            priority=FEED_PRIORITY,
            dont_filter=True,  # redirect loops end at REDIRECT_MAX_TIMES, not silently
            meta={
                META_JOB: job,
                META_SOURCE_ID: job.source_id,
                "handle_httpstatus_list": [304],
                "newsagg_started_at": self.clock(),
            },
        )

    # --- feeds -------------------------------------------------------------------------------------

    def parse_feed_response(self, response: Response) -> Iterable[Request]:
        job: FeedJob = response.meta[META_JOB]
        try:
            outcome = self.feed_outcome(job, response)
        except FeedParseError as exc:
            kind = classify_error(exception=exc)
            outcome = self.error_outcome(job, response.meta, kind, response, exc.reason)
        except Exception as exc:  # a bug or a failing known_urls: report, keep crawling
            logger.exception("feed processing failed", extra={"url": job.url})
            outcome = self.error_outcome(
                job, response.meta, ErrorKind.OTHER, response, describe(exc)
            )
        self.report(self.on_feed, outcome)
        if self.fetch_articles:
            yield from self.page_requests(outcome.source_id, outcome.new_entries)

    def feed_outcome(self, job: FeedJob, response: Response) -> FeedOutcome:
        headers = header_dict(response)
        common = self.response_fields(job, response, headers)
        if response.status == 304:
            return FeedOutcome(**common, outcome="not_modified", body_hash=job.body_hash)
        body_hash = hashlib.sha256(response.body).hexdigest()
        if body_hash == job.body_hash:
            return FeedOutcome(**common, outcome="not_modified", body_hash=body_hash)
        feed = parse_feed(
            response.body,
            url=job.url,
            content_type=headers.get("content-type"),
            base_url=response.url,
        )
        known = self.known_urls([entry.url for entry in feed.entries])
        new = tuple(entry for entry in feed.entries if entry.url not in known)
        hints = cache_hints(
            headers, self.clock(), ttl_s=feed.ttl_s, update_period_s=feed.update_period_s
        )
        common["hints"] = hints
        return FeedOutcome(**common, outcome="ok", body_hash=body_hash, feed=feed, new_entries=new)

    def response_fields(
        self, job: FeedJob, response: Response, headers: Mapping[str, str]
    ) -> dict[str, Any]:
        reasons = response.meta.get("redirect_reasons", [])
        return {
            "source_id": job.source_id,
            "url": job.url,
            "started_at": response.meta["newsagg_started_at"],
            "was_unconditional": job.is_unconditional,
            "http_status": response.status,
            "duration_s": response.meta.get("download_latency"),
            "final_url": response.url,
            "is_permanent_redirect": bool(reasons)
            and all(r in PERMANENT_REDIRECTS for r in reasons),
            "etag": headers.get("etag") or (job.etag if response.status == 304 else None),
            "last_modified": headers.get("last-modified")
            or (job.last_modified if response.status == 304 else None),
            "bytes": len(response.body),
            "hints": cache_hints(headers, self.clock()),
        }

    def feed_failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]  # set by Scrapy on errbacks
        job: FeedJob = request.meta[META_JOB]
        failed = failed_fetch(failure)
        outcome = self.error_outcome(
            job, request.meta, failed.kind, failed.response, failed.message
        )
        self.report(self.on_feed, outcome)

    def error_outcome(
        self,
        job: FeedJob,
        meta: Mapping[str, Any],
        kind: ErrorKind,
        response: Response | None,
        message: str,
    ) -> FeedOutcome:
        headers = header_dict(response)
        return FeedOutcome(
            source_id=job.source_id,
            url=job.url,
            outcome="error",
            started_at=meta.get("newsagg_started_at") or self.clock(),
            was_unconditional=job.is_unconditional,
            http_status=response.status if response is not None else None,
            duration_s=meta.get("download_latency"),
            final_url=response.url if response is not None else None,
            hints=cache_hints(headers, self.clock()),
            error_kind=kind,
            error=message,
        )

    # --- article pages -----------------------------------------------------------------------------

    def page_requests(self, source_id: int, entries: Iterable[FeedEntry]) -> Iterable[Request]:
        for entry in entries:
            if entry.url in self.requested_pages:
                continue  # the same article in two feeds of this crawl
            self.requested_pages.add(entry.url)
            yield Request(
                entry.url,
                callback=self.parse_page,
                errback=self.page_failed,
                dont_filter=True,
                meta={META_ENTRY: entry, META_SOURCE_ID: source_id},
            )

    def parse_page(self, response: Response) -> None:
        entry: FeedEntry = response.meta[META_ENTRY]
        if not is_html_response(response):
            content_type = header(response, "Content-Type")
            failure = PageFailure(
                source_id=response.meta[META_SOURCE_ID],
                url=entry.url,
                entry=entry,
                error_kind=ErrorKind.NOT_HTML,
                error=f"content type {content_type} is not a web page",
                http_status=response.status,
            )
            self.report(self.on_page_error, failure)
            return
        page = page_from_response(
            response, fetched_at=self.clock(), entry=entry, requested=entry.url
        )
        self.report(self.on_page, page)

    def page_failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]  # set by Scrapy on errbacks
        failed = failed_fetch(failure)
        page_failure = PageFailure(
            source_id=request.meta[META_SOURCE_ID],
            url=request.meta[META_ENTRY].url,
            entry=request.meta[META_ENTRY],
            error_kind=failed.kind,
            error=failed.message,
            http_status=failed.status,
        )
        self.report(self.on_page_error, page_failure)

    def report(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        """Call an injected callback; its failure is logged, never ends the crawl."""
        if callback is None:
            return
        try:
            callback(value)
        except StopCrawl:
            raise  # the caller cannot store anything more (e.g. the disk is full): end the crawl
        except Exception:
            logger.exception(
                "callback failed", extra={"callback": getattr(callback, "__name__", "")}
            )
            crawler = getattr(self, "crawler", None)
            if crawler is not None and crawler.stats is not None:
                crawler.stats.inc_value("newsagg/callback_errors")
