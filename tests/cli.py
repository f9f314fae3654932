"""Running `newsagg` as a user does: a subprocess with a clean NEWSAGG_* environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

# politeness off for loopback test sites: no delays, no AutoThrottle, one retry
FAST_HTTP = {
    "NEWSAGG_HTTP__DOWNLOAD_DELAY_S": "0",
    "NEWSAGG_HTTP__AUTOTHROTTLE": "false",
    "NEWSAGG_HTTP__RETRIES": "1",
    "NEWSAGG_HTTP__TIMEOUT_S": "5",
}


def newsagg(
    *args: str | Path,
    cwd: Path,
    stdin: str = "",
    env: dict[str, str] | None = None,
    timeout_s: float = 120,
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NEWSAGG_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "scheduler", *map(str, args)], cwd=cwd, input=stdin,
        env=environment, capture_output=True, text=True, timeout=timeout_s,
    )  # fmt: skip


def export(db: Path, cwd: Path) -> list[dict[str, Any]]:
    result = newsagg("--db", db, "export", cwd=cwd)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]
