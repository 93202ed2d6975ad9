"""front desk: attachments, duplicate links, tracking IDs, lookups by NIK and phone

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Columns are added with ALTER TABLE (no table copy), so the FTS triggers stay in
place and a desk with a million complaints upgrades in seconds.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE complaints ADD COLUMN duplicate_of_id INTEGER REFERENCES complaints (id) ON DELETE SET NULL"
        )
    else:
        op.add_column("complaints", sa.Column("duplicate_of_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_complaints_duplicate_of_id_complaints",
            "complaints",
            "complaints",
            ["duplicate_of_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.add_column("complaints", sa.Column("tracking_id", sa.String(length=20), nullable=True))
    op.create_index("ix_complaints_tracking_id", "complaints", ["tracking_id"])
    op.create_index("ix_complaints_reporter_nik", "complaints", ["reporter_nik", "received_at"])
    op.create_index("ix_complaints_reporter_phone", "complaints", ["reporter_phone", "received_at"])
    op.create_table(
        "complaint_attachments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            ondelete="CASCADE",
            name="fk_complaint_attachments_complaint_id_complaints",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_complaint_attachments"),
        sa.UniqueConstraint("complaint_id", "sha256", name="uq_complaint_attachments_complaint_id"),
    )
    op.create_index("ix_complaint_attachments_complaint_id", "complaint_attachments", ["complaint_id"])


def downgrade() -> None:
    op.drop_index("ix_complaint_attachments_complaint_id", table_name="complaint_attachments")
    op.drop_table("complaint_attachments")
    op.drop_index("ix_complaints_reporter_phone", table_name="complaints")
    op.drop_index("ix_complaints_reporter_nik", table_name="complaints")
    op.drop_index("ix_complaints_tracking_id", table_name="complaints")
    with op.batch_alter_table("complaints") as batch:
        batch.drop_column("tracking_id")
        batch.drop_column("duplicate_of_id")
