"""Dates as pages write them: ISO/RFC values and visible datelines ("Veröffentlicht am 5. März").

A value keeps the offset the page gave and its precision: "day" when no time of day was given
(or a CMS's 00:00:00 placeholder), else "minute". A visible date counts only after a publication
cue or inside a date-marked element, and never after an update cue ("Last Updated", "Stand").
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

import dateparser

from crawler.dates import parse_datetime

_DATE_ONLY_RE = re.compile(r"^\d{4}-\d\d-\d\d$")
_COMPACT_DAY_RE = re.compile(r"^\d{8}$")
# The offset a value was written in: "+02:00", "-0500" at its end ("Z", "GMT" and none: UTC).
_OFFSET_RE = re.compile(r"(?<=\d)\s*(?P<sign>[+-])(?P<h>\d\d):?(?P<m>\d\d)$")
# "Published", "Veröffentlicht am", "Publié le", "发布时间："... opening a dateline.
_PUBLISHED_CUE = re.compile(
    r"\b(?:published|posted|first published|publication|veröffentlicht|erschienen|publié|"
    r"publiée|publicado|publicada|pubblicato|gepubliceerd|publicerad|publisert|udgivet|"
    r"opublikowano)\b|发布时间|发布于|发表于|发布日期|時間|日期",
    re.IGNORECASE,
)
# After these the date is a revision's, not the publication's.
_UPDATED_CUE = re.compile(
    r"\b(?:updated|last updated|modified|last modified|revised|aktualisiert|geändert|stand|"
    r"mis à jour|modifié|actualizado|actualización|atualizado|aggiornato|aggiornamento|"
    r"bijgewerkt|uppdaterad|oppdatert|opdateret|zaktualizowano)\b|更新|修改",
    re.IGNORECASE,
)
_CONNECTORS = re.compile(r"\b(?:am|um|le|à|el|a las|il|alle|op|om|at|on|de|del|uhr)\b|[|•·,]", re.I)
_HAS_TIME = re.compile(r"\d{1,2}[:h.]\d\d(?!\d)|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)|\d\d时", re.I)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DAY_RE = re.compile(r"(?<!\d)\d{1,4}(?!\d)")
# Numeric dates need no language: 2024-03-05, 2024/3/5, 2024年3月5日, 05.03.2024 (day first).
_NUMERIC_RE = re.compile(
    r"(?<!\d)(?:(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})日?|"
    r"(?P<d2>\d{1,2})\.\s*(?P<m2>\d{1,2})\.\s*(?P<y2>(?:19|20)\d\d))(?!\d)"
    r"(?:\D{0,6}?(?P<H>\d{1,2})[:h时](?P<M>\d\d))?"
)
_LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "da", "nb", "sv", "pl", "zh", "ca"]
_PARSER_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",
}


@dataclass(frozen=True, slots=True)
class WrittenDate:
    """A date as the page wrote it: `local` keeps the page's offset (UTC when none was given)."""

    local: datetime
    precision: str  # day | minute

    @property
    def utc(self) -> datetime:
        return self.local.astimezone(UTC)

    @property
    def days(self) -> frozenset[date]:
        """The calendar days this date may be filed under: the page's own, and UTC's."""
        return frozenset((self.local.date(), self.utc.date()))


def read_value(value: str) -> WrittenDate | None:
    """A structured value: ISO 8601, RFC 2822 or compact YYYYMMDD (naive means UTC), read by
    crawler.dates; the offset the page wrote is kept for its calendar day."""
    text = value.strip()
    at = parse_datetime(text)
    if at is None:
        return None
    if _DATE_ONLY_RE.match(text) or _COMPACT_DAY_RE.match(text):
        return WrittenDate(at, "day")
    return _written(at.astimezone(_written_offset(text)), has_time=True)


def _written_offset(text: str) -> timezone:
    match = _OFFSET_RE.search(text)
    if match is None:
        return UTC
    sign = -1 if match["sign"] == "-" else 1
    return timezone(sign * timedelta(hours=int(match["h"]), minutes=int(match["m"])))


def _written(parsed: datetime, *, has_time: bool) -> WrittenDate:
    local = parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    # 00:00:00 is how most CMSs write "no time given": the day is all they know.
    if not has_time or local.time() == time(0, 0):
        day = local.date()
        return WrittenDate(datetime(day.year, day.month, day.day, tzinfo=UTC), "day")
    return WrittenDate(local, "minute")


def is_update_note(text: str) -> bool:
    """'Last Updated:' / 'Aktualisiert am': the date that follows is a revision's."""
    return _UPDATED_CUE.search(text) is not None and _PUBLISHED_CUE.search(text) is None


def read_dateline(text: str, *, marked: bool, language: str | None = None) -> WrittenDate | None:
    """The publication date in a visible line, or None without a cue (`marked`: the element is
    a date element, itself a cue). What follows an update cue is not read."""
    line = " ".join(text.split())
    if len(line) > 200:
        return None
    updated = _UPDATED_CUE.search(line)
    published = _PUBLISHED_CUE.search(line)
    if updated and (published is None or updated.start() < published.start()):
        if published is None:
            return None  # "Last Updated: ..." alone says nothing about the publication
        line = line[published.start() :]
        updated = _UPDATED_CUE.search(line)
    if updated:
        line = line[: updated.start()]
    if published is None and not marked:
        return None
    if published is not None:
        line = _PUBLISHED_CUE.sub(" ", line)
    return _parse_text(line, language)


def _parse_numeric(line: str) -> WrittenDate | None:
    match = _NUMERIC_RE.search(line)
    if match is None:
        return None
    year, month, day = (
        (match["y"] or match["y2"]),
        (match["m"] or match["m2"]),
        (match["d"] or match["d2"]),
    )
    try:
        parsed = datetime(
            int(year), int(month), int(day), int(match["H"] or 0), int(match["M"] or 0)
        )
    except ValueError:
        return None
    return _written(parsed, has_time=match["H"] is not None)


def _parse_text(line: str, language: str | None) -> WrittenDate | None:
    numeric = _parse_numeric(line)
    if numeric is not None:
        return numeric
    cleaned = " ".join(_CONNECTORS.sub(" ", line).replace(":", ":").split()).strip(" :-")
    # dateparser costs ~5 ms a call: only lines that hold a year and a day number reach it.
    if not _YEAR_RE.search(cleaned) or len(_DAY_RE.findall(cleaned)) < 2 or len(cleaned) > 80:
        return None
    languages = [language] if language in _LANGUAGES else _LANGUAGES
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser's own deprecation noise about its regexes
        parsed = dateparser.parse(cleaned, languages=languages, settings=_PARSER_SETTINGS)  # type: ignore[arg-type]
    if parsed is None:
        return None
    return _written(parsed, has_time=bool(_HAS_TIME.search(cleaned)))
