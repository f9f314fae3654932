"""Extraction of many files or URLs in one process, one JSON object per input (for `extract`)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from crawler.analyse import Analysis, analyse_page
from crawler.clutter import TemplateMemory
from crawler.extract.htmldoc import HtmlLimits
from crawler.extract.published import published_text
from crawler.items import Page
from crawler.topic import TopicScorer
from scheduler.context import utc_now
from settings import Settings


def extract_all(
    settings: Settings,
    names: list[str],
    topic: str,
    base_url: str | None,
    out: TextIO,
    advance: Callable[[], None],
) -> list[str]:
    """Write one JSON line per input to `out`; returns `input: error` for each failed one."""
    profile = settings.topic_profile(topic)
    scorer = None if profile is None else TopicScorer(topic, profile)
    template = TemplateMemory()  # cross-page evidence: inputs from one site share a template
    pages = _load_pages(names, base_url, settings)
    failures = []
    for name in names:
        record = _record(name, pages[name], scorer, template)
        if "error" in record:
            failures.append(f"{name}: {record['error']}")
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
        advance()
    return failures


def _load_pages(
    names: list[str], base_url: str | None, settings: Settings
) -> dict[str, Page | Exception]:
    pages: dict[str, Page | Exception] = {}
    urls = [name for name in names if name.startswith(("http://", "https://"))]
    for name in names:
        if name not in urls:
            pages[name] = _read_file(name, base_url)
    if urls:
        from crawler.fetch.runner import fetch_pages  # starts a Twisted reactor: only when needed

        pages.update(fetch_pages(urls, settings.http))
    return pages


def _read_file(name: str, base_url: str | None) -> Page | Exception:
    """At most the page size limit + 1 bytes: a huge file, a FIFO or /dev/zero is refused
    without being read whole."""
    path = Path(name)
    limit = HtmlLimits().max_bytes
    try:
        with path.open("rb") as file:
            html = file.read(limit + 1)
    except OSError as exc:
        return exc
    if len(html) > limit:
        return ValueError(f"too_large: more than {limit} bytes")
    url = base_url or path.resolve().as_uri()
    return Page(url=url, html=html, fetched_at=utc_now())


def _record(
    name: str,
    page: Page | Exception,
    scorer: TopicScorer | None,
    template: TemplateMemory,
) -> dict[str, Any]:
    if isinstance(page, Exception):
        return {"input": name, "error": _describe(page)}
    other = document_kind(page.html)
    if other is not None:
        return {"input": name, "url": page.url, "error": other}
    try:
        analysis = analyse_page(page, scorer, template)
    except Exception as exc:  # one bad page must not lose the others' results
        return {"input": name, "url": page.url, "error": _describe(exc)}
    return _as_json(name, analysis)


# root elements of documents that list articles rather than hold one, and what to use instead
_LISTS = {
    b"rss": "a feed, not an article page: poll it with `newsagg poll URL`",
    b"feed": "a feed, not an article page: poll it with `newsagg poll URL`",
    b"rdf:rdf": "a feed, not an article page: poll it with `newsagg poll URL`",
    b"urlset": "a sitemap, not an article page: crawl it with `newsagg crawl URL`",
    b"sitemapindex": "a sitemap index, not an article page: crawl it with `newsagg crawl URL`",
}


# the root element's name, past a BOM, XML declaration, comments, PIs and a DOCTYPE
_ROOT = re.compile(
    rb"\A(?:\xef\xbb\xbf)?(?:\s|<\?.*?\?>|<!--.*?-->|<!doctype[^\[>]*(?:\[.*?\])?\s*>)*"
    rb"<([A-Za-z_][\w:.-]*)",
    re.I | re.S,
)


def document_kind(body: bytes) -> str | None:
    """Why a body is not an article page (a feed, a sitemap), or None when it may be one."""
    root = _ROOT.match(body[:8192])
    if root is None:
        if body.lstrip()[:1] == b"{" and b"jsonfeed.org" in body[:2000]:
            return _LISTS[b"feed"]
        return None
    return _LISTS.get(root.group(1).lower())


def _describe(exc: Exception) -> str:
    return f"{exc.__class__.__name__}: {exc}"


def _as_json(name: str, analysis: Analysis) -> dict[str, Any]:
    article, relevance = analysis.article, analysis.relevance
    if article is None:
        return {"input": name, "url": analysis.page.url, "error": "no article text found"}
    return {
        "input": name,
        "url": article.canonical_url or article.url,
        "title": article.title,
        "authors": list(article.authors),
        "credits": list(article.credits),
        "published_at": published_text(article.published_at, article.published_precision),
        "published_at_source": article.published_at_source,
        "published_precision": article.published_precision,
        "language": article.language,
        "text": article.text,
        "topic": relevance.topic if relevance else None,
        "relevance": relevance.score if relevance else None,
        "relevant": analysis.is_relevant,
        "evidence": [
            {"term": e.term, "field": e.field, "count": e.count, "weight": e.weight}
            for e in (relevance.evidence if relevance else ())
        ],
    }
