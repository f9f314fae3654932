"""A poll pays for its work, not per entry or for what it does not do: known-URL checks are a fixed
number of statements per feed body whatever its length, polling loads no extraction or dedup
code, and a process starts and exits without garbage-collector passes over its modules."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import event

from scheduler import startup
from scheduler.context import AppContext
from scheduler.store_pages import PageStore
from settings import load_settings
from storage import articles, rejections
from storage.db import transaction

NOW = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def context(db_url: str) -> Iterator[AppContext]:
    context = AppContext(load_settings(environ={}, database={"url": db_url}))
    yield context
    context.close()


def statements_of(context: AppContext, work: Callable[[], object]) -> list[str]:
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        seen.append(statement)

    engine = context.engine()
    event.listen(engine, "before_cursor_execute", count)
    try:
        work()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return seen


def entry_urls(n: int) -> list[str]:
    return [f"https://news.example/story-{i}.html" for i in range(n)]


@pytest.mark.parametrize("entries", [1, 20, 500], ids=["1", "20", "500"])
def test_known_url_checks_of_a_feed_are_two_selects_whatever_its_length(
    context: AppContext, entries: int
) -> None:
    urls = entry_urls(entries)
    with transaction(context.writer()) as session:  # a rejected entry and a fresh one
        rejections.reject(session, urls[0], "not_article", now=NOW)
    store = PageStore(context.settings, context.reader(), context.writer())
    found: list[set[str]] = []
    selects = [
        s for s in statements_of(context, lambda: found.append(store.known_urls(urls)))
        if s.lstrip().upper().startswith("SELECT")
    ]  # fmt: skip
    assert found == [{urls[0]}]
    assert len(selects) == 2  # stored URLs, then rejections: one query a chunk, not per entry


def test_stored_keys_are_still_found_through_articles(context: AppContext) -> None:
    # storage.articles checks stored URLs with the same query before saving (no copy of it)
    with context.reader()() as session:
        assert articles.stored_keys(session, ["news.example/nothing"]) == set()


def test_polling_loads_no_extraction_or_dedup_code() -> None:
    code = (
        "import sys\n"
        "import scheduler.poll_run, scheduler.cycle_main, scheduler.cli\n"
        "heavy = ['numpy', 'trafilatura', 'crawler.clutter', 'crawler.topic', 'storage.dedup']\n"
        "print([name for name in heavy if name in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.fixture
def collector_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Callable[[], None]]]:
    """gc as a test found it, and what startup registered to run at exit (not registered)."""
    at_exit: list[Callable[[], None]] = []
    monkeypatch.setattr(startup.atexit, "register", at_exit.append)
    was_enabled, thresholds = gc.isenabled(), gc.get_threshold()
    yield at_exit
    gc.set_threshold(*thresholds)
    gc.unfreeze()
    if was_enabled:
        gc.enable()


def test_start_up_collects_nothing_until_done_then_freezes_what_it_built(
    collector_state: list[Callable[[], None]],
) -> None:
    startup.begin()
    assert not gc.isenabled()
    assert collector_state == [gc.freeze]  # no collection over the whole heap at exit either
    startup.begin()  # a second entry point in the same process changes nothing
    assert collector_state == [gc.freeze]
    startup.done()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[0] == startup.YOUNG_THRESHOLD


def test_a_service_collects_as_cpython_does_once_started(
    collector_state: list[Callable[[], None]],
) -> None:
    startup.begin()
    startup.done()
    startup.long_lived()  # the daemon's memory must stay flat: no short-lived thresholds
    assert gc.isenabled()
    assert gc.get_threshold() == startup.DEFAULT_THRESHOLD


def test_done_without_begin_freezes_nothing(collector_state: list[Callable[[], None]]) -> None:
    gc.enable()
    frozen, thresholds = gc.get_freeze_count(), gc.get_threshold()
    startup.done()  # a test process, or the daemon opening its database again
    assert gc.isenabled()
    assert (gc.get_freeze_count(), gc.get_threshold()) == (frozen, thresholds)


def test_opening_the_database_ends_start_up(
    context: AppContext, collector_state: list[Callable[[], None]]
) -> None:
    startup.begin()
    context.engine()
    assert gc.isenabled()
