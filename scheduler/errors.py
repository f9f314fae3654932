"""Expected failures of the command line: one line saying what failed and what to do, an exit status.

Exit status 2: the command line or the configuration is wrong (fix it and run again).
Exit status 1: the work failed (a source, the network, a database that is down).
"""

from __future__ import annotations

import errno
from pathlib import Path

USAGE = 2
FAILED = 1


class CliError(Exception):
    """An expected failure, reported as `newsagg: <message>` without a traceback."""

    def __init__(self, message: str, status: int = FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def database_error(url: str, exc: Exception) -> CliError:
    """What a failure to open or migrate the database means for the operator."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    from settings.model import mask_url

    shown = mask_url(url)
    if isinstance(exc, NoSuchModuleError | ArgumentError):
        return CliError(
            f"unknown database URL {shown!r}: use sqlite:///PATH, a file path, or "
            "postgresql://USER@HOST:PORT/NAME (--db or NEWSAGG_DATABASE_URL)",
            USAGE,
        )
    reason = _first_line(exc)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        folder = Path(parsed.database or "").parent
        if parsed.database and not folder.is_dir():
            return CliError(
                f"the folder of the SQLite database does not exist: {folder} "
                "(create it, or choose another --db)",
                USAGE,
            )
        return CliError(f"cannot open the SQLite database {parsed.database}: {reason}")
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    if "does not exist" in reason and "database" in reason:
        return CliError(
            f"the database {parsed.database!r} does not exist on {where}: create it "
            f"(createdb -h {parsed.host or 'localhost'} {parsed.database}) or fix --db",
            USAGE,
        )
    if "authentication failed" in reason or ("role" in reason and "does not exist" in reason):
        return CliError(f"the database at {where} refused the login: {reason}; fix --db", USAGE)
    return CliError(
        f"cannot reach the database at {where} ({reason}): start it, or fix --db / "
        "NEWSAGG_DATABASE_URL"
    )


def port_error(host: str, port: int, exc: OSError) -> CliError:
    if exc.errno == errno.EADDRINUSE:
        return CliError(
            f"the metrics port {host}:{port} is already in use: stop the other process or "
            "choose another port (--metrics-port or daemon.metrics_port)",
            USAGE,
        )
    return CliError(f"cannot listen on {host}:{port} for metrics: {exc.strerror}", USAGE)


def _first_line(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip().splitlines()
    return text[0].strip() if text else original.__class__.__name__
