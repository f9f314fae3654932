"""The one HTTP stack (Scrapy's downloader) for feeds, sitemaps and pages: settings and retry back-off.

Every spider gets its settings from `scrapy_settings()`, so robots.txt, politeness, size caps, the
private-address guard (crawler.fetch.netguard) and retries apply to all fetches alike.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import CloseSpider
from scrapy.http import Response
from scrapy.robotstxt import RobotParser
from scrapy.settings import default_settings
from scrapy.utils.httpobj import urlparse_cached

from crawler.fetch.schedule import backoff_delay_s
from settings.model import HttpSettings

# Custom setting names (Scrapy settings with our prefix, read by our middlewares).
ALLOW_PRIVATE_SETTING = "NEWSAGG_ALLOW_PRIVATE_NETWORKS"
RETRY_BACKOFF_SETTING = "NEWSAGG_RETRY_BACKOFF_S"
RETRY_BACKOFF_MAX_SETTING = "NEWSAGG_RETRY_BACKOFF_MAX_S"

# Request.meta keys shared by our spiders and middlewares.
META_SOURCE_ID = "newsagg_source_id"
META_ENTRY = "newsagg_entry"  # the FeedEntry that led to an article page request

# 429 is not retried inside a crawl: the server asked us to come back later, and the poll schedule
# honours its Retry-After instead of hammering it again seconds later.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408]


class StopCrawl(CloseSpider):
    """Raised by an injected callback to end the crawl at once, no more requests (e.g. the
    database is full); Scrapy closes the spider with `reason`."""


# Extensions newsagg has no use for: telnet and remote control (off by the settings below; the
# remote control alone imports aiohttp, ~0.15 CPU-s of every crawl and poll process), feed
# export (no FEEDS: callbacks store pages, they yield no items), periodic stats log lines
# (progress is ours), the memory debugger. SpiderState stays: JOBDIR resumes site crawls with it.
UNUSED_EXTENSIONS = frozenset((
    "scrapy.extensions.telnet.TelnetConsole",
    "scrapy.extensions.remote_control.RemoteControl",
    "scrapy.extensions.feedexport.FeedExporter",
    "scrapy.extensions.logstats.LogStats",
    "scrapy.extensions.memdebug.MemoryDebugger",
))  # fmt: skip

NETGUARD_MIDDLEWARE = "crawler.fetch.netguard.PrivateAddressGuardMiddleware"
RETRY_MIDDLEWARE = "crawler.fetch.stack.BackoffRetryMiddleware"
ROBOTS_MIDDLEWARE = "crawler.fetch.stack.SharedRobotsTxtMiddleware"


def product_token(user_agent: str) -> str:
    """The robots.txt product token of a User-Agent: `newsagg/0.1 (+url)` -> `newsagg`."""
    return user_agent.split("/", 1)[0].split(" ", 1)[0].strip() or user_agent


def scrapy_settings(http: HttpSettings, **overrides: Any) -> dict[str, Any]:
    """Scrapy settings for any newsagg crawl; `overrides` are Scrapy setting names (tests, bench)."""
    user_agent = http.resolved_user_agent()
    settings: dict[str, Any] = {
        "BOT_NAME": "newsagg",
        "USER_AGENT": user_agent,
        "ROBOTSTXT_OBEY": http.obey_robots,
        "ROBOTSTXT_PARSER": "scrapy.robotstxt.ProtegoRobotParser",
        "ROBOTSTXT_USER_AGENT": product_token(user_agent),
        # politeness: per-host slots, a base delay with jitter, AutoThrottle on top
        "CONCURRENT_REQUESTS": http.concurrent_requests,
        "CONCURRENT_REQUESTS_PER_DOMAIN": http.concurrent_per_host,
        "DOWNLOAD_DELAY": http.download_delay_s,
        "DOWNLOAD_DELAY_JITTER": 0.5,  # each delay is randomised by +-50%
        "AUTOTHROTTLE_ENABLED": http.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(http.download_delay_s, 1.0),
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(http.concurrent_per_host),
        # limits
        "DOWNLOAD_TIMEOUT": http.timeout_s,
        "DNS_TIMEOUT": max(1, round(http.timeout_s)),
        "DOWNLOAD_MAXSIZE": http.max_body_bytes,
        "DOWNLOAD_WARNSIZE": max(1, http.max_body_bytes // 2),
        "REDIRECT_MAX_TIMES": http.max_redirects,
        # only HTTP(S): a file:// or s3:// link in a feed must never be "downloaded"
        "DOWNLOAD_HANDLERS": {"file": None, "s3": None, "ftp": None, "data": None},
        "METAREFRESH_MAXDELAY": 10,  # a slow meta refresh is a page, not a redirect
        # retries: transient failures only, with exponential back-off (BackoffRetryMiddleware)
        "RETRY_ENABLED": http.retries > 0,
        "RETRY_TIMES": http.retries,
        "RETRY_HTTP_CODES": RETRY_HTTP_CODES,
        "RETRY_GIVE_UP_LOG_LEVEL": "INFO",  # the spider reports the failure as data
        RETRY_BACKOFF_SETTING: 1.0,
        RETRY_BACKOFF_MAX_SETTING: 30.0,
        ALLOW_PRIVATE_SETTING: http.allow_private_networks,
        "DOWNLOADER_MIDDLEWARES": {
            # before robots.txt (100), so not even robots.txt is fetched from a blocked address;
            # redirect targets come back through the scheduler and pass here again
            NETGUARD_MIDDLEWARE: 60,
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            ROBOTS_MIDDLEWARE: 100,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            RETRY_MIDDLEWARE: 550,
            # no spider sets http_user: per-request work for nothing
            "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
        },
        # per-response work newsagg has no use for: a development check on copied Request.meta
        # (the Referer middleware stays: the redirect middlewares rely on it and warn without)
        "SPIDER_MIDDLEWARES": {
            "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
        },
        # hygiene: no cookies, no telnet, no HTTP cache (conditional GET headers come from the
        # stored validators of the Source, not from a local cache)
        "COMPRESSION_ENABLED": True,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,  # Scrapy >= 2.19 would open a control HTTP port
        # extensions that are off anyway are left out of the base list, so they are not even
        # imported (Scrapy imports every listed one, None or not, to de-duplicate the list)
        "EXTENSIONS_BASE": {
            path: order
            for path, order in default_settings.EXTENSIONS_BASE.items()
            if path not in UNUSED_EXTENSIONS
        },
        "HTTPCACHE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "LOG_ENABLED": True,
        "LOG_INSTALL_ROOT_HANDLER": False,  # the application configures logging handlers
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        # callbacks yield a few requests and no items (pages are stored in the callback): Scrapy's
        # default of 100 starts 100 asyncio tasks per response to process that output
        "CONCURRENT_ITEMS": 1,
        # a development lint that re-reads a callback's source (inspect + ast) on every response
        # its cache misses (bound methods are new objects): a third of a 304's CPU
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        # per-request byte and status counters nothing reads (the spiders keep their own)
        "DOWNLOADER_STATS": False,
        # Scrapy >= 2.13 dropped REQUEST_FINGERPRINTER_IMPLEMENTATION: the current fingerprinter
        # is the only one, so there is nothing to set.
    }
    settings.update(overrides)
    return settings


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry policy, but a retry waits an exponentially growing, jittered delay first."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.base_s = settings.getfloat(RETRY_BACKOFF_SETTING, 1.0)
        self.max_s = settings.getfloat(RETRY_BACKOFF_MAX_SETTING, 30.0)
        self.rng = random.Random()

    async def process_response(  # type: ignore[override]  # async and without the spider arg
        self, request: Request, response: Response
    ) -> Request | Response:
        return await self._wait_before(super().process_response(request, response))

    async def process_exception(  # type: ignore[override]  # async and without the spider arg
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        return await self._wait_before(super().process_exception(request, exception))

    async def _wait_before(self, result: Any) -> Any:
        if isinstance(result, Request):
            attempt = int(result.meta.get("retry_times", 1))
            delay_s = backoff_delay_s(attempt, self.base_s, self.max_s, self.rng)
            if delay_s > 0:
                await asyncio.sleep(delay_s)
        return result


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, fixed for requests that wait for the same robots.txt.

    Scrapy 2.19 awaits one shared Deferred per host; turning a Deferred into a Future consumes its
    result, so only the first waiting request gets the parser and the others see None, which
    means "allowed". They read the parser from the per-host cache instead.
    """

    async def robot_parser(self, request: Request) -> RobotParser | None:
        parser = await super().robot_parser(request)
        if parser is None:
            cached = self._parsers.get(urlparse_cached(request).netloc)
            if isinstance(cached, RobotParser):
                return cached
        return parser
