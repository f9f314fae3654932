"""Topic relevance: score a title, lead and body against a TopicProfile, with evidence."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from crawler.items import Evidence, Relevance
from crawler.topic.termmatch import TermMatcher, Tokens, fold_text, tokenize
from settings.topics import TopicProfile, TopicTerm

BASELINE_KEYWORDS = (
    "immigration",
    "immigrant",
    "immigrants",
    "asylum",
    "deportation",
    "deported",
    "refugee",
    "refugees",
    "migrant",
    "migrants",
    "migration",
    "border",
    "visa",
    "citizenship",
)


@dataclass(frozen=True, slots=True)
class _Field:
    """Matches found in one field, after negatives: term index -> effective count."""

    counts: dict[int, float]
    cancelled: dict[int, tuple[int, float]]  # negative index -> (matches, raw points removed)


class TopicScorer:
    """Scores texts against one topic profile; patterns are compiled once here."""

    def __init__(self, name: str, profile: TopicProfile) -> None:
        self.name = name
        self.profile = profile
        self._terms = TermMatcher(profile.terms)
        self._negatives = TermMatcher(profile.negative)
        index = {term.pattern: i for i, term in enumerate(profile.terms)}
        index.update({term.label: i for i, term in enumerate(profile.terms)})
        cancels = [_cancel_set(neg, index) for neg in profile.negative]
        # for each term, the negatives that may cancel it
        self._negatives_for = [
            [n for n, allowed in enumerate(cancels) if allowed is None or term in allowed]
            for term in range(len(profile.terms))
        ]
        self._exemplars = _exemplar_vector(profile.exemplars)

    def score(self, title: str | None, text: str, *, summary: str | None = None) -> Relevance:
        """Score one text; title and lead (summary, or the text's first words) weigh more."""
        profile = self.profile
        cased = self._terms.has_cased or self._negatives.has_cased
        title_tokens = tokenize(fold_text(title or ""), cased=cased)
        text_tokens = _lead_and_body(summary, text, cased)
        lead_len = min(profile.lead_words, len(text_tokens.lower))
        title_field = self._match(title_tokens, len(title_tokens.lower))[0]
        lead_field, body_field = self._match(text_tokens, lead_len)
        n_words = len(text_tokens.lower)
        damp = min(1.0, math.sqrt(profile.reference_words / n_words)) if n_words else 1.0
        parts = {
            "lead": (lead_field, profile.lead_weight * damp),
            "body": (body_field, profile.body_weight * damp),
        }
        evidence = self._evidence(parts)
        text_points = sum(e.weight for e in evidence)
        gate = 1.0 if n_words <= profile.reference_words else self._title_gate(text_points)
        evidence = self._evidence({"title": (title_field, profile.title_weight * gate)}) + evidence
        evidence += self._exemplar_evidence(title_tokens.lower + text_tokens.lower)
        score = round(sum(e.weight for e in evidence), 3)
        negatives = self._negative_evidence((title_field, lead_field, body_field))
        return Relevance(
            topic=self.name,
            score=score,
            is_relevant=score >= profile.threshold,
            evidence=tuple(sorted(evidence, key=lambda e: -e.weight)) + negatives,
        )

    def _title_gate(self, text_points: float) -> float:
        # a long article is on topic because of its text; a title match alone only counts in
        # proportion to the support the text gives it (a refugee founder's AI interview is not)
        return min(1.0, text_points / self.profile.threshold)

    def _match(self, tokens: Tokens, lead_len: int) -> tuple[_Field, _Field]:
        """Term matches split at `lead_len` into (lead, body), with negative contexts applied."""
        found = self._terms.find(tokens.lower, tokens.cased)
        contexts: dict[int, list[tuple[int, int]]] = {}
        if found:
            for neg, a, b in self._negatives.find(tokens.lower, tokens.cased, overlapping=True):
                contexts.setdefault(neg, []).append((a, b))
        spans = [(start, end) for _, start, end in found]
        lead: dict[int, float] = {}
        body: dict[int, float] = {}
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
                bucket = lead if start < lead_len else body
                bucket[term] = bucket.get(term, 0.0) + kept
        return _Field(lead, cancelled), _Field(body, {})

    def _in_context(
        self, neg: int, a: int, b: int, start: int, end: int, spans: list[tuple[int, int]]
    ) -> bool:
        """Whether negative match [a, b) is close enough to term match [start, end)."""
        near = self.profile.negative[neg].near
        if near == 0:
            return a < end and b > start
        if not (a < end + near and b > start - near):
            return False
        # a context word that is itself topic evidence ("card" in "green card") cancels nothing
        return not any(a < e and b > s for s, e in spans)

    def _evidence(self, parts: dict[str, tuple[_Field, float]]) -> list[Evidence]:
        evidence = []
        for field_name, (field, multiplier) in parts.items():
            for term, count in field.counts.items():
                points = self.profile.terms[term].weight * _saturate(count) * multiplier
                if points > 0:
                    label = self.profile.terms[term].label
                    evidence.append(
                        Evidence(label, field_name, max(1, round(count)), round(points, 3))
                    )
        return evidence

    def _negative_evidence(self, fields: Sequence[_Field]) -> tuple[Evidence, ...]:
        totals: dict[int, tuple[int, float]] = {}
        for field in fields:
            for neg, (n, points) in field.cancelled.items():
                old_n, old_points = totals.get(neg, (0, 0.0))
                totals[neg] = (old_n + n, old_points + points)
        return tuple(
            Evidence(self.profile.negative[neg].label, "negative", n, -round(points, 3))
            for neg, (n, points) in sorted(totals.items())
        )

    def _exemplar_evidence(self, tokens: list[str]) -> list[Evidence]:
        if not self._exemplars or self.profile.exemplar_weight <= 0:
            return []
        similarity = _cosine(_bag(tokens), self._exemplars)
        points = round(self.profile.exemplar_weight * similarity, 3)
        return [Evidence("exemplars", "body", 1, points)] if points > 0 else []


def _lead_and_body(summary: str | None, text: str, cased: bool) -> Tokens:
    """Summary words then text words; a summary the text repeats at its start is dropped."""
    folded = fold_text(text)
    if summary:
        folded_summary = fold_text(summary)
        head = tokenize(folded_summary).lower
        if tokenize(folded[: len(folded_summary) + 16]).lower[: len(head)] != head:
            folded = folded_summary + "\n" + folded
    return tokenize(folded, cased=cased)


def _cancel_set(negative: TopicTerm, index: dict[str, int]) -> frozenset[int] | None:
    return frozenset(index[name] for name in negative.cancels) if negative.cancels else None


def _saturate(count: float) -> float:
    # the second mention of a term adds less than the first, the tenth almost nothing
    return count if count <= 1.0 else 1.0 + math.log(count)


def _bag(tokens: list[str]) -> dict[str, float]:
    """Counts of six-letter stems; words of four letters or fewer are mostly function words."""
    bag: dict[str, float] = {}
    for token in tokens:
        if len(token) > 4:
            bag[token[:6]] = bag.get(token[:6], 0.0) + 1.0
    return bag


def _cosine(bag: dict[str, float], centroid: dict[str, float]) -> float:
    dot = sum(value * centroid.get(key, 0.0) for key, value in bag.items())
    norm = math.sqrt(sum(v * v for v in bag.values()))
    return dot / norm if norm else 0.0


def _exemplar_vector(exemplars: list[str]) -> dict[str, float]:
    """Unit-length centroid of the exemplars' word stems (six-letter prefixes)."""
    centroid: dict[str, float] = {}
    for text in exemplars:
        bag = _bag(tokenize(fold_text(text)).lower)
        norm = math.sqrt(sum(v * v for v in bag.values())) or 1.0
        for key, value in bag.items():
            centroid[key] = centroid.get(key, 0.0) + value / norm
    norm = math.sqrt(sum(v * v for v in centroid.values()))
    return {key: value / norm for key, value in centroid.items()} if norm else {}


def keyword_baseline(
    title: str | None,
    text: str,
    *,
    summary: str | None = None,
    keywords: Sequence[str] = BASELINE_KEYWORDS,
) -> Relevance:
    """The plain keyword filter: relevant when any keyword occurs anywhere (for benchmarks)."""
    joined = " ".join(part for part in (title, summary, text) if part).lower()
    evidence = []
    for keyword in keywords:
        count = len(re.findall(rf"\b{re.escape(keyword.lower())}\b", joined))
        if count:
            evidence.append(Evidence(keyword, "body", count, 1.0))
    return Relevance("keyword-baseline", float(len(evidence)), bool(evidence), tuple(evidence))
