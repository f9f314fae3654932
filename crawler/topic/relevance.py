"""Topic relevance: score a title, lead and body against a TopicProfile, with evidence; where
the evidence sits (title, lead, share of paragraphs on topic) decides, not counts alone."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from crawler.items import Evidence, Relevance
from crawler.topic.placement import Layout, lay_out, topical_paragraphs
from crawler.topic.senses import Matches, SenseMatcher
from crawler.topic.termmatch import fold_text, tokenize
from settings.topics import TopicProfile

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


class TopicScorer:
    """Scores texts against one topic profile; patterns are compiled once here."""

    def __init__(self, name: str, profile: TopicProfile) -> None:
        self.name = name
        self.profile = profile
        self._senses = SenseMatcher(profile)
        self._exemplars = _exemplar_vector(profile.exemplars)

    def score(self, title: str | None, text: str, *, summary: str | None = None) -> Relevance:
        """Score one text: title, lead (summary, or the text's first words) and body; the lead
        and body of a longer text are scaled by the share of its paragraphs that are on topic."""
        profile, cased = self.profile, self._senses.has_cased
        title_tokens = tokenize(fold_text(title or ""), cased=cased)
        layout = lay_out(summary, text, cased=cased, paragraph_words=profile.paragraph_words)
        title_matches = self._senses.match(title_tokens)
        text_matches = self._senses.match(layout.tokens)
        n_words = len(layout.tokens.lower)
        lead_len = min(profile.lead_words, n_words)
        text_evidence = self._evidence(
            "lead", [m for m in text_matches.kept if m[1] < lead_len], profile.lead_weight
        ) + self._evidence(
            "body", [m for m in text_matches.kept if m[1] >= lead_len], profile.body_weight
        )
        scaled, placement, topical = self._placement(layout, text_matches, text_evidence, n_words)
        gate = 1.0
        if n_words > profile.reference_words:
            gate = self._title_gate(
                self._evidence("title", title_matches.kept, 1.0), scaled, topical
            )
        evidence = self._evidence("title", title_matches.kept, profile.title_weight * gate)
        evidence += scaled + self._exemplar_evidence(title_tokens.lower + layout.tokens.lower)
        score = round(sum(e.weight for e in evidence), 3)
        return Relevance(
            topic=self.name,
            score=score,
            is_relevant=score >= profile.threshold,
            evidence=tuple(sorted(evidence, key=lambda e: -e.weight))
            + placement
            + self._senses.negative_evidence((title_matches, text_matches)),
        )

    def _placement(
        self, layout: Layout, matches: Matches, evidence: list[Evidence], n_words: int
    ) -> tuple[list[Evidence], tuple[Evidence, ...], int]:
        """Lead and body evidence of a longer text scaled by how much of it is on topic, the
        placement record of what that removed, and the number of topical paragraphs."""
        profile = self.profile
        if n_words <= profile.reference_words or not evidence:
            return evidence, (), 0
        weights = [term.weight for term in profile.terms]
        points = [(start, term, weights[term] * kept) for term, start, kept in matches.kept]
        topical, counted = topical_paragraphs(layout, points, profile.topical_points)
        # full credit for a large enough share of topical paragraphs, or for enough of them
        # anywhere in a long text; never for a single one; squared, so that one dense paragraph
        # in a long multi-issue text cannot carry it
        coverage = max(topical / counted / profile.topical_share, topical / profile.topical_full)
        scale = min(1.0, coverage, topical / profile.topical_min) ** 2
        if scale >= 1.0:
            return evidence, (), topical
        scaled = [replace(e, weight=round(e.weight * scale, 3)) for e in evidence]
        removed = sum(e.weight for e in evidence) - sum(e.weight for e in scaled)
        label = f"topical paragraphs {topical}/{counted}"
        record = Evidence(label, "placement", topical, -round(removed, 3))
        return [e for e in scaled if e.weight > 0], (record,), topical

    def _title_gate(self, title: list[Evidence], text: list[Evidence], topical: int) -> float:
        """How much the title of a longer text counts: in full when it is clear on its own and
        a paragraph of the text is on topic; else in proportion to the text's support."""
        clear = sum(e.weight for e in title) >= self.profile.threshold
        if clear and topical > 0:
            return 1.0
        # a title match alone does not carry an unrelated text (a refugee founder's AI startup)
        support = self.profile.title_support
        return 1.0 if support <= 0 else min(1.0, sum(e.weight for e in text) / support)

    def _evidence(
        self, field_name: str, matches: list[tuple[int, int, float]], multiplier: float
    ) -> list[Evidence]:
        counts: dict[int, float] = {}
        for term, _, kept in matches:
            counts[term] = counts.get(term, 0.0) + kept
        evidence = []
        for term, count in counts.items():
            points = self.profile.terms[term].weight * _saturate(count) * multiplier
            if points > 0:
                label = self.profile.terms[term].label
                evidence.append(Evidence(label, field_name, max(1, round(count)), round(points, 3)))
        return evidence

    def _exemplar_evidence(self, tokens: list[str]) -> list[Evidence]:
        if not self._exemplars or self.profile.exemplar_weight <= 0:
            return []
        similarity = _cosine(_bag(tokens), self._exemplars)
        points = round(self.profile.exemplar_weight * similarity, 3)
        return [Evidence("exemplars", "body", 1, points)] if points > 0 else []


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
