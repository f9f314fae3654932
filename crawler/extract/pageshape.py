"""What a fetched page itself says about its kind: declared types (og:type, JSON-LD @type) and
structure (long paragraphs outside teaser cards, link density, linked headlines), as evidence.
"""

from __future__ import annotations

import json

from lxml.etree import XPath, _Element

TEASER_MAX_CHARS = 600  # a card longer than this is a story body, even with a linked heading
LISTING_HEADLINES = 8  # teaser lists repeat linked headings; articles have a few "related" ones
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "liveblogposting",
        "scholarlyarticle",
        "report",
        "techarticle",
    }
)
# not WebSite/WebPage/Person: SEO plugins put those in the @graph of article pages too
LISTING_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage", "profilepage"})
_LONG_PARAGRAPH_CHARS = 80
_CARD_HEADLINE = (
    "./*[self::h2 or self::h3 or self::h4][.//a[@href][not(starts-with(@href, '#'))]]"
    " | ./a[@href][.//h2 or .//h3 or .//h4] | ./*/*[self::h2 or self::h3][.//a[@href]]"
)
_INLINE_TAGS = frozenset({"b", "i", "em", "strong", "span", "u", "small", "sup", "sub", "q"})
_CODE_TAGS = frozenset({"script", "style", "noscript", "template"})
_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside"})
_LINKED_HEADLINES = (
    "//*[self::h2 or self::h3 or self::h4][.//a[@href]] | //a[@href][.//h2 or .//h3]"
)
# compiled once: element.xpath(text) compiles its expression on every call (about half the
# cost of these queries on a page)
_CARD_HEADLINE_XPATH = XPath(_CARD_HEADLINE)
_LINKED_HEADLINES_XPATH = XPath(_LINKED_HEADLINES)
_ARTICLES_XPATH = XPath("//article")
_META_XPATH = XPath("//meta[@property=$n or @name=$n]/@content")  # some sites put og: in name=
_JSONLD_XPATH = XPath('//script[@type="application/ld+json"]')


def declared_type_evidence(root: _Element) -> list[tuple[float, str]]:
    evidence: list[tuple[float, str]] = []
    og_type = _meta_content(root, "og:type")
    if og_type == "article":
        evidence.append((2, "og:type article"))
    elif og_type in ("website", "profile"):
        # many CMSs say "website" on every page; a weak hint only
        evidence.append((-0.5, f"og:type {og_type}"))
    types = _jsonld_types(root)
    if types & ARTICLE_TYPES:
        evidence.append((3, f"JSON-LD {sorted(types & ARTICLE_TYPES)[0]}"))
    if types & LISTING_TYPES:
        evidence.append((-3, f"JSON-LD {sorted(types & LISTING_TYPES)[0]}"))
    if _meta_content(root, "article:published_time"):
        evidence.append((1, "article:published_time"))
    return evidence


def structure_evidence(root: _Element) -> list[tuple[float, str]]:
    prose = _prose_paragraphs(root)
    evidence: list[tuple[float, str]] = []
    if len(prose) >= 5:
        evidence.append((2, f"{len(prose)} long paragraphs"))
    elif len(prose) >= 3:
        evidence.append((1, f"{len(prose)} long paragraphs"))
    elif not prose:
        evidence.append((-1.5, "no long paragraph"))
    if sum(prose) >= 1500:
        evidence.append((1, "over 1500 chars of paragraph text"))
    if len(prose) >= 5:
        # an article body: teaser blocks and menus around it are related links, not a listing
        return evidence
    evidence.extend(_link_density_evidence(root))
    teasers = len(_ARTICLES_XPATH(root))
    if teasers >= 3:
        evidence.append((-2, f"{teasers} <article> blocks"))
    headlines = len(_LINKED_HEADLINES_XPATH(root))
    if headlines >= LISTING_HEADLINES:
        evidence.append((-2, f"{headlines} linked headlines"))
    return evidence


def _prose_paragraphs(root: _Element) -> list[int]:
    """Lengths of the long paragraphs outside teaser cards, without their linked text."""
    cards: dict[_Element, bool] = {}
    lengths = [_own_text_len(p) for p in root.iter("p") if not _is_in_teaser(p, cards)]
    prose = [n for n in lengths if n >= _LONG_PARAGRAPH_CHARS]
    if prose:
        return prose
    # some CMSs set the body as text and <br> in a <div>
    divs = (d for d in root.iter("div") if not _is_in_teaser(d, cards))
    return [n for d in divs for n in _br_paragraphs(d) if n >= _LONG_PARAGRAPH_CHARS]


def _is_in_teaser(elem: _Element, cards: dict[_Element, bool]) -> bool:
    # a teaser card: the nearest enclosing article/li/div is short and holds a linked headline
    card = next(elem.iterancestors("article", "li", "div"), None)
    if card is None:
        return False
    if card not in cards:
        is_short = _text_len(card) < TEASER_MAX_CHARS
        cards[card] = is_short and bool(_CARD_HEADLINE_XPATH(card))
    return cards[card]


def _own_text_len(elem: _Element) -> int:
    return _text_len(elem) - sum(_text_len(a) for a in elem.iter("a"))


def _br_paragraphs(elem: _Element) -> list[int]:
    """Lengths of the text runs directly in the element (with its inline children), split at
    <br>: the paragraphs of a body written without <p>. Nested blocks and links not counted."""
    runs, current = [], [elem.text or ""]
    for child in elem:
        if child.tag == "br":
            runs.append(current)
            current = []
        elif child.tag in _INLINE_TAGS:
            current.append("".join(child.itertext()))
        current.append(child.tail or "")
    runs.append(current)
    return [len(" ".join(" ".join(run).split())) for run in runs]


def _link_density_evidence(root: _Element) -> list[tuple[float, str]]:
    body = root.find(".//body")
    scope = body if body is not None else root
    total = _text_len(scope, skip_code=True, skip_chrome=True)
    if total == 0:
        return [(-1, "no text")]
    linked = sum(_text_len(a) for a in scope.iter("a") if not _is_chrome(a))
    density = linked / total
    if density > 0.5:
        return [(-2, f"link density {density:.2f}")]
    if density > 0.35:
        return [(-1, f"link density {density:.2f}")]
    if density < 0.2:
        return [(1, f"link density {density:.2f}")]
    return []


def _is_chrome(elem: _Element) -> bool:
    return any(True for _ in elem.iterancestors(*_CHROME_TAGS))


def _text_len(elem: _Element, *, skip_code: bool = False, skip_chrome: bool = False) -> int:
    if not skip_code:
        return len(" ".join("".join(elem.itertext()).split()))
    # what a reader sees as the page: no script/style, no comments, and with skip_chrome no
    # site menus and footers (mega menus would make every page look like a link list)
    skipped = _CODE_TAGS | (_CHROME_TAGS if skip_chrome else frozenset())
    total = len((elem.text or "").strip())
    for child in elem:
        if child.tag not in skipped and isinstance(child.tag, str):
            total += _text_len(child, skip_code=True, skip_chrome=skip_chrome)
        total += len((child.tail or "").strip())
    return total


def _meta_content(root: _Element, name: str) -> str | None:
    found = _META_XPATH(root, n=name)
    return str(found[0]).strip().lower() if found else None


def _jsonld_types(root: _Element) -> set[str]:
    types: set[str] = set()
    for script in _JSONLD_XPATH(root):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for node in _top_level_nodes(data):
            types.update(_type_names(node.get("@type")))
    return types


def _top_level_nodes(data: object) -> list[dict[str, object]]:
    # nested types (an ItemList's NewsArticle items) describe linked pages, not this page
    items = data if isinstance(data, list) else [data]
    nodes = [item for item in items if isinstance(item, dict)]
    graph = [n for node in nodes for n in _as_list(node.get("@graph")) if isinstance(n, dict)]
    return nodes + graph


def _type_names(value: object) -> set[str]:
    return {v.rpartition("/")[2].lower() for v in _as_list(value) if isinstance(v, str)}


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
