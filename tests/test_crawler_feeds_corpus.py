"""feedparser's own test corpus (2,242 files from its sdist) through parse_feed vs bare feedparser.

The corpus is fetched from the package index into a cache on first use (bench.feedcorpus: pip
download of the installed feedparser's sdist). Without it the tests fail in CI (CI or
NEWSAGG_TEST_POSTGRES_URL set) and skip elsewhere, saying why.
"""

from __future__ import annotations

import calendar
import io
import os
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
import pytest

from bench.feedcorpus import FEEDPARSER_VERSION, CorpusFile, corpus_files, ensure_corpus
from crawler.items import ParsedFeed
from crawler.sources.feeds import FeedParseError, parse_feed
from crawler.urls import InvalidUrlError, normalize_url

# Files bare feedparser reads as a feed (a version or entries) that parse_feed refuses, and why.
REFUSED_FILES = {
    "wellformed/rdf/doctype_contains_entity_decl.xml": "external parameter entity in the DOCTYPE",
    **{
        path: "malformed XML (truncated or unbound prefix) without a single entry"
        for path in (
            "encoding/bozo_invalid-bytes-with-bom.xml",
            "entities/160.xml",
            "entities/732.xml",
            "entities/8216.xml",
            "entities/8217.xml",
            "entities/8220.xml",
            "entities/8221.xml",
            "entities/9830.xml",
            "entities/attr_amp.xml",
            "entities/query_variable_feed.xml",
            "illformed/aaa_illformed.xml",
            "illformed/undeclared_namespace.xml",
        )
    },
}
# Entries with a link that parse_feed drops on purpose, and why.
DROPPED_ENTRIES = {
    ("wellformed/node_precedence/atom10_id.xml", 1): "repeats the GUID of the entry before it",
}


def is_ci() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("NEWSAGG_TEST_POSTGRES_URL"))


@pytest.fixture(scope="module")
def corpus() -> Path:
    try:
        return ensure_corpus()
    except (OSError, subprocess.SubprocessError, ValueError) as exc:
        reason = f"feedparser {FEEDPARSER_VERSION} sdist could not be downloaded: {exc!r}"
        if is_ci():
            pytest.fail(reason)
        pytest.skip(reason)


@dataclass
class CorpusRun:
    """What parse_feed did with each corpus file, next to bare feedparser."""

    files: int = 0
    entries_compared: int = 0
    lost_files: dict[str, str] = field(default_factory=dict)
    entry_problems: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def corpus_run(corpus: Path) -> CorpusRun:
    run = CorpusRun()
    for document in corpus_files(corpus):
        compare_file(run, document)
    return run


def compare_file(run: CorpusRun, document: CorpusFile) -> None:
    served = {"content-location": document.base_url}
    if document.content_type:
        served["content-type"] = document.content_type
    bare = feedparser.parse(io.BytesIO(document.body), response_headers=served)
    run.files += 1
    try:
        ours = parse_feed(
            document.body, url=document.url, content_type=document.content_type,
            base_url=document.base_url,
        )  # fmt: skip
    except FeedParseError as exc:
        if bare.get("version") or bare.entries:
            run.lost_files[document.name] = exc.reason
        return
    compare_entries(run, document.name, bare.entries, ours)


def compare_entries(run: CorpusRun, name: str, bare_entries: list[Any], ours: ParsedFeed) -> None:
    kept = {entry.url: entry for entry in ours.entries}
    for index, bare in enumerate(bare_entries):
        try:
            link = normalize_url(bare.get("link") or "")
        except InvalidUrlError:
            continue  # no link, or none that is an http(s) page
        run.entries_compared += 1
        if (name, index) in DROPPED_ENTRIES:
            continue
        entry = kept.get(link)
        if entry is None:
            run.entry_problems.append(f"{name}[{index}]: {link} lost")
            continue
        if entry.title != expected_title(bare):
            run.entry_problems.append(f"{name}[{index}]: title {entry.title!r}")
        if entry.published_at != expected_date(bare):
            run.entry_problems.append(f"{name}[{index}]: date {entry.published_at}")


def expected_title(bare: Any) -> str | None:
    """Bare feedparser's title as plain text: HTML titles as lxml renders their text."""
    title = bare.get("title") or ""
    if bare.get("title_detail", {}).get("type") in ("text/html", "application/xhtml+xml") and title:
        title = lxml.html.fragment_fromstring(title, create_parent="div").text_content()
    return " ".join(title.split()) or None


def expected_date(bare: Any) -> datetime | None:
    parsed = (
        bare.get("published_parsed") or bare.get("updated_parsed") or bare.get("created_parsed")
    )
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC) if parsed else None


def test_the_whole_corpus_was_read(corpus_run: CorpusRun) -> None:
    assert corpus_run.files >= 2000  # feedparser 6.0.x ships 2,242 test files
    assert corpus_run.entries_compared >= 90


def test_every_feed_bare_feedparser_reads_is_read(corpus_run: CorpusRun) -> None:
    unexpected = {k: v for k, v in corpus_run.lost_files.items() if k not in REFUSED_FILES}
    assert unexpected == {}
    assert set(corpus_run.lost_files) == set(REFUSED_FILES)  # the list stays true


def test_every_entry_keeps_its_link_title_and_date(corpus_run: CorpusRun) -> None:
    assert corpus_run.entry_problems == []
