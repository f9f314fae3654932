"""`newsagg healthcheck`: ask the running daemon's /healthz, on the configured metrics port."""

from __future__ import annotations

from typing import Annotated

import typer

from scheduler.commands.helptext import add_command
from scheduler.context import AppContext
from scheduler.errors import CliError

ANY_ADDRESS = ("0.0.0.0", "::", "")


def register(app: typer.Typer) -> None:
    add_command(app, "healthcheck", healthcheck, "Exit 0 if the local daemon reports healthy.",
                "newsagg healthcheck", "NEWSAGG_DAEMON__METRICS_PORT=9200 newsagg healthcheck")  # fmt: skip


def healthcheck(
    ctx: typer.Context,
    timeout_s: Annotated[float, typer.Option(metavar="SECONDS", help="give up after")] = 4.0,
) -> None:
    """Query http://daemon.metrics_host:daemon.metrics_port/healthz of the daemon on this machine
    (the address the settings give, so a container HEALTHCHECK follows the configured port).
    Exit status 0 when healthy, 1 otherwise (503: the database cannot be reached)."""
    import urllib.error
    import urllib.request

    context: AppContext = ctx.obj
    daemon = context.settings.daemon
    host = "127.0.0.1" if daemon.metrics_host in ANY_ADDRESS else daemon.metrics_host
    url = f"http://{host}:{daemon.metrics_port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=timeout_s):
            typer.echo(f"healthy: {url}")
    except urllib.error.HTTPError as exc:
        raise CliError(f"unhealthy: {url} answered {exc.code} (see the daemon's log)") from exc
    except OSError as exc:
        reason = getattr(exc, "reason", exc)
        raise CliError(f"no daemon answers at {url}: {reason}") from exc
