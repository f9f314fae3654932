"""Shared fixtures: real databases (SQLite always, PostgreSQL when configured) and settings."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from settings import Settings, load_settings
from storage.db import make_engine, upgrade
from storage.models import Base

POSTGRES_ENV = "NEWSAGG_TEST_POSTGRES_URL"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    # keep tests from reading the developer's own config or database
    os.environ.pop("NEWSAGG_CONFIG", None)
    os.environ.pop("NEWSAGG_DATABASE_URL", None)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once per test session; each test gets a copy."""
    path = tmp_path_factory.mktemp("db") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_engine() -> Iterator[Engine]:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(
            f"PostgreSQL tests need {POSTGRES_ENV} (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)"
        )
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    upgrade(engine)
    yield engine
    engine.dispose()


def _truncate(engine: Engine) -> None:
    names = ", ".join(table.name for table in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[str]:
    """A migrated, empty database URL: a fresh SQLite file, or the PostgreSQL test database."""
    if request.param == "sqlite":
        path = tmp_path / "newsagg.db"
        shutil.copyfile(sqlite_template, path)
        yield f"sqlite:///{path}"
        return
    engine: Engine = request.getfixturevalue("postgres_engine")
    _truncate(engine)
    yield engine.url.render_as_string(hide_password=False)
    _truncate(engine)


@pytest.fixture
def db_engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings built without any config file or environment of the developer's."""
    return load_settings(environ={}, database={"url": f"sqlite:///{tmp_path / 'cli.db'}"})
