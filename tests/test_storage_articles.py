"""Dedup-aware saves: one story per URL key, per exact text and per near-copy; revisions; export."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select

from crawler.items import Article, Evidence, Relevance
from settings import DedupSettings
from storage import articles, rejections, sources
from storage.db import session_factory, transaction
from storage.export import iter_stories
from storage.models import Article as StoredArticle
from storage.models import ArticleHtml, ArticleRevision, ArticleUrl

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
DEDUP = DedupSettings()

BODY = (
    "The government announced on Tuesday that it would cap the number of asylum claims processed "
    "at the northern border crossing, a move that rights groups said would strand thousands of "
    "families in makeshift camps through the winter.\n"
    "Officials said the measure was temporary and would be reviewed in March, citing a backlog of "
    "more than 40,000 pending cases and a shortage of trained caseworkers in the regional offices.\n"
    "Opposition lawmakers called the decision unlawful and promised to challenge it in court, "
    "arguing that international law forbids returning refugees to places where they face harm.\n"
    "The interior ministry said that those already in the queue would be interviewed within six "
    "weeks and that children travelling alone would be exempt from the new limits entirely."
)
OTHER_BODY = (
    "A parliamentary committee published a report on Wednesday criticising the visa system for "
    "seasonal farm workers, saying recruitment agencies charged illegal fees and that workers who "
    "complained were threatened with losing their right to stay.\n"
    "The committee recommended that workers be allowed to change employers without losing their "
    "visa, and that the labour inspectorate receive new powers and a larger budget to audit farms."
)


def article(url: str, text: str = BODY, title: str = "Asylum cap at the border") -> Article:
    return Article(url=url, text=text, title=title, authors=("Jane Doe",), language="en")


def relevance(score: float = 5.0) -> Relevance:
    return Relevance("immigration-policy", score, True, (Evidence("asylum", "title", 1, 3.0),))


def save(
    engine: Engine,
    item: Article,
    *,
    at: datetime = NOW,
    source_id: int | None = None,
    seen: tuple[str, ...] = (),
) -> articles.SaveResult:
    candidate = articles.Candidate(item, relevance(), b"<html>raw</html>", at, source_id, seen)
    with transaction(session_factory(engine, write=True)) as session:
        return articles.save(session, candidate, DEDUP)


def count(engine: Engine, model: type) -> int:
    with session_factory(engine)() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_new_story_is_stored_with_compressed_html(db_engine: Engine) -> None:
    result = save(db_engine, article("https://news.example/2026/11/asylum-cap"))
    assert result.status == "new"
    with session_factory(db_engine)() as session:
        story = session.get_one(StoredArticle, result.article_id)
        html = session.get_one(ArticleHtml, result.article_id)
    assert story.authors == ["Jane Doe"] and story.evidence[0]["term"] == "asylum"
    assert articles.decompress_html(html.html_z) == b"<html>raw</html>"


@pytest.mark.parametrize(
    "variant",
    [
        "https://news.example/2026/11/asylum-cap?utm_source=twitter&utm_medium=social",
        "https://news.example/2026/11/asylum-cap/#comments",
        "https://www.news.example/2026/11/asylum-cap",
        "https://news.example/2026/11/asylum-cap/amp",
    ],
    ids=["tracking", "fragment-slash", "www", "amp"],
)
def test_url_variant_is_the_same_story(db_engine: Engine, variant: str) -> None:
    first = save(db_engine, article("https://news.example/2026/11/asylum-cap"))
    with session_factory(db_engine)() as session:
        assert articles.is_known(session, variant)
    again = save(db_engine, article(variant))
    assert again.article_id == first.article_id and again.status == "unchanged"
    assert count(db_engine, StoredArticle) == 1


def test_exact_copy_on_another_site_is_folded_in(db_engine: Engine) -> None:
    with transaction(session_factory(db_engine, write=True)) as session:
        wire, _ = sources.add(session, "https://wire.example/feed", "feed", now=NOW)
        mirror, _ = sources.add(session, "https://mirror.example/feed", "feed", now=NOW)
    first = save(db_engine, article("https://wire.example/a/1"), source_id=wire.id)
    copy = save(
        db_engine,
        article("https://mirror.example/news/asylum", title="Other headline"),
        at=NOW + timedelta(hours=1),
        source_id=mirror.id,
    )
    assert copy.status == "duplicate" and copy.article_id == first.article_id
    with session_factory(db_engine)() as session:
        [story] = list(iter_stories(session))
    assert story.urls == ["https://wire.example/a/1", "https://mirror.example/news/asylum"]
    assert story.sources == ["https://wire.example/feed", "https://mirror.example/feed"]
    assert story.title == "Asylum cap at the border"  # the story keeps what was first seen
    assert story.updated_at == NOW + timedelta(hours=1)


def test_edited_syndicated_copy_is_folded_in(db_engine: Engine) -> None:
    first = save(db_engine, article("https://wire.example/a/1"))
    edited = "BERLIN (Reuters) - " + BODY.replace("Tuesday", "Tuesday evening").rsplit("\n", 1)[0]
    copy = save(db_engine, article("https://paper.example/world/asylum-cap", text=edited))
    assert copy.status == "duplicate" and copy.article_id == first.article_id
    assert copy.similarity is not None and 0.6 <= copy.similarity < 1.0


def test_different_story_on_same_topic_stays_apart(db_engine: Engine) -> None:
    first = save(db_engine, article("https://news.example/a"))
    other = save(db_engine, article("https://news.example/b", text=OTHER_BODY, title="Visa report"))
    assert other.status == "new" and other.article_id != first.article_id


def test_revised_text_at_same_url_is_a_revision(db_engine: Engine) -> None:
    first = save(db_engine, article("https://news.example/a"))
    revised = BODY + "\nUpdate: the ministry later said the cap would not apply to families."
    again = save(
        db_engine, article("https://news.example/a", text=revised), at=NOW + timedelta(hours=2)
    )
    assert again.status == "revised" and again.article_id == first.article_id
    with session_factory(db_engine)() as session:
        story = session.get_one(StoredArticle, first.article_id)
        [old] = session.scalars(select(ArticleRevision)).all()
    assert story.revision == 2 and story.text.endswith("families.")
    assert old.text == BODY and old.revision == 1
    assert count(db_engine, StoredArticle) == 1


def test_rejected_url_is_known_and_not_stored(db_engine: Engine) -> None:
    with transaction(session_factory(db_engine, write=True)) as session:
        rejections.reject(session, "https://news.example/sport?utm_source=x", "off_topic", now=NOW)
        rejections.reject(session, "https://news.example/sport", "off_topic", now=NOW)  # no error
    with session_factory(db_engine)() as session:
        assert articles.is_known(session, "https://news.example/sport")
        assert not articles.is_known(session, "https://news.example/other")
    assert count(db_engine, StoredArticle) == 0


def test_known_keys_of_many_urls_take_one_query_per_chunk(db_engine: Engine) -> None:
    from sqlalchemy import event

    from crawler.urls import url_key

    story = save(db_engine, article("https://news.example/story-0")).article_id
    stored = [f"https://news.example/story-{i}" for i in range(0, 1200, 3)]
    with transaction(session_factory(db_engine, write=True)) as session:
        for url in stored[1:]:
            session.add(ArticleUrl(article_id=story, url=url, url_key=url_key(url),
                                   relation="variant", first_seen_at=NOW))  # fmt: skip
    keys = [url_key(f"https://news.example/story-{i}") for i in range(1200)]
    statements: list[str] = []
    event.listen(db_engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with session_factory(db_engine)() as session:
        found = articles.stored_keys(session, keys)
    assert found == {url_key(url) for url in stored}
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 3  # 500s


def distinct_text(seed: int) -> str:
    words = (BODY + " " + OTHER_BODY).split()
    random.Random(seed).shuffle(words)
    return " ".join(words)


def test_export_cursor_never_repeats_or_skips(db_engine: Engine) -> None:
    ids = [
        save(db_engine, article(f"https://news.example/{n}", text=distinct_text(n))).article_id
        for n in range(5)
    ]
    assert len(set(ids)) == 5
    with session_factory(db_engine)() as session:
        first = [s.id for s in iter_stories(session, batch_size=2)][:3]
        rest = [s.id for s in iter_stories(session, after_id=first[-1], batch_size=2)]
    assert first + rest == sorted(ids)


# Excerpts (issue 20): whichever arrives first, the story ends with the fuller text and keeps
# the id it was first given; the excerpt stays as a copy with its URL, source and headline.
LEDE = "In a report published on Tuesday, the government"
EXCERPT = LEDE + BODY.split("\n", 1)[0].removeprefix("The government") + "\n"
EXCERPT += BODY.split("\n")[1] + "\nRead the full story on wire.example."
FULL_URL, EXCERPT_URL = "https://wire.example/a/1", "https://client.example/briefs/asylum"


def _story_urls(engine: Engine) -> dict[str, tuple[str, str | None, float | None]]:
    with session_factory(engine)() as session:
        rows = session.scalars(select(ArticleUrl)).all()
        return {row.url: (row.relation, row.title, row.similarity) for row in rows}


def test_full_story_arriving_after_its_excerpt_takes_over_the_story(db_engine: Engine) -> None:
    with transaction(session_factory(db_engine, write=True)) as session:
        wire, _ = sources.add(session, "https://wire.example/feed", "feed", now=NOW)
        client, _ = sources.add(session, "https://client.example/feed", "feed", now=NOW)
    first = save(
        db_engine, article(EXCERPT_URL, EXCERPT, "Asylum cap (brief)"), source_id=client.id
    )
    later = NOW + timedelta(hours=2)
    full = save(db_engine, article(FULL_URL), at=later, source_id=wire.id)
    assert (first.status, full.status) == ("new", "duplicate")
    assert full.article_id == first.article_id  # the id downstream readers saw stays valid
    with session_factory(db_engine)() as session:
        [story] = list(iter_stories(session))
        [old] = session.scalars(select(ArticleRevision)).all()
    assert (story.url, story.title, story.text, story.revision) == (
        FULL_URL, "Asylum cap at the border", BODY, 2,
    )  # fmt: skip
    assert story.sources == ["https://client.example/feed", "https://wire.example/feed"]
    assert story.updated_at == later  # --since readers see the story again
    assert (old.text, old.title) == (EXCERPT, "Asylum cap (brief)")
    urls = _story_urls(db_engine)
    assert urls[FULL_URL] == ("canonical", "Asylum cap at the border", None)
    assert urls[EXCERPT_URL] == ("copy", "Asylum cap (brief)", full.similarity)
    assert count(db_engine, StoredArticle) == 1


def test_excerpt_arriving_after_its_full_story_becomes_a_copy(db_engine: Engine) -> None:
    first = save(db_engine, article(FULL_URL))
    excerpt = save(db_engine, article(EXCERPT_URL, EXCERPT, "Asylum cap (brief)"))
    assert (excerpt.status, excerpt.article_id) == ("duplicate", first.article_id)
    with session_factory(db_engine)() as session:
        [story] = list(iter_stories(session))
    assert (story.url, story.text, story.revision) == (FULL_URL, BODY, 1)
    assert _story_urls(db_engine)[EXCERPT_URL][:2] == ("copy", "Asylum cap (brief)")
    assert count(db_engine, ArticleRevision) == 0


def test_excerpt_taken_over_is_found_again_by_its_url(db_engine: Engine) -> None:
    first = save(db_engine, article(EXCERPT_URL, EXCERPT))
    save(db_engine, article(FULL_URL))
    again = save(db_engine, article(EXCERPT_URL, EXCERPT))  # the excerpt's page polled again
    assert (again.status, again.article_id) == ("unchanged", first.article_id)
    with session_factory(db_engine)() as session:
        [story] = list(iter_stories(session))
    assert story.text == BODY  # a copy's page never replaces the story's text


def test_longer_copy_with_added_lines_keeps_the_first_seen_text(db_engine: Engine) -> None:
    first = save(db_engine, article(FULL_URL))
    padded = BODY + "\nRelated: Ministers meet to discuss the winter shelter plan\nMost viewed"
    copy = save(db_engine, article("https://mirror.example/asylum", padded))
    assert (copy.status, copy.article_id) == ("duplicate", first.article_id)
    with session_factory(db_engine)() as session:
        [story] = list(iter_stories(session))
    assert (story.url, story.text) == (FULL_URL, BODY)
