"""`python -m bench`: every benchmark against its baseline measured in the same run, one table.

Each section runs in a fresh Python process (Twisted reactors run once per process, and one
section's memory must not weigh on the next), returns a dict, and becomes rows of
(measure, newsagg, baseline, ratio). The table goes to stdout and, with the date, versions and
machine, to bench/RESULTS.md.

    python -m bench                 # everything, ~15 minutes on 2 cores
    python -m bench --quick         # tiny inputs: checks the benchmarks still run (smoke test)
    python -m bench --only dedup relevance
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

Row = tuple[str, str, str, str]  # measure, newsagg, baseline, ratio or note
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
DETAILS_END = "</details>\n"

# section -> (module, function, full kwargs, quick kwargs)
SECTIONS: dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]] = {
    "extraction": ("bench.extraction", "run_benchmark", {}, {"quick": True}),
    "metadata": ("bench.metadata", "run_benchmark", {"pages": 240}, {"pages": 14}),
    "relevance": ("bench.relevance", "run_benchmark", {"speed_s": 2.0}, {"speed_s": 0.2}),
    "dedup": ("bench.dedup", "run", {"sizes": [100_000, 1_000_000], "lookups": 600},
              {"sizes": [500], "lookups": 20}),
    "feeds": ("bench.feeds", "run_benchmark", {"feeds": 300}, {"feeds": 10, "entries": 5}),
    "polling": ("bench.polling", "run_benchmark", {},
                {"feeds": [20], "entries": 5, "big_entries": 200}),
    "crawl": ("bench.crawl", "run_benchmark", {"articles": 3000}, {"articles": 24, "baseline_sample": 6}),
    "search": ("bench.search", "run", {"stories": 100_000}, {"stories": 500, "rounds": 20, "like_rounds": 5}),
    "crawlcost": ("bench.crawlcost", "run_benchmark", {"articles": 2000}, {"articles": 20}),
    "startup": ("bench.startup", "run_benchmark", {}, {"repeat": 2}),
    "soak": ("bench.soak", "run_benchmark", {"feeds": 300, "minutes": 4.0},
             {"feeds": 5, "minutes": 0.3, "churn_s": 5.0}),
}  # fmt: skip


def run_section(name: str, quick: bool) -> dict[str, Any]:
    module, function, full, small = SECTIONS[name]
    kwargs = small if quick else full
    code = (
        "import json, sys\n"
        f"from {module} import {function}\n"
        f"result = {function}(**json.loads(sys.argv[1]))\n"
        "print('\\n@@RESULT@@' + json.dumps(result, default=str))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, json.dumps(kwargs)],
        capture_output=True, text=True, timeout=3600,
    )  # fmt: skip
    marker = done.stdout.rfind("@@RESULT@@")
    if done.returncode != 0 or marker < 0:
        raise RuntimeError(f"bench section {name} failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout[marker + len("@@RESULT@@") :]))


def ratio(ours: float | None, base: float | None) -> str:
    if not ours or not base:
        return "-"
    return f"{ours / base:.2f}x"


def fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def rows_relevance(r: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for split in r.get("splits", ("dev", "heldback")):
        ours, base = r[split]["ours"], r[split]["baseline"]
        for key in ("precision", "recall", "f1"):
            rows.append((f"topic {split} {key} (vs keyword list)", fmt(ours[key]), fmt(base[key]),
                         ratio(ours[key], base[key])))  # fmt: skip
    rows.append(("topic texts/s (all / article-length / full articles)",
                 f"{r['texts_per_s']:.0f} / {r['long_texts_per_s']:.0f} / "
                 f"{r.get('full_articles_per_s', 0):.0f}", "-", "-"))  # fmt: skip
    return rows


def rows_dedup(r: dict[str, Any]) -> list[Row]:
    corpus = r["corpus"]
    near, today = corpus["near_duplicates"], corpus["today_settings"]
    rows: list[Row] = [
        ("dedup pairwise precision (vs today's settings)", fmt(near["precision"]),
         fmt(today["precision"]), ratio(near["precision"], today["precision"])),
        ("dedup pairwise recall (vs today's settings)", fmt(near["recall"]), fmt(today["recall"]),
         ratio(near["recall"], today["recall"])),
    ]  # fmt: skip
    for size in r["sizes"]:
        where = f"{size['database']}, {size['stories']:,} stories"
        rows.append((f"near-dup lookup ({where}), median / p95 ms",
                     f"{size['median_ms']} / {size['p95_ms']}", "target <= 5 / 10", "-"))  # fmt: skip
        rows.append((f"database bytes per story ({where})",
                     fmt(size["db_bytes_per_story"], 0), "-", "-"))  # fmt: skip
    return rows


def rows_feeds(r: dict[str, Any]) -> list[Row]:
    bare = r["feedparser_feeds_per_s"]
    return [
        ("feeds polled/s, all 304 (vs bare feedparser parse)", fmt(r["poll_304"]["feeds_per_s"], 1),
         fmt(bare, 1), ratio(r["poll_304"]["feeds_per_s"], bare)),
        ("feeds polled/s, full bodies (vs bare feedparser parse)",
         fmt(r["poll_full"]["feeds_per_s"], 1), fmt(bare, 1), ratio(r["poll_full"]["feeds_per_s"], bare)),
        ("feeds parsed/s, parse_feed vs feedparser", fmt(r["parse_feed_feeds_per_s"], 1),
         fmt(bare, 1), ratio(r["parse_feed_feeds_per_s"], bare)),
        ("feedparser's test corpus, seconds to parse: parse_feed vs feedparser",
         fmt(r.get("corpus_parse_feed_s"), 2), fmt(r.get("corpus_feedparser_s"), 2),
         f"{r['corpus_time_ratio']}x time" if "corpus_time_ratio" in r else r.get("corpus_error", "-")),
    ]  # fmt: skip


def rows_polling(r: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    points = [*r["points"], *([r["big_feed"]] if r.get("big_feed") else [])]
    for p in points:
        label = f"{p['feeds']:,} feeds x {p['entries']:,} entries"
        for kind, name in (("full", "full bodies"), ("not_modified", "all 304")):
            ours, base = p[f"{kind}_ms_per_feed"], p[f"baseline_{kind}_ms_per_feed"]
            rows.append((f"poll CPU ms per feed, {label}, {name} (vs requests+feedparser)",
                         fmt(ours, 2), fmt(base, 2), ratio(ours, base)))  # fmt: skip
    if r["points"]:
        largest = max(r["points"], key=lambda p: p["feeds"])
        for kind, name in (("full", "every feed changed"), ("not_modified", "every feed 304")):
            ours, base = (
                largest[k] for k in (f"{kind}_ms_per_feed", f"baseline_{kind}_ms_per_feed")
            )
            rows.append((f"capacity: feed polls per 6 h on one core at 50% CPU, {name} "
                         f"(from the {largest['feeds']:,}-feed pass)",
                         fmt(polls_per_6h(ours), 0), fmt(polls_per_6h(base), 0),
                         ratio(polls_per_6h(ours), polls_per_6h(base))))  # fmt: skip
    return rows


def polls_per_6h(ms_per_feed: float) -> float:
    """Polls that half a core affords in six hours (6 h x 3,600 s x 0.5) at this CPU per poll."""
    return 10_800 * 1000 / ms_per_feed if ms_per_feed else 0.0


def rows_crawl(r: dict[str, Any]) -> list[Row]:
    return [
        ("crawl pages/min, one process, extract+clean (vs bare trafilatura fetch+extract)",
         fmt(r["crawl_pages_per_min"], 0), fmt(r["baseline_pages_per_min"], 0),
         ratio(r["crawl_pages_per_min"], r["baseline_pages_per_min"])),
        ("crawl pages per CPU-minute (vs bare trafilatura)", fmt(r["crawl_pages_per_cpu_min"], 0),
         fmt(r["baseline_pages_per_cpu_min"], 0),
         ratio(r["crawl_pages_per_cpu_min"], r["baseline_pages_per_cpu_min"])),
    ]  # fmt: skip


def rows_crawlcost(r: dict[str, Any]) -> list[Row]:
    ours, base = r["cpu_ms_per_article"], r["baseline_cpu_ms_per_article"]
    return [
        (f"crawl CPU ms per article, whole process, {r['stored']:,} stored "
         "(vs bare Scrapy CrawlSpider + trafilatura.extract)", fmt(ours, 2), fmt(base, 2),
         ratio(ours, base)),
    ]  # fmt: skip


def rows_soak(r: dict[str, Any]) -> list[Row]:
    label = f"soak {r['feeds']} feeds, {r['minutes']} min"
    return [
        (f"{label}: daemon peak RSS MiB (with cycles)",
         f"{r['daemon_peak_rss_mib']} ({r['total_peak_rss_mib']})", "-", "-"),
        (f"{label}: daemon RSS growth MiB/h once warm", fmt(r["daemon_growth_mib_per_h"], 2), "-", "-"),
        (f"{label}: stories stored / SIGTERM stop s",
         f"{r['stories_stored']} / {r['sigterm_stop_s']}", "-", "-"),
    ]  # fmt: skip


def rows_search(r: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for name, db in r.items():
        ours, like = db["search"], db["like_scan"]
        rows.append(
            (
                f"search at {db['stories']:,} stories ({name}), median / p95 ms (vs LIKE scan)",
                f"{ours['median_ms']} / {ours['p95_ms']}",
                f"{like['median_ms']} / {like['p95_ms']}",
                ratio(ours["p95_ms"], like["p95_ms"]),
            )
        )
        rows.append(
            (
                f"stories stored/s with the search index ({name})",
                fmt(db["insert_per_s"], 0),
                "-",
                "-",
            )
        )
    return rows  # fmt: skip


def rows_extraction(r: dict[str, Any]) -> list[Row]:
    return [tuple(row) for row in r.get("rows", [])]  # type: ignore[misc]


ROWS: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "extraction": rows_extraction,
    "metadata": rows_extraction,  # the section formats its own rows
    "relevance": rows_relevance,
    "dedup": rows_dedup,
    "feeds": rows_feeds,
    "polling": rows_polling,
    "crawl": rows_crawl,
    "search": rows_search,
    "crawlcost": rows_crawlcost,
    "soak": rows_soak,
    "startup": rows_extraction,  # the section formats its own rows
}


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("trafilatura", "scrapy", "feedparser", "sqlalchemy", "datasketch")
    )
    return (f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}; {versions}")  # fmt: skip


def table(rows: list[Row]) -> str:
    lines = ["| measure | newsagg | baseline | ratio |", "| --- | --- | --- | --- |"]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny inputs (smoke test)")
    parser.add_argument(
        "--only", nargs="+", choices=list(SECTIONS),
        help="run these sections; RESULTS.md keeps the other sections' last figures, dated",
    )  # fmt: skip
    parser.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = parser.parse_args(argv)
    started = time.monotonic()
    rows: list[Row] = []
    raw: dict[str, Any] = {}
    for name in args.only or list(SECTIONS):
        print(f"running {name} ...", file=sys.stderr, flush=True)
        raw[name] = {**run_section(name, args.quick), "measured_at": now_stamp()}
        rows += ROWS[name](raw[name])
    print(table(rows))
    elapsed = time.monotonic() - started
    if not args.quick and not args.no_write:
        write_results({**previous_results(), **raw}, elapsed)
    print(f"\n{len(rows)} rows in {elapsed / 60:.1f} min", file=sys.stderr)
    return 0


def now_stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def previous_results() -> dict[str, Any]:
    """The raw figures of the last RESULTS.md, by section (empty when there is none)."""
    try:
        text = RESULTS.read_text(encoding="utf-8")
        start = text.index("```json\n") + len("```json\n")
        found = json.loads(text[start : text.index("\n```", start)])
    except (OSError, ValueError):
        return {}
    return {name: value for name, value in found.items() if name in SECTIONS}


def write_results(raw: dict[str, Any], elapsed_s: float) -> None:
    """RESULTS.md: one table of every section in SECTIONS order, each row group dated."""
    rows: list[Row] = []
    for name in SECTIONS:
        if name in raw:
            stamp = raw[name].get("measured_at", "before 2026-12-01")
            try:
                section_rows = ROWS[name](raw[name])
            except (KeyError, TypeError):  # figures of an older layout of this section
                continue
            rows += [(f"**{name}** ({stamp})", "", "", ""), *section_rows]
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    notes = previous_notes()
    RESULTS.write_text(
        f"# Benchmark results\n\n`python -m bench`, last run {now_stamp()} "
        f"({elapsed_s / 60:.1f} min).\n\n"
        f"Machine: {machine()}. Load average at the end: {load}.\n\n"
        "Every baseline was measured in the same run as its figure, on the same inputs; each "
        "section is dated (`--only` re-runs some sections and keeps the others).\n\n"
        f"{table(rows)}\n\n<details><summary>raw figures</summary>\n\n```json\n"
        f"{json.dumps(raw, indent=1, default=str)}\n```\n{DETAILS_END}{notes}",
        encoding="utf-8",
    )


def previous_notes() -> str:
    """What was written by hand after the raw figures (measurements outside `python -m bench`,
    such as the PostgreSQL dedup scale runs): kept as it is by every run."""
    try:
        text = RESULTS.read_text(encoding="utf-8")
    except OSError:
        return ""
    end = text.find(DETAILS_END)
    return text[end + len(DETAILS_END) :] if end >= 0 else ""


if __name__ == "__main__":
    sys.exit(main())
