"""Feed polling cost: CPU seconds per feed of a whole `newsagg poll` process (imports, database,
Scrapy, parsing, known-URL checks, source bookkeeping) against what a user would write instead,
a requests + feedparser poller with conditional GET in a thread pool, in the same run.

Both pollers run as fresh processes over the same loopback feeds (article fetching off), first
with full bodies, then again when every feed answers 304; CPU is the child's user+system time.
Run `python -m bench.polling [--feeds N] [--entries N] [--big-entries N]`.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.crawlcost import compile_project, run_child
from bench.feeds import serve_feeds

BASELINE = """
import json, sys
from concurrent.futures import ThreadPoolExecutor
import threading
import feedparser, requests

urls, state_path, pass_no = json.load(open(sys.argv[1])), sys.argv[2], int(sys.argv[3])
etags = json.load(open(state_path)) if pass_no > 1 else {}
local = threading.local()

def poll(url):
    session = getattr(local, "session", None) or requests.Session()
    local.session = session
    headers = {"If-None-Match": etags[url]} if url in etags else {}
    response = session.get(url, headers=headers, timeout=30)
    if response.status_code == 304:
        return url, None, 0
    parsed = feedparser.parse(response.content)
    return url, response.headers.get("ETag"), len(parsed.entries)

with ThreadPoolExecutor(16) as pool:
    results = list(pool.map(poll, urls))
for url, etag, _ in results:
    if etag:
        etags[url] = etag
json.dump(etags, open(state_path, "w"))
print(json.dumps({"entries": sum(n for *_, n in results)}))
"""


def prepare_database(path: Path, urls: list[str]) -> str:
    """A migrated SQLite database with one enabled feed source per URL."""
    from datetime import UTC, datetime

    from storage import sources
    from storage.db import ensure_schema, make_engine, session_factory, transaction

    url = f"sqlite:///{path}"
    engine = make_engine(url)
    ensure_schema(engine)
    now = datetime.now(UTC)
    with transaction(session_factory(engine, write=True)) as session:
        for feed_url in urls:
            sources.add(session, feed_url, "feed", now=now, origin="config")
    engine.dispose()
    return url


def newsagg_passes(urls: list[str], workdir: Path) -> list[float]:
    """CPU seconds of two `newsagg poll --all` processes (full bodies, then all 304)."""
    db_url = prepare_database(workdir / "bench.db", urls)
    env = {
        **os.environ,
        "NEWSAGG_DATABASE__URL": db_url,
        "NEWSAGG_POLL__FETCH_ARTICLES": "false",
        "NEWSAGG_HTTP__DOWNLOAD_DELAY_S": "0",
        "NEWSAGG_HTTP__AUTOTHROTTLE": "false",
        "NEWSAGG_HTTP__CONCURRENT_REQUESTS": "32",
        "NEWSAGG_HTTP__CONCURRENT_PER_HOST": "32",
        "NEWSAGG_HTTP__ALLOW_PRIVATE_NETWORKS": "true",
    }
    argv = [sys.executable, "-m", "scheduler", "--log-level", "WARNING", "poll", "--all"]
    return [run_child(argv, env)[0] for _ in range(2)]


def baseline_passes(urls: list[str], workdir: Path) -> list[float]:
    state, url_file = workdir / "etags.json", workdir / "urls.json"
    url_file.write_text(json.dumps(urls))  # a file: 5,000 URLs exceed one argument's limit
    argv = [sys.executable, "-c", BASELINE, str(url_file), str(state)]
    return [run_child([*argv, str(pass_no)])[0] for pass_no in (1, 2)]


def measure(feeds: int, entries: int) -> dict[str, Any]:
    context = mp.get_context("spawn")
    ready = context.Queue()
    server = context.Process(target=serve_feeds, args=(feeds, entries, ready), daemon=True)
    server.start()
    try:
        base = f"http://127.0.0.1:{ready.get(timeout=120)}"
        urls = [f"{base}/feed/{i}.xml" for i in range(feeds)]
        with tempfile.TemporaryDirectory() as tmp:
            ours = newsagg_passes(urls, Path(tmp))
            theirs = baseline_passes(urls, Path(tmp))
    finally:
        server.terminate()
        server.join()
    per_feed = lambda cpu: round(1000 * cpu / feeds, 2)  # noqa: E731 - ms per feed
    return {
        "feeds": feeds,
        "entries": entries,
        "full_ms_per_feed": per_feed(ours[0]),
        "baseline_full_ms_per_feed": per_feed(theirs[0]),
        "not_modified_ms_per_feed": per_feed(ours[1]),
        "baseline_not_modified_ms_per_feed": per_feed(theirs[1]),
    }


def run_benchmark(
    feeds: tuple[int, ...] = (1000, 5000), entries: int = 20, big_entries: int = 5000
) -> dict[str, Any]:
    """Every size in one run; one big feed as its own point."""
    compile_project()
    points = [measure(n, entries) for n in feeds]
    big = measure(1, big_entries) if big_entries else None
    return {"points": points, "big_feed": big}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--big-entries", type=int, default=5000)
    args = parser.parse_args()
    result = run_benchmark(tuple(args.feeds), args.entries, args.big_entries)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
