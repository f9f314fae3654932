"""The shared downloader: settings, retry back-off, robots.txt, limits, against a local site."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest

from crawler.fetch.schedule import backoff_delay_s
from crawler.fetch.stack import product_token, scrapy_settings
from settings.model import HttpSettings
from tests.httpsite import Hit, HttpSite, Route, call_in_subprocess

FAST_HTTP = {"download_delay_s": 0, "autothrottle": False, "timeout_s": 5, "retries": 0}


# --- run in a child process: fetch URLs with the project settings, report what happened ----------


def fetch_urls(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """Child-process entry: fetch `urls` with HttpSettings(**http); one result dict per URL."""
    from scrapy import Request, Spider
    from twisted.python.failure import Failure

    from crawler.fetch.runner import run_spider

    results: list[dict[str, Any]] = []

    class FetchSpider(Spider):
        name = "fetch"
        trusted_hosts = frozenset(payload.get("trusted", []))

        async def start(self) -> Any:
            for url in payload["urls"]:
                yield Request(url, callback=self.ok, errback=self.fail, dont_filter=True)

        def ok(self, response: Any) -> None:
            results.append(
                {
                    "url": response.request.meta.get("redirect_urls", [response.url])[0],
                    "final_url": response.url,
                    "status": response.status,
                    "body": response.body.decode("utf-8", "replace"),
                }
            )

        def fail(self, failure: Failure) -> None:
            request = failure.request  # type: ignore[attr-defined]  # set by Scrapy
            results.append(
                {
                    "url": request.meta.get("redirect_urls", [request.url])[0],
                    "error_type": type(failure.value).__name__,
                    "error": str(failure.value),
                }
            )

    http = HttpSettings(**{**FAST_HTTP, **payload.get("http", {})})
    run_spider(FetchSpider, http, scrapy_overrides=payload.get("scrapy", {}))
    return results


def by_url(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["url"]: r for r in results}


# --- pure parts ------------------------------------------------------------------------------------


def test_settings_carry_politeness_limits_and_identity() -> None:
    http = HttpSettings(timeout_s=7, max_body_bytes=1234, concurrent_per_host=3, max_redirects=4)
    settings = scrapy_settings(http)
    assert settings["ROBOTSTXT_OBEY"] is True
    assert settings["ROBOTSTXT_USER_AGENT"] == "newsagg"
    assert (
        settings["USER_AGENT"].startswith("newsagg/") and http.contact_url in settings["USER_AGENT"]
    )
    assert settings["DOWNLOAD_TIMEOUT"] == 7
    assert settings["DOWNLOAD_MAXSIZE"] == 1234
    assert settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == 3
    assert settings["REDIRECT_MAX_TIMES"] == 4
    assert settings["COOKIES_ENABLED"] is False and settings["TELNETCONSOLE_ENABLED"] is False
    assert 429 not in settings["RETRY_HTTP_CODES"]


def test_settings_overrides_win() -> None:
    assert scrapy_settings(HttpSettings(), LOG_LEVEL="DEBUG")["LOG_LEVEL"] == "DEBUG"


@pytest.mark.parametrize(
    ("user_agent", "token"),
    [("newsagg/0.1 (+https://x.org)", "newsagg"), ("MyBot", "MyBot"), ("a b/1", "a")],
    ids=["versioned", "bare", "spaced"],
)
def test_product_token(user_agent: str, token: str) -> None:
    assert product_token(user_agent) == token


def test_backoff_grows_is_capped_and_jittered() -> None:
    rng = random.Random(1)
    delays = [backoff_delay_s(attempt, 1.0, 8.0, rng) for attempt in range(1, 8)]
    assert 0.5 <= delays[0] <= 1.0
    assert 2.0 <= delays[2] <= 4.0
    assert all(4.0 <= d <= 8.0 for d in delays[4:])  # capped at 8, never below half the cap
    assert len({round(d, 6) for d in delays[4:]}) > 1  # jitter: not one fixed value
    assert backoff_delay_s(3, 0.0, 8.0, rng) == 0.0


# --- one crawl against a local site, several behaviours -------------------------------------------


def flaky(failures: int) -> Any:
    """A handler answering 503 `failures` times, then 200."""
    seen: list[Hit] = []

    def handle(hit: Hit) -> Route:
        seen.append(hit)
        if len(seen) <= failures:
            return Route("busy", status=503)
        return Route("<p>ok</p>")

    return handle


@pytest.fixture(scope="module")
def crawl() -> Iterator[tuple[HttpSite, dict[str, dict[str, Any]]]]:
    with HttpSite() as site:
        site.route(
            "/robots.txt", Route("User-agent: *\nDisallow: /private/", content_type="text/plain")
        )
        urls = [
            site.route("/gz", Route("<p>compressed page</p>", gzip=True)),
            site.route("/private/1", Route("secret")),
            site.route("/private/2", Route("secret")),
            site.route("/open/1", Route("public")),
            site.route("/flaky", flaky(2)),
            site.route("/limited", Route("slow down", status=429, headers={"Retry-After": "120"})),
            site.route("/big", Route(b"x" * 50_000, content_type="text/plain")),
            site.route("/bomb", Route(b"\0" * 2_000_000, content_type="text/plain", gzip=True)),
            site.route("/slow", Route("late", delay_s=4.0)),
            site.route("/loop1", Route(redirect_to="/loop2")),
        ]
        site.route("/loop2", Route(redirect_to="/loop1"))
        payload = {
            "urls": urls,
            "trusted": ["127.0.0.1"],
            "http": {"retries": 2, "timeout_s": 1.5, "max_body_bytes": 20_000, "max_redirects": 3},
            "scrapy": {"NEWSAGG_RETRY_BACKOFF_S": 0.2, "RETRY_HTTP_CODES": [503]},
        }
        yield site, by_url(call_in_subprocess("tests.test_crawler_fetching:fetch_urls", payload))


def test_user_agent_names_newsagg_and_contact(crawl: Any) -> None:
    site, _ = crawl
    agents = {h.header("user-agent") for h in site.hits}
    assert agents == {HttpSettings().resolved_user_agent()}


def test_gzip_is_decoded(crawl: Any) -> None:
    site, results = crawl
    assert results[site.url("/gz")]["body"] == "<p>compressed page</p>"
    assert "gzip" in (site.hits_for("/gz")[0].header("accept-encoding") or "")


def test_robots_disallow_respected_for_every_waiting_request(crawl: Any) -> None:
    # several requests to one host wait for its robots.txt at once (Scrapy 2.19 let all but
    # the first one through)
    site, results = crawl
    assert site.hits_for("/private/1") == [] and site.hits_for("/private/2") == []
    assert results[site.url("/private/1")]["error"] == "Forbidden by robots.txt"
    assert results[site.url("/open/1")]["status"] == 200
    assert len(site.hits_for("/robots.txt")) == 1


def test_transient_errors_retried_with_growing_delay(crawl: Any) -> None:
    site, results = crawl
    hits = site.hits_for("/flaky")
    assert results[site.url("/flaky")]["status"] == 200 and len(hits) == 3
    first_gap, second_gap = hits[1].at - hits[0].at, hits[2].at - hits[1].at
    assert first_gap >= 0.1 and second_gap >= 0.2  # back-off base 0.2 s, doubled, half jitter


def test_rate_limited_is_not_retried_in_the_crawl(crawl: Any) -> None:
    site, results = crawl
    assert len(site.hits_for("/limited")) == 1
    assert results[site.url("/limited")]["error_type"] == "HttpError"


@pytest.mark.parametrize("path", ["/big", "/bomb"], ids=["oversized", "gzip-bomb"])
def test_oversized_body_is_cut_off(crawl: Any, path: str) -> None:
    site, results = crawl
    result = results[site.url(path)]
    assert "body" not in result
    assert "max size" in result["error"] or "DOWNLOAD_MAXSIZE" in result["error"]


def test_slow_response_times_out(crawl: Any) -> None:
    site, results = crawl
    assert results[site.url("/slow")]["error_type"] == "DownloadTimeoutError"
    assert len(site.hits_for("/slow")) == 3  # timeouts are transient: retried twice


def test_redirect_loop_ends(crawl: Any) -> None:
    site, results = crawl
    assert results[site.url("/loop1")]["error"] == "max redirections reached"
    assert len(site.hits_for("/loop1")) + len(site.hits_for("/loop2")) == 4  # 1 + 3 redirects


def fetch_pages_child(payload: dict[str, Any]) -> dict[str, Any]:
    """Child-process entry: crawler.fetch.runner.fetch_pages, results as JSON data."""
    from crawler.fetch.errors import FetchError
    from crawler.fetch.runner import fetch_pages

    out: dict[str, Any] = {}
    for url, result in fetch_pages(payload["urls"], HttpSettings(**FAST_HTTP)).items():
        if isinstance(result, FetchError):
            out[url] = {"kind": result.kind.value, "status": result.status,
                        "retryable": result.retryable}  # fmt: skip
        else:
            out[url] = {"final": result.url, "html": result.html.decode(), "status": result.status}
    try:  # a second crawl in this process: the reactor cannot run again
        fetch_pages(payload["urls"], HttpSettings(**FAST_HTTP))
    except Exception as exc:
        out["second_run"] = type(exc).__name__
    return out


def test_fetch_pages_returns_pages_and_typed_errors_once_per_process() -> None:
    with HttpSite() as site:
        ok = site.route("/story", Route(redirect_to="/story/", status=301))
        site.route("/story/", Route("<p>story</p>"))
        missing = site.route("/missing", Route("no", status=404))
        busy = site.route("/busy", Route("later", status=503))
        results = call_in_subprocess(
            "tests.test_crawler_fetching:fetch_pages_child", {"urls": [ok, missing, busy]}
        )
    assert results[ok] == {"final": site.url("/story/"), "html": "<p>story</p>", "status": 200}
    assert results[missing] == {"kind": "http_4xx", "status": 404, "retryable": False}
    assert results[busy] == {"kind": "http_5xx", "status": 503, "retryable": True}
    assert results["second_run"] == "ReactorUsedError"
