"""`newsagg run`: the collection service."""

from __future__ import annotations

from typing import Annotated

import typer

from scheduler.commands.helptext import add_command, default
from scheduler.context import AppContext
from scheduler.errors import port_error


def register(app: typer.Typer) -> None:
    add_command(app, "run", run, "Run the collection service (until SIGTERM or Ctrl-C).",
                "newsagg --config newsagg.toml run",
                "NEWSAGG_DATABASE_URL=postgresql://newsagg@db/newsagg newsagg run --metrics-port 9200")  # fmt: skip


def run(
    ctx: typer.Context,
    metrics_port: Annotated[
        int | None,
        typer.Option(
            metavar="PORT",
            help=f"port of /metrics and /healthz {default('daemon.metrics_port')}",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run the collection service until SIGTERM/SIGINT: poll feed sources at their adaptive
    intervals and crawl sitemap/site sources on their schedule, in cycle subprocesses; sources
    come from the config file (re-read when it changes) and `newsagg sources add`. Several
    daemons may share one PostgreSQL database; on SQLite one works and the others stand by."""
    from scheduler import startup
    from scheduler.daemon import Daemon

    startup.long_lived()
    context: AppContext = ctx.obj
    if metrics_port is not None:
        context.settings.daemon.metrics_port = metrics_port
    daemon = context.settings.daemon
    try:
        service = Daemon(context)
    except OSError as exc:
        raise port_error(daemon.metrics_host, daemon.metrics_port, exc) from exc
    raise typer.Exit(service.run())
