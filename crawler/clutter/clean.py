"""Article -> Article: text-level clutter removal, bylines to authors, whitespace, UTC dates.

Works on the extracted text line by line (one line = one paragraph/heading/list item). The DOM
part runs earlier, inside extract_article: crawler.clutter.prune on the tree, then drop_teaser_runs with
the page's heading and link texts as hints. clean_article repeats the line pass without hints
(cheap, idempotent) unless given `html` (one more parse), and drops lines a TemplateMemory has
seen on many pages of the same host.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import lxml.html

from crawler.clutter import textsignals as ts
from crawler.clutter.blocks import Block
from crawler.clutter.prune import headline_anchors
from crawler.clutter.teasers import find_clutter_runs
from crawler.clutter.template import TemplateMemory
from crawler.extract.authors import credit_article, dedupe_names, parse_byline
from crawler.extract.htmldoc import ExtractionError, parse_html
from crawler.items import Article

_INVISIBLE_RE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
# Only irregular whitespace: runs of spaces or any other space character (single spaces stay).
_SPACE_RE = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)
# Bylines sit at the start of the text or, on some sites, at its very end.
_BYLINE_HEAD_LINES = 6
_BYLINE_TAIL_LINES = 3
# Template removal that would take more than this share of the text means the page is a copy of
# another page of the host (same article, new URL), not that its body is template.
_MAX_TEMPLATE_SHARE = 0.5


def clean_article(
    article: Article,
    *,
    html: bytes | None = None,
    template: TemplateMemory | None = None,
) -> Article:
    """Remove clutter lines, move byline names to authors, normalise whitespace and dates."""
    lines = split_lines(article.text)
    if template is not None:
        lines = _drop_template_lines(lines, article, template)
    hints = page_hints(html) if html and _could_use_hints(lines) else None
    lines, byline_names = clean_lines(lines, hints)
    authors, credits = credit_article(article, byline_names)
    return replace(
        article,
        text="\n".join(lines),
        title=normalize_space(article.title) if article.title else None,
        authors=authors,
        credits=credits,
        published_at=to_utc(article.published_at),
    )


def _could_use_hints(lines: list[str]) -> bool:
    """Hints only matter with two possible item openers; else the parse of `html` is skipped."""
    return sum(_could_open_item(line) for line in lines) >= 2


def _could_open_item(line: str) -> bool:
    """A short line that is no finished sentence (headline, label, time) or a cut-off teaser."""
    return len(line) <= 200 and (not ts.ends_sentence(line) or ts.is_truncated(line))


def clean_lines(
    lines: list[str], hints: PageHints | None = None
) -> tuple[list[str], tuple[str, ...]]:
    """The line pass: bylines out (names returned), boilerplate and cue lines, teaser runs."""
    lines, byline_names = take_bylines(lines)
    lines = [line for line in lines if not _is_boilerplate_line(line)]
    return drop_teaser_runs(lines, hints), byline_names


def normalize_space(text: str) -> str:
    return _SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text))).strip()


def split_lines(text: str) -> list[str]:
    """Non-empty, whitespace-normalised lines (one normalisation pass over the whole text)."""
    text = _SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text)))
    return [line for line in (raw.strip() for raw in text.splitlines()) if line]


def to_utc(at: datetime | None) -> datetime | None:
    if at is None:
        return None
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def take_bylines(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Remove byline lines near the start or end of the text; return the names they held."""
    names: list[str] = []
    kept: list[str] = []
    edge = set(range(_BYLINE_HEAD_LINES)) | set(range(len(lines) - _BYLINE_TAIL_LINES, len(lines)))
    for index, line in enumerate(lines):
        found = parse_byline(ts.strip_marker(line)) if index in edge else None
        if found:
            names.extend(found)
        else:
            kept.append(line)
    return kept, dedupe_names(names)


def _is_boilerplate_line(line: str) -> bool:
    return ts.is_boilerplate(line) or ts.is_inline_cue(line)


def _drop_template_lines(lines: list[str], article: Article, template: TemplateMemory) -> list[str]:
    key = article.canonical_url or article.url
    recurring = template.recurring(article.url, lines, page_key=key)
    template.observe(article.url, lines, page_key=key)
    removed = sum(len(lines[i]) for i in recurring)
    if not recurring or removed > _MAX_TEMPLATE_SHARE * sum(map(len, lines)):
        return lines
    return [line for i, line in enumerate(lines) if i not in recurring]


@dataclass(frozen=True, slots=True)
class PageHints:
    """Case-folded texts of the page's headings and links: what the DOM knew about a line."""

    headings: frozenset[str] = frozenset()
    anchors: frozenset[str] = frozenset()


def drop_teaser_runs(lines: list[str], hints: PageHints | None = None) -> list[str]:
    """Drop headline/teaser runs and the section cue lines ("Most read") that announce them."""
    if sum(_could_open_item(line) for line in lines) < 2:
        return lines  # a run needs two items at least: the common case, settled cheaply
    hints = hints or PageHints()
    blocks = [_line_block(i, line, hints) for i, line in enumerate(lines)]
    drop: set[int] = set()
    for run in find_clutter_runs(blocks):
        drop.update(run.blocks)
    for index, line in enumerate(lines):
        if ts.is_section_cue(line):
            drop.add(index)
            drop.update(_announced_item(blocks, index))
    last = max((i for i, line in enumerate(lines) if not ts.is_glue(line)), default=-1)
    kept = [line for i, line in enumerate(lines) if i not in drop]
    while last in drop and kept and ts.is_glue(kept[-1]):  # ranks/times orphaned by a tail run
        kept.pop()
    return kept


def _line_block(index: int, line: str, hints: PageHints) -> Block:
    key = ts.strip_marker(line).casefold()
    return Block(
        text=line,
        is_heading=key in hints.headings,
        link_ratio=1.0 if key in hints.anchors else 0.0,
        owner=index,
    )


def _announced_item(blocks: list[Block], cue: int) -> list[int]:
    """The single headline (and teaser) right after a "Read more" header, when it is one."""
    after = blocks[cue + 1 : cue + 3]
    if not after or not ts.is_headline_shaped(after[0].text) or ts.is_section_cue(after[0].text):
        return []
    picked = [cue + 1]
    if len(after) > 1 and len(after[1].text) < 300 and not ts.is_headline_shaped(after[1].text):
        picked.append(cue + 2)
    return picked


def page_hints(html: bytes) -> PageHints:
    """Hints from raw HTML (parses it; extract_article uses hints_from_tree on its own tree)."""
    try:
        return hints_from_tree(parse_html(html))
    except ExtractionError:
        return PageHints()


def hints_from_tree(tree: lxml.html.HtmlElement) -> PageHints:
    return hints_from_elements(headline_anchors(tree))


def hints_from_elements(elements: list[lxml.html.HtmlElement]) -> PageHints:
    """Hints from headline_anchors(): heading texts and link texts of three words or more."""
    headings: set[str] = set()
    anchors: set[str] = set()
    for elem in elements:
        text = " ".join(elem.text_content().split()).casefold()
        if text.count(" ") >= 2:  # single words and pairs match too many lines
            (anchors if elem.tag == "a" else headings).add(text)
    return PageHints(frozenset(headings), frozenset(anchors))
