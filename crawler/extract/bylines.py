"""Where a page credits its authors: JSON-LD author nodes, author meta tags, byline elements.

Returns (authors, credits): people first from the most explicit source that names any, agencies
and outlets from every source read on the way.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any

import lxml.etree
import lxml.html

from crawler.extract.authors import (
    BYLINE_WORDS,
    clean_author,
    dedupe_names,
    parse_byline,
    sort_names,
)
from crawler.extract.credits import Outlet, is_agency
from crawler.extract.pageindex import PageIndex
from crawler.extract.published import headline_area

Names = tuple[tuple[str, ...], tuple[str, ...]]

_MAX_BYLINE_WALK = 250
# "Kim Lee, Staff Writer" / "Kim Lee | Senior Correspondent": a name followed by a newsroom role.
_ROLE_TAIL_RE = re.compile(
    r"(?:^|[|•·]\s*)([^,|•·]{3,60}?)\s*[,|]\s*(?:senior |chief |staff |special |political |"
    r"foreign )*(?:writer|reporter|correspondent|editor|columnist|contributor)s?\s*$",
    re.IGNORECASE,
)
_WIRE_PARAGRAPHS = 4
_WIRE_RE = re.compile(r"^\s*(?:[A-ZÀ-Ý][\w.' /-]{1,40}\s*)?\(([^()]{2,30})\)\s*(?:[-–—:]|$)")
# Class-marked bylines are only looked for near the headline: cheaper, and fewer comment authors.
_MAX_CLASSED = 3
_BYLINE_START_RE = re.compile(
    r"\s*(?:{})(?:\s|$|[:：/])".format("|".join(BYLINE_WORDS)), re.IGNORECASE
)
_ORG_TYPES = frozenset(("Organization", "NewsMediaOrganization", "Corporation", "NGO"))
_META_AUTHOR_KEYS = frozenset(
    ("author", "byl", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author")
)


def page_credits(
    main: dict[str, Any] | None, index: PageIndex, outlet: Outlet, meta_author: str | None = None
) -> Names:
    """(authors, credits) the page gives: JSON-LD, else meta tags, else visible bylines.

    `meta_author` is trafilatura's reading of the author meta tags, for the names ours misses.
    """
    credits: list[str] = list(_wire_credits(index))
    found_people: tuple[str, ...] = ()
    for names in (
        lambda: _jsonld_names(main, index, outlet),
        lambda: sort_names(_meta_authors(index) or (meta_author or "").split(";"), outlet),
        lambda: sort_names(_dom_bylines(index), outlet),
    ):
        people, found = names()
        credits.extend(found)
        found_people = found_people or people
        if found_people and credits:
            break  # the rest could only add what is already known
    return found_people, dedupe_names(credits)


def _wire_credits(index: PageIndex) -> Iterator[str]:
    """Agencies in the first paragraphs: "BERLIN (dpa) -" datelines, a lone "(AP)" line."""
    area = headline_area(index.h1)
    if area is None:
        return
    for elem in itertools.islice(area.iter("p"), _WIRE_PARAGRAPHS):
        match = _WIRE_RE.match(elem.text_content())
        if match and is_agency(match[1]):
            yield match[1].strip()


def _jsonld_names(main: dict[str, Any] | None, index: PageIndex, outlet: Outlet) -> Names:
    value = main.get("author") if main else None
    by_id = {node["@id"]: node for node in index.jsonld if isinstance(node.get("@id"), str)}
    people: list[str] = []
    orgs: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and set(item) <= {"@id", "@type"} and item.get("@id") in by_id:
            item = by_id[item["@id"]]  # a reference into the @graph (Yoast and friends)
        if isinstance(item, str):
            people.append(item)
        elif isinstance(item, dict):
            name = _node_name(item)
            kind = item.get("@type")
            kinds = set(kind) if isinstance(kind, list) else {kind}
            if name:
                (orgs if kinds & _ORG_TYPES else people).append(name)
    return sort_names(people, outlet, organisations=orgs)


def _node_name(node: dict[str, Any]) -> str | None:
    name = node.get("name")
    if isinstance(name, list):
        name = next((n for n in name if isinstance(n, str)), None)
    if isinstance(name, str) and name.strip():
        return name
    parts = [node.get(key) for key in ("givenName", "familyName")]
    joined = " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
    return joined or None


def _meta_authors(index: PageIndex) -> list[str]:
    found: list[str] = []
    for meta in index.metas:
        key = (meta.get("name") or meta.get("property") or "").lower()
        content = meta.get("content", "")
        if key in _META_AUTHOR_KEYS and content.strip() and "://" not in content:
            found.extend(content.split(";"))
    return found


def _text_of(elem: lxml.html.HtmlElement) -> str:
    # Joined with spaces: <span>Sarah</span><span>Needleman</span> is one name, not a fused word.
    return " ".join(" ".join(elem.itertext()).split())


def _dom_bylines(index: PageIndex) -> Iterator[str]:
    """Byline texts: author-marked elements, else a cue text next to the headline."""
    area = headline_area(index.h1)
    marked = [e for e in index.author_marked() if not _nested_in_marked(e)]
    if area is not None:
        # Author links elsewhere on the page belong to teasers and comments: the headline's
        # own first, else only the page's first.
        near = [e for e in marked if _is_inside(e, area)]
        marked = near or marked[:1]
    classed = _author_classed(area) if area is not None else []
    texts = [_text_of(elem) for elem in [*marked[:6], *classed]]
    texts = [t for t in texts if 2 < len(t) < 160]
    if texts:
        yield from texts
        return
    if area is None:
        return  # no headline to stand next to: a cue word anywhere is no evidence
    # Bylines sit within a few dozen elements of the headline: a bounded walk, not the page.
    for elem in itertools.islice(area.iter(), _MAX_BYLINE_WALK):
        own = elem.text
        if not isinstance(own, str) or len(own) > 150:
            continue
        # An element whose own text opens like a byline ("By <a>Name</a>", "Von Name") or
        # reads "Name, Staff Writer".
        is_cued = _BYLINE_START_RE.match(own)
        names = parse_byline(_text_of(elem)) if is_cued else name_with_role(own)
        if names:
            yield ", ".join(names)
            return


def _author_classed(area: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The first elements inside `area` classed "byline", or classed or id'd "author" but not
    "comment". A walk that stops at the third: an XPath with these contains() tests visits (and
    copies the attributes of) the whole area, ~3x the cost."""
    found = []
    for elem in area.iterdescendants(lxml.etree.Element):
        classes = elem.get("class") or ""
        is_author = "author" in classes or "author" in (elem.get("id") or "")
        if "byline" in classes or (is_author and "comment" not in classes):
            found.append(elem)
            if len(found) == _MAX_CLASSED:
                break
    return found


def _is_inside(elem: lxml.html.HtmlElement, area: lxml.html.HtmlElement) -> bool:
    return any(parent is area for parent in elem.iterancestors())


def _nested_in_marked(elem: lxml.html.HtmlElement) -> bool:
    """An itemprop=author inside another (the name span inside the Person span)."""
    parent = elem.getparent()
    while parent is not None:
        if parent.get("itemprop") == "author":
            return True
        parent = parent.getparent()
    return False


def name_with_role(text: str) -> tuple[str, ...] | None:
    """The name in "Kim Lee, Staff Writer" (a byline without a cue word), else None."""
    if len(text) > 150:
        return None
    match = _ROLE_TAIL_RE.search(text.strip())
    name = clean_author(match[1]) if match else None
    return (name,) if name and " " in name else None
