"""A stand-in for cycle subprocesses, so the daemon's own logic is tested without processes."""

from __future__ import annotations

import io
import json
import signal
import subprocess
from dataclasses import dataclass, field


@dataclass
class FakeProcess:
    """A cycle that finishes when told to, or on SIGTERM unless it is hung."""

    command: list[str]
    env: dict[str, str]
    pid: int = 4242
    is_hung: bool = False  # ignores SIGTERM: only SIGKILL ends it
    returncode: int | None = None
    signals: list[int] = field(default_factory=list)
    stdout: io.StringIO = field(default_factory=io.StringIO)

    def finish(self, summary: dict[str, object], status: int = 0) -> None:
        self.stdout = io.StringIO("log line\n" + json.dumps(summary) + "\n")
        self.returncode = status

    def poll(self) -> int | None:
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None:
            raise subprocess.TimeoutExpired(self.command, timeout or 0)
        return self.returncode

    def send_signal(self, sig: int) -> None:
        self.signals.append(sig)
        if sig == signal.SIGTERM and not self.is_hung:
            self.returncode = -sig

    def kill(self) -> None:
        self.signals.append(signal.SIGKILL)
        self.returncode = -signal.SIGKILL


@dataclass
class FakeLauncher:
    """Records every launch; `hang` makes the next processes ignore SIGTERM."""

    processes: list[FakeProcess] = field(default_factory=list)
    hang: bool = False

    def __call__(self, command: list[str], env: dict[str, str]) -> FakeProcess:
        process = FakeProcess(command, env, pid=1000 + len(self.processes), is_hung=self.hang)
        self.processes.append(process)
        return process


@dataclass
class FakeClock:
    """A monotonic clock that moves only when the test says so."""

    now_s: float = 1000.0

    def __call__(self) -> float:
        return self.now_s

    def advance(self, seconds: float) -> None:
        self.now_s += seconds
