"""Engines, sessions and schema migrations (Alembic, driven from code)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:  # alembic is imported where migrations run: most commands start without it
    from alembic.config import Config

WRITE_OPTION = "newsagg_write"


class SchemaError(Exception):
    """The database schema is missing or behind the code and could not be brought up to date."""


class StorageFullError(Exception):
    """The database cannot grow (disk or quota full): stop fetching, nothing more can be stored."""


DISK_FULL_SQLSTATE = "53100"  # PostgreSQL's disk_full
DISK_FULL_MESSAGES = ("database or disk is full", "No space left on device")


def is_storage_full(error: BaseException) -> bool:
    """Whether a database error says the disk is full (SQLite's SQLITE_FULL, PostgreSQL 53100)."""
    for cause in (error, getattr(error, "orig", None), error.__cause__):
        if cause is None:
            continue
        if getattr(cause, "sqlstate", None) == DISK_FULL_SQLSTATE:
            return True
        if any(text in str(cause) for text in DISK_FULL_MESSAGES):
            return True
    return False


Key = TypeVar("Key", str, int)
IN_LIST_CHUNK = 500  # keys per `IN (...)` query: far below SQLite's bound-variable limit


def chunked(values: Iterable[Key], size: int = IN_LIST_CHUNK) -> Iterator[list[Key]]:
    """Lists of at most `size` distinct values, for `IN (...)` queries."""
    iterator = iter(dict.fromkeys(values))
    while chunk := list(islice(iterator, size)):
        yield chunk


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for any SQLAlchemy URL, tuned for a long-running writer."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        read_only = is_read_only_file(parsed.database)
        if read_only:  # e.g. a backup on a read-only mount: `export` and `status` still work
            url = f"sqlite:///file:{parsed.database}?mode=ro&immutable=1&uri=true"
        # the driver's own transaction handling is off so that BEGIN is ours to emit (see _begin)
        engine = create_engine(
            url, echo=echo, connect_args={"timeout": 30, "isolation_level": None}
        )
        event.listen(engine, "connect", _sqlite_read_pragmas if read_only else _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, pool_recycle=1800)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    if not _is_memory(dbapi_connection):
        cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer
        cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_read_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def is_read_only_file(database: str | None) -> bool:
    """A SQLite file that exists in a folder we cannot write (WAL needs its -wal/-shm files)."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return False
    path = Path(database)
    return path.is_file() and not os.access(path.parent, os.W_OK)


def _sqlite_begin(connection: Connection) -> None:
    # A writer takes the write lock up front: a deferred transaction that reads and then
    # writes fails at once with "database is locked" when another process wrote in between.
    write = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _is_memory(dbapi_connection: Any) -> bool:
    cursor = dbapi_connection.cursor()
    try:
        rows = cursor.execute("PRAGMA database_list").fetchall()
    finally:
        cursor.close()
    return any(row[2] == "" for row in rows if row[1] == "main")


def session_factory(engine: Engine, *, write: bool = False) -> sessionmaker[Session]:
    """Sessions for reading, or (write=True) for read-then-write transactions."""
    bind = engine.execution_options(**{WRITE_OPTION: True}) if write else engine
    return sessionmaker(bind, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work is committed on success and rolled back on error."""
    with factory() as session, session.begin():
        yield session


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("storage") / "migrations"))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


# a version file's own lines; a merge (tuple down_revision) is not matched, which leaves two
# heads and so sends the check to Alembic
REVISION_LINE = re.compile(r'^(revision|down_revision)\b[^=\n]*=\s*"([^"\n]+)"\s*$', re.MULTILINE)


def quick_head_revision() -> str | None:
    """The head as the version files name it, without Alembic (importing it and loading the
    scripts costs ~0.3 CPU-s, a poll's start-up); None unless exactly one head is found."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (resources.files("storage") / "migrations" / "versions").iterdir():
        if script.name.endswith(".py"):
            for name, value in REVISION_LINE.findall(script.read_text(encoding="utf-8")):
                (revisions if name == "revision" else parents).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def is_up_to_date(engine: Engine) -> bool:
    """Whether the schema is at head: a plain read of alembic_version first, Alembic itself
    when that does not show the one head of the version files."""
    quick = quick_head_revision()
    if quick is not None:
        try:
            with engine.connect() as connection:
                found = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        except SQLAlchemyError:
            found = []  # no table yet, or unreadable: Alembic decides
        if [row[0] for row in found] == [quick]:
            return True
    return current_revision(engine) == head_revision(engine)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply pending migrations (idempotent)."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def ensure_schema(engine: Engine) -> None:
    """Bring the schema to head, or raise SchemaError saying what to run."""
    if is_up_to_date(engine):
        return
    try:
        upgrade(engine)
    except Exception as exc:
        raise SchemaError(
            f"could not migrate the database ({exc.__class__.__name__}: {exc}); "
            "run `newsagg db upgrade` and check the database permissions"
        ) from exc
