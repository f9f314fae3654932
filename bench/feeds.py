"""Feed polling throughput: feeds/s through the full fetch stack (Scrapy downloader, guard,
robots.txt, FeedSpider) on loopback, answered with 304s and with full bodies, against bare
feedparser and parse_feed on the same bodies, measured in the same run.

Run `python -m bench.feeds [--feeds N] [--entries N]`. The server (twisted.web) runs in its own
process; each poll runs in a fresh process (one reactor per process). Politeness delays are off:
this measures the stack, not the manners.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import multiprocessing as mp
import time
from typing import Any

WORDS = [
    "border",
    "asylum",
    "court",
    "visa",
    "policy",
    "ministry",
    "report",
    "council",
    "budget",
    "reform",
]


def build_feed(index: int, entries: int) -> bytes:
    """One RSS 2.0 feed of `entries` items, realistic in size (title, link, date, summary)."""
    items = []
    for j in range(entries):
        words = " ".join(WORDS[(index + j + k) % len(WORDS)] for k in range(30))
        items.append(
            f"<item><title>Story {index}-{j} on {WORDS[j % len(WORDS)]}</title>"
            f"<link>http://127.0.0.1/site{index}/story-{j}.html</link>"
            f"<guid>site{index}-{j}</guid>"
            f"<pubDate>Tue, {1 + j % 28:02d} May 2024 {j % 24:02d}:00:00 GMT</pubDate>"
            f"<description>&lt;p&gt;{words}&lt;/p&gt;</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Feed {index}</title><link>http://127.0.0.1/site{index}/</link>"
        f"{''.join(items)}</channel></rss>"
    ).encode()


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'


def serve_feeds(feeds: int, entries: int, ready: Any) -> None:
    """Child process: serve /feed/<i>.xml with ETags (304 on a match), report the port."""
    from twisted.internet import reactor as installed_reactor
    from twisted.web import resource, server

    reactor: Any = installed_reactor  # the module-level reactor is typed as a module

    bodies = {f"/feed/{i}.xml".encode(): build_feed(i, entries) for i in range(feeds)}
    etags = {path: etag_of(body).encode() for path, body in bodies.items()}

    class Feeds(resource.Resource):
        isLeaf = True

        def render_GET(self, request: Any) -> bytes:
            body = bodies.get(request.path)
            if body is None:
                request.setResponseCode(404)
                return b""
            request.setHeader(b"ETag", etags[request.path])
            if request.getHeader(b"if-none-match") == etags[request.path]:
                request.setResponseCode(304)
                return b""
            request.setHeader(b"Content-Type", b"application/rss+xml; charset=utf-8")
            return body

    port = reactor.listenTCP(0, server.Site(Feeds()), interface="127.0.0.1")
    ready.put(port.getHost().port)
    reactor.run()


def poll_in_child(base_url: str, feeds: int, entries: int, conditional: bool, out: Any) -> None:
    """Child process: poll every feed once through poll_feeds, report counts and wall time."""
    from crawler.fetch.runner import poll_feeds
    from crawler.items import FeedJob
    from settings.model import HttpSettings

    jobs = [
        FeedJob(
            source_id=i,
            url=f"{base_url}/feed/{i}.xml",
            etag=etag_of(build_feed(i, entries)) if conditional else None,
        )
        for i in range(feeds)
    ]
    outcomes: dict[str, int] = {}
    reported_at: list[float] = []

    def on_feed(outcome: Any) -> None:
        outcomes[outcome.outcome] = outcomes.get(outcome.outcome, 0) + 1
        reported_at.append(time.perf_counter())

    http = HttpSettings(
        download_delay_s=0, autothrottle=False, concurrent_requests=32, concurrent_per_host=32
    )
    started = time.perf_counter()
    poll_feeds(
        jobs,
        http,
        known_urls=lambda urls: set(urls),  # measure feeds only: no article pages
        on_page=lambda page: None,
        on_feed=on_feed,
    )
    # steady state: first to last report, without engine start-up and shutdown
    steady_s = reported_at[-1] - reported_at[0] if len(reported_at) > 1 else 0.0
    out.put(
        {"elapsed_s": time.perf_counter() - started, "steady_s": steady_s, "outcomes": outcomes}
    )


def run_poll(base_url: str, feeds: int, entries: int, conditional: bool) -> dict[str, Any]:
    context = mp.get_context("spawn")
    out = context.Queue()
    child = context.Process(target=poll_in_child, args=(base_url, feeds, entries, conditional, out))
    child.start()
    result: dict[str, Any] = out.get(timeout=600)
    child.join()
    result["feeds_per_s"] = round(feeds / result["elapsed_s"], 1)
    steady = result.pop("steady_s")
    result["steady_feeds_per_s"] = round((feeds - 1) / steady, 1) if steady else None
    result["elapsed_s"] = round(result["elapsed_s"], 3)
    return result


def best_of(passes: int, work: Any) -> float:
    """The least CPU time of `passes` runs of `work()`: CPU, not wall time, and the minimum, so
    other processes on a shared machine disturb the ratio least."""
    timings = []
    for _ in range(passes):
        started = time.process_time()
        work()
        timings.append(time.process_time() - started)
    return min(timings)


def forget_urls() -> None:
    """Empty the URL memo (crawler.urls), so repeated passes pay what the first one does."""
    from crawler.urls import normalize_url, url_key

    normalize_url.cache_clear()
    url_key.cache_clear()


def run_parse_baselines(feeds: int, entries: int) -> dict[str, float]:
    """feeds/s of bare feedparser and of parse_feed on the same bodies, in this process."""
    import feedparser

    from crawler.sources.feeds import parse_feed

    bodies = [build_feed(i, entries) for i in range(feeds)]

    def ours() -> None:
        forget_urls()  # every pass normalises its links afresh, as one poll does
        for i, body in enumerate(bodies):
            parse_feed(
                body, url=f"http://127.0.0.1/feed/{i}.xml", content_type="application/rss+xml"
            )

    bare_s = best_of(3, lambda: [feedparser.parse(io.BytesIO(body)) for body in bodies])
    ours_s = best_of(3, ours)
    return {
        "feedparser_feeds_per_s": round(feeds / bare_s, 1),
        "parse_feed_feeds_per_s": round(feeds / ours_s, 1),
        "parse_feed_time_ratio": round(ours_s / bare_s, 2),
    }


def run_corpus_baseline() -> dict[str, Any]:
    """Seconds for feedparser's own test corpus, bare feedparser vs parse_feed (parse errors
    included, as a poll would meet them); None when the corpus cannot be fetched."""
    import feedparser

    from bench.feedcorpus import corpus_files, ensure_corpus
    from crawler.sources.feeds import FeedParseError, parse_feed

    try:
        documents = list(corpus_files(ensure_corpus()))
    except (OSError, ValueError, RuntimeError) as exc:  # SubprocessError is a RuntimeError
        return {"corpus_error": repr(exc)}

    def bare() -> None:
        for doc in documents:
            headers = {"content-location": doc.base_url}
            if doc.content_type:
                headers["content-type"] = doc.content_type
            feedparser.parse(io.BytesIO(doc.body), response_headers=headers)

    def ours() -> None:
        forget_urls()
        for doc in documents:
            try:
                parse_feed(doc.body, url=doc.url, content_type=doc.content_type,
                           base_url=doc.base_url)  # fmt: skip
            except FeedParseError:
                continue

    bare_s, ours_s = best_of(3, bare), best_of(3, ours)
    return {
        "corpus_files": len(documents),
        "corpus_feedparser_s": round(bare_s, 3),
        "corpus_parse_feed_s": round(ours_s, 3),
        "corpus_time_ratio": round(ours_s / bare_s, 2),
    }


def run_benchmark(feeds: int = 200, entries: int = 20) -> dict[str, Any]:
    """Everything measured in one run; a dict for the lead's benchmark runner."""
    context = mp.get_context("spawn")
    ready = context.Queue()
    server_process = context.Process(target=serve_feeds, args=(feeds, entries, ready), daemon=True)
    server_process.start()
    try:
        base_url = f"http://127.0.0.1:{ready.get(timeout=60)}"
        not_modified = run_poll(base_url, feeds, entries, conditional=True)
        full = run_poll(base_url, feeds, entries, conditional=False)
    finally:
        server_process.terminate()
        server_process.join()
    return {
        "feeds": feeds,
        "entries_per_feed": entries,
        "feed_bytes": len(build_feed(0, entries)),
        "poll_304": not_modified,
        "poll_full": full,
        **run_parse_baselines(feeds, entries),
        **run_corpus_baseline(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--entries", type=int, default=20)
    args = parser.parse_args()
    print(json.dumps(run_benchmark(args.feeds, args.entries), indent=2))


if __name__ == "__main__":
    main()
