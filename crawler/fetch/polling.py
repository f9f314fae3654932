"""Feed polling decisions, as pure functions of their inputs (`now`, `rng`): error kinds, cache
hints, the next check time after a success or a failure, and when to skip conditional GET.

A failing feed is never given up on: back-off grows to PollSettings.max_backoff_s and stays there,
so a feed that comes back is picked up again without anyone re-enabling it.
"""

from __future__ import annotations

import random
import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from enum import StrEnum
from itertools import pairwise

from settings.model import PollSettings

JITTER = 0.1  # +-10% on success intervals: sources added together drift apart
SLOWER_WHEN_NOTHING_NEW = 1.5
FASTER_WHEN_MOSTLY_NEW = 0.5
MOSTLY_NEW_SHARE = 0.5  # over half the feed new: its window may roll over between polls
MAX_AGE = re.compile(r"(?:^|,)\s*(?:s-maxage|max-age)\s*=\s*\"?(\d+)", re.IGNORECASE)
NO_CACHE = re.compile(r"(?:^|,)\s*(?:no-cache|no-store)\b", re.IGNORECASE)


class ErrorKind(StrEnum):
    """Why a fetch failed; stored as Source.last_error_kind and FetchEvent.error_kind."""

    DNS = "dns"
    CONNECTION = "connection"
    TIMEOUT = "timeout"
    HTTP_4XX = "http_4xx"
    HTTP_5XX = "http_5xx"
    RATE_LIMITED = "rate_limited"
    TOO_LARGE = "too_large"
    REDIRECT_LOOP = "redirect_loop"
    PARSE_ERROR = "parse_error"
    NOT_A_FEED = "not_a_feed"
    NOT_HTML = "not_html"  # an article link that served a PDF, an image...
    BLOCKED = "blocked"  # robots.txt or the private-address guard
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class CacheHints:
    """What the server and the feed say about how often to come back (all in seconds)."""

    max_age_s: float | None = None  # Cache-Control max-age / s-maxage, minus Age
    expires_in_s: float | None = None  # Expires, relative to now
    ttl_s: float | None = None  # RSS <ttl>
    update_period_s: float | None = None  # sy:updatePeriod / sy:updateFrequency
    retry_after_s: float | None = None  # Retry-After (429, 503)

    def lower_bound_s(self) -> float:
        """The longest interval any hint asks for (0 when none does)."""
        values = (self.max_age_s, self.expires_in_s, self.ttl_s, self.update_period_s)
        return max((v for v in values if v), default=0.0)


@dataclass(frozen=True, slots=True)
class Schedule:
    """When to check a source next, and the interval that led there (Source.interval_s)."""

    next_check_at: datetime
    interval_s: int


# --- error classification -------------------------------------------------------------------------


def classify_status(status: int) -> ErrorKind:
    """The error kind of an HTTP status that is not a success."""
    if status == 429:
        return ErrorKind.RATE_LIMITED
    if 400 <= status < 500:
        return ErrorKind.HTTP_4XX
    if status >= 500:
        return ErrorKind.HTTP_5XX
    return ErrorKind.OTHER


# Exception class names (Scrapy, Twisted, ours) -> kinds. By name, so this module needs neither
# Scrapy nor Twisted, and both libraries' spellings of one failure map to one kind.
EXCEPTION_KINDS = {
    "CannotResolveHostError": ErrorKind.DNS,
    "DNSLookupError": ErrorKind.DNS,
    "gaierror": ErrorKind.DNS,
    "DownloadTimeoutError": ErrorKind.TIMEOUT,
    "TimeoutError": ErrorKind.TIMEOUT,
    "TCPTimedOutError": ErrorKind.TIMEOUT,
    "DNSTimeoutError": ErrorKind.TIMEOUT,
    "DownloadConnectionRefusedError": ErrorKind.CONNECTION,
    "ConnectionRefusedError": ErrorKind.CONNECTION,
    "ConnectionLost": ErrorKind.CONNECTION,
    "ConnectionDone": ErrorKind.CONNECTION,
    "ConnectError": ErrorKind.CONNECTION,
    "ConnectionResetError": ErrorKind.CONNECTION,
    "DownloadFailedError": ErrorKind.CONNECTION,
    "ResponseDataLossError": ErrorKind.CONNECTION,
    "ResponseNeverReceived": ErrorKind.CONNECTION,
    "ResponseFailed": ErrorKind.CONNECTION,
    "SSLError": ErrorKind.CONNECTION,
    "BlockedAddressError": ErrorKind.BLOCKED,
}
TOO_LARGE_MESSAGES = ("max size", "DOWNLOAD_MAXSIZE")


def classify_error(
    *, status: int | None = None, exception: BaseException | None = None
) -> ErrorKind:
    """The kind of a failed fetch, from the HTTP status or the exception that ended it."""
    if exception is not None:
        kind = classify_exception(exception)
        if kind is not ErrorKind.OTHER or status is None:
            return kind
    return classify_status(status) if status is not None else ErrorKind.OTHER


def classify_exception(exception: BaseException) -> ErrorKind:
    message = str(exception)
    feed_kind = getattr(exception, "kind", None)  # FeedParseError carries its own kind
    if isinstance(feed_kind, str) and feed_kind in ErrorKind.__members__.values():
        return ErrorKind(feed_kind)
    if any(text in message for text in TOO_LARGE_MESSAGES):
        return ErrorKind.TOO_LARGE
    if "robots.txt" in message:
        return ErrorKind.BLOCKED
    if "max redirections" in message:
        return ErrorKind.REDIRECT_LOOP
    for cls in type(exception).__mro__:
        if cls.__name__ in EXCEPTION_KINDS:
            return EXCEPTION_KINDS[cls.__name__]
    return ErrorKind.OTHER


# --- hints from response headers ------------------------------------------------------------------


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date (None if unusable)."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    when = parse_http_date(text)
    return max(0.0, (when - now).total_seconds()) if when else None


def parse_http_date(value: str | None) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value or "")
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else None


def cache_hints(
    headers: Mapping[str, str],
    now: datetime,
    *,
    ttl_s: float | None = None,
    update_period_s: float | None = None,
) -> CacheHints:
    """Hints from response headers (lower-case names) plus the feed's own ttl / sy: period."""
    return CacheHints(
        max_age_s=max_age_s(headers.get("cache-control"), headers.get("age")),
        expires_in_s=expires_in_s(headers.get("expires"), now),
        ttl_s=ttl_s,
        update_period_s=update_period_s,
        retry_after_s=parse_retry_after(headers.get("retry-after"), now),
    )


def max_age_s(cache_control: str | None, age: str | None) -> float | None:
    if not cache_control or NO_CACHE.search(cache_control):
        return None
    found = MAX_AGE.search(cache_control)
    if not found:
        return None
    already = float(age) if age and age.strip().isdigit() else 0.0
    return max(0.0, float(found.group(1)) - already) or None


def expires_in_s(expires: str | None, now: datetime) -> float | None:
    when = parse_http_date(expires)
    if when is None or when <= now:
        return None  # "0", past dates and garbage all mean "already stale"
    return (when - now).total_seconds()


# --- scheduling ----------------------------------------------------------------------------------


def next_check_after_success(
    *,
    now: datetime,
    poll: PollSettings,
    rng: random.Random,
    hints: CacheHints = CacheHints(),  # frozen: a shared default is safe
    published_times: Sequence[datetime] = (),
    new_entries: int = 0,
    total_entries: int = 0,
    previous_interval_s: float | None = None,
) -> Schedule:
    """Adaptive interval: the feed's publishing rhythm, nudged by how much of it was new, never
    shorter than what the server/feed asks for, within [min_interval_s, max_interval_s]."""
    interval = publishing_interval_s(published_times, now) or previous_interval_s
    interval = float(interval or poll.default_interval_s)
    interval *= novelty_factor(new_entries, total_entries)
    interval = max(interval, hints.lower_bound_s())
    interval *= rng.uniform(1 - JITTER, 1 + JITTER)
    return schedule(now, clamp(interval, poll.min_interval_s, poll.max_interval_s))


def next_check_after_failure(
    *,
    now: datetime,
    poll: PollSettings,
    rng: random.Random,
    consecutive_failures: int,
    retry_after_s: float | None = None,
) -> Schedule:
    """Exponential back-off with jitter from min_interval_s, capped at max_backoff_s; a server's
    Retry-After is honoured up to that cap. There is no "disabled" outcome."""
    failures = max(1, consecutive_failures)
    ceiling = min(float(poll.max_backoff_s), poll.min_interval_s * 2.0 ** min(failures - 1, 60))
    delay = rng.uniform(ceiling / 2, ceiling)
    if retry_after_s:
        delay = max(delay, min(retry_after_s, float(poll.max_backoff_s)))
    return schedule(now, delay)


def next_check(
    *,
    now: datetime,
    poll: PollSettings,
    rng: random.Random,
    consecutive_failures: int = 0,
    hints: CacheHints = CacheHints(),  # frozen: a shared default is safe
    published_times: Sequence[datetime] = (),
    new_entries: int = 0,
    total_entries: int = 0,
    previous_interval_s: float | None = None,
) -> Schedule:
    """After a failure (consecutive_failures > 0): back-off; after a success: adaptive interval."""
    if consecutive_failures > 0:
        return next_check_after_failure(
            now=now,
            poll=poll,
            rng=rng,
            consecutive_failures=consecutive_failures,
            retry_after_s=hints.retry_after_s,
        )
    return next_check_after_success(
        now=now,
        poll=poll,
        rng=rng,
        hints=hints,
        published_times=published_times,
        new_entries=new_entries,
        total_entries=total_entries,
        previous_interval_s=previous_interval_s,
    )


def publishing_interval_s(published_times: Sequence[datetime], now: datetime) -> float | None:
    """The median gap between entry dates, stretched when the newest entry is overdue; None with
    fewer than two usable dates."""
    times = sorted({t for t in published_times if t <= now})
    if len(times) < 2:
        return None
    gaps = [(b - a).total_seconds() for a, b in pairwise(times)]
    gaps = [g for g in gaps if g > 0] or [0.0]
    median_gap = statistics.median(gaps)
    # a feed that used to publish hourly but has been silent for a week is not hourly any more
    silence = (now - times[-1]).total_seconds()
    return max(median_gap, silence / 4)


def novelty_factor(new_entries: int, total_entries: int) -> float:
    if total_entries <= 0:
        return 1.0
    if new_entries == 0:
        return SLOWER_WHEN_NOTHING_NEW
    if new_entries / total_entries > MOSTLY_NEW_SHARE:
        return FASTER_WHEN_MOSTLY_NEW
    return 1.0


def clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def schedule(now: datetime, interval_s: float) -> Schedule:
    seconds = max(1, round(interval_s))
    return Schedule(next_check_at=now + timedelta(seconds=seconds), interval_s=seconds)


# --- conditional GET -----------------------------------------------------------------------------


def should_poll_unconditionally(
    polls_since_unconditional: int,
    last_new_entry_at: datetime | None,
    now: datetime,
    poll: PollSettings,
) -> bool:
    """Ignore stored validators on every Nth poll, and while a feed has been quiet for a long
    spell: a server whose ETag never changes would otherwise hide new entries forever.

    `polls_since_unconditional` counts conditional polls since the last unconditional one.
    """
    every = poll.unconditional_every
    if every > 0 and polls_since_unconditional + 1 >= every:
        return True
    if last_new_entry_at is None:
        return False
    return (now - last_new_entry_at).total_seconds() >= poll.quiet_spell_s
