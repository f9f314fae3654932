"""One page through the processing stages: extract -> clean -> classify (no storage, no HTTP)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crawler.clutter import TemplateMemory, clean_article
from crawler.extract import ExtractionError, extract_article
from crawler.items import Article, Page, Relevance
from crawler.topic import TopicScorer


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the stages made of a page: the clean article (None: not an article) and its topic."""

    page: Page
    article: Article | None
    relevance: Relevance | None  # None when no topic filter applies

    @property
    def is_relevant(self) -> bool:
        return self.relevance is None or self.relevance.is_relevant


def analyse_page(
    page: Page, scorer: TopicScorer | None, template: TemplateMemory | None = None
) -> Analysis:
    """Extract, clean and score one page; raises the extractor's errors for unusable input."""
    extraction = extract_article(page)
    if extraction is None:
        return Analysis(page, None, None)
    article = clean_article(extraction, template=template)
    if not article.text.strip():
        return Analysis(page, None, None)
    relevance = None
    if scorer is not None:
        summary = page.entry.summary if page.entry else None
        relevance = scorer.score(article.title, article.text, summary=summary)
    return Analysis(page, article, relevance)


def extract_text(
    html: bytes | str,
    *,
    url: str = "",
    now: datetime | None = None,
    template: TemplateMemory | None = None,
) -> str:
    """The clean text of one HTML document (extract + clean), "" for unusable pages.

    The benchmark/scorer entry point: unusable pages give "" instead of raising.
    """
    raw = html.encode() if isinstance(html, str) else html
    try:
        extraction = extract_article(Page(url=url, html=raw), now=now)
    except ExtractionError:
        return ""
    return "" if extraction is None else clean_article(extraction, template=template).text
