"""Bounded reads: `newsagg extract` reads at most the page limit + 1 bytes of any input (a huge
file, /dev/zero, a FIFO that never ends, stdin) before it refuses it. Run under a 2 GiB address
space limit, so an unbounded read fails the test instead of the machine."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest

pytestmark = pytest.mark.slow
LIMIT_AS = 2 * 1024**3


def limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_AS, LIMIT_AS))


def extract(
    *args: str, cwd: Path, stdin: IO[bytes] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NEWSAGG_")}
    return subprocess.run(
        [sys.executable, "-m", "scheduler", "extract", *args], cwd=cwd, env=environment,
        stdin=stdin, capture_output=True, text=True, timeout=180, preexec_fn=limited,
    )  # fmt: skip


def test_dev_zero_is_refused_as_too_large(tmp_path: Path) -> None:
    result = extract("/dev/zero", cwd=tmp_path)
    assert result.returncode == 1
    assert "too_large" in result.stdout and "MemoryError" not in result.stderr


def test_a_fifo_that_never_ends_is_refused_after_the_limit(tmp_path: Path) -> None:
    fifo = tmp_path / "endless.html"
    os.mkfifo(fifo)

    def write_forever() -> None:
        with fifo.open("wb") as pipe:
            try:
                while True:
                    pipe.write(b"<p>" + b"x" * 65536)
            except BrokenPipeError:
                return  # the reader stopped reading: what we want

    writer = threading.Thread(target=write_forever, daemon=True)
    writer.start()
    result = extract(str(fifo), cwd=tmp_path)
    writer.join(timeout=30)
    assert result.returncode == 1 and "too_large" in result.stdout
    assert not writer.is_alive()


def test_endless_stdin_is_one_line_of_error(tmp_path: Path) -> None:
    with open("/dev/zero", "rb") as zero:
        result = extract("-", cwd=tmp_path, stdin=zero)
    assert result.returncode == 2
    assert "longer than" in result.stderr and "Traceback" not in result.stderr
