"""Author names: cleaning raw author strings and recognising byline lines in article text.

"By Jane Doe and John Roe | Reuters" -> ("Jane Doe", "John Roe"); "Post by : Saif Nasser" is a byline.
"""

from __future__ import annotations

import re

from crawler.clutter.textsignals import strip_marker

# Byline openers in the languages we crawl; the rest of the line must look like names.
_BYLINE_CUE = re.compile(
    r"^\s*(?:(?:posted|post|written|words|story|text|reporting|report|photos?)\s+by|by|"
    r"von|par|por|door|di|da|af|av|"
    r"autor(?:in|es|as)?|author(?:s)?|auteur(?:e|s)?|autore|redakcja|text|texte|"
    r"reporter|writer|journalist(?:e|in)?)\s*[:：]?\s+",
    re.IGNORECASE,
)
# The opening words of bylines as they start a text node (for DOM searches).
BYLINE_WORDS = ("by", "von", "par", "por", "door", "written by", "posted by", "post by")
_SPLIT_RE = re.compile(
    r"\s*(?:;|,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bog\b|\boch\b|\bi\b|\boraz\b)\s*",
    re.IGNORECASE,
)
# After these the byline carries no more names (organisation, date, role).
_TAIL_CUT_RE = re.compile(
    r"\s+[|•·–—/]\s+.*$|\s+-\s+.*$|\s*\(.*$|\s+(?:on|am|le|el|il|op|updated|published|"
    r"aktualisiert|veröffentlicht|publié|mis à jour)\b.*$|\s+\d.*$",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"\S+@\S+\.\w+")
_HANDLE_RE = re.compile(r"(?<!\w)@\w+")
_URL_RE = re.compile(r"https?://\S+|www\.\S+")
_PARTICLE_WORDS = (
    "van von der den de del della di da du le la al el bin ibn ben dos das y zu ter ten"
)
_PARTICLES = frozenset(_PARTICLE_WORDS.split())
# Words that appear in bylines but are never part of a person's name.
_NON_NAME_TEXT = (
    "staff writer reporter correspondent editor editors contributor contributing senior "
    "associate associated press agency news newsroom desk team redaktion redakteur redakteurin "
    "korrespondent rédaction journaliste redacción redação redazione agencies wire wires "
    "admin administrator guest columnist photographer the"
)
_NON_NAME_WORDS = frozenset(_NON_NAME_TEXT.split())
_MAX_NAME_TOKENS = 5
# "Kim Lee, Staff Writer" / "Kim Lee | Senior Correspondent": a name followed by a newsroom role.
_ROLE_TAIL_RE = re.compile(
    r"(?:^|[|•·]\s*)([^,|•·]{3,60}?)\s*[,|]\s*(?:senior |chief |staff |special |political |"
    r"foreign )*(?:writer|reporter|correspondent|editor|columnist|contributor)s?\s*$",
    re.IGNORECASE,
)


def clean_author(raw: str) -> str | None:
    """One person's name without cue words, handles, emails or punctuation debris; else None."""
    text = _URL_RE.sub(" ", _EMAIL_RE.sub(" ", raw))
    text = _HANDLE_RE.sub(" ", text)
    text = _BYLINE_CUE.sub("", text, count=1)
    text = _TAIL_CUT_RE.sub("", text)
    text = re.sub(r"\s+", " ", text.replace("()", " ")).strip(" \t,;:.|-–—·•'\"“”()[]")
    text = _cut_at_role(text)
    if not _is_name(text):
        return None
    if text.isupper() and len(text) > 3:
        text = text.title()  # "SAIF NASSER" -> "Saif Nasser"
    return text


def _cut_at_role(text: str) -> str:
    """'Claudia Lauer Associated Press' -> 'Claudia Lauer': a full name, then the outlet/role."""
    tokens = text.split()
    for index, token in enumerate(tokens):
        if token.lower().strip(".,") in _NON_NAME_WORDS:
            return " ".join(tokens[:index]) if index >= 2 else text
    return text


def _is_name(text: str) -> bool:
    tokens = text.split()
    if not 1 <= len(tokens) <= _MAX_NAME_TOKENS or any(ch.isdigit() for ch in text):
        return False
    if any(t.lower().strip(".") in _NON_NAME_WORDS for t in tokens) or not tokens[0][0].isupper():
        return False
    for token in tokens:
        if token.lower() in _PARTICLES:
            continue
        if not token[0].isupper() or not any(ch.isalpha() for ch in token):
            return False
    return True


def split_authors(raw: str) -> tuple[str, ...]:
    """Every clean name in a raw author string, in order, without duplicates."""
    text = _HANDLE_RE.sub(" ", _EMAIL_RE.sub(" ", raw))
    text = _BYLINE_CUE.sub("", text, count=1)
    text = _TAIL_CUT_RE.sub("", text)
    parts = [p for p in _SPLIT_RE.split(text) if p and p.strip()]
    names = [name for name in (clean_author(p) for p in parts) if name]
    # "Jane Doe, Reuters": a lone one-word part next to full names is an affiliation.
    if any(" " in n for n in names):
        names = [n for n in names if " " in n]
    return dedupe_names(names)


def dedupe_names(names: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return tuple(out)


def parse_byline(line: str) -> tuple[str, ...] | None:
    """The names of a byline line ("By X and Y", "Von X", "Post by : X"), or None if it is not one."""
    if len(line) > 150 or not _BYLINE_CUE.match(line):
        return None
    names = split_authors(line)
    # Bylines carry full names; "Di Maio" or "Von Bismarck" at a line start are not bylines.
    if not names or any(" " not in name for name in names):
        return None
    # The line must be (almost) nothing but the byline: no sentence hiding after a cue word.
    after_cue = _BYLINE_CUE.sub("", line, count=1)
    rest = _TAIL_CUT_RE.sub("", after_cue)
    if sum(w.islower() for w in re.findall(r"\w+", after_cue[len(rest) :])) > 3:
        return None  # what follows the names is a sentence, not a date or an outlet
    leftover = _SPLIT_RE.sub(" ", rest)
    for name in names:
        leftover = re.sub(re.escape(name), " ", leftover, flags=re.IGNORECASE)
    words = [w for w in re.findall(r"\w+", leftover) if w.lower() not in _NON_NAME_WORDS]
    if len(words) > 1:
        return None
    return names


def name_with_role(text: str) -> tuple[str, ...] | None:
    """The name in "Kim Lee, Staff Writer" (a byline without a cue word), else None."""
    if len(text) > 150:
        return None
    match = _ROLE_TAIL_RE.search(text.strip())
    name = clean_author(match[1]) if match else None
    return (name,) if name and " " in name else None


# Bylines sit at the start of the text or, on some sites, at its very end.
_BYLINE_HEAD_LINES = 6
_BYLINE_TAIL_LINES = 3


def take_bylines(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Remove byline lines near the start or end of the text; return the names they held."""
    names: list[str] = []
    kept: list[str] = []
    edge = set(range(_BYLINE_HEAD_LINES)) | set(range(len(lines) - _BYLINE_TAIL_LINES, len(lines)))
    for index, line in enumerate(lines):
        found = parse_byline(strip_marker(line)) if index in edge else None
        if found:
            names.extend(found)
        else:
            kept.append(line)
    return kept, dedupe_names(names)
