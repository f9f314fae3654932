"""`newsagg search`: full-text search over stored stories, as a table or JSON Lines."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from scheduler.commands.helptext import add_command
from scheduler.commands.options import parse_since
from scheduler.context import AppContext


def register(app: typer.Typer) -> None:
    add_command(app, "search", search_stories, "Full-text search of stored stories.",
                "newsagg search 'asylum appeals'", "newsagg search deportation --since 2026-11-01 --json")  # fmt: skip


def search_stories(
    ctx: typer.Context,
    query: Annotated[
        str, typer.Argument(metavar="QUERY", help='words, "quoted phrases", OR, -excluded')
    ],
    since: Annotated[
        str | None, typer.Option(help="stored or updated at/after this ISO 8601 time")
    ] = None,
    source: Annotated[str | None, typer.Option(help="source id or URL")] = None,
    language: Annotated[str | None, typer.Option(help="ISO 639-1 code, e.g. en")] = None,
    topic: Annotated[str | None, typer.Option(help="topic profile name")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000, metavar="N", help="at most N hits")] = 20,
    as_json: Annotated[
        bool, typer.Option("--json", help="one JSON object per hit: id, url, title, snippet, score")
    ] = False,
) -> None:
    """Search stored stories by words of their title, text or any headline they carried; best
    matches first."""
    from rich.console import Console
    from rich.table import Table

    from storage import search, sources

    context: AppContext = ctx.obj
    with context.reader()() as session:
        source_id = None
        if source is not None:
            try:
                source_id = sources.get(session, source).id
            except sources.SourceNotFoundError as exc:
                raise typer.BadParameter(str(exc), param_hint="--source") from exc
        filters = search.Filters(
            since=parse_since(since), source_id=source_id, language=language, topic=topic
        )
        hits = search.search(session, query, filters, limit=limit)
    if as_json:
        for hit in hits:
            sys.stdout.write(json.dumps(hit.as_dict(), ensure_ascii=False) + "\n")
        return
    table = Table("id", "score", "title", "url", "snippet", box=None)
    for hit in hits:
        table.add_row(str(hit.id), f"{hit.score:.3f}", hit.title or "", hit.url, hit.plain_snippet)
    Console(width=200).print(table if hits else f"no story matches {query!r}")
