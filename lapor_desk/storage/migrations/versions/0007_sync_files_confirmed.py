"""sync: the files each central confirmed it holds

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_files_confirmed",
        sa.Column("central", sa.String(length=200), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("central", "sha256", name="pk_sync_files_confirmed"),
    )


def downgrade() -> None:
    op.drop_table("sync_files_confirmed")
