"""What a batch of saves needs to know of the database, in four queries for the whole batch:
which of its URL keys and text hashes are stored, which URL keys are rejected, and each page's
near-copy candidates (the stories find_near_duplicate would compare, with their shared bands).

The candidates query ranks per page in SQL, as the single lookup does (most shared bands, then
lowest id, at most MAX_CANDIDATES), so a band key shared by many stories costs no more rows.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, Integer, Select, TextClause, bindparam, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from settings import DedupSettings
from storage.db import chunked
from storage.dedup import text_words, word_shingles
from storage.known import stored_keys
from storage.models import Article, RejectedUrl
from storage.near_duplicates import MAX_CANDIDATES

if TYPE_CHECKING:
    from storage.batches import Prepared

# built once: they run for every batch
STORED_HASHES = select(Article.text_hash).where(
    Article.text_hash.in_(bindparam("keys", expanding=True))
)
REJECTED_KEYS = select(RejectedUrl.url_key).where(
    RejectedUrl.url_key.in_(bindparam("keys", expanding=True))
)

_RANKED = """
shared AS (
    SELECT pairs.page AS page, b.article_id AS article_id, count(*) AS n
    FROM pairs {join}
    GROUP BY pairs.page, b.article_id
), ranked AS (
    SELECT page, article_id, n,
           row_number() OVER (PARTITION BY page ORDER BY n DESC, article_id) AS place
    FROM shared
)
SELECT ranked.page, ranked.article_id, ranked.n, a.text
FROM ranked JOIN articles AS a ON a.id = ranked.article_id
WHERE ranked.place <= :limit
"""
# each pair is one probe of the primary key (band_key, article_id): on PostgreSQL a nested loop
# by construction (LATERAL), whatever the planner guesses of the pairs' count; SQLite loops over
# a table-valued function's rows and probes the key of the inner table (EXPLAIN QUERY PLAN:
# SEARCH b USING PRIMARY KEY (band_key=?))
_LATERAL = """CROSS JOIN LATERAL (
        SELECT article_id FROM article_bands WHERE article_bands.band_key = pairs.band_key
    ) AS b"""
_JOIN = "JOIN article_bands AS b ON b.band_key = pairs.band_key"
# (page, band key) pairs: two arrays on PostgreSQL, one JSON text on SQLite (no arrays there)
CANDIDATES: dict[str, TextClause] = {
    "postgresql": text(
        "WITH pairs AS (SELECT * FROM unnest(:pages, :keys) AS p(page, band_key)),"
        + _RANKED.format(join=_LATERAL)
    ).bindparams(
        bindparam("pages", type_=ARRAY(Integer)), bindparam("keys", type_=ARRAY(BigInteger))
    ),
    "default": text(
        "WITH pairs AS (SELECT json_extract(value, '$[0]') AS page,"
        " json_extract(value, '$[1]') AS band_key FROM json_each(:pairs)),"
        + _RANKED.format(join=_JOIN)
    ),
}


@dataclass(eq=False)
class Lookup:
    url_keys: set[str]
    digests: set[str]
    rejected_keys: set[str]
    candidates: dict[Prepared, list[tuple[int, int]]]  # page -> (article id, shared bands)
    texts: dict[int, str]
    settings: DedupSettings
    _shingles: dict[int, frozenset[bytes]] = field(default_factory=dict)

    def shingles(self, article_id: int) -> frozenset[bytes]:
        """A candidate's shingle set, from its stored text (as find_near_duplicate makes it)."""
        found = self._shingles.get(article_id)
        if found is None:
            words = text_words(self.texts[article_id])
            found = frozenset(word_shingles(words, self.settings.shingle_size))
            self._shingles[article_id] = found
        return found


def look_up(session: Session, pages: Sequence[Prepared], settings: DedupSettings) -> Lookup:
    session.flush()
    url_keys = [key for page in pages for key in page.urls]
    digests = [page.digest for page in pages]
    lookup = Lookup(
        url_keys=stored_keys(session, url_keys),
        digests=_found(session, STORED_HASHES, digests),
        rejected_keys=_found(session, REJECTED_KEYS, url_keys),
        candidates={},
        texts={},
        settings=settings,
    )
    pairs = [(n, key) for n, page in enumerate(pages) for key in page.band_keys]
    if not pairs:
        return lookup
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        params: dict[str, object] = {"pages": [p for p, _ in pairs], "keys": [k for _, k in pairs]}
        statement = CANDIDATES["postgresql"]
    else:
        params, statement = {"pairs": json.dumps(pairs)}, CANDIDATES["default"]
    params["limit"] = MAX_CANDIDATES
    for n, article_id, shared, stored_text in connection.execute(statement, params):
        lookup.candidates.setdefault(pages[n], []).append((article_id, shared))
        lookup.texts[article_id] = stored_text
    return lookup


def _found(session: Session, statement: Select[str], keys: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunked(keys):
        found.update(session.scalars(statement, {"keys": chunk}))
    return found
