"""Smoke test of the feed polling benchmark on tiny input."""

from __future__ import annotations

import pytest

from bench.feeds import build_feed, run_benchmark, run_parse_baselines
from crawler.sources.feeds import parse_feed


def test_generated_feeds_parse_with_all_entries() -> None:
    feed = parse_feed(build_feed(3, 7), url="http://127.0.0.1/feed/3.xml")
    assert len(feed.entries) == 7 and feed.title == "Feed 3"


def test_parse_baselines_report_rates() -> None:
    rates = run_parse_baselines(feeds=3, entries=2)
    assert rates["feedparser_feeds_per_s"] > 0 and rates["parse_feed_feeds_per_s"] > 0


@pytest.mark.slow
def test_benchmark_runs_end_to_end() -> None:
    result = run_benchmark(feeds=4, entries=3)
    assert result["poll_304"]["outcomes"] == {"not_modified": 4}
    assert result["poll_full"]["outcomes"] == {"ok": 4}
    assert result["poll_full"]["feeds_per_s"] > 0
