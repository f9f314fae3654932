"""Feed parsing: bytes of an RSS, Atom or JSON Feed document -> ParsedFeed with FeedEntry records.

feedparser does the format work; what is ours: refusing DTD entity tricks before any parser runs,
choosing the charset when servers lie about it, and clean, absolute, de-duplicated entry links.
"""

from __future__ import annotations

import calendar
import io
import json
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import feedparser
from w3lib.html import remove_tags, replace_entities

from crawler.items import FeedEntry
from crawler.urls import InvalidUrlError, normalize_url

FeedErrorKind = Literal["parse_error", "not_a_feed"]

NOT_FEED_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")
HTML_TYPES = ("text/html", "application/xhtml+xml")
SY_PERIOD_S = {"hourly": 3600, "daily": 86400, "weekly": 7 * 86400, "monthly": 30 * 86400,
               "yearly": 365 * 86400}  # fmt: skip
PROLOG_SCAN_BYTES = 4096
XML_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._-]+)", re.IGNORECASE)
FEED_START = re.compile(rb"^\s*(?:<\?xml|<rss|<feed|<rdf:RDF|<!--)", re.IGNORECASE)
HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html)", re.IGNORECASE)
UTF_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
WHITESPACE = re.compile(r"\s+")


class FeedParseError(ValueError):
    """A feed body could not be used: malformed beyond repair, unsafe, or not a feed at all."""

    def __init__(self, url: str, message: str, kind: FeedErrorKind = "parse_error") -> None:
        super().__init__(f"{message}: {url}")
        self.url = url
        self.kind = kind
        self.reason = message


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed document: its entries plus the hints it gives about how often to poll it."""

    url: str
    format: str  # feedparser's version (rss20, atom10, ...) or json1
    title: str | None
    entries: tuple[FeedEntry, ...]
    ttl_s: int | None = None  # RSS <ttl>
    update_period_s: int | None = None  # sy:updatePeriod / sy:updateFrequency
    is_recovered: bool = False  # malformed, but entries could still be read
    skipped: int = 0  # entries without a usable link, and duplicates

    @property
    def published_times(self) -> list[datetime]:
        return sorted(e.published_at for e in self.entries if e.published_at is not None)


def parse_feed(
    body: bytes, *, url: str, content_type: str | None = None, base_url: str | None = None
) -> ParsedFeed:
    """Parse a feed body fetched from `url`. Raises FeedParseError (kind parse_error/not_a_feed).

    Entries carry `url` as their feed_url; relative links resolve against `base_url` (the URL
    the body really came from, after redirects), by default `url`.
    """
    check_is_feed(body, url, content_type)
    if looks_like_json(body, content_type):
        return parse_json_feed(body, url=url, base_url=base_url or url)
    refuse_entity_declarations(body, url)
    charset = choose_charset(body, content_type)
    base = base_url or url
    headers = {"content-location": base, "content-type": f"application/xml; charset={charset}"}
    # a file-like object: feedparser would fetch a URL string or open a file path given as data
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    if not parsed.get("version"):
        if parsed.entries:
            return build_feed(url, "unknown", parsed, is_recovered=True, base_url=base)
        if parsed.bozo:
            reason = f"malformed feed ({parsed.get('bozo_exception')})"
            raise FeedParseError(url, reason, "parse_error")
        raise FeedParseError(url, "XML document is not RSS or Atom", "not_a_feed")
    if parsed.bozo and not parsed.entries:
        raise FeedParseError(url, f"malformed feed ({parsed.get('bozo_exception')})")
    return build_feed(url, parsed.version, parsed, is_recovered=bool(parsed.bozo), base_url=base)


# --- safety and sniffing ---------------------------------------------------------------------------


def check_is_feed(body: bytes, url: str, content_type: str | None) -> None:
    """Reject bodies that are clearly something else (an HTML page, an image) before parsing."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if not body.strip():
        raise FeedParseError(url, "empty body", "not_a_feed")
    if mime.startswith(NOT_FEED_TYPES):
        raise FeedParseError(url, f"content type {mime} is not a feed", "not_a_feed")
    head = strip_bom(body[:PROLOG_SCAN_BYTES])
    if not head.lstrip().startswith((b"<", b"{")):
        raise FeedParseError(url, "body is neither XML nor JSON", "not_a_feed")
    if HTML_START.match(head) or (mime in HTML_TYPES and not FEED_START.match(head)):
        # servers do label real feeds text/html, so the body decides
        raise FeedParseError(url, "an HTML page, not a feed", "not_a_feed")


def refuse_entity_declarations(body: bytes, url: str) -> None:
    """Refuse a DOCTYPE that declares entities (billion laughs, external entities): no parser
    sees such a document. A bare DOCTYPE (RSS 0.91's) is harmless and passes."""
    prolog = prolog_of(body)
    if b"<!entity" in prolog.lower():
        raise FeedParseError(url, "refused: the DOCTYPE declares entities (possible XML bomb)")


def prolog_of(body: bytes) -> bytes:
    """The bytes before the root element, as ASCII-compatible bytes (UTF-16 decoded)."""
    head = body[: PROLOG_SCAN_BYTES * 4]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8", "ignore")
    root = re.search(rb"<[A-Za-z_]", head)
    return head[: root.start()] if root else head


def strip_bom(data: bytes) -> bytes:
    for bom in UTF_BOMS:
        if data.startswith(bom):
            return data[len(bom) :]
    return data


def looks_like_json(body: bytes, content_type: str | None) -> bool:
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    return mime.endswith("json") or strip_bom(body).lstrip()[:1] == b"{"


def choose_charset(body: bytes, content_type: str | None) -> str:
    """The charset to decode with: valid UTF-8 is UTF-8 whatever the labels say (servers often
    declare latin-1 for UTF-8 bodies); otherwise the declared charset, else windows-1252."""
    if b"\x00" not in body[:PROLOG_SCAN_BYTES]:  # UTF-16/32 bodies are left to the declaration
        try:
            body.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            pass
    for declared in (charset_param(content_type), xml_declared_encoding(body)):
        if declared and declared.replace("_", "-").lower() not in ("utf-8", "utf8"):
            try:
                body.decode(declared)
                return declared
            except (UnicodeDecodeError, LookupError):
                continue
    return "windows-1252"  # a superset of latin-1 that decodes any byte


def charset_param(content_type: str | None) -> str | None:
    found = CHARSET_PARAM.search(content_type or "")
    return found.group(1) if found else None


def xml_declared_encoding(body: bytes) -> str | None:
    found = XML_ENCODING.match(strip_bom(body[:200]))
    return found.group(1).decode("ascii") if found else None


# --- feedparser result -> records -----------------------------------------------------------------


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
        published_at=struct_to_utc(
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


def struct_to_utc(value: time.struct_time | None) -> datetime | None:
    """feedparser's UTC struct_time -> aware datetime (None when absent or out of range)."""
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


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


# --- JSON Feed (https://jsonfeed.org) -------------------------------------------------------------


def parse_json_feed(body: bytes, *, url: str, base_url: str) -> ParsedFeed:
    try:
        data = json.loads(strip_bom(body).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FeedParseError(url, f"malformed JSON ({exc})") from exc
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        raise FeedParseError(url, "JSON document is not a JSON Feed", "not_a_feed")
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
        published_at=iso_to_utc(published),
        authors=tuple(dict.fromkeys(n for n in names if n)),
        guid=str(item["id"]) if item.get("id") is not None else None,
    )


def iso_to_utc(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
