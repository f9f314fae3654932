"""Every announced entry is stored, rejected with a reason, or retried: `newsagg poll` end to
end with pages that fail, against a real SQLite database (storage.entries)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.db import make_engine
from storage.models import FetchEvent, PendingEntry, RejectedUrl
from tests.cli import FAST_HTTP, export, newsagg
from tests.httpsite import HttpSite, Route
from tests.newssite import STORIES, article_html, serve_news_site

ON_TOPIC = sorted(s.title for s in STORIES if s.is_on_topic)
pytestmark = pytest.mark.slow
FLAKY = next(s for s in STORIES if s.is_on_topic)
# back-off from min_interval_s = 0 is zero: a failed entry is due again at the next poll
RETRY_AT_ONCE = {**FAST_HTTP, "NEWSAGG_POLL__MIN_INTERVAL_S": "0", "NEWSAGG_HTTP__RETRIES": "0"}


def rows(db: Path, model: type) -> list:  # type: ignore[type-arg]
    with Session(make_engine(f"sqlite:///{db}")) as session:
        return list(session.scalars(select(model)))


def test_a_page_that_fails_is_fetched_again_although_the_feed_is_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with HttpSite() as site:
        serve_news_site(site)
        answers = iter([Route("busy", status=503)])
        page = Route(article_html(FLAKY, "Test News"))
        site.route(FLAKY.path, lambda hit: next(answers, page))
        feed = site.url("/rss.xml")
        first = newsagg("--db", db, "poll", feed, cwd=tmp_path, env=RETRY_AT_ONCE)
        assert first.returncode == 0, first.stderr
        assert FLAKY.title not in {s["title"] for s in export(db, tmp_path)}
        (pending,) = rows(db, PendingEntry)
        assert (pending.attempts, pending.last_error_kind) == (1, "http_5xx")
        failures = [e for e in rows(db, FetchEvent) if e.kind == "page"]
        assert [(e.error_kind, e.status) for e in failures] == [("http_5xx", 503)]
        status = newsagg("--db", db, "status", cwd=tmp_path).stdout
        assert "page failures last 24h: http_5xx 1; entries pending a retry: 1" in status

        second = newsagg("--db", db, "poll", feed, cwd=tmp_path, env=RETRY_AT_ONCE)
        assert second.returncode == 0, second.stderr
        assert site.hits_for("/rss.xml")[-1].header("if-none-match") == '"rss-v1"'  # a 304
        assert sorted(s["title"] for s in export(db, tmp_path)) == ON_TOPIC
        assert rows(db, PendingEntry) == []
        assert len(site.hits_for(FLAKY.path)) == 2


def test_a_page_that_never_comes_is_given_up_after_the_last_attempt(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    env = {**RETRY_AT_ONCE, "NEWSAGG_POLL__ENTRY_MAX_ATTEMPTS": "2"}
    with HttpSite() as site:
        serve_news_site(site)
        site.route(FLAKY.path, Route("down", status=502))
        for _ in range(3):
            result = newsagg("--db", db, "poll", site.url("/rss.xml"), cwd=tmp_path, env=env)
            assert result.returncode == 0, result.stderr
        assert len(site.hits_for(FLAKY.path)) == 2  # not fetched after giving up
    assert rows(db, PendingEntry) == []
    assert [(r.url.endswith(FLAKY.path), r.reason) for r in rows(db, RejectedUrl)
            if r.reason == "gave_up"] == [(True, "gave_up")]  # fmt: skip
    assert sorted(s["title"] for s in export(db, tmp_path)) == sorted(set(ON_TOPIC) - {FLAKY.title})


def test_a_page_on_a_private_address_is_rejected_as_blocked_with_its_reason(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    with HttpSite() as site:
        serve_news_site(site)
        blocked = "http://10.255.255.1/2026/private-article"
        item = f"<item><title>Private</title><link>{blocked}</link></item>"
        site.route(
            "/private.xml",
            Route(
                f"<rss version='2.0'><channel><title>P</title>{item}</channel></rss>",
                content_type="application/rss+xml",
            ),
        )
        result = newsagg("--db", db, "poll", site.url("/private.xml"), cwd=tmp_path, env=FAST_HTTP)
        assert result.returncode == 0, result.stderr
    assert [(r.url, r.reason) for r in rows(db, RejectedUrl)] == [(blocked, "blocked")]
    assert [e.error_kind for e in rows(db, FetchEvent) if e.kind == "page"] == ["blocked"]
    assert rows(db, PendingEntry) == []
