"""One page through the processing stages: extract -> clean -> classify (no storage, no HTTP)."""

from __future__ import annotations

from dataclasses import dataclass

from crawler.clutter.clean import clean_article
from crawler.clutter.template import TemplateMemory
from crawler.extract.article import extract_article
from crawler.items import Article, Page, Relevance
from crawler.topic.relevance import TopicScorer


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
    article = extract_article(page)
    if article is None:
        return Analysis(page, None, None)
    # extract_article already did the DOM work; cleaning here is text-only (no second parse)
    article = clean_article(article, template=template)
    if not article.text.strip():
        return Analysis(page, None, None)
    relevance = None
    if scorer is not None:
        summary = page.entry.summary if page.entry else None
        relevance = scorer.score(article.title, article.text, summary=summary)
    return Analysis(page, article, relevance)
