"""Page-type decisions: the URL-only pre-filter and the full page classification with reasons."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.extract.pagetype import classify_page, classify_url

SITE = Path(__file__).parent / "data" / "site"

URL_CASES = {
    "dated-slug": ("https://n.test/2024/05/01/senate-passes-new-asylum-bill", "article"),
    "slug-with-date-suffix": (
        "https://n.test/world/us/border-bill-fails-again-2024-05-23/",
        "article",
    ),
    "category-base-slug": (
        "https://n.test/category/politics/new-rules-for-asylum-seekers",
        "article",
    ),
    "opaque-article-id": ("https://n.test/news/articles/c4gl0x2n1x9o", "article"),
    "root": ("https://n.test/", "navigation"),
    "tag": ("https://n.test/tag/immigration/", "navigation"),
    "author": ("https://n.test/author/jane-doe", "navigation"),
    "section": ("https://n.test/politics", "navigation"),
    "subsection": ("https://n.test/world/europe/", "navigation"),
    "page-path": ("https://n.test/politics/page/2/", "navigation"),
    "page-param": ("https://n.test/politics?page=3", "navigation"),
    "search": ("https://n.test/search?q=visa", "navigation"),
    "search-param-only": ("https://n.test/?s=visa", "navigation"),
    "date-archive": ("https://n.test/2024/05/", "navigation"),
    "numeric-id-only": ("https://n.test/a/123456.html", "unknown"),
    "default-document": (
        "https://n.test/2021/03/08/uk/royal-interview-recap/index.html",
        "article",
    ),
    "default-document-root": ("https://n.test/index.php", "navigation"),
    "wordpress-post-id": ("https://n.test/?p=2895", "unknown"),
    "item-id-query": ("https://n.test/news/show.php?ArtNr=335614", "unknown"),
    "image": ("https://n.test/img/photo.JPG", "skip"),
    "pdf": ("https://n.test/files/report-on-asylum-2024.pdf", "skip"),
    "login": ("https://n.test/login?next=/x", "skip"),
    "feed": ("https://n.test/feed/", "skip"),
    "amp-copy": ("https://n.test/amp/2024/05/01/senate-passes-new-asylum-bill", "skip"),
    "mailto": ("mailto:desk@n.test", "skip"),
    "javascript": ("javascript:void(0)", "skip"),
}


@pytest.mark.parametrize(("url", "kind"), URL_CASES.values(), ids=URL_CASES.keys())
def test_classify_url(url: str, kind: str) -> None:
    decision = classify_url(url)
    assert decision.kind == kind, decision.reasons
    assert decision.reasons or kind == "unknown"


def _site_page(path: str) -> bytes:
    file = SITE / (
        path.strip("/") + ".html" if not path.endswith("/") else path.strip("/") + "/index.html"
    )
    return file.read_bytes() if path != "/" else (SITE / "index.html").read_bytes()


SITE_PAGES = {
    "homepage": ("/", "navigation"),
    "section": ("/politics/", "navigation"),
    "section-without-declared-type": ("/world/", "navigation"),
    "pagination": ("/politics/page/2/", "navigation"),
    "tag": ("/tag/immigration/", "navigation"),
    "author": ("/author/jane-doe/", "navigation"),
    "article-jsonld": ("/politics/2024/05/02/senate-debates-border-funding-package", "article"),
    "article-og": ("/politics/2024/05/01/new-visa-rules-for-seasonal-workers", "article"),
    "article-undeclared-numeric-url": ("/world/article-483920", "article"),
}


@pytest.mark.parametrize(("path", "kind"), SITE_PAGES.values(), ids=SITE_PAGES.keys())
def test_classify_site_pages(path: str, kind: str) -> None:
    decision = classify_page(f"http://news.test{path}", _site_page(path))
    assert decision.kind == kind, decision.reasons


def _html(body: str, head: str = "") -> str:
    return f"<html><head><title>t</title>{head}</head><body>{body}</body></html>"


PROSE = "".join(
    f"<p>Paragraph {i} explains what the ministry decided about residence permits, who is "
    f"affected, and what critics said when the rule was published this week.</p>"
    for i in range(6)
)
TEASERS = "".join(
    f'<div class="card"><h3><a href="/story-{i}">Headline number {i} on the border</a></h3>'
    f"<p>A teaser sentence that runs long enough to look like a paragraph of prose, but it only "
    f"summarises story {i} and links on.</p></div>"
    for i in range(12)
)


def _jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_undeclared_prose_page_at_a_plain_url_is_an_article() -> None:
    decision = classify_page("https://n.test/node/4821", _html(PROSE))
    assert decision.is_article
    assert any("long paragraphs" in reason for reason in decision.reasons)


def test_teaser_list_is_navigation_even_with_long_teasers() -> None:
    decision = classify_page("https://n.test/immigration", _html(TEASERS))
    assert decision.kind == "navigation"
    assert any("linked headlines" in reason for reason in decision.reasons)


def test_nested_article_types_in_an_item_list_do_not_make_an_article() -> None:
    item_list = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [{"@type": "NewsArticle", "url": f"/s{i}"} for i in range(5)],
    }
    decision = classify_page("https://n.test/latest-news", _html(TEASERS, _jsonld(item_list)))
    assert decision.kind == "navigation"
    assert not any("newsarticle" in reason for reason in decision.reasons)


def test_jsonld_graph_and_type_lists_are_read() -> None:
    graph = {"@graph": [{"@type": ["WebPage"]}, {"@type": ["BlogPosting", "CreativeWork"]}]}
    decision = classify_page("https://n.test/x", _html(PROSE, _jsonld(graph)))
    assert any("blogposting" in reason for reason in decision.reasons)


def test_broken_jsonld_is_ignored() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle",</script>'
    assert classify_page("https://n.test/node/4821", _html(PROSE, head)).is_article


def test_declared_article_without_text_is_not_an_article() -> None:
    # a video or photo page declares og:type article but has nothing to extract
    head = '<meta property="og:type" content="article">'
    decision = classify_page("https://n.test/video/clip", _html("<video></video>", head))
    assert not decision.is_article


def test_tag_url_with_prose_stays_navigation() -> None:
    # tag pages with an editorial intro: the URL pattern and listing structure outweigh the intro
    decision = classify_page("https://n.test/tag/asylum/", _html(PROSE[:400] + TEASERS))
    assert decision.kind == "navigation"


def test_empty_or_binary_body_is_other() -> None:
    assert classify_page("https://n.test/node/1", b"").kind == "other"
    assert classify_page("https://n.test/node/1", b"\x00\x01\x02").kind != "article"


def test_reasons_carry_weights() -> None:
    decision = classify_page("https://n.test/tag/immigration/", _site_page("/tag/immigration/"))
    assert decision.score < 0
    assert all(reason.endswith(")") for reason in decision.reasons)


MEGA_MENU = (
    "<nav>" + "".join(f'<a href="/s{i}">Section number {i}</a>' for i in range(120)) + "</nav>"
)


def test_site_menus_do_not_make_an_article_a_link_list() -> None:
    page = _html(MEGA_MENU + "<main>" + PROSE[:700] + "</main>")
    decision = classify_page("https://n.test/node/4821", page)
    assert decision.is_article, decision.reasons


def test_story_body_with_a_linked_heading_is_not_a_teaser() -> None:
    body = f'<article><h2><a href="/node/4821">The headline</a></h2>{PROSE}</article>'
    assert classify_page("https://n.test/node/4821", _html(body)).is_article


def test_text_with_line_breaks_in_a_div_counts_as_prose() -> None:
    lines = "<br><br>".join(
        f"Line {i} of a body the CMS wrote without paragraphs, long enough to read as prose here."
        for i in range(8)
    )
    decision = classify_page("https://n.test/node/4821", _html(f"<div>{lines}</div>"))
    assert decision.is_article, decision.reasons
