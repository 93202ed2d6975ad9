"""supervision: accounts, audit trail, calendar, deadlines

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

Laid down ahead of the work so that the revision chain stays linear while several
changes are built at once; filled in by issue 6 (supervision).
"""

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
