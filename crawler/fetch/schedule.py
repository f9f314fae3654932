"""When to check a source next, as pure functions of `now` and `rng`: cache hints, the interval
after a success, the back-off after a failure (never a give-up), when to skip conditional GET.
"""

from __future__ import annotations

import random
import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise

from crawler.dates import parse_http_date
from crawler.items import CacheHints
from settings.model import PollSettings

JITTER = 0.1  # +-10% on success intervals: sources added together drift apart
SLOWER_WHEN_NOTHING_NEW = 1.5
FASTER_WHEN_MOSTLY_NEW = 0.5
MOSTLY_NEW_SHARE = 0.5  # over half the feed new: its window may roll over between polls
MAX_DOUBLINGS = 60  # 2**60 times any base is past every cap; keeps the float finite
MAX_AGE = re.compile(r"(?:^|,)\s*(?:s-maxage|max-age)\s*=\s*\"?(\d+)", re.IGNORECASE)
NO_HINTS = CacheHints()  # frozen: safe as a shared default
NO_CACHE = re.compile(r"(?:^|,)\s*(?:no-cache|no-store)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Schedule:
    """When to check a source next, and the interval that led there (Source.interval_s)."""

    next_check_at: datetime
    interval_s: int


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
    hints: CacheHints = NO_HINTS,
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
    attempt = max(1, consecutive_failures)
    delay = backoff_delay_s(attempt, float(poll.min_interval_s), float(poll.max_backoff_s), rng)
    if retry_after_s:
        delay = max(delay, min(retry_after_s, float(poll.max_backoff_s)))
    return schedule(now, delay)


def backoff_delay_s(attempt: int, base_s: float, max_s: float, rng: random.Random) -> float:
    """Exponential back-off with jitter: uniform in [c/2, c], c = min(max, base * 2**(attempt-1)).

    The one formula for both a retry inside a crawl and the next poll of a failing source."""
    if base_s <= 0:
        return 0.0
    ceiling = min(max_s, base_s * 2.0 ** min(max(0, attempt - 1), MAX_DOUBLINGS))
    return rng.uniform(ceiling / 2, ceiling)


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
