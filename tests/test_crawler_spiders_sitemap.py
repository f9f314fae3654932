"""SitemapSpider on the local test site: robots.txt -> index -> urlset + gzip news sitemap."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.httpsite import HttpSite, call_in_subprocess
from tests.test_crawler_spiders_site import (
    DRAFT_PATH,
    INTERNAL_REDIRECT_PATH,
    MOVED_PATH,
    A,
    handed_paths,
    requested_paths,
    serve_test_site,
)

NEWS = {A["eu"], A["court"], A["senate"]}  # the entries of sitemap-news.xml.gz


@pytest.fixture
def sites() -> Iterator[tuple[HttpSite, HttpSite]]:
    with HttpSite("127.0.0.1") as site, HttpSite("127.0.0.2") as private:
        serve_test_site(site, private)
        yield site, private


def crawl(urls: list[str], **payload: Any) -> dict[str, Any]:
    target = "tests.test_crawler_spiders_site:run_crawl"
    result: dict[str, Any] = call_in_subprocess(target, {"urls": urls, **payload})
    return result


def test_robots_txt_leads_to_every_listed_article(sites: tuple[HttpSite, HttpSite]) -> None:
    site, private = sites
    result = crawl([site.url("/robots.txt")])
    handed = handed_paths(site, result)
    assert sorted(handed) == sorted(A.values())  # court is listed twice (direct, moved): once
    requested = requested_paths(site)
    assert {"/sitemap_index.xml", "/sitemap-articles.xml", "/sitemap-news.xml.gz"} <= set(requested)
    assert MOVED_PATH in requested
    assert "/politics/" not in requested  # a section page listed in a plain sitemap
    assert DRAFT_PATH not in requested  # disallowed by robots.txt
    assert INTERNAL_REDIRECT_PATH in requested
    assert not private.hits  # listed directly (another site) and via a redirect (netguard)
    assert result["result"]["blocked"] == 1
    by_path = {p["url"].removeprefix(site.url("")): p for p in result["pages"]}
    assert by_path[A["eu"]]["entry_published_at"] == "2024-05-03T07:30:00+00:00"
    assert by_path[A["eu"]]["entry_title"].startswith("EU ministers")
    assert by_path[A["visa"]]["entry_title"] is None
    assert {p["source_url"] for p in result["pages"]} == {site.url("/robots.txt")}


def test_since_skips_older_entries_before_fetching(sites: tuple[HttpSite, HttpSite]) -> None:
    site, _ = sites
    result = crawl([site.url("/sitemap_index.xml")], since="2024-05-02T00:00:00+00:00")
    assert sorted(handed_paths(site, result)) == sorted(NEWS)
    older = {A["visa"], A["governors"], A["committee"], A["islands"]}
    assert not older & set(requested_paths(site))


def test_max_pages_takes_the_newest_entries(sites: tuple[HttpSite, HttpSite]) -> None:
    site, _ = sites
    result = crawl([site.url("/sitemap-articles.xml")], crawl={"max_pages": 2})
    pages = [p for p in requested_paths(site) if not p.endswith((".xml", ".txt"))]
    # the draft (newest, but disallowed) and the moved link (then its redirect hops) come first
    assert pages[0] == MOVED_PATH and len([p for p in pages if p != "/go/court-ruling-2"]) == 2
    assert handed_paths(site, result) == [A["court"]]
