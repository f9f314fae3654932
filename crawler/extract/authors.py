"""Credited names: cleaning raw author strings and bylines, sorting people from organisations.

"By Jane Doe and John Roe | Reuters" -> authors ("Jane Doe", "John Roe"), credits ("Reuters");
"Post by : Desk Reporter" is a role byline and stays an author as given.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from crawler.clutter.textsignals import strip_marker
from crawler.extract.credits import (
    Outlet,
    is_agency,
    is_organisation,
    is_role_byline,
)

# Byline openers in the languages we crawl; the rest of the line must look like names.
_CUE_TEXT = (
    r"view all posts by|all posts by|posts by|articles by|more from|zeige alle beiträge von|"
    r"alle beiträge von|alle artikel von|mehr von|zum profil von|"
    r"(?:posted|post|written|words|story|text|reporting|report|photos?)\s+by|by|von|par|por|"
    r"door|autor(?:in|es|as|zy)?|author(?:s)?|auteur(?:e|s)?|autore|redakcja|"
    r"text|texte|reporter|writer|journalist(?:e|in)?"
)
_BYLINE_CUE = re.compile(rf"^\s*(?:{_CUE_TEXT})\s*[:：]?\s+", re.IGNORECASE)
# Cues that are also name parts ("Di Maio", "Da Silva"): only before a full name or an agency.
_WEAK_CUE = re.compile(r"^\s*(?:di|da|per|af|av)\s+(?=(\S+)(\s+\S)?)", re.IGNORECASE)
# Chinese cues end where the names begin, with or without a space ("记者 张三", "文/李四").
_CJK_CUE = re.compile(
    r"^\s*(?:本报记者|特约记者|见习记者|通讯员|记者|作者|撰文|文字|文|来源)\s*[:：/｜|]?\s*"
)
# The opening words of bylines as they start a text node (for DOM searches).
BYLINE_WORDS = (
    "by", "von", "par", "por", "door", "written by", "posted by", "post by", "di", "da", "af",
    "av", "per", "autor", "autorin", "作者", "记者", "文",
)  # fmt: skip
# One-letter conjunctions (y, e, i) only in lower case: "Joe E. Brown" keeps his initial.
_SPLIT_RE = re.compile(
    r"\s*(?:[;,&/|•、，()]|\s[·–—-]\s)\s*|"
    r"\s+(?:(?i:and|und|et|en|og|och|oraz|ve)|y|e|i)\s+"
)
_MONTHS_TEXT = (
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march july september "
    "october november december januar jänner februar märz juli oktober dezember janvier "
    "février mars juillet août septembre octobre novembre décembre enero febrero marzo julio "
    "septiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio "
    "settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro outubro "
    "novembro dezembro"
)
_MONTH_WORDS = frozenset(_MONTHS_TEXT.split()) | {"may", "april", "june", "august", "mai", "juni"}
_MONTH_ALT = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))
_WEEKDAYS = (
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
# Where the names end: a date, a time, an update note ("Jane Doe Nov 5, 2024", "am 5. März").
_TAIL_CUT_RE = re.compile(
    rf"(?:[\s,|•·–—-]+(?:on|am|le|el|il|op|den|the)?\s*(?:(?:{_WEEKDAYS})\b\.?,?\s*)?"
    rf"(?:{_MONTH_ALT})\b\.?\s*\d.*$)|"
    rf"(?:[\s,|•·–—-]+(?:on\s+)?(?:{_WEEKDAYS})\b\.?,?\s+(?:\d|(?:{_MONTH_ALT})\b).*$)|"
    r"(?:[\s,|•·–—(-]*\b(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|"
    r"stand|publié|mis à jour|actualizado|publicado|aggiornato|pubblicato|bijgewerkt)\b.*$)|"
    r"(?:\s+(?:hace|vor|il y a|fa|há)\s+(?:\d|un|une|einer|einem).*$)|"
    # CJK publication cues after the names: 发布时间 (published), 更新时间 (updated), 입력 (posted)
    r"(?:[\s,|•·–—(-]*(?:发布时间|发布于|发表时间|更新时间|發佈時間|發表時間|公開日|更新日|입력|수정|기사입력).*$)|"
    r"(?:\s*[,|•·–—(-]?\s*\d.*$)",
    re.IGNORECASE,
)
# Trailing month words left by a date split across elements ("Roger Gonzalez Nov").
_ROLE_SUFFIX_RE = re.compile(
    r"(?:chef|stv\.?)?(?:redakteur|redakteurin|korrespondent|korrespondentin|reporter|reporterin|"
    r"autor|autorin|volontär|volontärin|journalist|journalistin|editor|correspondent|"
    r"columnist|writer)",
    re.IGNORECASE,
)
_TRAILING_MONTHS = frozenset(_MONTHS_TEXT.split()) - {"mar"}
_WEEKDAY_OR_MONTH_RE = re.compile(rf"{_WEEKDAYS}|{_MONTH_ALT}")
# Words of author-box links and labels, never of a name ("Über den Autor", "View all posts").
_NOT_NAME_TEXT = (
    "über about autor author autorin authors autoren view all posts alle beiträge profil "
    "profile zum mehr more follow folgen kontakt contact email e-mail share teilen artikel "
    "articles name posted updated published"
)
_NOT_NAME_WORDS = frozenset(_NOT_NAME_TEXT.split())
_EMAIL_RE = re.compile(r"\S+@\S+\.\w+")
_HANDLE_RE = re.compile(r"(?<!\w)@\w+")
_URL_RE = re.compile(r"https?://\S+|www\.\S+/\S*")
_PARTICLE_TEXT = "van von der den de del della di da du le la al el bin ibn ben dos das zu ter ten"
_PARTICLES = frozenset(_PARTICLE_TEXT.split())
_MAX_NAME_TOKENS = 5
# Han names: 2-4 characters; transliterated foreign names join parts with a middle dot.
_CJK_NAME_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8})+$"
)
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def _drop_contacts(raw: str) -> str:
    text = _URL_RE.sub(" ", _EMAIL_RE.sub(" ", html.unescape(raw)))  # "Redacci&oacute;n"
    return " ".join(_HANDLE_RE.sub(" ", text).replace("()", " ").split())


def _strip_cues(text: str) -> str:
    """The text after a byline cue ("By", "Von", "Af" before a full name, "作者：")."""
    text = _BYLINE_CUE.sub("", text, count=1)
    weak = _WEAK_CUE.match(text)
    if weak and (weak[2] or is_organisation(weak[1].strip(",;/"))):
        text = text[weak.end() :]
    return _CJK_CUE.sub("", text, count=1)


def _strip_noise(raw: str) -> str:
    return _TAIL_CUT_RE.sub("", _strip_cues(_drop_contacts(raw)))


def _tidy(part: str) -> str:
    """One candidate: no debris, no role suffix, no month left from a split date."""
    text = " ".join(part.split()).strip(" \t,;:.|-–—·•'\"“”()[]")
    text = _BYLINE_CUE.sub("", text, count=1)
    tokens = text.split()
    while len(tokens) > 2 and _ROLE_SUFFIX_RE.fullmatch(tokens[-1]):
        tokens.pop()  # "Christoph Hein Chefredakteur"
    while len(tokens) > 2 and tokens[-1].casefold().strip(".") in _TRAILING_MONTHS:
        tokens.pop()
    return " ".join(tokens)


def _looks_like_person(text: str) -> bool:
    if _CJK_NAME_RE.match(text):
        return True
    tokens = text.split()
    if not 1 <= len(tokens) <= _MAX_NAME_TOKENS or any(ch.isdigit() for ch in text):
        return False
    if len(tokens) == 1 and _WEEKDAY_OR_MONTH_RE.fullmatch(text.casefold().strip(".")):
        return False  # "June" left of "June 5, 2019 by ..."
    if any(t.casefold().strip(".:") in _NOT_NAME_WORDS for t in tokens):
        return False
    if not tokens[0][0].isupper():
        return False  # "der Leyen": what is left of "Von der Leyen" after its cue
    for token in tokens:
        if token.casefold() in _PARTICLES:
            continue
        if not any(ch.isalpha() for ch in token) or (token[0].isalpha() and token[0].islower()):
            return False
    return True


def _parts(raw: str) -> list[str]:
    text = _strip_noise(raw)
    parts = [_tidy(p) for p in _SPLIT_RE.split(text) if p and p.strip()]
    parts = [p for p in parts if p]
    if (
        len(parts) == 2
        and all(" " not in p and _looks_like_person(p) for p in parts)
        and ("," in text and text.count(",") == 1)
    ):
        return [f"{parts[1]} {parts[0]}"]  # "Needleman, Sarah": one name, family name first
    out: list[str] = []
    for part in parts:
        han = part.split()
        if len(han) > 1 and all(_CJK_NAME_RE.match(t) for t in han):
            out.extend(han)  # "张三 李四": Chinese bylines separate names with spaces
        else:
            out.extend(_split_affiliation(part))
    return out


def _split_affiliation(part: str) -> list[str]:
    """'Claudia Lauer Associated Press' -> the person and the agency that follows the name."""
    tokens = part.split()
    for cut in range(2, len(tokens)):
        head, tail = " ".join(tokens[:cut]), " ".join(tokens[cut:])
        if is_agency(tail) and _looks_like_person(head) and not is_organisation(head):
            return [head, tail]
    return [part]


def sort_names(
    raw: Iterable[str],
    outlet: Outlet | None = None,
    *,
    organisations: Iterable[str] = (),
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(authors, credits) of raw author strings: people and role bylines; agencies, outlets.

    `organisations` are names the page itself declares as organisations (JSON-LD).
    """
    people: list[str] = []
    roles: list[str] = []
    credits = [c for c in (_tidy(o) for o in organisations) if c]
    for text in raw:
        found, found_roles, found_credits = _classify(_parts(text), outlet)
        people.extend(found)
        roles.extend(found_roles)
        credits.extend(found_credits)
    # "Jane Doe, Washington": a lone one-word part next to full names is a place or a desk.
    if any(_is_full_name(p) for p in people):
        people = [p for p in people if _is_full_name(p)]
    return dedupe_names(people or roles), dedupe_names(credits)


def _classify(parts: list[str], outlet: Outlet | None) -> tuple[list[str], list[str], list[str]]:
    people: list[str] = []
    roles: list[str] = []
    credits: list[str] = []
    for part in parts:
        if is_role_byline(part):
            roles.append(part)
        elif is_organisation(part, outlet):
            credits.append(part)
        elif _looks_like_person(part):
            # "SAIF NASSER" -> "Saif Nasser"
            people.append(part.title() if part.isupper() and len(part) > 3 else part)
    if credits and not any(_is_full_name(p) for p in people):
        people = []  # "SPIEGEL ONLINE, Hamburg, Germany": one-word parts are places
    return people, roles, credits


def _is_full_name(name: str) -> bool:
    return " " in name or bool(_HAN_RE.search(name))


def split_authors(raw: str, outlet: Outlet | None = None) -> tuple[str, ...]:
    """The people (or role byline) in a raw author string, in order, without duplicates."""
    return sort_names([raw], outlet)[0]


def clean_author(raw: str) -> str | None:
    """One person's name without cue words, handles, emails or punctuation debris; else None."""
    names = split_authors(raw)
    return names[0] if len(names) == 1 else None


def dedupe_names(names: Sequence[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return tuple(out)


def merge_credits(
    page: tuple[tuple[str, ...], tuple[str, ...]], text: tuple[tuple[str, ...], tuple[str, ...]]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The page's metadata names first; people from text bylines only when it named none."""
    authors = page[0] or text[0]
    return authors, dedupe_names([*page[1], *text[1]])


def parse_byline(line: str) -> tuple[str, ...] | None:
    """The names of a byline line ("By X and Y", "Von X", "Post by : X"), or None if it is not one.

    Names include agencies ("Von Jane Doe, dpa"); `sort_names` sorts them.
    """
    line = _drop_contacts(line)
    after_cue = _strip_cues(line)
    # no cue word, or a sentence opening with "reporter" ("记者从国家移民管理局获悉，……")
    if len(line) > (_MAX_HAN_BYLINE_CHARS if _HAN_RE.search(line) else 150) or after_cue == line:
        return None
    names = _TAIL_CUT_RE.sub("", after_cue)
    if sum(w.islower() for w in re.findall(r"\w+", after_cue[len(names) :])) > 3:
        return None  # the names are followed by a sentence, not a date or an outlet
    parts = _parts(line)
    people, credits = sort_names([line])
    # Bylines carry full names; "Di Maio" or "Von Bismarck" at a line start are not bylines.
    if not (people or credits) or any(" " not in p and not _HAN_RE.search(p) for p in people):
        return None
    known = {n.casefold() for n in (*people, *credits)}
    unknown = [p for p in parts if p.casefold() not in known and not is_role_byline(p)]
    if sum(len(p.split()) for p in unknown) > 1:
        return None  # words that are neither names nor organisations: a sentence
    return (*people, *credits)


# Bylines sit at the start of the text or, on some sites, at its very end.
_BYLINE_HEAD_LINES = 6
_MAX_HAN_BYLINE_CHARS = 40  # a few names and roles: "记者 张三 李四 通讯员 王五"
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
