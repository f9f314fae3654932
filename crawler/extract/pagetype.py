"""Tell article pages from navigation pages (sections, tags, authors, pagination, search, index).

`classify_url` is the cheap URL-only pre-filter used before fetching; `classify_page` adds the
page's own evidence (crawler.extract.pageshape: declared type, paragraphs, link density).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl, unquote, urlsplit

import lxml.html
from lxml.etree import ParserError, XPath, _Element

from crawler.extract.htmldoc import ExtractionError, HtmlLimits, check_tree
from crawler.extract.pageshape import declared_type_evidence, structure_evidence

PageKind = Literal["article", "navigation", "skip", "unknown", "other"]

ARTICLE_THRESHOLD = 2.0  # summed evidence at/above which a fetched page counts as an article
URL_ARTICLE_THRESHOLD = 2.0  # URL evidence alone at/above which a link looks like an article
NAVIGATION_LINKS = 25  # a non-article page with at least this many links is worth following

NAV_SEGMENTS = frozenset(
    {
        "tag", "tags", "topic", "topics", "thema", "themen", "schlagwort",
        "author", "authors", "autor", "autoren", "auteur", "byline", "people", "profile",
        "category", "categories", "cat", "kategorie", "rubrik", "section", "sections",
        "archive", "archives", "archiv", "search", "suche", "recherche", "page", "seite",
        "latest", "all", "sitemap",
    }
)  # fmt: skip
SKIP_SEGMENTS = frozenset(
    {
        "login", "logout", "signin", "sign-in", "signup", "register", "account", "subscribe",
        "subscription", "newsletter", "cart", "checkout", "share", "print", "feed", "feeds",
        "rss", "amp", "wp-admin", "wp-login.php", "wp-json", "cdn-cgi", "xmlrpc.php",
        "contact", "kontakt", "impressum", "imprint", "privacy", "datenschutz", "terms",
        "cookies", "about", "about-us", "advertise", "jobs", "careers", "comments", "comment",
    }
)  # fmt: skip
SKIP_EXTENSIONS = frozenset(
    {
        "jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif",
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "zip", "gz", "tgz", "rar",
        "7z", "mp3", "mp4", "m4a", "wav", "ogg", "webm", "avi", "mov", "mkv", "css", "js",
        "json", "xml", "rss", "atom", "ics", "exe", "dmg", "apk", "woff", "woff2", "ttf",
    }
)  # fmt: skip
ARTICLE_SEGMENTS = frozenset(
    {"article", "articles", "story", "stories", "artikel", "post", "posts"}
)
# not "p": WordPress serves posts at ?p=<id>
PAGE_PARAMS = frozenset({"page", "pg", "paged", "offset", "start", "seite"})
SEARCH_PARAMS = frozenset({"s", "q", "query", "search", "keyword", "keywords", "k"})

_DATE_IN_PATH = re.compile(
    r"/(19|20)\d{2}/(0?[1-9]|1[0-2])(/(0?[1-9]|[12]\d|3[01]))?(/|$)"
    r"|[/_-](19|20)\d{2}-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])([/_.-]|$)"
)
_DATE_ONLY_PATH = re.compile(r"/(19|20)\d{2}(/\d{1,2}){0,2}/?")
_NUMERIC_ID = re.compile(r"(^|[^0-9])\d{5,}([^0-9]|$)")
_DEFAULT_DOCUMENT = re.compile(r"(index|default)\.(html?|shtml|php\d?|aspx?|jsp)")
_ID_VALUE = re.compile(r"\d{3,}|[0-9a-f]{8,}")
_OPAQUE_ID = re.compile(r"(?=[a-z0-9]*[a-z])(?=[a-z0-9]*[0-9])[a-z0-9]{8,}")
_WORD_SPLIT = re.compile(r"[-_+.]+|%20")
_PAGE_NUMBER_TAIL = re.compile(r"/(page|seite|p)/\d+/?$", re.IGNORECASE)
_LINKS_XPATH = XPath("//a[@href]")  # compiled once (element.xpath compiles on every call)


@dataclass(frozen=True, slots=True)
class PageDecision:
    """What a URL or page looks like, the summed evidence (positive = article) and why."""

    kind: PageKind
    score: float
    reasons: tuple[str, ...]
    is_refused: bool = False  # failed the bomb guards (too deep, too many elements): not judged

    @property
    def is_article(self) -> bool:
        return self.kind == "article"


def classify_url(url: str) -> PageDecision:
    """URL-only guess before fetching: article, navigation, skip (never fetch) or unknown."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return PageDecision("skip", 0.0, (f"not an http(s) URL ({parts.scheme or 'relative'})",))
    segments = [unquote(s).lower() for s in parts.path.split("/") if s]
    if segments and _DEFAULT_DOCUMENT.fullmatch(segments[-1]):
        segments = segments[:-1]  # /story/index.html is /story/
    skip_reason = _skip_reason(segments)
    if skip_reason:
        return PageDecision("skip", 0.0, (skip_reason,))
    score, reasons = _score_url(parts.path, segments, parts.query)
    return PageDecision(_url_kind(score), score, tuple(reasons))


def classify_page(url: str, html: bytes | str | _Element) -> PageDecision:
    """URL evidence plus declared type and page structure: article, navigation or other."""
    url_decision = classify_url(url)
    root = html if isinstance(html, _Element) else _parse_html(html)
    if root is None:
        return PageDecision("other", url_decision.score, (*url_decision.reasons, "no HTML"))
    try:  # the bomb guards first: the evidence below walks the tree
        check_tree(root, limits=HtmlLimits(), url=url)
    except ExtractionError as exc:
        refused = (*url_decision.reasons, str(exc))
        return PageDecision("other", url_decision.score, refused, is_refused=True)
    score, reasons = url_decision.score, list(url_decision.reasons)
    for weight, reason in (*declared_type_evidence(root), *structure_evidence(root)):
        score += weight
        reasons.append(f"{reason} ({weight:+g})")
    return PageDecision(_page_kind(score, root), round(score, 2), tuple(reasons))


def _url_kind(score: float) -> PageKind:
    if score >= URL_ARTICLE_THRESHOLD:
        return "article"
    if score < 0:
        return "navigation"
    return "unknown"


def _page_kind(score: float, root: _Element) -> PageKind:
    if score >= ARTICLE_THRESHOLD:
        return "article"
    if score < 0 or len(_LINKS_XPATH(root)) >= NAVIGATION_LINKS:
        return "navigation"
    return "other"


def _skip_reason(segments: list[str]) -> str | None:
    if segments:
        extension = segments[-1].rpartition(".")[2] if "." in segments[-1] else ""
        if extension in SKIP_EXTENSIONS:
            return f"file type .{extension}"
    hit = next((s for s in segments if s in SKIP_SEGMENTS), None)
    return f"utility path /{hit}" if hit else None


def _score_url(path: str, segments: list[str], query: str) -> tuple[float, list[str]]:
    score, reasons = 0.0, []

    def add(weight: float, reason: str) -> None:
        nonlocal score
        score += weight
        reasons.append(f"{reason} ({weight:+g})")

    if not segments and not _has_item_query(query):
        add(-3, "site root")
    elif _DATE_ONLY_PATH.fullmatch(path):
        add(-3, "date archive path")
    elif _DATE_IN_PATH.search(path):
        add(2, "date in path")
    # only near the end: /category/politics/<long-slug> is an article under a category base
    nav = next((s for s in segments[-2:] if s in NAV_SEGMENTS), None)
    if nav:
        add(-3, f"navigation path /{nav}/")
    if _PAGE_NUMBER_TAIL.search(path):
        add(-2, "page number in path")
    for weight, reason in _query_evidence(query):
        add(weight, reason)
    if segments and not nav:
        for weight, reason in _slug_evidence(segments):
            add(weight, reason)
    return score, reasons


def _query_evidence(query: str) -> list[tuple[float, str]]:
    keys = {key.lower() for key, _ in parse_qsl(query, keep_blank_values=True)}
    evidence: list[tuple[float, str]] = []
    if keys & SEARCH_PARAMS:
        evidence.append((-3, "search query"))
    if keys & PAGE_PARAMS:
        evidence.append((-2, "page parameter"))
    elif _has_item_query(query):
        evidence.append((1.5, "item id in query"))
    return evidence


def _has_item_query(query: str) -> bool:
    """A query naming one item (?p=2895, ?id=30&news=477, ?ArtNr=335614), not a page or search."""
    pairs = [(k.lower(), v) for k, v in parse_qsl(query, keep_blank_values=True)]
    if any(k in PAGE_PARAMS or k in SEARCH_PARAMS for k, _ in pairs):
        return False
    return any(_ID_VALUE.fullmatch(v) for _, v in pairs)


def _slug_evidence(segments: list[str]) -> list[tuple[float, str]]:
    last = segments[-1].rsplit(".", 1)[0] if "." in segments[-1] else segments[-1]
    words = [w for w in _WORD_SPLIT.split(last) if w and not w.isdigit()]
    evidence: list[tuple[float, str]] = []
    if len(words) >= 4:
        evidence.append((2, f"slug with {len(words)} words"))
    elif len(words) == 3:
        evidence.append((1, "slug with 3 words"))
    if _NUMERIC_ID.search("/".join(segments)):
        evidence.append((1.5, "numeric id"))
    elif _OPAQUE_ID.fullmatch(last):
        evidence.append((1, "opaque id"))
    if len(segments) >= 2 and segments[-2] in ARTICLE_SEGMENTS:
        evidence.append((1, f"under /{segments[-2]}/"))
    if (
        len(segments) <= 2
        and len(words) <= 2
        and not any(c.isdigit() for c in last)
        and segments[-1] not in ARTICLE_SEGMENTS
    ):
        evidence.append((-1, "short section-like path"))
    return evidence


def _parse_html(html: bytes | str) -> _Element | None:
    try:
        return lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return None
