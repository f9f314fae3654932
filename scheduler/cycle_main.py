"""Entry point of one daemon cycle in its own process: `python -m scheduler.cycle_main poll|crawl IDS`.

Loads the settings from the environment the daemon passes (config path, database URL), runs the
poll or crawl for the claimed sources, releases them, and prints a JSON summary as the last line
of stdout for the daemon to read.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
import time

from sqlalchemy.exc import SQLAlchemyError

from scheduler import startup
from scheduler.context import AppContext
from scheduler.crawl_run import crawl_sources
from scheduler.logs import configure_logging
from scheduler.poll_run import poll_sources
from settings import load_settings
from storage import claims
from storage.db import transaction

log = logging.getLogger("newsagg.cycle")

FATAL_STATUS = 3  # the run stopped early (e.g. the disk is full): the daemon stops too


def stop_when_orphaned(interval_s: float = 1.0) -> None:
    """SIGTERM ourselves if the daemon dies (even by kill -9): Scrapy then stops gracefully,
    in-flight writes finish, and the claims are released below."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval_s)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()


def release(context: AppContext, source_ids: list[int], holder: str) -> None:
    try:
        with transaction(context.writer()) as session:
            claims.release_sources(session, source_ids, holder)
    except SQLAlchemyError as exc:  # the database is away: the daemon releases them later
        log.warning("could not release sources", extra={"error": exc.__class__.__name__})


def main(argv: list[str] | None = None) -> int:
    startup.begin()
    parser = argparse.ArgumentParser(prog="python -m scheduler.cycle_main")
    parser.add_argument("kind", choices=["poll", "crawl"])
    parser.add_argument("--holder", required=True)
    parser.add_argument("source_ids", type=int, nargs="+")
    args = parser.parse_args(argv)
    stop_when_orphaned()
    settings = load_settings()
    configure_logging(settings.log_level, settings.log_format)
    context = AppContext(settings)
    try:
        run = poll_sources if args.kind == "poll" else crawl_sources
        summary = run(context, args.source_ids)
        if summary.fatal is None:  # on a full disk the daemon releases them, when it can
            release(context, args.source_ids, args.holder)
    finally:
        context.close()
    sys.stdout.write(json.dumps(summary.as_dict()) + "\n")
    return FATAL_STATUS if summary.fatal else 0


if __name__ == "__main__":
    sys.exit(main())
