"""PageStore: pages stored in batches (one transaction each), nothing lost or stored twice when a
batch fails, and pages of a batch not yet written stay unknown to a later run."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, func, select

from crawler.items import Page
from scheduler.store_pages import PageStore
from settings import Settings
from storage import story_rows
from storage.db import session_factory
from storage.models import Article, ArticleUrl

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
WORDS = (  # noqa: SIM905
    "court ruling asylum border budget council families workers visa permit region officials "
    "week plan reform critics rights data program funding housing schools hospital election"
).split()


def page(n: int) -> Page:
    rng = random.Random(n)
    paragraphs = "".join(
        "<p>" + " ".join(rng.choices(WORDS, k=40)).capitalize() + ".</p>" for _ in range(5)
    )
    html = (
        f"<html lang=en><head><title>Story {n}</title></head><body><article>"
        f"<h1>Story {n}</h1>{paragraphs}</article></body></html>"
    )
    return Page(url=f"https://news.example/2026/11/story-{n}", html=html.encode(), fetched_at=NOW)


def store_for(engine: Engine, settings: Settings, **batch: float) -> PageStore:
    reader, writer = session_factory(engine), session_factory(engine, write=True)
    return PageStore(settings, reader, writer, topic="none", **batch)  # type: ignore[arg-type]


def stored(engine: Engine) -> tuple[int, int]:
    with session_factory(engine)() as session:
        stories = session.scalar(select(func.count()).select_from(Article))
        urls = session.scalar(select(func.count()).select_from(ArticleUrl))
    return stories or 0, urls or 0


def test_batch_is_written_when_full_and_outcomes_follow(
    db_engine: Engine, settings: Settings
) -> None:
    store = store_for(db_engine, settings, batch_pages=3, batch_s=3600)
    outcomes: list[str] = []
    for n in range(2):
        store.submit(page(n), on_done=outcomes.append)
    assert stored(db_engine) == (0, 0) and outcomes == []  # waiting for its batch
    store.submit(page(2), on_done=outcomes.append)
    assert stored(db_engine) == (3, 3)
    assert outcomes == ["new", "new", "new"]
    store.submit(page(3), on_done=outcomes.append)
    store.flush()  # the end of the crawl writes what is left
    assert stored(db_engine) == (4, 4) and store.counts["new"] == 4


def test_copies_within_one_batch_fold_into_one_story(db_engine: Engine, settings: Settings) -> None:
    store = store_for(db_engine, settings, batch_pages=10, batch_s=3600)
    copy = Page(url="https://mirror.example/story-1", html=page(1).html, fetched_at=NOW)
    for item in (page(1), copy, page(2)):
        store.submit(item)
    store.flush()
    assert stored(db_engine) == (2, 3)  # the copy is a second URL of story 1
    assert store.counts == {"new": 2, "duplicate": 1}


def test_a_failing_page_costs_only_itself(
    db_engine: Engine, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_row = story_rows.story_row

    def story_row(candidate, *args):  # type: ignore[no-untyped-def]
        if candidate.article.url.endswith("story-1"):
            raise RuntimeError("a bug on one page")
        return real_row(candidate, *args)

    # a new story's row is built the same way in a batch and page by page
    monkeypatch.setattr(story_rows, "story_row", story_row)
    store = store_for(db_engine, settings, batch_pages=3, batch_s=3600)
    outcomes: list[str] = []
    for n in range(3):
        store.submit(page(n), on_done=outcomes.append)
    assert outcomes == ["new", "failed", "new"]  # the batch was replayed page by page
    assert stored(db_engine) == (2, 2)


def test_time_bound_writes_a_batch_that_waited(db_engine: Engine, settings: Settings) -> None:
    store = store_for(db_engine, settings, batch_pages=100, batch_s=0.0)
    store.submit(page(0))
    assert stored(db_engine) == (1, 1)


def test_unwritten_pages_stay_unknown_to_the_next_run(
    db_engine: Engine, settings: Settings
) -> None:
    crashed = store_for(db_engine, settings, batch_pages=10, batch_s=3600)
    urls = [page(n).url for n in range(3)]
    for n in range(3):
        crashed.submit(page(n))
    assert crashed.known_urls(urls) == set(urls)  # this run does not fetch them twice...
    next_run = store_for(db_engine, settings, batch_pages=10, batch_s=3600)
    assert next_run.known_urls(urls) == set()  # ...and a run after a crash fetches them again
    for n in range(3):
        next_run.submit(page(n))
    next_run.flush()
    assert stored(db_engine) == (3, 3)


def test_handle_page_stores_at_once(db_engine: Engine, settings: Settings) -> None:
    store = store_for(db_engine, settings)
    assert store.handle_page(page(0)) == "new"
    assert store.handle_page(page(0)) == "unchanged"
    assert stored(db_engine) == (1, 1)
