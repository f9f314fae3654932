"""Topic profiles: the shipped profile, validation, and user profiles from the config file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from settings import load_settings
from settings.topics import TopicProfile, TopicTerm, load_builtin_topics


def test_builtin_immigration_profile_loads() -> None:
    profile = load_builtin_topics()["immigration-policy"]
    assert profile.threshold > 0
    assert len(profile.terms) > 50
    assert profile.negative, "the shipped profile carries negative contexts"
    patterns = " ".join(term.pattern for term in profile.terms)
    for word in ("asyl*", "abschieb*", "fluchtling*", "expulsion", "asilo", "deportacion"):
        assert word in patterns


def test_builtin_negatives_cancel_known_terms() -> None:
    profile = load_builtin_topics()["immigration-policy"]
    labels = {term.label for term in profile.terms}
    for negative in profile.negative:
        assert set(negative.cancels) <= labels


def test_term_label_defaults_to_pattern() -> None:
    assert TopicTerm(pattern="asylum").label == "asylum"
    assert TopicTerm(pattern="asylum|asile", name="asylum").label == "asylum"


def test_cancels_must_name_a_term() -> None:
    with pytest.raises(ValidationError, match="unknown terms"):
        TopicProfile(
            terms=[TopicTerm(pattern="border")],
            negative=[TopicTerm(pattern="collie", near=2, cancels=["frontier"])],
        )


@pytest.mark.parametrize(
    "pattern", ["re:(unclosed", "   ", "***"], ids=["bad-regex", "blank", "no-words"]
)
def test_bad_patterns_are_rejected(pattern: str) -> None:
    with pytest.raises(ValidationError):
        TopicTerm(pattern=pattern)


def test_user_profile_from_config_file(tmp_path: Path) -> None:
    config = tmp_path / "newsagg.toml"
    config.write_text(
        'topic = "beekeeping"\n'
        "[topics.beekeeping]\n"
        "threshold = 3.0\n"
        'terms = [{ pattern = "honeybee*|beehive*", weight = 3.0, name = "bees" }]\n'
        'negative = [{ pattern = "spelling", near = 1, cancels = ["bees"] }]\n'
        'exemplars = ["Beekeepers report colony losses after a cold spring."]\n',
        encoding="utf-8",
    )
    settings = load_settings(config, environ={})
    profile = settings.topic_profile()
    assert profile is not None
    assert profile.terms[0].label == "bees"
    assert profile.negative[0].cancels == ["bees"]
    assert "immigration-policy" in settings.topics, "built-in profiles stay available"
