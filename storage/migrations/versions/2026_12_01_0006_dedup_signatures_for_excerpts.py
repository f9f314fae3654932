"""dedup signatures for excerpts: stories signed under the old defaults are re-signed

Revision ID: 0006
Revises: 0002
Create Date: 2026-12-01 23:45:00

Data only, no schema change. The default [dedup] layout went from 120 permutations in 40 bands of
3 rows to 96 in 48 bands of 2 rows, so that excerpts (Jaccard ~0.2 with their story) become
candidates. Band keys mix in their layout, so stories signed under the old defaults would never be
found again: they are re-signed here under the new defaults. A database signed under other,
configured settings is left alone (run `newsagg db reindex` after changing [dedup]).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from settings import DedupSettings
from storage.near_duplicates import rebuild_index

revision: str = "0006"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_DEFAULT_SIGNATURE_BYTES = 120 * 4


def upgrade() -> None:
    bind = op.get_bind()
    stale = bind.execute(
        sa.text("SELECT 1 FROM articles WHERE length(minhash) = :size LIMIT 1"),
        {"size": OLD_DEFAULT_SIGNATURE_BYTES},
    ).first()
    if stale is None:
        return
    with Session(bind=bind) as session:
        rebuild_index(session, DedupSettings())


def downgrade() -> None:
    # the older code skips signatures of another size: run its `newsagg db reindex` after this
    pass
