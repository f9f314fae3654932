"""Pages and feeds without a browser: the list advertises its Atom feed (found by newsagg's own
discovery), the feed parses with feedparser and newsagg's parser, one entry per story."""

from __future__ import annotations

from collections.abc import Iterator

import feedparser
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from crawler.sources.discovery import discover_feeds
from crawler.sources.feeds import parse_feed
from settings import Settings
from storage.db import session_factory
from tests.readside import HEADLINES, OUTLETS, Corpus, populate
from web import create_app

BASE = "http://testserver"


@pytest.fixture
def corpus(db_engine: Engine) -> Corpus:
    return populate(db_engine)


@pytest.fixture
def client(db_engine: Engine, settings: Settings, corpus: Corpus) -> Iterator[TestClient]:
    with TestClient(create_app(settings, session_factory(db_engine)), base_url=BASE) as test:
        yield test


@pytest.mark.parametrize(
    ("params", "feed"),
    [
        ({}, "/feed.atom"),
        ({"topic": "immigration-policy"}, "/feed.atom?topic=immigration-policy"),
        ({"q": "visa quota"}, "/feed.atom?q=visa+quota"),
    ],
    ids=["all", "topic", "search"],
)
def test_every_list_page_advertises_its_feed_to_discovery(
    client: TestClient, params: dict[str, str], feed: str
) -> None:
    page = client.get("/", params=params)
    assert page.status_code == 200 and "<script" not in page.text
    assert discover_feeds(page.content, BASE + "/") == [BASE + feed]


def test_feed_is_valid_atom_with_one_entry_per_story(client: TestClient, corpus: Corpus) -> None:
    response = client.get("/feed.atom", params={"topic": "immigration-policy"})
    assert response.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0 and parsed.version == "atom10"
    ids = [entry.id for entry in parsed.entries]
    assert len(ids) == len(set(ids)) == 3
    syndicated = next(e for e in parsed.entries if e.id.endswith(f":{corpus.syndicated}"))
    assert (
        syndicated.title == HEADLINES[0]
        and syndicated.link == f"https://{OUTLETS[0]}/2026/12/visa-quota"
    )
    related = {link.href.split("/")[2] for link in syndicated.links if link.rel == "related"}
    assert related == set(OUTLETS[1:])
    ours = parse_feed(response.content, url=BASE + "/feed.atom")
    assert ours.format == "atom10" and not ours.is_recovered
    assert sorted(entry.url for entry in ours.entries) == sorted(e.link for e in parsed.entries)


def test_search_feed_holds_only_the_matches(client: TestClient, corpus: Corpus) -> None:
    parsed = feedparser.parse(client.get("/feed.atom", params={"q": "detention"}).content)
    assert [entry.title for entry in parsed.entries] == ["Detention wings closed after inspection"]
    assert "detention" in parsed.feed.title


def test_list_page_searches_and_shows_each_story_once(client: TestClient, corpus: Corpus) -> None:
    form = {"q": "consulates", "language": "", "topic": "", "source": "", "since": ""}
    page = client.get("/", params=form).text
    assert page.count(f'href="/stories/{corpus.syndicated}"') == 1
    assert "<mark>consulates</mark>" in page.lower() and "3 outlets" in page
    assert "Detention" not in page
    assert page.count("<svg") == 2 and "<rect" in page  # stories per day and per source


def test_story_page_shows_the_text_and_every_outlet(client: TestClient, corpus: Corpus) -> None:
    page = client.get(f"/stories/{corpus.syndicated}").text
    assert all(outlet in page for outlet in OUTLETS)
    assert all(headline in page for headline in HEADLINES)
    assert "Seen at 3 outlets" in page and "Aid groups welcomed the decision" in page
    assert client.get("/stories/424242").status_code == 404


def test_sources_page_shows_health_last_error_and_next_check(client: TestClient) -> None:
    page = client.get("/sources").text
    assert "HTTP 503 from wire.example" in page and "failing (3 failures)" in page
    assert page.count("2026-12-01 12:00") >= 3  # next checks and the failure time


def test_html_in_stored_text_is_escaped(client: TestClient, db_engine: Engine) -> None:
    from tests.readside import NOW, _save

    story = _save(db_engine, "https://x.example/a", "<script>alert(1)</script> " * 30,
                  "<b>bold</b> asylum", at=NOW, source=1)  # fmt: skip
    page = client.get(f"/stories/{story.article_id}").text
    assert "<script>alert" not in page and "&lt;script&gt;" in page
