"""The `newsagg` command line: global options and the sub-commands."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy.exc import SQLAlchemyError

from scheduler.commands import (
    classify_cmd,
    config_cmd,
    crawl_cmd,
    db_cmd,
    export_cmd,
    extract_cmd,
    poll_cmd,
    run_cmd,
    sources_cmd,
    status_cmd,
)
from scheduler.context import AppContext
from scheduler.logs import configure_logging
from settings.model import ConfigError, load_settings, mask_secrets
from storage.db import SchemaError

app = typer.Typer(
    name="newsagg",
    help=(
        "Collect news articles on a topic from feeds, sitemaps and site crawls; keep clean, "
        "on-topic, de-duplicated text in a database.\n\n"
        "Settings come from defaults < the TOML config file (--config, $NEWSAGG_CONFIG or "
        "./newsagg.toml) < NEWSAGG_* environment variables < these options. The database "
        "defaults to the SQLite file ./newsagg.db in the current directory."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def main(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Database: any SQLAlchemy URL or a SQLite file path "
            "[env NEWSAGG_DATABASE__URL or NEWSAGG_DATABASE_URL; default ./newsagg.db]",
            show_default=False,
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config", help="TOML config file [env NEWSAGG_CONFIG; default ./newsagg.toml]"
        ),
    ] = None,
    log_level: Annotated[
        str | None, typer.Option("--log-level", help="DEBUG, INFO, WARNING or ERROR")
    ] = None,
) -> None:
    overrides: dict[str, Any] = {}
    if db is not None:
        overrides["database"] = {"url": db}
    if log_level is not None:
        overrides["log_level"] = log_level.upper()
    try:
        settings = load_settings(config, **overrides)
    except ConfigError as exc:
        typer.echo(f"newsagg: {exc}", err=True)
        raise typer.Exit(2) from exc
    configure_logging(settings.log_level, settings.log_format)
    app_context = AppContext(settings)
    ctx.call_on_close(app_context.close)
    ctx.obj = app_context


run_cmd.register(app)
poll_cmd.register(app)
crawl_cmd.register(app)
config_cmd.register(app)
db_cmd.register(app)
extract_cmd.register(app)
export_cmd.register(app)
sources_cmd.register(app)
classify_cmd.register(app)
status_cmd.register(app)


def run() -> None:
    """The `newsagg` entry point: an expected database failure (unreachable, read-only, schema
    behind) is one line on stderr and exit status 1, never a traceback or a secret."""
    try:
        app(prog_name="newsagg")
    except (SQLAlchemyError, SchemaError) as exc:
        cause = getattr(exc, "orig", None) or exc
        first = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
        typer.echo(f"newsagg: database error: {mask_secrets(first)}", err=True)
        sys.exit(1)
