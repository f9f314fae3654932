"""A batch of saves in one transaction, at a handful of statements for the whole batch.

The decisions are storage.articles.save's, page by page in order; only the statements are
shared. The batch's URL keys, text hashes, near-copy candidates (LSH bands) and rejections are
looked up once (storage.batch_lookup). A page none of whose URLs, text or near-copies is stored,
in the database or earlier in the batch, is a new story: its rows wait, and all new stories of
the batch are inserted together (one statement per table). Any other page (a known URL, an
exact or near copy, also of a page earlier in the batch) goes through articles.save itself once
the waiting stories are written, and the look-up is repeated for the pages after it (at most
MAX_LOOKUPS times a batch; then the rest go through articles.save). A stored page's rejection
row is deleted only when it has one (no DELETE per page).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from crawler.urls import choose_canonical, url_key
from settings import DedupSettings
from storage import articles, rejections, story_rows
from storage import dedup as text_dedup
from storage.batch_lookup import Lookup, look_up
from storage.dedup import Signature, band_keys
from storage.near_duplicates import MAX_CANDIDATES, insert_bands, judge
from storage.story_rows import INSERT_HTML, INSERT_STORIES, INSERT_URLS, UrlsByKey

MAX_LOOKUPS = 3  # look-ups per batch: copies are rare in a crawl, each costs a look-up after it


@dataclass(frozen=True, slots=True)
class OtherWrite:
    """A write of the batch that is not a save (a page's rejection), run in its turn; `url` is
    the URL whose rejection row it may write."""

    url: str
    apply: Callable[[Session], str]


Item = articles.Candidate | OtherWrite


@dataclass(slots=True, eq=False)  # eq=False: hashed by identity, a lookup's key
class Prepared:
    """What save() computes of a candidate before its first query, computed once."""

    candidate: articles.Candidate
    canonical: str
    urls: UrlsByKey
    digest: str
    signature: Signature
    band_keys: tuple[int, ...]
    shingle_list: list[bytes]
    _shingles: frozenset[bytes] | None = None

    @property
    def shingles(self) -> frozenset[bytes]:
        """The shingle set, made when a candidate is compared (most pages have none)."""
        if self._shingles is None:
            self._shingles = frozenset(self.shingle_list)
        return self._shingles


def prepare(candidate: articles.Candidate, dedup: DedupSettings) -> Prepared:
    article = candidate.article
    canonical = choose_canonical(article.url, article.canonical_url)
    urls = articles.distinct_urls([canonical, article.url, *candidate.seen_urls])
    words = text_dedup.text_words(article.text)
    shingles = text_dedup.word_shingles(words, dedup.shingle_size)
    signature = text_dedup.shingles_signature(shingles, dedup)
    keys = tuple(dict.fromkeys(band_keys(signature, dedup.bands)))
    digest = text_dedup.words_hash(words)
    return Prepared(candidate, canonical, urls, digest, signature, keys, shingles)


@dataclass
class _Waiting:
    """New stories of the batch not inserted yet, and what later pages must not duplicate."""

    stories: list[Prepared] = field(default_factory=list)
    url_keys: set[str] = field(default_factory=set)
    digests: set[str] = field(default_factory=set)
    by_band: dict[int, list[int]] = field(default_factory=dict)  # band key -> story positions

    def add(self, page: Prepared) -> None:
        position = len(self.stories)
        self.stories.append(page)
        self.url_keys.update(page.urls)
        self.digests.add(page.digest)
        for key in page.band_keys:
            self.by_band.setdefault(key, []).append(position)

    def shared_bands(self, page: Prepared) -> Counter[int]:
        return Counter(p for key in page.band_keys for p in self.by_band.get(key, ()))


def save_all(session: Session, items: Sequence[Item], dedup: DedupSettings) -> list[str]:
    """Store the batch's items in order in the session's transaction; their outcomes (a save's
    SaveResult.status, an other write's own)."""
    if sum(isinstance(item, articles.Candidate) for item in items) <= 1:
        return [_one(session, item, dedup) for item in items]
    articles.serialise_saves(session)
    session.flush()
    prepared = {
        i: prepare(item, dedup)
        for i, item in enumerate(items)
        if isinstance(item, articles.Candidate)
    }
    outcomes: list[str] = []
    waiting, lookups = _Waiting(), 1
    lookup: Lookup | None = look_up(session, list(prepared.values()), dedup)
    for i, item in enumerate(items):
        if isinstance(item, OtherWrite):
            outcomes.append(item.apply(session))
            if lookup is not None:
                lookup.rejected_keys.add(url_key(item.url))
            continue
        page = prepared[i]
        if lookup is not None and _is_new(page, lookup, waiting, dedup):
            if lookup.rejected_keys.intersection(page.urls):
                rejections.forget(session, list(page.urls))
            waiting.add(page)
            outcomes.append("new")
            continue
        _insert_waiting(session, waiting, dedup)
        waiting = _Waiting()
        outcomes.append(articles.save(session, item, dedup).status)
        later = [prepared[j] for j in range(i + 1, len(items)) if j in prepared]
        lookups += 1
        lookup = look_up(session, later, dedup) if later and lookups <= MAX_LOOKUPS else None
    _insert_waiting(session, waiting, dedup)
    return outcomes


def _one(session: Session, item: Item, dedup: DedupSettings) -> str:
    if isinstance(item, OtherWrite):
        return item.apply(session)
    return articles.save(session, item, dedup).status


def _is_new(page: Prepared, lookup: Lookup, waiting: _Waiting, dedup: DedupSettings) -> bool:
    """Whether save() would store the page as a new story: no URL or text of it stored (in the
    database or earlier in the batch), no near-copy among the candidates it would compare."""
    if any(key in lookup.url_keys or key in waiting.url_keys for key in page.urls):
        return False
    if page.digest in lookup.digests or page.digest in waiting.digests:
        return False
    if not page.band_keys:
        return True
    # the candidates find_near_duplicate would compare: most shared bands first, then lowest
    # id, and the batch's waiting stories come after every stored one (their ids are higher)
    stored = [(-shared, 0, article_id) for article_id, shared in lookup.candidates.get(page, ())]
    batch = [(-shared, 1, position) for position, shared in waiting.shared_bands(page).items()]
    for _, in_batch, ref in sorted(stored + batch)[:MAX_CANDIDATES]:
        other = waiting.stories[ref].shingles if in_batch else lookup.shingles(ref)
        if judge(ref, page.shingles, other, dedup) is not None:
            return False
    return True


def _insert_waiting(session: Session, waiting: _Waiting, dedup: DedupSettings) -> None:
    """The batch's new stories: one executemany per table."""
    if not waiting.stories:
        return
    connection = session.connection()
    rows = [
        story_rows.story_row(p.candidate, p.canonical, p.digest, p.signature)
        for p in waiting.stories
    ]
    ids = {digest: int(story_id) for story_id, digest in connection.execute(INSERT_STORIES, rows)}
    bands, htmls, urls = [], [], []
    for page in waiting.stories:
        story_id = ids[page.digest]
        bands += [(key, story_id) for key in page.band_keys]
        html = story_rows.html_row(story_id, page.candidate)
        if html is not None:
            htmls.append(html)
        urls += story_rows.new_url_rows(story_id, page.canonical, page.urls, page.candidate)
    bands.sort()  # in index order: ~10% fewer CPU-s inserting them (SQLite)
    insert_bands(connection, bands)
    for statement, values in ((INSERT_HTML, htmls), (INSERT_URLS, urls)):
        if values:
            connection.execute(statement, values)
