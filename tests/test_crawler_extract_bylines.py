"""Byline lines at the edges of the extracted text become the article's authors."""

from __future__ import annotations

import html
from datetime import UTC, datetime

import pytest

from crawler.extract import extract_article
from crawler.items import Article, Page

NOW = datetime(2025, 12, 1, tzinfo=UTC)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def extracted(page: Page) -> Article:
    extraction = extract_article(page, now=NOW)
    assert extraction is not None
    return extraction.article


BYLINE_BODY = [
    "The city council voted 7-2 on Wednesday to ban police and other municipal agencies from "
    "using facial recognition technology, joining a growing list of cities.",
    "Supporters of the ordinance cited studies showing that some systems misidentify people with "
    "darker skin at higher rates, and pointed to wrongful arrests in other cities.",
    "The police chief had asked the council to allow limited use in investigations of violent "
    "crimes, arguing that the software helps detectives generate leads.",
]


def byline_page(first_line: str, head: str = "") -> Page:
    rows = "".join(f"<p>{esc(line)}</p>" for line in [first_line, *BYLINE_BODY])
    page = f"<html><head>{head}</head><body><article>{rows}</article></body></html>"
    return Page(url="https://news.example/a", html=page.encode())


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Post by : Saif Nasser", ("Saif Nasser",)),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("BY JANE DOE | Reuters", ("Jane Doe",)),
        ("By Jane Doe, Reuters", ("Jane Doe",)),
        ("By Jane Doe, Staff Writer", ("Jane Doe",)),
        ("Written by Ahmed Al-Sayed - Updated 2 hours ago", ("Ahmed Al-Sayed",)),
        ("Posted by Mary van der Berg on March 3, 2025", ("Mary van der Berg",)),
        ("Von Hans Müller und Katrin Schäfer", ("Hans Müller", "Katrin Schäfer")),
        ("Par Marie Dupont et Jean-Luc Martin", ("Marie Dupont", "Jean-Luc Martin")),
        ("Por María José García", ("María José García",)),
        ("Autor: Jonas Becker", ("Jonas Becker",)),
        ("By Li Wei (@liwei_news)", ("Li Wei",)),
    ],
)
def test_byline_line_moves_to_authors(line: str, authors: tuple[str, ...]) -> None:
    article = extracted(byline_page(line))
    assert article.authors == authors
    assert article.text.splitlines() == BYLINE_BODY


@pytest.mark.parametrize(
    "line",
    [
        "Von der Leyen said the commission would present a proposal in the spring.",
        "By the end of the year, the council expects to review the first reports.",
        "By 2030 the city wants all buses to run on electricity, officials said on Monday.",
    ],
)
def test_sentences_that_look_like_bylines_stay(line: str) -> None:
    article = extracted(byline_page(line))
    assert article.authors == ()
    assert article.text.splitlines()[0] == line


def test_existing_authors_are_kept_after_byline_names() -> None:
    meta = '<meta name="author" content="John Roe">'
    article = extracted(byline_page("By Jane Doe", head=meta))
    assert article.authors == ("Jane Doe", "John Roe")
