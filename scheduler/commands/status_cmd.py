"""`newsagg status`: the health of the whole collection at a glance (per-source rows: `sources list`)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Annotated, Any

import typer

from scheduler.commands.helptext import add_command
from scheduler.context import AppContext, utc_now

MAX_FAILING_SHOWN = 10


def register(app: typer.Typer) -> None:
    add_command(app, "status", status, "Health at a glance: counts, failing sources, throughput.",
                "newsagg status", "newsagg status --json")  # fmt: skip


def status(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of text")] = False,
) -> None:
    """Summarise the collection's health: stored stories and rejected URLs, sources by kind and
    how many fail now (by error kind), what is due and when the next check is, which daemon leads
    (SQLite), and throughput over the last hour and day. One row per source: `sources list`."""
    from storage import stats

    context: AppContext = ctx.obj
    now = utc_now()
    with context.reader()() as session:
        report: dict[str, Any] = {
            "stored": stats.totals(session),
            "sources": stats.source_health(session, now),
            "failing_sources": stats.failing_sources(session, MAX_FAILING_SHOWN),
            "leader": stats.leader(session, now),
            "throughput": [
                asdict(stats.throughput(session, now, timedelta(hours=h))) for h in (1, 24)
            ],
            "page_failures": stats.page_failures(session, now, timedelta(hours=24)),
        }
    if as_json:
        typer.echo(json.dumps(report, indent=2, default=_iso))
        return
    typer.echo("\n".join(status_lines(report)))


def status_lines(report: dict[str, Any]) -> list[str]:
    stored, health = report["stored"], report["sources"]
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(health["by_kind"].items())) or "none"
    failing = ", ".join(f"{k} {n}" for k, n in sorted(health["failing_by_error"].items()))
    leader = report["leader"]
    lines = [
        f"stories: {stored['stories']} ({stored['urls']} urls); rejected urls: "
        f"{stored['rejected_urls']} (off topic {stored.get('rejected_off_topic', 0)}, "
        f"not an article {stored.get('rejected_not_article', 0)})",
        f"sources: {health['enabled']} enabled ({kinds}), {health['failing']} failing"
        + (f" ({failing})" if failing else ""),
        f"due now: {health['due_now']}; next check at {_when(health['next_check_at'])}",
        f"leader: {leader['holder']} until {_when(leader['expires_at'])}"
        if leader
        else "leader: none (no daemon holds the SQLite leader lease; PostgreSQL daemons share work)",
    ]
    for window in report["throughput"]:
        lines.append(
            f"last {window['window_s'] // 3600}h: {window['checks']} checks "
            f"({window['not_modified']} not modified, {window['errors']} errors), "
            f"articles new {window['new']}, duplicate {window['duplicate']}, "
            f"off topic {window['off_topic']}, failed pages {window['failed']}"
        )
    lines.append(_page_failures_line(report["page_failures"]))
    for source in report["failing_sources"]:
        lines.append(
            f"failing: #{source['id']} {source['url']}: {source['failures']}x "
            f"{source['error_kind']} since {_when(source['since'])}"
        )
    return lines


def _page_failures_line(failures: dict[str, Any]) -> str:
    def counts(by: dict[str, int]) -> str:
        return ", ".join(f"{kind} {n}" for kind, n in sorted(by.items())) or "none"

    pending = failures["pending_entries"]
    return (f"page failures last {failures['window_s'] // 3600}h: {counts(failures['by_kind'])}; "
            f"entries pending a retry: {sum(pending.values())} ({counts(pending)})")  # fmt: skip


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC") if moment else "-"


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, datetime) else str(value)
