"""Topic profiles: weighted terms and phrases, negative contexts and exemplars, kept in TOML."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

from pydantic import BaseModel, Field, field_validator, model_validator

PATTERN_HELP = (
    "words or a phrase, matched whole-word, case- and accent-insensitively; 'a|b' lists "
    "alternatives, 'word*' matches words starting with 'word', '*part*' words containing 'part' "
    "(compounds); prefix 're:' for a regular expression over lower-cased, accent-free text"
)


class TopicTerm(BaseModel):
    """A word or phrase that signals the topic (or, in `negative`, that cancels a match)."""

    pattern: str = Field(description=PATTERN_HELP)
    name: str | None = Field(
        None, description="short label for evidence and for `cancels`; default: the pattern"
    )
    weight: float = Field(
        1.0, description="points per match; in `negative`, the share of a cancelled match removed"
    )
    case_sensitive: bool = Field(False, description="match the exact case (acronyms like ICE)")
    near: int = Field(
        0,
        ge=0,
        description="words either side searched for a negative (0: it must overlap the match) "
        "or for a term's `context`",
    )
    context: str | None = Field(
        None,
        description="term only: a pattern one of whose words or phrases must occur within `near` "
        "words for a match to count (an ambiguous word such as 'wall' next to 'border')",
    )
    cancels: list[str] = Field(
        default_factory=list,
        description="negative only: names (or patterns) of the terms it cancels; empty: all",
    )

    @field_validator("pattern", "context")
    @classmethod
    def _check_pattern(cls, value: str | None) -> str | None:
        if value is None:
            return value
        if not value.strip():
            raise ValueError("empty pattern")
        if value.startswith("re:"):
            try:
                re.compile(value[3:])
            except re.error as exc:
                raise ValueError(f"invalid regular expression {value!r}: {exc}") from exc
        elif not re.search(r"\w", value):
            raise ValueError(f"pattern {value!r} has no word characters")
        return value

    @property
    def label(self) -> str:
        return self.name or self.pattern


class TopicProfile(BaseModel):
    """What makes a text on topic; scored by crawler.topic.relevance."""

    description: str = ""
    threshold: float = Field(2.0, description="score at or above which a text is relevant")
    terms: list[TopicTerm] = Field(default_factory=list)
    negative: list[TopicTerm] = Field(
        default_factory=list, description="contexts that cancel a nearby term match"
    )
    exemplars: list[str] = Field(
        default_factory=list, description="example on-topic texts; add a similarity signal"
    )
    exemplar_weight: float = Field(
        0.0, ge=0, description="points for a text identical in wording to the exemplars"
    )
    title_weight: float = Field(2.0, ge=0, description="multiplier for matches in the title")
    lead_weight: float = Field(1.5, ge=0, description="multiplier for matches in the lead")
    body_weight: float = Field(1.0, ge=0, description="multiplier for matches in the body")
    lead_words: int = Field(
        60, ge=0, description="words at the start of the text (or the summary) that form the lead"
    )
    reference_words: int = Field(
        120,
        ge=1,
        description="text length up to which a text counts as a brief: its evidence is taken "
        "in full, wherever it sits",
    )
    paragraph_words: int = Field(
        120, ge=10, description="paragraphs longer than twice this are cut in chunks of it"
    )
    topical_points: float = Field(
        2.5, gt=0, description="points a paragraph's matches must reach for it to be topical"
    )
    topical_share: float = Field(
        0.3,
        gt=0,
        le=1,
        description="share of topical paragraphs at which a longer text's evidence counts in "
        "full; below it lead and body points are scaled by share / topical_share, so passing "
        "mentions fail and evidence spread over a long text does not",
    )
    topical_min: int = Field(
        2,
        ge=1,
        description="topical paragraphs a longer text needs for its evidence to count in full; "
        "with fewer it is scaled by topical / topical_min (one paragraph is a passing mention)",
    )
    topical_full: int = Field(
        4,
        ge=1,
        description="topical paragraphs at which a longer text counts in full whatever its "
        "length (evidence spread over a long article)",
    )
    title_support: float = Field(
        1.5,
        ge=0,
        description="lead and body points at which the title of a longer text counts in full, "
        "unless the title reaches the threshold on its own and a paragraph is on topic; below "
        "it the title counts in proportion (the body must be consistent with the title)",
    )

    @model_validator(mode="after")
    def _check_cancels(self) -> TopicProfile:
        known = {term.label for term in self.terms} | {term.pattern for term in self.terms}
        for negative in self.negative:
            unknown = [name for name in negative.cancels if name not in known]
            if unknown:
                raise ValueError(
                    f"negative {negative.pattern!r} cancels unknown terms {unknown}; "
                    "use a term's name or exact pattern"
                )
        return self


def load_builtin_topics() -> dict[str, TopicProfile]:
    """The profiles shipped with the package (settings/profiles/*.toml), keyed by file stem."""
    profiles: dict[str, TopicProfile] = {}
    folder = resources.files("settings") / "profiles"
    for item in folder.iterdir():
        if item.name.endswith(".toml"):
            data = tomllib.loads(item.read_text(encoding="utf-8"))
            profiles[item.name.removesuffix(".toml")] = TopicProfile.model_validate(data)
    return profiles
