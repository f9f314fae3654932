"""`newsagg export`: stored stories as JSON Lines or CSV, one record per story."""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from scheduler.commands.helptext import add_command
from scheduler.commands.options import parse_since
from scheduler.context import AppContext


class Cursor:
    """The last id printed, kept in a file (written atomically) when one is given."""

    def __init__(self, path: Path | None, after_id: int) -> None:
        self.path = path
        stored = path.read_text().strip() if path is not None and path.is_file() else ""
        if stored and not stored.isdigit():
            raise typer.BadParameter(f"{path} does not hold an id: {stored[:40]!r}",
                                     param_hint="--cursor-file")  # fmt: skip
        self.value = max(after_id, int(stored or 0))

    def advance(self, value: int) -> None:
        self.value = value
        if self.path is not None:
            partial = self.path.with_name(self.path.name + ".tmp")
            partial.write_text(f"{value}\n")
            partial.replace(self.path)


def tail(
    context: AppContext,
    cursor: Cursor,
    since: datetime | None,
    include_irrelevant: bool,
    *,
    follow: bool,
    interval_s: float,
    wait: Callable[[float], object] = time.sleep,
) -> None:
    """Print stories after the cursor as JSON Lines; with `follow`, look again every interval."""
    from storage.export import iter_stories

    while True:
        with context.reader()() as session:
            for story in iter_stories(
                session, since=since, after_id=cursor.value, include_irrelevant=include_irrelevant
            ):
                sys.stdout.write(json.dumps(story.as_dict(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
                cursor.advance(story.id)
        if not follow:
            return
        wait(interval_s)


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


def register(app: typer.Typer) -> None:
    add_command(app, "export", export, "Print stored stories as JSON Lines or CSV.",
                "newsagg export > stories.jsonl",
                "newsagg export --format csv --since 2026-11-01 > stories.csv",
                "newsagg export --after-id 1200")  # fmt: skip


def export(
    ctx: typer.Context,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="output format")] = (
        ExportFormat.jsonl
    ),
    since: Annotated[
        str | None,
        typer.Option(
            metavar="ISO8601",
            help="only stories stored or updated at/after this ISO 8601 time (UTC if no zone)",
        ),
    ] = None,
    after_id: Annotated[
        int,
        typer.Option(
            metavar="N", help="only stories with id > N: pass the last id you read to continue"
        ),
    ] = 0,
    all_topics: Annotated[
        bool, typer.Option("--include-irrelevant", help="also stories re-scored as off topic")
    ] = False,
    follow: Annotated[
        bool,
        typer.Option(help="keep running and print new stories as they are stored (JSON Lines)"),
    ] = False,
    cursor_file: Annotated[
        Path | None,
        typer.Option(
            help="resume after the id stored in this file; it is updated as stories print"
        ),
    ] = None,
    interval_s: Annotated[
        float, typer.Option(min=0.05, help="with --follow: seconds between looks")
    ] = 2.0,
) -> None:
    """Print stored stories in id order, one record per story, with every URL (variants and
    syndicated copies) and source it was seen at. Lists (urls, sites, sources, authors) are
    JSON arrays in CSV cells."""
    from storage.export import FIELDS, iter_stories

    context: AppContext = ctx.obj
    since_at = parse_since(since)
    if follow or cursor_file is not None:
        cursor = Cursor(cursor_file, after_id)
        try:
            tail(context, cursor, since_at, all_topics, follow=follow, interval_s=interval_s)
        except KeyboardInterrupt:  # Ctrl-C is how a follower stops: no traceback
            typer.echo(f"stopped after id {cursor.value}", err=True)
        return
    with context.reader()() as session:
        stories = iter_stories(
            session, since=since_at, after_id=after_id, include_irrelevant=all_topics
        )
        if format is ExportFormat.jsonl:
            for story in stories:
                sys.stdout.write(json.dumps(story.as_dict(), ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS, lineterminator="\n")
            writer.writeheader()
            for story in stories:
                row = story.as_dict()
                for key, value in row.items():
                    if isinstance(value, list):
                        row[key] = json.dumps(value, ensure_ascii=False)
                writer.writerow(row)
