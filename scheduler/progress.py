"""The one progress display of long one-off commands: a rich bar on a terminal, silence otherwise."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rich loads only when a terminal shows the bar
    from rich.progress import Progress, TaskID

# label -> counter, or (done, total) counters shown as done/total: pages by the pages known to
# come (a sitemap's entries, links queued so far; a feed's new entries), not by feeds or sites
Counts = Mapping[str, str | tuple[str, str]]
CRAWL_COUNTS: Counts = {"pages": ("pages_fetched", "queued"), "articles": "articles",
                        "skipped known": "known_skipped", "errors": "errors"}  # fmt: skip
POLL_COUNTS: Counts = {"feeds": ("feeds_done", "feeds"), "pages": ("pages_done", "pages_queued")}


def counts_line(stats: Mapping[str, int], counts: Counts = CRAWL_COUNTS) -> str:
    parts = []
    for label, key in counts.items():
        if isinstance(key, tuple):
            done, total = stats.get(key[0], 0), stats.get(key[1], 0)
            parts.append(f"{label} {done}/{total}" if total else f"{label} {done}")
        else:
            parts.append(f"{label} {stats.get(key, 0)}")
    return "  ".join(parts)


class Bar:
    """advance() for a count of done items, show() for a line of running counts."""

    def __init__(
        self,
        progress: Progress | None = None,
        task: TaskID | None = None,
        counts: Counts = CRAWL_COUNTS,
    ) -> None:
        self._progress, self._task, self._counts = progress, task, counts
        self.tally: Counter[str] = Counter()

    def advance(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)

    def show(self, stats: Mapping[str, int]) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, counts=counts_line(stats, self._counts))

    def count(self, key: str, n: int) -> None:
        """Add to one running count (e.g. pages_done) and show them all."""
        self.tally[key] += n
        self.show(self.tally)


@contextmanager
def progress_bar(label: str, total: int | None, counts: Counts = CRAWL_COUNTS) -> Iterator[Bar]:
    """A bar over `total` items, or an open-ended one (total None) showing running counts;
    drawn on stderr only when it is a terminal."""
    if not sys.stderr.isatty():
        yield Bar(counts=counts)
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    middle: tuple[ProgressColumn, ...] = (BarColumn(), MofNCompleteColumn())
    if total is None:
        middle = (TextColumn("{task.fields[counts]}"),)
    columns = (TextColumn(label), *middle, TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        yield Bar(progress, progress.add_task(label, total=total, counts=""), counts)
