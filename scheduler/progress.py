"""The one progress display of long one-off commands: a rich bar on a terminal, silence otherwise."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

CRAWL_COUNTS = {"pages": "pages_fetched", "articles": "articles", "skipped known": "known_skipped",
                "errors": "errors"}  # fmt: skip


class Bar:
    """advance() for a count of done items, show() for a line of running counts."""

    def __init__(self, progress: Progress | None = None, task: TaskID | None = None) -> None:
        self._progress, self._task = progress, task

    def advance(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)

    def show(self, stats: Mapping[str, int]) -> None:
        if self._progress is not None and self._task is not None:
            line = "  ".join(f"{label} {stats.get(key, 0)}" for label, key in CRAWL_COUNTS.items())
            self._progress.update(self._task, counts=line)


@contextmanager
def progress_bar(label: str, total: int | None) -> Iterator[Bar]:
    """A bar over `total` items, or an open-ended one (total None) showing running counts;
    drawn on stderr only when it is a terminal."""
    if not sys.stderr.isatty():
        yield Bar()
        return
    middle: tuple[ProgressColumn, ...] = (BarColumn(), MofNCompleteColumn())
    if total is None:
        middle = (TextColumn("{task.fields[counts]}"),)
    columns = (TextColumn(label), *middle, TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        yield Bar(progress, progress.add_task(label, total=total, counts=""))
