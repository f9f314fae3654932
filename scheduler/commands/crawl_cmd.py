"""`newsagg crawl`: crawl homepages, sections and sitemaps once and store the relevant articles."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from scheduler.commands.helptext import add_command, default
from scheduler.commands.options import check_topic, check_urls, parse_since
from scheduler.commands.report import finish
from scheduler.context import AppContext
from scheduler.progress import progress_bar

if TYPE_CHECKING:
    pass


def register(app: typer.Typer) -> None:
    add_command(app, "crawl", crawl, "Crawl sites or sitemaps once and store their articles.",
                "newsagg crawl https://news.example/politics/",
                "newsagg crawl https://news.example/robots.txt --since 2026-11-01",
                "newsagg crawl https://news.example/ --topic none --max-pages 50")  # fmt: skip


def crawl(
    ctx: typer.Context,
    urls: Annotated[
        list[str],
        typer.Argument(
            metavar="URL",
            help="homepages, section pages, sitemap or sitemap-index URLs, robots.txt",
        ),
    ],
    topic: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="topic profile, or 'none' to keep every article [default: topic in the config, immigration-policy]",
        ),
    ] = None,
    depth: Annotated[
        int | None,
        typer.Option(
            metavar="N",
            help=f"link depth from the start pages {default('crawl.depth')}",
        ),
    ] = None,
    max_pages: Annotated[
        int | None,
        typer.Option(
            metavar="N",
            help=f"stop after this many pages {default('crawl.max_pages')}",
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(metavar="ISO8601", help="skip sitemap entries older than this ISO 8601 date"),
    ] = None,
    jobdir: Annotated[
        Path | None,
        typer.Option(
            metavar="DIR",
            help="crawl state for resuming [default: a folder per URL set in the cache]",
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="resume an interrupted crawl of the same URLs")
    ] = True,
) -> None:
    """Crawl once (robots.txt obeyed, polite per host) and store the articles found, through the
    same extract -> clean -> relevance -> dedup path as feed polling. Pages already stored are
    not fetched again. After Ctrl-C or a crash, the same command resumes where it stopped."""
    from crawler.fetch.spiders.site import is_sitemap_url  # Scrapy: imported when a crawl runs
    from scheduler.collect import register_oneoff
    from scheduler.crawl_run import crawl_sources

    context: AppContext = ctx.obj
    settings = context.settings
    check_topic(settings, topic)
    check_urls(urls, "URL")
    if depth is not None:
        settings.crawl.depth = depth
    if max_pages is not None:
        settings.crawl.max_pages = max_pages
    since_at = parse_since(since)
    folder = (jobdir or default_jobdir(urls)) if resume else None
    kinds = {url: "sitemap" if is_sitemap_url(url) else "site" for url in urls}
    ids = [register_oneoff(context, [url], kind)[0] for url, kind in kinds.items()]
    with progress_bar("crawling", total=None) as bar:
        summary = crawl_sources(context, ids, topic=topic, since=since_at, jobdir=folder,
                                on_progress=bar.show)  # fmt: skip
    finish("crawled", summary)


def default_jobdir(urls: list[str]) -> Path:
    from settings.paths import cache_home  # settings (pydantic) stay out of `--help`

    digest = hashlib.sha256("\n".join(sorted(urls)).encode()).hexdigest()[:16]
    return cache_home() / f"crawl-{digest}"
