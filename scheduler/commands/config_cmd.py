"""`newsagg config`: print the effective settings with secrets masked."""

from __future__ import annotations

import json

import typer

from scheduler.commands.helptext import add_command
from scheduler.context import AppContext


def register(app: typer.Typer) -> None:
    add_command(app, "config", show_config, "Print the effective settings (secrets masked).",
                "newsagg config", "newsagg --config newsagg.example.toml config")  # fmt: skip


def show_config(ctx: typer.Context) -> None:
    """Print the effective settings as JSON: defaults, the config file, NEWSAGG_* variables and
    options merged; database passwords masked; the User-Agent as it is sent."""
    from settings.model import masked_settings

    context: AppContext = ctx.obj
    shown = masked_settings(context.settings)
    shown["http"]["user_agent"] = context.settings.http.resolved_user_agent()  # as sent
    typer.echo(json.dumps(shown, indent=2, sort_keys=True))
