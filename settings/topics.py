"""Topic profiles: weighted terms and phrases, negative contexts and exemplars, kept in TOML."""

from __future__ import annotations

import tomllib
from importlib import resources

from pydantic import BaseModel, Field


class TopicTerm(BaseModel):
    """A word or phrase that signals the topic (or, in `negative`, that cancels a match)."""

    pattern: str = Field(description="word or phrase; prefix 're:' for a regular expression")
    weight: float = 1.0


class TopicProfile(BaseModel):
    """What makes a text on topic; scored by crawler.relevance."""

    description: str = ""
    threshold: float = Field(2.0, description="score at or above which a text is relevant")
    terms: list[TopicTerm] = Field(default_factory=list)
    negative: list[TopicTerm] = Field(
        default_factory=list, description="contexts that cancel a nearby term match"
    )
    exemplars: list[str] = Field(default_factory=list)


def load_builtin_topics() -> dict[str, TopicProfile]:
    """The profiles shipped with the package (settings/profiles/*.toml), keyed by file stem."""
    profiles: dict[str, TopicProfile] = {}
    folder = resources.files("settings") / "profiles"
    for item in folder.iterdir():
        if item.name.endswith(".toml"):
            data = tomllib.loads(item.read_text(encoding="utf-8"))
            profiles[item.name.removesuffix(".toml")] = TopicProfile.model_validate(data)
    return profiles
