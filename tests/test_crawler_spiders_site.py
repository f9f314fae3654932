"""SiteSpider on a real local site: what is handed on, what is requested, and what never is.

Each crawl runs in a subprocess (Twisted's reactor cannot restart) through `run_crawl`, which
test_crawler_spiders_sitemap.py uses too, as it does `serve_test_site`.
"""

from __future__ import annotations

import gzip
import os
import signal
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.httpsite import HttpSite, Route, call_in_subprocess

SITE_DIR = Path(__file__).parent / "data" / "site"
TEST_HTTP = {
    "timeout_s": 2.0,  # the slow page (3 s) still times out; loaded CI machines do not
    "retries": 0,
    "download_delay_s": 0.0,
    "autothrottle": False,
    # HttpSite listens with a backlog of 5: more parallel connects than that can see a dropped
    # SYN, retried after 1 s, which is the timeout here
    "concurrent_requests": 4,
    "concurrent_per_host": 4,
}
MOVED_PATH = "/world/2024/05/04/court-ruling-moved-to-new-address"
INTERNAL_REDIRECT_PATH = "/world/2024/05/05/briefing-notes-moved-to-internal-host"
SLOW_PATH = "/world/2024/05/05/slow-loading-story-about-border-talks"
DRAFT_PATH = "/private/secret-draft-of-an-unpublished-story"
A = {  # the articles of the test site by a short name
    "senate": "/politics/2024/05/02/senate-debates-border-funding-package",
    "visa": "/politics/2024/05/01/new-visa-rules-for-seasonal-workers",
    "eu": "/world/2024/05/03/eu-ministers-agree-asylum-reform-deal",
    "islands": "/world/article-483920",
    "court": "/world/2024/05/04/court-blocks-deportation-flights-pending-review",
    "governors": "/politics/2024/04/28/governors-call-for-federal-help-with-shelters",
    "committee": "/politics/2024/04/20/parliament-committee-hears-testimony-on-detention",
}
NAVIGATION = ["/", "/politics/", "/politics/page/2/", "/world/", "/tag/immigration/"]


def serve_test_site(site: HttpSite, private: HttpSite, *, slow: bool = False) -> None:
    """Route tests/data/site on `site`, plus redirects, a gzip news sitemap and, with `slow`, a
    page answering after the crawl's timeout (else that link is a quick 404)."""
    for file in SITE_DIR.rglob("*"):
        if file.is_file():
            body = (
                file.read_text()
                .replace("{base}", site.url(""))
                .replace("{private}", private.url(""))
            )
            site.route(
                _route_path(file.relative_to(SITE_DIR).as_posix()),
                Route(body, content_type=_type(file)),
            )
    news = site.routes.pop("/sitemap-news.xml")
    assert isinstance(news, Route)
    site.route(
        "/sitemap-news.xml.gz",
        Route(gzip.compress(news.body_bytes()), content_type="application/x-gzip"),
    )
    site.route(MOVED_PATH, Route(status=301, redirect_to="/go/court-ruling-2"))
    site.route("/go/court-ruling-2", Route(status=302, redirect_to=A["court"]))
    site.route(
        INTERNAL_REDIRECT_PATH,
        Route(redirect_to=private.url("/internal/briefing-notes-for-staff")),
    )
    if slow:
        site.route(SLOW_PATH, Route(site.routes[A["senate"]].body, delay_s=3.0))  # type: ignore[union-attr]
    private.route("/robots.txt", Route("User-agent: *\nAllow: /\n", content_type="text/plain"))


def _route_path(relative: str) -> str:
    if relative.endswith("index.html"):
        return "/" + relative.removesuffix("index.html")
    return "/" + relative.removesuffix(".html")


def _type(file: Path) -> str:
    return {".xml": "application/xml", ".txt": "text/plain"}.get(
        file.suffix, "text/html; charset=utf-8"
    )


@pytest.fixture
def sites() -> Iterator[tuple[HttpSite, HttpSite]]:
    """The news site on 127.0.0.1 and a recording server on another loopback address."""
    with HttpSite("127.0.0.1") as site, HttpSite("127.0.0.2") as private:
        private_page = Route("<html><body><p>internal</p></body></html>")
        private.route("/internal/2024/05/05/admin-only-story-on-internal-host", private_page)
        private.route("/internal/briefing-notes-for-staff", private_page)
        serve_test_site(site, private)
        yield site, private


def run_crawl(payload: dict[str, Any]) -> dict[str, Any]:
    """Child-process entry point: crawl_sites with a set of known URLs, report what came out."""
    from crawler.fetch.sites import crawl_sites
    from crawler.items import Page
    from settings.model import CrawlSettings, HttpSettings

    known = set(payload.get("known", []))
    pages: list[Page] = []
    since = payload.get("since")
    interrupt_after = payload.get("interrupt_after")
    progress: list[dict[str, int]] = []

    def on_page(page: Page) -> None:
        pages.append(page)
        if len(pages) == interrupt_after:  # what Ctrl-C does: a graceful Scrapy shutdown
            os.kill(os.getpid(), signal.SIGINT)

    result = crawl_sites(
        payload["urls"],
        HttpSettings(**payload.get("http", TEST_HTTP)),
        CrawlSettings(**payload.get("crawl", {})),
        since=datetime.fromisoformat(since) if since else None,
        is_known=known.__contains__,
        on_page=on_page,
        on_progress=progress.append,
        jobdir=Path(payload["jobdir"]) if payload.get("jobdir") else None,
    )
    last = progress[-1] if progress else {}
    return {"pages": [_page_json(p) for p in pages], "result": result, "progress": last}


def _page_json(page: Any) -> dict[str, Any]:
    entry = page.entry
    return {
        "url": page.url,
        "source_url": page.source_url,
        "requested_url": page.requested_url,
        "html_len": len(page.html),
        "entry_title": entry.title if entry else None,
        "entry_published_at": entry.published_at.isoformat()
        if entry and entry.published_at
        else None,
    }


def crawl(urls: list[str], **payload: Any) -> dict[str, Any]:
    result: dict[str, Any] = call_in_subprocess(f"{__name__}:run_crawl", {"urls": urls, **payload})
    return result


def handed_paths(site: HttpSite, result: dict[str, Any]) -> list[str]:
    return [p["url"].removeprefix(site.url("")) for p in result["pages"]]


def requested_paths(site: HttpSite) -> list[str]:
    return [hit.path for hit in site.hits]


def test_homepage_crawl_hands_on_exactly_its_articles_once(
    sites: tuple[HttpSite, HttpSite],
) -> None:
    site, private = sites
    serve_test_site(site, private, slow=True)
    result = crawl([site.url("/")], crawl={"depth": 1})
    handed = handed_paths(site, result)
    # the homepage links senate twice (with tracking and a fragment) and court via a redirect chain
    assert sorted(handed) == sorted([A["senate"], A["visa"], A["eu"], A["islands"], A["court"]])
    requested = requested_paths(site)
    assert requested.count(A["senate"]) == 1
    assert DRAFT_PATH not in requested  # robots.txt disallows /private/
    assert not private.hits  # neither the direct link nor the redirect reached 127.0.0.2
    assert result["result"]["blocked"] >= 1
    # navigation at the last level is not fetched: its links would not be followed anyway
    assert not {"/tag/immigration/", "/author/jane-doe/", "/politics/"} & set(requested)
    assert not {"/about", "/login", "/feed/", "/img/front-page-photo.jpg"} & set(requested)
    assert result["result"]["errors"] == 2  # the slow page timed out, the removed one is a 404
    assert SLOW_PATH in requested
    assert result["result"]["close_reason"] == "finished"
    assert {p["source_url"] for p in result["pages"]} == {site.url("/")}
    assert result["progress"]["articles"] == len(handed)
    assert result["progress"]["pages_fetched"] >= len(handed) + 1


def test_deep_crawl_then_recrawl_requests_no_known_article(
    sites: tuple[HttpSite, HttpSite],
) -> None:
    site, _ = sites
    first = crawl([site.url("/")], crawl={"depth": 3})
    handed = handed_paths(site, first)
    assert sorted(handed) == sorted(A.values())  # committee is only on /politics/page/2/
    assert not set(NAVIGATION) & set(handed)
    assert "/politics/page/2/" in requested_paths(site)
    # the lead stores both the final and the requested URL (a redirecting link) of a page
    known = [url for p in first["pages"] for url in (p["url"], p["requested_url"])]
    site.hits.clear()
    second = crawl([site.url("/")], crawl={"depth": 3}, known=known)
    assert second["pages"] == []
    assert not set(A.values()) & set(requested_paths(site))
    assert "/politics/page/2/" in requested_paths(site)  # navigation is checked for new links


def test_max_pages_caps_requests(sites: tuple[HttpSite, HttpSite]) -> None:
    site, _ = sites
    result = crawl([site.url("/")], crawl={"depth": 3, "max_pages": 4})
    pages_requested = [p for p in requested_paths(site) if p != "/robots.txt"]
    assert len(pages_requested) <= 4 + 1  # + the second hop of the redirect chain
    assert 1 <= len(result["pages"]) <= 3


def test_interrupted_crawl_resumes_from_jobdir(
    sites: tuple[HttpSite, HttpSite], tmp_path: Path
) -> None:
    site, _ = sites
    jobdir = tmp_path / "job"
    first = crawl(
        [site.url("/")],
        crawl={"depth": 3},
        jobdir=str(jobdir),
        interrupt_after=2,
        http={**TEST_HTTP, "concurrent_requests": 1},
    )
    assert first["result"]["close_reason"] == "shutdown"
    assert jobdir.exists()
    site.hits.clear()
    known = [url for p in first["pages"] for url in (p["url"], p["requested_url"])]
    second = crawl([site.url("/")], crawl={"depth": 3}, jobdir=str(jobdir), known=known)
    assert second["result"]["close_reason"] == "finished"
    assert "/" not in requested_paths(site)  # the frontier came from the job directory
    assert not {p["url"] for p in first["pages"]} & {p["url"] for p in second["pages"]}
    # Scrapy lets in-flight requests finish before it pauses, so nothing falls between the runs
    assert sorted(handed_paths(site, first) + handed_paths(site, second)) == sorted(A.values())
    assert not jobdir.exists()  # a finished crawl leaves nothing to resume


# --- spider decisions in-process (no reactor: callbacks called with built responses) ----------


def _spider(**kwargs: Any) -> Any:
    from crawler.fetch.spiders.site import SiteSpider

    defaults: dict[str, Any] = {
        "start_urls": ["http://news.test/"],
        "is_known": lambda _url: False,
        "on_page": lambda _page: None,
    }
    return SiteSpider(**{**defaults, **kwargs})


def _response(path: str, body: bytes, **meta: Any) -> Any:
    from scrapy.http import HtmlResponse, Request

    url = "http://news.test" + path
    headers = {"Content-Type": "text/html; charset=utf-8"}
    return HtmlResponse(url, body=body, headers=headers, request=Request(url, meta=meta))


def _home() -> bytes:
    return (SITE_DIR / "index.html").read_bytes().replace(b"{base}", b"http://news.test")


def test_tight_budget_goes_to_article_links_first() -> None:
    from crawler.fetch.spiders.site import META_DEPTH, META_IS_START

    spider = _spider(max_pages=4, depth=2)
    assert spider.claim_page("http://news.test/", check_known=False)
    requests = list(
        spider.parse_page(_response("/", _home(), **{META_DEPTH: 0, META_IS_START: True}))
    )
    paths = [r.url.removeprefix("http://news.test") for r in requests]
    assert len(paths) == 3
    assert set(paths) <= set(A.values()) | {
        MOVED_PATH,
        INTERNAL_REDIRECT_PATH,
        SLOW_PATH,
        DRAFT_PATH,
    }


def test_html_page_at_a_sitemap_like_start_url_is_crawled() -> None:
    from crawler.fetch.spiders.sitemap import META_SITEMAP_LEVEL

    spider = _spider(start_urls=["http://news.test/sitemap/"])
    requests = list(
        spider.parse_sitemap(_response("/sitemap/", _home(), **{META_SITEMAP_LEVEL: 0}))
    )
    assert any(r.url.endswith(A["senate"]) for r in requests)
    assert spider.stats["sitemap_errors"] == 0


def test_memory_of_known_urls_is_bounded() -> None:
    spider = _spider(is_known=lambda _url: True, max_pages=1)
    spider.max_seen = 100
    for i in range(1000):
        assert not spider.claim_page(f"http://news.test/2024/05/01/story-{i}")
    assert len(spider.seen) == 100
    assert spider.stats["known_skipped"] == 1000


@pytest.mark.parametrize(
    ("urls", "expected"),
    [
        (["http://n.test/robots.txt", "http://n.test/news-sitemap.xml.gz"], "SitemapSpider"),
        (["http://n.test/sitemap.xml", "http://n.test/"], "SiteSpider"),
        (["http://n.test/politics/"], "SiteSpider"),
    ],
    ids=["all-sitemaps", "mixed", "homepage"],
)
def test_pick_spider(urls: list[str], expected: str) -> None:
    from crawler.fetch.sites import pick_spider

    assert pick_spider(urls).__name__ == expected


def test_jobdir_of_a_crashed_crawl_is_wiped_and_a_paused_one_kept(tmp_path: Path) -> None:
    from crawler.fetch.sites import SPIDER_STATE_FILE, prepare_jobdir

    crashed, paused = tmp_path / "crashed", tmp_path / "paused"
    for jobdir in (crashed, paused):
        jobdir.mkdir()
        (jobdir / "requests.seen").write_text("0" * 40 + "\n")
    (paused / SPIDER_STATE_FILE).write_bytes(b"state")
    prepare_jobdir(crashed)
    prepare_jobdir(paused)
    prepare_jobdir(tmp_path / "missing")
    assert not crashed.exists()
    assert (paused / "requests.seen").exists()


@pytest.mark.slow  # two spawned processes that each load the crawl and extraction stack
# trafilatura (the baseline) imports urllib3's optional SOCKS support, which warns without PySocks
@pytest.mark.filterwarnings("ignore::urllib3.exceptions.DependencyWarning")
def test_bench_crawl_smoke() -> None:
    from bench.crawl import run_benchmark

    result = run_benchmark(articles=24, baseline_sample=3)
    # homepage + one listing page per section + every article, each article extracted
    assert result["crawl_articles"] == result["crawl_extracted"] == 24
    assert result["crawl_pages_fetched"] == 1 + 8 + 24
    assert result["crawl_errors"] == 0
    assert result["baseline_extracted"] == 3
    assert result["crawl_pages_per_min"] > 0 and result["baseline_pages_per_min"] > 0
