"""What every command needs: the effective settings and, lazily, a migrated database."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from crawler.dates import utc_now as utc_now  # re-exported: the one clock of every command
from settings import Settings
from settings.model import mask_url
from storage.db import ensure_schema, make_engine, session_factory

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
            self._engine = make_engine(self.database_url, echo=self.settings.database.echo)
            if migrate:
                log.debug("database %s", mask_url(self.database_url))
                ensure_schema(self._engine)
        return self._engine

    def reader(self) -> sessionmaker[Session]:
        return session_factory(self.engine())

    def writer(self) -> sessionmaker[Session]:
        return session_factory(self.engine(), write=True)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
