"""Atom feeds of stored stories (one entry per story, every outlet as a link), with feedgen."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator
from lxml import etree

from storage.catalog import Listing

ENTRY_ID = "urn:newsagg:article:{id}"
# characters XML 1.0 cannot carry (stored text or a search may hold them): dropped from the feed
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    return _NOT_XML.sub("", value)


def atom_feed(
    listings: Sequence[Listing], *, title: str, self_url: str, page_url: str, now: datetime
) -> bytes:
    """An Atom 1.0 document; `self_url` is also its id (one feed per topic or search)."""
    feed = FeedGenerator()
    feed.id(xml_text(self_url))
    feed.title(xml_text(title))
    feed.link(href=xml_text(self_url), rel="self", type="application/atom+xml")
    feed.link(href=xml_text(page_url), rel="alternate", type="text/html")
    feed.updated(max((item.article.updated_at for item in listings), default=now))
    feed.author(name="newsagg")  # Atom needs an author; entries without one inherit it
    feed.generator("newsagg")
    for item in reversed(listings):  # feedgen prepends entries: newest ends up first
        _entry(feed, item)
    return bytes(feed.atom_str(pretty=True))


class _Entry(FeedEntry):  # type: ignore[misc]  # feedgen ships no type hints
    """feedgen 1.0.0 writes only `href` of an entry's links (a shadowed variable in
    FeedEntry.atom_entry), so rel="related" would become a second, invalid alternate link: put
    the attributes back."""

    def atom_entry(self, extensions: bool = True) -> Any:
        element = super().atom_entry(extensions)
        nodes = [node for node in element if etree.QName(node).localname == "link"]
        for node, wanted in zip(nodes, self.link() or [], strict=False):
            for key in ("rel", "type", "hreflang", "title", "length"):
                if wanted.get(key):
                    node.set(key, wanted[key])
        return element


def _entry(feed: FeedGenerator, item: Listing) -> None:
    article = item.article
    entry = feed.add_entry(_Entry())
    entry.id(ENTRY_ID.format(id=article.id))
    entry.title(xml_text(article.title or article.url))
    entry.link(href=article.url, rel="alternate")
    for url in _other_urls(item):
        entry.link(href=url, rel="related")
    entry.updated(article.updated_at)
    if article.published_at is not None:
        entry.published(article.published_at)
    for name in article.authors or []:
        entry.author(name=xml_text(name))
    entry.summary(xml_text(article.description or _lead(article.text)))
    entry.content(xml_text(article.text), type="text")
    if article.topic:
        entry.category(term=article.topic)


def _other_urls(item: Listing) -> list[str]:
    return [url for url in item.urls if url != item.article.url]


def _lead(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
