"""Golden pages for trustworthy metadata: people vs credits, clean names, the published date.

One page per failure class (tests/data/metadata), in several languages: the outlet as an
author, month names glued to names, one name split in two, role bylines, "Name / AP", Chinese
and German co-authors, update notes, a fact-checked claim's date, day-only dates west of UTC.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from crawler.clutter.clean import clean_article
from crawler.extract.article import extract_article
from crawler.extract.published import published_text
from crawler.items import Page

CASES = sorted((Path(__file__).parent / "data" / "metadata").glob("*.json"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_golden_metadata(case: Path) -> None:
    expected = json.loads(case.read_text(encoding="utf-8"))
    page = Page(url=expected["url"], html=case.with_suffix(".html").read_bytes())
    article = extract_article(page, now=datetime.fromisoformat(expected["now"]))
    assert article is not None
    article = clean_article(article)
    assert list(article.authors) == expected["authors"]
    assert list(article.credits) == expected["credits"]
    published = published_text(article.published_at, article.published_precision)
    assert (published, article.published_precision, article.published_at_source) == (
        expected["published_at"],
        expected["precision"],
        expected["source"],
    )


def test_there_is_a_golden_page_per_language() -> None:
    languages = {c.stem.rsplit("_", 1)[1] for c in CASES}
    assert {"en", "de", "fr", "es", "zh", "da", "ca"} <= languages
