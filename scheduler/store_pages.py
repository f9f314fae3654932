"""The storage side of a crawl: known-URL checks before fetching, and pages into articles.

Spiders (crawler/) call `known_urls` or `is_known` before requesting pages, and `handle_page`
(one page, stored at once) or `submit` (stored with its batch) for each fetched article page;
they run in the crawl's thread. A batch is one short transaction (storage.batches: a few
statements for the whole batch, the same rows and decisions as page by page): a crash loses at
most the pages of the batch in flight, which are not known and so are fetched again by the next
run, and nothing is stored twice (the unique keys hold).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from crawler.items import Page
from crawler.urls import url_key
from scheduler.context import utc_now
from settings import DedupSettings, Settings
from storage import known, rejections
from storage.db import StorageFullError, is_storage_full, transaction

if TYPE_CHECKING:  # loaded with the first page to store: a poll of unchanged feeds needs none
    from crawler.clutter import TemplateMemory
    from crawler.topic import TopicScorer
    from storage.batches import Item

log = logging.getLogger("newsagg.store")

OnOutcome = Callable[[str], None]


@dataclass
class PageStore:
    """Turns fetched pages into stored articles for one crawl (one process)."""

    settings: Settings
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]
    topic: str | None = None  # None: the configured topic; "none": keep everything
    counts: Counter[str] = field(default_factory=Counter)
    _template: TemplateMemory | None = None
    _scorers: dict[str, TopicScorer | None] = field(default_factory=dict)
    batch_pages: int = 1  # pages written per transaction (1: each page stored at once)
    batch_s: float = 2.0  # a batch is written when its first page has waited this long
    _handed: set[str] = field(default_factory=set)
    _batch: list[_Write] = field(default_factory=list)
    _batch_started_s: float = 0.0

    def is_known(self, url: str) -> bool:
        return url in self.known_urls([url])

    def known_urls(self, urls: Sequence[str]) -> set[str]:
        """The URLs not to fetch: stored, rejected under this run's topic, or handed on in this
        crawl (one query per chunk, not per URL). A page rejected as off topic under another
        topic is reconsidered now, from its kept HTML when there is some (then it is not
        fetched), else by fetching it."""
        keys = {url: url_key(url) for url in urls}
        unsettled: list[str] = []
        with self.reader() as session:
            open_keys = set(keys.values()) - self._handed
            found = known.stored_keys(session, open_keys)
            for key, row in rejections.find_many(session, open_keys - found).items():
                if rejections.is_settled(row, self.topic_name()):
                    found.add(key)
                else:
                    unsettled.append(row.url)
        found.update(url_key(url) for url in unsettled if self._reconsider(url))
        return {url for url, key in keys.items() if key in found or key in self._handed}

    def _reconsider(self, url: str) -> bool:
        """Re-score a page rejected under another topic from its kept HTML; False: none kept."""
        with self.reader() as session:
            rejected = rejections.find(session, url, with_html=True)
            html = rejections.page_html(rejected) if rejected is not None else None
        if rejected is None or html is None:
            return False
        page = Page(url=rejected.url, html=html, fetched_at=rejected.seen_at)
        self.handle_page(page, source_id=rejected.source_id, topic=self.topic_name())
        self.counts["reconsidered"] += 1
        return True

    def topic_name(self, topic: str | None = None) -> str:
        return topic or self.topic or self.settings.topic

    def scorer(self, topic: str | None) -> TopicScorer | None:
        from crawler.topic import TopicScorer

        name = self.topic_name(topic)
        if name not in self._scorers:
            profile = self.settings.topic_profile(name)
            self._scorers[name] = None if profile is None else TopicScorer(name, profile)
        return self._scorers[name]

    def handle_page(
        self, page: Page, *, source_id: int | None = None, topic: str | None = None
    ) -> str:
        """Extract, clean, classify and store one page now (with any pages waiting for their
        batch); returns its outcome: new, duplicate, revised, unchanged (from articles.save),
        off_topic, not_article or failed."""
        outcomes: list[str] = []
        self.submit(page, source_id=source_id, topic=topic, on_done=outcomes.append)
        self.flush()
        return outcomes[0]

    def submit(
        self,
        page: Page,
        *,
        source_id: int | None = None,
        topic: str | None = None,
        on_done: OnOutcome | None = None,
    ) -> None:
        """Extract, clean and classify one page now; its write joins the batch, which is
        stored when it holds `batch_pages` pages or its first page waited `batch_s` seconds
        (and by `flush`). `on_done` gets the page's outcome once it is stored or failed."""
        self._handed.add(url_key(page.url))
        if page.requested_url:
            self._handed.add(url_key(page.requested_url))
        try:
            write = self._prepare(page, source_id, topic)
        except Exception as exc:  # one bad page must never end the crawl
            log.warning("page failed", extra={"url": page.url, "error": repr(exc)})
            self._finish("failed", on_done)
            return
        if not self._batch:
            self._batch_started_s = time.monotonic()
        self._batch.append(_Write(page.url, write, on_done))
        waited_s = time.monotonic() - self._batch_started_s
        if len(self._batch) >= self.batch_pages or waited_s >= self.batch_s:
            self.flush()

    def flush(self) -> None:
        """Store the batch in one transaction. If that fails, each page is written in its own
        transaction as before batching: a bad page costs only itself, a duplicate that another
        process stored meanwhile is folded in on the retry. A full disk ends the crawl."""
        batch, self._batch = self._batch, []
        if not batch:
            return
        from storage import batches

        try:
            with transaction(self.writer) as session:
                outcomes = batches.save_all(session, [w.item for w in batch], self.settings.dedup)
        except Exception as exc:
            if is_storage_full(exc):
                raise StorageFullError(str(exc)) from exc
            outcomes = [self._write_alone(write) for write in batch]
        for write, outcome in zip(batch, outcomes, strict=True):
            self._finish(outcome, write.on_done)

    def _write_alone(self, write: _Write) -> str:
        try:
            for attempt in (1, 2):
                try:
                    with transaction(self.writer) as session:
                        return _write_one(session, write.item, self.settings.dedup)
                except IntegrityError:
                    # another process stored the same URL or text between our check and
                    # insert; the second attempt finds it and folds this copy in
                    if attempt == 2:
                        raise
        except Exception as exc:
            if is_storage_full(exc):  # a full disk ends the crawl: nothing more can be stored
                raise StorageFullError(str(exc)) from exc
            log.warning("page failed", extra={"url": write.url, "error": repr(exc)})
        return "failed"

    def _finish(self, outcome: str, on_done: OnOutcome | None) -> None:
        self.counts[outcome] += 1
        if on_done is not None:
            on_done(outcome)

    def _prepare(self, page: Page, source_id: int | None, topic: str | None) -> Item:
        """Analyse the page; the write that stores (or rejects) it, to run in a transaction."""
        # extraction (trafilatura, lxml) loads with the first page: a poll of unchanged feeds
        # never pays for it
        from crawler.analyse import analyse_page
        from crawler.clutter import TemplateMemory
        from storage import articles
        from storage.batches import OtherWrite

        if self._template is None:
            self._template = TemplateMemory()
        analysis = analyse_page(page, self.scorer(topic), self._template)
        now = page.fetched_at or utc_now()
        article = analysis.article
        if article is None or not analysis.is_relevant:
            reason = "not_article" if article is None else "off_topic"
            return OtherWrite(page.url, partial(
                _reject, url=page.url, reason=reason, now=now, relevance=analysis.relevance,
                source_id=source_id, html=page.html, title=article.title if article else None,
                detail=None if article else "no article text found on the page",
            ))  # fmt: skip
        return articles.Candidate(
            article=article,
            relevance=analysis.relevance,
            html=page.html,
            fetched_at=now,
            source_id=source_id,
            seen_urls=(page.requested_url,) if page.requested_url else (),
        )


@dataclass(frozen=True, slots=True)
class _Write:
    """One page's write, waiting for its batch."""

    url: str
    item: Item  # a candidate to save, or another write (a rejection)
    on_done: OnOutcome | None


def _reject(session: Session, *, url: str, reason: str, **fields: Any) -> str:
    rejections.reject(session, url, reason, **fields)
    return reason


def _write_one(session: Session, item: Item, dedup: DedupSettings) -> str:
    from storage import articles

    if isinstance(item, articles.Candidate):
        return articles.save(session, item, dedup).status
    return item.apply(session)
