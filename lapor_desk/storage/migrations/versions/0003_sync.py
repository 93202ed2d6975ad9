"""sync: outbox, sync state, attempts, cursor

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Laid down ahead of the work so that the revision chain stays linear while several
changes are built at once; filled in by issue 4 (the sync queue). Only new tables,
so plain create/drop ops work on SQLite as well (no batch rebuild of `complaints`).
"""

import sqlalchemy as sa
from alembic import op

from lapor_desk.storage.models import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_items",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("payload_hash", sa.String(length=64), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("sent_revision", sa.Integer(), nullable=True),
        sa.Column("synced_revision", sa.Integer(), nullable=True),
        sa.Column("tracking_id", sa.Integer(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=True),
        sa.Column("errors", sa.JSON(), nullable=False),
        sa.Column("queued_at", UTCDateTime(), nullable=False),
        sa.Column("synced_at", UTCDateTime(), nullable=True),
        sa.Column("synced_at_server", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaints.id"], name=op.f("fk_sync_items_complaint_id_complaints"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("complaint_id", name=op.f("pk_sync_items")),
        sa.UniqueConstraint("client_id", name=op.f("uq_sync_items_client_id")),
    )
    op.create_index("ix_sync_items_state_next", "sync_items", ["state", "next_attempt_at"])
    op.create_index(op.f("ix_sync_items_tracking_id"), "sync_items", ["tracking_id"])
    op.create_table(
        "sync_attempts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("server_at", UTCDateTime(), nullable=True),
        sa.Column("request", sa.String(length=200), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("problem_type", sa.String(length=200), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_attempts")),
    )
    op.create_index(op.f("ix_sync_attempts_at"), "sync_attempts", ["at"])
    op.create_table(
        "sync_attempt_items",
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["sync_attempts.id"],
            name=op.f("fk_sync_attempt_items_attempt_id_sync_attempts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_sync_attempt_items_complaint_id_complaints"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attempt_id", "complaint_id", name=op.f("pk_sync_attempt_items")),
    )
    op.create_index(op.f("ix_sync_attempt_items_complaint_id"), "sync_attempt_items", ["complaint_id"])
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_meta")),
    )
    op.create_table(
        "sync_reference",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("etag", sa.String(length=100), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("fetched_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_sync_reference")),
    )


def downgrade() -> None:
    op.drop_table("sync_reference")
    op.drop_table("sync_meta")
    op.drop_index(op.f("ix_sync_attempt_items_complaint_id"), table_name="sync_attempt_items")
    op.drop_table("sync_attempt_items")
    op.drop_index(op.f("ix_sync_attempts_at"), table_name="sync_attempts")
    op.drop_table("sync_attempts")
    op.drop_index(op.f("ix_sync_items_tracking_id"), table_name="sync_items")
    op.drop_index("ix_sync_items_state_next", table_name="sync_items")
    op.drop_table("sync_items")
