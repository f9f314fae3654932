"""The run scorer on block sequences: which signals make a list clutter, and which never do."""

from __future__ import annotations

from crawler.clutter import textsignals as ts
from crawler.clutter.blocks import Block
from crawler.clutter.teasers import find_clutter_runs

BODY = [
    Block(
        "Councillors on Tuesday night approved a long-debated plan to build about 2,000 homes on "
        "the site of a former rail yard east of the city centre, ending years of wrangling over "
        "the height of the buildings and the share of affordable housing in the scheme."
    ),
    Block(
        "The developer has agreed that 35 percent of the flats will be let at below-market rents, "
        "up from 25 percent in an earlier version. The plan also includes a primary school, a "
        "health centre and a new park along the canal, councillors said on Tuesday night."
    ),
]


def blocks(*texts: str, link: bool = False, heading: bool = False) -> list[Block]:
    return [Block(t, is_heading=heading, link_ratio=1.0 if link else 0.0) for t in texts]


def removed(seq: list[Block], **kwargs: object) -> set[str]:
    return {seq[i].text for run in find_clutter_runs(seq, **kwargs) for i in run.blocks}  # type: ignore[arg-type]


def test_fixed_length_teasers_are_a_list() -> None:
    items = blocks(
        "Oil prices inch down",
        "Crude prices slipped as the oilfield ramped up production, countered by severe disruptions f",
        "Rafah crossing may open",
        "Israel confirmed the identification of the remains, paving the way for the crossing's par",
    )
    assert removed(BODY + items) == {b.text for b in items}


def test_same_shape_in_sentence_case_without_evidence_is_kept() -> None:
    items = blocks(
        "What growers say",
        "Growers said the delays cost them money.",
        "What comes next",
        "A vote is due in May.",
    )
    assert removed(BODY + items) == set()


def test_linked_items_are_a_list_in_text_mode() -> None:
    items = blocks(
        "Bahnstreik legt Fernverkehr lahm",
        "Kommunen fordern mehr Geld",
        "Wetter: Sturmtief an der Küste",
        link=True,
    )
    assert removed(BODY + items) == {b.text for b in items}


def test_a_run_that_is_most_of_the_text_is_kept() -> None:
    items = blocks(*(f"Product Number {n} Review: Great Value For Money" for n in "ABCDEFGHIJ"))
    assert removed(BODY[:1] + items) == set()
    assert removed(BODY + BODY + items) != set()  # the same list next to a longer body goes


def test_dom_mode_needs_links_or_headings_to_open_items() -> None:
    items = blocks(
        "First Title Case Line Here", "Second Title Case Line Here", "Third Title Case Line Here"
    )
    assert removed(BODY + items, structural=True, body_vocab=lambda _: set()) == set()


def test_section_cue_announces_the_list() -> None:
    items = blocks(
        "Most read",
        "Bahnstreik legt Fernverkehr lahm",
        "Kommunen fordern mehr Geld",
        "Wetter: Sturmtief an der Küste",
    )
    assert removed(BODY + items) == {b.text for b in items}


def test_repeated_labels_are_not_headlines() -> None:
    items = blocks(
        "Worked solution",
        "Compute the mass of a glass cuboid with a = 4 cm and b = 3 cm",
        "Worked solution",
        "What mass does one cubic metre of building sand have, at 1.7 g",
        "Worked solution",
        "A lorry bed measures 4 m by 2.5 m by 0.5 m; how much sand fits in",
        link=False,
    )
    linked = [Block(b.text, link_ratio=1.0 if b.text == "Worked solution" else 0.0) for b in items]
    assert removed(BODY + linked) == set()


def test_a_cut_mark_before_a_read_more_link_is_truncation() -> None:
    assert ts.is_truncated("Die Botschaften melden lange Wartelisten, obwohl… Weiterlesen")
    assert ts.is_truncated("Les négociateurs n'ont pas réussi à s'entendre sur le... Lire la suite")
    assert not ts.is_truncated("Officials said the plan would be read more widely next year.")


def test_a_linked_headline_may_end_on_a_short_word() -> None:
    """German separable particles end headlines ("sagt ... ab"); in a card's link that is no cut."""
    headline = "Staatstheater sagt Premiere nach Wasserschaden ab"
    assert ts.is_headline_shaped(headline, marked=True)
    assert not ts.is_headline_shaped("Unbekannte haben nach Angaben des Unternehmens…", marked=True)


def test_a_short_line_ending_on_a_particle_is_no_cut() -> None:
    assert not ts.is_truncated("Handball-EM: Deutschland zieht ins Halbfinale ein")
    assert ts.is_truncated("Die Gewerkschaft fordert mehr Geld und kürzere Schichten für die")


def test_a_lone_more_arrow_is_a_cut_mark_and_a_closing_guillemet_is_not() -> None:
    assert ts.has_cut_mark("Návštěvníci uvidí původní nábytek a sbírku »")
    assert ts.is_truncated("Les riverains pourront déposer leurs remarques jusqu'à ›")
    assert not ts.has_cut_mark("Le ministre a répondu : « Nous sommes prêts »")
    assert not ts.has_cut_mark("Hon sa: »Vi är redo»")
    assert not ts.has_cut_mark("Mehr »")  # a link label, no teaser
