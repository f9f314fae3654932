"""The line pass, Extraction -> Article: boilerplate, cue and template lines and teaser runs out,
judged with the DOM hints extraction handed over (cleaning never parses HTML)."""

from __future__ import annotations

from dataclasses import replace

from crawler.clutter import furniture, phrases, player
from crawler.clutter import textsignals as ts
from crawler.clutter.blocks import Block
from crawler.clutter.teasers import find_clutter_runs
from crawler.clutter.template import TemplateMemory
from crawler.items import Article, Extraction, PageHints

# Template removal that would take more than this share of the text means the page is a copy of
# another page of the host (same article, new URL), not that its body is template.
_MAX_TEMPLATE_SHARE = 0.5
_TITLE_LINES = 3  # the headline may follow a kicker or a date; after them, only non-prose lines
_MIN_PROSE_COLUMNS = 80
_BIO_LINES = 3
_MAX_ANNOUNCED_ITEM_COLUMNS = 200  # an author's bio is among the last lines
_MIN_CUT_ITEMS = 3


def clean_article(extraction: Extraction, *, template: TemplateMemory | None = None) -> Article:
    """The article without the lines that are not the article.

    `template` (one per crawl process) drops lines seen on many other pages of the same host.
    """
    article = extraction.article
    lines = article.text.splitlines()  # extraction handed over normalised, non-empty lines
    if template is not None:
        lines = _drop_template_lines(lines, article, template)
    lines = drop_boilerplate(lines)
    lines = drop_title_line(lines, article.title)
    lines = drop_masthead_lines(lines, article.site_name)
    lines = drop_author_bio(lines)
    return replace(article, text="\n".join(drop_teaser_runs(lines, extraction.hints)))


def drop_title_line(lines: list[str], title: str | None) -> list[str]:
    """The headline repeated at the top of the text (after a kicker or date at most): the title
    is a field of its own."""
    key = _title_key(title) if title else ""
    for index, line in enumerate(lines):
        if key and _title_key(line) == key:
            return lines[:index] + lines[index + 1 :]
        if index + 1 >= _TITLE_LINES and _is_prose(line):
            break  # the article has begun: a later headline line is the text's own
    return lines


def _is_prose(line: str) -> bool:
    return ts.width(line) >= _MIN_PROSE_COLUMNS and ts.ends_sentence(line)


def drop_masthead_lines(lines: list[str], site_name: str | None) -> list[str]:
    """Lines that are the site's name alone ("— The Harwick Courier", a masthead cell)."""
    key = _title_key(site_name) if site_name else ""
    if not key:
        return lines
    first = key.split(" ", 1)[0]  # in the line whenever its key is the site's: a cheap test first
    return [line for line in lines if first not in line.casefold() or _title_key(line) != key]


def drop_author_bio(lines: list[str]) -> list[str]:
    """The author's bio among the last lines ("Jane Roe is a reporter covering ...")."""
    tail = len(lines) - _BIO_LINES
    return [line for i, line in enumerate(lines) if i < tail or not furniture.is_author_bio(line)]


def _title_key(text: str) -> str:
    return " ".join(ts.words(text.casefold()))


def _could_open_item(line: str) -> bool:
    """A short line that is no finished sentence (headline, label, time) or a cut-off teaser."""
    return len(line) <= 200 and (not ts.ends_sentence(line) or ts.is_truncated(line))


def drop_boilerplate(lines: list[str]) -> list[str]:
    """Boilerplate lines out, and the title of the video a player shows: a headline under the
    player's "Now watching", or between two of its lines."""
    chrome = [player.is_player_chrome(line) for line in lines]
    kept = []
    for index, line in enumerate(lines):
        if chrome[index] or _is_boilerplate_line(line):
            continue
        if index and chrome[index - 1] and ts.is_headline_shaped(line):
            after = index + 1 < len(lines) and chrome[index + 1]
            if after or player.introduces_video(lines[index - 1]):
                continue
        kept.append(phrases.without_boilerplate_cells(line))
    return kept


def _is_boilerplate_line(line: str) -> bool:
    return phrases.is_boilerplate(line) or phrases.is_inline_cue(line)


def _drop_template_lines(lines: list[str], article: Article, template: TemplateMemory) -> list[str]:
    key = article.canonical_url or article.url
    recurring = template.recurring(article.url, lines, page_key=key)
    template.observe(article.url, lines, page_key=key)
    removed = sum(len(lines[i]) for i in recurring)
    if not recurring or removed > _MAX_TEMPLATE_SHARE * sum(map(len, lines)):
        return lines
    return [line for i, line in enumerate(lines) if i not in recurring]


def drop_teaser_runs(lines: list[str], hints: PageHints | None = None) -> list[str]:
    """Drop headline/teaser runs and the section cue lines ("Most read") that announce them."""
    while lines and phrases.is_section_cue(lines[-1]):
        lines = lines[:-1]  # a list header whose list the DOM pass removed
    if sum(_could_open_item(line) for line in lines) < 2:
        return lines  # a run needs two items at least: the common case, settled cheaply
    hints = hints or PageHints()
    labels = repeated_labels(lines)
    cut_lists = _cut_bullet_lists(lines)
    blocks = [
        _line_block(i, ts.strip_marker(line) if i in cut_lists else line, hints, i in labels)
        for i, line in enumerate(lines)
    ]
    drop: set[int] = set()
    for run in find_clutter_runs(blocks):
        drop.update(run.blocks)
    for index, line in enumerate(lines):
        if phrases.is_section_cue(line):
            drop.add(index)
            drop.update(_announced_item(blocks, index))
    glue = [i in labels or ts.is_glue(line) for i, line in enumerate(lines)]
    last = max((i for i in range(len(lines)) if not glue[i]), default=-1)
    kept = [i for i in range(len(lines)) if i not in drop]
    while last in drop and kept and glue[kept[-1]]:  # ranks/times orphaned by a tail run
        kept.pop()
    return [lines[i] for i in kept]


def _cut_bullet_lists(lines: list[str]) -> set[int]:
    """The lines of bullet lists where three items or more end in a cut mark ("- A teaser of
    another story (...)"): a headline list rendered as a list (a <dl>, a <ul> without links), to
    be judged as plain lines rather than kept as the article's own list."""
    found: set[int] = set()
    start = None
    for index, line in enumerate([*lines, ""]):
        if ts.is_bullet(line):
            start = index if start is None else start
            continue
        if start is not None and sum(map(ts.has_cut_mark, lines[start:index])) >= _MIN_CUT_ITEMS:
            found.update(range(start, index))
        start = None
    return found


def _line_block(index: int, line: str, hints: PageHints, is_label: bool) -> Block:
    key = ts.strip_marker(line).casefold()
    return Block(
        text=line,
        is_heading=key in hints.headings,
        link_ratio=1.0 if key in hints.anchors or _opens_with_link(key, hints) else 0.0,
        owner=index,
        is_label=is_label,
    )


_LEAD_SEPARATORS = (" - ", " – ", " — ", " | ")


def _opens_with_link(key: str, hints: PageHints) -> bool:
    """A linked headline with its teaser run into one line ("<a>Headline</a> - Teaser..."): the
    line is a linked item."""
    for separator in _LEAD_SEPARATORS:
        head, found, _ = key.partition(separator)
        if found and head in hints.anchors:
            return True
    return False


def _announced_item(blocks: list[Block], cue: int) -> list[int]:
    """The single headline (and teaser) right after a "Read more" header, when it is one, or
    every bullet of the headline list under it."""
    after = blocks[cue + 1 : cue + 3]
    if not after or phrases.is_section_cue(after[0].text):
        return []
    if ts.is_bullet(after[0].text):
        end = cue + 1
        while (
            end < len(blocks)
            and ts.is_bullet(blocks[end].text)
            and ts.width(blocks[end].text) <= _MAX_ANNOUNCED_ITEM_COLUMNS
        ):
            end += 1  # "Fire at a warehouse. 20 crews fought it": two sentences, one headline
        return list(range(cue + 1, end))
    if not ts.is_headline_shaped(after[0].text):
        return []
    picked = [cue + 1]
    if len(after) > 1 and len(after[1].text) < 300 and not ts.is_headline_shaped(after[1].text):
        picked.append(cue + 2)
    return picked


_LABEL_MAX_CHARS = 40
_LABEL_MAX_WORDS = 5
_LABEL_MIN_REPEATS = 3


def repeated_labels(lines: list[str]) -> set[int]:
    """Short label lines that repeat their first word before a full name, or their last words
    after a number, at least three times ("By X Y", "Door X Y"; "4 min czytania"): the bylines and
    read times of a list, in any language."""
    keys: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        tokens = line.split()
        if (
            len(line) > _LABEL_MAX_CHARS
            or not 2 <= len(tokens) <= _LABEL_MAX_WORDS
            or not line[0].isalnum()
            or ts.ends_sentence(line)
            or line.endswith(":")  # "Empfehlungen von X:" introduces a list, it labels none
        ):
            continue
        first = tokens[0].rstrip(":").casefold()
        tail = " ".join(t for t in tokens[-2:] if not any(c.isdigit() for c in t)).casefold()
        if first.isalpha() and _is_full_name(tokens[1:]):  # "By Eva Lund", not "Die Frage der X"
            keys.setdefault("^" + first, []).append(index)
        if tail and any(c.isdigit() for c in line):
            keys.setdefault("$" + tail, []).append(index)
    found: set[int] = set()
    for indices in keys.values():
        if len(indices) >= _LABEL_MIN_REPEATS:
            found.update(indices)
    return found


def _is_full_name(tokens: list[str]) -> bool:
    return 2 <= len(tokens) <= 3 and all(t[0].isupper() and t.isalpha() for t in tokens)
