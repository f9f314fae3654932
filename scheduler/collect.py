"""What poll and crawl runs share: their Summary, one-off sources, and the guard on callback
writes (a full disk stops the run; another database error costs one write, never the run)."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from crawler.fetch.stack import StopCrawl
from scheduler.context import AppContext, utc_now
from storage import sources
from storage.db import is_storage_full, transaction

log = logging.getLogger("newsagg.collect")

STORAGE_FULL = "storage_full"
FATAL_MESSAGES = {STORAGE_FULL: "database or disk is full: stopped fetching (free space, then "
                                "run again; feed validators of unsaved polls were not kept)"}  # fmt: skip


@dataclass
class Summary:
    """What a run did: page outcomes (new, duplicate, off_topic, ...) and source check outcomes."""

    pages: Counter[str] = field(default_factory=Counter)
    checks: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)  # one per source check that failed
    failed_fetches: Counter[str] = field(default_factory=Counter)  # pages/links by error kind
    fatal: str | None = None  # why the run stopped early and the daemon must stop too

    def as_dict(self) -> dict[str, Any]:
        return {"pages": dict(self.pages), "checks": dict(self.checks), "errors": self.errors,
                "failed_fetches": dict(self.failed_fetches), "fatal": self.fatal}  # fmt: skip


def register_oneoff(context: AppContext, urls: Sequence[str], kind: str) -> list[int]:
    """Source rows for URLs given on the command line, so their state (validators, health) is
    kept; a one-off run never enables a source (storage.sources.ensure_oneoff)."""
    with transaction(context.writer()) as session:
        return [sources.ensure_oneoff(session, url, kind, now=utc_now()).id for url in urls]


@contextmanager
def guard_writes(summary: Summary) -> Iterator[None]:
    """Writes of a spider callback. A full disk ends the run at once (StopCrawl: no more
    fetches). Another database error costs this write only: the entry stays pending, the source
    due, and the run goes on."""
    try:
        yield
    except Exception as exc:
        if not is_storage_full(exc):
            if not isinstance(exc, SQLAlchemyError):
                raise
            log.warning("database write failed", extra={"error": exc.__class__.__name__})
            return
        if summary.fatal is None:
            log.error("database or disk is full: stopping", extra={"error": str(exc)})
            summary.errors.append(FATAL_MESSAGES[STORAGE_FULL])
        summary.fatal = STORAGE_FULL
        raise StopCrawl(STORAGE_FULL) from exc
