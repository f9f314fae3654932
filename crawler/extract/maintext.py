"""The main text of a parsed page (trafilatura), as whitespace-normalised non-empty lines."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
import trafilatura

_INVISIBLE_RE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
# Only irregular whitespace: runs of spaces or any other space character (single spaces stay).
_SPACE_RE = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)


def main_text(tree: lxml.html.HtmlElement, url: str | None) -> str | None:
    """trafilatura's main text of an already parsed (and pruned) tree; it works on a copy."""
    document = trafilatura.bare_extraction(
        tree,
        url=url or None,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        with_metadata=False,
    )
    text = getattr(document, "text", None)
    return text if text and text.strip() else None


def normalize_space(text: str) -> str:
    return _SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text))).strip()


def split_lines(text: str) -> list[str]:
    """Non-empty, whitespace-normalised lines (one normalisation pass over the whole text)."""
    text = _SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text)))
    return [line for line in (raw.strip() for raw in text.splitlines()) if line]
