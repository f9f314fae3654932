"""Polling decisions: error kinds, cache hints, adaptive intervals, back-off, unconditional GETs."""

from __future__ import annotations

import random
import socket
from datetime import UTC, datetime, timedelta

import pytest
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)

from crawler.fetch.errors import classify_error
from crawler.fetch.netguard import BlockedAddressError
from crawler.fetch.schedule import (
    cache_hints,
    next_check_after_failure,
    next_check_after_success,
    parse_retry_after,
    publishing_interval_s,
    should_poll_unconditionally,
)
from crawler.items import CacheHints, ErrorKind
from crawler.sources.feeds import FeedParseError
from settings.model import PollSettings

NOW = datetime(2024, 5, 15, 12, 0, tzinfo=UTC)
POLL = PollSettings(
    default_interval_s=1800, min_interval_s=300, max_interval_s=21600, max_backoff_s=86400
)


def rng() -> random.Random:
    return random.Random(42)


@pytest.mark.parametrize(
    ("status", "exception", "kind"),
    [
        (None, CannotResolveHostError("no such host"), ErrorKind.DNS),
        (None, socket.gaierror(-2, "Name or service not known"), ErrorKind.DNS),
        (None, DownloadConnectionRefusedError("refused"), ErrorKind.CONNECTION),
        (None, ConnectionResetError(), ErrorKind.CONNECTION),
        (None, DownloadTimeoutError("took longer than 20 seconds"), ErrorKind.TIMEOUT),
        (None, TimeoutError(), ErrorKind.TIMEOUT),
        (404, None, ErrorKind.HTTP_4XX),
        (410, None, ErrorKind.HTTP_4XX),
        (500, None, ErrorKind.HTTP_5XX),
        (503, None, ErrorKind.HTTP_5XX),
        (429, None, ErrorKind.RATE_LIMITED),
        (
            None,
            DownloadCancelledError("Received 20000 bytes, larger than download max size (10)."),
            ErrorKind.TOO_LARGE,
        ),
        (None, IgnoreRequest("... exceeded DOWNLOAD_MAXSIZE (10 B) ..."), ErrorKind.TOO_LARGE),
        (None, IgnoreRequest("max redirections reached"), ErrorKind.REDIRECT_LOOP),
        (None, FeedParseError("u", "malformed feed"), ErrorKind.PARSE_ERROR),
        (None, FeedParseError("u", "an HTML page", "not_a_feed"), ErrorKind.NOT_A_FEED),
        (None, IgnoreRequest("Forbidden by robots.txt"), ErrorKind.BLOCKED),
        (None, BlockedAddressError("u", "h", "10.0.0.1", "non-public"), ErrorKind.BLOCKED),
        (None, ValueError("something else"), ErrorKind.OTHER),
    ],
    ids=lambda v: v if isinstance(v, int | None) else type(v).__name__,
)
def test_classify_error(status: int | None, exception: Exception | None, kind: ErrorKind) -> None:
    assert classify_error(status=status, exception=exception) is kind


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        ("Wed, 15 May 2024 12:10:00 GMT", 600.0),
        ("Wed, 15 May 2024 11:00:00 GMT", 0.0),  # already past: come back now
        ("soon", None),
        (None, None),
    ],
    ids=["seconds", "http-date", "past-date", "garbage", "absent"],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


def test_cache_hints_from_headers() -> None:
    hints = cache_hints(
        {
            "cache-control": "public, max-age=900",
            "age": "100",
            "expires": "Wed, 15 May 2024 13:00:00 GMT",
        },
        NOW,
        ttl_s=1800,
    )
    assert hints == CacheHints(max_age_s=800, expires_in_s=3600, ttl_s=1800)
    assert hints.lower_bound_s() == 3600


def test_no_cache_and_past_expires_give_no_bound() -> None:
    hints = cache_hints({"cache-control": "no-cache, max-age=900", "expires": "0"}, NOW)
    assert hints.lower_bound_s() == 0


def hourly(count: int, newest: datetime = NOW) -> list[datetime]:
    return [newest - timedelta(hours=i) for i in range(count)]


def test_interval_follows_publishing_rhythm() -> None:
    hourly_feed = next_check_after_success(
        now=NOW, poll=POLL, rng=rng(), published_times=hourly(10)
    )
    daily_feed = next_check_after_success(
        now=NOW, poll=POLL, rng=rng(), published_times=[NOW - timedelta(days=i) for i in range(5)]
    )
    assert 3600 * 0.9 <= hourly_feed.interval_s <= 3600 * 1.1
    assert daily_feed.interval_s == POLL.max_interval_s  # a day, capped at 6 h


def test_silent_feed_slows_down_despite_old_rhythm() -> None:
    went_quiet = hourly(10, newest=NOW - timedelta(days=1))
    assert publishing_interval_s(went_quiet, NOW) == 6 * 3600


def test_busy_feed_is_held_at_min_interval() -> None:
    minutes = [NOW - timedelta(minutes=2 * i) for i in range(20)]
    result = next_check_after_success(now=NOW, poll=POLL, rng=rng(), published_times=minutes)
    assert result.interval_s == POLL.min_interval_s


def test_nothing_new_slows_down_and_mostly_new_speeds_up() -> None:
    common = {"now": NOW, "poll": POLL, "previous_interval_s": 3600}
    same = next_check_after_success(**common, rng=rng(), new_entries=0, total_entries=20)
    some = next_check_after_success(**common, rng=rng(), new_entries=3, total_entries=20)
    most = next_check_after_success(**common, rng=rng(), new_entries=18, total_entries=20)
    assert most.interval_s < some.interval_s < same.interval_s
    assert 3600 * 1.5 * 0.9 <= same.interval_s <= 3600 * 1.5 * 1.1


def test_server_and_feed_hints_are_lower_bounds() -> None:
    hints = CacheHints(max_age_s=7200, ttl_s=600)
    result = next_check_after_success(
        now=NOW, poll=POLL, rng=rng(), hints=hints, published_times=hourly(10)
    )
    assert result.interval_s >= 7200 * 0.9


def test_huge_hints_are_capped_at_max_interval() -> None:
    hints = CacheHints(max_age_s=30 * 86400, update_period_s=7 * 86400)
    result = next_check_after_success(now=NOW, poll=POLL, rng=rng(), hints=hints)
    assert result.interval_s == POLL.max_interval_s


def test_success_interval_is_jittered() -> None:
    seeds = {
        next_check_after_success(now=NOW, poll=POLL, rng=random.Random(s)).interval_s
        for s in range(10)
    }
    assert len(seeds) > 1 and all(1800 * 0.9 <= s <= 1800 * 1.1 for s in seeds)


def test_backoff_grows_caps_and_never_gives_up() -> None:
    r = rng()
    delays = [
        next_check_after_failure(now=NOW, poll=POLL, rng=r, consecutive_failures=n).interval_s
        for n in range(1, 40)
    ]
    assert 150 <= delays[0] <= 300
    assert 600 <= delays[2] <= 1200
    assert max(delays) <= POLL.max_backoff_s
    assert all(d >= POLL.max_backoff_s / 2 for d in delays[15:])  # stays at the cap, retried
    assert len(set(delays[15:])) > 1  # jittered
    far = next_check_after_failure(now=NOW, poll=POLL, rng=r, consecutive_failures=10_000)
    assert far.next_check_at <= NOW + timedelta(seconds=POLL.max_backoff_s)


def test_retry_after_is_honoured_up_to_the_cap() -> None:
    short = next_check_after_failure(
        now=NOW, poll=POLL, rng=rng(), consecutive_failures=1, retry_after_s=3600
    )
    huge = next_check_after_failure(
        now=NOW, poll=POLL, rng=rng(), consecutive_failures=1, retry_after_s=90 * 86400
    )
    assert short.interval_s == 3600
    assert huge.interval_s == POLL.max_backoff_s


def test_success_without_history_uses_the_default_interval() -> None:
    interval = next_check_after_success(now=NOW, poll=POLL, rng=rng()).interval_s
    assert 1800 * 0.9 <= interval <= 1800 * 1.1


@pytest.mark.parametrize(
    ("polls", "last_new", "expected"),
    [
        (0, NOW - timedelta(hours=1), False),
        (8, NOW - timedelta(hours=1), False),
        (9, NOW - timedelta(hours=1), True),  # the 10th poll
        (3, NOW - timedelta(days=3), True),  # quiet for longer than quiet_spell_s
        (3, None, False),
    ],
    ids=["fresh", "ninth", "tenth", "quiet-spell", "never-new"],
)
def test_should_poll_unconditionally(polls: int, last_new: datetime | None, expected: bool) -> None:
    assert should_poll_unconditionally(polls, last_new, NOW, POLL) is expected
