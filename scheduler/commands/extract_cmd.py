"""`newsagg extract`: clean article text and metadata of files or URLs, as JSON Lines."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from crawler.relevance import TopicScorer
from crawler.template import TemplateMemory

from crawler.analyse import Analysis, analyse_page
from crawler.items import Page
from scheduler.context import AppContext, utc_now
from scheduler.progress import progress_bar
from settings import Settings


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    ctx: typer.Context,
    inputs: Annotated[
        list[str],
        typer.Argument(help="HTML files, http(s) URLs, or - to read a list of them from stdin"),
    ],
    topic: Annotated[
        str | None, typer.Option(help="topic profile to score against, or 'none' [default: config]")
    ] = None,
    base_url: Annotated[
        str | None, typer.Option(help="URL to assume for local files (helps dates and links)")
    ] = None,
) -> None:
    """Print one JSON object per input (JSON Lines): url, title, authors, published_at,
    language, text, relevance, relevant. A bad input gets an object with an "error" field and
    the exit status is 1 at the end; the other inputs are still processed. Nothing is stored."""
    context: AppContext = ctx.obj
    scorer = _scorer(context.settings, topic)
    template = TemplateMemory()
    names = list(_expand(inputs))
    pages = _load_pages(names, base_url, context.settings)
    failures = 0
    with progress_bar("extracting", total=len(names)) as advance:
        for name in names:
            record = _record(name, pages[name], scorer, template)
            failures += "error" in record
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            sys.stdout.flush()
            advance()
    if failures:
        typer.echo(f"newsagg extract: {failures} of {len(names)} inputs failed", err=True)
        raise typer.Exit(1)


def _scorer(settings: Settings, topic: str | None) -> TopicScorer | None:
    name = topic or settings.topic
    try:
        profile = settings.topic_profile(name)
    except KeyError as exc:
        raise typer.BadParameter(str(exc.args[0]), param_hint="--topic") from exc
    return None if profile is None else TopicScorer(name, profile)


def _expand(inputs: list[str]) -> Iterator[str]:
    for item in inputs:
        if item == "-":
            yield from (line.strip() for line in sys.stdin if line.strip())
        else:
            yield item


def _load_pages(
    names: list[str], base_url: str | None, settings: Settings
) -> dict[str, Page | Exception]:
    pages: dict[str, Page | Exception] = {}
    urls = [name for name in names if name.startswith(("http://", "https://"))]
    for name in names:
        if name not in urls:
            pages[name] = _read_file(name, base_url)
    if urls:
        from crawler.runner import fetch_pages  # starts a Twisted reactor: only when needed

        pages.update(fetch_pages(urls, settings.http))
    return pages


def _read_file(name: str, base_url: str | None) -> Page | Exception:
    path = Path(name)
    try:
        html = path.read_bytes()
    except OSError as exc:
        return exc
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
    try:
        analysis = analyse_page(page, scorer, template)
    except Exception as exc:  # one bad page must not lose the others' results
        return {"input": name, "url": page.url, "error": _describe(exc)}
    return _as_json(name, analysis)


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
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "published_at_source": article.published_at_source,
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
