"""Published dates: parsing, plausibility against `now`, and provenance order."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import lxml.html
import pytest

from crawler.dates import from_struct_time, parse_datetime, parse_http_date
from crawler.extract.pageindex import index_page
from crawler.extract.published import (
    Published,
    find_published,
    is_plausible,
    published_text,
)

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


def day(y: int, m: int, d: int, source: str) -> Published:
    return Published(datetime(y, m, d, tzinfo=UTC), source, "day")


def minute(at: datetime, source: str) -> Published:
    return Published(at, source, "minute")


@pytest.mark.parametrize(
    ("head", "body", "url", "feed", "expected"),
    [
        (JSONLD + META, TIME, URL, FEED, minute(datetime(2024, 1, 2, 10, tzinfo=UTC), "jsonld")),
        (META, TIME, URL, FEED, minute(datetime(2024, 2, 3, 10, tzinfo=UTC), "meta")),
        ("", TIME, URL, FEED, day(2024, 3, 4, "url")),
        ("", TIME, "https://x.example/story", FEED, minute(FEED, "feed")),
        (
            "",
            TIME,
            "https://x.example/story",
            None,
            minute(datetime(2024, 4, 5, 10, tzinfo=UTC), "text"),
        ),
        ("", "<p>no date here</p>", "https://x.example/story", None, None),
    ],
    ids=["jsonld", "meta", "url", "feed", "text", "none"],
)
def test_lone_sources_in_priority_order(
    head: str, body: str, url: str, feed: datetime | None, expected: Published | None
) -> None:
    """Every source disagrees with every other: the most trusted one wins."""
    assert find_published(index_page(page(head, body)), url, now=NOW, feed_at=feed) == expected


def test_implausible_values_fall_through_to_the_next_source() -> None:
    head = (
        '<script type="application/ld+json">{"datePublished":"1985-05-01"}</script>'
        '<meta property="article:published_time" content="2030-01-01T00:00:00Z">'
    )
    assert find_published(index_page(page(head)), URL, now=NOW) == day(2024, 3, 4, "url")


def test_microdata_in_the_body_counts_as_meta() -> None:
    body = '<span itemprop="datePublished" content="2024-06-07">7 June</span>'
    assert find_published(index_page(page("", body)), None, now=NOW) == day(2024, 6, 7, "meta")


def test_agreement_of_meta_url_and_dateline_beats_a_lone_jsonld_date() -> None:
    jsonld = JSONLD.replace("2024-01-02T10:00:00Z", "2024-03-09T08:00:00Z")
    meta = META.replace("2024-02-03", "2024-03-04")
    body = '<p class="dateline">Published March 4, 2024</p>'
    found = find_published(index_page(page(jsonld + meta, body)), URL, now=NOW)
    assert found == minute(datetime(2024, 3, 4, 10, tzinfo=UTC), "meta")


def test_a_fact_checked_claims_date_never_beats_the_page_and_its_url() -> None:
    graph = (
        '<script type="application/ld+json">{"@graph":['
        '{"@type":"Claim","datePublished":"2020-06-01","author":{"name":"A post"}},'
        '{"@type":"ClaimReview","datePublished":"2024-03-04T09:30:00+01:00"}]}</script>'
    )
    body = "<p>On <time datetime='2020-06-01'>June 1, 2020</time> a post claimed ...</p>"
    found = find_published(index_page(page(graph, body)), URL, now=NOW)
    assert found == minute(datetime(2024, 3, 4, 8, 30, tzinfo=UTC), "jsonld")


@pytest.mark.parametrize(
    "dateline",
    [
        "<p>Last Updated: March 9, 2024 10:00</p>",
        "<span class='date'>Aktualisiert am 09.03.2024, 10:00 Uhr</span>",
        "<p><span>Updated</span> <time datetime='2024-03-09T10:00:00Z'>9 March</time></p>",
        "<p>Mis à jour le 9 mars 2024</p>",
    ],
)
def test_an_update_note_is_never_the_published_date(dateline: str) -> None:
    body = f"{dateline}<p class='date'>Published 4 March 2024</p>"
    found = find_published(index_page(page("", body)), "https://x.example/story", now=NOW)
    assert found == day(2024, 3, 4, "text")


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        (
            "<p>Veröffentlicht am 05.03.2024, 14:30 Uhr</p>",
            minute(datetime(2024, 3, 5, 14, 30, tzinfo=UTC), "text"),
        ),
        ("<p>Publié le 5 mars 2024</p>", day(2024, 3, 5, "text")),
        ("<div class='meta'>发布时间：2024年3月5日</div>", day(2024, 3, 5, "text")),
        ("<p>Publicado el 5 de marzo de 2024</p>", day(2024, 3, 5, "text")),
        ("<p>The council met on 5 March 2024 to vote.</p>", None),  # no cue: the subject's date
    ],
    ids=["de", "fr", "zh", "es", "no-cue"],
)
def test_text_dates_need_a_dateline_cue(dateline: str, expected: Published | None) -> None:
    found = find_published(index_page(page("", dateline)), "https://x.example/a", now=NOW)
    assert found == expected


def test_a_day_only_date_keeps_its_day_and_says_so() -> None:
    head = '<meta property="article:published_time" content="2024-03-05">'
    assert find_published(index_page(page(head)), None, now=NOW) == day(2024, 3, 5, "meta")


def test_a_late_evening_west_of_utc_agrees_with_its_url_day() -> None:
    """21:00 at UTC-5 is the next day in UTC; the URL's day is the page's own day."""
    head = JSONLD.replace("2024-01-02T10:00:00Z", "2024-03-04T21:00:00-05:00")
    url_other = "https://x.example/2024/03/02/story"  # disagrees: the dateline is read
    found = find_published(index_page(page(head)), URL, now=NOW)
    assert found == minute(datetime(2024, 3, 5, 2, tzinfo=UTC), "jsonld")
    assert find_published(index_page(page(head)), url_other, now=NOW) == found


@pytest.mark.parametrize(
    ("at", "precision", "text"),
    [
        (datetime(2024, 3, 5, tzinfo=UTC), "day", "2024-03-05"),
        (datetime(2024, 3, 5, 2, tzinfo=UTC), "minute", "2024-03-05T02:00:00+00:00"),
        (None, None, None),
    ],
)
def test_published_text_gives_a_date_for_day_precision(
    at: datetime | None, precision: str | None, text: str | None
) -> None:
    assert published_text(at, precision) == text


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
