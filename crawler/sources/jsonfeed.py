"""JSON Feed (https://jsonfeed.org) documents as ParsedFeed records."""

from __future__ import annotations

import json
from typing import Any

from crawler.dates import parse_datetime
from crawler.items import FeedEntry, ParsedFeed
from crawler.sources.feedentries import plain_text, unique_entries
from crawler.urls import InvalidUrlError, normalize_url


def parse_json_feed(text: str, *, url: str, base_url: str) -> ParsedFeed | None:
    """The JSON Feed in `text`; None when the JSON is not a JSON Feed. Raises ValueError when it
    is not JSON at all."""
    data = json.loads(text)
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        return None
    items = data.get("items")
    if not isinstance(items, list):
        items = []
    entries, skipped = unique_entries(json_entry(item, url, base_url) for item in items)
    return ParsedFeed(
        url=url, format="json1", title=plain_text(data.get("title")), entries=entries,
        skipped=skipped,
    )  # fmt: skip


def json_entry(item: Any, feed_url: str, base_url: str) -> FeedEntry | None:
    if not isinstance(item, dict):
        return None
    link = item.get("url") or item.get("external_url")
    if not isinstance(link, str):
        return None
    try:
        absolute = normalize_url(link, base=base_url)
    except InvalidUrlError:
        return None
    authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
    names = (plain_text(a.get("name")) for a in authors if isinstance(a, dict))
    published = item.get("date_published") or item.get("date_modified")
    return FeedEntry(
        url=absolute,
        feed_url=feed_url,
        title=plain_text(item.get("title")),
        summary=plain_text(item.get("summary") or item.get("content_text")),
        published_at=parse_datetime(published) if isinstance(published, str) else None,
        authors=tuple(dict.fromkeys(n for n in names if n)),
        guid=str(item["id"]) if item.get("id") is not None else None,
    )
