"""One scan of a parsed page for the elements the metadata readers need.

Every `//*[...]` XPath walks the whole tree (~0.5 ms on a news page); metadata needs half a dozen
kinds of element, so they are collected in one walk and shared.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import lxml.etree
import lxml.html

# Attribute tests make XPath visit every element slowly (~0.3 ms a page each): one walk finds the
# microdata and author links for both readers, on demand (at the first reader that asks).
# (The descendant axis, not "//": libxml2 runs "//*" as every node's children, a slower walk.)
_MARKED_PATH = lxml.etree.XPath("/descendant::*[@itemprop]|/descendant::a[@rel='author']")
_MAX_JSON_DEPTH = 6  # hostile nesting
# compiled once: tree.xpath(text) compiles its expression on every call
_HEAD_METAS = lxml.etree.XPath("/html/head/meta[@content]")
_METAS = lxml.etree.XPath("//meta[@content]")


@dataclass(frozen=True, slots=True)
class PageIndex:
    """Elements of one page, in document order; rarer ones looked up when asked for."""

    tree: lxml.html.HtmlElement
    metas: list[lxml.html.HtmlElement]  # <meta content=...> of the head
    tagged: list[lxml.html.HtmlElement]  # <time> and <h1> elements
    jsonld: list[dict[str, Any]]  # every object of the JSON-LD blocks, outermost first
    # _MARKED_PATH's elements once looked up (a list: the dataclass is frozen); the tree must not
    # change in between, and it does not while metadata is read
    _marked: list[list[lxml.html.HtmlElement]] = field(
        default_factory=list, repr=False, compare=False
    )

    @property
    def h1(self) -> lxml.html.HtmlElement | None:
        return next((e for e in self.tagged if e.tag == "h1"), None)

    def times(self) -> list[lxml.html.HtmlElement]:
        return [e for e in self.tagged if e.tag == "time"]

    def author_marked(self) -> list[lxml.html.HtmlElement]:
        """itemprop=author and rel=author elements."""
        return [
            e
            for e in self._marked_elements()
            if e.get("itemprop") == "author" or (e.tag == "a" and e.get("rel") == "author")
        ]

    def date_marked(self) -> list[lxml.html.HtmlElement]:
        """itemprop=datePublished elements anywhere in the page."""
        return [e for e in self._marked_elements() if e.get("itemprop") == "datePublished"]

    def _marked_elements(self) -> list[lxml.html.HtmlElement]:
        if not self._marked:
            self._marked.append(_MARKED_PATH(self.tree))
        return self._marked[0]


def index_page(tree: lxml.html.HtmlElement) -> PageIndex:
    tagged = list(tree.iter("time", "h1", "script"))  # a tag filter walks in C: cheap
    metas = _HEAD_METAS(tree) or _METAS(tree)
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
