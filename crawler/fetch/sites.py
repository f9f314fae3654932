"""Crawl sites and sitemaps once, in this process: pick the spider, run it, report what it did.

A Twisted reactor runs once per process, so call `crawl_sites` at most once per process (the
daemon runs each crawl cycle in a subprocess).
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from crawler.fetch.runner import run_spider
from crawler.fetch.spiders.site import SiteSpider, is_sitemap_url
from crawler.fetch.spiders.sitemap import IsKnown, KnownUrls, OnPage, OnProgress, SitemapSpider
from settings.model import CrawlSettings, HttpSettings

FINISHED = "finished"  # Scrapy's close reason when the frontier ran dry (not Ctrl-C, not a crash)
SPIDER_STATE_FILE = "spider.state"  # written by Scrapy's SpiderState when a crawl closes


def pick_spider(urls: Sequence[str]) -> type[SitemapSpider]:
    """SitemapSpider when every URL is a sitemap or robots.txt, else SiteSpider (reads both)."""
    return SitemapSpider if urls and all(is_sitemap_url(u) for u in urls) else SiteSpider


def prepare_jobdir(jobdir: Path) -> None:
    """Keep a job directory a paused crawl left; wipe one a crashed crawl left.

    Scrapy saves the spider state and closes its queues only when a crawl closes (finished or
    paused by Ctrl-C). After a kill or a crash the directory holds a half-written fingerprint
    file that would filter out pages never fetched: starting afresh is safe, since is_known
    keeps stored pages from being handed on again.
    """
    if jobdir.exists() and not (jobdir / SPIDER_STATE_FILE).exists():
        shutil.rmtree(jobdir)


def crawl_sites(
    urls: Sequence[str],
    http: HttpSettings,
    crawl: CrawlSettings,
    *,
    since: datetime | None,
    is_known: IsKnown,
    on_page: OnPage,
    known_urls: KnownUrls | None = None,
    on_progress: OnProgress | None = None,
    jobdir: Path | None = None,
    scrapy_overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Crawl `urls` (homepages, section pages, sitemaps, robots.txt) to completion.

    Returns the final counters and Scrapy's close reason. With `jobdir`, an interrupted crawl
    resumes where it stopped when called again with the same directory; a finished crawl
    removes the directory so the next crawl starts afresh, and so does a crashed one.
    """
    result: dict[str, Any] = {}
    spider_cls = pick_spider(urls)
    kwargs: dict[str, Any] = {
        "start_urls": list(urls),
        "is_known": is_known,
        "known_urls": known_urls,
        "on_page": on_page,
        "on_progress": on_progress,
        "on_close": lambda reason, stats: result.update(stats, close_reason=reason),
        "since": since,
        "max_pages": crawl.max_pages,
    }
    if spider_cls is SiteSpider:
        kwargs["depth"] = crawl.depth
    overrides = dict(scrapy_overrides or {})
    if jobdir is not None:
        prepare_jobdir(jobdir)
        overrides["JOBDIR"] = str(jobdir)
    run_spider(spider_cls, http, scrapy_overrides=overrides, **kwargs)
    if jobdir is not None and result.get("close_reason") == FINISHED:
        shutil.rmtree(jobdir, ignore_errors=True)
    return result


def failed_fetches(result: dict[str, Any]) -> Counter[str]:
    """Pages and links a crawl could not fetch, by error kind (the spider counts `failed_<kind>`)."""
    return Counter({k.removeprefix("failed_"): v for k, v in result.items()
                    if k.startswith("failed_") and isinstance(v, int) and v})  # fmt: skip


def nothing_fetched(result: dict[str, Any], failures: Counter[str]) -> str | None:
    """A crawl that fetched nothing and failed fetching is a failed check of its sources."""
    if result.get("pages_fetched") or result.get("sitemaps") or not failures:
        return None
    kinds = ", ".join(f"{kind} {n}" for kind, n in failures.most_common())
    return f"nothing could be fetched ({kinds})"
