"""sync: replies and ratings acknowledged by the central

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_replies_sent",
        sa.Column("reply_id", sa.String(length=36), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaints.id"], ondelete="CASCADE", name="fk_sync_replies_sent_complaint_id_complaints"
        ),
        sa.PrimaryKeyConstraint("reply_id", name="pk_sync_replies_sent"),
    )
    op.create_index("ix_sync_replies_sent_complaint_id", "sync_replies_sent", ["complaint_id"])


def downgrade() -> None:
    op.drop_index("ix_sync_replies_sent_complaint_id", table_name="sync_replies_sent")
    op.drop_table("sync_replies_sent")
