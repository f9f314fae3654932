"""The one charset and BOM rule for pages, feeds and sitemaps, and the one HTML media-type rule."""

from __future__ import annotations

import pytest

from crawler.content import decode_bytes, is_html_type, sniff_encoding

TEXT = "<html><body><p>Grüße aus Köln – 5 € für alle, „sagte“ sie.</p></body></html>"


@pytest.mark.parametrize(
    ("raw", "content_type"),
    [
        (TEXT.encode("utf-8"), None),
        (TEXT.encode("utf-8"), "text/html; charset=iso-8859-1"),  # the header lies: UTF-8 wins
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), None),
        (TEXT.encode("utf-16"), None),
        (TEXT.encode("cp1252"), "text/html; charset=windows-1252"),
        (TEXT.replace("<html>", '<html><meta charset="windows-1252">').encode("cp1252"), None),
        (TEXT.encode("cp1252"), None),  # nothing declared: detected
    ],
    ids=["utf8", "lying_header", "bom", "utf16", "header", "meta", "undeclared"],
)
def test_decoding(raw: bytes, content_type: str | None) -> None:
    _, text = decode_bytes(raw, content_type)
    assert "Grüße aus Köln – 5 € für alle" in text


def test_declared_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    body = '<?xml version="1.0" encoding="windows-1251"?><rss>Граница</rss>'.encode("cp1251")
    assert decode_bytes(body, None) == ("cp1251", body.decode("cp1251"))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xef\xbb\xbf<a/>", ("utf-8", 3)),
        ("\ufeff<a/>".encode("utf-16-le"), ("utf-16-le", 2)),
        ("\ufeff<a/>".encode("utf-16-be"), ("utf-16-be", 2)),
        ("\ufeff<a/>".encode("utf-32-le"), ("utf-32-le", 4)),
        ("\ufeff<a/>".encode("utf-32-be"), ("utf-32-be", 4)),
        ("<a/>".encode("utf-16-le"), ("utf-16-le", 0)),
        ("<a/>".encode("utf-16-be"), ("utf-16-be", 0)),
        ("<a/>".encode("utf-32-le"), ("utf-32-le", 0)),
        ("<a/>".encode("utf-32-be"), ("utf-32-be", 0)),
        (b"<a/>", (None, 0)),
        (b"<a", (None, 0)),
    ],
    ids=[
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf32le-bom",
        "utf32be-bom",
        "utf16le",
        "utf16be",
        "utf32le",
        "utf32be",
        "ascii",
        "short",
    ],
)
def test_bom_and_zero_patterns_prove_the_encoding(
    raw: bytes, expected: tuple[str | None, int]
) -> None:
    assert sniff_encoding(raw) == expected


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        ("text/html; charset=utf-8", True),
        ("application/xhtml+xml", True),
        (None, True),  # undeclared: the body decides
        ("application/pdf", False),
        ("text/plain", False),
        ("image/png", False),
    ],
    ids=["html", "xhtml", "undeclared", "pdf", "text", "image"],
)
def test_html_media_types(content_type: str | None, expected: bool) -> None:
    assert is_html_type(content_type) is expected
