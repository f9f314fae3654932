"""The metadata benchmark's page corpus: who wrote what when, and pages that say so in many shapes.

Each case is drawn from seeded pools (outlets with their host, language and UTC offset; people;
agencies), then written into HTML by a template that knows the truth it writes: authors
(people, or the role byline when no person is named), credits (agencies, outlets) and the
publication day. Distractors are part of the shapes: modified dates, update notes, a
fact-checked claim's date, the outlet's own name in author fields.
"""

from __future__ import annotations

import html
import json
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    host: str
    language: str
    offset_h: float


OUTLETS = (
    Outlet("Harbor City Ledger", "harborcityledger.com", "en", -5),
    Outlet("Pacific Valley Times", "pvtimes.com", "en", -8),
    Outlet("Prairie Public News", "prairienews.org", "en", -6),
    Outlet("The Northern Courier", "northerncourier.co.uk", "en", 0),
    Outlet("Coastline Daily", "coastlinedaily.com.au", "en", 10),
    Outlet("Rheintal Nachrichten", "rheintal-nachrichten.de", "de", 1),
    Outlet("Alpenland Zeitung", "alpenland-zeitung.at", "de", 1),
    Outlet("Nordkurier Online", "nk-online.de", "de", 1),
    Outlet("Le Journal du Rhône", "journal-du-rhone.fr", "fr", 1),
    Outlet("El Diario del Sur", "diariodelsur.es", "es", 1),
    Outlet("La Voz de Cuyo", "lavozdecuyo.com.ar", "es", -3),
    Outlet("Gazzetta del Lago", "gazzettadellago.it", "it", 1),
    Outlet("Jornal do Vale", "jornaldovale.com.br", "pt", -3),
    Outlet("Dagbladet Vest", "dagbladetvest.dk", "da", 1),
    Outlet("Fjordposten", "fjordposten.no", "no", 1),
    Outlet("Diari de Ponent", "diaridponent.cat", "ca", 1),
    Outlet("江南日报", "jiangnan-daily.cn", "zh", 8),
    Outlet("海峡新闻网", "haixia-news.cn", "zh", 8),
)
PEOPLE = {
    "en": ["Sarah Needleman", "Michael Okafor", "Laura June Topolsky", "Roger Gonzalez",
           "Priya Raman", "Daniel O'Brien", "Emily van der Berg", "Tom Whitfield",
           "Grace Liu", "Ahmed Al-Sayed", "Kate McAllister", "Jonas Lindqvist"],
    "de": ["Hans Müller", "Katrin Schäfer", "Jürgen Weiß", "Aylin Demir", "Frank Becker",
           "Sophie von Arnim", "Lukas Brandt", "Miriam Özdemir"],
    "fr": ["Marie Dupont", "Jean-Luc Martin", "Camille Lefèvre", "Yasmine Benali",
           "Pierre-Antoine Roux"],
    "es": ["Ana García", "Luis Pérez", "María José Fernández", "Carlos Ruiz", "Lucía Ortega"],
    "it": ["Marco Rossi", "Giulia Bianchi", "Francesca De Luca", "Paolo Ferri"],
    "pt": ["João Silva", "Mariana Costa", "Pedro Almeida", "Beatriz Santos"],
    "da": ["Lars Hansen", "Mette Jensen", "Søren Kjær"],
    "no": ["Ingrid Solberg", "Ola Nordmann", "Kari Haugen"],
    "ca": ["Jordi Puig", "Marta Vila", "Núria Soler"],
    "zh": ["张伟", "李娜", "王小明", "陈静", "刘洋", "赵丽华"],
}  # fmt: skip
AGENCIES = {
    "en": ["AP", "Reuters", "AFP", "Bloomberg"],
    "de": ["dpa", "AFP", "KNA", "epd", "Reuters"],
    "fr": ["AFP", "Reuters"],
    "es": ["EFE", "Europa Press", "AFP"],
    "it": ["ANSA", "AFP"],
    "pt": ["Lusa", "Reuters"],
    "da": ["Ritzau"],
    "no": ["NTB"],
    "ca": ["EFE", "Europa Press"],
    "zh": ["新华社", "中新社"],
}
ROLE_BYLINES = {
    "en": ["Staff Reporter", "Desk Reporter", "News Desk"],
    "de": ["Redaktion"],
    "fr": ["Rédaction"],
    "es": ["Redacción"],
    "it": ["Redazione"],
    "pt": ["Redação"],
    "da": ["Redaktionen"],
    "no": ["Redaksjonen"],
    "ca": ["Redacció"],
    "zh": [],
}
AND_WORD = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "pt": "e", "da": "og",
            "no": "og", "ca": "i", "zh": "、"}  # fmt: skip
BY_WORD = {"en": "By", "de": "Von", "fr": "Par", "es": "Por", "it": "Di", "pt": "Por", "da": "Af",
           "no": "Av", "ca": "Per", "zh": "作者："}  # fmt: skip
SENTENCES = [
    "The government announced new rules for asylum applications on Tuesday.",
    "Officials said the changes would shorten the time migrants wait for a decision.",
    "Refugee groups criticised the plan, saying it would leave families without protection.",
    "The interior ministry expects the number of deportations to rise next year.",
    "Border agencies have asked for more staff to process visa requests.",
    "A court will review whether the detention of asylum seekers was lawful.",
    "Local councils say they lack housing for the newly arrived refugees.",
    "The opposition called the measures a symbolic gesture before the election.",
]


@dataclass(frozen=True, slots=True)
class Case:
    """One drawn story: the truth a template writes into a page."""

    outlet: Outlet
    people: tuple[str, ...]
    agency: str | None
    role: str | None
    published: datetime  # in the outlet's offset
    day_only: bool
    modified: datetime
    subject_day: date | None  # a fact-checked claim's date, when the page is a fact check
    title: str
    index: int

    @property
    def url(self) -> str:
        return f"https://www.{self.outlet.host}/politik/{self.index}-asylum-rules"

    @property
    def dated_url(self) -> str:
        day = self.published.date()
        return f"https://www.{self.outlet.host}/{day:%Y/%m/%d}/asylum-rules-{self.index}"


@dataclass(frozen=True, slots=True)
class Shaped:
    """A page and its labelled truth."""

    name: str
    url: str
    html: str
    authors: tuple[str, ...]
    credits: tuple[str, ...]
    published: str  # ISO: a date, or a datetime with offset
    outlet_names: tuple[str, ...] = field(default=())


def draw_case(rng: random.Random, index: int, *, language: str | None = None) -> Case:
    outlets = [o for o in OUTLETS if language is None or o.language == language]
    outlet = rng.choice(outlets)
    lang = outlet.language
    count = rng.choice([0, 1, 1, 1, 2, 2, 3])
    people = tuple(rng.sample(PEOPLE[lang], count))
    agency = rng.choice(AGENCIES[lang]) if rng.random() < 0.35 or not people else None
    roles = ROLE_BYLINES[lang]
    role = rng.choice(roles) if not people and not agency and roles else None
    if not people and not agency and not role:
        agency = rng.choice(AGENCIES[lang])
    zone = timezone(timedelta(hours=outlet.offset_h))
    base = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(0, 330 * 24 * 60))
    # Late-evening and early-morning stories are where UTC and the outlet's day differ.
    hour = rng.choice([rng.randrange(6, 20), 22, 23, 0, 1])
    published = base.astimezone(zone).replace(hour=hour, second=0, microsecond=0)
    modified = published + timedelta(days=rng.randrange(1, 6), hours=rng.randrange(0, 9))
    subject = (published - timedelta(days=rng.randrange(20, 400))).date()
    return Case(
        outlet=outlet,
        people=people,
        agency=agency,
        role=role,
        published=published,
        day_only=rng.random() < 0.25,
        modified=modified,
        subject_day=subject if rng.random() < 0.2 else None,
        title=f"{rng.choice(['New', 'Stricter', 'Faster', 'Disputed'])} asylum rules {index}",
        index=index,
    )


def truth(case: Case) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    authors = case.people or ((case.role,) if case.role else ())
    credits = (case.agency,) if case.agency else ()
    published = case.published.date().isoformat() if case.day_only else case.published.isoformat()
    return authors, credits, published


def join_names(names: tuple[str, ...], lang: str) -> str:
    if lang == "zh":
        return "、".join(names)
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {AND_WORD[lang]} {names[-1]}"


def iso(case: Case, at: datetime | None = None) -> str:
    value = at or case.published
    return value.date().isoformat() if case.day_only and at is None else value.isoformat()


def body(case: Case, rng: random.Random, extra: str = "") -> str:
    paragraphs = rng.sample(SENTENCES, 5)
    if case.subject_day is not None:
        claim = (
            f"On {case.subject_day:%B %d, %Y}, a widely shared post claimed the border was open."
        )
        paragraphs.insert(0, claim)
    return extra + "".join(f"<p>{html.escape(p)} {html.escape(p)}</p>" for p in paragraphs)


def jsonld(data: Mapping[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def page(case: Case, head: str, article: str, lang: str | None = None) -> str:
    title = html.escape(case.title)
    return (
        f'<!doctype html><html lang="{lang or case.outlet.language}"><head><meta charset="utf-8">'
        f"<title>{title} | {html.escape(case.outlet.name)}</title>{head}</head><body>"
        f'<nav><a href="/">{html.escape(case.outlet.name)}</a> <a href="/politik">Politik</a></nav>'
        f"<main><article>{article}</article></main>"
        f"<footer>© {case.published.year} {html.escape(case.outlet.name)}</footer></body></html>"
    )
