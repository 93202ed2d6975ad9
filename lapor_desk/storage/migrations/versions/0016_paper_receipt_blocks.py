"""paper receipt blocks: numbers reserved for when the office server is down

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02

A supervisor reserves a block of paper receipt numbers (KAB-BDG-07-K-0001-7) while the
database is up; a counter that cannot reach the office server hands one out on paper, and
the complaint is entered later with it. Each number is a row, so using one is a single
conditional update and no number is used twice.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "paper_receipt_blocks",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("desk_code", sa.String(length=32), nullable=False),
        sa.Column("first_serial", sa.Integer(), nullable=False),
        sa.Column("last_serial", sa.Integer(), nullable=False),
        sa.Column("reserved_at", sa.DateTime(), nullable=False),
        sa.Column("valid_until", sa.DateTime(), nullable=False),
        sa.Column("reserved_by", sa.String(length=64), nullable=False),
    )
    op.create_table(
        "paper_receipt_numbers",
        sa.Column("number", sa.String(length=48), primary_key=True),
        sa.Column(
            "block_id", sa.Integer(), sa.ForeignKey("paper_receipt_blocks.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("used_by", sa.String(length=64), nullable=True),
        sa.Column("complaint_id", sa.Integer(), sa.ForeignKey("complaints.id", ondelete="SET NULL"), nullable=True),
    )
    op.create_index("ix_paper_receipt_numbers_block_id", "paper_receipt_numbers", ["block_id"])


def downgrade() -> None:
    op.drop_index("ix_paper_receipt_numbers_block_id", table_name="paper_receipt_numbers")
    op.drop_table("paper_receipt_numbers")
    op.drop_table("paper_receipt_blocks")
