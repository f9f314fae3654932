"""The published date of a page, chosen by agreement between what the page says, with evidence.

Claims come from JSON-LD, meta tags, the URL, the visible dateline (time elements near the
headline, cue-marked date lines), the feed and, last, htmldate's reading of the headline area.
Modified dates are never claims. The day most sources agree on wins; its most precise value is
kept. Impossible dates (before 1990, or later than `now` plus the widest UTC offset) are dropped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import lxml.html
from htmldate import find_date

from crawler.extract.datelines import WrittenDate, is_update_note, read_dateline, read_value
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
# JSON-LD nodes about the subject, not the page: a fact-check's claim, an event, a person.
_SUBJECT_TYPES = frozenset(("Claim", "Event", "Person", "Organization", "Place", "Product"))
_URL_DATE_RE = re.compile(
    r"/((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|\.html?|$)"
)
# How much a source's word weighs when sources disagree; equal scores go to the earlier one.
_WEIGHTS = {"jsonld": 3, "meta": 3, "url": 2, "feed": 2, "text": 2, "guess": 1}
_PRIORITY = tuple(_WEIGHTS)
_DATE_CLASS_RE = re.compile(r"date|time|publish|dateline|posted|meta|byline|info", re.IGNORECASE)
_PUBLISH_MARK_RE = re.compile(r"publish|datePublished|dt-published|created", re.IGNORECASE)
_UPDATED_MARK_RE = re.compile(r"modif|updat|aktualis|revis", re.IGNORECASE)
_MAX_DATELINE_ELEMENTS = 80


@dataclass(frozen=True, slots=True)
class Published:
    """The chosen publication date: UTC, where it came from, and how precise the page was."""

    at: datetime  # UTC; for precision "day" the day at 00:00 UTC
    source: str  # jsonld | meta | url | text | feed
    precision: str  # day | minute


@dataclass(frozen=True, slots=True)
class _Claim:
    date: WrittenDate
    source: str


def published_text(at: datetime | None, precision: str | None) -> str | None:
    """ISO 8601 for consumers: a plain date when the page gave only the day."""
    if at is None:
        return None
    return at.date().isoformat() if precision == "day" else at.isoformat()


def is_plausible(at: datetime, now: datetime) -> bool:
    """A publication date can be neither older than the web news era nor in the future."""
    return EARLIEST_AT <= at <= now + FUTURE_SKEW


def find_published(
    index: PageIndex,
    url: str | None,
    *,
    now: datetime,
    feed_at: datetime | None = None,
    language: str | None = None,
) -> Published | None:
    """The publication date the page's sources agree on, or None when no source gives one."""
    claims = [
        *_claims("jsonld", _jsonld_values(index.jsonld), now),
        *_claims("meta", _meta_values(index), now),
        *_claims("url", _url_values(url), now),
    ]
    structured = [c for c in claims if c.source != "url"]
    # The visible dateline costs a date parse: read it when structured data is missing or split.
    if not structured or not frozenset.intersection(*(c.date.days for c in claims)):
        dateline = _claims("text", _dateline_values(index, language), now)
        claims.extend(dateline or _time_claims(index, now))
    if feed_at is not None:
        claims.extend(_claims("feed", iter([WrittenDate(feed_at.astimezone(UTC), "minute")]), now))
    if not claims:
        area = headline_area(index.h1)
        guess = _text_date(area, url, now) if area is not None else None
        claims.extend(_claims("guess", iter([guess]), now))
    return _choose(claims)


def _claims(source: str, values: Iterator[WrittenDate | None], now: datetime) -> list[_Claim]:
    return [_Claim(v, source) for v in values if v is not None and is_plausible(v.utc, now)]


def _choose(claims: list[_Claim]) -> Published | None:
    """The claim the most sources agree with (same calendar day), its most precise value."""
    if not claims:
        return None

    def support(claim: _Claim) -> int:
        best: dict[str, int] = {}
        for other in claims:
            if claim.date.days & other.date.days:
                best[other.source] = _WEIGHTS[other.source]
        return sum(best.values())

    chosen = max(claims, key=lambda c: (support(c), -_PRIORITY.index(c.source)))
    if chosen.date.precision == "day":  # an agreeing source may know the time of day too
        timed = [
            c for c in claims if c.date.precision == "minute" and c.date.days & chosen.date.days
        ]
        chosen = min(timed, key=lambda c: _PRIORITY.index(c.source), default=chosen)
    source = "text" if chosen.source == "guess" else chosen.source
    return Published(at=chosen.date.utc, source=source, precision=chosen.date.precision)


def headline_area(h1: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    """The block around the page's h1, where bylines and dates live."""
    area = h1
    for _ in range(3):
        if area is None or area.getparent() is None:
            break
        area = area.getparent()
    return area


def _jsonld_values(nodes: list[dict[str, Any]]) -> Iterator[WrittenDate | None]:
    for node in nodes:
        kind = node.get("@type")
        if (set(kind) if isinstance(kind, list) else {kind}) & _SUBJECT_TYPES:
            continue
        for key in _JSONLD_KEYS:
            value = node.get(key)
            if isinstance(value, str):
                yield read_value(value) or read_dateline(value, marked=True)
                break  # one claim per node: dateCreated is not a second opinion


def _meta_values(index: PageIndex) -> Iterator[WrittenDate | None]:
    found: list[tuple[int, str]] = []
    for meta in index.metas:
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_RANK:
            found.append((_META_RANK[key], meta.get("content", "")))
    for _, value in sorted(found, key=lambda pair: pair[0])[:1]:
        yield read_value(value)
    for elem in index.date_marked()[:1]:  # microdata in the body
        value = elem.get("content") or elem.get("datetime")
        if value:
            yield read_value(value)


def _url_values(url: str | None) -> Iterator[WrittenDate | None]:
    match = _URL_DATE_RE.search(url or "")
    if match:
        try:
            year, month, day = (int(g) for g in match.groups())
            yield WrittenDate(datetime(year, month, day, tzinfo=UTC), "day")
        except ValueError:
            return


def _dateline_values(index: PageIndex, language: str | None) -> Iterator[WrittenDate | None]:
    """The first publication date near the headline: a <time>, or a date-classed/cued line."""
    area = headline_area(index.h1)
    if area is None:
        return
    elements = area.iter("time", "span", "p", "div", "li", "small", "header")
    for elem in itertools.islice(elements, _MAX_DATELINE_ELEMENTS):
        if len(elem) > 4 or _is_update_marked(elem):
            continue
        value = elem.get("datetime") if elem.tag == "time" else None
        text = " ".join(" ".join(elem.itertext()).split())
        if value and not _follows_update_cue(elem):
            yield read_value(value)
            return
        marked = bool(_DATE_CLASS_RE.search(f"{elem.get('class', '')} {elem.get('id', '')}"))
        written = read_dateline(text, marked=marked, language=language) if text else None
        if written is not None:
            yield written
            return


def _time_claims(index: PageIndex, now: datetime) -> list[_Claim]:
    """<time datetime> anywhere: one marked as the publication's is a dateline, the page's
    first (not an update's) only a guess."""
    times = [t for t in index.times() if t.get("datetime") and not _is_update_marked(t)]
    marked = [t for t in times if t.get("pubdate") is not None or _PUBLISH_MARK_RE.search(
        f"{t.get('itemprop', '')} {t.get('class', '')}")]  # fmt: skip
    claims = _claims("text", (read_value(t.get("datetime", "")) for t in marked[:1]), now)
    first = [t for t in times[:1] if not _follows_update_cue(t)]
    return claims or _claims("guess", (read_value(t.get("datetime", "")) for t in first), now)


def _is_update_marked(elem: lxml.html.HtmlElement) -> bool:
    marks = f"{elem.get('class', '')} {elem.get('itemprop', '')} {elem.get('id', '')}"
    return bool(_UPDATED_MARK_RE.search(marks))


def _follows_update_cue(elem: lxml.html.HtmlElement) -> bool:
    """<span>Last Updated:</span> <time ...>: the text just before the element is the cue."""
    parent = elem.getparent()
    before = (parent.text or "") if parent is not None else ""
    previous = elem.getprevious()
    if previous is not None:
        before = f"{previous.text_content()} {previous.tail or ''}"
    return is_update_note(before)


def _text_date(area: lxml.html.HtmlElement, url: str | None, now: datetime) -> WrittenDate | None:
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
    return read_value(found) if found else None
