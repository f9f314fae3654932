"""Structured logs: constant messages with fixed keys, as `key=value` text or one JSON object a line."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

# attributes every LogRecord has; anything else on a record came from `extra=` and is a field
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}


def record_fields(record: logging.LogRecord) -> dict[str, Any]:
    return {k: v for k, v in record.__dict__.items() if k not in _STANDARD}


class KeyValueFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        stamp = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        fields = " ".join(f"{k}={_text(v)}" for k, v in record_fields(record).items())
        line = f"{stamp} {record.levelname} {record.name}: {record.getMessage()}"
        line = f"{line} {fields}" if fields else line
        if record.exc_info:
            line = f"{line}\n{self.formatException(record.exc_info)}"
        return line


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
            **record_fields(record),
        }
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        return json.dumps(data, default=str, ensure_ascii=False)


def _text(value: Any) -> str:
    text = str(value)
    return json.dumps(text, ensure_ascii=False) if (" " in text or not text) else text


# Libraries whose INFO lines (version dumps, per-tick job lines, migrations) say nothing an
# operator needs; they show at --log-level DEBUG.
LIBRARIES = ("alembic", "apscheduler", "scrapy", "twisted", "asyncio", "py.warnings")
# A robots.txt fetch that fails is followed by the failure of the request it guarded, which is
# reported once with its error kind: the robots.txt line would say the same thing twice.
REDUNDANT = ("scrapy.downloadermiddlewares.robotstxt",)


class LibraryErrors(logging.Filter):
    """Library records: WARNING and above only, one line each (no tracebacks), no redundant
    robots.txt failures. Installed unless the log level is DEBUG."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("newsagg"):
            return True
        if record.name.startswith(REDUNDANT) or record.levelno < logging.WARNING:
            return False  # libraries reset their loggers' levels (Scrapy does, per crawl)
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            record.error = f"{error.__class__.__name__}: {one_line(str(error))}"
            record.exc_info, record.exc_text = None, None
        record.__dict__.pop("spider", None)  # Scrapy's extra= object; its name is in the message
        return True


def one_line(text: str) -> str:
    return " ".join(text.split())


def configure_logging(level: str, fmt: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else KeyValueFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    if root.level > logging.DEBUG:
        handler.addFilter(LibraryErrors())
    for noisy in LIBRARIES:
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
