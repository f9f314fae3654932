"""`newsagg crawl` end to end: a local site crawled from its homepage into a real database."""

from __future__ import annotations

from pathlib import Path

from tests.cli import FAST_HTTP, export, newsagg
from tests.httpsite import HttpSite, Route
from tests.newssite import STORIES, serve_news_site

ON_TOPIC = sorted(s.title for s in STORIES if s.is_on_topic)


def test_homepage_crawl_stores_relevant_articles_once_and_resumes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    env = {**FAST_HTTP, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    with HttpSite() as site:
        serve_news_site(site)
        site.route(
            "/robots.txt", Route("User-agent: *\nDisallow: /tag/\n", content_type="text/plain")
        )
        first = newsagg("--db", db, "crawl", site.url("/"), "--depth", "2", cwd=tmp_path, env=env)
        assert first.returncode == 0, first.stderr
        assert sorted(s["title"] for s in export(db, tmp_path)) == ON_TOPIC
        assert not site.hits_for("/tag/migration")  # disallowed by robots.txt
        articles = {s.path for s in STORIES}
        first_hits = [h.path for h in site.hits if h.path in articles]
        assert sorted(first_hits) == sorted(articles)  # every article fetched exactly once
        seen = len(site.hits)

        second = newsagg("--db", db, "crawl", site.url("/"), cwd=tmp_path, env=env)
        assert second.returncode == 0, second.stderr
        assert not [h.path for h in site.hits[seen:] if h.path in articles]
        assert sorted(s["title"] for s in export(db, tmp_path)) == ON_TOPIC


def test_topic_none_keeps_every_article(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    env = {**FAST_HTTP, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    with HttpSite() as site:
        serve_news_site(site)
        result = newsagg(
            "--db", db, "crawl", site.url("/"), "--topic", "none", cwd=tmp_path, env=env
        )
        assert result.returncode == 0, result.stderr
    assert sorted(s["title"] for s in export(db, tmp_path)) == sorted(s.title for s in STORIES)

    # the topic filter applied afterwards, without refetching: off-topic stories leave the export
    rescored = newsagg("--db", db, "rescore", "--topic", "immigration-policy", cwd=tmp_path)
    assert rescored.returncode == 0, rescored.stderr
    assert "2 changed verdict" in rescored.stdout
    assert sorted(s["title"] for s in export(db, tmp_path)) == ON_TOPIC
    everything = newsagg("--db", db, "export", "--include-irrelevant", cwd=tmp_path)
    assert len(everything.stdout.splitlines()) == len(STORIES)
