"""`newsagg run`: the collection service."""

from __future__ import annotations

from typing import Annotated

import typer

from scheduler.context import AppContext


def register(app: typer.Typer) -> None:
    app.command("run")(run)


def run(
    ctx: typer.Context,
    metrics_port: Annotated[
        int | None,
        typer.Option(help="port of /metrics and /healthz [default: daemon.metrics_port]"),
    ] = None,
) -> None:
    """Run the collection service until SIGTERM/SIGINT: poll feed sources at their adaptive
    intervals and crawl sitemap/site sources on their schedule, in cycle subprocesses; sources
    come from the config file (re-read when it changes) and `newsagg sources add`. Several
    daemons may share one PostgreSQL database; on SQLite one works and the others stand by."""
    from scheduler.daemon import Daemon

    context: AppContext = ctx.obj
    if metrics_port is not None:
        context.settings.daemon.metrics_port = metrics_port
    context.engine()  # migrate before the first tick, and fail fast on a bad URL
    raise typer.Exit(Daemon(context).run())
