"""A crawl of several sources records each one's own outcome: its pages, its failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.db import make_engine
from storage.models import FetchEvent, Source
from tests.cli import FAST_HTTP, newsagg
from tests.httpsite import HttpSite, Route
from tests.newssite import STORIES, serve_news_site

pytestmark = pytest.mark.slow


def test_each_source_of_a_crawl_gets_its_own_outcome(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    env = {**FAST_HTTP, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    with HttpSite() as site:
        serve_news_site(site)
        site.route("/loop", Route(redirect_to="/loop"))
        site.route("/refused/sitemap.xml", Route("no", status=403))
        good, looping, refused = site.url("/"), site.url("/loop"), site.url("/refused/sitemap.xml")
        args = ["--db", db, "crawl", good, looping, refused, "--topic", "none"]
        result = newsagg(*args, cwd=tmp_path, env=env)
    assert result.returncode == 1
    assert "/loop:" in result.stderr and "sitemap.xml:" in result.stderr
    with Session(make_engine(f"sqlite:///{db}")) as session:
        health = {s.url: s for s in session.scalars(select(Source))}
        new = {e.url: e.new for e in session.scalars(select(FetchEvent))}
    assert health[good].consecutive_failures == 0 and new[good] == len(STORIES)
    for url in (looping, refused):
        assert health[url].consecutive_failures == 1 and health[url].last_error_kind == "crawl"
        assert health[url].last_success_at is None and new[url] == 0  # not credited
