"""Dedup-aware writes of articles: one story per URL key, per exact text, per near-copy cluster."""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import Row, bindparam, select, text
from sqlalchemy.orm import Session

from crawler import items
from crawler.urls import choose_canonical, normalize_url, url_key
from settings import DedupSettings
from storage import dedup as text_dedup
from storage import rejections, story_rows
from storage.dedup import Fingerprint, Signature, content_hash, text_signature
from storage.known import stored_keys
from storage.models import Article, ArticleHtml, ArticleRevision, ArticleUrl
from storage.near_duplicates import find_near_duplicate, index_signature, remove_signature
from storage.story_rows import INSERT_HTML, INSERT_STORY, INSERT_URLS, UrlsByKey

SaveStatus = Literal["new", "duplicate", "revised", "unchanged"]

# one constant advisory-lock key: on PostgreSQL saves are serialised so ids commit in order
# (an --after-id reader never skips a row) and two copies of one story cannot both become new
_SAVE_LOCK_KEY = 0x6E657773616767  # "newsagg"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A cleaned, classified article ready to be stored."""

    article: items.Article
    relevance: items.Relevance | None
    html: bytes | None
    fetched_at: datetime
    source_id: int | None = None
    seen_urls: tuple[str, ...] = ()  # other URLs that led here (requested URL before redirects)


@dataclass(frozen=True, slots=True)
class SaveResult:
    status: SaveStatus
    article_id: int
    similarity: float | None = None


def is_known(session: Session, url: str, topic: str | None = None) -> bool:
    """True when this URL (in canonical form) was already stored, or rejected in a way that
    still holds under `topic` (see rejections.is_settled): do not fetch it again."""
    key = url_key(url)
    if stored_keys(session, [key]):
        return True
    rejected = rejections.find_many(session, [key]).get(key)
    return rejected is not None and rejections.is_settled(rejected, topic)


def save(session: Session, candidate: Candidate, dedup: DedupSettings) -> SaveResult:
    """Store a story, or fold it into the story it duplicates, or record a revision."""
    serialise_saves(session)
    session.flush()  # the Core statements below run on the connection: no autoflush there
    article = candidate.article
    canonical = choose_canonical(article.url, article.canonical_url)
    urls = distinct_urls([canonical, article.url, *candidate.seen_urls])
    rejections.forget(session, list(urls))  # stored after all (e.g. under another topic)
    by_url = _story_for_urls(session, urls)
    if by_url is not None:
        return _update_known_url(session, by_url, candidate, urls, dedup)
    words = text_dedup.text_words(article.text)  # once: the hash and the fingerprint both need them
    digest = text_dedup.words_hash(words)
    exact_id = session.connection().scalar(STORY_BY_HASH, {"digest": digest})
    if exact_id is not None:
        exact = session.get_one(Article, exact_id)
        _add_urls(session, exact, urls, candidate, similarity=1.0)
        return SaveResult("duplicate", exact.id, 1.0)
    prints = text_dedup.words_fingerprint(words, dedup)
    match = find_near_duplicate(session, prints, dedup)
    if match is not None:
        story = session.get_one(Article, match.article_id)
        if match.is_fuller:
            _take_fuller_text(
                session, story, candidate, canonical, digest, prints, dedup, match.similarity
            )
        _add_urls(session, story, urls, candidate, similarity=match.similarity)
        return SaveResult("duplicate", story.id, match.similarity)
    story_id = _insert_story(session, candidate, canonical, digest, prints.signature, dedup)
    _insert_urls(session, story_id, canonical, urls, candidate)
    return SaveResult("new", story_id)


compress_html = story_rows.compress_html


def decompress_html(blob: bytes) -> bytes:
    return zlib.decompress(blob)


def serialise_saves(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SAVE_LOCK_KEY})


def distinct_urls(urls: Iterable[str | None]) -> UrlsByKey:
    seen: UrlsByKey = {}
    for url in urls:
        if url:
            seen.setdefault(url_key(url), normalize_url(url))
    return seen


# Statements built once (they run for every polled feed and saved page); stored URL rows are
# plain columns
_IN_KEYS = ArticleUrl.url_key.in_(bindparam("keys", expanding=True))
KnownUrl = Row[int, str, str, float | None]
STORED_URLS = select(
    ArticleUrl.article_id, ArticleUrl.url_key, ArticleUrl.relation, ArticleUrl.similarity
).where(_IN_KEYS)
STORY_BY_HASH = select(Article.id).where(Article.text_hash == bindparam("digest"))


def _story_for_urls(session: Session, urls: UrlsByKey) -> KnownUrl | None:
    keys = list(urls)
    rows = session.connection().execute(STORED_URLS, {"keys": keys}).all()
    return min(rows, key=lambda row: keys.index(row.url_key)) if rows else None


def _update_known_url(
    session: Session, known: KnownUrl, candidate: Candidate, urls: UrlsByKey, dedup: DedupSettings
) -> SaveResult:
    story = session.get_one(Article, known.article_id)
    _add_urls(session, story, urls, candidate, similarity=known.similarity)
    digest = content_hash(candidate.article.text)
    if digest == story.text_hash or known.relation == "copy":
        # a copy's later edits do not replace the text of the story it was folded into
        return SaveResult("unchanged", story.id)
    _revise_story(session, story, candidate, digest, dedup)
    return SaveResult("revised", story.id)


def _revise_story(
    session: Session, story: Article, candidate: Candidate, digest: str, dedup: DedupSettings,
    signature: Signature | None = None,
) -> None:  # fmt: skip
    session.add(
        ArticleRevision(
            article_id=story.id,
            revision=story.revision,
            title=story.title,
            text=story.text,
            text_hash=story.text_hash,
            fetched_at=story.fetched_at,
            superseded_at=candidate.fetched_at,
        )
    )
    article = candidate.article
    signature = signature or text_signature(article.text, dedup)
    remove_signature(session, story.id)
    story.revision += 1
    story.text = article.text
    story.text_hash = digest
    story.title = article.title or story.title
    story.authors = list(article.authors) or story.authors
    story.credits = list(article.credits) or story.credits
    story.minhash = signature.to_bytes()
    story.fetched_at = candidate.fetched_at
    story.updated_at = candidate.fetched_at
    _apply_relevance(story, candidate.relevance)
    session.flush()
    index_signature(session, story.id, signature, dedup)
    _store_html(session, story.id, article.url, candidate)


def _take_fuller_text(
    session: Session, story: Article, candidate: Candidate, canonical: str, digest: str,
    prints: Fingerprint, dedup: DedupSettings, similarity: float,
) -> None:  # fmt: skip
    """The story was an excerpt of this text: it keeps its id and takes the fuller text, URL,
    source and metadata; the excerpt's text becomes a revision, its URLs copies or variants."""
    _revise_story(session, story, candidate, digest, dedup, prints.signature)
    story.url, story.source_id = canonical, candidate.source_id
    for name in ("published_at", "published_at_source", "language", "site_name", "description"):
        setattr(story, name, getattr(candidate.article, name) or getattr(story, name))
    rows = session.scalars(select(ArticleUrl).where(ArticleUrl.article_id == story.id)).all()
    for row in (row for row in rows if row.relation == "canonical"):
        row.relation, row.similarity = (
            story_rows.relation(story.url, row.url, row.url_key),
            similarity,
        )
    session.flush()


def _insert_story(
    session: Session, candidate: Candidate, canonical: str, digest: str, signature: Signature,
    dedup: DedupSettings,
) -> int:  # fmt: skip
    """A new story row, its band rows and kept HTML: plain inserts (the unit of work is not
    needed for rows that cannot exist yet; a concurrent copy fails on the unique keys)."""
    values = story_rows.story_row(candidate, canonical, digest, signature)
    story_id = int(session.connection().execute(INSERT_STORY, values).scalar_one())
    index_signature(session, story_id, signature, dedup)
    html = story_rows.html_row(story_id, candidate)
    if html is not None:
        session.connection().execute(INSERT_HTML, html)
    return story_id


def _apply_relevance(story: Article, relevance: items.Relevance | None) -> None:
    for name, value in story_rows.relevance_columns(relevance).items():
        setattr(story, name, value)


def _store_html(session: Session, article_id: int, url: str, candidate: Candidate) -> None:
    if candidate.html is None:
        return
    row = session.get(ArticleHtml, article_id)
    blob = compress_html(candidate.html)
    if row is None:
        row = ArticleHtml(article_id=article_id, url=url, html_z=blob)
        row.fetched_at = candidate.fetched_at
        session.add(row)
    else:
        row.url, row.html_z, row.fetched_at = url, blob, candidate.fetched_at


def _add_urls(
    session: Session, story: Article, urls: UrlsByKey, candidate: Candidate, *,
    similarity: float | None,
) -> None:  # fmt: skip
    existing = stored_keys(session, urls)
    story_key = url_key(story.url)
    rows = [
        story_rows.url_row(story.id, story.url, story_key, url, key, candidate, similarity)
        for key, url in urls.items()
        if key not in existing
    ]
    if rows:
        session.execute(INSERT_URLS, rows)
        if story.fetched_at != candidate.fetched_at:
            story.updated_at = max(story.updated_at, candidate.fetched_at)
    session.flush()


def _insert_urls(session: Session, story_id: int, story_url: str, urls: UrlsByKey,
                 candidate: Candidate) -> None:  # fmt: skip
    """The URL rows of a new story (none of its URL keys is stored: save() looked them up)."""
    rows = story_rows.new_url_rows(story_id, story_url, urls, candidate)
    session.connection().execute(INSERT_URLS, rows)
