"""Audit anchors (each desk's newest audit head) and operator token expiry.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 14:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_anchors",
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["desk_id"], ["desks.id"]),
        sa.PrimaryKeyConstraint("desk_id"),
    )
    with op.batch_alter_table("operator_tokens") as batch:
        batch.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("operator_tokens") as batch:
        batch.drop_column("expires_at")
    op.drop_table("audit_anchors")
