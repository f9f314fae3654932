"""`newsagg poll`: poll feeds once and store their new, relevant articles."""

from __future__ import annotations

from typing import Annotated

import typer

from scheduler.commands.options import check_topic
from scheduler.context import AppContext, utc_now
from scheduler.progress import progress_bar
from storage import sources


def register(app: typer.Typer) -> None:
    app.command("poll")(poll)


def poll(
    ctx: typer.Context,
    feed_urls: Annotated[
        list[str] | None,
        typer.Argument(help="RSS/Atom/JSON feed URLs [default: every feed source that is due]"),
    ] = None,
    topic: Annotated[
        str | None, typer.Option(help="topic profile, or 'none' to keep every article")
    ] = None,
    all_sources: Annotated[
        bool, typer.Option("--all", help="poll every enabled feed source, due or not")
    ] = False,
) -> None:
    """Poll feeds once with conditional GET (ETag / Last-Modified), fetch the pages of entries not
    seen before, and store the relevant articles (extract -> clean -> relevance -> dedup). The
    same code runs in the daemon. Per-feed errors are printed and give exit status 1."""
    from scheduler.collect import register_oneoff
    from scheduler.poll_run import poll_sources  # Scrapy: only when polling

    context: AppContext = ctx.obj
    check_topic(context.settings, topic)
    if feed_urls:
        ids = register_oneoff(context, feed_urls, "feed")
    else:
        with context.reader()() as session:
            chosen = sources.list_all(session) if all_sources else sources.due(session, utc_now())
            ids = [s.id for s in chosen if s.kind == "feed" and s.enabled]
    if not ids:
        typer.echo("no feed is due (see `newsagg sources list`, or pass feed URLs)", err=True)
        return
    with progress_bar("polling feeds", total=len(ids)) as bar:
        summary = poll_sources(context, ids, topic=topic, on_feed_done=bar.advance)
    checks = ", ".join(f"{k} {v}" for k, v in sorted(summary.checks.items()))
    pages = ", ".join(f"{k} {v}" for k, v in sorted(summary.pages.items())) or "no new pages"
    typer.echo(f"polled {len(ids)} feeds ({checks}); articles: {pages}", err=True)
    for error in summary.errors:
        typer.echo(f"error: {error}", err=True)
    if summary.errors:
        raise typer.Exit(1)
