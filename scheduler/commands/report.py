"""What `poll` and `crawl` print when done, and their exit status: the same rules for both.

One summary line (source checks by outcome, articles by outcome, failed fetches by error kind),
then one line per source whose check failed. Exit status 1 when any source check failed; pages
or links that failed inside a working source are counted, not fatal.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from scheduler.collect import Summary


def summary_line(verb: str, summary: Summary) -> str:
    checked = sum(summary.checks.values())
    line = f"{verb} {checked} sources ({_counts(summary.checks) or 'none checked'}); "
    line += f"articles: {_counts(summary.pages) or 'none new'}"
    if summary.failed_fetches:
        line += f"; failed fetches: {_counts(summary.failed_fetches)}"
    return line


def finish(verb: str, summary: Summary) -> None:
    """Print the summary and the failed sources on stderr; exit 1 if a source check failed."""
    typer.echo(summary_line(verb, summary), err=True)
    for error in summary.errors:
        typer.echo(f"failed: {error}", err=True)
    if summary.errors:
        raise typer.Exit(1)


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{key} {n}" for key, n in counter.most_common() if n)
