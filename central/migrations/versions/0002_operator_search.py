"""Operator search by the numbers a citizen reads out: indexes, and the look-up log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_complaints_receipt_number", "complaints", ["receipt_number"])
    op.create_index("ix_complaints_reporter_nik", "complaints", ["reporter_nik"])
    op.create_index("ix_complaints_reporter_phone", "complaints", ["reporter_phone"])
    op.create_table(
        "operator_lookups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("query", sa.String(length=40), nullable=False),
        sa.Column("found", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_operator_lookups_at", "operator_lookups", ["at"])


def downgrade() -> None:
    op.drop_index("ix_operator_lookups_at", table_name="operator_lookups")
    op.drop_table("operator_lookups")
    op.drop_index("ix_complaints_reporter_phone", table_name="complaints")
    op.drop_index("ix_complaints_reporter_nik", table_name="complaints")
    op.drop_index("ix_complaints_receipt_number", table_name="complaints")
