"""A shared crawl frontier in Redis (scrapy-redis) so several processes or machines split a crawl.

Every process crawling with the same key shares one request queue and one seen-set: a page is
fetched by one of them only. Keys are scoped by the caller (one key per crawl of a URL set and
schedule window) and expire after the crawl, so the next crawl starts afresh.
"""

from __future__ import annotations

from typing import Any


def redis_frontier_settings(redis_url: str, key: str) -> dict[str, Any]:
    """Scrapy settings that swap the in-memory scheduler and dupefilter for scrapy-redis."""
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "REDIS_URL": redis_url,
        "SCHEDULER_QUEUE_KEY": f"{key}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{key}:seen",
        # a process that runs dry must not wipe the queue and seen-set others still use
        "SCHEDULER_PERSIST": True,
        # wait a little before closing on an empty queue: peers may still be adding links
        "SCHEDULER_IDLE_BEFORE_CLOSE": 2,
    }


def expire_frontier(redis_url: str, key: str, ttl_s: int) -> None:
    """Let the crawl's queue and seen-set expire, so later crawls of the same sites refetch."""
    import redis  # scrapy-redis' own dependency

    client = redis.Redis.from_url(redis_url)
    try:
        for suffix in ("requests", "seen"):
            client.expire(f"{key}:{suffix}", ttl_s)
    finally:
        client.close()
