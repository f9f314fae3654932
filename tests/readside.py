"""A small stored corpus for the read-side tests, written through the real save path: one story
syndicated by three outlets (under three headlines), a revised story, a German one, a failing
source."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from crawler.items import Article, Evidence, Relevance
from settings import DedupSettings
from storage import articles, sources
from storage.db import session_factory, transaction

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

SYNDICATED = (
    "Ministers agreed on Monday to a new quota for humanitarian visas, allowing up to 12,000 "
    "people displaced by the floods to apply for protection from consulates in the region.\n"
    "Aid groups welcomed the decision but warned that the consulates lacked staff, and that "
    "applicants would wait months for an interview unless caseworkers were sent from the capital."
)
DETENTION = (
    "An inspection report published on Thursday found that people held at the coastal detention "
    "centre slept in overcrowded rooms and waited weeks to see a lawyer about their removal.\n"
    "The inspectors recommended a limit of 28 days on immigration detention and independent "
    "oversight of deportation flights, which the home office said it would consider."
)
DETENTION_REVISED = (
    "An inspection report published on Thursday found that people held at the coastal detention "
    "centre slept in overcrowded rooms; the home office has now closed two of the wings.\n"
    "The inspectors recommended a limit of 28 days on immigration detention, and ministers said "
    "on Friday that a statutory time limit would be put to parliament in the spring."
)
GERMAN = (
    "Die Bundesregierung will die Asylverfahren für Flüchtlinge beschleunigen. Nach Angaben des "
    "Innenministeriums warten derzeit mehr als 40.000 Menschen auf eine Entscheidung über ihren "
    "Antrag, viele von ihnen seit mehr als einem Jahr in Sammelunterkünften."
)
OUTLETS = ("daily.example", "wire.example", "gazette.example")
HEADLINES = (
    "Humanitarian visa quota agreed after floods",
    "Flood refugees get 12,000 visa places",
    "Consulates brace for visa applications",
)


@dataclass(frozen=True, slots=True)
class Corpus:
    syndicated: int
    revised: int
    german: int
    failing_source: int


def _save(engine: Engine, url: str, text: str, title: str, *, at: datetime, source: int,
          language: str = "en") -> articles.SaveResult:  # fmt: skip
    item = Article(url=url, text=text, title=title, language=language, authors=("A. Writer",),
                   published_at=at - timedelta(hours=2), published_at_source="meta")  # fmt: skip
    relevance = Relevance("immigration-policy", 6.5, True, (Evidence("visa", "title", 2, 3.0),))
    candidate = articles.Candidate(item, relevance, None, at, source)
    with transaction(session_factory(engine, write=True)) as session:
        return articles.save(session, candidate, DedupSettings())


def populate(engine: Engine) -> Corpus:
    with transaction(session_factory(engine, write=True)) as session:
        ids = [
            sources.add(session, f"https://{host}/feed.xml", "feed", now=NOW, name=host)[0].id
            for host in OUTLETS
        ]
        failing = sources.get(session, ids[1])
        failing.last_checked_at = failing.last_error_at = NOW
        failing.last_error_kind, failing.last_error = "http_5xx", "HTTP 503 from wire.example"
        failing.consecutive_failures = 3
    first = _save(engine, f"https://{OUTLETS[0]}/2026/12/visa-quota", SYNDICATED, HEADLINES[0],
                  at=NOW - timedelta(days=2), source=ids[0])  # fmt: skip
    for i in (1, 2):
        copy = _save(engine, f"https://{OUTLETS[i]}/news/{i}", SYNDICATED, HEADLINES[i],
                     at=NOW - timedelta(days=2, hours=-i), source=ids[i])  # fmt: skip
        assert copy.status == "duplicate" and copy.article_id == first.article_id
    url = f"https://{OUTLETS[0]}/2026/12/detention-report"
    revised = _save(engine, url, DETENTION, "Detention centre overcrowded, inspectors say",
                    at=NOW - timedelta(days=1), source=ids[0])  # fmt: skip
    again = _save(engine, url, DETENTION_REVISED, "Detention wings closed after inspection",
                  at=NOW, source=ids[0])  # fmt: skip
    assert again.status == "revised"
    german = _save(engine, "https://zeitung.example/asyl", GERMAN, "Schnellere Asylverfahren",
                   at=NOW, source=ids[2], language="de")  # fmt: skip
    return Corpus(first.article_id, revised.article_id, german.article_id, ids[1])
