"""Short briefs through the whole extraction: the brief's own lists and fact boxes survive what
trafilatura drops on short pages, and the blind brief corpus stays within its floors."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from crawler.clutter import clean_article
from crawler.extract.article import extract_article
from crawler.items import Page

NOW = datetime(2026, 12, 1, tzinfo=UTC)
PARAS = (
    "<p>The southern reservoirs are below 40 per cent of capacity, according to the weekly "
    "bulletin the environment agency published on Friday.</p>"
    "<p>The government says it may restrict water use in farming if no rain falls by the end "
    "of October.</p>"
)
OWN_LIST = (
    "<p>The measures under study include:</p><ul><li>a 20 per cent cut in irrigation</li>"
    "<li>a ban on filling private pools</li><li>leak detection in municipal networks</li></ul>"
)
FACTS = "<h3>The figures</h3><ul><li>Requests: 9,400</li><li>Decided: 3,100</li></ul>"


def page(body: str) -> bytes:
    """A page without the container names trafilatura looks for (hashed classes)."""
    html = (
        "<html><body><div class='css-9z0b'><h1 class='css-h1'>Reservoirs below 40 per cent</h1>"
        f"<div class='css-ab12' data-testid='article-body'>{body}</div></div></body></html>"
    )
    return html.encode()


def text_of(raw: bytes) -> str:
    extraction = extract_article(Page(url="https://news.example/a", html=raw), now=NOW)
    assert extraction is not None
    return clean_article(extraction).text


def test_a_briefs_closing_list_survives() -> None:
    text = text_of(page(PARAS + OWN_LIST))
    assert "- a ban on filling private pools" in text.splitlines()
    assert "- leak detection in municipal networks" in text.splitlines()


@pytest.mark.parametrize("box", ["aside", "div"])
def test_a_fact_box_in_the_body_survives_with_its_heading(box: str) -> None:
    text = text_of(page(f"{PARAS}<{box} class='factbox'>{FACTS}</{box}>")).splitlines()
    assert "The figures" in text
    assert "- Decided: 3,100" in text


def test_a_linked_aside_in_the_body_is_not_made_text() -> None:
    links = "".join(
        f"<li><a href='/s/{n}'>Another story about something else entirely {n}</a></li>"
        for n in range(4)
    )
    text = text_of(page(f"{PARAS}<aside><h3>Related</h3><ul>{links}</ul></aside>"))
    assert "Another story" not in text


DATA = Path(__file__).parent / "data"


def blind_scorer(corpus: str) -> ModuleType:
    """tests/data/<corpus>/score.py as a module (each blind corpus ships its own scorer)."""
    folder = DATA / corpus
    sys.path.insert(0, str(folder))  # a scorer may import its sibling generator
    spec = importlib.util.spec_from_file_location(f"{corpus}_score", folder / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_no_loss_and_little_leak(results: list[tuple[list[str], list[str], int]]) -> None:
    """(lost body lines, leaked clutter lines, clutter lines) per page: nothing lost, <= 1% leaked."""
    clutter = sum(n for *_, n in results)
    assert clutter > 500
    assert sum(len(lost) for lost, _, _ in results) == 0
    assert sum(len(leaked) for _, leaked, _ in results) <= 0.01 * clutter


def test_blind_brief_corpus_floors() -> None:
    """tests/data/briefs_blind (now tuned on, see its README): measured 0.0% leak, recall 1.000
    on the 52 clutter pages, 1.000 on the 10 controls (0.939 before layout tables were unwrapped;
    bare trafilatura 0.857), 2026-12-02."""
    from bench.extraction import newsagg_text

    score = blind_scorer("briefs_blind")
    rows = [
        (label, score.score_page(html, label, newsagg_text)) for _, html, label in score.committed()
    ]
    clutter = [r for label, r in rows if label["kind"] != "control"]
    controls = [r for label, r in rows if label["kind"] == "control"]
    leak = sum(len(r["leaks"]) for r in clutter) / sum(r["clutter"] for r in clutter)
    recall = 1 - sum(len(r["lost"]) for r in clutter) / sum(r["body"] for r in clutter)
    control_recall = 1 - sum(len(r["lost"]) for r in controls) / sum(r["body"] for r in controls)
    assert leak <= 0.01
    assert recall >= 0.99
    assert control_recall >= 0.93


def table_layout(article: str) -> bytes:
    nav = "".join(f"<a href='/{w.lower()}'>{w}</a><br>" for w in ("Home", "News", "Sport"))
    html = (
        "<html><head><title>Reservoirs below 40 per cent</title></head><body>"
        "<table width='780'><tr><td colspan='2'><img src='/logo.gif'></td></tr>"
        f"<tr><td width='150' valign='top'>{nav}</td><td width='630'>"
        f"<font size='4'><b>Reservoirs below 40 per cent</b></font><br>{article}</td></tr>"
        "</table></body></html>"
    )
    return html.encode()


def test_an_old_table_layout_gives_the_article_as_lines_lists_included() -> None:
    text = text_of(table_layout(PARAS + OWN_LIST)).splitlines()
    assert text[0].startswith("The southern reservoirs are below 40 per cent")  # no menu fused in
    assert "- leak detection in municipal networks" in text
    assert not any("Home" in line for line in text)


def test_a_data_table_in_the_article_stays_a_table() -> None:
    rows = "".join(
        f"<tr><td>{region}</td><td>{level}</td></tr>"
        for region, level in (("North reservoirs", "61 %"), ("South reservoirs", "38 %"))
    )
    text = text_of(page(f"{PARAS}<table>{rows}</table>"))
    assert "| South reservoirs | 38 % |" in text


@pytest.mark.parametrize(
    "quote",
    [
        "<blockquote><p>“We waited a long time.”</p><footer>— Maria Lind, lawyer</footer></blockquote>",
        "<figure><blockquote><p>“We waited a long time.”</p></blockquote>"
        "<figcaption>— Maria Lind, lawyer</figcaption></figure>",
    ],
)
def test_a_quotes_credit_survives(quote: str) -> None:
    text = text_of(page(PARAS[: PARAS.index("</p>") + 4] + quote + PARAS)).splitlines()
    assert "“We waited a long time.”" in text
    assert "— Maria Lind, lawyer" in text


def test_a_headline_box_between_paragraphs_goes_in_any_language() -> None:
    """Linked headings with whole deks, no Title Case: judged off-topic against the prose
    outside the box (the deks are paragraphs too, and must not count as the article)."""
    items = [
        (
            "Zentralbank belässt den Leitzins unverändert",
            "Die Notenbank sieht die Inflation langsamer sinken als erwartet und schließt Zinssenkungen vorerst aus.",
        ),
        (
            "Sturmwarnung für die gesamte Nordseeküste",
            "Der Wetterdienst erwartet Böen von bis zu 120 Kilometern pro Stunde und rät von Fahrten ab.",
        ),
        (
            "Späte Tore bringen den Pokalsieg nach Hause",
            "Zwei Treffer in den letzten sechs Minuten drehten ein nervöses Halbfinale vor ausverkauftem Haus.",
        ),
    ]
    box = "".join(f"<h3><a href='/s/{n}'>{h}</a></h3><p>{d}</p>" for n, (h, d) in enumerate(items))
    paras = [
        "In Bremen haben sich im vergangenen Jahr so viele Menschen einbürgern lassen wie nie zuvor, teilte das Innenressort mit.",
        "Die meisten neuen Staatsbürger stammen aus Syrien und der Türkei; die Wartezeit auf einen Termin beträgt acht Monate.",
        "Die Behörde will im Frühjahr zusätzliche Sachbearbeiter einstellen, um die Einbürgerungsanträge schneller zu bearbeiten.",
    ]
    body = f"<p>{paras[0]}</p>{box}" + "".join(f"<p>{p}</p>" for p in paras[1:])
    text = text_of(page(body))
    assert text.splitlines() == paras


HEADLINES = [
    (
        "Car maker to cut 2,000 jobs as electric sales stall",
        "The company said the reductions would come mainly through early retirement at its two",
    ),
    (
        "Astronomers spot comet that will be visible without telescope",
        "The comet is expected to be brightest in the second week of March, low on the",
    ),
    (
        "Rail strike called off after last-minute pay offer",
        "Union leaders said members would vote next week on a deal worth six percent over",
    ),
    (
        "Chess prodigy, 12, becomes youngest national champion",
        "She beat the defending champion in the final round after a six-hour game that",
    ),
]


def assert_clean(raw: bytes) -> None:
    text = text_of(raw)
    assert not any(head in text or dek[:40] in text for head, dek in HEADLINES), text
    assert "the first monthly drop" in text


BRIEF = (
    "<p>The number of patients waiting for planned operations fell by 2 percent in September, the "
    "first monthly drop since the autumn of two years ago, health service figures show.</p>"
    "<p>Managers cautioned that winter pressure usually reverses the trend and said it was too "
    "early to say the backlog had peaked.</p>"
)


def test_a_headline_table_with_font_and_bold_wrappers_goes() -> None:
    rows = "".join(
        f"<tr><td><font size='2'><b><a href='/t{n}.html'>{h}</a></b><br>{d} […]</font></td></tr>"
        for n, (h, d) in enumerate(HEADLINES)
    )
    assert_clean(page(f"{BRIEF}</div><table width='100%'>{rows}</table><div>"))


def test_figure_cards_whose_captions_the_extractor_drops_go() -> None:
    cards = "".join(
        f"<figure><img src='/i/{n}.jpg' alt=''><figcaption>{h}</figcaption></figure><p>{d}…</p>"
        for n, (h, d) in enumerate(HEADLINES)
    )
    assert_clean(page(f"{BRIEF}</div><div>{cards}"))


def test_a_linked_definition_list_of_headlines_goes() -> None:
    items = "".join(
        f"<dt><a href='/d/{n}'>{h}</a></dt><dd>{d} <a href='/d/{n}'>Read more</a></dd>"
        for n, (h, d) in enumerate(HEADLINES)
    )
    assert_clean(page(f"{BRIEF}<dl>{items}</dl>"))


def test_second_blind_brief_corpus_floors() -> None:
    """tests/data/briefs_blind2 (tuned on since 2026-12-02): 0 leaked lines and 0 lost lines of
    50 pages; held out it measured leak 0.204, recall 1.000 (bare trafilatura 0.411 / 0.897)."""
    from bench.extraction import newsagg_text

    score = blind_scorer("briefs_blind2")
    results = []
    for path in sorted((DATA / "briefs_blind2" / "labels").glob("*.json")):
        label = json.loads(path.read_text("utf-8"))
        raw = (DATA / "briefs_blind2" / "pages" / f"{path.stem}.html").read_bytes()
        results.append((*score.score_page(newsagg_text(raw), label), len(label["clutter"])))
    assert_no_loss_and_little_leak(results)


def test_linked_headlines_run_into_their_teasers_go_and_the_briefs_sections_stay() -> None:
    """An old page's list after <hr>: "<a><b>Headline</b></a> - teaser<br>", one line each,
    under a brief with its own unlinked sub-headings."""
    sections = (
        "<h3>More staff and online forms</h3><p>Eight more caseworkers will be hired and forms "
        "can be filed online from the spring, the district said on Monday.</p>"
        "<h3>Criticism over advice</h3><p>The integration council welcomed the plans but asked "
        "for an independent advice service for applicants.</p>"
    )
    lines = "".join(
        f"<a href='/t/{n}'><b>{h}</b></a> - {d}<br>" for n, (h, d) in enumerate(HEADLINES)
    )
    raw = page(f"{BRIEF}{sections}<hr><font size='2'>{lines}</font>")
    text = text_of(raw)
    assert_clean(raw)
    assert "More staff and online forms" in text.splitlines()
    assert "Criticism over advice" in text.splitlines()


def test_a_pull_quote_figure_survives() -> None:
    quote = (
        "<figure class='pullquote'><blockquote><p>“A list of names is not an assessment.”</p>"
        "</blockquote><figcaption>— Judge Miriam Oduya</figcaption></figure>"
    )
    text = text_of(page(BRIEF + quote + PARAS)).splitlines()
    assert "“A list of names is not an assessment.”" in text
    assert "— Judge Miriam Oduya" in text


def test_third_blind_brief_corpus_floors() -> None:
    """tests/data/briefs_blind3 (tuned on since 2026-12-02): 0 leaked, 0 lost lines of 60 pages;
    held out it measured leak 0.035, recall 0.991, controls 0.973 (bare 0.461 / 0.982 / 0.932)."""
    from bench.extraction import newsagg_text

    score = blind_scorer("briefs_blind3")
    results = []
    for path in sorted((DATA / "briefs_blind3" / "pages").glob("*.json")):
        label = json.loads(path.read_text("utf-8"))
        raw = path.with_suffix(".html").read_bytes()
        results.append((*score.judge(label, newsagg_text(raw)), len(label["clutter"])))
    assert_no_loss_and_little_leak(results)


def components_page(body: str, rail: str = "") -> bytes:
    """A page built of custom elements (web components), as a component framework renders it."""
    html = (
        "<html><body><news-app><news-article><news-title>Reservoirs below 40 per cent</news-title>"
        f"<news-body>{body}</news-body></news-article>{rail}</news-app></body></html>"
    )
    return html.encode()


def test_custom_element_paragraphs_stay_apart_and_a_quote_keeps_its_credit() -> None:
    paras = "".join(f"<news-paragraph>{p[3:]}</news-paragraph>" for p in PARAS.split("</p>")[:2])
    quote = (
        "<blockquote><p>“We waited a long time.”</p><cite>Maria Lind, lawyer</cite></blockquote>"
    )
    inline = "<news-paragraph>Levels were checked <time-ago>two days ago</time-ago> again.</news-paragraph>"
    text = text_of(components_page(paras + quote + inline)).splitlines()
    assert text[0].endswith("published on Friday.")
    assert "Maria Lind, lawyer" in text
    assert "Levels were checked two days ago again." in text  # inline in its sentence


def test_a_rail_of_custom_teaser_elements_goes() -> None:
    cards = "".join(
        f"<news-teaser href='/t/{n}'><teaser-kicker>1{n}:05</teaser-kicker><teaser-title>{h}"
        f"</teaser-title><teaser-text>{d}</teaser-text></news-teaser>"
        for n, (h, d) in enumerate(HEADLINES)
    )
    raw = components_page(BRIEF, f"<news-rail>{cards}</news-rail>")
    assert_clean(raw)


def test_web_story_pages_of_other_stories_go() -> None:
    """An AMP web story: one page per paragraph, then a page of linked cards."""

    def story_page(inner: str) -> str:
        return (
            f"<amp-story-page><amp-story-grid-layer>{inner}</amp-story-grid-layer></amp-story-page>"
        )

    paras = [story_page(p + "</p>") for p in BRIEF.split("</p>")[:2]]
    cards = "".join(
        f"<amp-story-grid-layer><a href='/t/{n}'><h2>{h}</h2></a><p>{d}</p></amp-story-grid-layer>"
        for n, (h, d) in enumerate(HEADLINES)
    )
    html = f"<html><body><amp-story standalone>{''.join(paras)}<amp-story-page>{cards}"
    raw = (html + "</amp-story-page></amp-story></body></html>").encode()
    assert_clean(raw)
    assert "said it was too early to say the backlog had peaked." in text_of(raw)


def test_fourth_blind_brief_corpus_floors() -> None:
    """tests/data/briefs_blind4 (tuned on since session 5, 2026-12-02): leak 9.0% of clutter
    lines, body recall 0.970 on the 48 short pages, 0.971 on the 12 controls; held out it
    measured 16.0% / 0.970 / 0.956 (bare trafilatura 41.9% / 0.924 / 0.912). Left: layout
    tables of <br> lines, forum portal rows, a pull-quote <aside> among <div> paragraphs."""
    from bench.extraction import newsagg_text

    score = blind_scorer("briefs_blind4")
    short: list[tuple[dict[str, Any], dict[str, list[str]]]] = []
    controls: list[tuple[dict[str, Any], dict[str, list[str]]]] = []
    for path in sorted((DATA / "briefs_blind4" / "pages").glob("*.json")):
        label = json.loads(path.read_text("utf-8"))
        result = score.judge(label, newsagg_text(path.with_suffix(".html").read_bytes()))
        (controls if label["kind"] == "control" else short).append((label, result))

    def recall(rows: list[tuple[dict[str, Any], dict[str, list[str]]]]) -> float:
        return 1 - sum(len(r["lost"]) for _, r in rows) / sum(len(lb["body"]) for lb, _ in rows)

    leaked = sum(len(r["leaked"]) for _, r in short)
    assert leaked <= 0.11 * sum(len(label["clutter"]) for label, _ in short)
    assert recall(short) >= 0.96
    assert recall(controls) >= 0.96


def test_teaser_cards_beside_div_paragraphs_go() -> None:
    """A headless CMS renders paragraphs as <div data-block="paragraph">: they are the prose the
    cards' topic is judged against (<p>s alone left no body vocabulary, so no topical break)."""
    paras = [
        "Järvelän kaupunki aloittaa keväällä hankkeen, jolla se haluaa houkutella ulkomaisia "
        "rakennusalan työntekijöitä alueen yrityksiin.",
        "Hankkeessa työntekijät saavat suomen kielen opetusta ja apua asunnon etsimiseen. "
        "Kaupungin mukaan alalla on tällä hetkellä noin 300 avointa työpaikkaa.",
    ]
    cards = [
        ("Asuntojen hinnat laskivat kolmatta kuukautta", "Erityisesti kerrostaloasunnot halpenivat."),
        ("Myrsky katkaisi sähköt tuhansista kodeista", "Korjaustyöt jatkuvat vielä huomenna"),
        ("Hiihtäjä otti uransa ensimmäisen voiton", "Nuori urheilija oli nopein sprintin"),
        ("Kotijoukkue voitti jatkoajalla", "Ratkaisumaali syntyi vasta toisen jatkoerän lo"),
        ("Uusi kirjasto avautuu keskustaan", "Kirjastossa on myös kahvila ja tilat lasten"),
    ]  # fmt: skip
    body = "".join(f"<div data-block='paragraph'>{p}</div>" for p in paras)
    teasers = "".join(
        f"<div data-component='teaser'><div data-slot='title'><a href='/n/{n}'>{h}</a></div>"
        f"<div data-slot='summary'>{d}</div></div>"
        for n, (h, d) in enumerate(cards)
    )
    html = f"<html><body><div data-component='body'>{body}<div data-component='teaser-list'>"
    text = text_of((html + teasers + "</div></div></body></html>").encode())
    assert text.splitlines() == paras
