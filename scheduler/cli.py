"""The `newsagg` command line: global options and the sub-commands."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from scheduler import startup
from scheduler.commands import (
    classify_cmd,
    config_cmd,
    crawl_cmd,
    db_cmd,
    explain_cmd,
    export_cmd,
    extract_cmd,
    healthcheck_cmd,
    poll_cmd,
    run_cmd,
    search_cmd,
    serve_cmd,
    show_cmd,
    sources_cmd,
    status_cmd,
)
from scheduler.commands.helptext import PlainGroup
from scheduler.context import AppContext
from scheduler.errors import CliError
from scheduler.logs import configure_logging

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
    add_completion=False,
    cls=PlainGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _show_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"newsagg {version('newsagg')}")
        raise typer.Exit()


@app.callback()
def global_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="URL",
            help="Database: any SQLAlchemy URL or a SQLite file path "
            "[env NEWSAGG_DATABASE__URL or NEWSAGG_DATABASE_URL; default ./newsagg.db]",
            show_default=False,
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            metavar="FILE",
            help="TOML config file [env NEWSAGG_CONFIG; default ./newsagg.toml]",
        ),
    ] = None,
    log_level: Annotated[
        str | None,
        typer.Option(
            "--log-level",
            metavar="LEVEL",
            help="DEBUG, INFO, WARNING or ERROR; library detail (Scrapy) shows only at DEBUG "
            "[default: log_level in the config, else INFO]",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="print the version and exit"
        ),
    ] = False,
) -> None:
    from settings.model import ConfigError, load_settings  # pydantic: not for --help

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
search_cmd.register(app)
show_cmd.register(app)
serve_cmd.register(app)
explain_cmd.register(app)
healthcheck_cmd.register(app)


def main() -> None:
    """The `newsagg` entry point: expected failures end in one line and exit status 1 or 2."""
    startup.begin()
    try:
        app(prog_name="newsagg")
    except CliError as exc:
        typer.echo(f"newsagg: {exc.message}", err=True)
        raise SystemExit(exc.status) from None
    except KeyboardInterrupt:
        typer.echo("newsagg: interrupted", err=True)
        raise SystemExit(130) from None
    except Exception as exc:  # a database failure no command expected: still one line
        if not is_database_error(exc):
            raise
        from settings.model import mask_secrets

        cause = getattr(exc, "orig", None) or exc
        first = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
        typer.echo(f"newsagg: database error: {mask_secrets(first)}", err=True)
        raise SystemExit(1) from None


def is_database_error(exc: BaseException) -> bool:
    # SQLAlchemy is imported only by commands that use a database (--help stays light)
    errors = sys.modules.get("sqlalchemy.exc")
    return errors is not None and isinstance(exc, errors.SQLAlchemyError)
