"""`newsagg poll`: poll feeds once and store their new, relevant articles."""

from __future__ import annotations

from typing import Annotated

import typer

from scheduler.commands.helptext import add_command
from scheduler.commands.options import check_topic, check_urls
from scheduler.commands.report import finish
from scheduler.context import AppContext, utc_now
from scheduler.progress import POLL_COUNTS, progress_bar


def register(app: typer.Typer) -> None:
    add_command(app, "poll", poll, "Poll feeds once and store their new relevant articles.",
                "newsagg poll", "newsagg poll --all",
                "newsagg poll https://news.example/rss.xml --topic none")  # fmt: skip


def poll(
    ctx: typer.Context,
    feed_urls: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="FEED_URL",
            help="RSS/Atom/JSON feed URLs [default: every feed source that is due]",
        ),
    ] = None,
    topic: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="topic profile, or 'none' to keep every article [default: topic in the config, immigration-policy]",
        ),
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
    from storage import sources

    context: AppContext = ctx.obj
    check_topic(context.settings, topic)
    if feed_urls:
        check_urls(feed_urls, "FEED_URL")
        ids = register_oneoff(context, feed_urls, "feed")
    else:
        with context.reader()() as session:
            ids = sources.feed_ids(session, due_at=None if all_sources else utc_now())
    if not ids:
        typer.echo("no feed is due (see `newsagg sources list`, or pass feed URLs)", err=True)
        return
    with progress_bar("polling", total=None, counts=POLL_COUNTS) as bar:
        bar.count("feeds", len(ids))
        summary = poll_sources(context, ids, topic=topic, on_progress=bar.count)
    finish("polled", summary)
