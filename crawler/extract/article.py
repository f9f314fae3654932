"""Page -> Extraction: one guarded parse, metadata, the clutter DOM pass, main text, bylines.

clean_article (crawler.clutter) takes the Extraction from here for the line pass.
"""

from __future__ import annotations

from datetime import UTC, datetime

from crawler.clutter.prune import prune_page
from crawler.extract.authors import merge_credits, sort_names, take_bylines
from crawler.extract.htmldoc import HtmlLimits, parse_html
from crawler.extract.language import detect_language
from crawler.extract.maintext import (
    has_joiners,
    main_text,
    name_custom_elements,
    normalize_space,
    restore_joiners,
    split_lines,
    strip_code,
)
from crawler.extract.metadata import read_metadata
from crawler.items import Article, Extraction, Page

# Below this many characters of main text a page holds no article (a menu, a login box).
MIN_TEXT_CHARS = 50


def extract_article(
    page: Page,
    *,
    now: datetime | None = None,
    limits: HtmlLimits | None = None,
) -> Extraction | None:
    """The article of a page and its DOM hints, or None when the page has no main text.

    Raises ExtractionError for binary, undecodable or oversized/overnested input. `now` bounds
    plausible publication dates (default: the page's fetch time, else the current time).
    """
    now = now or page.fetched_at or datetime.now(UTC)
    tree = parse_html(page.html, content_type=page.content_type, url=page.url, limits=limits)
    meta = read_metadata(tree, page.url, now=now, entry=page.entry)
    strip_code(tree)
    name_custom_elements(tree, page.html)
    hints = prune_page(tree)
    text = main_text(tree, page.url)
    if not text or len(text) < MIN_TEXT_CHARS:
        return None  # a menu word or a caption is not an article
    if has_joiners(page.html):
        text = restore_joiners(tree, text)
    lines, byline_names = take_bylines(split_lines(text))
    text = "\n".join(lines)
    in_text = sort_names(byline_names, meta.outlet)
    authors, credits = merge_credits((meta.authors, meta.credits), in_text)
    article = Article(
        url=page.url,
        text=text,
        title=normalize_space(meta.title) if meta.title else None,
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
    return Extraction(article, hints)
