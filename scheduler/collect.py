"""Collection runs shared by the one-off commands and the daemon's cycles: crawl and poll sources.

One call per process (Twisted's reactor runs once). Each run records, per source, a fetch event
and the source's health and next check time; one failing source never fails the others.
"""

from __future__ import annotations

import hashlib
import logging
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from apscheduler.triggers.cron import CronTrigger

from crawler.fetch import (
    CrawlError,
    ErrorKind,
    FeedJob,
    FeedOutcome,
    PageFailure,
    crawl_sites,
    next_check_after_failure,
    next_check_after_success,
    poll_feeds,
    should_poll_unconditionally,
)
from crawler.fetch.frontier import expire_frontier, redis_frontier_settings
from crawler.items import Page
from scheduler.context import AppContext, utc_now
from scheduler.store_pages import PageStore
from settings.model import PollSettings
from storage import articles, sources
from storage.db import transaction
from storage.models import FetchEvent, Source

log = logging.getLogger("newsagg.collect")


@dataclass
class Summary:
    """What a run did: page outcomes (new, duplicate, off_topic, ...) and source check outcomes."""

    pages: Counter[str] = field(default_factory=Counter)
    checks: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"pages": dict(self.pages), "checks": dict(self.checks), "errors": self.errors}


@dataclass(frozen=True, slots=True)
class SourceRef:
    id: int
    url: str
    kind: str
    topic: str | None
    interval_s: int | None
    cron: str | None
    consecutive_failures: int


def load_sources(context: AppContext, ids: Sequence[int]) -> list[SourceRef]:
    with context.reader()() as session:
        rows = [session.get(Source, source_id) for source_id in ids]
    return [
        SourceRef(s.id, s.url, s.kind, s.topic, s.interval_s, s.cron, s.consecutive_failures)
        for s in rows
        if s is not None
    ]


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
    error: str | None = None
    result: dict[str, Any] = {}
    urls = [ref.url for ref in refs]
    frontier = _frontier(context, urls, started_at)
    try:
        result = crawl_sites(
            urls, context.settings.http, context.settings.crawl,
            since=since, is_known=store.is_known, on_page=on_page, on_progress=on_progress,
            jobdir=jobdir, scrapy_overrides=frontier.settings if frontier else None,
        )  # fmt: skip
    except CrawlError as exc:
        error = str(exc)
        summary.errors.append(error)
    if frontier is not None:
        expire_frontier(frontier.redis_url, frontier.key, context.settings.crawl.interval_s)
    summary.pages.update(store.counts)
    for ref in refs:
        _record_crawl(context, ref, started_at, store.counts, result, error)
        summary.checks["error" if error else "ok"] += 1
    log.info("crawl done", extra={"sources": len(refs), **store.counts, **_counts(result)})
    return summary


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


def _record_crawl(
    context: AppContext,
    ref: SourceRef,
    started_at: datetime,
    counts: Counter[str],
    result: dict[str, Any],
    error: str | None,
) -> None:
    now = utc_now()
    with transaction(context.writer()) as session:
        source = session.get(Source, ref.id)
        if source is None:
            return  # removed while we crawled
        source.last_checked_at = now
        if error is None:
            source.last_success_at = now
            source.consecutive_failures = 0
            source.next_check_at = next_crawl_at(ref, context.settings.crawl.interval_s, now)
        else:
            source.consecutive_failures += 1
            source.last_error_at, source.last_error_kind, source.last_error = now, "crawl", error
            source.next_check_at = next_check_after_failure(
                now=now, poll=context.settings.poll, rng=random.Random(),
                consecutive_failures=source.consecutive_failures,
            ).next_check_at  # fmt: skip
        session.add(
            FetchEvent(
                source_id=ref.id, url=ref.url, kind=ref.kind, started_at=started_at,
                duration_s=(now - started_at).total_seconds(),
                outcome="error" if error else "ok", error_kind="crawl" if error else None,
                error=error, entries=int(result.get("pages_fetched", 0)),
                new=counts["new"], duplicate=counts["duplicate"], off_topic=counts["off_topic"],
                failed=counts["failed"],
            )
        )  # fmt: skip


def next_crawl_at(ref: SourceRef, default_interval_s: int, now: datetime) -> datetime:
    """The cron schedule's next time if the source has one, else now + its interval."""
    if ref.cron:
        fire = CronTrigger.from_crontab(ref.cron, timezone="UTC").get_next_fire_time(None, now)
        if fire is not None:
            return fire
    return now + timedelta(seconds=ref.interval_s or default_interval_s)


# poll ----------------------------------------------------------------------------------------
def poll_sources(
    context: AppContext,
    source_ids: Sequence[int],
    *,
    topic: str | None = None,
    on_feed_done: Callable[[], None] | None = None,
) -> Summary:
    """Poll feed sources once (conditional GET), then fetch and store their new articles."""
    settings = context.settings
    now = utc_now()
    with context.reader()() as session:
        rows = [session.get(Source, source_id) for source_id in source_ids]
        jobs = [feed_job(source, now, settings.poll) for source in rows if source is not None]
        topics = {source.id: source.topic for source in rows if source is not None}
    store = PageStore(settings, context.reader(), context.writer(), topic=topic)
    per_source: dict[int, Counter[str]] = {job.source_id: Counter() for job in jobs}
    source_of_feed = {job.url: job.source_id for job in jobs}
    summary = Summary()

    def on_page(page: Page) -> None:
        source_id = source_of_feed.get(page.entry.feed_url) if page.entry else None
        outcome = store.handle_page(page, source_id=source_id, topic=topics.get(source_id or -1))
        if source_id is not None:
            per_source[source_id][outcome] += 1

    def on_page_error(failure: PageFailure) -> None:
        per_source.setdefault(failure.source_id, Counter())["failed"] += 1
        store.counts["failed"] += 1
        if failure.error_kind == ErrorKind.NOT_HTML:  # a PDF or image will not become a page
            with transaction(context.writer()) as session:
                articles.reject(session, failure.url, "not_article", now=utc_now(),
                                source_id=failure.source_id)  # fmt: skip

    outcomes: list[FeedOutcome] = []

    def on_feed(outcome: FeedOutcome) -> None:
        outcomes.append(outcome)
        record_feed_outcome(context, outcome)
        summary.checks[outcome.outcome] += 1
        if on_feed_done is not None:
            on_feed_done()

    try:
        poll_feeds(
            jobs, settings.http, is_known=store.is_known, on_page=on_page, on_feed=on_feed,
            on_page_error=on_page_error, fetch_articles=settings.poll.fetch_articles,
        )  # fmt: skip
    except CrawlError as exc:
        summary.errors.append(str(exc))
    for outcome in outcomes:
        _record_poll_event(context, outcome, per_source.get(outcome.source_id, Counter()))
        if outcome.error:
            summary.errors.append(f"{outcome.url}: {outcome.error_kind}: {outcome.error}")
    summary.pages.update(store.counts)
    return summary


def feed_job(source: Source, now: datetime, poll: PollSettings) -> FeedJob:
    unconditional = should_poll_unconditionally(
        source.polls_since_unconditional, source.last_new_entry_at, now, poll
    )
    return FeedJob(
        source_id=source.id,
        url=source.url,
        etag=source.etag,
        last_modified=source.last_modified,
        body_hash=None if unconditional else source.body_hash,
        is_unconditional=unconditional,
    )


def record_feed_outcome(context: AppContext, outcome: FeedOutcome) -> None:
    """Store what a poll learnt on the source row: validators, health, next check, moves."""
    now = utc_now()
    rng = random.Random()
    with transaction(context.writer()) as session:
        source = session.get(Source, outcome.source_id)
        if source is None:
            return  # removed while we polled
        source.last_checked_at = now
        if outcome.outcome == "error":
            _record_failure(source, outcome, now, context.settings.poll, rng)
        else:
            _record_success(source, outcome, now, context.settings.poll, rng)
        if (
            outcome.has_moved
            and outcome.final_url
            and sources.find(session, outcome.final_url) is None
        ):
            log.info("feed moved permanently", extra={"source_id": source.id, "url": source.url,
                                                       "new_url": outcome.final_url})  # fmt: skip
            source.url = outcome.final_url


def _record_success(
    source: Source, outcome: FeedOutcome, now: datetime, poll: PollSettings, rng: random.Random
) -> None:
    source.consecutive_failures = 0
    source.last_success_at = now
    source.etag, source.last_modified = outcome.etag, outcome.last_modified
    source.body_hash = outcome.body_hash or source.body_hash
    source.polls_since_unconditional = (
        0 if outcome.was_unconditional else source.polls_since_unconditional + 1
    )
    if outcome.new_entries:
        source.last_new_entry_at = now
    fresh = outcome.outcome == "ok"
    plan = next_check_after_success(
        now=now, poll=poll, rng=rng, hints=outcome.hints,
        published_times=outcome.feed.published_times if outcome.feed else (),
        # a 304 or an unchanged body counts as "nothing new": the interval stretches
        new_entries=len(outcome.new_entries), total_entries=len(outcome.entries) if fresh else 1,
        previous_interval_s=source.interval_s,
    )  # fmt: skip
    source.next_check_at, source.interval_s = plan.next_check_at, plan.interval_s


def _record_failure(
    source: Source, outcome: FeedOutcome, now: datetime, poll: PollSettings, rng: random.Random
) -> None:
    source.consecutive_failures += 1
    source.last_error_at = now
    source.last_error_kind = str(outcome.error_kind) if outcome.error_kind else "other"
    source.last_error = outcome.error
    plan = next_check_after_failure(
        now=now, poll=poll, rng=rng, consecutive_failures=source.consecutive_failures,
        retry_after_s=outcome.hints.retry_after_s,
    )  # fmt: skip
    source.next_check_at = plan.next_check_at
    log.warning(
        "feed failed",
        extra={"source_id": source.id, "url": source.url, "error_kind": source.last_error_kind,
               "failures": source.consecutive_failures, "next_check_at": plan.next_check_at},
    )  # fmt: skip


def _record_poll_event(context: AppContext, outcome: FeedOutcome, counts: Counter[str]) -> None:
    with transaction(context.writer()) as session:
        if session.get(Source, outcome.source_id) is None:
            return
        session.add(
            FetchEvent(
                source_id=outcome.source_id, url=outcome.url, kind="feed",
                started_at=outcome.started_at, duration_s=outcome.duration_s,
                status=outcome.http_status, outcome=outcome.outcome,
                error_kind=str(outcome.error_kind) if outcome.error_kind else None,
                error=outcome.error, bytes=outcome.bytes, entries=len(outcome.entries),
                new=counts["new"], duplicate=counts["duplicate"] + counts["unchanged"],
                off_topic=counts["off_topic"], failed=counts["failed"] + counts["not_article"],
            )
        )  # fmt: skip
    log.info(
        "feed polled",
        extra={"source_id": outcome.source_id, "url": outcome.url, "outcome": outcome.outcome,
               "status": outcome.http_status, "entries": len(outcome.entries),
               "fetched": len(outcome.new_entries), **counts},
    )  # fmt: skip
