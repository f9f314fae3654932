"""`newsagg sources ...`: add, remove and list sources with their health."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from scheduler.commands.options import check_topic
from scheduler.context import AppContext, utc_now
from storage import sources
from storage.db import transaction
from storage.models import Source

sources_app = typer.Typer(help="Sources (feeds, sitemaps, sites): add, remove, list with status.")


def register(app: typer.Typer) -> None:
    app.add_typer(sources_app, name="sources")


@sources_app.command("add")
def add_cmd(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="feed, sitemap or site URL")],
    kind: Annotated[
        str | None,
        typer.Option(help="feed | sitemap | site; default: discover from the URL"),
    ] = None,
    name: Annotated[str | None, typer.Option(help="display name")] = None,
    topic: Annotated[str | None, typer.Option(help="topic profile for this source")] = None,
) -> None:
    """Add a source. A feed or sitemap URL is added as is (--kind); a site URL without --kind
    is searched for its feeds (<link rel=alternate>, common paths) and sitemaps, and each one
    found is added."""
    context: AppContext = ctx.obj
    check_topic(context.settings, topic)
    found = [(url, kind)] if kind else _discover(url, context)
    with transaction(context.writer()) as session:
        for found_url, found_kind in found:
            source, created = sources.add(
                session, found_url, found_kind, now=utc_now(), name=name, topic=topic
            )
            verb = "added" if created else "already present"
            typer.echo(f"{verb}: #{source.id} {source.kind} {source.url}")


def _discover(url: str, context: AppContext) -> list[tuple[str, str]]:
    from crawler.sources.discovery import discover_sources  # fetches over HTTP: only when needed

    result = discover_sources(url, context.settings.http)
    found = [(feed, "feed") for feed in result.feeds] + [(sm, "sitemap") for sm in result.sitemaps]
    if not found:
        typer.echo(f"no feed or sitemap found on {url}; adding it as a site to crawl", err=True)
        return [(url, "site")]
    return found


@sources_app.command("remove")
def remove_cmd(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="source id or URL")],
) -> None:
    """Remove a source (its stored articles stay)."""
    context: AppContext = ctx.obj
    with transaction(context.writer()) as session:
        try:
            source = sources.remove(session, ref)
        except sources.SourceNotFoundError as exc:
            typer.echo(f"newsagg: {exc}", err=True)
            raise typer.Exit(1) from exc
        typer.echo(f"removed: #{source.id} {source.url}")


@sources_app.command("list")
def list_cmd(ctx: typer.Context) -> None:
    """List sources with their health: last success, last error, failures in a row, next check."""
    context: AppContext = ctx.obj
    with context.reader()() as session:
        table = source_table(sources.list_all(session))
    Console(width=200).print(table)


def source_table(rows: Sequence[Source]) -> Table:
    columns = (
        "id",
        "kind",
        "url",
        "enabled",
        "last success",
        "failures",
        "last error",
        "next check",
    )
    table = Table(*columns, box=None)
    for s in rows:
        error = f"{s.last_error_kind}: {s.last_error}" if s.last_error_kind else ""
        table.add_row(
            str(s.id), s.kind, s.url, "yes" if s.enabled else "no", _when(s.last_success_at),
            str(s.consecutive_failures), error[:60], _when(s.next_check_at),
        )  # fmt: skip
    return table


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"
