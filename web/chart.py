"""Bar geometry for the small server-rendered SVG charts (stories per day, per source)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    count: int


def columns(values: Sequence[tuple[str, int]], *, width: int = 600, height: int = 100) -> list[Bar]:
    """Vertical bars side by side, scaled to the largest count."""
    if not values:
        return []
    top = max(count for _, count in values) or 1
    step = width / len(values)
    return [
        Bar(i * step + 1, height - count / top * height, max(step - 2, 1), count / top * height,
            label, count)
        for i, (label, count) in enumerate(values)
    ]  # fmt: skip


def rows(values: Sequence[tuple[str, int]], *, width: int = 400, row: int = 18) -> list[Bar]:
    """Horizontal bars one under another (labels are drawn beside them)."""
    top = max((count for _, count in values), default=0) or 1
    return [
        Bar(0, i * row, max(count / top * width, 1), row - 4, label, count)
        for i, (label, count) in enumerate(values)
    ]
