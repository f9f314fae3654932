"""Date strings to timezone-aware UTC datetimes: ISO 8601 / W3C, RFC 2822 and HTTP dates, and the
one `utc_now`. Every stage (feeds, sitemaps, schedules, page dates) parses dates here.
"""

from __future__ import annotations

import calendar
import re
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_COMPACT = re.compile(r"^(\d{4})(\d\d)(\d\d)(?:T?(\d\d)(\d\d)(\d\d)?)?$")
_PARTIAL = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2}))?")  # W3C's YYYY and YYYY-MM
_SPACE_SEPARATED = re.compile(r"^\d{4}-\d\d-\d\d \d")
_NANOSECONDS = re.compile(r"\.(\d{6})\d+")
_COMPACT_OFFSET = re.compile(r"([+-]\d\d)(\d\d)$")


def utc_now() -> datetime:
    """The current time, timezone-aware UTC: the default clock of every stage."""
    return datetime.now(UTC)


def parse_datetime(value: str | None, *, allow_partial: bool = False) -> datetime | None:
    """ISO 8601, RFC 2822 or compact YYYYMMDD to an aware UTC datetime (naive means UTC).

    `allow_partial` also reads W3C's year and year-month forms (sitemaps allow them) as the first
    day of that period. None when the value is empty or unreadable.
    """
    text = (value or "").strip()
    if not text:
        return None
    if allow_partial and (partial := _PARTIAL.fullmatch(text)):
        year, month = int(partial["year"]), int(partial["month"] or 1)
        return datetime(year, month, 1, tzinfo=UTC) if 1 <= month <= 12 else None
    parsed = _parse_iso(text) or _parse_rfc2822(text) or _parse_compact(text)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def parse_http_date(value: str | None) -> datetime | None:
    """An HTTP date (Expires, Retry-After, Last-Modified): RFC 2822 with a zone, else None."""
    parsed = _parse_rfc2822((value or "").strip())
    return parsed.astimezone(UTC) if parsed is not None and parsed.tzinfo else None


def from_struct_time(value: time.struct_time | None) -> datetime | None:
    """A UTC struct_time (feedparser's *_parsed fields) -> aware datetime; None when absent or
    out of range."""
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _parse_iso(text: str) -> datetime | None:
    candidate = text.replace(" ", "T", 1) if _SPACE_SEPARATED.match(text) else text
    candidate = _NANOSECONDS.sub(r".\1", candidate)  # keep microseconds
    candidate = _COMPACT_OFFSET.sub(r"\1:\2", candidate)  # +0200 -> +02:00
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def _parse_rfc2822(text: str) -> datetime | None:
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _parse_compact(text: str) -> datetime | None:
    match = _COMPACT.match(text)
    if not match:
        return None
    parts = [int(p) for p in match.groups() if p is not None]
    try:
        return datetime(*parts)  # type: ignore[arg-type]  # 3 to 6 integer parts
    except ValueError:
        return None
