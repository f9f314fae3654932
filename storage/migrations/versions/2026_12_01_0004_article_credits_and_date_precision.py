"""article credits and publication-date precision

Revision ID: 0004
Revises: 0005
Create Date: 2026-12-01 23:20:00

`articles.credits`: agencies and outlets credited by the page, apart from the people in
`authors`. `articles.published_precision`: "day" when the page gave only a calendar day,
"minute" when it gave a time too; NULL for rows stored before this revision.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy of the table): SQLite's search view reads `articles`.
    op.add_column(
        "articles",
        sa.Column(
            "credits",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
            server_default=sa.text("'[]'"),  # rows stored before: no credits known
        ),
    )
    op.add_column("articles", sa.Column("published_precision", sa.String(length=8), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "published_precision")
    op.drop_column("articles", "credits")
