"""The substrings one of which every match of a regex holds, read off the regex itself.

A line holding none of them cannot match, and a substring test is cheaper than a search that
tries every alternative at every position: most lines skip the regex, and whenever the test
passes the regex decides, so the answer is the regex's own. Case-sensitive regexes only (a
case-blind one matches strings that hold none of its literals as written).
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found,unused-ignore]
import re._parser as sre_parse  # type: ignore[import-not-found,unused-ignore]
from typing import Any

# What a factor costs in lines let through: short ones are in most lines.
_SHORT_PENALTY = {1: 40, 2: 8, 3: 2}


def required_literals(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Substrings one of which is in every string the regex matches (None: some match may hold
    none, e.g. one made of character classes or optional parts only)."""
    if regex.flags & re.IGNORECASE:
        return None
    found = _sequence(sre_parse.parse(regex.pattern, regex.flags))
    return tuple(sorted(found)) if found is not None else None


def _sequence(items: Any) -> frozenset[str] | None:
    """The literals of a sequence: every item must match, so any one item's set will do; the
    cheapest is taken. Consecutive literal characters are one substring (zero-width anchors
    such as \\b between them keep them adjacent in the text)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if op is sre.AT:
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        found = _item(op, av)
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append(frozenset(["".join(run)]))
    return min(candidates, key=_cost) if candidates else None


def _item(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return None if (add_flags | del_flags) & sre.SRE_FLAG_IGNORECASE else _sequence(body)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:  # one alternative matches: the union of theirs
        union: set[str] = set()
        for alternative in av[1]:
            found = _sequence(alternative)
            if found is None:
                return None
            union.update(found)
        return _minimal(union)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = av
        return _sequence(body) if low >= 1 else None
    return None  # classes, any character, lookarounds, back references: no literal needed


def _minimal(factors: set[str]) -> frozenset[str]:
    """Without the factors that hold another one: the shorter is in the line whenever they are."""
    kept: list[str] = []
    for factor in sorted(factors, key=len):
        if not any(shorter in factor for shorter in kept):
            kept.append(factor)
    return frozenset(kept)


def _cost(factors: frozenset[str]) -> int:
    return sum(1 + _SHORT_PENALTY.get(len(factor), 0) for factor in factors)


def caseless(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The regex for lower-cased text: its letters lower-cased (escapes kept), no IGNORECASE
    (which compares every character both ways: twice the time on the lines of a page)."""
    pattern = re.sub(r"(\\.)|([^\W\d_])", lambda m: m[1] or m[2].lower(), regex.pattern)
    return re.compile(pattern, regex.flags & ~re.IGNORECASE)


class Rule:
    """A regex and its form for lower-cased text, held together: a dict keyed by the regex
    would hash it on every look-up, and a pattern's hash reads its whole code (5 us for the
    largest here, more than the search).

    `gated`: lower-cased lines holding none of the substrings every match holds
    (required_literals) skip the regex, which tries its many alternatives at every
    position. Not for anchored or rarely searched regexes, cheaper than the test."""

    __slots__ = ("lowered", "needs", "regex")

    def __init__(self, regex: re.Pattern[str], *, gated: bool = False) -> None:
        self.regex = regex
        self.lowered = caseless(regex)
        self.needs = required_literals(self.lowered) if gated else None

    def search(self, text: str, lowered: bool) -> bool:
        if not lowered:
            return self.regex.search(text) is not None
        if self.needs is not None and not any(map(text.__contains__, self.needs)):
            return False
        return self.lowered.search(text) is not None
