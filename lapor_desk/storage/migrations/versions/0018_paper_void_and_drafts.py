"""paper receipt blocks can be voided; a draft keeps the paper number typed with it

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02

A supervisor voids a block whose sheet was lost (who, when, why): its unused numbers are
refused from then on. A draft saved with a paper receipt number typed (the clerk signed out,
or saved to finish later) keeps that text in `draft_paper_receipts` until it is recorded.
"""

import sqlite3

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


VOID_COLUMNS = ("voided_at", "voided_by", "void_reason")


def upgrade() -> None:
    # An old SQLite's downgrade left them in place (see downgrade): add only what is missing.
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("paper_receipt_blocks")}
    for column in (
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by", sa.String(length=64), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=True),
    ):
        if column.name not in present:
            op.add_column("paper_receipt_blocks", column)
    op.create_table(
        "draft_paper_receipts",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=48), nullable=False),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("complaint_id"),
    )


def downgrade() -> None:
    op.drop_table("draft_paper_receipts")
    # Never rebuild paper_receipt_blocks on SQLite: with foreign keys on, the rebuild's DROP
    # TABLE cascades to paper_receipt_numbers and deletes every number. SQLite 3.35+ drops a
    # column in place; an older one keeps the three nullable columns (harmless to 0017).
    if op.get_bind().dialect.name == "sqlite" and sqlite3.sqlite_version_info < (3, 35):
        return
    with op.batch_alter_table("paper_receipt_blocks", recreate="never") as batch:
        for name in reversed(VOID_COLUMNS):
            batch.drop_column(name)
