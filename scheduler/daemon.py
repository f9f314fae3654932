"""`newsagg run`: the long-lived service. APScheduler is the metronome; the database holds the state.

Every tick the daemon claims due sources through the database (storage.claims) and runs each
batch as a *cycle in a subprocess* (`python -m scheduler.cycle_main`). Why a subprocess: Twisted's
reactor cannot be restarted in one process, a crawl's memory is returned to the OS when the
process ends (flat memory over months), a hung crawl gets a hard timeout (SIGTERM, then SIGKILL),
and a crash in a parser takes down one cycle, not the service. The cost, a Python start-up per
cycle (~1 s), is small next to a poll cycle's network time.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import delete, text
from sqlalchemy.exc import SQLAlchemyError

from scheduler.collect import FATAL_MESSAGES, STORAGE_FULL
from scheduler.context import AppContext, utc_now
from scheduler.cycle_pool import CyclePool, Launcher, launch_subprocess
from scheduler.errors import FAILED, CliError
from scheduler.metrics import MetricsServer
from storage import claims, sources, stats
from storage.db import is_storage_full, transaction
from storage.models import FetchEvent

log = logging.getLogger("newsagg.daemon")


def daemon_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@dataclass
class Daemon:
    context: AppContext
    holder: str = field(default_factory=daemon_id)
    stopping: threading.Event = field(default_factory=threading.Event)
    last_tick_ok_at: float = 0.0
    is_leader: bool = False
    exit_status: int = 0
    launch: Launcher = launch_subprocess  # tests pass a fake: the tick's logic without processes
    now: Callable[[], datetime] = utc_now
    _config_mtime: float | None = None
    _role: str | None = None  # leader | standby, once known
    _next_check_logged: datetime | None = None

    def __post_init__(self) -> None:
        settings = self.context.settings
        self.metrics = MetricsServer(
            settings.daemon.metrics_host, settings.daemon.metrics_port, self.is_healthy
        )
        self.cycles = CyclePool(self.context, self.holder, self.metrics.metrics, launch=self.launch)
        self.scheduler = BackgroundScheduler(timezone=UTC)

    # lifecycle -------------------------------------------------------------------------------
    def run(self) -> int:
        """Run until SIGTERM/SIGINT; returns the exit status."""
        settings = self.context.settings
        self._install_signal_handlers()
        self.metrics.start()
        if not self._wait_for_database():
            return self._shutdown()
        self.scheduler.add_job(
            self.tick,
            "interval",
            seconds=settings.daemon.tick_s,
            id="tick",
            max_instances=1,
            coalesce=True,
            next_run_time=datetime.now(UTC),
        )
        self.scheduler.add_job(
            self.housekeeping,
            "interval",
            seconds=settings.daemon.housekeeping_interval_s,
            id="housekeeping",
            max_instances=1,
            coalesce=True,
        )
        self.scheduler.start()
        log.info("daemon started", extra={"holder": self.holder, "metrics_port": self.metrics.port})
        while not self.stopping.wait(0.5):
            pass
        return self._shutdown()

    def _wait_for_database(self, max_delay_s: float = 60.0) -> bool:
        """Migrate before the first tick. While the database cannot be reached, wait and retry
        with back-off (logged; /healthz answers 503). False when stopped while waiting."""
        delay = 1.0
        while not self.stopping.is_set():
            try:
                self.context.engine()
                return True
            except CliError as exc:
                if exc.status != FAILED:
                    raise  # a wrong URL or a missing database does not fix itself
                log.warning("database unavailable at start, retrying",
                            extra={"error": exc.message, "retry_in_s": delay})  # fmt: skip
            self.stopping.wait(delay)
            delay = min(2 * delay, max_delay_s)
        return False

    def stop(self, *_: Any) -> None:
        if not self.stopping.is_set():
            log.info("daemon stopping", extra={"holder": self.holder})
        self.stopping.set()

    def _install_signal_handlers(self) -> None:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)

    def _shutdown(self) -> int:
        if self.scheduler.running:  # not yet started while waiting for the database
            self.scheduler.shutdown(wait=False)
        deadline = time.monotonic() + self.context.settings.daemon.stop_timeout_s
        self.cycles.stop_all(deadline)
        self._release()
        self.metrics.stop()
        log.info("daemon stopped", extra={"holder": self.holder})
        return self.exit_status

    def _release(self) -> None:
        try:
            with transaction(self.context.writer()) as session:
                claims.release(session, claims.LEADER, self.holder)
        except (SQLAlchemyError, CliError) as exc:  # the database is down or never came up
            log.warning("could not release lease", extra={"error": str(exc)})

    # jobs ------------------------------------------------------------------------------------
    def tick(self) -> None:
        """Reap finished cycles, pick up config changes, claim due sources, start cycles."""
        if self.stopping.is_set():
            return
        self.cycles.reap()
        if self.cycles.fatal is not None:
            self._stop_for(self.cycles.fatal)
            return
        try:
            self.cycles.release_left()
            self.cycles.renew_claims(self.now(), self.context.settings.daemon.claim_ttl_s)
            self._sync_config_if_changed()
            if self._may_work():
                self._start_due_cycles()
                self._log_next_check()
            self.last_tick_ok_at = time.monotonic()
        except (SQLAlchemyError, CliError) as exc:
            if isinstance(exc, SQLAlchemyError) and is_storage_full(exc):
                self._stop_for(STORAGE_FULL)
                return
            # the database went away: keep running, retry next tick (the pool reconnects)
            reason = exc.message if isinstance(exc, CliError) else exc.__class__.__name__
            log.warning("database unavailable", extra={"error": reason})

    def _stop_for(self, reason: str) -> None:
        """Stop fetching for good: nothing more can be stored (e.g. the disk is full)."""
        log.error(
            "daemon stopping: " + FATAL_MESSAGES.get(reason, reason), extra={"reason": reason}
        )
        self.exit_status = 1
        self.stop()

    def _may_work(self) -> bool:
        """PostgreSQL: every daemon shares the work. SQLite: only the leader works."""
        if self.context.engine().dialect.name == "postgresql":
            self.metrics.metrics.is_leader.set(1)
            return True
        ttl = self.context.settings.daemon.lease_ttl_s
        with transaction(self.context.writer()) as session:
            leader = claims.try_acquire(session, claims.LEADER, self.holder, self.now(), ttl)
            if leader and not self.is_leader:
                claims.release_stale_claims(session, self.holder)
        if leader != self.is_leader or self._role is None:
            role = "leader" if leader else "standby"
            log.info(f"daemon is {role}", extra={"holder": self.holder, "leader": leader})
            self.is_leader, self._role = leader, role
            self.metrics.metrics.is_leader.set(int(leader))
        return leader

    def _start_due_cycles(self) -> None:
        settings = self.context.settings.daemon
        for kind, batch in (("feed", settings.feeds_per_cycle), ("crawl", 1)):
            if not self.cycles.has_room():
                return
            kinds = ["feed"] if kind == "feed" else ["sitemap", "site"]
            with transaction(self.context.writer()) as session:
                claimed = claims.claim_due(
                    session,
                    self.holder,
                    self.now(),
                    lease_s=settings.claim_ttl_s,
                    limit=batch,
                    kinds=kinds,
                )
                ids = [source.id for source in claimed]
            if ids:
                self.cycles.start("poll" if kind == "feed" else "crawl", ids)

    def _log_next_check(self) -> None:
        """Say when work resumes, once per change, while no cycle runs (a silent daemon looks
        dead)."""
        if self.cycles.running:
            return
        with self.context.reader()() as session:
            upcoming = stats.next_check_at(session, self.now())
        if upcoming != self._next_check_logged:
            self._next_check_logged = upcoming
            log.info("idle until next check",
                     extra={"next_check_at": upcoming.isoformat() if upcoming else None})  # fmt: skip

    def _sync_config_if_changed(self) -> None:
        path = self.context.settings.config_file
        if path is None:
            return
        mtime = path.stat().st_mtime if path.exists() else None
        if mtime == self._config_mtime:
            return
        from settings import load_settings

        fresh = load_settings(path).sources if mtime is not None else []
        with transaction(self.context.writer()) as session:
            sources.sync_config(session, fresh, self.now())
        self._config_mtime = mtime
        log.info("config sources synced", extra={"count": len(fresh), "config": str(path)})

    def housekeeping(self) -> None:
        """Prune old fetch events and let the database refresh its statistics."""
        retention = timedelta(days=self.context.settings.daemon.fetch_event_retention_days)
        try:
            with transaction(self.context.writer()) as session:
                result = session.execute(
                    delete(FetchEvent).where(FetchEvent.started_at < self.now() - retention)
                )
                pruned = getattr(result, "rowcount", 0)  # a DELETE's result is a CursorResult
            engine = self.context.engine()
            with engine.connect() as connection:
                statement = "ANALYZE" if engine.dialect.name == "postgresql" else "PRAGMA optimize"
                connection.execute(text(statement))
                connection.commit()
            log.info("housekeeping done", extra={"pruned_fetch_events": pruned})
        except SQLAlchemyError as exc:
            log.warning("housekeeping failed", extra={"error": repr(exc)})

    def is_healthy(self) -> bool:
        """Healthy while ticks succeed (the database answers)."""
        max_age = 3 * self.context.settings.daemon.tick_s + 10
        return time.monotonic() - self.last_tick_ok_at < max_age
