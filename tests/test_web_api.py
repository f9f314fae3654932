"""The JSON API on SQLite and PostgreSQL: cursor paging, filters, search, one story with all of
its outlets and revisions, sources' health, and the bearer-token gate."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import Engine

from settings import Settings
from storage.db import session_factory
from tests.readside import HEADLINES, OUTLETS, Corpus, populate
from web import BindError, check_bind, create_app


@pytest.fixture
def corpus(db_engine: Engine) -> Corpus:
    return populate(db_engine)


@pytest.fixture
def client(db_engine: Engine, settings: Settings, corpus: Corpus) -> Iterator[TestClient]:
    with TestClient(create_app(settings, session_factory(db_engine))) as test_client:
        yield test_client


def test_cursor_paging_reads_every_story_once(client: TestClient, corpus: Corpus) -> None:
    seen: list[int] = []
    after = 0
    while True:
        page = client.get("/api/stories", params={"after_id": after, "limit": 2}).json()
        seen += [story["id"] for story in page["stories"]]
        if page["next_after_id"] is None:
            break
        after = page["next_after_id"]
    assert seen == sorted({corpus.syndicated, corpus.revised, corpus.german})


def test_syndicated_story_is_listed_once_with_all_its_outlets(
    client: TestClient, corpus: Corpus
) -> None:
    stories = client.get("/api/stories").json()["stories"]
    ids = [story["id"] for story in stories]
    assert ids.count(corpus.syndicated) == 1 and len(ids) == 3
    listed = next(story for story in stories if story["id"] == corpus.syndicated)
    assert listed["outlets"] == list(OUTLETS)


def test_one_story_has_every_url_headline_and_revision(client: TestClient, corpus: Corpus) -> None:
    story = client.get(f"/api/stories/{corpus.syndicated}").json()
    assert [u["outlet"] for u in story["urls"]] == list(OUTLETS)
    assert [u["headline"] for u in story["urls"]] == list(HEADLINES)
    assert [u["relation"] for u in story["urls"]] == ["canonical", "copy", "copy"]
    assert story["evidence"][0]["term"] == "visa" and "humanitarian visas" in story["text"]
    revised = client.get(f"/api/stories/{corpus.revised}").json()
    assert (
        revised["revision"] == 2 and revised["title"] == "Detention wings closed after inspection"
    )
    assert [r["title"] for r in revised["revisions"]] == [
        "Detention centre overcrowded, inspectors say"
    ]
    assert client.get("/api/stories/999999").status_code == 404


def test_search_and_filters(client: TestClient, corpus: Corpus) -> None:
    def ids(**params: object) -> list[int]:
        return [s["id"] for s in client.get("/api/stories", params=params).json()["stories"]]

    assert ids(q="consulates caseworkers") == [corpus.syndicated]
    assert ids(q="brace applications") == [corpus.syndicated]  # a copy's own headline
    assert ids(q="statutory time limit") == [corpus.revised]
    assert ids(q="overcrowded", language="de") == []
    assert ids(language="de") == [corpus.german]
    assert ids(source=f"https://{OUTLETS[2]}/feed.xml") == [corpus.syndicated, corpus.german]
    assert ids(q="visa OR detention", sort="relevance") == [corpus.syndicated, corpus.revised]
    hit = client.get("/api/stories", params={"q": "floods"}).json()["stories"][0]
    assert hit["score"] > 0 and "floods" in hit["snippet"]
    assert ids(source="https://nowhere.example/feed") == []


def test_sources_report_health(client: TestClient, corpus: Corpus) -> None:
    by_id = {s["id"]: s for s in client.get("/api/sources").json()}
    failing = by_id[corpus.failing_source]
    assert failing["health"] == "failing" and failing["last_error_kind"] == "http_5xx"
    assert failing["consecutive_failures"] == 3 and failing["next_check_at"] is not None
    assert {s["health"] for k, s in by_id.items() if k != corpus.failing_source} == {"unchecked"}


def test_openapi_document_describes_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/stories", "/api/stories/{story_id}", "/api/sources", "/feed.atom"} <= set(paths)


def test_a_configured_token_is_required_on_every_request(db_engine: Engine, corpus: Corpus) -> None:
    from settings import load_settings

    settings = load_settings(environ={}, serve={"token": "s3cret-token"})
    app = create_app(settings, session_factory(db_engine))
    with TestClient(app) as client:
        assert client.get("/api/stories").status_code == 401
        assert client.get("/", headers={"Authorization": "Bearer wrong"}).status_code == 401
        ok = client.get("/api/stories", headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status_code == 200 and len(ok.json()["stories"]) == 3


@pytest.mark.parametrize(
    ("host", "token", "allowed"),
    [
        ("127.0.0.1", None, True),
        ("::1", None, True),
        ("localhost", None, True),
        ("0.0.0.0", None, False),
        ("192.0.2.10", None, False),
        ("news.example", None, False),
        ("0.0.0.0", "t0ken", True),
        ("0.0.0.0", "", False),
    ],
    ids=[
        "v4-loopback",
        "v6-loopback",
        "localhost",
        "any",
        "lan",
        "name",
        "any-token",
        "empty-token",
    ],
)
def test_binding_beyond_loopback_needs_a_token(host: str, token: str | None, allowed: bool) -> None:
    secret = SecretStr(token) if token is not None else None
    if allowed:
        check_bind(host, secret)
    else:
        with pytest.raises(BindError, match="NEWSAGG_SERVE__TOKEN"):
            check_bind(host, secret)
