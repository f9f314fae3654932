"""Who a credited name is: agencies, outlets and the page's own site are never people."""

from __future__ import annotations

import pytest

from crawler.extract.authors import parse_byline, sort_names
from crawler.extract.credits import is_organisation, is_role_byline, outlet_of


@pytest.mark.parametrize(
    ("url", "site_names", "name"),
    [
        ("https://www.n-tv.de/politik/a.html", ["n-tv.de"], "N-Tv Nachrichten"),
        ("https://www.mdr.de/nachrichten/a.html", [], "Mdr De"),
        ("https://www.stuttgarter-zeitung.de/a.html", [], "Stuttgarter Zeitung"),
        ("https://www.der-postillon.com/2025/a.html", ["Der Postillon"], "Der Postillon"),
        ("https://orf.at/stories/1/", ["news.ORF.at"], "ORF.at"),
    ],
)
def test_the_outlets_own_name_is_its_own(url: str, site_names: list[str], name: str) -> None:
    assert outlet_of(url, site_names).owns(name)
    assert sort_names([name], outlet_of(url, site_names)) == ((), (name,))


@pytest.mark.parametrize("name", ["Tazmin Roe", "Anna Mdrova", "Sarah Needleman"])
def test_a_person_is_not_the_outlet_because_of_a_shared_prefix(name: str) -> None:
    assert not outlet_of("https://taz.de/a", ["taz"]).owns(name)
    assert not is_organisation(name, outlet_of("https://www.mdr.de/a", []))


@pytest.mark.parametrize(
    "name", ["AP", "dpa", "Reuters", "Agence France-Presse", "Focus Online", "India Post", "新华社"]
)
def test_agencies_and_outlets_are_organisations(name: str) -> None:
    assert is_organisation(name)


@pytest.mark.parametrize(
    ("name", "is_role"),
    [("Staff Reporter", True), ("Desk Reporter", True), ("News Desk", True),
     ("Redaktion", True), ("Jane Doe", False), ("Focus Online", False)],
)  # fmt: skip
def test_role_bylines(name: str, is_role: bool) -> None:
    assert is_role_byline(name) is is_role


@pytest.mark.parametrize(
    ("raw", "authors", "credits"),
    [
        ("Jane Doe / AP", ("Jane Doe",), ("AP",)),
        ("By MICHAEL KUNZELMAN and CLAUDIA LAUER Associated Press",
         ("Michael Kunzelman", "Claudia Lauer"), ("Associated Press",)),
        ("Von Hans Müller und Katrin Schäfer, dpa", ("Hans Müller", "Katrin Schäfer"), ("dpa",)),
        ("Par Marie Dupont et Jean Martin (AFP)", ("Marie Dupont", "Jean Martin"), ("AFP",)),
        ("dpa/AFP", (), ("dpa", "AFP")),
        ("Post by : Desk Reporter", ("Desk Reporter",), ()),
        ("Jane Doe, Staff Writer", ("Jane Doe",), ()),
        ("Needleman, Sarah", ("Sarah Needleman",), ()),
        ("Roger Gonzalez Nov", ("Roger Gonzalez",), ()),
        ("Laura June Topolsky July 12, 2024", ("Laura June Topolsky",), ()),
        ("By Jane Doe on Tuesday, March 4, 2025 10:15", ("Jane Doe",), ()),
        ("Theresa May", ("Theresa May",), ()),
        ("By Wei Sun", ("Wei Sun",), ()),
        ("Por Ana García y Luis Pérez", ("Ana García", "Luis Pérez"), ()),
        ("Di Marco Rossi e Giulia Bianchi", ("Marco Rossi", "Giulia Bianchi"), ()),
        ("Di Maio", ("Di Maio",), ()),
        ("Af Lars Hansen og Mette Jensen, Ritzau", ("Lars Hansen", "Mette Jensen"), ("Ritzau",)),
        ("Per Jordi Puig i Marta Vila", ("Jordi Puig", "Marta Vila"), ()),
        ("Joe E. Brown", ("Joe E. Brown",), ()),
        ("作者：张伟、李娜", ("张伟", "李娜"), ()),
        ("记者 王小明 陈静", ("王小明", "陈静"), ()),
        ("文/阿卜杜拉·买买提", ("阿卜杜拉·买买提",), ()),
    ],
)  # fmt: skip
def test_sort_names(raw: str, authors: tuple[str, ...], credits: tuple[str, ...]) -> None:
    assert sort_names([raw]) == (authors, credits)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Jane Doe, dpa", ("Jane Doe", "dpa")),
        ("By Jane Doe / AP", ("Jane Doe", "AP")),
        ("Post by : Desk Reporter", ("Desk Reporter",)),
        ("作者：张伟、李娜", ("张伟", "李娜")),
        ("Di Maio", None),
    ],
)
def test_parse_byline_keeps_agencies_for_the_credits(
    line: str, names: tuple[str, ...] | None
) -> None:
    assert parse_byline(line) == names
