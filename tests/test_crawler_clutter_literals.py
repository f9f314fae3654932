"""crawler.clutter.literals: every match of a regex holds one of the substrings read off it."""

from __future__ import annotations

import itertools
import re

import pytest

from crawler.clutter import promos
from crawler.clutter.literals import required_literals


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"newsletter", ("newsletter",)),
        (r"\bsign up\b", ("sign up",)),
        (r"\b(?:follow|folg\w*)\b.{0,60}\b(?:google news|whatsapp)\b", ("google news", "whatsapp")),
        (r"foo|ba[rz]", ("ba", "foo")),
        (r"(?:foo)?bar", ("bar",)),
        (r"x(?=y)z", ("x",)),
        (r"(?i:abc)def", ("def",)),
        (r"segui|seguici", ("segui",)),  # the longer holds the shorter
    ],
)
def test_literals_of_a_regex(pattern: str, expected: tuple[str, ...]) -> None:
    assert required_literals(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern", [r"\d+", r"(?:ab)?", r"a|\w", r"[ab]*c?"])
def test_no_literals_when_a_match_may_hold_none(pattern: str) -> None:
    assert required_literals(re.compile(pattern)) is None


def test_case_blind_regexes_are_not_read() -> None:
    assert required_literals(re.compile("abc", re.IGNORECASE)) is None


_SMALL = [
    r"ab|c", r"a(?:b|c)a", r"(?:ab)+c?", r"a{2}|bc", r"(?:a|b)c(?:a|cb)", r"\ba\w*b", r"(?>ab)c",
    r"(a)b\1", r"a.b|cc", r"(?:a(?:b|c)|c)a", r"[ab]c|a(?=b)b", r"a*?b+c", r"(?:abc|ab)c",
]  # fmt: skip


@pytest.mark.parametrize("pattern", _SMALL)
def test_every_match_holds_a_literal(pattern: str) -> None:
    """Every string of up to six letters of a, b, c, space that the regex matches (anywhere)
    holds one of its literals."""
    regex = re.compile(pattern)
    needs = required_literals(regex)
    assert needs is not None
    for size in range(7):
        for letters in itertools.product("abc ", repeat=size):
            text = "".join(letters)
            if regex.search(text):
                assert any(need in text for need in needs), (pattern, text, needs)


def test_gated_promotion_regexes_keep_their_matches() -> None:
    """The promotion lines that the gated regexes match pass their substring test."""
    lines = [
        "Sign up for our newsletter",
        "Follow us on WhatsApp for the latest news",
        "Turn on notifications to never miss a story",
        "This article is for subscribers only",
        "To continue reading, log in or subscribe",
        "Jetzt unseren Newsletter abonnieren",
        "Folgen Sie uns auf Telegram",
    ]
    for rule in (promos._NEWSLETTER, promos._PROMO, promos._PAYWALL, promos._READ_ON):
        assert rule.needs is not None
        for line in map(str.lower, lines):
            if rule.lowered.search(line):
                assert any(need in line for need in rule.needs), (rule.regex.pattern[:40], line)
    assert all(promos.is_promotion(line) for line in lines)
