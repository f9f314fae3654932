"""`newsagg config`: print the effective settings with secrets masked."""

from __future__ import annotations

import json

import typer

from scheduler.context import AppContext
from settings.model import masked_settings


def register(app: typer.Typer) -> None:
    app.command("config")(show_config)


def show_config(ctx: typer.Context) -> None:
    """Print the effective settings as JSON (database passwords masked)."""
    context: AppContext = ctx.obj
    typer.echo(json.dumps(masked_settings(context.settings), indent=2, sort_keys=True))
