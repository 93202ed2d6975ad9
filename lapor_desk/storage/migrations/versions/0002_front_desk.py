"""front desk: attachments, duplicates, replies, reference data

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Laid down ahead of the work so that the revision chain stays linear while several
changes are built at once; filled in by issue 5 (front-desk essentials).
"""

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
