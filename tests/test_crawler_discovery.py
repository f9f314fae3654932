"""Feed and sitemap discovery: from HTML and robots.txt, and probed over HTTP on a local site."""

from __future__ import annotations

from typing import Any

import pytest

from crawler.sources.discovery import candidate_feed_urls, discover_feeds, sitemaps_from_robots
from tests.httpsite import HttpSite, Route, call_in_subprocess

HOME = b"""<!DOCTYPE html><html><head>
<title>Example News</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="Example &raquo; Comments Feed"
      href="https://news.example.org/comments/feed/">
<link rel="alternate" type="application/rss+xml" title="Example &raquo; Feed"
      href="https://news.example.org/feed/?utm_source=site">
<link rel="alternate" type="application/atom+xml" href="/atom.xml">
<link rel="alternate" type="application/feed+json" href="feed.json">
<link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
<link rel="alternate" type="application/rss+xml" href="https://news.example.org/feed/">
<link rel="alternate" type="application/rss+xml" href="javascript:void(0)">
</head><body><a href="/rss">RSS</a></body></html>"""


def test_discover_feeds_from_link_tags() -> None:
    assert discover_feeds(HOME, "https://news.example.org/section/") == [
        "https://news.example.org/feed/",
        "https://news.example.org/atom.xml",
        "https://news.example.org/section/feed.json",
        "https://news.example.org/comments/feed/",  # comment feeds last
    ]


def test_discover_feeds_respects_base_href() -> None:
    html = b'<html><head><base href="https://cdn.example.org/blog/"><link rel="alternate" \
type="application/atom+xml" href="atom.xml"></head></html>'
    assert discover_feeds(html, "https://example.org/") == ["https://cdn.example.org/blog/atom.xml"]


@pytest.mark.parametrize("html", [b"", b"not html at all \x00\xff", b"<html></html>"])
def test_discover_feeds_on_pages_without_feeds(html: bytes) -> None:
    assert discover_feeds(html, "https://example.org/") == []


def test_candidate_feed_urls_are_on_the_site_root() -> None:
    candidates = candidate_feed_urls("https://example.org/some/page?x=1")
    assert "https://example.org/feed" in candidates
    assert "https://example.org/feeds/posts/default" in candidates
    assert all(c.startswith("https://example.org/") for c in candidates)


def test_sitemaps_from_robots() -> None:
    robots = (
        "User-agent: *\nDisallow: /search\n"
        "Sitemap: https://example.org/sitemap_index.xml\n"
        "sitemap: /news-sitemap.xml\n"
        "Sitemap: https://example.org/sitemap_index.xml\n"
    )
    assert sitemaps_from_robots(robots, "https://example.org/robots.txt") == [
        "https://example.org/sitemap_index.xml",
        "https://example.org/news-sitemap.xml",
    ]


# --- over HTTP --------------------------------------------------------------------------------------


def discover(payload: dict[str, Any]) -> dict[str, Any]:
    """Child-process entry: discover_sources on the given URL."""
    from crawler.sources.discovery import discover_sources
    from settings.model import HttpSettings

    http = HttpSettings(download_delay_s=0, autothrottle=False, retries=0, timeout_s=5)
    result = discover_sources(payload["url"], http)
    return {"feeds": list(result.feeds), "sitemaps": list(result.sitemaps)}


RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>/a</link></item></channel></rss>"""
SITEMAP = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>http://x/a</loc></url></urlset>"""


def test_discover_sources_checks_candidates() -> None:
    with HttpSite() as site:
        site.route(
            "/",
            Route(
                b'<html><head><link rel="alternate" type="application/rss+xml" '
                b'href="/linked.xml"><link rel="alternate" type="application/atom+xml" '
                b'href="/dead.xml"></head></html>'
            ),
        )
        site.route("/linked.xml", Route(RSS, content_type="application/rss+xml"))
        site.route("/rss", Route(RSS, content_type="text/xml"))
        site.route("/feed", Route(b"<!DOCTYPE html><html>soft 404</html>"))  # not a feed
        site.route(
            "/robots.txt",
            Route("User-agent: *\nSitemap: /sitemaps/main.xml\n", content_type="text/plain"),
        )
        site.route("/sitemaps/main.xml", Route(SITEMAP, content_type="application/xml"))
        site.route("/sitemap.xml", Route(b"<html>not a sitemap</html>"))
        result = call_in_subprocess("tests.test_crawler_discovery:discover", {"url": site.url("/")})
        assert result["feeds"] == [site.url("/linked.xml"), site.url("/rss")]
        assert result["sitemaps"] == [site.url("/sitemaps/main.xml")]
