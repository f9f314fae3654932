"""The storage side of a crawl: known-URL checks before fetching, and pages into articles.

Spiders (crawler/) call `known_urls` or `is_known` before requesting pages and `handle_page` for
each fetched article page; they run in the crawl's thread and write through short transactions, so a crash
loses at most the page in flight and nothing is stored twice (the unique keys hold).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from crawler.clutter import TemplateMemory
from crawler.items import Page
from crawler.topic import TopicScorer
from crawler.urls import url_key
from scheduler.context import utc_now
from settings import Settings
from storage import articles, rejections
from storage.db import StorageFullError, is_storage_full, transaction

log = logging.getLogger("newsagg.store")


@dataclass
class PageStore:
    """Turns fetched pages into stored articles for one crawl (one process)."""

    settings: Settings
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]
    topic: str | None = None  # None: the configured topic; "none": keep everything
    counts: Counter[str] = field(default_factory=Counter)
    template: TemplateMemory = field(default_factory=TemplateMemory)
    _scorers: dict[str, TopicScorer | None] = field(default_factory=dict)
    _handed: set[str] = field(default_factory=set)

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
            known = articles.stored_keys(session, open_keys)
            for key, row in rejections.find_many(session, open_keys - known).items():
                if rejections.is_settled(row, self.topic_name()):
                    known.add(key)
                else:
                    unsettled.append(row.url)
        known.update(url_key(url) for url in unsettled if self._reconsider(url))
        return {url for url, key in keys.items() if key in known or key in self._handed}

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
        name = self.topic_name(topic)
        if name not in self._scorers:
            profile = self.settings.topic_profile(name)
            self._scorers[name] = None if profile is None else TopicScorer(name, profile)
        return self._scorers[name]

    def handle_page(
        self, page: Page, *, source_id: int | None = None, topic: str | None = None
    ) -> str:
        """Extract, clean, classify and store one page; returns its outcome: new, duplicate,
        revised, unchanged (from articles.save), off_topic, not_article or failed."""
        self._handed.add(url_key(page.url))
        if page.requested_url:
            self._handed.add(url_key(page.requested_url))
        try:
            outcome = self._process(page, source_id, topic)
        except Exception as exc:  # one bad page must never end the crawl...
            if is_storage_full(exc):  # ...but a full disk ends it: nothing more can be stored
                raise StorageFullError(str(exc)) from exc
            log.warning("page failed", extra={"url": page.url, "error": repr(exc)})
            outcome = "failed"
        self.counts[outcome] += 1
        return outcome

    def _process(self, page: Page, source_id: int | None, topic: str | None) -> str:
        # extraction (trafilatura, lxml) loads with the first page: a poll of unchanged feeds
        # never pays for it
        from crawler.analyse import analyse_page

        analysis = analyse_page(page, self.scorer(topic), self.template)
        now = page.fetched_at or utc_now()
        if analysis.article is None or not analysis.is_relevant:
            reason = "not_article" if analysis.article is None else "off_topic"
            with transaction(self.writer) as session:
                rejections.reject(
                    session, page.url, reason, now=now, relevance=analysis.relevance,
                    source_id=source_id, html=page.html,
                    title=analysis.article.title if analysis.article else None,
                    detail=None if analysis.article else "no article text found on the page",
                )  # fmt: skip
            return reason
        candidate = articles.Candidate(
            article=analysis.article,
            relevance=analysis.relevance,
            html=page.html,
            fetched_at=now,
            source_id=source_id,
            seen_urls=(page.requested_url,) if page.requested_url else (),
        )
        return self._save(candidate)

    def _save(self, candidate: articles.Candidate) -> str:
        for attempt in (1, 2):
            try:
                with transaction(self.writer) as session:
                    return articles.save(session, candidate, self.settings.dedup).status
            except IntegrityError:
                # another process stored the same URL or text between our check and insert;
                # the second attempt finds it and folds this copy in
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")
