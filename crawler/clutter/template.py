"""Cross-page template memory: lines that recur on many pages of one host are site template.

In memory, bounded (hosts and lines per host, least recently used evicted); the caller keeps one
per crawl process and passes it to clean_article.
"""

from __future__ import annotations

import functools
import re
from collections import OrderedDict
from hashlib import blake2b
from urllib.parse import urlsplit

_DIGITS_RE = re.compile(r"\d+")
_SPACE_RE = re.compile(r"\s+")
# Lines shorter than this are too generic ("Share", "Politics") to be evidence of anything.
_MIN_LINE_CHARS = 12


def host_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


# a page's lines are keyed twice (recurring, then observe) and a site's template lines on every
# page: a bounded memo of this pure function spares most of the normalising and hashing
@functools.lru_cache(maxsize=8192)
def line_key(line: str) -> bytes:
    """Case, spacing and numbers (dates, counters) do not make a template line different."""
    norm = _DIGITS_RE.sub("0", _SPACE_RE.sub(" ", line.strip().casefold()))
    return blake2b(norm.encode(), digest_size=8).digest()


class TemplateMemory:
    """Which lines appeared on how many distinct pages of each host."""

    def __init__(self, *, min_pages: int = 3, max_hosts: int = 512, max_lines: int = 5000) -> None:
        self.min_pages = min_pages  # a line on this many other pages of the host is template
        self.max_hosts = max_hosts
        self.max_lines = max_lines  # per host
        self._hosts: OrderedDict[str, OrderedDict[bytes, set[bytes]]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._hosts)

    def recurring(self, url: str, lines: list[str], *, page_key: str | None = None) -> set[int]:
        """Indices of `lines` already seen on at least `min_pages` other pages of the host."""
        seen = self._hosts.get(host_of(url))
        if not seen:
            return set()
        page = _page_hash(page_key or url)
        found = set()
        for index, line in enumerate(lines):
            if len(line.strip()) < _MIN_LINE_CHARS:
                continue
            pages = seen.get(line_key(line))
            if pages and len(pages - {page}) >= self.min_pages:
                found.add(index)
        return found

    def observe(self, url: str, lines: list[str], *, page_key: str | None = None) -> None:
        """Record that these lines appeared on this page (once per page, however often seen)."""
        host = host_of(url)
        seen = self._hosts.get(host)
        if seen is None:
            seen = self._hosts[host] = OrderedDict()
            if len(self._hosts) > self.max_hosts:
                self._hosts.popitem(last=False)
        else:
            self._hosts.move_to_end(host)
        page = _page_hash(page_key or url)
        for line in lines:
            if len(line.strip()) >= _MIN_LINE_CHARS:
                self._add(seen, line_key(line), page)

    def _add(self, seen: OrderedDict[bytes, set[bytes]], key: bytes, page: bytes) -> None:
        pages = seen.get(key)
        if pages is None:
            pages = seen[key] = set()
            if len(seen) > self.max_lines:
                seen.popitem(last=False)
        else:
            seen.move_to_end(key)
        # One more than the threshold is all a decision ever needs to know.
        if len(pages) <= self.min_pages:
            pages.add(page)


def _page_hash(page_key: str) -> bytes:
    return blake2b(page_key.encode(), digest_size=8).digest()
