"""The private-address guard: links and redirects found in content never reach internal networks.

A request may only go to a host whose every resolved address is public, unless private networks
are allowed (http.allow_private_networks) or the host is one the operator configured (a spider's
`trusted_hosts`). Checked in a downloader middleware, so redirect targets are checked too.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.exceptions import CannotResolveHostError, IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached

from crawler.fetch.stack import ALLOW_PRIVATE_SETTING

TRUSTED_HOSTS_ATTR = "trusted_hosts"  # spider attribute: hosts of sources the operator configured
ALLOWED_SCHEMES = frozenset({"http", "https"})
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class BlockedAddressError(IgnoreRequest):
    """A request was refused before connecting: its target is internal or not HTTP."""

    def __init__(self, url: str, host: str | None, address: str | None, reason: str) -> None:
        super().__init__(f"blocked request to {url}: {reason}")
        self.url = url
        self.host = host
        self.address = address
        self.reason = reason


def host_of(url: str) -> str | None:
    """The lower-cased host of a URL as the guard compares it (IPv6 without brackets)."""
    return urlsplit(url).hostname


def trusted_hosts_for(urls: Iterable[str]) -> frozenset[str]:
    """The hosts of configured source URLs, for a spider's `trusted_hosts`."""
    return frozenset(h for h in (host_of(u) for u in urls) if h)


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, NAT64), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in NAT64_PREFIX:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_address(address: str | IPAddress) -> bool:
    """True only for globally routable unicast addresses (never loopback, private, metadata...)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0] if isinstance(address, str) else address)
    if isinstance(ip, ipaddress.IPv6Address):
        inner = embedded_ipv4(ip)
        if inner is not None and not is_public_address(inner):
            return False
    # is_global is False for 10/8, 172.16/12, 192.168/16, 127/8, 169.254/16 (cloud metadata),
    # 100.64/10, ::1, fc00::/7, fe80::/10 and documentation ranges; multicast and reserved
    # ranges can still count as "global", so they are excluded explicitly.
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


def ip_literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


async def resolve_host(host: str, port: int) -> tuple[str, ...]:
    """All addresses a host name resolves to (getaddrinfo in the loop's thread pool)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return tuple(dict.fromkeys(str(info[4][0]) for info in infos))


class PrivateAddressGuardMiddleware:
    """Downloader middleware: refuse requests to non-public addresses and non-HTTP schemes."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.allow_private = crawler.settings.getbool(ALLOW_PRIVATE_SETTING)
        self._addresses: dict[tuple[str, int], tuple[str, ...]] = {}  # per crawl, not global

    @classmethod
    def from_crawler(cls, crawler: Any) -> PrivateAddressGuardMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        parts = urlparse_cached(request)
        if parts.scheme not in ALLOWED_SCHEMES:
            raise BlockedAddressError(request.url, parts.hostname, None, "scheme not allowed")
        host = parts.hostname
        if not host:
            raise BlockedAddressError(request.url, None, None, "no host")
        if self.allow_private or host in self._trusted_hosts():
            return
        port = parts.port or (443 if parts.scheme == "https" else 80)
        for address in await self._addresses_of(host, port, request.url):
            if not is_public_address(address):
                raise BlockedAddressError(request.url, host, address, "non-public address")

    def _trusted_hosts(self) -> frozenset[str]:
        spider = self.crawler.spider
        return frozenset(getattr(spider, TRUSTED_HOSTS_ATTR, ()) or ())

    async def _addresses_of(self, host: str, port: int, url: str) -> tuple[str, ...]:
        literal = ip_literal(host)
        if literal is not None:
            return (str(literal),)
        key = (host, port)
        if key not in self._addresses:
            try:
                self._addresses[key] = await resolve_host(host, port)
            except OSError as exc:
                # not cached: a later request may resolve; never let an unchecked host through
                raise CannotResolveHostError(f"cannot resolve {host} for {url}: {exc}") from exc
        return self._addresses[key]
