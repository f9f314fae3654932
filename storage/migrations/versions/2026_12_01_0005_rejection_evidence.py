"""rejection evidence: why a URL was not stored, and its page, so another topic can reconsider it

Revision ID: 0005
Revises: 0007
Create Date: 2026-12-01 23:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("rejected_urls", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("detail", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "evidence",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("html_z", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rejected_urls", schema=None) as batch_op:
        batch_op.drop_column("html_z")
        batch_op.drop_column("evidence")
        batch_op.drop_column("detail")
        batch_op.drop_column("title")
