"""Page shapes of the metadata benchmark's tuned part: newsagg's metadata readers were tuned on these.

Each shape writes one Case into HTML and returns the truth it wrote (bench.metacorpus.truth).
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable

from bench.metacorpus import BY_WORD, Case, Shaped, body, iso, join_names, jsonld, page, truth

Shape = Callable[[Case, random.Random], Shaped]


def _shaped(name: str, case: Case, url: str, markup: str) -> Shaped:
    authors, credits, published = truth(case)
    return Shaped(name, url, markup, authors, credits, published, (case.outlet.name,))


def _credit_line(case: Case) -> str:
    lang = case.outlet.language
    names = case.people or ((case.role,) if case.role else ())
    text = join_names(names, lang)
    if case.agency:
        text = f"{text} / {case.agency}" if text else case.agency
    return f"{BY_WORD[lang]} {text}" if lang != "zh" else f"{BY_WORD[lang]}{text}"


def jsonld_people(case: Case, rng: random.Random) -> Shaped:
    """JSON-LD NewsArticle with an author array (people, the agency as an Organization)."""
    authors: list[dict[str, str]] = [{"@type": "Person", "name": p} for p in case.people]
    if case.role:
        authors.append({"@type": "Person", "name": case.role})
    if case.agency:
        authors.append({"@type": "Organization", "name": case.agency})
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": case.title,
        "datePublished": iso(case), "dateModified": case.modified.isoformat(),
        "author": authors, "publisher": {"@type": "Organization", "name": case.outlet.name},
    }  # fmt: skip
    head = jsonld(data) + f'<meta property="og:site_name" content="{case.outlet.name}">'
    article = f"<h1>{html.escape(case.title)}</h1>" + body(case, rng)
    return _shaped("jsonld_people", case, case.url, page(case, head, article))


def meta_outlet_author(case: Case, rng: random.Random) -> Shaped:
    """meta author is the outlet itself; the visible byline names the people and the agency."""
    head = (
        f'<meta name="author" content="{case.outlet.name}">'
        f'<meta property="article:published_time" content="{iso(case)}">'
        f'<meta property="article:modified_time" content="{case.modified.isoformat()}">'
    )
    article = (
        f"<h1>{html.escape(case.title)}</h1><div class='byline'>{html.escape(_credit_line(case))}"
        f"</div>" + body(case, rng)
    )
    return _shaped("meta_outlet_author", case, case.url, page(case, head, article))


def yoast_graph(case: Case, rng: random.Random) -> Shaped:
    """Yoast-style @graph: author references by @id; update note before the visible date."""
    people = [*case.people, *([case.role] if case.role else [])]
    nodes: list[dict[str, object]] = [
        {"@type": "Person", "@id": f"#person-{i}", "name": name} for i, name in enumerate(people)
    ]
    refs = [{"@id": f"#person-{i}"} for i in range(len(people))]
    nodes.insert(0, {"@type": "Article", "headline": case.title, "author": refs or None,
                     "datePublished": iso(case), "dateModified": case.modified.isoformat(),
                     "publisher": {"@id": "#org"}})  # fmt: skip
    nodes.append({"@type": "Organization", "@id": "#org", "name": case.outlet.name})
    head = jsonld({"@context": "https://schema.org", "@graph": nodes})
    credit = f"<p class='credit'>({case.agency})</p>" if case.agency else ""
    article = (
        f"<h1>{html.escape(case.title)}</h1><p class='meta'>Last Updated: "
        f"{case.modified:%B %d, %Y %H:%M}</p>{credit}" + body(case, rng)
    )
    return _shaped("yoast_graph", case, case.url, page(case, head, article))


def dateline_only(case: Case, rng: random.Random) -> Shaped:
    """No structured date: a dated URL and a visible dateline with a publication cue."""
    cue = {"de": "Veröffentlicht am", "fr": "Publié le", "es": "Publicado el", "zh": "发布时间：",
           "it": "Pubblicato il", "pt": "Publicado em"}.get(case.outlet.language, "Published")  # fmt: skip
    when = case.published.strftime("%d.%m.%Y" if case.day_only else "%d.%m.%Y, %H:%M")
    if case.outlet.language == "zh":
        when = case.published.strftime("%Y年%m月%d日" if case.day_only else "%Y年%m月%d日 %H:%M")
    article = (
        f"<h1>{html.escape(case.title)}</h1><div class='article-info'><span>"
        f"{html.escape(_credit_line(case))}</span> <span>{cue} {when}</span> <span>"
        f"Aktualisiert {case.modified:%d.%m.%Y}</span></div>" + body(case, rng)
    )
    return _shaped("dateline_only", case, case.dated_url, page(case, "", article))


def fact_check(case: Case, rng: random.Random) -> Shaped:
    """A ClaimReview whose reviewed claim carries its own (older) date."""
    claim_day = (case.subject_day or case.published.date()).isoformat()
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Claim", "datePublished": claim_day, "author": {"@type": "Person",
             "name": "Viral Post"}},
            {"@type": "ClaimReview", "datePublished": iso(case), "author": [
                {"@type": "Person", "name": p} for p in case.people] or None},
        ],
    }  # fmt: skip
    article = (
        f"<h1>{html.escape(case.title)}</h1><p><time datetime='{claim_day}'>{claim_day}</time> "
        f"claim reviewed</p><p class='byline'>{html.escape(_credit_line(case))}</p>"
        + body(case, rng)
    )
    return _shaped("fact_check", case, case.dated_url, page(case, jsonld(data), article))


def microdata(case: Case, rng: random.Random) -> Shaped:
    """itemprop author with givenName/familyName spans (no space between them)."""
    spans = "".join(
        f'<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<span itemprop="givenName">{html.escape(p.split()[0])}</span><span itemprop="familyName">'
        f"{html.escape(' '.join(p.split()[1:]))}</span></span>, "
        if " " in p
        else f'<span itemprop="author">{html.escape(p)}</span>、'
        for p in case.people
    )
    role = html.escape(case.role or "")
    agency = f" ({case.agency})" if case.agency else ""
    when = iso(case)
    article = (
        f"<h1>{html.escape(case.title)}</h1><div class='byline'>{spans}{role}{agency}</div>"
        f"<time itemprop='datePublished' datetime='{when}'>{when}</time>" + body(case, rng)
    )
    return _shaped("microdata", case, case.url, page(case, "", article))


def glued_date_byline(case: Case, rng: random.Random) -> Shaped:
    """Byline and date in sibling spans: 'Roger Gonzalez' + 'Nov 5, 2024' read as one text."""
    when = case.published.strftime("%b %d, %Y" if case.day_only else "%b %d, %Y %I:%M %p")
    head = f'<meta name="author" content="{html.escape(_credit_line(case))} {when}">'
    article = (
        f"<h1>{html.escape(case.title)}</h1><div class='meta'><span class='author'>"
        f"{html.escape(_credit_line(case))}</span><span class='date'>{when}</span></div>"
        + body(case, rng)
    )
    return _shaped("glued_date_byline", case, case.dated_url, page(case, head, article))


SHAPES: tuple[Shape, ...] = (
    jsonld_people, meta_outlet_author, yoast_graph, dateline_only, fact_check, microdata,
    glued_date_byline,
)  # fmt: skip
