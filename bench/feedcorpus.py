"""feedparser's own test corpus (its sdist's tests/, 2,242 files), fetched from the package index
into a cache: the judge of parse_feed in tests/test_crawler_feeds_corpus.py and in bench.feeds.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

FEEDPARSER_VERSION = version("feedparser")
HEADER = re.compile(rb"^Header:\s+([^:]+):(.+)$", re.MULTILINE)  # headers the corpus is served with
SERVED_FROM = "http://127.0.0.1:8097/"  # where feedparser's own test server serves the files


@dataclass(frozen=True, slots=True)
class CorpusFile:
    """One corpus document, with the URL and headers feedparser's test server gives it."""

    name: str  # path below tests/, e.g. wellformed/rss/item_link.xml
    body: bytes
    url: str
    base_url: str  # Content-Location when the file names one, else url
    content_type: str | None


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsagg" / f"feedparser-{FEEDPARSER_VERSION}-tests"


def ensure_corpus() -> Path:
    """The cached corpus folder, downloaded first if missing (pip download of the installed
    feedparser's sdist). Raises OSError, subprocess.SubprocessError or ValueError when it fails."""
    target = cache_dir()
    if not target.is_dir():
        download_corpus(target)
    return target


def download_corpus(target: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:",
             "--no-deps", f"feedparser=={FEEDPARSER_VERSION}", "-d", scratch],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        (sdist,) = Path(scratch).glob("feedparser-*.tar.gz")
        unpacked = Path(scratch) / "unpacked"
        with tarfile.open(sdist) as archive:
            archive.extractall(unpacked, filter="data")  # no links or paths out of the folder
        (tests,) = unpacked.glob("feedparser-*/tests")
        target.parent.mkdir(parents=True, exist_ok=True)
        tests.rename(target)


def corpus_files(root: Path) -> Iterator[CorpusFile]:
    for path in sorted(root.rglob("*.xml")):
        body = path.read_bytes()
        headers = {k.strip().lower(): v.strip() for k, v in HEADER.findall(body)}
        name = path.relative_to(root).as_posix()
        url = SERVED_FROM + name
        location = headers.get(b"content-location")
        content_type = headers.get(b"content-type")
        yield CorpusFile(
            name=name,
            body=body,
            url=url,
            base_url=location.decode("latin-1") if location else url,
            content_type=content_type.decode("latin-1") if content_type else None,
        )
