"""Scale-out: two crawl processes sharing a Redis frontier (scrapy-redis) split one crawl."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from tests.cli import FAST_HTTP, export
from tests.httpsite import HttpSite, Route
from tests.newssite import STORIES, article_html, serve_news_site

REDIS_ENV = "NEWSAGG_TEST_REDIS_URL"
FRONTIER_PREFIX = "newsagg:crawl:"  # scheduler.collect's frontier keys
pytestmark = pytest.mark.redis


@pytest.fixture
def redis_url() -> Iterator[str]:
    """The test Redis; the frontier keys a test made are checked to expire, then removed."""
    url = os.environ.get(REDIS_ENV)
    if not url:
        pytest.skip(f"Redis tests need {REDIS_ENV} (e.g. redis://127.0.0.1:6379/15)")
    client = redis.Redis.from_url(url)
    before = set(client.scan_iter(match=f"{FRONTIER_PREFIX}*"))
    yield url
    made = set(client.scan_iter(match=f"{FRONTIER_PREFIX}*")) - before
    ttls = {key: client.ttl(key) for key in made}
    if made:
        client.delete(*made)
    client.close()
    assert all(ttl > 0 for ttl in ttls.values()), ttls  # the product lets them expire too


def test_two_processes_fetch_each_page_once(tmp_path: Path, redis_url: str) -> None:
    db = tmp_path / "news.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSAGG_")}
    env.update(FAST_HTTP, NEWSAGG_CRAWL__FRONTIER_REDIS_URL=redis_url, XDG_CACHE_HOME=str(tmp_path))
    with HttpSite() as site:
        serve_news_site(site)
        for story in STORIES:  # slow pages, so both processes take part
            site.route(story.path, Route(article_html(story, "Test News"), delay_s=0.5))
        command = [sys.executable, "-m", "scheduler", "--db", str(db), "crawl", site.url("/"),
                   "--no-resume"]  # fmt: skip
        workers = [
            subprocess.Popen(command, cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        for worker in workers:
            _, stderr = worker.communicate(timeout=120)
            assert worker.returncode == 0, stderr
        article_paths = {story.path for story in STORIES}
        fetched = [hit.path for hit in site.hits if hit.path in article_paths]
    assert sorted(fetched) == sorted(article_paths)  # each page fetched once in all
    titles = sorted(story["title"] for story in export(db, tmp_path))
    assert titles == sorted(s.title for s in STORIES if s.is_on_topic)
