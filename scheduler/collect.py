"""Collection runs shared by the one-off commands and the daemon's cycles: crawl and poll sources.

One call per process (Twisted's reactor runs once). Orchestration only: the spiders fetch, the
PageStore stores pages, storage.sources records each source's check; one failing source never
fails the others.
"""

from __future__ import annotations

import hashlib
import logging
import random
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from crawler.fetch import CrawlError, ErrorKind, FeedOutcome, PageFailure, poll_feeds
from crawler.fetch.frontier import expire_frontier, redis_frontier_settings
from crawler.fetch.sites import failed_fetches, nothing_fetched
from crawler.items import Page
from scheduler.context import AppContext, utc_now
from scheduler.store_pages import PageStore
from storage import rejections, sources
from storage.db import transaction
from storage.models import Source

log = logging.getLogger("newsagg.collect")
EVENTS_PER_TRANSACTION = 200  # fetch events written together at the end of a poll


@dataclass
class Summary:
    """What a run did: page outcomes (new, duplicate, off_topic, ...) and source check outcomes."""

    pages: Counter[str] = field(default_factory=Counter)
    checks: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)  # one per source check that failed
    failed_fetches: Counter[str] = field(default_factory=Counter)  # pages/links by error kind

    def as_dict(self) -> dict[str, Any]:
        return {"pages": dict(self.pages), "checks": dict(self.checks), "errors": self.errors,
                "failed_fetches": dict(self.failed_fetches)}  # fmt: skip


@dataclass(frozen=True, slots=True)
class SourceRef:
    """What a crawl needs of a source row, read before the crawl's long run."""

    id: int
    url: str
    topic: str | None


def load_sources(context: AppContext, ids: Sequence[int]) -> list[SourceRef]:
    with context.reader()() as session:
        rows = [session.get(Source, source_id) for source_id in ids]
    return [SourceRef(row.id, row.url, row.topic) for row in rows if row is not None]


def register_oneoff(context: AppContext, urls: Sequence[str], kind: str) -> list[int]:
    """Source rows for URLs given on the command line, so their state (validators, health) is
    kept; new ones are `oneoff` and disabled, so the daemon does not start polling them."""
    ids = []
    with transaction(context.writer()) as session:
        for url in urls:
            source, created = sources.add(session, url, kind, now=utc_now(), origin="oneoff")
            if created:
                source.enabled = False
            ids.append(source.id)
    return ids


# crawl ---------------------------------------------------------------------------------------
def crawl_sources(
    context: AppContext,
    source_ids: Sequence[int],
    *,
    topic: str | None = None,
    since: datetime | None = None,
    jobdir: Path | None = None,
    on_progress: Callable[[dict[str, int]], None] | None = None,
) -> Summary:
    """Crawl site and sitemap sources once, storing relevant articles."""
    refs = load_sources(context, source_ids)
    store = PageStore(context.settings, context.reader(), context.writer(), topic=topic)
    by_url = {ref.url: ref for ref in refs}
    started_at = utc_now()

    def on_page(page: Page) -> None:
        # spiders tell which start URL (= configured source) led to each page
        ref = by_url.get(page.source_url or "")
        if ref is None and len(refs) == 1:
            ref = refs[0]
        store.handle_page(page, source_id=ref.id if ref else None, topic=ref.topic if ref else None)

    summary = Summary()
    try:
        result = _crawl(context, list(by_url), store, on_page, started_at, since=since,
                        jobdir=jobdir, on_progress=on_progress)  # fmt: skip
        error = None
    except CrawlError as exc:
        result, error = {}, str(exc)
    summary.failed_fetches.update(failed_fetches(result))
    error = error or nothing_fetched(result, summary.failed_fetches)
    summary.errors.extend(f"{ref.url}: {error}" for ref in refs if error)
    summary.pages.update(store.counts)
    # links that failed inside the crawl count as failed pages of its fetch event
    pages = store.counts + Counter(failed=summary.failed_fetches.total())
    for ref in refs:
        _record_crawl(context, ref.id, started_at, pages, result, error)
        summary.checks["error" if error else "ok"] += 1
    log.info("crawl done", extra={"sources": len(refs), **store.counts, **_counts(result)})
    return summary


def _record_crawl(
    context: AppContext,
    source_id: int,
    started_at: datetime,
    counts: Mapping[str, int],
    result: dict[str, Any],
    error: str | None,
) -> None:
    settings = context.settings
    with transaction(context.writer()) as session:
        source = session.get(Source, source_id)
        if source is None:
            return  # removed while we crawled
        sources.record_crawl(
            session, source, started_at=started_at, now=utc_now(), pages=counts,
            pages_fetched=int(result.get("pages_fetched", 0)), error=error,
            crawl_interval_s=settings.crawl.interval_s, poll=settings.poll, rng=random.Random(),
        )  # fmt: skip


def _crawl(
    context: AppContext,
    urls: list[str],
    store: PageStore,
    on_page: Callable[[Page], None],
    started_at: datetime,
    **options: Any,
) -> dict[str, Any]:
    """Run the site/sitemap spiders, through the shared frontier when one is configured."""
    from crawler.fetch import crawl_sites  # the site spider's page typing loads extraction

    frontier = _frontier(context, urls, started_at)
    try:
        return crawl_sites(
            urls, context.settings.http, context.settings.crawl, is_known=store.is_known,
            on_page=on_page, scrapy_overrides=frontier.settings if frontier else None, **options,
        )  # fmt: skip
    finally:
        if frontier is not None:
            expire_frontier(frontier.redis_url, frontier.key, context.settings.crawl.interval_s)


@dataclass(frozen=True, slots=True)
class Frontier:
    redis_url: str
    key: str
    settings: dict[str, Any]


def _frontier(context: AppContext, urls: Sequence[str], now: datetime) -> Frontier | None:
    """The shared Redis frontier, if configured. Processes crawling the same URLs in the same
    schedule window (crawl.interval_s) share one key, and so one queue and seen-set."""
    secret = context.settings.crawl.frontier_redis_url
    if secret is None:
        return None
    window = int(now.timestamp()) // max(1, context.settings.crawl.interval_s)
    digest = hashlib.sha256("\n".join(sorted(urls)).encode()).hexdigest()[:16]
    key = f"newsagg:crawl:{digest}:{window}"
    redis_url = secret.get_secret_value()
    return Frontier(redis_url, key, redis_frontier_settings(redis_url, key))


def _counts(result: dict[str, Any]) -> dict[str, int]:
    return {f"crawl_{k}": v for k, v in result.items() if isinstance(v, int)}


# poll ----------------------------------------------------------------------------------------
def poll_sources(
    context: AppContext,
    source_ids: Sequence[int],
    *,
    topic: str | None = None,
    on_progress: Callable[[str, int], None] | None = None,
) -> Summary:
    """Poll feed sources once (conditional GET), then fetch and store their new articles."""
    settings = context.settings
    now = utc_now()
    with context.reader()() as session:
        rows = [session.get(Source, source_id) for source_id in source_ids]
        jobs = [sources.feed_job(row, now, settings.poll,
                                 retopic=topic not in (None, row.topic or settings.topic))
                for row in rows if row is not None]  # fmt: skip
        topics = {row.id: row.topic for row in rows if row is not None}
    store = PageStore(settings, context.reader(), context.writer(), topic=topic)
    run = PollRun(context, store, topics, {job.url: job.source_id for job in jobs}, on_progress)
    try:
        poll_feeds(
            jobs, settings.http, known_urls=store.known_urls, on_page=run.on_page,
            on_feed=run.on_feed, on_page_error=run.on_page_error,
            fetch_articles=settings.poll.fetch_articles,
        )  # fmt: skip
    except CrawlError as exc:
        run.summary.errors.append(str(exc))
    return run.finish()


@dataclass
class PollRun:
    """One poll's callbacks from the spider: pages to the store, feed outcomes to the sources."""

    context: AppContext
    store: PageStore
    topics: dict[int, str | None]
    source_of_feed: dict[str, int]
    on_progress: Callable[[str, int], None] | None = None  # (count name, increment)
    summary: Summary = field(default_factory=Summary)
    outcomes: list[FeedOutcome] = field(default_factory=list)
    per_source: dict[int, Counter[str]] = field(default_factory=dict)

    def on_page(self, page: Page) -> None:
        source_id = self.source_of_feed.get(page.entry.feed_url) if page.entry else None
        topic = self.topics.get(source_id) if source_id is not None else None
        outcome = self.store.handle_page(page, source_id=source_id, topic=topic)
        self.tell("pages_done", 1)
        if source_id is not None:
            self.per_source.setdefault(source_id, Counter())[outcome] += 1

    def on_page_error(self, failure: PageFailure) -> None:
        self.per_source.setdefault(failure.source_id, Counter())["failed"] += 1
        self.store.counts["failed"] += 1
        self.summary.failed_fetches[str(failure.error_kind)] += 1
        self.tell("pages_done", 1)
        if failure.error_kind == ErrorKind.NOT_HTML:  # a PDF or image will not become a page
            with transaction(self.context.writer()) as session:
                rejections.reject(session, failure.url, "not_article", now=utc_now(),
                                  source_id=failure.source_id, detail=failure.error)  # fmt: skip

    def on_feed(self, outcome: FeedOutcome) -> None:
        self.outcomes.append(outcome)
        record_feed_outcome(self.context, outcome)
        self.summary.checks[outcome.outcome] += 1
        self.tell("feeds_done", 1)
        self.tell("pages_queued", len(outcome.new_entries))

    def tell(self, key: str, n: int) -> None:
        if self.on_progress is not None and n:
            self.on_progress(key, n)

    def finish(self) -> Summary:
        """Once every page is handled: one fetch event per feed, with its pages' outcomes,
        written in transactions of EVENTS_PER_TRANSACTION feeds."""
        for start in range(0, len(self.outcomes), EVENTS_PER_TRANSACTION):
            chunk = self.outcomes[start : start + EVENTS_PER_TRANSACTION]
            _record_poll_events(self.context, chunk, self.per_source)
        for outcome in self.outcomes:
            if outcome.error:
                self.summary.errors.append(f"{outcome.url}: {outcome.error_kind}: {outcome.error}")
        self.summary.pages.update(self.store.counts)
        return self.summary


def record_feed_outcome(context: AppContext, outcome: FeedOutcome) -> None:
    """Store what a poll learnt on the source row (storage.sources.record_poll), and log it."""
    with transaction(context.writer()) as session:
        source = session.get(Source, outcome.source_id)
        if source is None:
            return  # removed while we polled
        old_url = source.url
        moved = sources.record_poll(
            session, source, outcome, utc_now(), context.settings.poll, random.Random()
        )
        state = {"source_id": source.id, "url": old_url, "failures": source.consecutive_failures,
                 "next_check_at": source.next_check_at}  # fmt: skip
    if moved:
        log.info("feed moved permanently", extra={**state, "new_url": outcome.final_url})
    if outcome.outcome == "error":
        log.warning("feed failed", extra={**state, "error_kind": outcome.error_kind or "other"})


def _record_poll_events(
    context: AppContext, outcomes: Sequence[FeedOutcome], per_source: Mapping[int, Counter[str]]
) -> None:
    with transaction(context.writer()) as session:
        recorded = sources.record_poll_events(session, outcomes, per_source)
    for outcome in outcomes:
        if outcome.outcome != "error" and outcome.source_id in recorded:  # errors: "feed failed"
            log.info(
                "feed polled",
                extra={"source_id": outcome.source_id, "url": outcome.url,
                       "outcome": outcome.outcome, "status": outcome.http_status,
                       "entries": len(outcome.entries), "fetched": len(outcome.new_entries),
                       **per_source.get(outcome.source_id, {})},
            )  # fmt: skip
