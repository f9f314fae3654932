"""DOM pruning: linked headline cards and trending lists go; tables, menus, content lists stay."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.clutter.layout import brbr_text_blocks, wrap_paragraphs
from crawler.clutter.prune import prune_clutter

PARAS = "".join(
    f"<p>{text}</p>"
    for text in [
        "Growers across the Midwest say delays in processing seasonal agricultural visas are "
        "threatening this year's harvest, as thousands of workers are still waiting for interviews.",
        "The program allows farms to hire foreign workers for temporary jobs when they cannot find "
        "enough domestic labour. Demand for the visas has more than tripled over the past decade.",
        "The State Department said it had added staff at consulates and expected waiting times to "
        "fall within a month. Labor officials said they were reviewing complaints about wages.",
    ]
)
HEADLINES = [
    "Central Bank Holds Rates Steady, Signals Cut Later This Year",
    "Heatwave Warning Issued as Temperatures Set to Hit 40C",
    "Ancient Shipwreck Found Intact at Bottom of Black Sea",
    "Box Office: Space Western Tops Charts in Second Weekend",
]
TEASER = "Officials said on Monday that the measure would take effect next month and cover most of"


def prune(html: str) -> str:
    tree = lxml.html.fromstring(html)
    prune_clutter(tree)
    return " ".join(tree.text_content().split())


def page(extra: str) -> str:
    return f"<html><body><div class='story'><h1>Farm visas</h1>{PARAS}{extra}</div></body></html>"


CLUTTER = {
    "cards": "".join(
        f"<div class='c'><a href='/{i}'><h3>{h}</h3></a><p>{TEASER}…</p></div>"
        for i, h in enumerate(HEADLINES)
    ),
    "trending": "<ol>"
    + "".join(
        f"<li><span>{i + 1}</span><a href='/{i}'>{h}</a><span>{i + 2} hours ago</span></li>"
        for i, h in enumerate(HEADLINES)
    )
    + "</ol>",
    # a component library's teaser list: the headline link four levels below the list
    "deep_cards": "<ul class='list'>"
    + "".join(
        f"<li class='item'><div class='teaser'><div class='content'><h3 class='title'>"
        f"<a href='/{i}'>{h}</a></h3><div class='desc'><p>{TEASER}.</p></div></div></div></li>"
        for i, h in enumerate(HEADLINES)
    )
    + "</ul>",
    "link_teasers": "<ul>"
    + "".join(
        f"<li><a href='/{i}'>{h}</a> <p>{TEASER[: 60 + i]}</p></li>"
        for i, h in enumerate(HEADLINES)
    )
    + "</ul>",
}


@pytest.mark.parametrize("name", list(CLUTTER))
def test_headline_lists_are_removed(name: str) -> None:
    text = prune(page(CLUTTER[name]))
    assert all(h not in text for h in HEADLINES)
    assert "waiting times to fall within a month" in text


KEEP = {
    # a data table whose first column links somewhere
    "table": "<table>"
    + "".join(
        f"<tr><td><a href='/{i}'>{h}</a></td><td>{i * 3} €</td><td>good</td></tr>"
        for i, h in enumerate(HEADLINES)
    )
    + "</table>",
    # a site menu: bare links, no teasers (trafilatura drops menus itself)
    "menu": "<ul>"
    + "".join(f"<li><a href='/{i}'>{h}</a></li>" for i, h in enumerate(HEADLINES))
    + "</ul>",
    # sub-headings of the article with their paragraphs
    "sections": "".join(
        f"<h2>Part {i}: what growers say</h2><p>{TEASER} the growers in the region, officials said "
        "at a press conference that lasted for more than an hour in the state capital.</p>"
        for i in range(4)
    ),
    # a content list without links
    "facts": "<ul><li>7,500 visas in April</li><li>12,000 visas in May</li><li>priority for dairy</li></ul>",
}


@pytest.mark.parametrize("name", list(KEEP))
def test_content_structures_are_kept(name: str) -> None:
    html = page(KEEP[name])
    before = " ".join(lxml.html.fromstring(html).text_content().split())
    assert prune(html) == before


def test_removal_keeps_the_text_after_a_removed_element() -> None:
    html = page(
        CLUTTER["cards"].replace("</div><div class='c'>", "</div> tail words <div class='c'>", 1)
    )
    assert "tail words" in prune(html)


def forum_rows(cells: str, header: str = "Latest news") -> str:
    """A forum portal's headline table: a header cell, then one row per item."""
    rows = "".join(cells.format(n=n, h=h, t=TEASER[: 50 + n]) for n, h in enumerate(HEADLINES))
    return f"<table><tr><th colspan='2'>{header}</th></tr>{rows}</table>"


def test_a_forum_headline_table_is_judged_not_kept_as_data() -> None:
    """Rows of headline + teaser (a line apart in one cell) with a time beside: a list."""
    cells = (
        "<tr><td><span><a href='/{n}'>{h}</a></span><br><span>{t}</span></td>"
        "<td><span>1{n}:05</span></td></tr>"
    )
    text = prune(page(forum_rows(cells)))
    assert all(h not in text for h in HEADLINES)
    assert "waiting times to fall within a month" in text


@pytest.mark.parametrize(
    "cells",
    [
        # a note under the linked name, but a second cell of text: a data table
        "<tr><td><a href='/{n}'>{h}</a><br>{t}</td><td>{t} in the district</td></tr>",
        # one line per cell: the link has no teaser under it, and no list cue heads the table
        "<tr><td><a href='/{n}'>{h}</a></td><td>1{n}:05</td></tr>",
    ],
)
def test_tables_of_linked_rows_with_more_data_stay(cells: str) -> None:
    html = page(forum_rows(cells, header="Hearings this week"))
    before = " ".join(lxml.html.fromstring(html).text_content().split())
    assert prune(html) == before


def test_font_era_items_under_a_cell_go() -> None:
    """<font><b><a>Headline</a></b><br>teaser</font><br><br>: an inline wrapper is the card."""
    items = "".join(
        f"<font size='2'><b><a href='/{i}'>{h}</a></b><br>{TEASER[: 55 + i]}</font><br><br>"
        for i, h in enumerate(HEADLINES)
    )
    text = prune(page(f"<div class='side'><font><b>MORE NEWS</b></font><br>{items}</div>"))
    assert all(h not in text for h in HEADLINES)
    assert "waiting times to fall within a month" in text


def test_channel_posts_headed_by_a_bold_line_go_beside_the_story_post() -> None:
    """A channel mirror: the story is one post among posts of other news, each a bold headline
    over a <br>, a one-line teaser cut short and a view counter; the story post stays whole."""
    cut = TEASER[:70]
    posts = "".join(
        f"<div class='msg'><div class='msg_text'><b>{h}</b><br>{cut}…</div>"
        f"<span class='views'>{i + 2}.1K</span></div>"
        for i, h in enumerate(HEADLINES)
    )
    story = f"<div class='msg'><div class='msg_text'><b>Farm visas delayed</b><br><br>{PARAS}</div>"
    story += "</div>"
    text = prune(
        "<html><head><title>Farm visas delayed - Channel</title></head><body>"
        f"<section class='history'>{posts}{story}</section></body></html>"
    )
    assert all(h not in text for h in HEADLINES)
    assert "Farm visas delayed" in text
    assert "waiting times to fall within a month" in text


def test_bold_lead_ins_of_the_story_paragraphs_stay() -> None:
    """<p><b>Label</b><br>text</p> paragraphs on the story's own topic are the story."""
    paras = "".join(
        f"<p><b>{label}</b><br>{text}</p>"
        for label, text in [
            ("Seasonal visas in numbers", "Demand for seasonal farm visas tripled in a decade."),
            ("What growers say about visas", "Growers say visa delays threaten the harvest."),
            ("What the visa offices say", "Consulates added staff to cut the visa waiting times."),
            ("The next visa deadline", "Farms must file seasonal visa requests by the spring."),
        ]
    )
    text = prune(page(paras))
    assert "Growers say visa delays threaten the harvest." in text
    assert "The next visa deadline" in text


def test_a_text_written_in_br_paragraphs_becomes_paragraphs() -> None:
    """A post or an e-paper text view: <br><br>-separated paragraphs straight in a <div> become
    <p>s (the extractor fuses their single-<br> lines: "...three measures: Ad Sponsored: ...");
    a <div> with paragraphs of its own, or one of links, stays as it is."""
    text = "<br><br>".join(
        [
            "<b>Farm visas delayed</b>",
            *(p[3:] for p in PARAS.split("</p>") if p),
            "Farms that miss the spring deadline will have to wait for the autumn round, the "
            "department said, and late files will not be examined before the harvest is over.",
            "Three measures:<br><a href='/ad'>Advertisement</a><br>Sponsored: a loan",
        ]
    )
    tree = lxml.html.fromstring(f"<html><body><div class='post'>{text}</div></body></html>")
    for block in brbr_text_blocks(tree):
        wrap_paragraphs(block)
    paras = [" ".join(p.text_content().split()) for p in tree.iter("p")]
    assert len(paras) == 6 and paras[1].startswith("Growers across the Midwest")
    assert paras[0] == "Farm visas delayed"
    last = tree.findall(".//p")[-1]
    assert [br.tail for br in last.iter("br")] == [None, "Sponsored: a loan"]
    links = "<br><br>".join(f"<a href='/{i}'>{h}</a> and more" for i, h in enumerate(HEADLINES))
    with_p = f"<div>{text}<p>{HEADLINES[0]}</p></div>"
    for markup in (f"<div>{links * 3}</div>", with_p):
        assert brbr_text_blocks(lxml.html.fromstring(f"<html><body>{markup}</body></html>")) == []


def test_a_table_under_a_most_read_cue_goes_with_its_section_labels() -> None:
    """A 2003 portal's "most read" table: a cue row, then rows of section | time beside each
    linked headline. Without the cue, rows with times beside links are a data table."""
    rows = "".join(
        f"<tr><td class='date'>Politics | 0{i + 1}.12.2026 10:15</td><td><a href='/h{i}'>{h}</a>"
        "</td></tr>"
        for i, h in enumerate(HEADLINES)
    )
    cue = "<tr><td colspan='2'>Most read</td></tr>"
    text = prune(page(f"<table class='side'>{cue}{rows}</table>"))
    assert all(h not in text for h in HEADLINES)
    assert "waiting times to fall within a month" in text
    assert HEADLINES[0] in prune(page(f"<table class='side'>{rows}</table>"))
