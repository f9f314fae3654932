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
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER much
            compare_type=True,
            include_object=include_in_autogenerate,  # the search index is hand-written SQL
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
            context.run_migrations()
        connection.commit()


run_migrations()
