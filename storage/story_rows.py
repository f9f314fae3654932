"""The rows of a new story (articles, article_urls, article_html) as plain Core parameters.

Shared by a single save (storage.articles) and a batch of saves (storage.batches), so both write
exactly the same rows.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

from sqlalchemy import insert

from crawler import items
from crawler.urls import is_same_site, url_key
from storage import rejections
from storage.models import Article, ArticleHtml, ArticleUrl

if TYPE_CHECKING:
    from storage.articles import Candidate
    from storage.dedup import Signature

UrlsByKey = dict[str, str]  # url_key -> normalised URL, in the order the URLs were given

# Statements built once; new-story inserts are plain Core (the ORM's bulk path cost more CPU
# than the inserts). Many stories at once return their text hashes too (unique: each id is
# matched to its row by it), so the rows go as multi-row VALUES in any order.
_TABLES = Article.metadata.tables
INSERT_STORY = insert(_TABLES[Article.__tablename__]).returning(Article.id)
INSERT_STORIES = insert(_TABLES[Article.__tablename__]).returning(Article.id, Article.text_hash)
INSERT_URLS = insert(_TABLES[ArticleUrl.__tablename__])
INSERT_HTML = insert(_TABLES[ArticleHtml.__tablename__])


def story_row(
    candidate: Candidate, canonical: str, digest: str, signature: Signature
) -> dict[str, object]:
    """The articles row of a new story (its id comes from the insert)."""
    article = candidate.article
    return {
        "url": canonical, "source_id": candidate.source_id, "title": article.title,
        "authors": list(article.authors), "credits": list(article.credits),
        "published_at": article.published_at, "published_at_source": article.published_at_source,
        "published_precision": article.published_precision, "language": article.language,
        "site_name": article.site_name, "description": article.description,
        "text": article.text, "text_hash": digest, "minhash": signature.to_bytes(), "revision": 1,
        "fetched_at": candidate.fetched_at, "updated_at": candidate.fetched_at,
        **relevance_columns(candidate.relevance),
    }  # fmt: skip


def html_row(story_id: int, candidate: Candidate) -> dict[str, object] | None:
    """The article_html row of a new story; None when no HTML is kept."""
    if candidate.html is None:
        return None
    return {"article_id": story_id, "url": candidate.article.url,
            "html_z": compress_html(candidate.html), "fetched_at": candidate.fetched_at}  # fmt: skip


def new_url_rows(
    story_id: int, story_url: str, urls: UrlsByKey, candidate: Candidate
) -> list[dict[str, object]]:
    """The URL rows of a new story: the canonical URL comes first in `urls`."""
    story_key = next(iter(urls))
    return [url_row(story_id, story_url, story_key, url, key, candidate, None)
            for key, url in urls.items()]  # fmt: skip


def url_row(
    story_id: int, story_url: str, story_key: str, url: str, key: str, candidate: Candidate,
    similarity: float | None,
) -> dict[str, object]:  # fmt: skip
    return {
        "article_id": story_id, "url": url, "url_key": key,
        "relation": relation(story_url, url, key, story_key), "source_id": candidate.source_id,
        "title": candidate.article.title, "first_seen_at": candidate.fetched_at,
        "similarity": None if key == story_key else similarity,
    }  # fmt: skip


def relation(story_url: str, url: str, key: str, story_key: str | None = None) -> str:
    if key == (story_key or url_key(story_url)):
        return "canonical"
    return "variant" if is_same_site(story_url, url) else "copy"


def relevance_columns(relevance: items.Relevance | None) -> dict[str, object]:
    if relevance is None:
        return {"topic": None, "relevance": None, "is_relevant": True, "evidence": []}
    return {"topic": relevance.topic, "relevance": relevance.score,
            "is_relevant": relevance.is_relevant, "evidence": rejections.evidence_json(relevance)}  # fmt: skip


def compress_html(html: bytes) -> bytes:
    return zlib.compress(html, 6)
