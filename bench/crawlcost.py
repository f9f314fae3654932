"""Crawl cost: CPU seconds per page of a whole `newsagg crawl` process (imports, Scrapy, extract,
clean, dedup, storing) against a bare Scrapy CrawlSpider that runs trafilatura.extract on every
article page, over the same generated local site, in the same run.

Both are fresh processes; CPU is the child's user+system time (RUSAGE_CHILDREN), so start-up
counts for both. The crawl finds an existing (empty) database and the unpacked language model,
as every crawl after a deployment's first does. Run `python -m bench.crawlcost [--articles N]`.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.crawl import SiteShape, start_server

BARE_SPIDER = """
import json, sys
import trafilatura
from scrapy.crawler import CrawlerProcess
from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule

base, max_pages = sys.argv[1], int(sys.argv[2])
counts = {"pages": 0, "extracted": 0}

class Bare(CrawlSpider):
    name = "bare"
    allowed_domains = ["127.0.0.1"]
    start_urls = [base + "/"]
    rules = (
        Rule(LinkExtractor(allow=r"/story-number-"), callback="parse_article", follow=False),
        Rule(LinkExtractor(), follow=True),
    )

    def parse_article(self, response):
        counts["pages"] += 1
        counts["extracted"] += bool(trafilatura.extract(response.text))
        return []

process = CrawlerProcess({
    "LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": True, "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 32, "CONCURRENT_REQUESTS_PER_DOMAIN": 32, "DEPTH_LIMIT": 3,
    "CLOSESPIDER_PAGECOUNT": max_pages, "TELNETCONSOLE_ENABLED": False,
})
process.crawl(Bare)
process.start()
print(json.dumps(counts))
"""


PROJECT_PACKAGES = ("crawler", "scheduler", "storage", "settings", "web")


def compile_project() -> None:
    """Write the project's bytecode once, as an installed package has it (pip compiles a wheel
    on install; the Docker image is built that way). Without it, where PYTHONDONTWRITEBYTECODE is
    set, every child recompiles ~80 modules that the baseline's libraries never do."""
    root = Path(__file__).resolve().parents[1]
    for package in PROJECT_PACKAGES:
        compileall.compile_dir(root / package, quiet=1)


def run_child(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, str, str]:
    """CPU seconds of one child (the difference of RUSAGE_CHILDREN around it), stdout, stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=3600)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{argv[:5]} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, done.stdout, done.stderr


def newsagg_crawl(base_url: str, max_pages: int, workdir: Path) -> tuple[float, int]:
    """CPU seconds of `newsagg crawl` of the site (topic filter off) and articles stored."""
    from sqlalchemy import func, select

    from storage.db import make_engine, session_factory
    from storage.models import Article

    db_url = f"sqlite:///{workdir / 'crawl.db'}"
    env = {
        **os.environ,
        "NEWSAGG_DATABASE__URL": db_url,
        "NEWSAGG_HTTP__DOWNLOAD_DELAY_S": "0",
        "NEWSAGG_HTTP__AUTOTHROTTLE": "false",
        "NEWSAGG_HTTP__CONCURRENT_REQUESTS": "32",
        "NEWSAGG_HTTP__CONCURRENT_PER_HOST": "32",
        "XDG_CACHE_HOME": str(workdir / "cache"),
    }
    # the language model is unpacked into the cache on a machine's first run (~0.7 CPU-s), and
    # the database schema is created by the first command (~0.18 CPU-s of migrations), as after
    # a deployment's first crawl; measured runs find both there
    warm_up = "from crawler.extract.language import identifier; identifier()"
    run_child([sys.executable, "-c", warm_up], env)
    run_child([sys.executable, "-m", "scheduler", "--log-level", "WARNING", "status"], env)
    argv = [sys.executable, "-m", "scheduler", "--log-level", "WARNING", "crawl",
            base_url + "/", "--topic", "none", "--depth", "3", "--max-pages", str(max_pages),
            "--no-resume"]  # fmt: skip
    cpu, _, _ = run_child(argv, env)
    engine = make_engine(db_url)
    with session_factory(engine)() as session:
        stored = session.scalar(select(func.count()).select_from(Article)) or 0
    engine.dispose()
    return cpu, stored


def run_benchmark(articles: int = 2000) -> dict[str, Any]:
    compile_project()
    shape = SiteShape(articles)
    server, port = start_server(shape)
    base_url = f"http://127.0.0.1:{port}"
    max_pages = articles * 2 + 100
    try:
        with tempfile.TemporaryDirectory() as tmp:
            ours_cpu, stored = newsagg_crawl(base_url, max_pages, Path(tmp))
        bare_cpu, out, _ = run_child([sys.executable, "-c", BARE_SPIDER, base_url, str(max_pages)])
    finally:
        server.terminate()
        server.join()
    bare = json.loads(out.strip().splitlines()[-1])
    return {
        "site_articles": articles,
        "stored": stored,
        "cpu_s": round(ours_cpu, 2),
        "cpu_ms_per_article": round(1000 * ours_cpu / max(stored, 1), 2),
        "baseline_pages": bare["pages"],
        "baseline_extracted": bare["extracted"],
        "baseline_cpu_s": round(bare_cpu, 2),
        "baseline_cpu_ms_per_article": round(1000 * bare_cpu / max(bare["pages"], 1), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    print(json.dumps(run_benchmark(args.articles), indent=2))


if __name__ == "__main__":
    main()
