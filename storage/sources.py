"""Repository functions for sources: add, remove, list, due, and recording check outcomes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from settings import SourceConfig
from storage.models import FetchEvent, Source


class SourceNotFoundError(LookupError):
    def __init__(self, ref: str) -> None:
        super().__init__(f"no source {ref!r} (see `newsagg sources list`)")
        self.ref = ref


def get(session: Session, ref: str | int) -> Source:
    """A source by id or URL."""
    if isinstance(ref, int) or str(ref).isdigit():
        found = session.get(Source, int(ref))
    else:
        found = session.scalar(select(Source).where(Source.url == ref))
    if found is None:
        raise SourceNotFoundError(str(ref))
    return found


def find(session: Session, url: str) -> Source | None:
    return session.scalar(select(Source).where(Source.url == url))


def add(
    session: Session,
    url: str,
    kind: str,
    *,
    now: datetime,
    name: str | None = None,
    topic: str | None = None,
    origin: str = "cli",
    interval_s: int | None = None,
    cron: str | None = None,
) -> tuple[Source, bool]:
    """Add a source (due at once); returns (source, created). An existing URL is re-enabled."""
    existing = find(session, url)
    if existing is not None:
        existing.enabled = True
        return existing, False
    source = Source(
        url=url,
        kind=kind,
        name=name,
        topic=topic,
        origin=origin,
        interval_s=interval_s,
        cron=cron,
        created_at=now,
        next_check_at=now,
        enabled=True,
        polls_since_unconditional=0,
        consecutive_failures=0,
    )
    session.add(source)
    session.flush()
    return source, True


def remove(session: Session, ref: str | int) -> Source:
    source = get(session, ref)
    session.delete(source)
    session.flush()
    return source


def list_all(session: Session) -> Sequence[Source]:
    return session.scalars(select(Source).order_by(Source.id)).all()


def due(session: Session, now: datetime, *, kinds: Sequence[str] | None = None) -> Sequence[Source]:
    """Enabled sources whose next check time has come, oldest first."""
    query = select(Source).where(
        Source.enabled.is_(True),
        or_(Source.next_check_at.is_(None), Source.next_check_at <= now),
    )
    if kinds:
        query = query.where(Source.kind.in_(kinds))
    return session.scalars(query.order_by(Source.next_check_at.nulls_first(), Source.id)).all()


def sync_config(session: Session, configured: Sequence[SourceConfig], now: datetime) -> None:
    """Make config-file sources match the config: add new ones, update, disable removed ones."""
    wanted = {item.url: item for item in configured}
    for source in session.scalars(select(Source).where(Source.origin == "config")).all():
        if source.url not in wanted:
            source.enabled = False
    for item in configured:
        source, _ = add(
            session,
            item.url,
            item.kind,
            now=now,
            name=item.name,
            topic=item.topic,
            origin="config",
            interval_s=item.interval_s,
            cron=item.cron,
        )
        source.kind, source.name, source.topic = item.kind, item.name, item.topic
        source.cron, source.enabled = item.cron, item.enabled
    session.flush()


def record_event(session: Session, event: FetchEvent) -> None:
    session.add(event)
    session.flush()
