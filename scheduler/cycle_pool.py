"""The daemon's pool of cycle subprocesses: start, watch (hard timeout), stop gracefully, and read
their summaries. The process launcher and the clock are parameters, so tests need no processes."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any, Protocol

from scheduler.context import AppContext, utc_now
from scheduler.metrics import DaemonMetrics
from storage import claims
from storage.db import transaction

log = logging.getLogger("newsagg.daemon")

KILL_GRACE_S = 10.0  # after SIGTERM, how long a timed-out cycle gets before SIGKILL


class CycleProcess(Protocol):
    """What the pool uses of a subprocess.Popen."""

    pid: int
    returncode: int | None
    stdout: IO[str] | None

    def poll(self) -> int | None: ...
    def wait(self, timeout: float | None = None) -> int: ...
    def send_signal(self, sig: int) -> None: ...
    def kill(self) -> None: ...


Launcher = Callable[[list[str], dict[str, str]], CycleProcess]


def launch_subprocess(command: list[str], env: dict[str, str]) -> CycleProcess:
    return subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,  # our SIGINT on a terminal must not hit the cycle twice
    )


@dataclass
class Cycle:
    kind: str  # poll | crawl
    source_ids: list[int]
    process: CycleProcess
    started_at: float


class CyclePool:
    def __init__(
        self,
        context: AppContext,
        holder: str,
        metrics: DaemonMetrics,
        *,
        launch: Launcher = launch_subprocess,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.context = context
        self.holder = holder
        self.metrics = metrics
        self.launch = launch
        self.clock = clock
        self.running: list[Cycle] = []
        self.fatal: str | None = None  # a cycle stopped for a reason that stops the daemon
        self.unreleased: set[int] = set()  # claims a cycle left that we could not release yet

    def has_room(self) -> bool:
        return len(self.running) < self.context.settings.daemon.max_cycles

    def start(self, kind: str, source_ids: list[int]) -> None:
        command = [sys.executable, "-m", "scheduler.cycle_main", kind, "--holder", self.holder]
        process = self.launch([*command, *map(str, source_ids)], self._child_env())
        self.running.append(Cycle(kind, source_ids, process, self.clock()))
        self.metrics.running_cycles.set(len(self.running))
        log.info(
            "cycle started", extra={"kind": kind, "sources": len(source_ids), "pid": process.pid}
        )

    def _child_env(self) -> dict[str, str]:
        """The child loads the same settings; the database URL goes by environment, not argv,
        so a password never shows in the process list."""
        settings = self.context.settings
        env = dict(os.environ)
        env["NEWSAGG_DATABASE_URL"] = settings.database.url.get_secret_value()
        env["NEWSAGG_LOG_LEVEL"] = settings.log_level
        env["NEWSAGG_LOG_FORMAT"] = settings.log_format
        if settings.config_file is not None:
            env["NEWSAGG_CONFIG"] = str(settings.config_file)
        return env

    def reap(self) -> None:
        """Collect finished cycles; kill the ones past the hard timeout."""
        timeout = self.context.settings.daemon.cycle_timeout_s
        for cycle in list(self.running):
            if cycle.process.poll() is None and self.clock() - cycle.started_at > timeout:
                log.error("cycle timed out", extra={"kind": cycle.kind, "pid": cycle.process.pid})
                self._terminate(cycle, self.clock() + KILL_GRACE_S)
            if cycle.process.poll() is not None:
                self._finish(cycle)

    def stop_all(self, deadline: float) -> None:
        """SIGTERM every cycle (Scrapy finishes in-flight requests and writes), wait until the
        deadline, then SIGKILL what is left."""
        for cycle in self.running:
            if cycle.process.poll() is None:
                cycle.process.send_signal(signal.SIGTERM)
        for cycle in list(self.running):
            self._terminate(cycle, deadline)
            self._finish(cycle)

    def _terminate(self, cycle: Cycle, deadline: float) -> None:
        if cycle.process.poll() is None:
            cycle.process.send_signal(signal.SIGTERM)
        try:
            cycle.process.wait(timeout=max(0.0, deadline - self.clock()))
        except subprocess.TimeoutExpired:
            cycle.process.kill()
            cycle.process.wait()

    def _finish(self, cycle: Cycle) -> None:
        self.running.remove(cycle)
        self.metrics.running_cycles.set(len(self.running))
        output = cycle.process.stdout.read() if cycle.process.stdout else ""
        summary = _last_json_line(output)
        self.fatal = self.fatal or summary.get("fatal")  # type: ignore[assignment]
        result = "ok" if cycle.process.returncode == 0 else "failed"
        self.metrics.cycles.labels(cycle.kind, result).inc()
        for outcome, count in summary.get("pages", {}).items():
            self.metrics.pages.labels(outcome).inc(count)
        for outcome, count in summary.get("checks", {}).items():
            self.metrics.source_checks.labels(outcome).inc(count)
        _log_finished(cycle, summary, round(self.clock() - cycle.started_at, 1))
        self._release(cycle)

    def _release(self, cycle: Cycle) -> None:
        # normally the cycle released its sources; after a crash or kill we do it
        self.unreleased.update(cycle.source_ids)
        self.release_left()

    def release_left(self) -> None:
        """Release what finished cycles left claimed; after an outage, on the next try."""
        if not self.unreleased:
            return
        try:
            with transaction(self.context.writer()) as session:
                claims.release_sources(session, sorted(self.unreleased), self.holder)
            self.unreleased.clear()
        except Exception as exc:  # the database may be down: the next tick tries again
            log.warning("could not release sources", extra={"error": repr(exc), "at": utc_now()})

    def renew_claims(self, now: datetime, ttl_s: float) -> None:
        """The heartbeat of running cycles' claims: a claim not renewed expires within ttl_s,
        so a dead daemon's sources are free again within a minute."""
        ids = [source_id for cycle in self.running for source_id in cycle.source_ids]
        if ids:
            with transaction(self.context.writer()) as session:
                claims.renew(session, ids, self.holder, now, ttl_s)


def _log_finished(cycle: Cycle, summary: dict[str, Any], duration_s: float) -> None:
    """One line per cycle that says how it went: crashed, failed every source, or its counts."""
    checks = summary.get("checks", {})
    failed = checks.get("error", 0)
    fields = {"kind": cycle.kind, "sources": len(cycle.source_ids), "duration_s": duration_s}
    if cycle.process.returncode != 0:
        log.error("cycle crashed", extra={**fields, "exit_status": cycle.process.returncode})
    elif checks and failed == sum(checks.values()):
        log.warning("cycle failed: every source check failed", extra=fields)
    else:
        failures = sum(summary.get("failed_fetches", {}).values())
        log.info("cycle finished", extra={**fields, "failed_sources": failed,
                                          **summary.get("pages", {}), "failed_fetches": failures})  # fmt: skip


def _last_json_line(output: str) -> dict[str, dict[str, int]]:
    for line in reversed(output.strip().splitlines()):
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict):
            return data
    return {}
