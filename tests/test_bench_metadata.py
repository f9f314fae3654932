"""The metadata benchmark: its corpus writes the truth it labels, and newsagg holds its floors."""

from __future__ import annotations

import html

import pytest

from bench.metadata import PARTS, build, read_newsagg, run_benchmark, true_days


@pytest.mark.parametrize("part", list(PARTS))
def test_every_labelled_name_is_on_its_page(part: str) -> None:
    for shaped in build(part, 40):
        text = html.unescape(shaped.html)
        for name in (*shaped.authors, *shaped.credits):
            # "Needleman, Sarah" pages write the family name first: each word must be there.
            assert all(word in text for word in name.split()), (shaped.name, name)


def test_the_parts_are_built_from_different_shapes() -> None:
    tuned = {shaped.name for shaped in build("tuned", 30)}
    heldback = {shaped.name for shaped in build("heldback", 30)}
    assert tuned and heldback and not tuned & heldback


def test_floors_on_a_sample_of_both_parts() -> None:
    result = run_benchmark(pages=40)
    for part in PARTS:
        ours, base = result[part]["ours"], result[part]["baseline"]
        assert ours["outlet_as_person_pages"] == 0, part
        assert ours["authors_exact"] >= 0.8, part
        assert ours["day_right"] >= 0.95, part
        assert ours["authors_exact"] > base["authors_exact"], part


def test_a_west_of_utc_evening_is_read_on_its_own_day() -> None:
    late = [s for s in build("tuned", 120) if "T2" in s.published and "-0" in s.published[-6:]]
    assert late, "the corpus has late-evening stories west of UTC"
    for shaped in late:
        assert read_newsagg(shaped).day in true_days(shaped), shaped.url
