"""sync: the central's accepted content and status per complaint, refused replies' reasons

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_items") as batch:
        batch.add_column(sa.Column("accepted_payload", sa.Text(), nullable=True))
        batch.add_column(sa.Column("central_status", sa.String(length=20), nullable=True))
    with op.batch_alter_table("sync_replies_sent") as batch:
        batch.add_column(sa.Column("http_status", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("problem_type", sa.String(length=200), nullable=False, server_default=""))
        batch.add_column(sa.Column("message", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("sync_replies_sent") as batch:
        batch.drop_column("message")
        batch.drop_column("problem_type")
        batch.drop_column("http_status")
    with op.batch_alter_table("sync_items") as batch:
        batch.drop_column("central_status")
        batch.drop_column("accepted_payload")
