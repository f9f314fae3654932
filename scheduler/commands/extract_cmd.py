"""`newsagg extract`: clean article text and metadata of files or URLs, as JSON Lines."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Annotated

import typer

from scheduler.commands.helptext import add_command
from scheduler.commands.options import check_topic
from scheduler.context import AppContext
from scheduler.progress import progress_bar


def register(app: typer.Typer) -> None:
    add_command(app, "extract", extract, "Print clean text and metadata of pages (nothing stored).",
                "newsagg extract page.html --base-url https://news.example/a/1",
                "newsagg extract https://news.example/2026/11/asylum-law",
                "find saved/ -name '*.html' | newsagg extract -")  # fmt: skip


def extract(
    ctx: typer.Context,
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH_OR_URL",
            help="HTML files, http(s) URLs, or - to read a list of them from stdin",
        ),
    ],
    topic: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="topic profile to score against, or 'none' [default: topic in the config, immigration-policy]",
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(metavar="URL", help="URL to assume for local files (helps dates and links)"),
    ] = None,
) -> None:
    """Print one JSON object per input (JSON Lines): url, title, authors, credits, published_at,
    language, text, relevance, relevant. A bad input gets an object with an "error" field and
    the exit status is 1 at the end; the other inputs are still processed. Nothing is stored."""
    from scheduler import startup
    from scheduler.extracting import extract_all  # trafilatura and friends: only when used

    startup.done()  # no database here: start-up ends once extraction is loaded

    context: AppContext = ctx.obj
    settings = context.settings
    name = topic or settings.topic
    check_topic(settings, name)
    names = list(_expand(inputs))
    with progress_bar("extracting", total=len(names)) as bar:
        failures = extract_all(settings, names, name, base_url, sys.stdout, bar.advance)
    if failures:
        first = failures[0] + (f"; and {len(failures) - 1} more" if len(failures) > 1 else "")
        typer.echo(f"newsagg extract: {len(failures)} of {len(names)} inputs failed ({first})",
                   err=True)  # fmt: skip
        raise typer.Exit(1)


MAX_NAME = 4096  # a file name or URL per line; /dev/zero as stdin must not fill memory


def _names_from_stdin() -> Iterator[str]:
    while line := sys.stdin.readline(MAX_NAME + 1):
        if len(line) > MAX_NAME:
            raise typer.BadParameter(f"a line of stdin is longer than {MAX_NAME} characters")
        if line.strip():
            yield line.strip()


def _expand(inputs: list[str]) -> Iterator[str]:
    for item in inputs:
        if item == "-":
            yield from _names_from_stdin()
        else:
            yield item
