"""Text folding and term matching for topic profiles: accents folded, words and phrases found
with alternatives, prefixes, infixes and regular expressions in one pass over the words."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from settings.topics import TopicTerm

WORD = re.compile(r"\w+")
PATTERN_WORD = re.compile(r"\*?\w+\*?")
COMBINING = re.compile("[\u0300-\u036f]")  # accents NFKD splits off letters
# letters NFKD does not split into base + accent
SPECIAL_FOLDS = {
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "ø": "o",
    "Ø": "O",
    "œ": "oe",
    "Œ": "OE",
    "đ": "d",
    "Đ": "D",
    "ł": "l",
    "Ł": "L",
    "ı": "i",
    "þ": "th",
    "Þ": "Th",
}
SPECIAL_LETTERS = re.compile("[" + "".join(SPECIAL_FOLDS) + "]")

Step = tuple[str, str]  # (exact | prefix | infix, folded word)
Match = tuple[int, int, int]  # (term index, first word, word after the last)


def fold_text(text: str) -> str:
    """The text without accents (é -> e, ß -> ss); compatibility forms unified (ﬁ -> fi)."""
    if text.isascii():
        return text
    folded = COMBINING.sub("", unicodedata.normalize("NFKD", text))
    if folded.isascii():
        return folded
    return SPECIAL_LETTERS.sub(lambda m: SPECIAL_FOLDS[m.group()], folded)


@dataclass(frozen=True, slots=True)
class Tokens:
    lower: list[str]
    cased: list[str] | None  # None unless a case-sensitive term needs it and it aligns


def tokenize(folded: str, *, cased: bool = False) -> Tokens:
    lower = WORD.findall(folded.lower())
    exact = WORD.findall(folded) if cased else None
    return Tokens(lower, exact if exact is not None and len(exact) == len(lower) else None)


class TermMatcher:
    """Finds non-overlapping term matches in a word list; longest phrase wins at a position."""

    def __init__(self, terms: Sequence[TopicTerm]) -> None:
        self.has_cased = any(t.case_sensitive and not t.pattern.startswith("re:") for t in terms)
        self._lower = _WordIndex()
        self._cased = _WordIndex()
        self._regexes: list[tuple[re.Pattern[str], int]] = []
        for number, term in enumerate(terms):
            if term.pattern.startswith("re:"):
                flags = 0 if term.case_sensitive else re.IGNORECASE
                self._regexes.append((re.compile(term.pattern[3:], flags), number))
                continue
            folded = fold_text(term.pattern)
            index = self._cased if term.case_sensitive else self._lower
            for alternative in folded.split("|"):
                words = PATTERN_WORD.findall(
                    alternative if term.case_sensitive else alternative.lower()
                )
                if words:
                    index.add(number, [_step(word) for word in words])

    def find(
        self, lower: list[str], cased: list[str] | None, *, overlapping: bool = False
    ) -> list[Match]:
        found = self._lower.find(lower, overlapping=overlapping)
        if cased is not None and self.has_cased:
            found += self._cased.find(cased, overlapping=overlapping)
        if self._regexes and lower:
            found += _find_regexes(self._regexes, lower)
        return found


def _step(word: str) -> Step:
    if word.startswith("*"):
        return ("infix", word.strip("*"))
    if word.endswith("*"):
        return ("prefix", word.rstrip("*"))
    return ("exact", word)


def _step_ok(step: Step, word: str) -> bool:
    kind, value = step
    if kind == "exact":
        return word == value
    return word.startswith(value) if kind == "prefix" else value in word


Candidate = tuple[int, int, tuple[Step, ...]]  # (phrase length, term index, later words)
MEMO_WORDS = 200_000  # distinct words remembered per index; news vocabulary repeats a lot


class _WordIndex:
    """Phrases keyed by their first word: exact words, 3-letter prefixes and infixes."""

    def __init__(self) -> None:
        self._exact: dict[str, list[Candidate]] = {}
        self._prefix: dict[str, list[tuple[str, Candidate]]] = {}
        self._infix: list[tuple[str, Candidate]] = []
        self._min_infix = 1_000
        self._memo: dict[str, list[Candidate]] = {}  # word -> its candidates
        self._misses: set[str] = set()  # words known to start nothing: most of them

    def add(self, term: int, steps: list[Step]) -> None:
        (kind, first), candidate = steps[0], (len(steps), term, tuple(steps[1:]))
        if kind == "exact":
            self._exact.setdefault(first, []).append(candidate)
        elif kind == "prefix":
            self._prefix.setdefault(first[:3], []).append((first, candidate))
        else:
            self._infix.append((first, candidate))
            self._min_infix = min(self._min_infix, len(first))
        self._memo.clear()
        self._misses.clear()

    def _candidates(self, word: str) -> list[Candidate]:
        found = self._memo.get(word)
        if found is None:
            if len(self._memo) + len(self._misses) >= MEMO_WORDS:
                self._memo.clear()
                self._misses.clear()
            found = self._lookup(word)
            if found:
                self._memo[word] = found
            else:
                self._misses.add(word)
        return found

    def _lookup(self, word: str) -> list[Candidate]:
        found = list(self._exact.get(word, ()))
        found += [c for prefix, c in self._prefix.get(word[:3], ()) if word.startswith(prefix)]
        if len(word) > self._min_infix:  # compounds are longer than the part they contain
            found += [c for part, c in self._infix if part in word]
        return sorted(found, key=lambda c: -c[0])

    def find(self, words: list[str], *, overlapping: bool = False) -> list[Match]:
        """Matches left to right; `overlapping` keeps every term's match at each word."""
        # look each distinct word up once, then visit only the positions that can start a match
        # set difference first: it drops the (many) words already known to start nothing
        hits = {w: c for w in set(words) - self._misses if (c := self._candidates(w))}
        found: list[Match] = []
        free, n = 0, len(words)
        for i in [i for i, word in enumerate(words) if word in hits]:
            if i < free:
                continue
            seen: set[int] = set()
            for length, term, rest in hits[words[i]]:
                if term in seen or i + length > n:
                    continue
                if all(_step_ok(s, words[i + 1 + k]) for k, s in enumerate(rest)):
                    found.append((term, i, i + length))
                    if not overlapping:
                        free = i + length
                        break
                    seen.add(term)
        return found


def _find_regexes(regexes: list[tuple[re.Pattern[str], int]], words: list[str]) -> list[Match]:
    """Regular-expression terms run over the words joined by single spaces."""
    joined = " ".join(words)
    starts = [0]
    for word in words[:-1]:
        starts.append(starts[-1] + len(word) + 1)
    found = []
    for regex, term in regexes:
        for m in regex.finditer(joined):
            first = bisect.bisect_right(starts, m.start()) - 1
            last = bisect.bisect_left(starts, m.end())
            found.append((term, first, max(last, first + 1)))
    return found
