"""Which term matches stand: terms that need a context word nearby, and negative contexts (other
senses of a word, found within a word window) that cancel only the terms they name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crawler.items import Evidence
from crawler.topic.termmatch import Match, TermMatcher, Tokens
from settings.topics import TopicProfile, TopicTerm

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Matches:
    """Kept term matches (term index, first word, share kept) and what negatives removed."""

    kept: list[tuple[int, int, float]]
    cancelled: dict[int, tuple[int, float]]  # negative index -> (matches, raw points removed)


class SenseMatcher:
    """Term matches of one profile after context requirements and negative contexts."""

    def __init__(self, profile: TopicProfile) -> None:
        self.profile = profile
        self._terms = TermMatcher(profile.terms)
        self._negatives = TermMatcher(profile.negative)
        needing = [i for i, term in enumerate(profile.terms) if term.context]
        self._context_of = {term: n for n, term in enumerate(needing)}
        self._contexts = TermMatcher(
            [TopicTerm.model_validate({"pattern": profile.terms[i].context}) for i in needing]
        )
        self.has_cased = any(m.has_cased for m in (self._terms, self._negatives, self._contexts))
        index = {term.pattern: i for i, term in enumerate(profile.terms)}
        index.update({term.label: i for i, term in enumerate(profile.terms)})
        cancels = [_cancel_set(neg, index) for neg in profile.negative]
        # for each term, the negatives that may cancel it: a negative written for one sense
        # ("clash" on a disputed border) never touches a term it does not name ("border wall")
        self._negatives_for = [
            [n for n, allowed in enumerate(cancels) if allowed is None or term in allowed]
            for term in range(len(profile.terms))
        ]

    def match(self, tokens: Tokens) -> Matches:
        """Term matches that have their context, each reduced by the negatives near it."""
        found = self._with_context(self._terms.find(tokens.lower, tokens.cased), tokens)
        contexts: dict[int, list[Span]] = {}
        if found:
            for neg, a, b in self._negatives.find(tokens.lower, tokens.cased, overlapping=True):
                contexts.setdefault(neg, []).append((a, b))
        spans = [(start, end) for _, start, end in found]
        kept_matches: list[tuple[int, int, float]] = []
        cancelled: dict[int, tuple[int, float]] = {}
        for term, start, end in found:
            kept = 1.0
            for neg in self._negatives_for[term]:
                share = min(1.0, self.profile.negative[neg].weight)
                if share <= 1.0 - kept or not any(
                    self._in_context(neg, a, b, start, end, spans) for a, b in contexts.get(neg, ())
                ):
                    continue
                n, points = cancelled.get(neg, (0, 0.0))
                removed = self.profile.terms[term].weight * (share - (1.0 - kept))
                cancelled[neg] = (n + 1, points + removed)
                kept = 1.0 - share
            if kept > 0:
                kept_matches.append((term, start, kept))
        return Matches(kept_matches, cancelled)

    def negative_evidence(self, fields: Sequence[Matches]) -> tuple[Evidence, ...]:
        """One record per negative that cancelled something, with the points it removed."""
        totals: dict[int, tuple[int, float]] = {}
        for field in fields:
            for neg, (n, points) in field.cancelled.items():
                old_n, old_points = totals.get(neg, (0, 0.0))
                totals[neg] = (old_n + n, old_points + points)
        return tuple(
            Evidence(self.profile.negative[neg].label, "negative", n, -round(points, 3))
            for neg, (n, points) in sorted(totals.items())
        )

    def _with_context(self, found: list[Match], tokens: Tokens) -> list[Match]:
        """Drop matches of terms that need a context word within `near` words and have none."""
        if not any(term in self._context_of for term, _, _ in found):
            return found
        hits: dict[int, list[Span]] = {}
        for context, a, b in self._contexts.find(tokens.lower, tokens.cased, overlapping=True):
            hits.setdefault(context, []).append((a, b))
        kept = []
        for term, start, end in found:
            needed = self._context_of.get(term)
            near = self.profile.terms[term].near
            if needed is None or any(
                a < end + near and b > start - near and not (a < end and b > start)
                for a, b in hits.get(needed, ())
            ):
                kept.append((term, start, end))
        return kept

    def _in_context(
        self, neg: int, a: int, b: int, start: int, end: int, spans: list[Span]
    ) -> bool:
        """Whether negative match [a, b) is close enough to term match [start, end)."""
        near = self.profile.negative[neg].near
        if near == 0:
            return a < end and b > start
        if not (a < end + near and b > start - near):
            return False
        # a context word that is itself topic evidence ("card" in "green card") cancels nothing
        return not any(a < e and b > s for s, e in spans)


def _cancel_set(negative: TopicTerm, index: dict[str, int]) -> frozenset[int] | None:
    return frozenset(index[name] for name in negative.cancels) if negative.cancels else None
