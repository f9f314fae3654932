"""feedparser's own test corpus (2,242 files from its sdist) through parse_feed vs bare feedparser.

The corpus is fetched from the package index into a cache on first use (pip download of the
installed feedparser version). Without it the tests fail in CI (CI or NEWSAGG_TEST_POSTGRES_URL
set) and skip elsewhere, saying why.
"""

from __future__ import annotations

import calendar
import io
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
import pytest

from crawler.items import ParsedFeed
from crawler.sources.feeds import FeedParseError, parse_feed
from crawler.urls import InvalidUrlError, normalize_url

FEEDPARSER_VERSION = version("feedparser")
HEADER = re.compile(rb"^Header:\s+([^:]+):(.+)$", re.MULTILINE)  # the corpus's served headers
SERVED_FROM = "http://127.0.0.1:8097/"  # where feedparser's own test server serves the files

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


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsagg" / f"feedparser-{FEEDPARSER_VERSION}-tests"


def download_corpus(target: Path) -> None:
    """feedparser's sdist from the package index, its tests/ folder unpacked into `target`."""
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:",
             "--no-deps", f"feedparser=={FEEDPARSER_VERSION}", "-d", scratch],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        (sdist,) = Path(scratch).glob("feedparser-*.tar.gz")
        unpacked = Path(scratch) / "unpacked"
        with tarfile.open(sdist) as archive:
            archive.extractall(unpacked, filter="data")
        (tests,) = unpacked.glob("feedparser-*/tests")
        target.parent.mkdir(parents=True, exist_ok=True)
        tests.rename(target)


@pytest.fixture(scope="module")
def corpus() -> Path:
    target = cache_dir()
    if not target.is_dir():
        try:
            download_corpus(target)
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            reason = f"feedparser {FEEDPARSER_VERSION} sdist could not be downloaded: {exc!r}"
            if is_ci():
                pytest.fail(reason)
            pytest.skip(reason)
    return target


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
    for path in sorted(corpus.rglob("*.xml")):
        compare_file(run, path.relative_to(corpus).as_posix(), path.read_bytes())
    return run


def compare_file(run: CorpusRun, name: str, data: bytes) -> None:
    headers = {k.strip().lower().decode(): v.strip().decode("latin-1") for k, v in HEADER.findall(data)}  # fmt: skip
    url = SERVED_FROM + name
    base = headers.get("content-location") or url
    content_type = headers.get("content-type")
    served = {"content-location": base, **({"content-type": content_type} if content_type else {})}
    bare = feedparser.parse(io.BytesIO(data), response_headers=served)
    run.files += 1
    try:
        ours = parse_feed(data, url=url, content_type=content_type, base_url=base)
    except FeedParseError as exc:
        if bare.get("version") or bare.entries:
            run.lost_files[name] = exc.reason
        return
    compare_entries(run, name, bare.entries, ours)


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
