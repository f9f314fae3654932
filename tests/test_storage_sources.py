"""Sources repository: add/remove/list, due selection, and syncing config-file sources."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from settings import SourceConfig
from storage import sources
from storage.db import session_factory, transaction

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_add_is_idempotent_and_due_at_once(db_engine: Engine) -> None:
    writer = session_factory(db_engine, write=True)
    with transaction(writer) as session:
        first, created = sources.add(session, "https://a.example/feed", "feed", now=NOW)
        again, created_again = sources.add(session, "https://a.example/feed", "feed", now=NOW)
    assert created and not created_again and first.id == again.id
    with transaction(writer) as session:
        assert [s.url for s in sources.due(session, NOW)] == ["https://a.example/feed"]


def test_oneoff_sources_stay_as_the_operator_left_them(db_engine: Engine) -> None:
    writer = session_factory(db_engine, write=True)
    with transaction(writer) as session:
        oneoff = sources.ensure_oneoff(session, "https://a.example/once", "feed", now=NOW)
        again = sources.ensure_oneoff(session, "https://a.example/once", "feed", now=NOW)
        disabled, _ = sources.add(session, "https://a.example/off", "feed", now=NOW)
        disabled.enabled = False
        sources.ensure_oneoff(session, "https://a.example/off", "feed", now=NOW)
        enabled, _ = sources.add(session, "https://a.example/on", "feed", now=NOW)
        sources.ensure_oneoff(session, "https://a.example/on", "feed", now=NOW)
    assert again.id == oneoff.id and oneoff.origin == "oneoff"
    assert not oneoff.enabled and not disabled.enabled and enabled.enabled
    with transaction(writer) as session:
        assert [s.url for s in sources.due(session, NOW)] == ["https://a.example/on"]
        promoted, created = sources.add(session, "https://a.example/once", "feed", now=NOW)
    assert not created and promoted.enabled  # `sources add` is what enables a one-off URL


def test_due_skips_future_and_disabled(db_engine: Engine) -> None:
    writer = session_factory(db_engine, write=True)
    with transaction(writer) as session:
        later, _ = sources.add(session, "https://a.example/later", "feed", now=NOW)
        later.next_check_at = NOW + timedelta(minutes=5)
        off, _ = sources.add(session, "https://a.example/off", "feed", now=NOW)
        off.enabled = False
        sources.add(session, "https://a.example/now", "feed", now=NOW)
    with transaction(writer) as session:
        assert [s.url for s in sources.due(session, NOW)] == ["https://a.example/now"]
        due_later = sources.due(session, NOW + timedelta(minutes=6))
        assert {s.url for s in due_later} == {"https://a.example/now", "https://a.example/later"}


def test_remove_by_id_or_url(db_engine: Engine) -> None:
    writer = session_factory(db_engine, write=True)
    with transaction(writer) as session:
        source, _ = sources.add(session, "https://a.example/feed", "feed", now=NOW)
        source_id = source.id
    with transaction(writer) as session:
        sources.remove(session, str(source_id))
        with pytest.raises(sources.SourceNotFoundError):
            sources.remove(session, "https://a.example/feed")


def test_sync_config_adds_updates_and_disables(db_engine: Engine) -> None:
    writer = session_factory(db_engine, write=True)
    with transaction(writer) as session:
        sources.sync_config(
            session,
            [SourceConfig(url="https://a.example/1"), SourceConfig(url="https://a.example/2")],
            NOW,
        )
    with transaction(writer) as session:
        sources.sync_config(
            session, [SourceConfig(url="https://a.example/2", kind="sitemap", name="two")], NOW
        )
    with transaction(writer) as session:
        state = {s.url: (s.enabled, s.kind, s.name) for s in sources.list_all(session)}
    assert state == {
        "https://a.example/1": (False, "feed", None),
        "https://a.example/2": (True, "sitemap", "two"),
    }
