"""Language-light text signals about one line: shape, truncation, times, vocabulary."""

from __future__ import annotations

import itertools
import re

from crawler.clutter.cues import READ_MORE, READ_ON

_END_SENTENCE = tuple(".!?…。！？؟۔।።")
_CLOSERS = "\"'”’»)]*"
_ELLIPSIS = r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))"
# A cut mark at the end, or before the list's "Read more" link ("…Weiterlesen", "... Lire la suite").
_ELLIPSIS_RE = re.compile(rf"{_ELLIPSIS}\s*(?:{READ_MORE})?[\s»›→>|]*$", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
_STEM_WORD_RE = re.compile(r"[^\W\d_]{4,}")
_MARKER_STARTS = frozenset("-–•*#0123456789")
_NUMBERING_RE = re.compile(r"^\s*(?:[-–•*]\s+|#?\d{1,2}[.)]?\s+)")
# Words a truncated teaser often stops on: cut mid-sentence right after a function word.
_DANGLING_WORDS = (
    "a an the of to and or in for with on at by from as is are was that this its their his "
    "her der die das den dem des und oder mit von zu im in auf für bei ein eine einen le la "
    "les de des du et ou en au aux un une pour par sur avec el los las y o en un una por "
    "para con del al que il lo gli di da e per con su het een van en op met voor w z na do "
    "i o za od"
)
_DANGLING = frozenset(_DANGLING_WORDS.split())
_STOP_WORDS = (
    "that this with from have has had were been will would could should their there they "
    "them what when where which while about after before into over than then also more most "
    "some said says just only very such other your ours because being does dont said über "
    "nach einer eines einem nicht sich auch noch wird wurde werden sind haben hatte dass "
    "wenn oder aber sein seine ihre ihren dans pour avec sont cette mais plus comme leur "
    "elle elles nous vous être fait para como pero esta este sobre entre desde cuando "
    "porque también"
)
_STOP = frozenset(_STOP_WORDS.split())
_RELATIVE_TIME_RE = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?|h|hrs?|hours?|days?|weeks?|months?|mins?)\s+ago\b|\bjust now\b|"
    r"\bvor\s+\d+\s*(?:Min(?:uten?)?|Std\.?|Stunden?|Tag(?:en)?|Wochen?)\b|"
    r"\bil y a\s+\d+\s*(?:min(?:utes?)?|h|heures?|jours?)\b|"
    r"\bhace\s+\d+\s*(?:min(?:utos?)?|h|horas?|días?)\b|\bhá\s+\d+\s*(?:min|minutos?|horas?|dias?)\b|"
    r"\b\d+\s*(?:minuti|ore|giorni)\s+fa\b|\b\d+\s*(?:minuten|uur|dagen)\s+geleden\b|"
    r"\b\d+\s*(?:min|minut|godz(?:in)?\.?|dni)\s+temu\b|"
    r"\b\d+\s*(?:min(?:ut(?:er|e)?)?|timm(?:e|ar)|timer?|dag(?:ar|er)?)\s+(?:sedan|siden)\b|"
    # read times: "3 min read", "3 Min. Lesezeit", "3 min de lecture", "Lesezeit: 3 Min."
    r"\b\d+\s*min(?:ute)?s?\.?\s+(?:read|lesezeit|de lecture|de lectura|di lettura|de leitura|"
    r"leestijd|czytania|läsning|lesing|lesetid|læsetid)\b|\blesezeit:?\s*\d+\s*min",
    re.IGNORECASE,
)
_EDGE_DATE_RE = re.compile(
    r"^(?:\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d|"
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})\b|"
    r"(?:\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d|"
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})\s*$",
    re.IGNORECASE,
)
_TWO_SENTENCES_RE = re.compile(r"[.!?]\s+[A-ZÄÖÜÉÈ]")
# Han, kana, Hangul and full-width forms: two columns each (Unicode East Asian Width W/F), and
# about as much text as two Latin letters: length thresholds are in columns (see width).
_WIDE_RE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)
# Scripts written without spaces between words (Han, kana, Thai).
_UNSPACED_RE = re.compile("[\u0e00-\u0e7f\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Content-bearing runs of Chinese and Japanese (Han and katakana; hiragana is mostly grammar)
# and Korean words (Hangul syllables, whose particles ride on the word's end).
_IDEOGRAPHIC_RUN_RE = re.compile(
    "[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}|[\uac00-\ud7a3]{2,}"
)
_RANK_RE = re.compile(r"^\s*(?:#?\d{1,2}[.)]?|[-–•*])\s*$")


def strip_marker(text: str) -> str:
    """The line without a list bullet or rank number in front."""
    text = text.strip()
    if not text or text[0] not in _MARKER_STARTS:
        return text  # the common case, without a regex
    return _NUMBERING_RE.sub("", text, count=1).strip()


def ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip(_CLOSERS).endswith(_END_SENTENCE)


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def width(text: str) -> int:
    """Length in columns: a Han, kana or Hangul character counts two (see _WIDE_RE)."""
    return len(text) if text.isascii() else len(text) + len(_WIDE_RE.findall(text))


def is_wide_script(text: str) -> bool:
    """Written in Han, kana or Hangul for the most part ("外籍人才永久居留申请 | Daily Courier")."""
    return bool(text) and width(text) - len(text) >= _WIDE_SHARE * len(text)


_WIDE_SHARE = 0.3


def word_count(text: str) -> int:
    """Words, where scripts without spaces count one word per two characters."""
    count = len(text.split())
    return count if text.isascii() else count + len(_UNSPACED_RE.findall(text)) // 2


_MIN_DANGLING_CUT_CHARS = 60


# A lone "more" arrow after the last word ("... a sbírku »"): the teaser goes on behind its link.
# Not a closing quote: the line holds no other guillemet (« French », »Nordic», »German«).
_MORE_ARROWS = (" »", " ›", " →")
_MIN_ARROW_TEASER_CHARS = 30


# A teaser that stops on its link to the rest ("... в ночь на Читать далее").
_READ_ON_TAIL_RE = re.compile(rf"\s(?:{READ_ON})\s*[»›→>]*$", re.IGNORECASE)


def has_cut_mark(text: str) -> bool:
    """An ellipsis at the end (before a "Read more" link at most), a lone "more" arrow, or a
    read-on link right after the last word: a teaser the CMS cut."""
    text = text.rstrip()
    read_on = len(text) >= _MIN_ARROW_TEASER_CHARS and _READ_ON_TAIL_RE.search(text)
    if read_on and not ends_sentence(_READ_ON_TAIL_RE.sub("", text)):
        return True
    if text.endswith(_MORE_ARROWS) and len(text) >= _MIN_ARROW_TEASER_CHARS:
        return sum(map(text.count, "«»‹›")) <= 1
    return bool(_ELLIPSIS_RE.search(text))


def is_truncated(text: str) -> bool:
    """A teaser cut off by the CMS: an ellipsis, or prose that stops mid-sentence."""
    text = text.strip()
    if has_cut_mark(text):
        return True
    columns = width(text)
    if columns < 40 or ends_sentence(text) or not text[-1].isalnum():
        return False
    tokens = words(text)
    if not tokens:
        return False
    last = tokens[-1]
    # ... on a function word; shorter lines end on such words as headlines too ("Deutschland
    # zieht ins Halbfinale ein": a German verb particle)
    short_word = last in _DANGLING or (len(last) <= 2 and last.islower())
    if short_word and columns >= _MIN_DANGLING_CUT_CHARS:
        return True
    # Long sentence-case prose without an end is a sentence chopped at a length limit.
    return not is_title_case(text) and columns >= 70 and word_count(text) >= 10


def is_title_case(text: str) -> bool:
    """Headline Capitalisation: most longer words start upper-case (English-style headlines)."""
    long_words = [w for w in words(strip_marker(text)) if len(w) >= 4]
    if len(long_words) < 3:
        return False
    return sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)


def is_headline_shaped(text: str, *, marked: bool = False) -> bool:
    """Short, open-ended, one-sentence text: how headlines (and sub-headings) look.

    `marked`: the markup made it a headline (a card's link), so only a cut mark unmakes it; a
    last short word is no cut there ("Theater sagt Premiere ab").
    """
    text = strip_marker(text)
    if len(text) > 160 or not 2 <= word_count(text) <= 22 or width(text) > 160:
        return False  # (160 characters are 160 columns at least: no word count needed)
    stripped = text.rstrip(_CLOSERS)
    if stripped.endswith((".", ",", ";", ":", "…")):
        return False
    if has_cut_mark(text) if marked else is_truncated(text):
        return False
    return not has_two_sentences(text)


def count_wrapped(lines: list[str]) -> int:
    """Lines that stop mid-sentence and go on in the next line: hard-wrapped text, not teasers."""
    return sum(
        len(a) >= 40 and not ends_sentence(a) and b[:1].islower()
        for a, b in itertools.pairwise(lines)
    )


def has_two_sentences(text: str) -> bool:
    return bool(_TWO_SENTENCES_RE.search(text))


def is_bullet(text: str) -> bool:
    """A list item as trafilatura renders it ("- item")."""
    return text.startswith(("- ", "• ", "* "))


def is_attribution(text: str) -> bool:
    """A quote's credit line ("— the mother, at the hearing"): part of the quote above it."""
    return text.startswith(("— ", "―", "—", "– ")) and len(text) <= _MAX_ATTRIBUTION_CHARS


_MAX_ATTRIBUTION_CHARS = 120
_OPENING_QUOTES = tuple("\"“„«»‘‚'")
_CLOSING_QUOTES = tuple("\"”“»«’'")


def is_quotation(text: str) -> bool:
    """A line that is all one quotation (a pull quote): the short line under it is its credit."""
    return text.startswith(_OPENING_QUOTES) and text.rstrip(".").endswith(_CLOSING_QUOTES)


def is_table_row(text: str) -> bool:
    """A table row as trafilatura renders it ("| 2024 | 655 |"): data, or a fact box's line."""
    return text.startswith("| ") and text.endswith(" |")


# Every time and date above holds a digit, but for "just now": a line without either (most) skips
# both regexes.
_TIME_GATE_RE = re.compile(r"\d|just now", re.IGNORECASE)


def has_time(text: str) -> bool:
    """A relative time ("2 hours ago"), or a clock time/date at either edge of the line."""
    if _TIME_GATE_RE.search(text) is None:
        return False
    if _RELATIVE_TIME_RE.search(text):
        return True
    return len(text) <= 200 and bool(_EDGE_DATE_RE.search(text.strip()))


def is_glue(text: str) -> bool:
    """Tiny lines inside lists: a rank, a time, a category label, a read-time."""
    text = text.strip()
    if len(text) <= 4 and _RANK_RE.match(text):  # a rank is four characters at most ("#12.")
        return True
    # (width counts a character once at least: long lines are settled without it)
    if len(text) > 40 or width(text) > 40 or word_count(text) > 4 or ends_sentence(text):
        return False
    return has_time(text) or word_count(text) <= 2


def has_fixed_length_cut(teasers: list[str]) -> bool:
    """Most open-ended teasers have the same length (within one character): a CMS cut them."""
    lengths = sorted(
        len(t.strip()) for t in teasers if width(t.strip()) >= 40 and not ends_sentence(t)
    )
    if len(lengths) < 2:
        return False
    best = max(sum(1 for b in lengths if 0 <= b - a <= 1) for a in lengths)
    return best >= 2 and best * 2 >= len(teasers)


def content_stems(text: str) -> set[str]:
    """Crude stems of the content words: lower-cased, 6-letter prefixes, without function words;
    in Chinese, Japanese and Korean, the character pairs of Han, katakana and Hangul runs."""
    stems = {w[:6] for w in (m.lower() for m in _STEM_WORD_RE.findall(text)) if w not in _STOP}
    if text.isascii():
        return stems
    for run in _IDEOGRAPHIC_RUN_RE.findall(text):
        stems.discard(run.lower()[:6])  # the run as one "word" is no stem
        stems.update(run[i : i + 2] for i in range(len(run) - 1))
    return stems


def overlap(stems: set[str], vocab: set[str]) -> float | None:
    """Share of `stems` found in `vocab` (None when there is nothing to compare)."""
    return len(stems & vocab) / len(stems) if stems else None
