"""feedparser's result as records: FeedEntry per entry with an absolute link, plain-text fields,
authors and dates; the feed's own polling hints (ttl, sy:updatePeriod).
"""

from __future__ import annotations

import re
from typing import Any

from w3lib.html import remove_tags, replace_entities

from crawler.dates import from_struct_time
from crawler.items import FeedEntry, ParsedFeed
from crawler.urls import InvalidUrlError, normalize_url

SY_PERIOD_S = {"hourly": 3600, "daily": 86400, "weekly": 7 * 86400, "monthly": 30 * 86400,
               "yearly": 365 * 86400}  # fmt: skip
WHITESPACE = re.compile(r"\s+")


def build_feed(
    url: str, version: str, parsed: Any, *, is_recovered: bool, base_url: str
) -> ParsedFeed:
    entries, skipped = unique_entries(to_entry(raw, url, base_url) for raw in parsed.entries)
    feed = parsed.feed
    return ParsedFeed(
        url=url,
        format=version,
        title=plain_text(feed.get("title")),
        entries=entries,
        ttl_s=minutes_to_s(feed.get("ttl")),
        update_period_s=update_period_s(
            feed.get("sy_updateperiod"), feed.get("sy_updatefrequency")
        ),
        is_recovered=is_recovered,
        skipped=skipped,
    )


def to_entry(raw: Any, feed_url: str, base_url: str) -> FeedEntry | None:
    link = entry_link(raw)
    if not link:
        return None
    try:
        absolute = normalize_url(link, base=base_url)
    except InvalidUrlError:
        return None
    return FeedEntry(
        url=absolute,
        feed_url=feed_url,
        title=plain_text(raw.get("title")),
        summary=plain_text(raw.get("summary")),
        published_at=from_struct_time(
            raw.get("published_parsed") or raw.get("updated_parsed") or raw.get("created_parsed")
        ),
        authors=entry_authors(raw),
        guid=(raw.get("id") or None),
    )


def entry_link(raw: Any) -> str | None:
    """The entry's article link: <link>, else an alternate link, else a permalink GUID."""
    if raw.get("link"):
        return str(raw["link"])
    for link in raw.get("links", ()):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"])
    guid = raw.get("id") or ""
    return guid if guid.startswith(("http://", "https://")) else None


def entry_authors(raw: Any) -> tuple[str, ...]:
    names = [plain_text(a.get("name")) for a in raw.get("authors", ()) if isinstance(a, dict)]
    if not any(names) and raw.get("author"):
        names = [plain_text(raw["author"])]
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


def plain_text(value: Any) -> str | None:
    """Text without markup or entities, whitespace collapsed; None when empty."""
    if not value:
        return None
    text = replace_entities(remove_tags(str(value)))
    return WHITESPACE.sub(" ", text).strip() or None


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
