"""A poll run: feeds with conditional GET, then the pages of their new and pending entries.

One call per process (Twisted's reactor runs once). Orchestration only: the spider fetches, the
PageStore stores pages, storage.sources records each feed's check and storage.entries each
announced entry's state; one failing source never fails the others.
"""

from __future__ import annotations

import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from crawler.fetch import CrawlError, FeedOutcome, PageFailure, poll_feeds
from crawler.items import FeedJob, Page
from scheduler.collect import Summary, guard_writes
from scheduler.context import AppContext, utc_now
from scheduler.store_pages import PageStore
from storage import entries, events, sources
from storage.db import transaction

log = logging.getLogger("newsagg.collect")
EVENTS_PER_TRANSACTION = 200  # fetch events written together at the end of a poll
CHECKS_PER_TRANSACTION = 100  # feed checks without entries to fetch, saved together...
CHECKS_MAX_WAIT_S = 5.0  # ...and at the latest this long after the first of them


def poll_sources(
    context: AppContext,
    source_ids: Sequence[int],
    *,
    topic: str | None = None,
    on_progress: Callable[[str, int], None] | None = None,
) -> Summary:
    """Poll feed sources once (conditional GET), then fetch and store the pages of their new
    entries and of the pending entries due for another try."""
    settings = context.settings
    store = PageStore(settings, context.reader(), context.writer(), topic=topic)
    jobs, topics = _feed_jobs(context, store, source_ids, utc_now(), topic)
    feeds = {e.feed_url: job.source_id for job in jobs for e in job.retry_entries}
    feeds.update({job.url: job.source_id for job in jobs})  # entries name the feed they came from
    run = PollRun(context, store, topics, feeds, on_progress)
    try:
        poll_feeds(
            jobs, settings.http, known_urls=store.known_urls, on_page=run.on_page,
            on_feed=run.on_feed, on_page_error=run.on_page_error,
            fetch_articles=settings.poll.fetch_articles,
        )  # fmt: skip
    except CrawlError as exc:
        run.summary.errors.append(str(exc))
    return run.finish()


def _feed_jobs(
    context: AppContext,
    store: PageStore,
    source_ids: Sequence[int],
    now: datetime,
    topic: str | None,
) -> tuple[list[FeedJob], dict[int, str | None]]:
    """A job per feed source, with its due pending entries; those stored or rejected meanwhile
    (another feed, a crash after the save) are settled here instead of fetched again."""
    poll = context.settings.poll
    with transaction(context.writer()) as session:
        found = sources.get_many(session, source_ids)
        rows = [found[i] for i in dict.fromkeys(source_ids) if i in found]
        retries = entries.due(session, [row.id for row in rows], now)
        for source_id, pending in retries.items():
            known = store.known_urls([entry.url for entry in pending])
            for entry in [entry for entry in pending if entry.url in known]:
                entries.settle(session, source_id, entry.url)
                pending.remove(entry)
        default = context.settings.topic
        jobs = [sources.feed_job(row, now, poll, retopic=topic not in (None, row.topic or default),
                                 retry_entries=retries.get(row.id, ())) for row in rows]  # fmt: skip
        return jobs, {row.id: row.topic for row in rows}


@dataclass
class PollRun:
    """One poll's callbacks from the spider: pages to the store, feed outcomes to the sources,
    and each announced entry's state (pending until its page is settled)."""

    context: AppContext
    store: PageStore
    topics: dict[int, str | None]
    source_of_feed: dict[str, int]
    on_progress: Callable[[str, int], None] | None = None  # (count name, increment)
    summary: Summary = field(default_factory=Summary)
    outcomes: list[FeedOutcome] = field(default_factory=list)
    per_source: dict[int, Counter[str]] = field(default_factory=dict)
    unsaved: list[FeedOutcome] = field(default_factory=list)  # checks not yet on their sources
    unsaved_since: float = 0.0

    def on_page(self, page: Page) -> None:
        self.save_checks()  # the entry's announcement is stored before its page is settled
        source_id = self.source_of_feed.get(page.entry.feed_url) if page.entry else None
        topic = self.topics.get(source_id) if source_id is not None else None
        with guard_writes(self.summary):
            outcome = self.store.handle_page(page, source_id=source_id, topic=topic)
            self.tell("pages_done", 1)
            if source_id is None or page.entry is None:
                return
            self.per_source.setdefault(source_id, Counter())[outcome] += 1
            with transaction(self.context.writer()) as session:
                if outcome != "failed":
                    entries.settle(session, source_id, page.entry.url)
                else:
                    self._failed(session, source_id, page.entry.url, "other", "not processed")

    def on_page_error(self, failure: PageFailure) -> None:
        self.save_checks()
        self.per_source.setdefault(failure.source_id, Counter())["failed"] += 1
        self.store.counts["failed"] += 1
        self.summary.failed_fetches[str(failure.error_kind)] += 1
        self.tell("pages_done", 1)
        log.warning("page failed", extra={
            "source_id": failure.source_id, "url": failure.url, "error_kind": failure.error_kind,
            "error": failure.error, "status": failure.http_status})  # fmt: skip
        with guard_writes(self.summary), transaction(self.context.writer()) as session:
            self._failed(session, failure.source_id, failure.url, failure.error_kind,
                         failure.error, failure.http_status)  # fmt: skip

    def _failed(self, session: Session, source_id: int, url: str, kind: str, error: str,
                status: int | None = None) -> None:  # fmt: skip
        entries.record_failure(session, source_id, url, kind, error, status=status, now=utc_now(),
                               poll=self.context.settings.poll, rng=random.Random())  # fmt: skip

    def on_feed(self, outcome: FeedOutcome) -> None:
        """A feed's check is saved with other checks in one transaction, except when it
        announces entries whose pages will be fetched: those are saved (pending) at once."""
        self.outcomes.append(outcome)
        if not self.unsaved:
            self.unsaved_since = time.monotonic()
        self.unsaved.append(outcome)
        fetches = self.context.settings.poll.fetch_articles and bool(outcome.new_entries)
        if (
            fetches
            or len(self.unsaved) >= CHECKS_PER_TRANSACTION
            or (time.monotonic() - self.unsaved_since > CHECKS_MAX_WAIT_S)
        ):
            self.save_checks()
        self.summary.checks[outcome.outcome] += 1
        self.tell("feeds_done", 1)
        self.tell("pages_queued", len(outcome.new_entries))

    def save_checks(self) -> None:
        """Store the unsaved checks. Lost in a crash, they cost a repeated poll, never a story:
        their sources stay due with their old validators and announce the same entries again."""
        if not self.unsaved:
            return
        chunk, self.unsaved = self.unsaved, []
        with guard_writes(self.summary):
            record_feed_outcomes(self.context, chunk)

    def tell(self, key: str, n: int) -> None:
        if self.on_progress is not None and n:
            self.on_progress(key, n)

    def finish(self) -> Summary:
        """Once every page is handled: one fetch event per feed, with its pages' outcomes,
        written in transactions of EVENTS_PER_TRANSACTION feeds."""
        if self.summary.fatal is None:
            self.save_checks()
        if self.summary.fatal is not None:
            return self.summary  # nothing more can be written
        for start in range(0, len(self.outcomes), EVENTS_PER_TRANSACTION):
            chunk = self.outcomes[start : start + EVENTS_PER_TRANSACTION]
            _record_poll_events(self.context, chunk, self.per_source)
        for outcome in self.outcomes:
            if outcome.error:
                self.summary.errors.append(f"{outcome.url}: {outcome.error_kind}: {outcome.error}")
        self.summary.pages.update(self.store.counts)
        return self.summary


def record_feed_outcomes(context: AppContext, outcomes: Sequence[FeedOutcome]) -> None:
    """Store what polls learnt on their source rows (storage.sources.record_poll) together with
    their new entries as pending (storage.entries), in one transaction, and log it."""
    now, poll = utc_now(), context.settings.poll
    rng = random.Random()
    logs: list[tuple[FeedOutcome, bool, dict[str, Any]]] = []
    with transaction(context.writer()) as session:
        rows = sources.get_many(session, [outcome.source_id for outcome in outcomes])
        for outcome in outcomes:
            source = rows.get(outcome.source_id)
            if source is None:
                continue  # removed while we polled
            old_url = source.url
            if poll.fetch_articles:
                entries.announce(session, source.id, outcome.new_entries, now)
            moved = sources.record_poll(session, source, outcome, now, poll, rng)
            logs.append((outcome, moved, {"source_id": source.id, "url": old_url,
                         "failures": source.consecutive_failures,
                         "next_check_at": source.next_check_at}))  # fmt: skip
    for outcome, moved, state in logs:
        if moved:
            log.info("feed moved permanently", extra={**state, "new_url": outcome.final_url})
        if outcome.outcome == "error":
            log.warning("feed failed", extra={**state, "error_kind": outcome.error_kind or "other"})


def _record_poll_events(
    context: AppContext, outcomes: Sequence[FeedOutcome], per_source: Mapping[int, Counter[str]]
) -> None:
    with transaction(context.writer()) as session:
        recorded = events.record_poll_events(session, outcomes, per_source)
    for outcome in outcomes:
        if outcome.outcome != "error" and outcome.source_id in recorded:  # errors: "feed failed"
            log.info(
                "feed polled",
                extra={"source_id": outcome.source_id, "url": outcome.url,
                       "outcome": outcome.outcome, "status": outcome.http_status,
                       "entries": len(outcome.entries), "fetched": len(outcome.new_entries),
                       **per_source.get(outcome.source_id, {})},
            )  # fmt: skip
