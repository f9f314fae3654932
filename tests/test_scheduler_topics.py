"""Topic decisions are reversible: pages rejected under one topic are reconsidered under another,
from the kept page (no refetch), and `newsagg explain` says why a URL was stored or rejected."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli import FAST_HTTP, export, newsagg
from tests.httpsite import HttpSite
from tests.newssite import STORIES, serve_news_site

ON_TOPIC = sorted(s.title for s in STORIES if s.is_on_topic)
OFF_TOPIC = [s for s in STORIES if not s.is_on_topic]


def article_hits(site: HttpSite, since: int) -> list[str]:
    paths = {s.path for s in STORIES}
    return [h.path for h in site.hits[since:] if h.path in paths]


def test_crawl_under_another_topic_reconsiders_rejected_pages_without_refetching(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    env = {**FAST_HTTP, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    with HttpSite() as site:
        serve_news_site(site)
        first = newsagg("--db", db, "crawl", site.url("/"), cwd=tmp_path, env=env)
        assert first.returncode == 0, first.stderr
        assert sorted(s["title"] for s in export(db, tmp_path)) == ON_TOPIC
        off = site.url(OFF_TOPIC[0].path)
        why = newsagg("--db", db, "explain", off, cwd=tmp_path)
        assert why.returncode == 0, why.stderr
        assert "rejected as off topic" in why.stdout and "'immigration-policy'" in why.stdout
        assert "reconsidered from the kept page" in why.stdout

        seen = len(site.hits)
        again = newsagg(
            "--db", db, "crawl", site.url("/"), "--topic", "none", cwd=tmp_path, env=env
        )
        assert again.returncode == 0, again.stderr
        assert article_hits(site, seen) == []  # re-scored from the kept pages
    assert sorted(s["title"] for s in export(db, tmp_path)) == sorted(s.title for s in STORIES)
    assert f"reconsidered {len(OFF_TOPIC)}" in again.stderr
    stored = json.loads(newsagg("--db", db, "explain", off, "--json", cwd=tmp_path).stdout)
    assert stored["decision"] == "stored" and stored["story"]["topic"] is None


def test_poll_under_another_topic_sees_the_feed_again(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with HttpSite() as site:
        serve_news_site(site)
        feed = site.url("/rss.xml")
        assert newsagg("--db", db, "poll", feed, cwd=tmp_path, env=FAST_HTTP).returncode == 0
        seen = len(site.hits)
        again = newsagg("--db", db, "poll", feed, "--topic", "none", cwd=tmp_path, env=FAST_HTTP)
        assert again.returncode == 0, again.stderr
        feed_hits = [h for h in site.hits[seen:] if h.path == "/rss.xml"]
        assert len(feed_hits) == 1
        assert feed_hits[0].header("if-none-match") is None  # no 304: entries seen again
        assert article_hits(site, seen) == []
    assert sorted(s["title"] for s in export(db, tmp_path)) == sorted(s.title for s in STORIES)


def test_explain_an_unseen_url(tmp_path: Path) -> None:
    result = newsagg("explain", "https://news.example/never", cwd=tmp_path)
    assert result.returncode == 1
    assert "never fetched" in result.stdout
