"""Where topical evidence sits in a text: paragraph layout of the words and the share of
paragraphs that carry evidence, so one focused paragraph in a long article counts for little."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from crawler.topic.termmatch import Tokens, fold_text, tokenize

PARAGRAPH_BREAK = re.compile(r"\n\s*")
MIN_PARAGRAPH_WORDS = 8  # bylines, captions and datelines are not paragraphs of the argument


@dataclass(frozen=True, slots=True)
class Layout:
    """The words of lead and body, with the index of the first word of each paragraph."""

    tokens: Tokens
    starts: list[int]

    def paragraph_of(self, word: int) -> int:
        return bisect.bisect_right(self.starts, word) - 1

    def sizes(self) -> list[int]:
        ends = [*self.starts[1:], len(self.tokens.lower)]
        return [end - start for start, end in zip(self.starts, ends, strict=True)]


def lay_out(summary: str | None, text: str, *, cased: bool, paragraph_words: int) -> Layout:
    """Summary (unless the text repeats it at its start) then the text, paragraph by paragraph;
    a paragraph longer than twice `paragraph_words` (or a text without breaks) is cut in chunks."""
    folded = fold_text(text)
    parts = [p for p in PARAGRAPH_BREAK.split(folded) if p.strip()]
    if summary:
        folded_summary = fold_text(summary)
        head = tokenize(folded_summary).lower
        if tokenize(folded[: len(folded_summary) + 16]).lower[: len(head)] != head:
            parts.insert(0, folded_summary)
    lower: list[str] = []
    exact: list[str] | None = [] if cased else None
    starts: list[int] = []
    for part in parts:
        words = tokenize(part, cased=cased)
        size = len(words.lower)
        step = paragraph_words if size > 2 * paragraph_words else max(size, 1)
        starts.extend(range(len(lower), len(lower) + max(size, 1), step))
        lower += words.lower
        if exact is not None and words.cased is not None:
            exact += words.cased
        else:
            exact = None  # a part whose cased words do not align: no case-sensitive matching
    return Layout(Tokens(lower, exact), starts or [0])


def topical_paragraphs(
    layout: Layout, points: Iterable[tuple[int, int, float]], min_points: float
) -> tuple[int, int]:
    """(paragraphs whose matches weigh `min_points` or more, paragraphs long enough to count);
    `points` are (word index, term, points) of each kept match. A term repeated in a paragraph
    adds at most half its weight again: five "border"s are not one "asylum"."""
    per_term: dict[tuple[int, int], tuple[float, float]] = {}
    for word, term, value in points:
        key = (layout.paragraph_of(word), term)
        total, single = per_term.get(key, (0.0, 0.0))
        per_term[key] = (total + value, max(single, value))
    per_paragraph: dict[int, float] = {}
    for (paragraph, _), (total, single) in per_term.items():
        per_paragraph[paragraph] = per_paragraph.get(paragraph, 0.0) + min(total, 1.5 * single)
    sizes = layout.sizes()
    counted = [i for i, size in enumerate(sizes) if size >= MIN_PARAGRAPH_WORDS] or [0]
    topical = sum(1 for i in counted if per_paragraph.get(i, 0.0) >= min_points)
    return topical, len(counted)
