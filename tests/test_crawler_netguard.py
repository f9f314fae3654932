"""The private-address guard: addresses, and requests refused before any connection is made.

Only loopback servers are used; the crawls run with a safety net that refuses any other connection
(tests/httpsite.py), and the guard must refuse first: results name BlockedAddressError.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy import Request
from scrapy.settings import Settings

from crawler.fetch.netguard import (
    BlockedAddressError,
    PrivateAddressGuardMiddleware,
    host_of,
    is_public_address,
    resolve_host,
    trusted_hosts_for,
)
from crawler.fetch.stack import ALLOW_PRIVATE_SETTING
from tests.httpsite import HttpSite, Route, call_in_subprocess

BLOCKED = [
    "127.0.0.1",
    "127.0.0.2",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.100.100.200",  # Alibaba metadata, shared address space
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "fd00:ec2::254",  # AWS metadata over IPv6
    "fe80::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "2002:7f00:1::1",  # 6to4 wrapping 127.0.0.1
    "64:ff9b::a9fe:a9fe",  # NAT64 wrapping 169.254.169.254
]
PUBLIC = ["8.8.8.8", "151.101.1.69", "2606:4700:4700::1111", "2a00:1450:4001:82a::200e"]


@pytest.mark.parametrize("address", BLOCKED)
def test_internal_addresses_are_not_public(address: str) -> None:
    assert not is_public_address(address)


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_are_public(address: str) -> None:
    assert is_public_address(address)


@pytest.mark.parametrize("host", ["2130706433", "0x7f.1", "127.1"], ids=["decimal", "hex", "short"])
def test_odd_ip_spellings_resolve_to_loopback(host: str) -> None:
    # getaddrinfo answers numeric spellings locally, so the guard sees the real address
    addresses = asyncio.run(resolve_host(host, 80))
    assert addresses == ("127.0.0.1",)
    assert not is_public_address(addresses[0])


def test_trusted_hosts_are_compared_like_urls() -> None:
    assert trusted_hosts_for(["http://News.Example.org:8080/feed", "http://[::1]/x"]) == {
        "news.example.org",
        "::1",
    }
    assert host_of("https://EXAMPLE.org/") == "example.org"


# --- crawls: the configured source lives on 127.0.0.1, everything else is off limits ---------------


@pytest.fixture(scope="module")
def sites() -> Iterator[tuple[HttpSite, HttpSite]]:
    with HttpSite() as source, HttpSite("127.0.0.2") as internal:
        internal.route("/admin", Route("internal"))
        source.route("/to-internal", Route(redirect_to=internal.url("/admin")))
        source.route("/to-metadata", Route(redirect_to="http://169.254.169.254/latest/meta-data/"))
        source.route("/page", Route("<p>public page</p>"))
        yield source, internal


def crawl_urls(source: HttpSite, internal: HttpSite) -> list[str]:
    return [
        source.url("/page"),
        source.url("/to-internal"),
        source.url("/to-metadata"),
        internal.url("/admin"),
        "http://10.0.0.1/",
        f"http://[::1]:{source.port}/page",
        f"http://2130706433:{source.port}/page",
        "file:///etc/passwd",
    ]


@pytest.fixture(scope="module")
def guarded(sites: tuple[HttpSite, HttpSite]) -> dict[str, dict[str, Any]]:
    source, internal = sites
    payload = {"urls": crawl_urls(source, internal), "trusted": ["127.0.0.1"]}
    results = call_in_subprocess("tests.test_crawler_fetching:fetch_urls", payload)
    return {r["url"]: r for r in results}


def test_configured_host_is_fetched(guarded: Any, sites: Any) -> None:
    source, _ = sites
    assert guarded[source.url("/page")]["status"] == 200


@pytest.mark.parametrize(
    "index",
    [1, 2, 3, 4, 5, 6, 7],
    ids=[
        "redirect-to-private",
        "redirect-to-metadata",
        "link-to-private",
        "link-to-10/8",
        "ipv6-loopback",
        "decimal-ip",
        "file-scheme",
    ],
)
def test_internal_targets_blocked_before_connecting(guarded: Any, sites: Any, index: int) -> None:
    url = crawl_urls(*sites)[index]
    assert guarded[url]["error_type"] == "BlockedAddressError", guarded[url]


def test_internal_server_never_hit(guarded: Any, sites: Any) -> None:
    _, internal = sites
    assert internal.hits == []


class FakeCrawler:
    """Just what the guard middleware reads: settings and the spider's trusted hosts."""

    def __init__(self, allow_private: bool, trusted: frozenset[str] = frozenset()) -> None:
        self.settings = Settings({ALLOW_PRIVATE_SETTING: allow_private})
        self.spider = SimpleNamespace(trusted_hosts=trusted)


def guard_allows(
    url: str, allow_private: bool = False, trusted: frozenset[str] = frozenset()
) -> bool:
    guard = PrivateAddressGuardMiddleware(FakeCrawler(allow_private, trusted))
    try:
        asyncio.run(guard.process_request(Request(url)))
    except BlockedAddressError:
        return False
    return True


@pytest.mark.parametrize(
    ("url", "allow_private", "trusted", "allowed"),
    [
        ("http://10.0.0.1/x", False, frozenset(), False),
        ("http://10.0.0.1/x", True, frozenset(), True),
        ("http://10.0.0.1/x", False, frozenset({"10.0.0.1"}), True),
        ("http://10.0.0.2/x", False, frozenset({"10.0.0.1"}), False),
        ("http://[fe80::1]/x", False, frozenset(), False),
        ("http://8.8.8.8/x", False, frozenset(), True),
        ("ftp://8.8.8.8/x", True, frozenset(), False),
    ],
    ids=["private", "opt-in", "configured-host", "other-host", "link-local-v6", "public", "ftp"],
)
def test_guard_decision(
    url: str, allow_private: bool, trusted: frozenset[str], allowed: bool
) -> None:
    assert guard_allows(url, allow_private, trusted) is allowed
