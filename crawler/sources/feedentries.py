"""feedparser's result as records: FeedEntry per entry with an absolute link, plain-text fields,
authors and dates; the feed's own polling hints (ttl, sy:updatePeriod).
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import lxml.etree
import lxml.html
from lxml.etree import ParserError

from crawler.dates import from_struct_time
from crawler.items import FeedEntry, ParsedFeed
from crawler.urls import InvalidUrlError, normalize_url

SY_PERIOD_S = {"hourly": 3600, "daily": 86400, "weekly": 7 * 86400, "monthly": 30 * 86400,
               "yearly": 365 * 86400}  # fmt: skip
WHITESPACE = re.compile(r"\s+")
MARKUP_TYPES = frozenset({"text/html", "application/xhtml+xml"})
HIDDEN_TAGS = ("script", "style", "noscript", "template")


def build_feed(
    url: str, version: str, parsed: Any, *, is_recovered: bool, base_url: str
) -> ParsedFeed:
    entries, skipped = unique_entries(to_entry(raw, url, base_url) for raw in parsed.entries)
    feed = parsed.feed
    return ParsedFeed(
        url=url,
        format=version,
        title=text_field(feed, "title"),
        entries=entries,
        ttl_s=minutes_to_s(feed.get("ttl")),
        update_period_s=update_period_s(
            feed.get("sy_updateperiod"), feed.get("sy_updatefrequency")
        ),
        is_recovered=is_recovered,
        skipped=skipped,
    )


def to_entry(raw: Any, feed_url: str, base_url: str) -> FeedEntry | None:
    link = entry_link(raw, own_urls=(feed_url, base_url))
    if not link:
        return None
    try:
        absolute = normalize_url(link, base=base_url)
    except InvalidUrlError:
        return None
    return FeedEntry(
        url=absolute,
        feed_url=feed_url,
        title=text_field(raw, "title"),
        summary=text_field(raw, "summary"),
        published_at=from_struct_time(
            raw.get("published_parsed") or raw.get("updated_parsed") or raw.get("created_parsed")
        ),
        authors=entry_authors(raw),
        guid=(raw.get("id") or None),
    )


def entry_link(raw: Any, own_urls: tuple[str, ...] = ()) -> str | None:
    """The entry's article link: <link>, else an alternate link, else a permalink GUID.

    A link to the feed itself is no article: Atom's href="" resolves to the feed's URL."""
    alternates = (
        link.get("href")
        for link in raw.get("links", ())
        if link.get("rel", "alternate") == "alternate"
    )
    for candidate in (raw.get("link"), *alternates):
        if candidate and candidate not in own_urls:
            return str(candidate)
    guid = raw.get("id") or ""
    return guid if guid.startswith(("http://", "https://")) else None


def entry_authors(raw: Any) -> tuple[str, ...]:
    names = [html_text(a.get("name")) for a in raw.get("authors", ()) if isinstance(a, dict)]
    if not any(names) and raw.get("author"):
        names = [html_text(raw["author"])]
    return tuple(dict.fromkeys(n for n in names if n))


def unique_entries(entries: Any) -> tuple[tuple[FeedEntry, ...], int]:
    """Entries in feed order without repeats of a link or GUID; and how many were dropped."""
    kept: list[FeedEntry] = []
    seen: set[str] = set()
    skipped = 0
    for entry in entries:
        keys = {entry.url, f"guid:{entry.guid or entry.url}"} if entry else set()
        if not keys or keys & seen:
            skipped += 1
            continue
        seen |= keys
        kept.append(entry)
    return tuple(kept), skipped


def text_field(raw: Any, key: str) -> str | None:
    """A text construct (title, summary) as plain text by its declared type: HTML loses its
    markup; plain text keeps what it says, "<" and ">" included."""
    value = raw.get(key)
    detail = raw.get(f"{key}_detail") or {}
    if detail.get("type") in MARKUP_TYPES:
        return html_text(value)
    return plain_text(value)


def plain_text(value: Any) -> str | None:
    """Text with whitespace collapsed; None when empty."""
    return WHITESPACE.sub(" ", str(value or "")).strip() or None


def html_text(value: Any) -> str | None:
    """The text an HTML fragment shows (markup and scripts gone, entities resolved, a "<" that is
    text kept), whitespace collapsed; None when empty."""
    html = str(value or "")
    if "<" not in html:
        return plain_text(unescape(html) if "&" in html else html)
    try:
        root = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return plain_text(html)
    # code, not text: feedparser is not asked to sanitize (see feeds.parse_feed)
    lxml.etree.strip_elements(root, *HIDDEN_TAGS, with_tail=False)
    return plain_text(root.text_content())


def minutes_to_s(value: Any) -> int | None:
    try:
        minutes = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes * 60 if minutes > 0 else None


def update_period_s(period: Any, frequency: Any) -> int | None:
    """sy:updatePeriod / sy:updateFrequency -> seconds between updates (default: daily, 1)."""
    if not period and not frequency:
        return None
    seconds = SY_PERIOD_S.get(str(period or "daily").strip().lower())
    try:
        times = max(1, int(str(frequency or 1).strip()))
    except ValueError:
        times = 1
    return seconds // times if seconds else None
