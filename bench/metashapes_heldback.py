"""Page shapes of the metadata benchmark's held-back part: written apart, never tuned on.

Other markups than the tuned shapes: byl/parsely meta tags, h-entry microformats, JSON-LD author
strings, "Name, Role" bylines, source lines, other cue words and date formats.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable

from bench.metacorpus import AND_WORD, Case, Shaped, body, iso, jsonld, page, truth

Shape = Callable[[Case, random.Random], Shaped]
_MONTHS_EN = "January February March April May June July August September October November December"


def _shaped(name: str, case: Case, url: str, markup: str) -> Shaped:
    authors, credits, published = truth(case)
    return Shaped(name, url, markup, authors, credits, published, (case.outlet.name,))


def _names(case: Case) -> list[str]:
    return list(case.people) or ([case.role] if case.role else [])


def parsely_meta(case: Case, rng: random.Random) -> Shaped:
    """NYT-like: byl meta ("By A, B and C"), parsely-pub-date, agency in a source line."""
    names = _names(case)
    joined = " and ".join(names) if len(names) < 3 else f"{', '.join(names[:-1])} and {names[-1]}"
    head = (
        f'<meta name="byl" content="By {html.escape(joined)}">' if names else ""
    ) + f'<meta name="parsely-pub-date" content="{iso(case)}">'
    source = f"<p class='source'>Source: {case.agency}</p>" if case.agency else ""
    article = f"<h1>{html.escape(case.title)}</h1>{source}" + body(case, rng)
    return _shaped("parsely_meta", case, case.url, page(case, head, article))


def h_entry(case: Case, rng: random.Random) -> Shaped:
    """Microformats: p-author h-card links, dt-published, a 'Modified' line first."""
    cards = f" {AND_WORD[case.outlet.language]} ".join(
        f'<a class="p-author h-card" href="/authors/{i}">{html.escape(n)}</a>'
        for i, n in enumerate(_names(case))
    )
    agency = f", {case.agency}" if case.agency else ""
    when = iso(case)
    article = (
        f"<h1 class='p-name'>{html.escape(case.title)}</h1><p class='post-meta'>Modified "
        f"<time datetime='{case.modified.isoformat()}'>{case.modified:%d/%m/%Y}</time></p>"
        f"<p class='post-meta'>Posted on <time class='dt-published' datetime='{when}'>{when}"
        f"</time> by {cards}{agency}</p>" + body(case, rng)
    )
    return _shaped("h_entry", case, case.url, page(case, "", article))


def jsonld_strings(case: Case, rng: random.Random) -> Shaped:
    """JSON-LD author as a list of plain strings incl. the agency; the outlet as creator."""
    names: list[str] = [*_names(case), *([case.agency] if case.agency else [])]
    data = {
        "@context": "https://schema.org", "@type": "ReportageNewsArticle",
        "headline": case.title, "dateModified": case.modified.isoformat(),
        "datePublished": iso(case), "author": names if len(names) != 1 else names[0],
        "creator": case.outlet.name, "publisher": {"name": case.outlet.name},
    }  # fmt: skip
    article = (
        f"<h1>{html.escape(case.title)}</h1><p class='updated'>Updated "
        f"{case.modified:%Y-%m-%d %H:%M}</p>" + body(case, rng)
    )
    return _shaped("jsonld_strings", case, case.url, page(case, jsonld(data), article))


def role_suffix_byline(case: Case, rng: random.Random) -> Shaped:
    """'Name, Staff Writer' lines, one per person, and a day-month-year dateline in words."""
    lines = "".join(
        f"<div class='writer'>{html.escape(n)}, Senior Correspondent</div>" for n in case.people
    )
    if not case.people and case.role:
        lines = f"<div class='writer'>{html.escape(case.role)}</div>"
    if case.agency:
        lines += f"<div class='writer'>{html.escape(case.agency)}</div>"
    month = _MONTHS_EN.split()[case.published.month - 1]
    when = f"{case.published.day} {month} {case.published.year}"
    if not case.day_only:
        when += f" {case.published:%H:%M}"
    article = (
        f"<header><h1>{html.escape(case.title)}</h1>{lines}<div class='published'>Published: "
        f"{when}</div></header>" + body(case, rng)
    )
    return _shaped("role_suffix_byline", case, case.dated_url, page(case, "", article))


def source_line_cn(case: Case, rng: random.Random) -> Shaped:
    """Chinese portal style: '来源：' agency, '记者 A B', date as 2025-03-05 10:30 in a span."""
    names = " ".join(_names(case))
    source = f"来源：{case.agency}" if case.agency else f"来源：{case.outlet.name}"
    fmt = "%Y-%m-%d" if case.day_only else "%Y-%m-%d %H:%M"
    article = (
        f"<h1>{html.escape(case.title)}</h1><div class='info'><span>{case.published.strftime(fmt)}"
        f"</span> <span>{html.escape(source)}</span></div>"
        + (f"<p class='author'>记者 {html.escape(names)}</p>" if names else "")
        + body(case, rng)
    )
    truth_credits = (case.agency,) if case.agency else ()
    authors, _, published = truth(case)
    return Shaped("source_line_cn", case.dated_url if rng.random() < 0.5 else case.url,
                  page(case, "", article), authors, truth_credits, published,
                  (case.outlet.name,))  # fmt: skip


def og_article_tags(case: Case, rng: random.Random) -> Shaped:
    """Open Graph article:* tags, author meta in 'Last, First' form, og:site_name."""
    people = [f"{p.split()[-1]}, {' '.join(p.split()[:-1])}" if " " in p else p
              for p in case.people]  # fmt: skip
    authors = "; ".join(people) or (case.role or case.outlet.name)
    head = (
        f'<meta property="og:site_name" content="{html.escape(case.outlet.name)}">'
        f'<meta name="author" content="{html.escape(authors)}">'
        f'<meta property="article:published_time" content="{iso(case)}">'
        f'<meta property="og:updated_time" content="{case.modified.isoformat()}">'
    )
    agency = f"<p><em>Mit Material von {case.agency}</em></p>" if case.agency else ""
    article = f"<h1>{html.escape(case.title)}</h1>" + body(case, rng) + agency
    markup = page(case, head, article)
    authors_t, credits_t, published = truth(case)
    return Shaped("og_article_tags", case.url, markup, authors_t, credits_t, published,
                  (case.outlet.name,))  # fmt: skip


SHAPES: tuple[Shape, ...] = (
    parsely_meta, h_entry, jsonld_strings, role_suffix_byline, source_line_cn, og_article_tags,
)  # fmt: skip
