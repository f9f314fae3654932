"""Migrations: upgrade from empty, no drift between models and migrations, downgrade works."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, column, event, func, insert, inspect, select, table
from sqlalchemy.orm import Session

from settings import DedupSettings
from storage.db import (
    alembic_config,
    current_revision,
    ensure_schema,
    head_revision,
    is_up_to_date,
    make_engine,
    quick_head_revision,
    upgrade,
)
from storage.dedup import text_signature
from storage.models import Article, ArticleBand, Base
from storage.near_duplicates import index_signature
from storage.search import include_in_autogenerate

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def test_upgrade_from_empty_creates_every_table(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())


def test_quick_head_check_agrees_with_alembic(tmp_path: Path) -> None:
    """The start-up check reads the version files itself: it must name Alembic's head, and a
    database behind it is not up to date."""
    engine = make_engine(f"sqlite:///{tmp_path / 'quick.db'}")
    assert quick_head_revision() == head_revision(engine)
    assert not is_up_to_date(engine)  # no alembic_version table yet
    upgrade(engine, "0001")
    assert not is_up_to_date(engine)
    upgrade(engine)
    assert is_up_to_date(engine)


def test_models_and_migrations_do_not_drift(db_engine: Engine) -> None:
    with db_engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": include_in_autogenerate}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'roundtrip.db'}")
    upgrade(engine)
    command.downgrade(alembic_config(engine), "base")
    assert "articles" not in inspect(engine).get_table_names()
    ensure_schema(engine)
    assert "articles" in inspect(engine).get_table_names()


@pytest.mark.parametrize("runs", [2], ids=["twice"])
def test_upgrade_is_idempotent(tmp_path: Path, runs: int) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'twice.db'}")
    for _ in range(runs):
        upgrade(engine)
    assert current_revision(engine) == head_revision(engine)


def test_processes_starting_together_on_a_new_database_all_succeed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'race.db'}"
    code = f"from storage.db import make_engine, ensure_schema; ensure_schema(make_engine({url!r}))"
    starts = [
        subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    errors = [p.communicate(timeout=120)[1] for p in starts]
    assert [p.returncode for p in starts] == [0, 0, 0, 0], errors
    assert current_revision(make_engine(url)) == head_revision(make_engine(url))


def test_an_upgrade_from_empty_is_one_transaction_so_no_process_sees_half_a_schema(
    tmp_path: Path,
) -> None:
    # Committed one migration at a time, the write lock is free between two of them: a second
    # process starting then reads a version the first has already moved past, and re-runs it.
    engine = make_engine(f"sqlite:///{tmp_path / 'one.db'}")
    commits: list[object] = []
    event.listen(engine, "commit", commits.append)
    upgrade(engine)
    assert len(commits) == 1
    assert current_revision(engine) == head_revision(engine)


def test_upgrade_re_signs_stories_signed_under_the_old_dedup_defaults(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine, "0002")
    old = DedupSettings(num_perm=120, bands=40)
    text = "Officials said the new asylum rule would take effect next month across the region."
    # The row as revision 0002 knew it: the model may have columns that came later.
    old_articles = table("articles", *(column(name) for name in (
        "url", "text", "text_hash", "minhash", "fetched_at", "updated_at", "authors", "evidence",
        "is_relevant", "revision")))  # fmt: skip
    with Session(engine) as session, session.begin():
        story_id = session.execute(
            insert(old_articles).returning(column("id")),
            [{"url": "https://x.example/a", "text": text, "text_hash": "h",
              "minhash": text_signature(text, old).to_bytes(), "fetched_at": NOW,
              "updated_at": NOW, "authors": "[]", "evidence": "[]", "is_relevant": True,
              "revision": 1}],
        ).scalar_one()  # fmt: skip
        index_signature(session, story_id, text_signature(text, old), old)
    upgrade(engine)
    new = DedupSettings()
    with Session(engine) as session:
        assert session.scalar(select(Article.minhash)) == text_signature(text, new).to_bytes()
        assert session.scalar(select(func.count()).select_from(ArticleBand)) == new.bands
