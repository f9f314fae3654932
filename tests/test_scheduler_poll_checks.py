"""A poll saves feed checks in batches (scheduler.poll_run.PollRun), without ever putting a
story at risk: a check that announces pages to fetch is on its source before any page comes,
the others by the end of the run; a crash before that only means the same poll again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from crawler.items import FeedEntry, FeedOutcome, ParsedFeed
from scheduler.context import AppContext
from scheduler.poll_run import CHECKS_PER_TRANSACTION, PollRun
from scheduler.store_pages import PageStore
from settings import load_settings
from storage import sources
from storage.db import transaction
from storage.models import PendingEntry, Source

NOW = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def context(db_url: str) -> Iterator[AppContext]:
    context = AppContext(load_settings(environ={}, database={"url": db_url}))
    yield context
    context.close()


def poll_run(context: AppContext, feeds: int) -> tuple[PollRun, list[int]]:
    settings = context.settings
    with transaction(context.writer()) as session:
        ids = [sources.add(session, f"http://127.0.0.1/feed/{i}.xml", "feed", now=NOW)[0].id
               for i in range(feeds)]  # fmt: skip
    store = PageStore(settings, context.reader(), context.writer())
    return PollRun(context, store, {}, {}), ids


def checked(run: PollRun) -> dict[int, datetime | None]:
    with run.context.reader()() as session:
        return {row.id: row.last_checked_at for row in session.scalars(select(Source))}


def not_modified(source_id: int) -> FeedOutcome:
    return FeedOutcome(source_id=source_id, url=f"http://127.0.0.1/feed/{source_id}.xml",
                       outcome="not_modified", started_at=NOW, was_unconditional=False,
                       http_status=304, etag='"v1"')  # fmt: skip


def test_checks_without_pages_are_saved_together_by_the_end_of_the_run(
    context: AppContext,
) -> None:
    run, ids = poll_run(context, CHECKS_PER_TRANSACTION + 3)
    for source_id in ids[:3]:
        run.on_feed(not_modified(source_id))
    assert set(checked(run).values()) == {None}  # waiting for more checks to save together
    for source_id in ids[3:]:
        run.on_feed(not_modified(source_id))
    saved = checked(run)
    assert sum(value is not None for value in saved.values()) == CHECKS_PER_TRANSACTION
    run.finish()
    assert None not in checked(run).values()
    with run.context.reader()() as session:
        etags = set(session.scalars(select(Source.etag)))
    assert etags == {'"v1"'}


def test_a_check_announcing_pages_is_saved_before_any_page_arrives(context: AppContext) -> None:
    run, (quiet, busy) = poll_run(context, 2)
    run.on_feed(not_modified(quiet))
    entry = FeedEntry(url="http://127.0.0.1/story.html", feed_url="http://127.0.0.1/feed/1.xml")
    feed = ParsedFeed(
        url="http://127.0.0.1/feed/1.xml", format="rss20", title=None, entries=(entry,)
    )
    run.on_feed(FeedOutcome(source_id=busy, url=feed.url, outcome="ok", started_at=NOW,
                            was_unconditional=True, http_status=200, feed=feed,
                            new_entries=(entry,)))  # fmt: skip
    # the crash-safe order: the entry is pending (and both checks saved) before its fetch
    assert None not in checked(run).values()
    with run.context.reader()() as session:
        assert list(session.scalars(select(PendingEntry.url))) == [entry.url]
