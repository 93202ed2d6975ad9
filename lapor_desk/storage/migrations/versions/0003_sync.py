"""sync: outbox, sync state, attempts, cursor

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Laid down ahead of the work so that the revision chain stays linear while several
changes are built at once; filled in by issue 4 (the sync queue).
"""

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
