"""A SQLite database in a folder we cannot write: reading commands work, writing ones fail with
one line (no traceback)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage import sources
from storage.db import make_engine, session_factory, transaction
from tests.cli import newsagg


@pytest.fixture
def read_only_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Path]:
    folder = tmp_path / "ro"
    folder.mkdir()
    is_root = os.geteuid() == 0  # root writes anywhere: a read-only mount then
    if is_root and subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
                                  capture_output=True).returncode != 0:  # fmt: skip
        pytest.skip("root without mount: cannot make a read-only folder")
    db = folder / "news.db"
    shutil.copyfile(sqlite_template, db)
    engine = make_engine(f"sqlite:///{db}")
    with transaction(session_factory(engine, write=True)) as session:
        sources.add(session, "https://a.example/feed", "feed", now=datetime.now(UTC))
    engine.dispose()
    if is_root:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        folder.chmod(0o555)
    try:
        yield db
    finally:
        if is_root:
            subprocess.run(["umount", str(folder)], check=False)
        else:
            folder.chmod(0o755)


@pytest.mark.parametrize("command", [["status"], ["export"], ["sources", "list"], ["db", "current"]],
                         ids=["status", "export", "sources-list", "db-current"])  # fmt: skip
def test_reading_commands_work_on_a_read_only_database(
    tmp_path: Path, read_only_db: Path, command: list[str]
) -> None:
    result = newsagg("--db", read_only_db, *command, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_a_write_to_a_read_only_database_is_one_line(tmp_path: Path, read_only_db: Path) -> None:
    result = newsagg("--db", read_only_db, "sources", "remove", "1", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "newsagg: database error: attempt to write a readonly database"
