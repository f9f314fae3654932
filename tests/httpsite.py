"""A scriptable HTTP site on a loopback address for tests, and a runner for crawls in a subprocess.

`HttpSite` serves `Route`s (status, headers, body, delay, gzip, redirect, validators) from a thread
and records every hit. `call_in_subprocess` runs a function in a fresh Python process (Twisted's
reactor cannot restart) with only loopback connections allowed, and returns its JSON result.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Hit:
    """One request the site received."""

    method: str
    path: str  # path with query string
    headers: dict[str, str]  # lower-cased names
    at: float = 0.0  # time.monotonic() when the request arrived

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class Route:
    """What one path answers. `etag`/`last_modified` make the route answer 304 to matching
    conditional requests unless `ignore_validators` (a server with stale validators)."""

    body: bytes | str = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    gzip: bool = False
    redirect_to: str | None = None  # sets Location (status defaults to 302 if left at 200)
    etag: str | None = None
    last_modified: str | None = None
    ignore_validators: bool = False

    def body_bytes(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


Handler = Callable[[Hit], Route]


class _Server(ThreadingHTTPServer):
    # the default listen backlog of 5 drops connects when a crawl opens more at once
    request_queue_size = 128


class HttpSite:
    """A threaded HTTP server on `host` (default 127.0.0.1) with scripted routes; 404 otherwise."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.routes: dict[str, Route | Handler] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        self._server = _Server((host, port), _make_handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def route(self, path: str, route: Route | Handler) -> str:
        """Serve `route` at `path` (with query string, or path only); returns its URL."""
        self.routes[path] = route
        return self.url(path)

    def hits_for(self, path: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.path == path or h.path.split("?", 1)[0] == path]

    def start(self) -> HttpSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> HttpSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _record(self, hit: Hit) -> Route | None:
        with self._lock:
            self.hits.append(hit)
        found = self.routes.get(hit.path) or self.routes.get(hit.path.split("?", 1)[0])
        if found is None or isinstance(found, Route):
            return found
        return found(hit)


def is_not_modified(route: Route, hit: Hit) -> bool:
    """Whether a conditional request matches the route's validators."""
    if route.ignore_validators:
        return False
    if route.etag is not None and hit.header("if-none-match") == route.etag:
        return True
    return route.last_modified is not None and hit.header("if-modified-since") == (
        route.last_modified
    )


def _make_handler(site: HttpSite) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            hit = Hit("GET", self.path, headers, time.monotonic())
            route = site._record(hit)
            if route is None:
                route = Route(b"not found", status=404, content_type="text/plain")
            if route.delay_s:
                time.sleep(route.delay_s)
            self._answer(route, hit)

        def _answer(self, route: Route, hit: Hit) -> None:
            status, body = route.status, route.body_bytes()
            if is_not_modified(route, hit):
                status, body = 304, b""
            elif route.redirect_to and status == 200:
                status = 302
            if route.gzip and body:
                body = gzip.compress(body)
            self.send_response(status)
            for name, value in self._headers(route, status).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            # the client may give up (timeout, size cap): that is what some tests want
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def _headers(self, route: Route, status: int) -> dict[str, str]:
            headers: dict[str, str] = {}
            if route.content_type and status != 304:
                headers["Content-Type"] = route.content_type
            if route.etag:
                headers["ETag"] = route.etag
            if route.last_modified:
                headers["Last-Modified"] = route.last_modified
            if route.redirect_to:
                headers["Location"] = route.redirect_to
            if route.gzip and status != 304:
                headers["Content-Encoding"] = "gzip"
            headers.update(route.headers)
            return headers

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output clean

    return _Handler


# --- running code in a fresh process -------------------------------------------------------------

_CHILD = """
import importlib, json, sys
from tests.httpsite import forbid_non_loopback
forbid_non_loopback()
module_name, func_name = sys.argv[1].split(":")
payload = json.loads(sys.stdin.read())
result = getattr(importlib.import_module(module_name), func_name)(payload)
sys.stdout.write("\\n@@RESULT@@" + json.dumps(result))
"""


class SubprocessError(AssertionError):
    """The child process failed; its stderr is in the message."""


def call_in_subprocess(target: str, payload: Any, timeout_s: float = 60.0) -> Any:
    """Run `module:function(payload)` in a new Python process and return its JSON result.

    The child allows connections to loopback addresses only (see `forbid_non_loopback`).
    """
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "PYTHONWARNINGS": "error"}
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, target],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=timeout_s,
        cwd=REPO_ROOT,
        env=env,
        check=False,
    )
    marker = "\n@@RESULT@@"
    if proc.returncode != 0 or marker not in proc.stdout:
        raise SubprocessError(f"{target} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.rsplit(marker, 1)[1])


def forbid_non_loopback() -> None:
    """Belt and braces for crawl tests: refuse any connection or name lookup off this machine.

    Must run before Twisted is imported (it binds socket functions at import time).
    """
    import ipaddress
    import socket

    def check(address: Any) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if not ipaddress.ip_address(str(host).split("%", 1)[0]).is_loopback:
            raise ConnectionRefusedError(f"test safety net: no traffic to {host}")

    class LoopbackSocket(socket.socket):
        def connect(self, address: Any) -> None:
            if self.family in (socket.AF_INET, socket.AF_INET6):
                check(address)
            super().connect(address)

        def connect_ex(self, address: Any) -> int:
            if self.family in (socket.AF_INET, socket.AF_INET6):
                check(address)
            return super().connect_ex(address)

    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(
        host: Any, port: Any = None, family: int = 0, type: int = 0, proto: int = 0, flags: int = 0
    ) -> Any:
        # numeric hosts (also 2130706433, 127.1) never leave the machine; a name would ask DNS
        try:
            return real_getaddrinfo(host, port, family, type, proto, flags | socket.AI_NUMERICHOST)
        except socket.gaierror:
            raise socket.gaierror(
                socket.EAI_NONAME, f"test safety net: no lookup of {host}"
            ) from None

    def gethostbyname(host: str) -> str:
        return str(getaddrinfo(host, None, socket.AF_INET)[0][4][0])

    socket.socket = LoopbackSocket  # type: ignore[misc]  # test-only process-wide patch
    socket.getaddrinfo = getaddrinfo
    socket.gethostbyname = gethostbyname
