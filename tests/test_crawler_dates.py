"""Published dates: parsing, plausibility against `now`, and provenance order."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import lxml.html
import pytest

from crawler.dates import from_struct_time, parse_http_date
from crawler.extract.pageindex import index_page
from crawler.extract.published import find_published, is_plausible, parse_datetime

NOW = datetime(2025, 12, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-14T16:20:00-04:00", datetime(2025, 3, 14, 20, 20, tzinfo=UTC)),
        ("2025-03-14T16:20:00Z", datetime(2025, 3, 14, 16, 20, tzinfo=UTC)),
        (
            "2025-03-14T16:20:00.123456789+0200",
            datetime(2025, 3, 14, 14, 20, 0, 123456, tzinfo=UTC),
        ),
        ("2025-03-14 16:20:00", datetime(2025, 3, 14, 16, 20, tzinfo=UTC)),
        ("2025-03-14", datetime(2025, 3, 14, tzinfo=UTC)),
        ("20250314", datetime(2025, 3, 14, tzinfo=UTC)),
        ("Fri, 14 Mar 2025 16:20:00 GMT", datetime(2025, 3, 14, 16, 20, tzinfo=UTC)),
        ("yesterday", None),
        ("2025-02-30", None),
        ("", None),
    ],
)
def test_parse_datetime(value: str, expected: datetime | None) -> None:
    assert parse_datetime(value) == expected


@pytest.mark.parametrize(
    ("at", "ok"),
    [
        (datetime(1989, 12, 31, tzinfo=UTC), False),
        (datetime(1990, 1, 1, tzinfo=UTC), True),
        (
            datetime(2025, 12, 2, tzinfo=UTC),
            True,
        ),  # date-only from a UTC+14 site: still today there
        (datetime(2025, 12, 3, tzinfo=UTC), False),
        (datetime(2031, 1, 1, tzinfo=UTC), False),
    ],
)
def test_plausibility(at: datetime, ok: bool) -> None:
    assert is_plausible(at, NOW) is ok


def page(head: str = "", body: str = "") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head>{head}</head><body><h1>T</h1>{body}</body></html>")


JSONLD = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-02T10:00:00Z"}</script>'
META = '<meta property="article:published_time" content="2024-02-03T10:00:00Z">'
TIME = '<time datetime="2024-04-05T10:00:00Z">5 April</time>'
URL = "https://x.example/2024/03/04/story"
FEED = datetime(2024, 3, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("head", "body", "url", "feed", "expected"),
    [
        (JSONLD + META, TIME, URL, FEED, (datetime(2024, 1, 2, 10, tzinfo=UTC), "jsonld")),
        (META, TIME, URL, FEED, (datetime(2024, 2, 3, 10, tzinfo=UTC), "meta")),
        ("", TIME, URL, FEED, (datetime(2024, 3, 4, tzinfo=UTC), "url")),
        ("", TIME, "https://x.example/story", FEED, (FEED, "feed")),
        ("", TIME, "https://x.example/story", None, (datetime(2024, 4, 5, 10, tzinfo=UTC), "text")),
        ("", "<p>no date here</p>", "https://x.example/story", None, (None, None)),
    ],
    ids=["jsonld", "meta", "url", "feed", "text", "none"],
)
def test_provenance_order(
    head: str,
    body: str,
    url: str,
    feed: datetime | None,
    expected: tuple[datetime | None, str | None],
) -> None:
    assert find_published(index_page(page(head, body)), url, now=NOW, feed_at=feed) == expected


def test_implausible_values_fall_through_to_the_next_source() -> None:
    head = (
        '<script type="application/ld+json">{"datePublished":"1985-05-01"}</script>'
        '<meta property="article:published_time" content="2030-01-01T00:00:00Z">'
    )
    assert find_published(index_page(page(head)), URL, now=NOW) == (
        datetime(2024, 3, 4, tzinfo=UTC),
        "url",
    )


def test_microdata_in_the_body_counts_as_meta() -> None:
    body = '<span itemprop="datePublished" content="2024-06-07">7 June</span>'
    assert find_published(index_page(page("", body)), None, now=NOW) == (
        datetime(2024, 6, 7, tzinfo=UTC),
        "meta",
    )


# --- crawler.dates: the one parser of date strings ------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-03", datetime(2024, 5, 3, tzinfo=UTC)),
        ("2024-05", datetime(2024, 5, 1, tzinfo=UTC)),
        ("2024", datetime(2024, 1, 1, tzinfo=UTC)),
        ("2024-05-03T09:30:00+02:00", datetime(2024, 5, 3, 7, 30, tzinfo=UTC)),
        ("2024-05-03T07:30Z", datetime(2024, 5, 3, 7, 30, tzinfo=UTC)),
        ("2024-05-03T07:30:00.123456789Z", datetime(2024, 5, 3, 7, 30, 0, 123456, tzinfo=UTC)),
        ("yesterday", None),
        ("2024-13", None),
        ("", None),
    ],
    ids=["day", "month", "year", "offset", "zulu", "nanoseconds", "words", "bad-month", "empty"],
)
def test_w3c_datetimes_with_partial_forms(value: str, expected: datetime | None) -> None:
    assert parse_datetime(value, allow_partial=True) == expected


def test_partial_forms_only_when_asked() -> None:
    assert parse_datetime("2024-05") is None  # a page's "2024-05" is not a publication date
    assert parse_datetime("2024") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Wed, 15 May 2024 12:00:00 GMT", datetime(2024, 5, 15, 12, tzinfo=UTC)),
        ("Wed, 15 May 2024 14:00:00 +0200", datetime(2024, 5, 15, 12, tzinfo=UTC)),
        ("Wed, 15 May 2024 12:00:00 -0000", None),  # RFC 2822's "zone unknown"
        ("0", None),
        ("", None),
        (None, None),
    ],
    ids=["gmt", "offset", "unknown-zone", "zero", "empty", "none"],
)
def test_http_dates(value: str | None, expected: datetime | None) -> None:
    assert parse_http_date(value) == expected


def test_struct_time_is_read_as_utc() -> None:
    assert from_struct_time(time.gmtime(1715774400)) == datetime(2024, 5, 15, 12, tzinfo=UTC)
    assert from_struct_time(None) is None
