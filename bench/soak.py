"""Daemon soak: `newsagg run` polling a few hundred local feeds for minutes, memory sampled.

A feed server in a child process serves N RSS feeds whose newest entry changes every
`churn_s` seconds (ETag per version, so unchanged feeds answer 304) and the article pages they
link to. The daemon runs against a fresh SQLite file with short poll intervals. RSS (resident
memory) of the daemon and of the daemon plus its cycle subprocesses is sampled every second;
growth per hour is the least-squares slope over the second half of the run (once warm).

    python -m bench.soak [--feeds 300] [--minutes 10]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

WORDS = [
    "asylum",
    "border",
    "visa",
    "deportation",
    "migrants",
    "refugees",
    "ministry",
    "court",
    "ruling",
    "parliament",
    "policy",
    "officials",
    "said",
    "country",
    "government",
    "families",
    "application",
    "detention",
    "residence",
    "permit",
    "law",
    "interior",
    "minister",
    "reform",
    "quota",
    "applicants",
    "integration",
    "citizenship",
    "labour",
    "workers",
    "seasonal",
]


def article_text(feed: int, item: int) -> str:
    rng = random.Random(feed * 100_003 + item)
    sentences = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 22))).capitalize() + "."
        for _ in range(24)
    ]
    return "\n".join(f"<p>{' '.join(sentences[i : i + 4])}</p>" for i in range(0, 24, 4))


def make_handler(feeds: int, churn_s: float, started: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            parts = self.path.strip("/").split("/")
            if parts[0] == "feed" and len(parts) == 2:
                self.feed(int(parts[1]))
            elif parts[0] == "a" and len(parts) == 3:
                body = (
                    f"<html><head><title>Migration policy {parts[1]}-{parts[2]}</title></head>"
                    f"<body><article><h1>Asylum policy update {parts[1]}-{parts[2]}</h1>"
                    f"{article_text(int(parts[1]), int(parts[2]))}</article></body></html>"
                )
                self.reply(200, body.encode(), "text/html; charset=utf-8")
            else:
                self.reply(404, b"not found", "text/plain")

        def feed(self, index: int) -> None:
            version = int((time.time() - started) / churn_s) + index % 7
            etag = f'"{index}-{version}"'
            if self.headers.get("If-None-Match") == etag:
                self.reply(304, b"", None, etag)
                return
            items = "".join(
                f"<item><title>Asylum policy update {index}-{k}</title>"
                f"<link>http://127.0.0.1:{self.server.server_address[1]}/a/{index}/{k}</link>"
                f"<guid>{index}-{k}</guid></item>"
                for k in range(version, version - 10, -1)
            )
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>f{index}</title>{items}</channel></rss>'
            self.reply(200, body.encode(), "application/rss+xml", etag)

        def reply(
            self, status: int, body: bytes, ctype: str | None, etag: str | None = None
        ) -> None:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            if etag:
                self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return

    return Handler


def serve(port: int, feeds: int, churn_s: float) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(feeds, churn_s, time.time()))
    server.daemon_threads = True
    server.serve_forever()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def slope_per_hour(samples: list[tuple[float, int]]) -> float:
    """Least-squares slope of RSS (KiB) over time, in MiB per hour."""
    if len(samples) < 2:
        return 0.0
    xs, ys = [s[0] for s in samples], [s[1] for s in samples]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    if var == 0:
        return 0.0
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var  # KiB per s
    return slope * 3600 / 1024


def write_config(path: Path, db: Path, port: int, feeds: int) -> None:
    sources = "".join(
        f'[[sources]]\nurl = "http://127.0.0.1:{port}/feed/{i}"\nkind = "feed"\n'
        for i in range(feeds)
    )
    path.write_text(
        f'[database]\nurl = "sqlite:///{db}"\n'
        "[http]\ndownload_delay_s = 0\nautothrottle = false\nconcurrent_per_host = 16\n"
        "concurrent_requests = 32\nretries = 0\n"
        "[poll]\ndefault_interval_s = 30\nmin_interval_s = 30\nmax_interval_s = 60\n"
        "[daemon]\ntick_s = 1\nmax_cycles = 1\nfeeds_per_cycle = 100\n" + sources,
        encoding="utf-8",
    )


def run_benchmark(feeds: int = 300, minutes: float = 10.0, churn_s: float = 60.0) -> dict[str, Any]:
    port = free_port()
    server = multiprocessing.get_context("spawn").Process(
        target=serve, args=(port, feeds, churn_s), daemon=True
    )
    server.start()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config = folder / "newsagg.toml"
        write_config(config, folder / "soak.db", port, feeds)
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSAGG_")}
        env["NEWSAGG_LOG_LEVEL"] = "WARNING"
        daemon = subprocess.Popen(
            [sys.executable, "-m", "scheduler", "--config", str(config), "run",
             "--metrics-port", str(free_port())],
            cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        samples = sample_memory(daemon.pid, minutes * 60)
        daemon.send_signal(signal.SIGTERM)
        stop_started = time.monotonic()
        daemon.wait(timeout=120)
        stop_s = time.monotonic() - stop_started
        stored = count_stories(folder / "soak.db")
    server.terminate()
    return summarise(samples, feeds, minutes, stored, stop_s)


def sample_memory(pid: int, duration_s: float) -> list[tuple[float, int, int]]:
    samples = []
    started = time.monotonic()
    while time.monotonic() - started < duration_s:
        own = rss_kib(pid)
        total = own + sum(rss_kib(child) for child in children(pid))
        samples.append((time.monotonic() - started, own, total))
        time.sleep(1.0)
    return samples


def count_stories(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])


def summarise(
    samples: list[tuple[float, int, int]], feeds: int, minutes: float, stored: int, stop_s: float
) -> dict[str, Any]:
    warm = samples[len(samples) // 2 :]
    return {
        "feeds": feeds,
        "minutes": minutes,
        "stories_stored": stored,
        "daemon_peak_rss_mib": round(max(s[1] for s in samples) / 1024, 1),
        "total_peak_rss_mib": round(max(s[2] for s in samples) / 1024, 1),
        "daemon_growth_mib_per_h": round(slope_per_hour([(s[0], s[1]) for s in warm]), 2),
        "sigterm_stop_s": round(stop_s, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--churn-s", type=float, default=60.0)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    result = run_benchmark(args.feeds, args.minutes, args.churn_s)
    print(json.dumps(result, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
