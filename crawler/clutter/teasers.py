"""Runs of headline/teaser items (related, most-read, trending lists) in DOM or line blocks, scored
by shares of evidence: truncation, fixed cuts, times, links, headings, title case, topical break,
tail position, a cue above the run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from crawler.clutter import textsignals as ts
from crawler.clutter.align import align_teasers
from crawler.clutter.blocks import (
    Block,
    all_headed,
    are_labelled,
    are_story_pairs,
    cue_before,
    detach_lone_teasers,
    group_items,
    head_of,
    role_of,
    trim_on_topic_top,
    trim_unmarked_edges,
)

# A run is clutter when its evidence reaches this score (see score_parts for the weights).
_REMOVE_SCORE = 3.0
_MIN_PROSE_CHARS = 100
_MIN_BODY_VOCAB = 10
# Text mode takes at most half of a text as clutter unless the run is evident (see _is_evident).
_MAX_REMOVED_SHARE = 0.5
# An evident run leaves at least this much prose (briefs are 350 characters and more).
_MIN_REST_PROSE_CHARS = 150
_MIN_EVIDENT_ITEMS = 3


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive items judged together; `blocks` are indices into the block sequence."""

    blocks: tuple[int, ...]
    items: tuple[tuple[int, ...], ...]
    score: float
    is_evident: bool = False  # proven clutter whatever its share of the text


def find_clutter_runs(
    blocks: list[Block],
    body_vocab: Callable[[frozenset[str]], set[str]] | None = None,
    *,
    structural: bool = False,
) -> list[Run]:
    """Runs of headline items that score as clutter.

    structural (DOM mode): only headings and links open items, and `body_vocab` gives the page's
    prose vocabulary outside the given texts (called only when a run needs its topic judged). Text mode: line shape may
    open items, the body vocabulary is the prose outside the run, the run must be smaller than
    the rest, and the tail position counts.
    """
    judge = _Judge(blocks, structural, body_vocab)
    runs = [judge.run(items) for items in group_items(blocks, judge.roles, structural)]
    found = [run for run in runs if run is not None]
    return found if structural else _within_budget(blocks, found)


class _Judge:
    """Scores the runs of one block sequence (shares the roles and the lazy body vocabulary)."""

    def __init__(
        self,
        blocks: list[Block],
        structural: bool,
        body_vocab: Callable[[frozenset[str]], set[str]] | None,
    ) -> None:
        self.blocks = blocks
        self.structural = structural
        roles = [role_of(b, structural) for b in blocks]
        self.roles = roles if structural else align_teasers(blocks, roles)
        self.body_vocab = body_vocab
        self.prose: list[tuple[int, set[str]]] | None = None
        # In hard-wrapped text (pre blocks, poems, old mail) open-ended lines are no truncation.
        self.wrapped = not structural and ts.count_wrapped([b.text for b in blocks]) >= 2

    def run(self, items: list[tuple[int, ...]]) -> Run | None:
        items = detach_lone_teasers(self.blocks, self.roles, items, self.structural)
        items = trim_unmarked_edges(self.blocks, self.roles, items)
        flat = tuple(i for item in items for i in item)
        cue = cue_before(self.roles, items[0][0])
        parts = score_parts(
            self.blocks, self.roles, items, structural=self.structural, announced=cue is not None
        )
        if self.wrapped:
            parts.pop("truncated", None)
            parts.pop("fixed_cut", None)
        if cue is not None and parts:
            # "Most read", "Related stories" right above: announced as not-the-article.
            flat, parts["cue"] = (cue, *flat), 2.0
        if not parts or not (self.structural or _has_strong_signal(parts, len(items))):
            return None  # shape, times, topic and position alone also fit content lists, forums
        if not self.structural and cue is None:  # again without the brief's lines on top
            rest = trim_on_topic_top(self.blocks, self.roles, items, lambda: self._vocab_of(items))
            if len(rest) < len(items):
                return self.run(rest) if rest else None
        if (
            not self.structural
            and cue is None
            and self._introduced(items[0][0])
            and not _has_teaser_cuts(parts)
        ):
            return None  # "Our picks for you:" written by the text: its own list
        topical = _topical_break(self.blocks, items, self.roles, self.vocab(flat))
        if "cue" in parts or parts.get("links", 0.0) >= 1.0:
            topical = max(topical, 0.0)  # announced or linked stories: related even when on topic
        parts["topical_break"] = topical
        score = sum(parts.values())
        if score < _REMOVE_SCORE or not _has_proof(parts):
            return None
        evident = not self.structural and self._is_evident(parts, items, set(flat))
        if not (self.structural or evident or _is_minor(self.blocks, set(flat))):
            return None
        return Run(flat, tuple(items), score, evident)

    def _is_evident(
        self, parts: dict[str, float], items: list[tuple[int, ...]], run: set[int]
    ) -> bool:
        """A brief's trailing list may outweigh the brief: proven by position, repetition and
        truncation, links, a cue or an off-topic break, with real prose left above it."""
        if parts.get("tail", 0.0) < 1.0 or len(items) < _MIN_EVIDENT_ITEMS:
            return False
        proof = ("truncated", "fixed_cut", "links", "cue")
        shaped = any(key in parts for key in _SHAPES)
        off_topic_cards = shaped and parts["topical_break"] >= 1.0
        if not (off_topic_cards or any(parts.get(key, 0.0) >= 1.0 for key in proof)):
            return False  # bare lines of shape and topic alone may be the page's own list
        rest = (b.text for i, b in enumerate(self.blocks) if i not in run)
        return sum(ts.width(t) for t in rest if ts.ends_sentence(t)) >= _MIN_REST_PROSE_CHARS

    def _introduced(self, first: int) -> bool:
        """The line above the run ends with a colon and is no list cue: the text announces it."""
        above = first - 1
        return above >= 0 and self.roles[above] != "cue" and self.blocks[above].text.endswith(":")

    def _vocab_of(self, items: list[tuple[int, ...]]) -> set[str]:
        """The prose vocabulary outside `items`, empty when too small to judge a topic by."""
        vocab = self.vocab(tuple(i for item in items for i in item))
        return vocab if len(vocab) >= _MIN_BODY_VOCAB else set()

    def vocab(self, exclude: tuple[int, ...]) -> set[str]:
        if self.body_vocab is not None:
            return self.body_vocab(frozenset(self.blocks[i].text for i in exclude))
        if self.prose is None:
            self.prose = _prose_stems(self.blocks)
        return set().union(*(stems for i, stems in self.prose if i not in exclude))


def _within_budget(blocks: list[Block], runs: list[Run]) -> list[Run]:
    """The best-scoring runs while together they stay a minor part of the text.

    Many small runs can add up to most of a page (result tables, link directories): then the
    page is a list, and only its clearest clutter goes.
    """
    budget = _MAX_REMOVED_SHARE * sum(len(b.text) for b in blocks)
    kept: list[Run] = []
    for run in sorted(runs, key=lambda r: -r.score):
        size = sum(len(blocks[i].text) for i in run.blocks)
        if run.is_evident:
            kept.append(run)
        elif size <= budget:
            kept.append(run)
            budget -= size
    return kept


def _has_teaser_cuts(parts: dict[str, float]) -> bool:
    return parts.get("truncated", 0.0) >= 1.0 or parts.get("fixed_cut", 0.0) >= 1.0


def _has_strong_signal(parts: dict[str, float], n_items: int) -> bool:
    strong = ("truncated", "fixed_cut", "links", "cue", "headed", "paired", "labels")
    if any(parts.get(key, 0.0) >= 1.0 for key in strong):
        return True
    # Three or more Title Case lines in a row are a headline list (or a table of contents).
    return n_items >= 3 and parts.get("title_case", 0.0) >= 0.75


def score_parts(
    blocks: list[Block],
    roles: list[str],
    items: list[tuple[int, ...]],
    *,
    structural: bool,
    announced: bool = False,
) -> dict[str, float]:
    """The weighted signals of a run, by name (empty when the run cannot be a list).

    The topical break is added by the caller, only for runs that other evidence makes suspect.
    """
    n = len(items)
    teasers = [blocks[i].text for item in items for i in item[1:] if roles[i] == "tease"]
    # An item without a headline (its image caption dropped by the extractor) counts its teaser
    # when a cut mark ends it: open-ended lines alone are also exercises, verse, notes.
    teasers += [
        blocks[item[0]].text
        for item in items
        if roles[item[0]] == "tease" and ts.has_cut_mark(blocks[item[0]].text)
    ]
    heads = [blocks[head_of(item, roles)].text for item in items]
    if n < (3 if structural and not announced else 2) or len(set(heads)) < 0.8 * n:
        # Too few items to be a list (the DOM holds sections of two, unless a cue announced a
        # list); repeated labels ("Solution", "Details") are not headlines.
        return {}
    with_extra = sum(len(item) > (2 if roles[item[0]] == "glue" else 1) for item in items)
    if structural and with_extra * 2 < n and not announced:
        return {}  # bare link lists in the page are menus or content; text mode judges them
    link_weight = 1.5 if structural else 2.0
    parts = {
        "truncated": 2.0 * sum(ts.is_truncated(t) for t in teasers) / n,
        "fixed_cut": 1.5 if ts.has_fixed_length_cut(teasers) else 0.0,
        "times": sum(any(ts.has_time(blocks[i].text) for i in item) for item in items) / n,
        "links": link_weight
        * sum(blocks[head_of(item, roles)].link_ratio >= 0.6 for item in items)
        / n,
        "title_case": sum(ts.is_title_case(h) for h in heads) / n,
        "tail": 1.0 if not structural and _is_tail(roles, items) else 0.0,
    }
    if not structural and n >= 3 and all_headed(blocks, roles, items):
        parts["headed"] = 1.0  # heading + one-sentence dek, every time: the shape of a list
    elif not structural and are_story_pairs(blocks, roles, items, heads):
        parts["paired"] = 1.0  # news headline + one-sentence dek, nearly every time
    if are_labelled(blocks, roles, items, structural):
        parts["labels"] = 1.0  # a byline/read time (a card's time footer) in every item
    if structural and n >= 3 and with_extra == n and parts["links"] >= link_weight * 0.8:
        parts["cards"] = 1.0  # repeated cards: a linked headline with its own text, every time
    if teasers and sum(map(len, teasers)) / len(teasers) > 250:
        parts["long_teasers"] = -1.0  # full paragraphs: more likely sections of the article
    return parts


# Shapes that also fit an article's own sub-sections or a live blog: proof needs an off-topic
# break with them.
_SHAPES = ("headed", "paired", "labels")


def _has_proof(parts: dict[str, float]) -> bool:
    """Headed or paired items alone are also an article's sub-sections: they need an off-topic
    break."""
    others = ("truncated", "fixed_cut", "links", "cue", "title_case")
    if any(parts.get(key, 0.0) for key in _SHAPES) and not any(
        parts.get(key, 0.0) >= 0.75 for key in others
    ):
        return parts["topical_break"] >= 1.0
    return True


def _is_tail(roles: list[str], items: list[tuple[int, ...]]) -> bool:
    last = items[-1][-1]
    return all(role != "body" and role != "tease" for role in roles[last + 1 :])


def _prose_stems(blocks: list[Block]) -> list[tuple[int, set[str]]]:
    return [
        (index, ts.content_stems(block.text))
        for index, block in enumerate(blocks)
        if ts.width(block.text) >= _MIN_PROSE_CHARS and ts.ends_sentence(block.text)
    ]


def _is_minor(blocks: list[Block], run: set[int]) -> bool:
    """Clutter is the smaller part of a text; a run holding most of it is the content."""
    inside = sum(len(b.text) for i, b in enumerate(blocks) if i in run)
    return inside < sum(len(b.text) for b in blocks) - inside


def _topical_break(
    blocks: list[Block], items: list[tuple[int, ...]], roles: list[str], body_vocab: set[str]
) -> float:
    """Up to +1.5 when the items share little vocabulary with the body, -1 when they share a lot.

    Short headlines share few words with anything, so this only adds to other evidence.
    """
    if len(body_vocab) < _MIN_BODY_VOCAB:
        return 0.0  # too little body to judge a topic against
    texts = [blocks[i].text for item in items for i in item if roles[i] in ("head", "tease")]
    found = (ts.overlap(ts.content_stems(t), body_vocab) for t in texts)
    sims = [s for s in found if s is not None]
    if not sims:
        return 0.0
    mean = sum(sims) / len(sims)
    if mean < 0.1:
        return 1.5
    if mean < 0.2:
        return 1.0
    if mean < 0.3:
        return 0.5
    return -1.0 if mean > 0.5 else 0.0
