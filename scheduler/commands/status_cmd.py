"""`newsagg status`: per-source health and recent throughput, read from the database."""

from __future__ import annotations

from datetime import timedelta

import typer
from rich.console import Console
from rich.table import Table

from scheduler.commands.sources_cmd import source_table
from scheduler.context import AppContext, utc_now
from storage import sources, stats


def register(app: typer.Typer) -> None:
    app.command("status")(status)


def status(ctx: typer.Context) -> None:
    """Show stored totals, throughput over the last hour and day, and each source's health."""
    context: AppContext = ctx.obj
    console = Console(width=200)
    now = utc_now()
    with context.reader()() as session:
        total = stats.totals(session)
        windows = [stats.throughput(session, now, timedelta(hours=h)) for h in (1, 24)]
        table = source_table(sources.list_all(session))
    console.print(
        f"stories {total['stories']}, urls {total['urls']}, rejected urls {total['rejected_urls']}"
    )
    recent = Table(
        "window",
        "checks",
        "not modified",
        "errors",
        "new",
        "duplicate",
        "off topic",
        "failed pages",
        box=None,
    )
    for window in windows:
        recent.add_row(
            f"{window.window_s // 3600}h",
            *(
                str(v)
                for v in (
                    window.checks,
                    window.not_modified,
                    window.errors,
                    window.new,
                    window.duplicate,
                    window.off_topic,
                    window.failed,
                )
            ),
        )
    console.print(recent)
    console.print(table)
