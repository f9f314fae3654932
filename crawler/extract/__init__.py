"""Extraction stage: Page -> Extraction (article before the line pass, plus DOM hints)."""

from crawler.extract.article import extract_article
from crawler.extract.htmldoc import ExtractionError, HtmlLimits
from crawler.items import Extraction

__all__ = ["Extraction", "ExtractionError", "HtmlLimits", "extract_article"]
