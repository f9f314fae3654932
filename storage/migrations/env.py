"""Alembic environment: migrations run on the engine handed over by storage.db.

Several processes may start on a new database at once (two daemons, two crawls), so a migration
run holds the database's write lock: on SQLite a BEGIN IMMEDIATE transaction, on PostgreSQL a
transaction-level advisory lock. The second process waits, then finds the schema current.
"""

from alembic import context
from sqlalchemy import text

from storage.db import WRITE_OPTION
from storage.models import Base
from storage.search import include_in_autogenerate

config = context.config
target_metadata = Base.metadata
MIGRATION_LOCK_KEY = 0x6E6577736D6967  # "newsmig"


def run_migrations() -> None:
    engine = config.attributes["engine"].execution_options(**{WRITE_OPTION: True})
    with engine.connect() as connection, connection.begin():
        # The lock is taken, and the transaction opened, before Alembic sees the connection:
        # Alembic then treats the run as one external transaction. Left to itself it commits
        # each SQLite migration on its own (SQLite is not "transactional DDL" to it), which
        # lets a second process read the version between two of them and re-run one.
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )  # on SQLite the BEGIN IMMEDIATE of storage.db._sqlite_begin took the lock
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER much
            compare_type=True,
            include_object=include_in_autogenerate,  # the search index is hand-written SQL
        )
        context.run_migrations()


run_migrations()
