"""Hostile XML refused before any parser expands it: a real XML parser (expat) reads the prolog, so
comments, PIs or a BOM before the DOCTYPE hide nothing; only literal entities of bounded use pass.
"""

from __future__ import annotations

import contextlib
from xml.parsers import expat

# All references to declared entities together may add this many characters: &nbsp; as "&#160;"
# or a shared prefix pass; a literal repeated into a "quadratic blowup" does not.
MAX_EXPANSION_CHARS = 1_000_000


class UnsafeXmlError(ValueError):
    """The document's DOCTYPE declares what could expand or fetch (a bomb, an external entity)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _RootReached(Exception):
    """Raised from the first start tag: the prolog has been read whole."""


def check_xml_prolog(data: bytes) -> None:
    """Read the prolog of a UTF-8 document up to its root element; raise UnsafeXmlError if the
    DOCTYPE declares a parameter, external or unparsed entity, an entity whose value refers to
    entities or holds markup, or literals whose references would add over MAX_EXPANSION_CHARS.

    A document malformed before its root passes: no parser can expand what it cannot read, and
    the feed parser reports it.
    """
    declared: dict[str, str] = {}
    parser = expat.ParserCreate(encoding="utf-8")  # the caller decoded; declarations may lie
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = lambda name, is_parameter, value, *external: declared.update(
        {name: _literal_value(name, is_parameter, value, external)}
    )
    parser.StartElementHandler = _stop
    # stopped at the root element; a prolog malformed before it has expanded nothing either
    with contextlib.suppress(_RootReached, expat.ExpatError):
        parser.Parse(data, True)
    expansion = sum(data.count(f"&{name};".encode()) * len(v) for name, v in declared.items())
    if expansion > MAX_EXPANSION_CHARS:
        raise UnsafeXmlError(f"the DOCTYPE's entities would add {expansion} characters (XML bomb)")


def _literal_value(
    name: str, is_parameter: int, value: str | None, external: tuple[str | None, ...]
) -> str:
    if is_parameter:
        raise UnsafeXmlError(f"the DOCTYPE declares a parameter entity %{name}")
    if value is None or any(external[1:]):  # SYSTEM / PUBLIC / NDATA: fetched or unparsed
        raise UnsafeXmlError(f"the DOCTYPE declares an external entity &{name}")
    if "&" in value or "<" in value:
        raise UnsafeXmlError(f"the DOCTYPE declares an expanding entity &{name} (XML bomb)")
    return value


def _stop(name: str, attributes: object) -> None:
    raise _RootReached
