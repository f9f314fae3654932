"""Sitemap parsing: urlsets, indexes, news sitemaps, text lists, gzip, unsafe and broken XML."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawler.sources.sitemaps import (
    SitemapEntry,
    SitemapError,
    decompress_sitemap,
    looks_like_sitemap,
    parse_sitemap,
    select_entries,
    to_feed_entry,
)
from tests.unicodeforms import UNICODE_FORMS, UNICODE_IDS, encode_as

SITE = Path(__file__).parent / "data" / "site"
BASE = "http://news.test"


def _read(name: str) -> bytes:
    # the saved sitemaps use the {base} placeholder the test site fills in when serving them
    return (SITE / name).read_bytes().replace(b"{base}", BASE.encode())


def test_urlset_entries_with_lastmod() -> None:
    sitemap = parse_sitemap(_read("sitemap-articles.xml"), f"{BASE}/sitemap-articles.xml")
    assert sitemap.kind == "urlset" and not sitemap.is_index
    urls = [e.url for e in sitemap.entries]
    assert f"{BASE}/politics/2024/05/02/senate-debates-border-funding-package" in urls
    dated = {e.url: e.lastmod_at for e in sitemap.entries}
    assert all(value is None or value.tzinfo is UTC for value in dated.values())
    assert any(value is not None for value in dated.values())


def test_index_lists_child_sitemaps() -> None:
    sitemap = parse_sitemap(_read("sitemap_index.xml"), f"{BASE}/sitemap_index.xml")
    assert sitemap.is_index
    assert [e.url for e in sitemap.entries] == [
        f"{BASE}/sitemap-articles.xml",
        f"{BASE}/sitemap-news.xml.gz",
    ]


def test_news_sitemap_reads_publication_date_and_title() -> None:
    sitemap = parse_sitemap(_read("sitemap-news.xml"), f"{BASE}/sitemap-news.xml")
    first = sitemap.entries[0]
    assert first.published_at == datetime(2024, 5, 3, 7, 30, tzinfo=UTC)
    assert first.title and "asylum" in first.title.lower()
    assert first.language == "en"
    # the image:loc nested in an entry is not the entry's own loc
    assert all("/img/" not in e.url for e in sitemap.entries)


def test_gzip_sitemap_is_decompressed() -> None:
    body = gzip.compress(_read("sitemap-news.xml"))
    assert looks_like_sitemap(body)
    sitemap = parse_sitemap(body, f"{BASE}/sitemap-news.xml.gz")
    assert len(sitemap.entries) == len(parse_sitemap(_read("sitemap-news.xml"), BASE).entries)


def test_gzip_bomb_past_the_limit_is_refused() -> None:
    body = gzip.compress(b"<urlset>" + b" " * 200_000 + b"</urlset>")
    with pytest.raises(SitemapError, match="size limit"):
        decompress_sitemap(body, f"{BASE}/big.xml.gz", max_bytes=100_000)


def test_broken_gzip_is_an_error() -> None:
    with pytest.raises(SitemapError, match="gzip") as caught:
        parse_sitemap(b"\x1f\x8b\x08\x00garbage", f"{BASE}/s.xml.gz")
    assert caught.value.url == f"{BASE}/s.xml.gz"


UNSAFE = {
    "billion-laughs": b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&lol2;</loc></url></urlset>""",
    "external-entity": b"""<?xml version="1.0"?>
<!DOCTYPE u [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&xxe;</loc></url></urlset>""",
    "bare-doctype": b"""<?xml version="1.0"?><!DOCTYPE urlset SYSTEM "http://127.0.0.2/x.dtd">
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/a</loc></url></urlset>""",
}


@pytest.mark.parametrize("body", UNSAFE.values(), ids=UNSAFE.keys())
def test_dtd_and_entities_are_refused(body: bytes) -> None:
    with pytest.raises(SitemapError, match="unsafe XML"):
        parse_sitemap(body, f"{BASE}/sitemap.xml")


def test_truncated_xml_keeps_entries_before_the_break() -> None:
    body = _read("sitemap-articles.xml")
    cut = body[: body.index(b"</url>", body.index(b"</url>") + 1) + 20]
    sitemap = parse_sitemap(cut, f"{BASE}/sitemap-articles.xml")
    assert sitemap.is_truncated
    assert len(sitemap.entries) == 2


@pytest.mark.parametrize(
    "body",
    [b"<html><body>not a sitemap</body></html>", b"<urlset><url><loc>a</loc>"],
    ids=["html", "broken-without-entries"],
)
def test_non_sitemaps_are_errors(body: bytes) -> None:
    with pytest.raises(SitemapError):
        parse_sitemap(body, f"{BASE}/sitemap.xml")


def test_text_sitemap_one_url_per_line() -> None:
    body = b"\xef\xbb\xbfhttps://news.test/a-story\n\nnot a url\nhttps://news.test/b-story\r\n"
    sitemap = parse_sitemap(body, f"{BASE}/sitemap.txt")
    assert sitemap.kind == "text"
    assert [e.url for e in sitemap.entries] == [
        "https://news.test/a-story",
        "https://news.test/b-story",
    ]


def test_relative_and_non_http_locs() -> None:
    body = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url><loc>/relative/path-to-story</loc></url><url><loc>javascript:alert(1)</loc></url>
    <url><loc>  </loc></url></urlset>"""
    sitemap = parse_sitemap(body, f"{BASE}/sub/sitemap.xml")
    assert [e.url for e in sitemap.entries] == [f"{BASE}/relative/path-to-story"]


def test_select_entries_since_keeps_undated() -> None:
    since = datetime(2024, 5, 2, tzinfo=UTC)
    entries = [
        SitemapEntry("https://n.test/old", lastmod_at=datetime(2024, 5, 1, tzinfo=UTC)),
        SitemapEntry("https://n.test/new", lastmod_at=datetime(2024, 5, 3, tzinfo=UTC)),
        SitemapEntry("https://n.test/undated"),
        # the publication date wins over a later lastmod (a comment edit is not news)
        SitemapEntry(
            "https://n.test/edited",
            lastmod_at=datetime(2024, 5, 4, tzinfo=UTC),
            published_at=datetime(2024, 4, 1, tzinfo=UTC),
        ),
    ]
    kept = [e.url for e in select_entries(entries, since)]
    assert kept == ["https://n.test/new", "https://n.test/undated"]
    assert len(list(select_entries(entries, None))) == 4


def test_feed_entry_carries_news_metadata_not_lastmod() -> None:
    entry = SitemapEntry("https://n.test/a", lastmod_at=datetime(2024, 5, 4, tzinfo=UTC), title="T")
    feed_entry = to_feed_entry(entry, "https://n.test/news.xml")
    assert feed_entry.feed_url == "https://n.test/news.xml"
    assert feed_entry.title == "T" and feed_entry.published_at is None


@pytest.mark.parametrize(("codec", "bom", "declared"), UNICODE_FORMS, ids=UNICODE_IDS)
def test_unicode_sitemaps_in_every_form(codec: str, bom: bool, declared: bool) -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{BASE}/grenze-граница</loc><lastmod>2024-05</lastmod></url></urlset>"
    )
    sitemap = parse_sitemap(encode_as(xml, codec, bom=bom, declared=declared), BASE)
    assert [(e.url, e.lastmod_at) for e in sitemap.entries] == [
        (f"{BASE}/grenze-граница", datetime(2024, 5, 1, tzinfo=UTC))
    ]


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_text_sitemap_with_a_bom(codec: str) -> None:
    sitemap = parse_sitemap(f"{BASE}/a\n{BASE}/b\n".encode(codec), f"{BASE}/s.txt")
    assert [e.url for e in sitemap.entries] == [f"{BASE}/a", f"{BASE}/b"]
