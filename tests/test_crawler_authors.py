"""Author names: cleaning raw strings and recognising byline lines."""

from __future__ import annotations

import pytest

from crawler.extract.authors import clean_author, parse_byline, split_authors


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("Jane Doe; John Roe", ("Jane Doe", "John Roe")),
        ("Jane Doe, John Roe & Li Wei", ("Jane Doe", "John Roe", "Li Wei")),
        ("By JANE DOE | Reuters", ("Jane Doe",)),
        ("Jane Doe, Reuters", ("Jane Doe",)),
        ("Jane Doe,", ("Jane Doe",)),
        ("jane.doe@news.example; @janedoe; https://twitter.com/janedoe", ()),
        ("Jane Doe (jane.doe@news.example)", ("Jane Doe",)),
        ("Von Hans Müller und Katrin Schäfer", ("Hans Müller", "Katrin Schäfer")),
        ("Par Marie Dupont et Jean Martin", ("Marie Dupont", "Jean Martin")),
        ("Staff Writer", ("Staff Writer",)),  # a role byline, as given
        ("The Editors", ("The Editors",)),
        ("Jane Doe, Jane Doe", ("Jane Doe",)),
    ],
)
def test_split_authors(raw: str, names: tuple[str, ...]) -> None:
    assert split_authors(raw) == names


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("  By: Saif Nasser, ", "Saif Nasser"),
        ("SAIF NASSER", "Saif Nasser"),
        ("by 2030", None),
        ("", None),
    ],
)
def test_clean_author(raw: str, name: str | None) -> None:
    assert clean_author(raw) == name


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Post by : Saif Nasser", ("Saif Nasser",)),
        ("By Jane Doe on May 5, 2024", ("Jane Doe",)),
        ("Written by Ahmed Al-Sayed - Updated 2 hours ago", ("Ahmed Al-Sayed",)),
        ("Door Jan de Vries", ("Jan de Vries",)),
        ("von Open Source Software (OSS) ein und entwickeln einen Leitfaden.", None),
        ("By the numbers", None),
        ("Von der Leyen", None),
        ("Reporting by Ted Hesson; Editing by Mary Milliken", None),
        ("By Jane Doe, the reporter who covered the border crisis for a decade", None),
    ],
)
def test_parse_byline(line: str, names: tuple[str, ...] | None) -> None:
    assert parse_byline(line) == names
