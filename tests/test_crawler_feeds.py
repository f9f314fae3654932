"""Feed parsing: formats, clean entry links and text, hints, charsets, safety and non-feeds."""

from __future__ import annotations

import subprocess
import sys
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawler.items import ParsedFeed
from crawler.sources.feeds import FeedParseError, parse_feed
from tests.unicodeforms import UNICODE_FORMS, encode_as

DATA = Path(__file__).parent / "data" / "feeds"


def load(name: str, url: str, content_type: str | None = None) -> ParsedFeed:
    return parse_feed((DATA / name).read_bytes(), url=url, content_type=content_type)


@pytest.fixture(scope="module")
def rss() -> ParsedFeed:
    return load("rss20.xml", "https://news.example.org/politics/feed/", "application/rss+xml")


def test_rss_entries_in_feed_order(rss: ParsedFeed) -> None:
    assert rss.format == "rss20"
    assert [e.url for e in rss.entries] == [
        "https://news.example.org/politics/2024/05/senate-border-bill/",
        "https://news.example.org/politics/2024/05/asylum-backlog/",
        "https://news.example.org/explainers/visa-rules/",
    ]


def test_links_are_absolute_without_tracking_or_fragment(rss: ParsedFeed) -> None:
    for entry in rss.entries:
        assert entry.url.startswith("https://") and "utm_" not in entry.url and "#" not in entry.url


def test_duplicates_and_unusable_links_are_skipped(rss: ParsedFeed) -> None:
    # the fbclid variant of an entry, an entry with no link, a javascript: link
    assert rss.skipped == 3


def test_titles_and_summaries_are_plain_text(rss: ParsedFeed) -> None:
    first = rss.entries[0]
    assert first.title == 'Senate passes border bill after "marathon" session'
    assert first.summary == "The measure now goes to the House. Read more"
    assert rss.title == "Example Daily – Politics"


def test_dates_are_utc_and_missing_dates_allowed(rss: ParsedFeed) -> None:
    assert rss.entries[0].published_at == datetime(2024, 5, 14, 22, 30, tzinfo=UTC)
    assert rss.entries[2].published_at is None
    assert rss.published_times == [
        datetime(2024, 5, 13, 9, 0, tzinfo=UTC),
        datetime(2024, 5, 14, 22, 30, tzinfo=UTC),
    ]


def test_authors_and_guid(rss: ParsedFeed) -> None:
    assert rss.entries[0].authors == ("Jane Roe",)
    assert rss.entries[1].authors == ("John Doe", "Ann Smith")
    assert rss.entries[0].guid == "https://news.example.org/?p=1001"
    assert rss.entries[0].feed_url == "https://news.example.org/politics/feed/"


def test_polling_hints(rss: ParsedFeed) -> None:
    assert rss.ttl_s == 30 * 60
    assert rss.update_period_s == 3600 // 4


def test_atom_relative_links_dates_and_authors() -> None:
    feed = load("atom.xml", "https://blog.example.net/atom.xml")
    assert feed.format == "atom10" and feed.title == "Policy Watch"
    first, second = feed.entries
    assert first.url == "https://blog.example.net/posts/refugee-caps-2025.html"
    assert first.published_at == datetime(2024, 5, 15, 5, 30, tzinfo=UTC)
    assert first.authors == ("Maria Lopez", "Ken Ito") and first.summary == "A first look."
    assert second.url == "https://blog.example.net/posts/only-updated.html?page=2"
    assert second.published_at == datetime(2024, 5, 14, 12, 0, tzinfo=UTC)  # from <updated>


@pytest.mark.parametrize(
    ("name", "url", "fmt", "first_url"),
    [
        ("rss10.rdf", "https://rdf.example.com/rss", "rss10", "https://rdf.example.com/a1"),
        (
            "rss091.xml",
            "http://old.example.com/rss",
            "rss091n",
            "http://old.example.com/item1.html",
        ),
        (
            "feed.json",
            "https://json.example.com/feed.json",
            "json1",
            "https://json.example.com/2024/deportation-flights",
        ),
    ],
    ids=["rss1.0", "rss0.91-with-doctype", "json-feed"],
)
def test_other_formats(name: str, url: str, fmt: str, first_url: str) -> None:
    feed = load(name, url)
    assert feed.format == fmt and feed.entries[0].url == first_url


def test_json_feed_resolves_relative_and_dedups_ids() -> None:
    feed = load("feed.json", "https://json.example.com/feed.json", "application/feed+json")
    assert [e.url for e in feed.entries][1] == "https://json.example.com/2024/relative"
    assert feed.skipped == 2  # no link, repeated id
    assert feed.entries[0].published_at == datetime(2024, 5, 12, 15, 0, tzinfo=UTC)


def rss_with(title: str, encoding_decl: str) -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding_decl}"?><rss version="2.0"><channel><title>t'
        f"</title><item><title>{title}</title><link>http://x.org/a</link></item></channel></rss>"
    )


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (rss_with("Café à Genève", "ISO-8859-1").encode("utf-8"), "text/xml; charset=iso-8859-1"),
        (rss_with("Café à Genève", "UTF-8").encode("latin-1"), "application/xml; charset=utf-8"),
        (rss_with("Café à Genève", "UTF-8").encode("latin-1"), None),
    ],
    ids=["declared-latin1-is-utf8", "declared-utf8-is-latin1", "undeclared-latin1"],
)
def test_lying_charsets_are_decoded_right(body: bytes, content_type: str | None) -> None:
    feed = parse_feed(body, url="http://x.org/feed", content_type=content_type)
    assert feed.entries[0].title == "Café à Genève"


def test_declared_non_utf8_charset_is_trusted() -> None:
    body = rss_with("Граница", "windows-1251").encode("cp1251")
    assert parse_feed(body, url="http://x.org/feed").entries[0].title == "Граница"


def test_malformed_but_recoverable_feed_yields_entries() -> None:
    body = (
        b"<rss version='2.0'><channel><title>x</title>"
        b"<item><title>A & B</title><link>http://x.org/a</link></item>"
        b"<item><title>C</title><link>http://x.org/c</link>"  # truncated
    )
    feed = parse_feed(body, url="http://x.org/feed")
    assert feed.is_recovered and [e.title for e in feed.entries] == ["A & B", "C"]


def test_unrecoverable_feed_raises_parse_error() -> None:
    with pytest.raises(FeedParseError) as caught:
        parse_feed(b"<rss version='2.0'><channel><title>x", url="http://x.org/feed")
    assert caught.value.kind == "parse_error" and caught.value.url == "http://x.org/feed"
    assert "malformed" in str(caught.value)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title></channel></rss>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title></channel></rss>"""
PARAMETER_ENTITY = """<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1/x">%p;]>
<rss version="2.0"><channel><title>x</title></channel></rss>""".encode("utf-16")


@pytest.mark.parametrize(
    "body",
    [BILLION_LAUGHS, EXTERNAL_ENTITY, PARAMETER_ENTITY],
    ids=["billion-laughs", "external-entity", "utf16-parameter-entity"],
)
def test_entity_declarations_are_refused(body: bytes) -> None:
    with pytest.raises(FeedParseError, match="refused: the DOCTYPE declares") as caught:
        parse_feed(body, url="http://x.org/feed")
    assert caught.value.kind == "parse_error"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<!DOCTYPE html><html><head><title>Home</title></head><body>hi</body></html>", None),
        (b"<html><body><p>page</p></body></html>", "text/html; charset=utf-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None),
        (b"<?xml version='1.0'?><note><to>x</to></note>", "application/xml"),
        (b'{"name": "not a feed"}', "application/json"),
        (b"", "application/rss+xml"),
    ],
    ids=["html-page", "html-typed", "image-typed", "image-untyped", "other-xml", "json", "empty"],
)
def test_non_feeds_are_reported_as_such(body: bytes, content_type: str | None) -> None:
    with pytest.raises(FeedParseError) as caught:
        parse_feed(body, url="http://x.org/feed", content_type=content_type)
    assert caught.value.kind == "not_a_feed"


def test_feed_served_as_text_html_is_still_parsed() -> None:
    body = rss_with("Title", "UTF-8").encode()
    assert parse_feed(body, url="http://x.org/f", content_type="text/html").entries[0].title


@pytest.mark.parametrize(
    ("codec", "bom", "declared"),
    UNICODE_FORMS,
    ids=[
        f"{c}-{'bom' if b else 'nobom'}-{'declared' if d else 'sniffed'}"
        for c, b, d in UNICODE_FORMS
    ],
)
def test_unicode_feeds_in_every_form(codec: str, bom: bool, declared: bool) -> None:
    body = encode_as(rss_with("Grenze – Граница", "UTF-8"), codec, bom=bom, declared=declared)
    feed = parse_feed(body, url="http://x.org/feed", content_type="application/rss+xml")
    assert [(e.url, e.title) for e in feed.entries] == [("http://x.org/a", "Grenze – Граница")]


def laughs_bomb(prefix: bytes) -> bytes:
    """A ~1 MB billion-laughs feed: ten levels of ten references, used all over the document."""
    levels = [b'<!ENTITY l0 "borders">'] + [
        b'<!ENTITY l%d "%s">' % (i, b"".join(b"&l%d;" % (i - 1) for _ in range(10)))
        for i in range(1, 10)
    ]
    items = b"<item><title>&l9;</title><link>http://x.org/a</link></item>" * 18_000
    return (
        prefix + b"<!DOCTYPE rss [" + b"".join(levels) + b"]>"
        b"<rss version='2.0'><channel><title>&l9;</title>" + items + b"</channel></rss>"
    )


@pytest.mark.parametrize(
    "prefix",
    [
        b"",
        b"<?xml version='1.0'?>\n",
        b"<!-- a feed about <b>borders</b> -->",
        b"<?xml-stylesheet href='s.xsl' type='text/xsl'?>\n\n  ",
        b"\xef\xbb\xbf<?xml version='1.0' encoding='utf-8'?><!-- <rss> -->",
    ],
    ids=["bare", "declaration", "comment-with-markup", "processing-instruction", "bom-and-comment"],
)
def test_entity_bombs_are_refused_before_expansion(prefix: bytes) -> None:
    body = laughs_bomb(prefix)
    assert len(body) > 1_000_000
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(FeedParseError, match="refused: the DOCTYPE declares") as caught:
            parse_feed(body, url="http://x.org/feed")
        elapsed_s = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.kind == "parse_error"
    assert elapsed_s < 1.0 and peak < 100 * 1024 * 1024


def test_quadratic_blowup_of_a_literal_entity_is_refused() -> None:
    literal = b"x" * 10_000
    body = (
        b'<!DOCTYPE rss [<!ENTITY big "'
        + literal
        + b'">]><rss version="2.0"><channel>'
        + b"<title>&big;</title>" * 1000
        + b"</channel></rss>"
    )
    with pytest.raises(FeedParseError, match="would add"):
        parse_feed(body, url="http://x.org/feed")


def test_harmless_character_entities_are_accepted() -> None:
    body = (
        b'<?xml version="1.0"?><!-- <b>x</b> --><!DOCTYPE rss [<!ENTITY nbsp "&#160;">'
        b'<!ENTITY prefix "tag:example.org,2024:">]><rss version="2.0"><channel><title>t</title>'
        b"<item><title>a&nbsp;b</title><link>http://x.org/a</link><guid>&prefix;1</guid></item>"
        b"</channel></rss>"
    )
    (entry,) = parse_feed(body, url="http://x.org/feed").entries
    assert entry.title == "a b" and entry.guid == "tag:example.org,2024:1"  # nbsp folded


def test_undefined_html_entities_are_not_malformed() -> None:
    body = (
        b"<rss version='2.0'><channel><title>Caf&eacute; &amp; more&hellip;</title></channel></rss>"
    )
    feed = parse_feed(body, url="http://x.org/feed")
    assert feed.title == "Café & more…" and feed.entries == ()


def test_text_fields_keep_literal_angle_brackets() -> None:
    body = (
        b"<rss version='2.0'><channel><title>t</title><item>"
        b"<title>Why &lt;b&gt; and &lt;script&gt; tags matter</title>"
        b"<description>Vote: &lt;50% back the plan, &lt;b&gt;say&lt;/b&gt; polls</description>"
        b"<link>http://x.org/a</link></item><item><title>Vote: &lt;50% back the &lt;Rwanda plan&gt;"
        b"</title><link>http://x.org/b</link></item></channel></rss>"
    )
    first, second = parse_feed(body, url="http://x.org/feed").entries
    assert first.title == "Why <b> and <script> tags matter"
    assert first.summary == "Vote: <50% back the plan, say polls"  # HTML: markup stripped
    assert second.title == "Vote: <50% back the <Rwanda plan>"


def test_atom_entry_with_empty_href_uses_its_permalink_id() -> None:
    body = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        b'<entry><id>https://x.org/2024/05/permalink</id><title>A</title><link href=""/></entry>'
        b'<entry><id>tag:x.org,2024:2</id><title>B</title><link href=""/></entry></feed>'
    )
    feed = parse_feed(body, url="https://x.org/feed.atom")
    assert [e.url for e in feed.entries] == ["https://x.org/2024/05/permalink"]
    assert feed.skipped == 1  # no link but the feed's own URL, no permalink id


# VmHWM, not ru_maxrss: Linux carries a process's ru_maxrss across execve, so a child of a big
# pytest process would report the parent's peak; VmHWM belongs to the child's own address space
FIVE_THOUSAND_ENTRIES = """
import re
from crawler.sources.feeds import parse_feed
items = b"".join(
    b"<item><title>Entry %d about asylum rules</title><link>http://x.org/n/%d</link>"
    b"<description>&lt;p&gt;Summary %d of the policy change.&lt;/p&gt;</description>"
    b"<pubDate>Wed, 15 May 2024 12:00:00 GMT</pubDate></item>" % (i, i, i)
    for i in range(5000)
)
feed = parse_feed(b"<rss version='2.0'><channel>" + items + b"</channel></rss>", url="http://x.org/f")
status = open("/proc/self/status").read()
print(len(feed.entries), re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1))
"""


def test_five_thousand_entries_parse_in_bounded_memory() -> None:
    # a process of its own: its peak resident memory is the parse's (imports included)
    done = subprocess.run(
        [sys.executable, "-c", FIVE_THOUSAND_ENTRIES], capture_output=True, check=True, timeout=300
    )
    entries, peak_kib = (int(n) for n in done.stdout.split())
    assert entries == 5000
    assert peak_kib < 150 * 1024


def test_scripts_in_html_summaries_are_not_text() -> None:
    body = (
        b"<rss version='2.0'><channel><title>t</title><item><link>http://x.org/a</link>"
        b"<description>&lt;p&gt;Asylum &lt;script&gt;track()&lt;/script&gt;rules&lt;/p&gt;"
        b"&lt;style&gt;p{}&lt;/style&gt;</description></item></channel></rss>"
    )
    (entry,) = parse_feed(body, url="http://x.org/feed").entries
    assert entry.summary == "Asylum rules"
