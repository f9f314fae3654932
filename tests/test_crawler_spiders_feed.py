"""The feed spider against a local site: conditional GET, change detection, redirects, errors
classified per feed, and article pages fetched only for entries not known yet.

One crawl (in a subprocess: a Twisted reactor runs once per process) serves all scenarios.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import pytest

from tests.httpsite import HttpSite, Route, call_in_subprocess

RSS_TYPE = "application/rss+xml; charset=utf-8"


def rss(*items: tuple[str, str], title: str = "Feed", encoding: str = "utf-8") -> bytes:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid></item>"
        for t, link in items
    )
    text = (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>'
        f"<title>{title}</title><ttl>45</ttl>{body}</channel></rss>"
    )
    return text.encode(encoding)


# --- child process ---------------------------------------------------------------------------------


def poll(payload: dict[str, Any]) -> dict[str, Any]:
    """Child-process entry: poll the jobs, return what the callbacks received, as JSON data."""
    from crawler.fetch.runner import poll_feeds
    from crawler.items import FeedJob
    from settings.model import HttpSettings

    known = set(payload["known"])
    seen: dict[str, list[dict[str, Any]]] = {"feeds": [], "pages": [], "page_errors": []}

    def known_urls(urls: Any) -> set[str]:
        if any("explode" in url for url in urls):
            raise RuntimeError("database unavailable")
        return known.intersection(urls)

    def on_feed(o: Any) -> None:
        seen["feeds"].append(
            {
                "url": o.url,
                "source_id": o.source_id,
                "outcome": o.outcome,
                "http_status": o.http_status,
                "final_url": o.final_url,
                "is_permanent_redirect": o.is_permanent_redirect,
                "has_moved": o.has_moved,
                "etag": o.etag,
                "last_modified": o.last_modified,
                "body_hash": o.body_hash,
                "titles": [e.title for e in o.entries],
                "new": [e.url for e in o.new_entries],
                "feed_urls": sorted({e.feed_url for e in o.entries}),
                "ttl_s": o.hints.ttl_s,
                "max_age_s": o.hints.max_age_s,
                "retry_after_s": o.hints.retry_after_s,
                "error_kind": o.error_kind.value if o.error_kind else None,
                "error": o.error,
                "was_unconditional": o.was_unconditional,
            }
        )

    def on_page(page: Any) -> None:
        seen["pages"].append(
            {"url": page.url, "requested_url": page.requested_url, "html": page.html.decode(),
             "entry_url": page.entry.url, "feed_url": page.entry.feed_url}
        )  # fmt: skip

    def on_page_error(failure: Any) -> None:
        seen["page_errors"].append(
            {"url": failure.url, "kind": failure.error_kind.value, "source_id": failure.source_id}
        )

    jobs = [FeedJob(**job) for job in payload["jobs"]]
    http = HttpSettings(**payload["http"])
    poll_feeds(
        jobs,
        http,
        known_urls=known_urls,
        on_page=on_page,
        on_feed=on_feed,
        on_page_error=on_page_error,
        scrapy_overrides={"NEWSAGG_RETRY_BACKOFF_S": 0.1},
    )
    return seen


# --- the site ---------------------------------------------------------------------------------------

FRESH = rss(("Fresh one", "/news/1"), ("Known one", "/news/known"), ("Moved page", "/news/old"))
STALE = rss(("Stale", "/news/stale"))
BOMB = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
<rss version="2.0"><channel><title>&b;</title></channel></rss>"""


def build_site(site: HttpSite, internal: HttpSite) -> list[dict[str, Any]]:
    """Routes for every scenario; returns the jobs (source_id = index + 1)."""
    r = site.route
    internal.route("/feed.xml", Route(rss(("x", "/x")), content_type=RSS_TYPE))
    r("/robots.txt", Route("User-agent: *\nDisallow: /private/", content_type="text/plain"))
    r("/news/1", Route("<html><body>article one</body></html>"))
    r("/news/known", Route("<html>known</html>"))
    r("/news/old", Route(redirect_to="/news/new", status=301))
    r("/news/new", Route("<html>moved article</html>"))
    r("/news/doc.pdf", Route(b"%PDF-1.4", content_type="application/pdf"))
    r("/private/article", Route("<html>disallowed</html>"))
    r("/news/gone", Route("gone", status=404))
    for path in ("/news/stale", "/x"):
        r(path, Route("<html>should not be fetched</html>"))
    urls = {
        "conditional": r("/cond.xml", Route(FRESH, content_type=RSS_TYPE, etag='"v1"',
                                            last_modified="Tue, 14 May 2024 10:00:00 GMT")),
        "unconditional": r("/uncond.xml", Route(FRESH, content_type=RSS_TYPE, etag='"v2"')),
        "stale": r("/stale.xml", Route(STALE, content_type=RSS_TYPE, etag='"s"',
                                       ignore_validators=True)),
        "fresh": r("/fresh.xml", Route(FRESH, content_type=RSS_TYPE,
                                       headers={"Cache-Control": "max-age=600"})),
        "links": r("/links.xml", Route(rss(
            ("Internal", internal.url("/secret")), ("Metadata", "http://169.254.169.254/x"),
            ("Robots", "/private/article"), ("Pdf", "/news/doc.pdf"), ("Gone", "/news/gone"),
            ("Again", "/news/1")), content_type=RSS_TYPE)),
        "limited": r("/limited.xml", Route("slow down", status=429,
                                           headers={"Retry-After": "120"})),
        "broken": r("/broken.xml", Route("oops", status=500)),
        "slow": r("/slow.xml", Route(FRESH, content_type=RSS_TYPE, delay_s=4.0)),
        "gzip": r("/gz.xml", Route(FRESH, content_type=RSS_TYPE, gzip=True)),
        "charset": r("/latin.xml", Route(rss(("Café", "/news/cafe"), encoding="latin-1"),
                                         content_type="application/xml; charset=utf-8")),
        "recoverable": r("/recover.xml", Route(
            b"<rss version='2.0'><channel><title>t</title><item><title>A & B</title>"
            b"<link>/news/ab</link></item>", content_type=RSS_TYPE)),
        "unrecoverable": r("/junk.xml", Route(b"<rss version='2.0'><channel><title>t",
                                              content_type=RSS_TYPE)),
        "moved301": r("/moved.xml", Route(redirect_to="/cond.xml", status=301)),
        "moved302": r("/temp.xml", Route(redirect_to="/cond.xml", status=302)),
        "bomb": r("/bomb.xml", Route(BOMB, content_type=RSS_TYPE)),
        "huge": r("/huge.xml", Route(rss(*[("t" * 50, f"/n/{i}") for i in range(2000)]),
                                     content_type=RSS_TYPE)),
        "html": r("/page.html", Route("<!DOCTYPE html><html><body>home</body></html>")),
        "loop": r("/loop.xml", Route(redirect_to="/loop.xml", status=302)),
        "robots": r("/private/feed.xml", Route(FRESH, content_type=RSS_TYPE)),
        "to_internal": r("/to-internal.xml", Route(redirect_to=internal.url("/feed.xml"))),
        "explode": r("/explode.xml", Route(rss(("Boom", "/explode/1")), content_type=RSS_TYPE)),
    }  # fmt: skip
    stale_hash = hashlib.sha256(STALE).hexdigest()
    special: dict[str, dict[str, Any]] = {
        "conditional": {"etag": '"v1"', "last_modified": "Tue, 14 May 2024 10:00:00 GMT"},
        "unconditional": {"etag": '"v2"', "is_unconditional": True},
        "stale": {"etag": '"s"', "body_hash": stale_hash},
    }
    return [
        {"source_id": i + 1, "url": url, **special.get(name, {})}
        for i, (name, url) in enumerate(urls.items())
    ]


SCENARIOS = [
    "conditional", "unconditional", "stale", "fresh", "links", "limited", "broken", "slow",
    "gzip", "charset", "recoverable", "unrecoverable", "moved301", "moved302", "bomb", "huge",
    "html", "loop", "robots", "to_internal", "explode",
]  # fmt: skip


@pytest.fixture(scope="module")
def crawl() -> Iterator[tuple[HttpSite, HttpSite, dict[str, Any]]]:
    with HttpSite() as site, HttpSite("127.0.0.2") as internal:
        jobs = build_site(site, internal)
        payload = {
            "jobs": jobs,
            "known": [site.url("/news/known")],
            "http": {"download_delay_s": 0, "autothrottle": False, "retries": 1,
                     "timeout_s": 1.5, "max_body_bytes": 60_000, "max_redirects": 3},
        }  # fmt: skip
        result = call_in_subprocess("tests.test_crawler_spiders_feed:poll", payload)
        result["by_name"] = {
            name: f for name, f in zip(SCENARIOS, sorted_feeds(result, jobs), strict=True)
        }
        yield site, internal, result


def sorted_feeds(result: dict[str, Any], jobs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_id = {f["source_id"]: f for f in result["feeds"]}
    return [by_id[job["source_id"]] for job in jobs]


def feed(crawl: Any, name: str) -> dict[str, Any]:
    return crawl[2]["by_name"][name]


def pages(crawl: Any) -> dict[str, dict[str, Any]]:
    return {p["requested_url"]: p for p in crawl[2]["pages"]}


# --- tests ------------------------------------------------------------------------------------------


def test_every_feed_gets_exactly_one_outcome(crawl: Any) -> None:
    assert sorted(f["source_id"] for f in crawl[2]["feeds"]) == list(range(1, len(SCENARIOS) + 1))


def test_conditional_get_sends_validators_and_304_stops_there(crawl: Any) -> None:
    site, _, _ = crawl
    hit = site.hits_for("/cond.xml")[0]
    assert hit.header("if-none-match") == '"v1"'
    assert hit.header("if-modified-since") == "Tue, 14 May 2024 10:00:00 GMT"
    result = feed(crawl, "conditional")
    assert (result["outcome"], result["http_status"], result["etag"]) == (
        "not_modified",
        304,
        '"v1"',
    )
    assert result["new"] == []


def test_unconditional_poll_sends_no_validators(crawl: Any) -> None:
    site, _, _ = crawl
    hit = site.hits_for("/uncond.xml")[0]
    assert hit.header("if-none-match") is None and hit.header("if-modified-since") is None
    result = feed(crawl, "unconditional")
    assert result["outcome"] == "ok" and result["was_unconditional"] and result["etag"] == '"v2"'


def test_stale_validators_same_body_hash_means_unchanged(crawl: Any) -> None:
    site, _, _ = crawl
    result = feed(crawl, "stale")
    assert (result["outcome"], result["http_status"]) == ("not_modified", 200)
    assert site.hits_for("/news/stale") == []  # nothing parsed, nothing fetched


def test_new_entries_fetched_known_ones_not(crawl: Any) -> None:
    site, _, _ = crawl
    result = feed(crawl, "fresh")
    assert result["outcome"] == "ok" and result["titles"] == [
        "Fresh one",
        "Known one",
        "Moved page",
    ]
    assert result["new"] == [site.url("/news/1"), site.url("/news/old")]
    assert site.hits_for("/news/known") == []
    fetched = pages(crawl)
    assert fetched[site.url("/news/1")]["html"] == "<html><body>article one</body></html>"
    assert fetched[site.url("/news/old")]["url"] == site.url("/news/new")  # final URL after 301


def test_feed_hints_and_entry_feed_url(crawl: Any) -> None:
    site, _, _ = crawl
    result = feed(crawl, "fresh")
    assert result["ttl_s"] == 45 * 60 and result["max_age_s"] == 600
    assert result["feed_urls"] == [site.url("/fresh.xml")]


def test_article_fetched_once_per_crawl(crawl: Any) -> None:
    site, _, _ = crawl
    assert len(site.hits_for("/news/1")) == 1  # listed by several feeds


def test_links_in_content_to_internal_hosts_are_blocked(crawl: Any) -> None:
    _, internal, result = crawl
    errors = {e["url"]: e["kind"] for e in result["page_errors"]}
    assert errors[internal.url("/secret")] == "blocked"
    assert errors["http://169.254.169.254/x"] == "blocked"
    assert internal.hits == []


def test_page_errors_are_classified(crawl: Any) -> None:
    site, _, result = crawl
    errors = {e["url"]: e["kind"] for e in result["page_errors"]}
    assert errors[site.url("/private/article")] == "blocked"  # robots.txt
    assert errors[site.url("/news/doc.pdf")] == "not_html"
    assert errors[site.url("/news/gone")] == "http_4xx"
    assert site.hits_for("/private/article") == []


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("limited", "rate_limited"),
        ("broken", "http_5xx"),
        ("slow", "timeout"),
        ("unrecoverable", "parse_error"),
        ("bomb", "parse_error"),
        ("huge", "too_large"),
        ("html", "not_a_feed"),
        ("loop", "redirect_loop"),
        ("robots", "blocked"),
        ("to_internal", "blocked"),
        ("explode", "other"),
    ],
)
def test_feed_errors_are_classified_and_reported(crawl: Any, name: str, kind: str) -> None:
    result = feed(crawl, name)
    assert (result["outcome"], result["error_kind"]) == ("error", kind), result["error"]


def test_rate_limited_reports_retry_after_and_is_not_retried(crawl: Any) -> None:
    site, _, _ = crawl
    assert feed(crawl, "limited")["retry_after_s"] == 120
    assert len(site.hits_for("/limited.xml")) == 1


def test_server_errors_are_retried_within_the_crawl(crawl: Any) -> None:
    site, _, _ = crawl
    assert len(site.hits_for("/broken.xml")) == 2  # retries=1


def test_clear_messages_for_refused_and_oversized_feeds(crawl: Any) -> None:
    assert "refused: the DOCTYPE declares" in feed(crawl, "bomb")["error"]
    assert "max size" in feed(crawl, "huge")["error"]


def test_gzip_and_lying_charset_and_recoverable_xml(crawl: Any) -> None:
    assert feed(crawl, "gzip")["titles"] == ["Fresh one", "Known one", "Moved page"]
    assert feed(crawl, "charset")["titles"] == ["Café"]
    assert feed(crawl, "recoverable")["titles"] == ["A & B"]


def test_301_is_a_permanent_move_302_is_not(crawl: Any) -> None:
    site, _, _ = crawl
    moved, temporary = feed(crawl, "moved301"), feed(crawl, "moved302")
    assert moved["final_url"] == site.url("/cond.xml") and moved["has_moved"]
    assert temporary["final_url"] == site.url("/cond.xml") and not temporary["has_moved"]
    assert not temporary["is_permanent_redirect"]


def test_user_agent_on_every_request(crawl: Any) -> None:
    site, _, _ = crawl
    agents = {h.header("user-agent") for h in site.hits}
    assert len(agents) == 1 and agents.pop().startswith("newsagg/")
