"""`newsagg sources ...`: add, remove and list sources with their health."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from scheduler.commands.helptext import PlainCommand, epilog, group
from scheduler.commands.options import check_topic, check_urls
from scheduler.context import AppContext, utc_now

if TYPE_CHECKING:
    from rich.table import Table

    from storage.models import Source


class SourceKind(StrEnum):
    """The kinds of source (sources.kind)."""

    feed = "feed"
    sitemap = "sitemap"
    site = "site"


sources_app = group("Sources (feeds, sitemaps, sites): add, remove, list with their health.")


def register(app: typer.Typer) -> None:
    app.add_typer(sources_app, name="sources", short_help="Add, remove and list sources.")


@sources_app.command("add", cls=PlainCommand, short_help="Add a feed, sitemap or site (discovers feeds).",
                     epilog=epilog("newsagg sources add https://news.example/",
                                   "newsagg sources add https://news.example/rss.xml --kind feed --name Example"))  # fmt: skip
def add_cmd(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(metavar="URL", help="feed, sitemap or site URL")],
    kind: Annotated[
        SourceKind | None,
        typer.Option(
            case_sensitive=False, help="what the URL is [default: discover it from the URL]"
        ),
    ] = None,
    name: Annotated[str | None, typer.Option(metavar="TEXT", help="display name")] = None,
    topic: Annotated[
        str | None, typer.Option(metavar="NAME", help="topic profile for this source")
    ] = None,
) -> None:
    """Add a source. A feed or sitemap URL is added as is (--kind); a site URL without --kind
    is searched for its feeds (<link rel=alternate>, common paths) and sitemaps, and each one
    found is added."""
    from storage import sources
    from storage.db import transaction

    context: AppContext = ctx.obj
    check_topic(context.settings, topic)
    check_urls([url], "URL")
    found = [(url, kind.value)] if kind else _discover(url, context)
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


@sources_app.command("remove", cls=PlainCommand, short_help="Remove a source (its articles stay).",
                     epilog=epilog("newsagg sources remove 12", "newsagg sources remove https://news.example/rss.xml"))  # fmt: skip
def remove_cmd(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(metavar="ID_OR_URL", help="source id or URL")],
) -> None:
    """Remove a source (its stored articles stay)."""
    from storage import sources
    from storage.db import transaction

    context: AppContext = ctx.obj
    with transaction(context.writer()) as session:
        try:
            source = sources.remove(session, ref)
        except sources.SourceNotFoundError as exc:
            typer.echo(f"newsagg: {exc}", err=True)
            raise typer.Exit(1) from exc
        typer.echo(f"removed: #{source.id} {source.url}")


@sources_app.command("list", cls=PlainCommand, short_help="One row per source: state, errors, next check.",
                     epilog=epilog("newsagg sources list", "newsagg sources list --json"))  # fmt: skip
def list_cmd(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List every source with its state: kind, name, where it came from (config, cli, oneoff),
    last success, failures in a row, the full last error, next check (times in UTC)."""
    from rich.console import Console

    from storage import sources

    context: AppContext = ctx.obj
    with context.reader()() as session:
        rows = [source_record(s) for s in sources.list_all(session)]
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    console = Console(width=None if sys.stdout.isatty() else 160)
    console.print(
        source_table(rows) if rows else "no sources (add one with `newsagg sources add URL`)"
    )


JsonOption = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]


def source_record(s: Source) -> dict[str, Any]:
    return {
        "id": s.id, "kind": s.kind, "name": s.name, "url": s.url, "origin": s.origin,
        "enabled": s.enabled, "topic": s.topic, "last_success_at": iso(s.last_success_at),
        "consecutive_failures": s.consecutive_failures, "last_error_kind": s.last_error_kind,
        "last_error": s.last_error, "last_error_at": iso(s.last_error_at),
        "next_check_at": iso(s.next_check_at),
    }  # fmt: skip


def source_table(rows: Sequence[dict[str, Any]]) -> Table:
    from rich.table import Table

    table = Table("id", "kind", "name / url", "origin", "last success", "fails", "last error",
                  "next check", box=None)  # fmt: skip
    table.columns[2].overflow = table.columns[6].overflow = "fold"  # URLs have no spaces
    table.columns[6].ratio = 2
    for r in rows:
        error = f"{r['last_error_kind']}: {r['last_error']}" if r["last_error_kind"] else ""
        place = f"{r['name']}\n{r['url']}" if r["name"] else r["url"]
        origin = r["origin"] if r["enabled"] else f"{r['origin']} (off)"
        table.add_row(
            str(r["id"]), r["kind"], place, origin, when(r["last_success_at"]),
            str(r["consecutive_failures"]), error, when(r["next_check_at"]),
        )  # fmt: skip
    return table


def iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment else None


def when(stamp: str | None) -> str:
    return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M UTC") if stamp else "-"
