"""`newsagg show`: one stored story with every outlet, URL and headline it was seen under."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from scheduler.commands.helptext import add_command
from scheduler.context import AppContext


def register(app: typer.Typer) -> None:
    add_command(app, "show", show, "Print one story with every URL it was seen under.",
                "newsagg show 42", "newsagg show 42 --json")  # fmt: skip


def show(
    ctx: typer.Context,
    story_id: Annotated[int, typer.Argument(metavar="ID", help="story id (see search/export)")],
    as_json: Annotated[bool, typer.Option("--json", help="the API's JSON document")] = False,
) -> None:
    """Print a story: metadata, the URLs it was seen under (canonical, variants, syndicated
    copies, with their outlet and headline), revisions, and the clean text."""
    from storage import catalog

    context: AppContext = ctx.obj
    with context.reader()() as session:
        found = catalog.detail(session, story_id)
    if found is None:
        typer.echo(f"newsagg: no story {story_id}", err=True)
        raise typer.Exit(1)
    if as_json:
        from web.schemas import detail  # the API's document, so both stay one format

        typer.echo(json.dumps(detail(found).model_dump(mode="json"), ensure_ascii=False))
        return
    a = found.article
    typer.echo(f"#{a.id} {a.title or ''}\n{a.url}")
    typer.echo(
        f"language {a.language or '?'} · published {a.published_at or '?'} · stored "
        f"{a.fetched_at} · topic {a.topic or '-'} {a.relevance or ''} · revision {a.revision}"
    )
    typer.echo(f"seen at {len(found.outlets)} outlet(s):")
    for s in found.sightings:
        typer.echo(f"  {s.relation:9} {s.outlet:28} {s.url}  “{s.headline or ''}”")
    typer.echo("")
    typer.echo(a.text)
