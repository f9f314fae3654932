"""Crawl throughput: pages/min of one crawl process on a generated local site, vs bare trafilatura.

Run `python -m bench.crawl [--articles N]`. The site is served by twisted.web from its own process
(so the server is not the bottleneck); the crawl runs in a fresh process (one reactor per process)
with the real per-page processing (crawler.analyse: extract + clean, topic filter off).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import time
from dataclasses import dataclass
from typing import Any

SECTIONS = ("politics", "world", "business", "science", "health", "culture", "sport", "tech")
PER_LISTING = 30
# a paragraph of words reads better than 48 quoted items
WORDS = (  # noqa: SIM905
    "government ministry border asylum court ruling budget vote council policy report families "
    "workers visa permit region city officials said week plan reform critics law rights data "
    "program funding housing schools hospital election parliament agency review measure public "
    "change decision support cost evidence local national leaders groups residents office"
).split()


@dataclass(frozen=True)
class SiteShape:
    """How many articles the generated site has, spread over sections and paginated listings."""

    articles: int
    seed: int = 7

    def article_path(self, i: int) -> str:
        section = SECTIONS[i % len(SECTIONS)]
        month, day = 1 + i % 12, 1 + i % 28
        return f"/{section}/2024/{month:02d}/{day:02d}/story-number-{i}-about-{WORDS[i % len(WORDS)]}-plans"

    def listing_pages(self, section_index: int) -> int:
        count = len(range(section_index, self.articles, len(SECTIONS)))
        return max(1, -(-count // PER_LISTING))


def build_site(shape: SiteShape) -> dict[str, bytes]:
    """Every page of the generated site by path: homepage, paginated sections, articles."""
    rng = random.Random(shape.seed)
    pages = {"/robots.txt": b"User-agent: *\nAllow: /\n"}
    for s, section in enumerate(SECTIONS):
        ids = list(range(s, shape.articles, len(SECTIONS)))
        total = shape.listing_pages(s)
        for page in range(1, total + 1):
            chunk = ids[(page - 1) * PER_LISTING : page * PER_LISTING]
            path = f"/{section}/" if page == 1 else f"/{section}/page/{page}/"
            pages[path] = _listing(shape, section, chunk, total).encode()
    home_ids = list(range(min(shape.articles, 40)))
    pages["/"] = _listing(shape, "home", home_ids, 0).encode()
    for i in range(shape.articles):
        pages[shape.article_path(i)] = _article(shape, i, rng).encode()
    return pages


def _nav() -> str:
    links = "".join(f'<li><a href="/{s}/">{s.title()}</a></li>' for s in SECTIONS)
    return f'<header><a href="/">The Bench Times</a><nav><ul>{links}</ul></nav></header>'


def _footer() -> str:
    names = ("about", "privacy", "terms", "contact", "advertise", "jobs")
    return "<footer>" + "".join(f'<a href="/{n}">{n}</a> ' for n in names) + "</footer>"


def _listing(shape: SiteShape, section: str, ids: list[int], total_pages: int) -> str:
    teasers = "".join(
        f'<article><h2><a href="{shape.article_path(i)}">Story {i} on {WORDS[i % len(WORDS)]}</a>'
        f"</h2><p>Teaser for story {i}.</p></article>"
        for i in ids
    )
    pager = "".join(f'<a href="/{section}/page/{p}/">{p}</a> ' for p in range(2, total_pages + 1))
    return (
        f"<!doctype html><html><head><title>{section}</title></head><body>{_nav()}"
        f"<main><h1>{section}</h1>{teasers}<nav class=pager>{pager}</nav></main>{_footer()}"
        "</body></html>"
    )


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(12, 24))
    return " ".join(words).capitalize() + "."


def _article(shape: SiteShape, i: int, rng: random.Random) -> str:
    paragraphs = "".join(
        "<p>" + " ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) + "</p>"
        for _ in range(rng.randint(6, 10))
    )
    related = "".join(
        f'<li><a href="{shape.article_path((i + k) % shape.articles)}">Related {k}</a></li>'
        for k in (1, 2, 3)
    )
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": f"S{i}"})
    return (
        f"<!doctype html><html lang=en><head><title>Story {i}</title>"
        f'<meta property="og:type" content="article">'
        f'<script type="application/ld+json">{ld}</script></head><body>{_nav()}'
        f"<main><article><h1>Story number {i}</h1><p class=byline>By Staff Writer</p>"
        f"{paragraphs}</article><aside><ul>{related}</ul></aside></main>{_footer()}</body></html>"
    )


# --- serving ---------------------------------------------------------------------------------


def serve_site(shape: SiteShape, ready: Any) -> None:
    """Child process: serve the generated site with twisted.web on 127.0.0.1, report the port."""
    from twisted.internet import reactor as installed_reactor
    from twisted.web import resource, server

    reactor: Any = installed_reactor  # the module attribute is typed as a module, not a reactor

    pages = build_site(shape)

    class Pages(resource.Resource):
        isLeaf = True

        def render_GET(self, request: Any) -> bytes:
            body = pages.get(request.path.decode())
            if body is None:
                request.setResponseCode(404)
                return b"not found"
            request.setHeader(b"content-type", b"text/html; charset=utf-8")
            return body

    port = reactor.listenTCP(0, server.Site(Pages()), backlog=256, interface="127.0.0.1")
    ready.put(port.getHost().port)
    reactor.run()


def start_server(shape: SiteShape) -> tuple[Any, int]:
    context = mp.get_context("spawn")
    ready = context.Queue()
    process = context.Process(target=serve_site, args=(shape, ready), daemon=True)
    process.start()
    return process, int(ready.get(timeout=60))


# --- measuring -------------------------------------------------------------------------------


def process_page(page: Any, processing: str = "pipeline") -> bool:
    """The per-page work: `pipeline` = extract + clean (crawler.analyse), no topic filter;
    `none` = nothing (what the crawl machinery alone costs)."""
    if processing == "none":
        return True
    from crawler.analyse import analyse_page

    try:
        return analyse_page(page, None).article is not None
    except Exception:  # an unusable page counts as not extracted, as in the real pipeline
        return False


def warm_up() -> None:
    """Load the extraction stack (imports, language model) once before the clock starts: a
    crawl process pays this once per cycle, not per page."""
    from crawler.items import Page

    shape = SiteShape(1)
    rng = random.Random(0)
    process_page(
        Page(url="http://127.0.0.1/" + shape.article_path(0), html=_article(shape, 0, rng).encode())
    )


def crawl_in_child(
    base_url: str, depth: int, max_pages: int, processing: str, results: Any
) -> None:
    """Child process: one SiteSpider crawl from the homepage, every article through process_page."""
    from crawler.fetch.sites import crawl_sites
    from settings.model import CrawlSettings, HttpSettings

    http = HttpSettings(
        obey_robots=False, download_delay_s=0.0, autothrottle=False, retries=0,
        allow_private_networks=False,  # the site is the configured start host: trusted anyway
        concurrent_requests=32, concurrent_per_host=32, timeout_s=30.0,
    )  # fmt: skip
    extracted = 0

    def on_page(page: Any) -> None:
        nonlocal extracted
        extracted += process_page(page, processing)

    warm_up()
    started, cpu_started = time.perf_counter(), time.process_time()
    stats = crawl_sites(
        [base_url + "/"], http, CrawlSettings(depth=depth, max_pages=max_pages),
        since=None, is_known=lambda _url: False, on_page=on_page,
        scrapy_overrides={"LOG_LEVEL": "ERROR"},
    )  # fmt: skip
    elapsed_s, cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
    results.put({"elapsed_s": elapsed_s, "cpu_s": cpu_s, "extracted": extracted, **stats})


def run_crawl(base_url: str, articles: int, processing: str) -> dict[str, Any]:
    context = mp.get_context("spawn")
    results = context.Queue()
    max_pages = articles * 2 + 100
    child = context.Process(
        target=crawl_in_child, args=(base_url, 3, max_pages, processing, results)
    )
    child.start()
    outcome: dict[str, Any] = results.get(timeout=3600)
    child.join()
    return outcome


def run_baseline(base_url: str, shape: SiteShape, sample: int) -> dict[str, Any]:
    """Bare trafilatura on the same article pages: fetch_url + extract, one after another."""
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "SSRF_PROTECTION", "off")  # the bench site is on 127.0.0.1
    paths = [shape.article_path(i) for i in range(min(sample, shape.articles))]
    started, cpu_started = time.perf_counter(), time.process_time()
    extracted = 0
    for path in paths:
        html = trafilatura.fetch_url(base_url + path, config=config)
        extracted += bool(html and trafilatura.extract(html))
    elapsed_s, cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
    return {"pages": len(paths), "extracted": extracted, "elapsed_s": elapsed_s, "cpu_s": cpu_s}


def per_min(pages: int, elapsed_s: float) -> float:
    return round(pages * 60 / elapsed_s, 1) if elapsed_s > 0 else 0.0


def run_benchmark(
    articles: int = 3000, baseline_sample: int = 300, processing: str = "pipeline"
) -> dict[str, Any]:
    """Crawl a generated site of `articles` article pages; return throughput numbers."""
    shape = SiteShape(articles)
    server, port = start_server(shape)
    base_url = f"http://127.0.0.1:{port}"
    try:
        baseline = run_baseline(base_url, shape, baseline_sample)
        crawl = run_crawl(base_url, articles, processing)
    finally:
        server.terminate()
        server.join()
    return {
        "site_articles": articles,
        "processing": processing,
        "crawl_pages_fetched": crawl["pages_fetched"],
        "crawl_articles": crawl["articles"],
        "crawl_extracted": crawl["extracted"],
        "crawl_errors": crawl["errors"],
        "crawl_elapsed_s": round(crawl["elapsed_s"], 2),
        "crawl_pages_per_min": per_min(crawl["pages_fetched"], crawl["elapsed_s"]),
        "crawl_articles_per_min": per_min(crawl["articles"], crawl["elapsed_s"]),
        # CPU time of the crawling process: the figure that holds when the machine is shared
        "crawl_cpu_s": round(crawl["cpu_s"], 2),
        "crawl_pages_per_cpu_min": per_min(crawl["pages_fetched"], crawl["cpu_s"]),
        "baseline_pages": baseline["pages"],
        "baseline_extracted": baseline["extracted"],
        "baseline_pages_per_min": per_min(baseline["pages"], baseline["elapsed_s"]),
        "baseline_pages_per_cpu_min": per_min(baseline["pages"], baseline["cpu_s"]),
        "load_average_1m": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--baseline-sample", type=int, default=300)
    parser.add_argument(
        "--processing", choices=("pipeline", "none"), default="pipeline",
        help="per-page work in the crawl: the real extraction, or none (crawler cost alone)",
    )  # fmt: skip
    args = parser.parse_args()
    print(json.dumps(run_benchmark(args.articles, args.baseline_sample, args.processing), indent=2))


if __name__ == "__main__":
    main()
