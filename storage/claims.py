"""Who works on what: expiring leases and atomic claims of due sources across daemons.

PostgreSQL: any number of daemons share the work; due sources are claimed with
`FOR UPDATE SKIP LOCKED`, so two daemons never claim the same source. SQLite has a single
writer: one daemon holds the `leader` lease and works, the others stand by and take over when
its lease expires (no pid files).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from storage.models import Lease, Source

LEADER = "leader"


def try_acquire(session: Session, name: str, holder: str, now: datetime, ttl_s: float) -> bool:
    """Take or renew the lease `name` for `holder` unless another holder's lease is still live."""
    query = select(Lease).where(Lease.name == name)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    lease = session.scalar(query)
    expires_at = now + timedelta(seconds=ttl_s)
    if lease is None:
        session.add(Lease(name=name, holder=holder, acquired_at=now, expires_at=expires_at))
        session.flush()
        return True
    if lease.holder != holder and lease.expires_at > now:
        return False
    if lease.holder != holder:
        lease.holder, lease.acquired_at = holder, now
    lease.expires_at = expires_at
    session.flush()
    return True


def release(session: Session, name: str, holder: str) -> None:
    lease = session.get(Lease, name)
    if lease is not None and lease.holder == holder:
        session.delete(lease)
        session.flush()


def claim_due(
    session: Session,
    holder: str,
    now: datetime,
    *,
    lease_s: float,
    limit: int,
    kinds: Sequence[str] | None = None,
) -> list[Source]:
    """Atomically claim up to `limit` due, enabled, unclaimed sources for `holder`."""
    query = (
        select(Source)
        .where(
            Source.enabled.is_(True),
            or_(Source.next_check_at.is_(None), Source.next_check_at <= now),
            or_(Source.claimed_until.is_(None), Source.claimed_until < now),
        )
        .order_by(Source.next_check_at.nulls_first(), Source.id)
        .limit(limit)
    )
    if kinds:
        query = query.where(Source.kind.in_(kinds))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    claimed = list(session.scalars(query).all())
    for source in claimed:
        source.claimed_by = holder
        source.claimed_until = now + timedelta(seconds=lease_s)
    session.flush()
    return claimed


def release_stale_claims(session: Session, holder: str) -> int:
    """Release every source claimed by another holder. Only for the SQLite leader, which is the
    sole worker: any other claim was left by a daemon that died."""
    result = session.execute(
        update(Source)
        .where(Source.claimed_by.is_not(None), Source.claimed_by != holder)
        .values(claimed_by=None, claimed_until=None)
    )
    return int(getattr(result, "rowcount", 0) or 0)  # an UPDATE's result is a CursorResult


def release_sources(session: Session, ids: Sequence[int], holder: str) -> None:
    """Give claimed sources back (their next_check_at says when they are due again)."""
    session.execute(
        update(Source)
        .where(Source.id.in_(ids), Source.claimed_by == holder)
        .values(claimed_by=None, claimed_until=None)
    )


def renew(session: Session, ids: Sequence[int], holder: str, now: datetime, ttl_s: float) -> None:
    """Extend `holder`'s claims on `ids` (its cycles are alive) to now + ttl_s."""
    session.execute(
        update(Source)
        .where(Source.id.in_(ids), Source.claimed_by == holder)
        .values(claimed_until=now + timedelta(seconds=ttl_s))
    )
