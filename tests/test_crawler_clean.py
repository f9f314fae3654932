"""clean_article on text alone: bylines, cue and boilerplate lines, headline runs, body kept,
whitespace, UTC dates, template memory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from crawler.clutter.clean import clean_article, page_hints
from crawler.clutter.template import TemplateMemory
from crawler.items import Article

SEED = (Path(__file__).parent / "data" / "clutter" / "seed_000.txt").read_text(encoding="utf-8")
SEED_LINES = SEED.splitlines()

BODY = [
    "The city council voted 7-2 on Wednesday to ban police and other municipal agencies from "
    "using facial recognition technology, joining a growing list of cities that have restricted "
    "the tools over concerns about privacy and accuracy.",
    "Supporters of the ordinance cited studies showing that some systems misidentify people with "
    "darker skin at higher rates, and pointed to wrongful arrests in other cities that were based "
    "on faulty matches.",
    "The police chief had asked the council to allow limited use in investigations of violent "
    "crimes, arguing that the software helps detectives generate leads. The final ordinance "
    "includes no such exception.",
    "Under the new rules, any agency that wants to acquire surveillance technology must first "
    "publish a report on its intended use and hold a public hearing.",
]


def clean(text: str, **fields: object) -> Article:
    return clean_article(Article(url="https://news.example/a", text=text, **fields))  # type: ignore[arg-type]


def test_seed_as_plain_text() -> None:
    article = clean(SEED)
    assert article.text.splitlines() == SEED_LINES[1:14]
    assert article.authors == ("Saif Nasser",)


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
    article = clean("\n".join([line, *BODY]))
    assert article.authors == authors
    assert article.text.splitlines() == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Von der Leyen said the commission would present a proposal in the spring.",
        "By the end of the year, the council expects to review the first reports.",
        "Di Maio",
        "By 2030 the city wants all buses to run on electricity, officials said on Monday.",
    ],
)
def test_sentences_that_look_like_bylines_stay(line: str) -> None:
    article = clean("\n".join([line, *BODY]))
    assert article.authors == ()
    assert article.text.splitlines()[0] == line


def test_metadata_authors_win_over_byline_names() -> None:
    article = clean("\n".join(["By Jane Doe", *BODY]), authors=("John Roe", "jane doe"))
    assert article.authors == ("John Roe", "jane doe")


def test_byline_names_fill_in_when_metadata_names_nobody() -> None:
    article = clean("\n".join(["By Jane Doe / AP", *BODY]), authors=())
    assert (article.authors, article.credits) == (("Jane Doe",), ("AP",))


@pytest.mark.parametrize(
    "line",
    [
        "Read also: Germany Tightens Asylum Rules After Regional Election Losses",
        "RELATED: Border towns brace for end of expulsion policy",
        "See more: Top Seed Cruises Into Semi-Finals",
        "Lesen Sie auch: Kommunen fordern mehr Geld für Unterbringung",
        "À lire aussi : Calais, nouvelles tentatives de traversée",
        "Sign up for our daily newsletter to get the top stories delivered to your inbox.",
        "Never miss a story: subscribe to the Morning Brief newsletter.",
        "Share this article",
        "Share on Facebook Share on Twitter Email",
        "Advertisement",
        "Story continues below advertisement",
        "Photo: Alex Brandon / AP",
        "(Photo by Chris Lee/Getty Images)",
        "Foto: dpa",
        "Crédit photo : AFP",
        "Migrants wait at the border crossing in Tijuana. (AP Photo/Gregory Bull)",
        "© 2025 Daily Ledger. All rights reserved.",
    ],
)
def test_cue_and_boilerplate_lines_go(line: str) -> None:
    text = "\n".join([*BODY[:2], line, *BODY[2:]])
    assert clean(text).text.splitlines() == BODY


@pytest.mark.parametrize(
    "line",
    [
        "The newsletter, which reaches 40,000 readers, was first published in 1998 by a group of "
        "volunteers who wanted to cover local politics.",
        "Print media have lost more than half of their advertising revenue since 2010.",
        "Share prices of the two companies fell by more than ten percent after the announcement.",
    ],
)
def test_prose_mentioning_boilerplate_words_stays(line: str) -> None:
    text = "\n".join([*BODY[:2], line, *BODY[2:]])
    assert line in clean(text).text.splitlines()


def test_title_case_headlines_after_the_body_go() -> None:
    related = [
        "Senate Passes Stopgap Spending Bill Hours Before Deadline",
        "Governor Signs Law Expanding Early Voting Hours",
        "Mayor Unveils Plan to Convert Offices Into Apartments",
        "Star Striker Ruled Out for Six Weeks With Hamstring Injury",
    ]
    assert clean("\n".join(BODY + related)).text.splitlines() == BODY


def test_teasers_cut_with_ellipsis_between_paragraphs_go() -> None:
    items = [
        "Border Towns Brace for End of Pandemic-Era Expulsion Policy",
        "Shelters in several Texas cities are adding beds and asking for volunteers ahead of…",
        "Immigration Judges Union Warns of Courtroom Backlog Crisis",
        "Judges say they are each responsible for thousands of pending cases and that hearings…",
    ]
    text = "\n".join([*BODY[:2], *items, *BODY[2:]])
    assert clean(text).text.splitlines() == BODY


def test_numbered_trending_list_with_times_goes() -> None:
    trending = [
        "Most read",
        "1",
        "Tech Giant Unveils Foldable Phone With Week-Long Battery",
        "2 hours ago",
        "2",
        "Heatwave Warning Issued as Temperatures Set to Hit 40C",
        "35 minutes ago",
        "3",
        "Chef's Secret to the Perfect Sourdough Revealed",
        "5 hours ago",
    ]
    assert clean("\n".join(BODY + trending)).text.splitlines() == BODY


def test_link_hints_catch_sentence_case_headlines() -> None:
    items = [
        "Bahnstreik legt Fernverkehr am Wochenende lahm",
        "Kommunen fordern mehr Geld für Unterbringung Geflüchteter",
        "Einbürgerungen erreichen Höchststand seit zwanzig Jahren",
    ]
    html = "<html><body>" + "".join(f"<a href='/{i}'>{t}</a>" for i, t in enumerate(items))
    text = "\n".join(BODY + items)
    assert clean(text).text.splitlines() == BODY + items  # shape alone proves nothing here
    hinted = clean_article(Article(url="u", text=text), html=(html + "</body></html>").encode())
    assert hinted.text.splitlines() == BODY


@pytest.mark.parametrize(
    "extra",
    [
        # sub-headings followed by their paragraphs
        ["What the rule would have done", BODY[1], "What happens next", BODY[2]],
        # a content list of facts
        ["- 7,500 refugee places in 2026", "- 100,000 places in 2024", "- priority for families"],
        # a question and answer section with short answers
        [
            "Who is affected?",
            "Agencies of the city, including the police department.",
            "When does it start?",
            "The ordinance takes effect in thirty days.",
        ],
    ],
    ids=["subheadings", "fact_list", "questions"],
)
def test_article_structure_is_kept(extra: list[str]) -> None:
    lines = [BODY[0], *extra, BODY[3]]
    assert clean("\n".join(lines)).text.splitlines() == lines


def test_a_list_that_is_most_of_the_text_is_content() -> None:
    lines = [
        "Our recommendations this week:",
        "Ernest Cline: Armada – A Novel About Gamers",
        "Mobile And Stationary Console: Nintendo Switch",
        "Cute Robot Companion: Anki Cozmo Review",
        "Snow Crash: The Classic Cyberpunk Novel",
    ]
    assert clean("\n".join(lines)).text.splitlines() == lines


def test_whitespace_is_normalised() -> None:
    article = clean(
        "  First\u00a0line  with \t tabs\u200b.\n\n\n Second line.\u00ad \n", title=" A  title "
    )
    assert article.text == "First line with tabs.\nSecond line."
    assert article.title == "A title"


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (
            datetime(2025, 3, 14, 16, 20, tzinfo=timezone(timedelta(hours=-4))),
            datetime(2025, 3, 14, 20, 20, tzinfo=UTC),
        ),
        (datetime(2025, 3, 14, 16, 20), datetime(2025, 3, 14, 16, 20, tzinfo=UTC)),
        (None, None),
    ],
)
def test_dates_become_utc(published: datetime | None, expected: datetime | None) -> None:
    article = clean("\n".join(BODY), published_at=published)
    assert article.published_at == expected
    assert article.published_at is None or article.published_at.utcoffset() == timedelta(0)


def test_cleaning_is_idempotent() -> None:
    once = clean(SEED)
    assert clean_article(once) == once


def test_template_lines_recurring_on_the_host_go() -> None:
    memory = TemplateMemory(min_pages=3)
    template_line = "The Daily Ledger is an independent newspaper funded by its readers."
    for n in range(4):
        page = Article(
            url=f"https://ledger.example/story-{n}", text=f"{BODY[n % 4]}\n{template_line}"
        )
        cleaned = clean_article(page, template=memory)
        assert (template_line in cleaned.text) == (n < 3)  # seen on 3 other pages: template
    other_host = clean_article(
        Article(url="https://other.example/x", text=f"{BODY[0]}\n{template_line}"), template=memory
    )
    assert template_line in other_host.text


def test_template_memory_never_strips_a_repeated_article() -> None:
    memory = TemplateMemory(min_pages=2)
    text = "\n".join(BODY)
    for n in range(4):  # the same article at four URLs of one host
        cleaned = clean_article(
            Article(url=f"https://ledger.example/v{n}", text=text), template=memory
        )
        assert cleaned.text == text


def test_page_hints_survive_bad_html() -> None:
    assert page_hints(b"%PDF-1.4 not html").anchors == frozenset()
