"""Extraction stage: Page -> Extraction (article before the line pass, plus DOM hints)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crawler.extract.htmldoc import ExtractionError, HtmlLimits
from crawler.items import Extraction

if TYPE_CHECKING:
    from crawler.extract.article import extract_article

__all__ = ["Extraction", "ExtractionError", "HtmlLimits", "extract_article"]


def __getattr__(name: str) -> Any:
    # PEP 562: trafilatura costs ~0.5 s to import, and the page typing the site spider loads from
    # this package (and a poll of unchanged feeds) needs none of it
    if name == "extract_article":
        from crawler.extract.article import extract_article

        return extract_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
