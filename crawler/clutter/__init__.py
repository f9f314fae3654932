"""Clutter stage: every decision that a block or line is not the article (DOM and line passes)."""

from crawler.clutter.clean import clean_article
from crawler.clutter.prune import prune_page
from crawler.clutter.template import TemplateMemory
from crawler.items import PageHints

__all__ = ["PageHints", "TemplateMemory", "clean_article", "prune_page"]
