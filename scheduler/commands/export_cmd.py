"""`newsagg export`: stored stories as JSON Lines or CSV, one record per story."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from typing import Annotated

import typer

from scheduler.commands.helptext import add_command
from scheduler.commands.options import parse_since
from scheduler.context import AppContext


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
) -> None:
    """Print stored stories in id order, one record per story, with every URL (variants and
    syndicated copies) and source it was seen at. Lists (urls, sites, sources, authors) are
    JSON arrays in CSV cells."""
    from storage.export import FIELDS, iter_stories

    context: AppContext = ctx.obj
    since_at = parse_since(since)
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
