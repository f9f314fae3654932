"""Prometheus metrics and the /metrics + /healthz HTTP endpoint of the daemon."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    generate_latest,
)


class DaemonMetrics:
    """The daemon's counters, in a registry of its own (no process-global state)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.cycles = Counter(
            "newsagg_cycles",
            "Cycles run, by kind and result",
            ["kind", "result"],
            registry=self.registry,
        )
        self.pages = Counter(
            "newsagg_pages",
            "Article pages handled, by outcome",
            ["outcome"],
            registry=self.registry,
        )
        self.source_checks = Counter(
            "newsagg_source_checks",
            "Source checks, by outcome",
            ["outcome"],
            registry=self.registry,
        )
        self.running_cycles = Gauge(
            "newsagg_running_cycles", "Cycle subprocesses running now", registry=self.registry
        )
        self.is_leader = Gauge(
            "newsagg_is_leader",
            "1 when this daemon works (SQLite: holds the leader lease), 0 on standby",
            registry=self.registry,
        )


class MetricsServer:
    def __init__(self, host: str, port: int, is_healthy: Callable[[], bool]) -> None:
        self.metrics = DaemonMetrics()
        self._is_healthy = is_healthy
        self._server = ThreadingHTTPServer((host, port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/metrics":
                    self._reply(200, generate_latest(owner.metrics.registry), CONTENT_TYPE_LATEST)
                elif self.path == "/healthz":
                    healthy = owner._is_healthy()
                    self._reply(200 if healthy else 503, b"ok\n" if healthy else b"unhealthy\n")
                else:
                    self._reply(404, b"not found\n")

            def _reply(self, status: int, body: bytes, ctype: str = "text/plain") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                return  # scrapes every few seconds would drown the log

        return Handler
