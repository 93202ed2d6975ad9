"""sync: which central (database identity) confirmed each tracking ID

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_items") as batch:
        batch.add_column(sa.Column("confirmed_by", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_items") as batch:
        batch.drop_column("confirmed_by")
