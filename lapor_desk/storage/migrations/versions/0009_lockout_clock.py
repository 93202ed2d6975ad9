"""accounts: when the last failed sign-in was, and the lock's monotonic reading and boot

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("failed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("locked_mono", sa.Float(), nullable=True))
        batch.add_column(sa.Column("locked_boot", sa.String(length=64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("locked_boot")
        batch.drop_column("locked_mono")
        batch.drop_column("failed_at")
