"""A crawl run: site and sitemap sources once, their article pages stored, each source's
outcome recorded. One call per process (Twisted's reactor runs once); orchestration only."""

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

from crawler.fetch import CrawlError
from crawler.fetch.frontier import expire_frontier, redis_frontier_settings
from crawler.fetch.sites import failed_fetches, nothing_fetched
from crawler.fetch.stack import StopCrawl
from crawler.items import Page
from scheduler.collect import Summary, guard_writes
from scheduler.context import AppContext, utc_now
from scheduler.store_pages import PageStore
from storage import sources
from storage.db import transaction
from storage.models import Source

log = logging.getLogger("newsagg.collect")

# A crawl stores its pages in batches: one transaction per BATCH_PAGES pages, or sooner when
# the first page of a batch has waited BATCH_S seconds (slow, polite crawls), and at the end.
BATCH_PAGES, BATCH_S = 50, 2.0


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


def crawl_sources(
    context: AppContext,
    source_ids: Sequence[int],
    *,
    topic: str | None = None,
    since: datetime | None = None,
    jobdir: Path | None = None,
    on_progress: Callable[[dict[str, int]], None] | None = None,
) -> Summary:
    """Crawl site and sitemap sources once, storing relevant articles; each source is recorded
    with its own outcome and the pages reached from its start URL."""
    refs = load_sources(context, source_ids)
    store = PageStore(context.settings, context.reader(), context.writer(), topic=topic,
                      batch_pages=BATCH_PAGES, batch_s=BATCH_S)  # fmt: skip
    run = CrawlRun(store, {ref.url: ref for ref in refs})
    started_at = utc_now()
    try:
        result = _crawl(context, list(run.by_url), store, run.on_page, started_at, since=since,
                        jobdir=jobdir, on_progress=on_progress)  # fmt: skip
        error = None
    except CrawlError as exc:
        result, error = {}, str(exc)
        run.summary.errors.append(error)
    finally:
        run.flush()
    run.summary.pages.update(store.counts)
    run.summary.failed_fetches.update(failed_fetches(result))
    shared = context.settings.crawl.frontier_redis_url is not None
    if run.summary.fatal is None:
        for ref in refs:
            failed = error or _source_error(result, ref.url, run.summary.failed_fetches, shared)
            _record_crawl(context, ref.id, started_at, run.pages_of(ref.id, len(refs)), result,
                          failed)  # fmt: skip
            run.summary.checks["error" if failed else "ok"] += 1
            if failed and not error:
                run.summary.errors.append(f"{ref.url}: {failed}")
    log.info("crawl done", extra={"sources": len(refs), **store.counts, **_counts(result)})
    return run.summary


@dataclass
class CrawlRun:
    """One crawl's page callback: each page credited to the source whose start URL led to it."""

    store: PageStore
    by_url: dict[str, SourceRef]
    summary: Summary = field(default_factory=Summary)
    per_source: dict[int, Counter[str]] = field(default_factory=dict)

    def on_page(self, page: Page) -> None:
        ref = self.by_url.get(page.source_url or "")
        if ref is None and len(self.by_url) == 1:
            ref = next(iter(self.by_url.values()))
        tally = None if ref is None else self.per_source.setdefault(ref.id, Counter())
        with guard_writes(self.summary):
            self.store.submit(
                page, source_id=ref.id if ref else None, topic=ref.topic if ref else None,
                on_done=None if tally is None else _counter(tally),
            )  # fmt: skip

    def flush(self) -> None:
        """Store the pages still waiting for their batch, once the crawl is over."""
        try:
            with guard_writes(self.summary):
                self.store.flush()
        except StopCrawl:
            pass  # the disk is full: summary.fatal says so, and the crawl is over anyway

    def pages_of(self, source_id: int, sources_crawled: int) -> Counter[str]:
        """The source's page outcomes; links that failed inside the crawl count as its failed
        pages when it was crawled alone (the spider counts failures per crawl)."""
        pages = self.per_source.get(source_id, Counter())
        if sources_crawled == 1:
            pages = pages + Counter(failed=self.summary.failed_fetches.total())
        return pages


def _counter(tally: Counter[str]) -> Callable[[str], None]:
    def count(outcome: str) -> None:
        tally[outcome] += 1

    return count


def _source_error(
    result: dict[str, Any], url: str, failures: Counter[str], shared: bool
) -> str | None:
    """A source none of whose responses could be used failed (a refused sitemap, a start URL
    that loops or times out). One this process saw no response for (a shared frontier gave its
    pages to another process) failed only if the whole crawl fetched nothing and failed."""
    tally = result.get("origins", {}).get(url)
    if tally is None:
        return nothing_fetched(result, failures) if shared else "no response from the start URL"
    if tally.get("ok", 0) > 0:
        return None
    return str(tally.get("error") or "no usable response")


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
            known_urls=store.known_urls, on_page=on_page, scrapy_overrides=frontier.settings if frontier else None, **options,
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
