"""The published date of a page, with where it came from: jsonld, meta, url, feed or text.

Impossible dates (before 1990, or later than `now` plus the widest UTC offset) are rejected.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import lxml.html
from htmldate import find_date

from crawler.dates import parse_datetime
from crawler.extract.pageindex import PageIndex

EARLIEST_AT = datetime(1990, 1, 1, tzinfo=UTC)
# A date-only value from a site at UTC+14 can be "tomorrow" in UTC; allow that much skew.
FUTURE_SKEW = timedelta(hours=14)

# Meta names/properties/itemprops that state the first publication, most specific first.
_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dc:date",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "article.published",
    "date",
)
_META_RANK = {key: rank for rank, key in enumerate(_META_KEYS)}
_JSONLD_KEYS = ("datePublished", "dateCreated", "uploadDate")
_URL_DATE_RE = re.compile(
    r"/((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|\.html?|$)"
)


def is_plausible(at: datetime, now: datetime) -> bool:
    """A publication date can be neither older than the web news era nor in the future."""
    return EARLIEST_AT <= at <= now + FUTURE_SKEW


def find_published(
    index: PageIndex,
    url: str | None,
    *,
    now: datetime,
    feed_at: datetime | None = None,
) -> tuple[datetime | None, str | None]:
    """Return (published_at, source) trying jsonld, meta, url, feed, then the page text."""
    for source, values in (
        ("jsonld", _jsonld_values(index.jsonld)),
        ("meta", _meta_values(index)),
        ("url", _url_values(url)),
        ("feed", iter([feed_at] if feed_at else [])),
        ("text", _time_values(index)),
    ):
        for at in values:
            if at is not None and is_plausible(at, now):
                return at, source
    area = headline_area(index.h1)
    at = _text_date(area, url, now) if area is not None else None
    return (at, "text") if at is not None else (None, None)


def headline_area(h1: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    """The block around the page's h1, where bylines and dates live."""
    area = h1
    for _ in range(3):
        if area is None or area.getparent() is None:
            break
        area = area.getparent()
    return area


def _time_values(index: PageIndex) -> Iterator[datetime | None]:
    """<time datetime> in the page, the one marked as publication first."""
    times = index.times()
    marked = [t for t in times if t.get("pubdate") is not None or t.get("itemprop")]
    for elem in [*marked, *times[:1]]:
        value = elem.get("datetime")
        if value:
            yield parse_datetime(value)


def _jsonld_values(nodes: list[dict[str, Any]]) -> Iterator[datetime | None]:
    for node in nodes:
        for key in _JSONLD_KEYS:
            value = node.get(key)
            if isinstance(value, str):
                yield parse_datetime(value)


def _meta_values(index: PageIndex) -> Iterator[datetime | None]:
    found: list[tuple[int, str]] = []
    for meta in index.metas:
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_RANK:
            found.append((_META_RANK[key], meta.get("content", "")))
    for _, value in sorted(found, key=lambda pair: pair[0]):
        yield parse_datetime(value)
    for elem in index.date_marked():  # microdata in the body: looked for only now
        value = elem.get("content") or elem.get("datetime")
        if value:
            yield parse_datetime(value)


def _url_values(url: str | None) -> Iterator[datetime | None]:
    if not url:
        return
    match = _URL_DATE_RE.search(url)
    if match:
        try:
            year, month, day = (int(g) for g in match.groups())
            yield datetime(year, month, day, tzinfo=UTC)
        except ValueError:
            return


def _text_date(area: lxml.html.HtmlElement, url: str | None, now: datetime) -> datetime | None:
    """Last resort: htmldate's reading of the page markup (time elements, date classes).

    Its extensive free-text search costs ~30 ms a page, as much as the whole extraction, for
    guesses of low precision: left out. `area` is the part of the page around the headline
    (htmldate copies what it is given).
    """
    found = find_date(
        area,
        extensive_search=False,
        original_date=True,
        url=url,
        min_date=EARLIEST_AT.date().isoformat(),
        max_date=(now + FUTURE_SKEW).date().isoformat(),
    )
    at = parse_datetime(found) if found else None
    return at if at is not None and is_plausible(at, now) else None
