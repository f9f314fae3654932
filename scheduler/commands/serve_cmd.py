"""`newsagg serve`: the read-only web view, JSON API and Atom feeds, under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from scheduler.commands.helptext import add_command
from scheduler.context import AppContext


def register(app: typer.Typer) -> None:
    add_command(app, "serve", serve, "Serve the read-only web view, JSON API and Atom feeds.",
                "newsagg serve", "newsagg serve --host 0.0.0.0 --port 8081")  # fmt: skip


def serve(
    ctx: typer.Context,
    host: Annotated[
        str | None, typer.Option(help="address to bind [default: serve.host, 127.0.0.1]")
    ] = None,
    port: Annotated[int | None, typer.Option(help="port [default: serve.port, 8080]")] = None,
) -> None:
    """Serve stories, search, sources and Atom feeds over HTTP (read-only). Beyond loopback
    every request needs `Authorization: Bearer $NEWSAGG_SERVE__TOKEN`."""
    import uvicorn  # the web stack costs every other command start-up time: load it here

    from scheduler import startup
    from web import BindError, check_bind, create_app

    startup.long_lived()  # a service: memory flat over weeks
    context: AppContext = ctx.obj
    settings = context.settings
    bind_host = host or settings.serve.host
    try:
        check_bind(bind_host, settings.serve.token)
    except BindError as exc:
        typer.echo(f"newsagg: {exc}", err=True)
        raise typer.Exit(2) from exc
    application = create_app(settings, context.reader())
    typer.echo(f"serving on http://{bind_host}:{port or settings.serve.port}/", err=True)
    uvicorn.run(
        application,
        host=bind_host,
        port=port or settings.serve.port,
        log_level=settings.log_level.lower(),
        server_header=False,
    )
