"""Full-text search on SQLite and PostgreSQL: finds stories by title, text and any headline they
carried; stays in sync through copies folded in, revisions and a rebuild; filters; safe syntax."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, text

from crawler.items import Article, Evidence, Relevance
from settings import DedupSettings
from storage import articles, search, sources
from storage.db import session_factory, transaction

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
DEDUP = DedupSettings()

BODY = (
    "The government announced on Tuesday that it would cap the number of asylum claims processed "
    "at the northern border crossing, a move that rights groups said would strand thousands of "
    "families in makeshift camps through the winter.\n"
    "Officials said the measure was temporary and would be reviewed in March, citing a backlog of "
    "more than 40,000 pending cases and a shortage of trained caseworkers in the regional offices."
)
REVISED = (
    "The government withdrew on Thursday its plan to cap asylum claims at the northern border "
    "crossing after a judge suspended it, saying the ministry had ignored its duty to consult.\n"
    "Caseworkers will keep interviewing applicants in the order they arrived, the ministry said, "
    "and the winter shelters promised to families stuck at the crossing will open next week."
)
VISA_BODY = (
    "A parliamentary committee published a report on Wednesday criticising the visa system for "
    "seasonal farm workers, saying recruitment agencies charged illegal fees and that workers who "
    "complained were threatened with losing their right to stay in the country."
)
GERMAN_BODY = (
    "Die Bundesregierung will die Verfahren für Flüchtlinge beschleunigen. Nach Angaben des "
    "Innenministeriums warten derzeit mehr als 40.000 Menschen auf eine Entscheidung über ihren "
    "Asylantrag, viele von ihnen seit mehr als einem Jahr in Sammelunterkünften."
)


def save(
    engine: Engine,
    url: str,
    body: str = BODY,
    *,
    title: str = "Asylum cap at the border",
    language: str = "en",
    at: datetime = NOW,
    source_id: int | None = None,
    topic: str = "immigration-policy",
) -> articles.SaveResult:
    item = Article(url=url, text=body, title=title, language=language)
    relevance = Relevance(topic, 5.0, True, (Evidence("asylum", "title", 1, 3.0),))
    candidate = articles.Candidate(item, relevance, None, at, source_id)
    with transaction(session_factory(engine, write=True)) as session:
        return articles.save(session, candidate, DEDUP)


def find(engine: Engine, query: str, **filters: object) -> list[search.SearchHit]:
    with session_factory(engine)() as session:
        return search.search(session, query, search.Filters(**filters))  # type: ignore[arg-type]


def ids(engine: Engine, query: str, **filters: object) -> list[int]:
    return [hit.id for hit in find(engine, query, **filters)]


def assert_index_consistent(engine: Engine) -> None:
    """SQLite: FTS5 checks its index against the content view (rank=1 compares every row)."""
    if engine.dialect.name == "sqlite":
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO article_search(article_search, rank) VALUES ('integrity-check', 1)"
                )
            )
    else:
        with engine.connect() as connection:
            stale = connection.scalar(
                text(
                    "SELECT count(*) FROM articles WHERE search_vector IS DISTINCT FROM "
                    "newsagg_article_vector(id, language, title, text)"
                )
            )
        assert stale == 0


def test_finds_a_story_by_words_of_its_text_and_title(db_engine: Engine) -> None:
    story = save(db_engine, "https://news.example/asylum-cap").article_id
    save(db_engine, "https://news.example/visa", VISA_BODY, title="Visa scheme criticised")
    assert ids(db_engine, "caseworkers backlog") == [story]
    assert ids(db_engine, "border cap") == [story]
    hit = find(db_engine, "caseworkers")[0]
    assert search.MARK_START + "caseworkers" in hit.snippet.lower()
    assert hit.as_dict().keys() == {"id", "url", "title", "snippet", "score"}
    assert search.MARK_START not in hit.as_dict()["snippet"]  # type: ignore[operator]
    assert ids(db_engine, "seasonal farm") != [story]
    assert ids(db_engine, "spaceship") == []
    assert_index_consistent(db_engine)


def test_stemming_finds_other_forms_of_a_word(db_engine: Engine) -> None:
    story = save(db_engine, "https://news.example/asylum-cap").article_id
    assert ids(db_engine, "announcing families") == [story]


def test_syndicated_copy_is_one_hit_and_found_by_its_own_headline(db_engine: Engine) -> None:
    story = save(db_engine, "https://news.example/asylum-cap").article_id
    copy = save(db_engine, "https://wire.example/limit", title="Outcry over frontier quota", at=NOW)
    assert copy.status == "duplicate" and copy.article_id == story
    assert ids(db_engine, "caseworkers") == [story]
    assert ids(db_engine, "outcry frontier quota") == [story]
    assert_index_consistent(db_engine)


def test_revision_replaces_the_indexed_text(db_engine: Engine) -> None:
    url = "https://news.example/asylum-cap"
    story = save(db_engine, url).article_id
    save(db_engine, "https://wire.example/limit", title="Outcry over frontier quota")
    revised = save(db_engine, url, REVISED, title="Asylum cap withdrawn", at=NOW + timedelta(1))
    assert revised.status == "revised"
    assert ids(db_engine, "judge suspended") == [story]
    assert ids(db_engine, "withdrawn") == [story]
    assert ids(db_engine, "makeshift camps") == []
    assert ids(db_engine, "outcry quota") == [story]  # the copy's headline stays indexed
    assert_index_consistent(db_engine)


def test_rebuild_restores_an_emptied_index(db_engine: Engine) -> None:
    story = save(db_engine, "https://news.example/asylum-cap").article_id
    save(db_engine, "https://wire.example/limit", title="Outcry over frontier quota")
    with db_engine.begin() as connection:
        if db_engine.dialect.name == "sqlite":
            connection.execute(
                text("INSERT INTO article_search(article_search) VALUES ('delete-all')")
            )
        else:
            connection.execute(text("UPDATE articles SET search_vector = NULL"))
    assert ids(db_engine, "caseworkers") == []
    with transaction(session_factory(db_engine, write=True)) as session:
        assert search.rebuild(session) == 1
    assert ids(db_engine, "caseworkers") == ids(db_engine, "frontier quota") == [story]
    assert_index_consistent(db_engine)


def test_filters_narrow_the_hits(db_engine: Engine) -> None:
    with transaction(session_factory(db_engine, write=True)) as session:
        wire = sources.add(session, "https://wire.example/feed.xml", "feed", now=NOW)[0].id
    english = save(db_engine, "https://news.example/asylum-cap", at=NOW - timedelta(days=3))
    german = save(
        db_engine, "https://zeitung.example/asyl", GERMAN_BODY, title="Asyl: schnellere Verfahren",
        language="de", source_id=wire, topic="other",
    )  # fmt: skip
    both = {english.article_id, german.article_id}
    assert set(ids(db_engine, "asylum OR asyl")) == both
    assert ids(db_engine, "asylum OR asyl", language="de") == [german.article_id]
    assert ids(db_engine, "asylum OR asyl", topic="other") == [german.article_id]
    assert ids(db_engine, "asylum OR asyl", source_id=wire) == [german.article_id]
    assert ids(db_engine, "asylum OR asyl", since=NOW - timedelta(days=1)) == [german.article_id]


@pytest.mark.postgres
def test_postgres_stems_by_the_story_language(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the per-language configuration is PostgreSQL's")
    from storage.db import make_engine

    engine = make_engine(db_url)
    story = save(engine, "https://zeitung.example/asyl", GERMAN_BODY, language="de").article_id
    # German stemming folds Flüchtlinge/Flüchtlingen and Sammelunterkünfte/-n
    assert ids(engine, "Flüchtlingen Sammelunterkunft", language="de") == [story]
    assert ids(engine, "Flüchtlingen") == [story]
    engine.dispose()


def test_cursor_paging_returns_each_hit_once_in_id_order(db_engine: Engine) -> None:
    words = BODY.split() + VISA_BODY.split() + REVISED.split()
    rng = random.Random(7)
    stored = [
        save(
            db_engine,
            f"https://news{i}.example/a",
            " ".join(rng.sample(words, 60)) + " caseworkers",
        )
        for i in range(5)
    ]
    assert len({result.article_id for result in stored}) == 5
    seen: list[int] = []
    cursor = 0
    with session_factory(db_engine)() as session:
        while page := search.search(session, "caseworkers", limit=2, after_id=cursor):
            seen.extend(hit.id for hit in page)
            cursor = page[-1].id
    assert seen == sorted(result.article_id for result in stored)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("asylum border", '("asylum" "border")'),
        ('"border crossing" camps', '("border crossing" "camps")'),
        ("asylum -visa", '("asylum" NOT "visa")'),
        ("asylum or visa", '("asylum") OR ("visa")'),
        ('say "NEAR(a b)" *', '("say" "NEAR(a b)")'),
        ('-only "unterminated', '("unterminated" NOT "only")'),
        ("OR OR - !!", ""),
    ],
    ids=["words", "phrase", "negation", "or", "operators-quoted", "unterminated", "nothing"],
)
def test_websearch_syntax_becomes_a_safe_fts5_query(query: str, expected: str) -> None:
    assert search.fts5_query(query) == expected


@pytest.mark.parametrize(
    "query", ['"', "NEAR(", "a AND", "-", "(", "title:x", "'; DROP TABLE articles; --", "*"]
)
def test_odd_input_is_never_a_database_error(db_engine: Engine, query: str) -> None:
    save(db_engine, "https://news.example/asylum-cap")
    assert isinstance(find(db_engine, query), list)
