"""paper receipt blocks can be voided; a draft keeps the paper number typed with it

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02

A supervisor voids a block whose sheet was lost (who, when, why): its unused numbers are
refused from then on. A draft saved with a paper receipt number typed (the clerk signed out,
or saved to finish later) keeps that text in `draft_paper_receipts` until it is recorded.
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("paper_receipt_blocks", sa.Column("voided_at", sa.DateTime(), nullable=True))
    op.add_column("paper_receipt_blocks", sa.Column("voided_by", sa.String(length=64), nullable=True))
    op.add_column("paper_receipt_blocks", sa.Column("void_reason", sa.String(length=200), nullable=True))
    op.create_table(
        "draft_paper_receipts",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=48), nullable=False),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("complaint_id"),
    )


def downgrade() -> None:
    op.drop_table("draft_paper_receipts")
    with op.batch_alter_table("paper_receipt_blocks") as batch:
        batch.drop_column("void_reason")
        batch.drop_column("voided_by")
        batch.drop_column("voided_at")
