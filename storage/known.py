"""The URL keys some stored story was seen under: what a crawl asks before fetching a page.

Apart from storage.articles so that asking costs no import of the dedup machinery (numpy): a
poll asks it for every feed body it reads, and stores nothing when its feeds announce nothing new.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from storage.db import chunked
from storage.models import ArticleUrl

# built once: it runs for every polled feed and every saved page
_STORED_KEYS = select(ArticleUrl.url_key).where(
    ArticleUrl.url_key.in_(bindparam("keys", expanding=True))
)


def stored_keys(session: Session, keys: Iterable[str]) -> set[str]:
    """The URL keys among `keys` that some stored article was seen under: one query a chunk."""
    found: set[str] = set()
    for chunk in chunked(keys):
        found.update(session.scalars(_STORED_KEYS, {"keys": chunk}))
    return found
