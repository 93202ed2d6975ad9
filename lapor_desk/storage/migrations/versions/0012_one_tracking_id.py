"""one tracking ID: the complaint's own column; the sync queue's copy goes

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

The LAPOR! tracking ID was stored twice: `complaints.tracking_id` (text, set from the
first batch answer only) and `sync_items.tracking_id` (integer, set from every answer,
refusal and update), and the two could disagree. It now lives in `complaints.tracking_id`
only, written by the repository. The sync queue's copy is the newer one where both exist,
so it is copied over before the column is dropped. The kept column stays text of digits
(changing its type would rebuild the complaints table and its search index on SQLite).
"""

import warnings

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE complaints SET tracking_id = ("
        "SELECT CAST(s.tracking_id AS VARCHAR(20)) FROM sync_items s WHERE s.complaint_id = complaints.id"
        ") WHERE id IN (SELECT complaint_id FROM sync_items WHERE tracking_id IS NOT NULL)"
    )
    op.drop_index("ix_sync_items_tracking_id", table_name="sync_items")
    # SQLite rebuilds the table; reflecting it also meets the complaints table's expression
    # index (0010), which SQLAlchemy cannot reflect and says so on stderr: not ours to show.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Skipped unsupported reflection", category=sa.exc.SAWarning)
        with op.batch_alter_table("sync_items") as batch:
            batch.drop_column("tracking_id")


def downgrade() -> None:
    with op.batch_alter_table("sync_items") as batch:
        batch.add_column(sa.Column("tracking_id", sa.Integer(), nullable=True))
    op.create_index("ix_sync_items_tracking_id", "sync_items", ["tracking_id"])
    op.execute(
        "UPDATE sync_items SET tracking_id = ("
        "SELECT CAST(c.tracking_id AS INTEGER) FROM complaints c WHERE c.id = sync_items.complaint_id"
        ") WHERE complaint_id IN (SELECT id FROM complaints WHERE tracking_id IS NOT NULL)"
    )
