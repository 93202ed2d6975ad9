"""Audit anchors remember resets after a desk restored a backup (the superseded head, when).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_anchors") as batch:
        batch.add_column(sa.Column("resets", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("superseded_seq", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("superseded_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("reset_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_anchors") as batch:
        for name in ("reset_at", "superseded_hash", "superseded_seq", "resets"):
            batch.drop_column(name)
