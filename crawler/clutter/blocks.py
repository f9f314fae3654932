"""Block sequences: what each block can be (head, teaser, glue, cue, body) and how consecutive
blocks group into headline items. Blocks come from DOM siblings (crawler.clutter.prune) or text lines
(crawler.clutter.clean); crawler.clutter.teasers scores the runs of items.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from crawler.clutter import phrases
from crawler.clutter import textsignals as ts

_MAX_TEASER_CHARS = 420
_MAX_STRUCTURAL_TEASER_CHARS = 300
_MAX_HEAD_CHARS = 200
_MAX_TWO_SENTENCE_HEAD = 120
_MAX_ITEM_BLOCKS = 4


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of a sequence: a DOM child or a text line, with what the DOM knew about it."""

    text: str
    is_heading: bool = False
    link_ratio: float = 0.0  # share of the text inside links
    owner: int = 0  # index of the element/line it came from (a card gives two blocks)
    is_label: bool = (
        False  # a label line repeated through the text (crawler.clutter.clean.repeated_labels)
    )


def role_of(block: Block, structural: bool) -> str:
    """body | head (opens an item) | tease (follows one) | glue (time, rank, label) | cue."""
    text = block.text
    if phrases.is_section_cue(text):
        return "cue"
    if block.is_label or ts.is_glue(text):
        return "glue"
    is_link = block.link_ratio >= 0.6
    if (block.is_heading or is_link) and _is_head_text(text, is_link):
        return "head"
    if structural:
        # (a text's columns are its characters at least: a long one is settled by its length)
        short = (
            len(text) <= _MAX_STRUCTURAL_TEASER_CHARS
            and ts.width(text) <= _MAX_STRUCTURAL_TEASER_CHARS
            and not is_link
        )
        return "tease" if short else "body"
    if ts.is_bullet(text) or ts.is_attribution(text) or ts.is_table_row(text):
        return "body"  # a content list item (headline lists are caught by their links), a credit
    if ts.is_headline_shaped(text):
        return "head"
    short = len(text) <= _MAX_TEASER_CHARS and ts.width(text) <= _MAX_TEASER_CHARS
    return "tease" if short else "body"


def _is_head_text(text: str, is_link: bool) -> bool:
    if ts.width(text) > _MAX_HEAD_CHARS:
        return False
    if ts.has_two_sentences(text):
        # a linked headline of two ("Farmers protest. Road blocked"), open-ended, is one
        return is_link and ts.width(text) <= _MAX_TWO_SENTENCE_HEAD and not ts.ends_sentence(text)
    return is_link or not text.rstrip().endswith(".")


def group_items(
    blocks: list[Block], roles: list[str], structural: bool
) -> list[list[tuple[int, ...]]]:
    """Split the sequence into runs of items; an item is a head plus a teaser and small labels."""
    runs: list[list[tuple[int, ...]]] = []
    current: list[tuple[int, ...]] = []
    i = 0
    while i < len(blocks):
        if _opens_item(blocks, roles, i, structural):
            item, i = _take_item(blocks, roles, i, structural)
            if not (structural and _heads_own_body(blocks, roles, item, i)):
                current.append(item)
            continue
        if roles[i] != "glue" and current:
            runs.append(current)
            current = []
        i += 1
    if current:
        runs.append(current)
    return runs


def _heads_own_body(blocks: list[Block], roles: list[str], item: tuple[int, ...], i: int) -> bool:
    """A lone head over the long text of its own element: a story's heading (one post among
    others in a channel), not an item."""
    head = blocks[item[0]]
    return (
        len(item) == 1 and i < len(blocks) and roles[i] == "body" and blocks[i].owner == head.owner
    )


def _take_item(
    blocks: list[Block], roles: list[str], start: int, structural: bool
) -> tuple[tuple[int, ...], int]:
    item = [start]
    if roles[start] == "glue":  # a kicker (rank, time, section) belongs to the head after it
        start += 1
        item.append(start)
    has_teaser = roles[start] == "tease"
    # In the DOM a teaser sits in the head's own card, or under a heading element; a paragraph
    # after a linked paragraph is the article going on.
    head = blocks[start]
    i = start + 1
    while i < len(roles) and len(item) < _MAX_ITEM_BLOCKS:
        same_card = structural and blocks[i].owner == head.owner
        is_own = not structural or head.is_heading or same_card
        kicker = _next_is_head(roles, i) and not same_card
        # A repeated label (byline, read time) after the teaser closes this item.
        trailing = blocks[i].is_label and has_teaser
        if roles[i] == "glue" and (trailing or not kicker) and is_own:
            item.append(i)
        elif (
            (roles[i] == "tease" or _is_labelled_dek(blocks, roles, i))
            and not has_teaser
            and is_own
        ):
            item.append(i)
            has_teaser = True
        else:
            break
        i += 1
    return tuple(item), i


def _is_labelled_dek(blocks: list[Block], roles: list[str], i: int) -> bool:
    """A headline-shaped line under a headline, itself followed by the item's label: a dek."""
    return roles[i] == "head" and i + 1 < len(blocks) and blocks[i + 1].is_label


def _opens_item(blocks: list[Block], roles: list[str], i: int, structural: bool) -> bool:
    """A head, a headline-less truncated teaser card, or a rank/time just before a head."""
    if roles[i] == "head":
        return True
    if roles[i] == "tease":
        return not structural and ts.is_truncated(blocks[i].text)
    return roles[i] == "glue" and _next_is_head(roles, i)


def _next_is_head(roles: list[str], i: int) -> bool:
    return i + 1 < len(roles) and roles[i + 1] == "head"


def detach_lone_teasers(
    blocks: list[Block], roles: list[str], items: list[tuple[int, ...]], structural: bool
) -> list[tuple[int, ...]]:
    """A "teaser" under one headline of a bare headline list is the article going on. In text,
    one the CMS cut is an item of its own: a list of cut teasers whose headlines the extractor
    dropped, where one cut short passed for a headline and took the next one as its teaser."""
    with_teaser = [any(roles[i] == "tease" for i in item[1:]) for item in items]
    if len(items) < 2 or sum(with_teaser) * 2 >= len(items):
        return items
    detached: list[tuple[int, ...]] = []
    for item in items:
        detached.append(tuple(i for i in item if i == item[0] or roles[i] != "tease"))
        cut = (i for i in item[1:] if roles[i] == "tease" and ts.is_truncated(blocks[i].text))
        detached.extend((i,) for i in cut if not structural)
    return detached


def trim_unmarked_edges(
    blocks: list[Block], roles: list[str], items: list[tuple[int, ...]]
) -> list[tuple[int, ...]]:
    """Without the edge items that are built unlike the rest and carry none of its marks (a
    brief's own sub-headed sections, unlinked and whole, above a linked list of other stories)."""
    kinds = [_head_kind(blocks, roles, item) for item in items]
    usual = max(set(kinds), key=kinds.count)
    if kinds.count(usual) * 2 <= len(items):
        return items

    def odd(item: tuple[int, ...], kind: tuple[bool, bool]) -> bool:
        return kind != usual and not _is_marked(blocks, roles, item)

    start, end = 0, len(items)
    while start < end and odd(items[start], kinds[start]):
        start += 1
    while end > start and odd(items[end - 1], kinds[end - 1]):
        end -= 1
    return items[start:end]


# An item sharing this much of its vocabulary with the body is on the body's topic.
_ON_TOPIC = 0.2


def trim_on_topic_top(
    blocks: list[Block],
    roles: list[str],
    items: list[tuple[int, ...]],
    body_vocab: Callable[[], set[str]],
) -> list[tuple[int, ...]]:
    """Without the unmarked items at the top of a list of other stories that share the body's
    vocabulary: the brief's own Q&A or fact lines right above the list, run into it. (At the
    bottom, on-topic items are the usual related stories.) `body_vocab` is read only when the
    first item is unmarked; empty when there is too little body to judge."""
    if _is_marked(blocks, roles, items[0]):
        return items  # the common case: a linked or cut first item, no vocabulary read
    vocab = body_vocab()
    if not vocab:
        return items
    shares = [
        ts.overlap(ts.content_stems(" ".join(blocks[i].text for i in it)), vocab) for it in items
    ]
    topical = [s is not None and s >= _ON_TOPIC for s in shares]
    if sum(topical) * 2 >= len(items):
        return items  # a list on the article's topic ("More on this story"): judged whole
    start = 0
    while start < len(items) and topical[start] and not _is_marked(blocks, roles, items[start]):
        start += 1
    return items[start:]


def _head_kind(blocks: list[Block], roles: list[str], item: tuple[int, ...]) -> tuple[bool, bool]:
    head = blocks[head_of(item, roles)]
    return head.is_heading, head.link_ratio >= 0.6


def _is_marked(blocks: list[Block], roles: list[str], item: tuple[int, ...]) -> bool:
    if blocks[head_of(item, roles)].link_ratio >= 0.6:
        return True
    return any(roles[i] == "tease" and ts.is_truncated(blocks[i].text) for i in item)


def cue_before(roles: list[str], first: int) -> int | None:
    for index in range(first - 1, max(-1, first - 3), -1):
        if roles[index] == "cue":
            return index
        if roles[index] != "glue":
            return None
    return None


def head_of(item: tuple[int, ...], roles: list[str]) -> int:
    return item[1] if roles[item[0]] == "glue" and len(item) > 1 else item[0]


# ---- item shapes (scored by crawler.clutter.teasers)


def share_of(items: list[tuple[int, ...]], test: Callable[[tuple[int, ...]], bool]) -> float:
    return sum(map(test, items)) / len(items)


# News headlines run longer than an article's own sub-headings ("How to apply", "Who is
# affected?"), in words or, for languages of long compound words (fi, hu, tr), in characters;
# and a list of other stories has more items than a brief has sections.
_MIN_PAIRS = 4
_MIN_HEADLINE_WORDS = 5.0
_MIN_HEADLINE_CHARS = 34.0


def are_story_pairs(
    blocks: list[Block], roles: list[str], items: list[tuple[int, ...]], heads: list[str]
) -> bool:
    words = sum(map(ts.word_count, heads)) / len(heads)
    chars = sum(map(ts.width, heads)) / len(heads)
    if len(items) < _MIN_PAIRS or (words < _MIN_HEADLINE_WORDS and chars < _MIN_HEADLINE_CHARS):
        return False
    return share_of(items, lambda it: is_pair(blocks, roles, it)) >= 0.8


def is_pair(blocks: list[Block], roles: list[str], item: tuple[int, ...]) -> bool:
    """A headline-shaped line and exactly one teaser of one sentence."""
    teasers = [blocks[i].text for i in item[1:] if roles[i] == "tease"]
    head = blocks[head_of(item, roles)].text
    one = len(teasers) == 1 and not ts.has_two_sentences(teasers[0])
    return one and ts.is_headline_shaped(head)


def are_labelled(
    blocks: list[Block], roles: list[str], items: list[tuple[int, ...]], structural: bool
) -> bool:
    """Three items or more, nearly all with a repeated label line; in the DOM, cards closed by
    a time or count."""
    if structural:
        closed = share_of(items, lambda it: len(it) >= 3 and roles[it[-1]] == "glue")
        return len(items) >= 3 and closed >= 0.75
    return len(items) >= 3 and share_of(items, lambda it: has_label(blocks, it)) >= 0.6


def has_label(blocks: list[Block], item: tuple[int, ...]) -> bool:
    return any(blocks[i].is_label for i in item)


def all_headed(blocks: list[Block], roles: list[str], items: list[tuple[int, ...]]) -> bool:
    """Every item a DOM heading with a teaser of one sentence."""
    for item in items:
        teasers = [blocks[i].text for i in item[1:] if roles[i] == "tease"]
        head = blocks[head_of(item, roles)]
        if not head.is_heading or len(teasers) != 1 or ts.has_two_sentences(teasers[0]):
            return False
    return True
