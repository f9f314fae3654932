"""Page -> Article: one guarded parse, metadata, DOM clutter pruning, trafilatura's main text.

The DOM-informed clutter passes run here, on the one tree: crawler.clutter.prune before trafilatura, then
the line pass with the page's heading/link texts as hints. Bylines, boilerplate lines, template
lines and normalisation are crawler.clutter.clean's job; extract_text runs both (benchmarks, scorer).
"""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html
import trafilatura

from crawler.clutter.clean import clean_article, clean_lines, hints_from_elements, split_lines
from crawler.clutter.prune import headline_anchors, prune_clutter
from crawler.extract.authors import merge_credits, sort_names
from crawler.extract.htmldoc import ExtractionError, HtmlLimits, parse_html
from crawler.extract.metadata import detect_language, read_metadata
from crawler.items import Article, Page

__all__ = ["ExtractionError", "HtmlLimits", "extract_article", "extract_text"]

# Below this many characters of main text a page holds no article (a menu, a login box).
MIN_TEXT_CHARS = 50


def extract_article(
    page: Page,
    *,
    now: datetime | None = None,
    limits: HtmlLimits | None = None,
    prune: bool = True,
    min_chars: int = MIN_TEXT_CHARS,
) -> Article | None:
    """The article of a page, or None when the page has no main text.

    prune=False gives trafilatura's text of the page unchanged (for comparisons).
    Raises ExtractionError for binary, undecodable or oversized/overnested input. `now` bounds
    plausible publication dates (default: the page's fetch time, else the current time).
    """
    now = now or page.fetched_at or datetime.now(UTC)
    tree = parse_html(page.html, content_type=page.content_type, url=page.url, limits=limits)
    meta = read_metadata(tree, page.url, now=now, entry=page.entry)
    hints = None
    if prune:
        anchors = headline_anchors(tree)
        hints = hints_from_elements(anchors)  # texts read before pruning detaches anything
        prune_clutter(tree, anchors)
    text = main_text(tree, page.url)
    if not text or len(text) < min_chars:
        return None  # a menu word or a caption is not an article
    byline_names: tuple[str, ...] = ()
    if hints is not None:
        lines, byline_names = clean_lines(split_lines(text), hints)
        text = "\n".join(lines)
    in_text = sort_names(byline_names, meta.outlet)
    authors, credits = merge_credits((meta.authors, meta.credits), in_text)
    return Article(
        url=page.url,
        text=text,
        title=meta.title,
        authors=authors,
        credits=credits,
        published_at=meta.published_at,
        published_at_source=meta.published_at_source,
        published_precision=meta.published_precision,
        language=detect_language(text, meta.declared_language),
        canonical_url=meta.canonical_url,
        description=meta.description,
        site_name=meta.site_name,
        page_type=meta.page_type,
    )


def main_text(tree: lxml.html.HtmlElement, url: str | None) -> str | None:
    """trafilatura's main text of an already parsed (and pruned) tree; it works on a copy."""
    document = trafilatura.bare_extraction(
        tree,
        url=url or None,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        with_metadata=False,
    )
    text = getattr(document, "text", None)
    return text if text and text.strip() else None


def extract_text(html: bytes | str, *, url: str = "", now: datetime | None = None) -> str:
    """Full newsagg extraction (extract + clean) of one HTML document, as plain text.

    The benchmark/scorer entry point: unusable pages give "" instead of raising.
    """
    raw = html.encode() if isinstance(html, str) else html
    try:
        article = extract_article(Page(url=url, html=raw), now=now)
    except ExtractionError:
        return ""
    if article is None:
        return ""
    return clean_article(article).text
