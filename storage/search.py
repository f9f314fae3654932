"""Full-text search over stories: SQLite FTS5 (bm25) or PostgreSQL tsvector (websearch syntax).

The index itself is schema (migration 0007): triggers keep it in sync with every write.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import (
    Select,
    column,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnClause

from storage.models import Article, ArticleUrl

# matched words in a snippet are wrapped in these (rare in news text; pages turn them into <mark>)
MARK_START, MARK_END = "\u27e6", "\u27e7"
_SNIPPET_WORDS = 24
_SQLITE_WEIGHTS = (10.0, 4.0, 1.0)  # title, other headlines, text: bm25 column weights
_PG_HEADLINE = (
    f"MaxFragments=1, MaxWords=30, MinWords=12, StartSel={MARK_START}, StopSel={MARK_END}"
)
# schema objects of migration 0007 that the models do not describe (autogenerate skips them)
_Query = TypeVar("_Query", bound=Select)  # type: ignore[type-arg]  # any row shape
SEARCH_OBJECTS = frozenset({"article_search", "search_vector", "ix_articles_search_vector"})


@dataclass(frozen=True, slots=True)
class Filters:
    """What a listing or a search is narrowed to; every field optional."""

    since: datetime | None = None  # stored or updated at/after
    source_id: int | None = None  # first seen through, or any URL seen through, this source
    language: str | None = None
    topic: str | None = None
    include_irrelevant: bool = False


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    url: str
    title: str | None
    snippet: str  # matched words between MARK_START and MARK_END
    score: float  # higher is better; comparable within one result list only

    @property
    def plain_snippet(self) -> str:
        return self.snippet.replace(MARK_START, "").replace(MARK_END, "")

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "snippet": self.plain_snippet,
            "score": round(self.score, 6),
        }


def apply_filters(query: _Query, filters: Filters) -> _Query:
    """The WHERE clauses of `filters` on a query over `articles`."""
    if not filters.include_irrelevant:
        query = query.where(Article.is_relevant.is_(True))
    if filters.since is not None:
        query = query.where(Article.updated_at >= filters.since)
    if filters.language:
        query = query.where(Article.language == filters.language)
    if filters.topic:
        query = query.where(Article.topic == filters.topic)
    if filters.source_id is not None:
        seen_there = exists().where(
            ArticleUrl.article_id == Article.id, ArticleUrl.source_id == filters.source_id
        )
        query = query.where(or_(Article.source_id == filters.source_id, seen_there))
    return query


def search(
    session: Session,
    query: str,
    filters: Filters | None = None,
    *,
    limit: int = 20,
    offset: int = 0,
    after_id: int | None = None,
    newest: bool = False,
) -> list[SearchHit]:
    """Stories matching `query` (words, "quoted phrases", OR, -excluded), best first; with
    `after_id`, in id order after that id instead (a stable cursor for paging programs); with
    `newest`, newest first (feeds)."""
    filters = filters or Filters()
    if session.get_bind().dialect.name == "postgresql":
        match: _Match = _PostgresMatch(query, filters.language)
    else:
        match = _SqliteMatch(query)
    if match.is_empty:
        return []
    ranked = apply_filters(match.ranked(), filters)
    if after_id is not None:
        ranked = ranked.where(Article.id > after_id).order_by(Article.id)
    elif newest:
        ranked = ranked.order_by(Article.id.desc())
    else:
        ranked = ranked.order_by(literal_column("score").desc(), Article.id)
    rows = session.execute(ranked.limit(limit).offset(offset)).all()
    snippets = match.snippets(session, [row.id for row in rows])
    return [
        SearchHit(row.id, row.url, row.title, snippets.get(row.id, ""), float(row.score))
        for row in rows
    ]


def rebuild(session: Session) -> int:
    """Recompute the whole search index from the stored stories; returns the number of stories."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text(
                "UPDATE articles SET search_vector = newsagg_article_vector(id, language, title, text)"
            )
        )
    else:
        session.execute(text("INSERT INTO article_search(article_search) VALUES ('rebuild')"))
    return session.scalar(select(func.count(Article.id))) or 0


def include_in_autogenerate(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic include_object hook: the search index is hand-written SQL, not part of the models."""
    return not (name and (name in SEARCH_OBJECTS or name.startswith("article_search_")))


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def fts5_query(query: str) -> str:
    """Websearch syntax (as PostgreSQL's websearch_to_tsquery reads it) as an FTS5 expression:
    every word or "phrase" quoted, so user input can never be an FTS5 syntax error."""
    groups: list[list[str]] = [[]]
    for match in _TOKEN.finditer(query):
        negate, phrase, word = match.group(1) == "-", match.group(2), match.group(3)
        if word is not None:
            if word.upper() == "OR":
                groups.append([])
                continue
            negate, phrase = word.startswith("-"), word.lstrip("-")
        if phrase is None or not re.search(r"\w", phrase):
            continue
        quoted = '"' + phrase.replace('"', '""') + '"'
        groups[-1].append(f"NOT {quoted}" if negate else quoted)
    parts = []
    for group in groups:
        positive = [term for term in group if not term.startswith("NOT ")]
        if positive:
            negative = [term for term in group if term.startswith("NOT ")]
            parts.append("(" + " ".join(positive + negative) + ")")
    return " OR ".join(parts)


class _Match:
    is_empty: bool

    def ranked(self) -> Select[Any]:
        raise NotImplementedError

    def snippets(self, session: Session, ids: Sequence[int]) -> dict[int, str]:
        raise NotImplementedError


class _SqliteMatch(_Match):
    def __init__(self, query: str) -> None:
        self.expression = fts5_query(query)
        self.is_empty = not self.expression
        self.table: ColumnClause[Any] = literal_column("article_search")

    def _matching(self, *columns: Any) -> Select[Any]:
        fts = table("article_search", column("rowid"))
        return (
            select(*columns)
            .select_from(fts.join(Article, Article.id == fts.c.rowid))
            .where(self.table.op("MATCH")(self.expression))
        )

    def ranked(self) -> Select[Any]:
        score = -func.bm25(self.table, *_SQLITE_WEIGHTS)
        return self._matching(Article.id, Article.url, Article.title, score.label("score"))

    def snippets(self, session: Session, ids: Sequence[int]) -> dict[int, str]:
        if not ids:
            return {}
        snippet = func.snippet(self.table, -1, MARK_START, MARK_END, "…", _SNIPPET_WORDS)
        query = self._matching(Article.id, snippet).where(Article.id.in_(ids))
        return {row[0]: row[1] or "" for row in session.execute(query)}


class _PostgresMatch(_Match):
    def __init__(self, query: str, language: str | None) -> None:
        self.is_empty = not re.search(r"\w", query)
        self.tsquery = func.newsagg_search_query(query, language)
        self.vector: ColumnClause[Any] = literal_column("articles.search_vector")

    def ranked(self) -> Select[Any]:
        # the query function is IMMUTABLE: with constant arguments the planner folds it once,
        # so the GIN index answers the match
        score = func.ts_rank_cd(self.vector, self.tsquery)
        return select(Article.id, Article.url, Article.title, score.label("score")).where(
            self.vector.op("@@")(self.tsquery)
        )

    def snippets(self, session: Session, ids: Sequence[int]) -> dict[int, str]:
        if not ids:
            return {}
        config = func.newsagg_search_config(Article.language)
        headline = func.ts_headline(config, Article.text, self.tsquery, _PG_HEADLINE)
        rows = session.execute(select(Article.id, headline).where(Article.id.in_(ids)))
        return {row[0]: row[1] or "" for row in rows}
