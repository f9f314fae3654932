"""One scan of a parsed page for the elements the metadata readers need.

Every `//*[...]` XPath walks the whole tree (~0.5 ms on a news page); metadata needs half a dozen
kinds of element, so they are collected in one walk and shared.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import lxml.html

# Attribute tests make XPath visit every element slowly (~0.5 ms a page): these are only run on
# demand, for the pages whose structured data did not answer.
_AUTHOR_MARKED_PATH = "//*[@itemprop='author']|//a[@rel='author']"
_DATE_MARKED_PATH = "//*[@itemprop='datePublished']"
_MAX_JSON_DEPTH = 6  # hostile nesting


@dataclass(frozen=True, slots=True)
class PageIndex:
    """Elements of one page, in document order; rarer ones looked up when asked for."""

    tree: lxml.html.HtmlElement
    metas: list[lxml.html.HtmlElement]  # <meta content=...> of the head
    tagged: list[lxml.html.HtmlElement]  # <time> and <h1> elements
    jsonld: list[dict[str, Any]]  # every object of the JSON-LD blocks, outermost first

    @property
    def h1(self) -> lxml.html.HtmlElement | None:
        return next((e for e in self.tagged if e.tag == "h1"), None)

    def times(self) -> list[lxml.html.HtmlElement]:
        return [e for e in self.tagged if e.tag == "time"]

    def author_marked(self) -> list[lxml.html.HtmlElement]:
        """itemprop=author and rel=author elements."""
        return self.tree.xpath(_AUTHOR_MARKED_PATH)

    def date_marked(self) -> list[lxml.html.HtmlElement]:
        """itemprop=datePublished elements anywhere in the page."""
        return self.tree.xpath(_DATE_MARKED_PATH)


def index_page(tree: lxml.html.HtmlElement) -> PageIndex:
    tagged = list(tree.iter("time", "h1", "script"))  # a tag filter walks in C: cheap
    metas = tree.xpath("/html/head/meta[@content]") or tree.xpath("//meta[@content]")
    scripts = [e for e in tagged if e.tag == "script" and e.get("type") == "application/ld+json"]
    return PageIndex(
        tree=tree,
        metas=metas,
        tagged=[e for e in tagged if e.tag != "script"],
        jsonld=[node for script in scripts for node in _load_json(script.text)],
    )


def _load_json(text: str | None) -> Iterator[dict[str, Any]]:
    try:
        data = json.loads(text or "", strict=False)
    except ValueError:
        return  # broken blocks are common; skip them
    yield from _walk_json(data, 0)


def _walk_json(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > _MAX_JSON_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_json(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), dict | list):
                yield from _walk_json(data[key], depth + 1)
