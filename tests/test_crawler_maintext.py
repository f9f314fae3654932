"""Main text: whitespace-normalised lines, and trafilatura's fallbacks before "no text"."""

from __future__ import annotations

import json
from pathlib import Path

import trafilatura

from crawler.analyse import extract_text
from crawler.extract.htmldoc import parse_html
from crawler.extract.maintext import _trafilatura_text, split_lines


def test_extracted_lines_are_whitespace_normalised() -> None:
    text = "  First\u00a0line  with \t tabs\u200b.\n\n\n Second line.\u00ad \n"
    assert split_lines(text) == ["First line with tabs.", "Second line."]


def test_json_ld_article_body_is_the_last_fallback() -> None:
    body = "The ministry said on Tuesday it would hire 300 more asylum caseworkers this year. " * 3
    data = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                       "headline": "Ministry hires caseworkers", "articleBody": body})  # fmt: skip
    raw = (
        f'<html><head><script type="application/ld+json">{data}</script></head><body>'
        "<nav><a href='/'>Home</a></nav><div id='app'></div></body></html>"
    ).encode()
    assert "300 more asylum caseworkers" in extract_text(raw)


def test_text_in_an_aside_is_found_by_the_recall_fallback() -> None:
    para = "Officials said the new staff would start in April and cut waiting times by half. "
    raw = (
        f"<html><body><nav><a href='/'>Home</a></nav><aside><p>{para * 3}</p></aside></body></html>"
    )
    assert "start in April" in extract_text(raw.encode())


def test_a_menu_page_still_has_no_text() -> None:
    links = "".join(f"<a href='/{n}'>Section {n}</a>" for n in range(30))
    assert extract_text(f"<html><body><nav>{links}</nav><p>Menu</p></body></html>".encode()) == ""


def test_passes_match_trafilatura_called_with_keyword_options() -> None:
    # the options are built once per process and copied per page: every page, in either pass
    # and in any order, comes out as bare_extraction given the same settings as keywords
    pages = sorted((Path(__file__).parent / "data" / "clutter" / "pages").glob("*.html"))
    assert pages
    for number, path in enumerate(pages):
        url = f"https://news.example/{number}/story"
        for recall in (True, False):
            document = trafilatura.bare_extraction(
                parse_html(path.read_bytes()), url=url, include_comments=False,
                include_tables=True, include_formatting=False, with_metadata=False,
                favor_recall=recall,
            )  # fmt: skip
            expected = getattr(document, "text", None) or ""
            got = _trafilatura_text(parse_html(path.read_bytes()), url, favor_recall=recall)
            assert got == (expected if expected.strip() else "")
