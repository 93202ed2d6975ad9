"""sync queue: the oldest waiting complaint through an index

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01

The status bar asks several times a second while a sync runs how old the oldest waiting
complaint is. With only (state, next_attempt_at) indexed, that read every waiting row's
page: 8-40 ms at 10,000 queued. (state, queued_at) answers it from the index's first entry.
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sync_items_state_queued", "sync_items", ["state", "queued_at"])


def downgrade() -> None:
    op.drop_index("ix_sync_items_state_queued", table_name="sync_items")
