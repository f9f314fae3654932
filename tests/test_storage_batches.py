"""storage.batches: a batch of saves stores the same rows with the same outcomes as the same
saves page by page, at a number of statements that does not grow with the batch."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, event, select, text
from sqlalchemy.orm import Session

from crawler.items import Article
from settings import DedupSettings
from storage import articles, batches, rejections
from storage.batches import Item, OtherWrite
from storage.db import session_factory, transaction
from storage.models import Base

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
DEDUP = DedupSettings()
VOCABULARY = [f"word{n}" for n in range(400)]
TABLES = ("articles", "article_urls", "article_bands", "article_html", "article_revisions",
          "rejected_urls")  # fmt: skip


def words(story: int, count: int = 150) -> list[str]:
    return random.Random(story).choices(VOCABULARY, k=count)


def edited(story: int) -> list[str]:
    """The story with a few words changed: a near-copy (resemblance well above 0.45)."""
    changed = words(story)
    for place in (20, 70, 120):
        changed[place] = "edited"
    return changed


def candidate(url: str, text: list[str], *, seen: tuple[str, ...] = ()) -> articles.Candidate:
    item = Article(url=url, text=" ".join(text), title=url.rsplit("/", 1)[-1], language="en")
    return articles.Candidate(item, None, f"<html>{url}</html>".encode(), NOW, None, seen)


def rejection(url: str) -> OtherWrite:
    def apply(session: Session) -> str:
        rejections.reject(session, url, "not_article", now=NOW, detail="no text")
        return "not_article"

    return OtherWrite(url, apply)


def url(site: str, n: int) -> str:
    return f"https://{site}.example/2026/11/story-{n}"


def new(n: int) -> articles.Candidate:
    return candidate(url("c", n), words(n))


# Batches holding each kind of page that is not a new story, first among pages waiting in the
# batch (the copy is of a page not written yet), then all kinds together (look-ups run out)
SCENARIOS: dict[str, list[Item]] = {
    "exact copy": [candidate(url("a", 0), words(0)), new(10), candidate(url("m", 0), words(0)),
                   new(11)],
    "copy of a text without words": [candidate(url("a", 7), ["—"]), new(10),
                                     candidate(url("m", 7), ["…", "—"]), new(11)],
    "near copy": [candidate(url("a", 1), words(1)), new(10), candidate(url("m", 1), edited(1)),
                  new(11)],
    "excerpt, then its story": [new(10), candidate(url("a", 2), words(2)[:60]),
                                candidate(url("b", 2), words(2)), new(11)],
    "story, then its excerpt": [candidate(url("b", 2), words(2)), new(10),
                                candidate(url("a", 2), words(2)[:60]), new(11)],
    "revised": [candidate(url("a", 0), words(0)), new(10), candidate(url("a", 0), edited(0)),
                new(11)],
    "same URL key": [candidate(url("a", 5), words(5)), new(10),
                     candidate(url("a", 5) + "?utm_source=feed", words(5)), new(11)],
    "redirect": [candidate(url("a", 5), words(5), seen=(url("s", 5),)), new(10),
                 candidate(url("s", 5), words(6)), new(11)],
    "rejections": [rejection(url("a", 3)), new(10), candidate(url("a", 3), words(3)),
                   candidate(url("a", 4), words(4)), new(11), rejection(url("c", 10))],
    "stored before": [new(10), candidate(url("m", 9), edited(9)), new(11),
                      candidate(url("old", 9), words(9)), new(12)],
}  # fmt: skip
SCENARIOS["all together"] = [item for items in SCENARIOS.values() for item in items] + [
    new(n) for n in range(20, 30)
]


def empty(engine: Engine) -> None:
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            names = ", ".join(table.name for table in Base.metadata.sorted_tables)
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:  # ids start at 1 again: SQLite's INTEGER PRIMARY KEY takes max(id) + 1
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(table.delete())


def before_batch(engine: Engine) -> None:
    with transaction(session_factory(engine, write=True)) as session:
        articles.save(session, candidate(url("old", 9), words(9)), DEDUP)
        rejections.reject(session, url("a", 4), "off_topic", now=NOW, html=b"<html></html>")


def dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        return {
            name: sorted(tuple(row) for row in connection.execute(select(table)))
            for name in TABLES
            for table in [Base.metadata.tables[name]]
        }


def run(engine: Engine, items: Sequence[Item], store: Callable[..., list[str]]) -> list[str]:
    with transaction(session_factory(engine, write=True)) as session:
        return store(session, items, DEDUP)


def page_by_page(session: Session, items: Sequence[Item], dedup: DedupSettings) -> list[str]:
    return [
        item.apply(session)
        if isinstance(item, OtherWrite)
        else articles.save(session, item, dedup).status
        for item in items
    ]


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_a_batch_stores_what_page_by_page_saves_store(db_engine: Engine, name: str) -> None:
    items = SCENARIOS[name]
    before_batch(db_engine)
    expected_outcomes = run(db_engine, items, page_by_page)
    expected = dump(db_engine)
    empty(db_engine)
    before_batch(db_engine)
    assert run(db_engine, items, batches.save_all) == expected_outcomes
    assert dump(db_engine) == expected


def test_outcomes_of_a_mixed_batch(db_engine: Engine) -> None:
    before_batch(db_engine)
    outcomes = run(db_engine, SCENARIOS["rejections"] + SCENARIOS["exact copy"], batches.save_all)
    # new(10) and new(11) come back in the second half: their URLs are stored by then
    assert outcomes == [
        "not_article", "new", "new", "new", "new", "not_article",
        "new", "unchanged", "duplicate", "unchanged",
    ]  # fmt: skip


@pytest.mark.parametrize("size", [5, 40])
def test_statements_per_batch_do_not_grow_with_the_batch(db_engine: Engine, size: int) -> None:
    items = [candidate(url("a", n), words(n)) for n in range(size)]
    with statements(db_engine) as seen:
        assert run(db_engine, items, batches.save_all) == ["new"] * size
    # look-ups: URL keys, text hashes, rejections, near-copy candidates; inserts: stories,
    # bands, HTML, URLs (PostgreSQL: the advisory lock); no DELETE of rejections never written
    work = [s for s in seen if not s.lstrip().upper().startswith(("BEGIN", "COMMIT"))]
    assert len(work) <= 9
    assert not any("DELETE" in s.upper() for s in seen)


def test_a_near_copy_of_a_page_waiting_in_the_batch_is_folded(db_engine: Engine) -> None:
    items = [candidate(url("a", 1), words(1)), candidate(url("mirror", 1), edited(1))]
    items += [candidate(url("c", n), words(n)) for n in range(10, 14)]
    assert run(db_engine, items, batches.save_all) == ["new", "duplicate"] + ["new"] * 4
    with db_engine.connect() as connection:
        rows = connection.execute(text("SELECT article_id, relation FROM article_urls")).all()
    assert sorted(rows)[:2] == [(1, "canonical"), (1, "copy")]
