"""What every command needs: the effective settings and, lazily, a migrated database."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from crawler.dates import utc_now as utc_now  # re-exported: the one clock of every command
from scheduler import startup
from scheduler.errors import database_error

if TYPE_CHECKING:  # SQLAlchemy and Alembic load when a command first needs the database
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from settings import Settings

log = logging.getLogger("newsagg")


@dataclass
class AppContext:
    settings: Settings
    _engine: Engine | None = field(default=None, repr=False)

    @property
    def database_url(self) -> str:
        return self.settings.database.url.get_secret_value()

    def engine(self, *, migrate: bool = True) -> Engine:
        """The database engine; pending migrations are applied on first use."""
        if self._engine is None:
            from sqlalchemy.exc import SQLAlchemyError

            from settings.model import mask_url
            from storage.db import SchemaError, ensure_schema, make_engine

            try:
                engine = make_engine(self.database_url, echo=self.settings.database.echo)
            except SQLAlchemyError as exc:
                raise database_error(self.database_url, exc) from exc
            if migrate:
                log.debug("database %s", mask_url(self.database_url))
                try:
                    ensure_schema(engine)
                except (SQLAlchemyError, SchemaError) as exc:
                    engine.dispose()
                    raise database_error(self.database_url, _cause(exc)) from exc
            self._engine = engine
            startup.done()  # a command opens its database once its modules are loaded
        return self._engine

    def reader(self) -> sessionmaker[Session]:
        from storage.db import session_factory

        return session_factory(self.engine())

    def writer(self) -> sessionmaker[Session]:
        from storage.db import session_factory

        return session_factory(self.engine(), write=True)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def _cause(exc: Exception) -> Exception:
    """The driver's error behind a failed migration (what the operator can act on)."""
    from storage.db import SchemaError

    cause = exc.__cause__ if isinstance(exc, SchemaError) else None
    return cause if isinstance(cause, Exception) else exc
