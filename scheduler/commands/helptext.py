"""How commands present themselves in --help: one-line summaries, an example each, plain metavars.

Typer shows Python types in help (`--topic <str>`, `FEED_URLS... <list[str]>`); operators read
value names instead (`--topic TOPIC`, `[FEED_URL]...`), or the choices (`--format jsonl|csv`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

# Built-in defaults shown in --help without importing the settings model (pydantic) for it;
# tests/test_scheduler_cli.py checks them against settings.model.
DEFAULTS = {"daemon.metrics_port": 9108, "crawl.depth": 2, "crawl.max_pages": 500}


def default(key: str) -> str:
    return f"[default: {key}, {DEFAULTS[key]}]"


class _PlainOption(TyperOption):
    def display_type_rich(self, ctx: Any) -> str | None:
        if self.metavar is not None:
            return self.metavar
        described = self.type_descriptor
        if described.is_choice and described.choices:
            return "|".join(str(getattr(c, "value", c)) for c in described.choices)
        return (self.name or "value").upper()


class _PlainArgument(TyperArgument):
    def display_type_rich(self, ctx: Any) -> str | None:
        return None  # the argument's name (its metavar) says what it is


def _plain(params: list[Any]) -> None:
    for param in params:
        if type(param) is TyperOption:
            param.__class__ = _PlainOption
        elif type(param) is TyperArgument:
            param.__class__ = _PlainArgument


class PlainCommand(TyperCommand):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _plain(self.params)


class PlainGroup(TyperGroup):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _plain(self.params)


def add_command(
    app: typer.Typer, name: str, function: Callable[..., Any], summary: str, *examples: str
) -> None:
    """Register `function` as `newsagg <name>` with a one-line summary and worked examples."""
    app.command(name, cls=PlainCommand, short_help=summary, epilog=epilog(*examples))(function)


def epilog(*examples: str) -> str:
    # "\b" keeps click from re-wrapping the example lines
    lines = "\n".join(f"  {example}" for example in examples)
    return f"\b\nExamples:\n{lines}"


def group(help: str) -> typer.Typer:
    return typer.Typer(help=help, cls=PlainGroup, no_args_is_help=True)
