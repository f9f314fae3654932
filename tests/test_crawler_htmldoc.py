"""Decoding and parsing raw pages: encodings, declarations that lie, limits."""

from __future__ import annotations

import pytest

from crawler.extract.htmldoc import ExtractionError, HtmlLimits, parse_html


def test_parse_keeps_text_and_drops_comments() -> None:
    tree = parse_html(b"<html><body><!-- hidden --><p>Visible text</p></body></html>")
    assert tree.text_content() == "Visible text"


def test_xml_declaration_with_encoding_parses() -> None:
    raw = '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Café crème</p></body></html>'
    assert "Café crème" in parse_html(raw.encode("iso-8859-1")).text_content()


@pytest.mark.parametrize(
    ("raw", "limits", "reason"),
    [
        (b"<p>" + b"x" * 100 + b"</p>", HtmlLimits(max_bytes=50), "too_large"),
        (
            b"<body>" + b"<div>" * 60 + b"</div>" * 60 + b"</body>",
            HtmlLimits(max_depth=50),
            "too_deep",
        ),
        (b"<body>" + b"<br>" * 500 + b"</body>", HtmlLimits(max_elements=100), "too_many_elements"),
        (b"GIF89a\x01\x00\x01\x00", HtmlLimits(), "binary"),
        (b"\x1f\x8b\x08\x00compressed", HtmlLimits(), "binary"),
        ("<p>\ufffd\ufffd\ufffd\ufffd</p>".encode() * 5, HtmlLimits(), "garbage"),
    ],
    ids=["size", "depth", "elements", "gif", "gzip", "replacement_chars"],
)
def test_limits_and_rejections(raw: bytes, limits: HtmlLimits, reason: str) -> None:
    with pytest.raises(ExtractionError) as info:
        parse_html(raw, limits=limits, url="https://x.example/p")
    assert (info.value.reason, info.value.url) == (reason, "https://x.example/p")
