"""Text roles read in context (crawler.clutter.blocks gives each line its role alone): a line's
neighbours say what a short open-ended line is, a headline or a teaser cut short, a credit."""

from __future__ import annotations

from crawler.clutter import textsignals as ts
from crawler.clutter.blocks import Block

_MIN_ALIGNED_PAIRS = 3


def align_teasers(blocks: list[Block], roles: list[str]) -> list[str]:
    """Text roles read in context: where headlines and teasers alternate, a teaser the CMS cut
    short enough to pass for a headline ("Vollgelaufene Keller und umgestürzte Bäume beschä")
    is the teaser of the headline above it, not the next item. Needs three pairs or more, every
    first line a headline and a third of the second lines (two at least) teaser-shaped; a line
    the markup made a headline (a heading, a link) stays one."""
    aligned = list(roles)
    for i in range(1, len(aligned)):
        credit = aligned[i] == "head" and _may_tease(blocks, aligned, i)
        if credit and ts.is_quotation(blocks[i - 1].text):
            aligned[i] = "body"  # a pull quote's credit, without its dash
    walked: set[int] = set()  # heads already walked: a walk from one is a suffix of that walk
    start = 0
    while start < len(aligned):
        seconds = [] if start in walked else _second_lines(blocks, aligned, start)
        walked.update(i - 1 for i in seconds)
        seconds = _aligned_tail(aligned, seconds)
        for i in seconds:
            aligned[i] = "tease"
        start = seconds[-1] + 1 if seconds else start + 1
    return aligned


def _aligned_tail(roles: list[str], seconds: list[int]) -> list[int]:
    """The longest tail of a walk's second lines that makes a list of pairs (one pass)."""
    teased, best = 0, len(seconds)
    for k in range(len(seconds) - 1, -1, -1):
        teased += roles[seconds[k]] == "tease"
        n = len(seconds) - k
        if n >= _MIN_ALIGNED_PAIRS and teased >= 2 and teased * 3 >= n:
            best = k
    return seconds[best:]


def _second_lines(blocks: list[Block], roles: list[str], start: int) -> list[int]:
    """The second lines of back-to-back items (a kicker at most, a head, one more line) from
    `start` on."""
    seconds: list[int] = []
    head = start
    while head + 1 < len(roles):
        if roles[head] == "glue":
            head += 1  # a time or rank above the headline
        if (
            head + 1 >= len(roles)
            or roles[head] != "head"
            or not _may_tease(blocks, roles, head + 1)
        ):
            break
        seconds.append(head + 1)
        head += 2
    return seconds


def _may_tease(blocks: list[Block], roles: list[str], i: int) -> bool:
    if roles[i] == "tease":
        return True
    return roles[i] == "head" and not blocks[i].is_heading and blocks[i].link_ratio < 0.6
