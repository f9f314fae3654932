"""`newsagg config`: print the effective settings with secrets masked."""

from __future__ import annotations

import json

import typer

from scheduler.commands.helptext import add_command
from scheduler.context import AppContext
from settings.model import masked_settings


def register(app: typer.Typer) -> None:
    add_command(app, "config", show_config, "Print the effective settings (secrets masked).",
                "newsagg config", "newsagg --config newsagg.example.toml config")  # fmt: skip


def show_config(ctx: typer.Context) -> None:
    """Print the effective settings as JSON (database passwords masked)."""
    context: AppContext = ctx.obj
    typer.echo(json.dumps(masked_settings(context.settings), indent=2, sort_keys=True))
