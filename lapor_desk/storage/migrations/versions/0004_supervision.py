"""supervision: accounts, audit trail, calendar, deadlines

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

Laid down ahead of the work so that the revision chain stays linear while several
changes are built at once; filled in by issue 6 (supervision).
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

DASHBOARD_COLUMNS = [
    "received_at",
    "status",
    "type",
    "channel",
    "category_id",
    "district_code",
    "village_code",
    "sex",
    "age_band",
    "disability",
    "disability_types",
    "with_companion",
]


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("nip", sa.String(18), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("is_trainee", sa.Boolean(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("locked_at", sa.DateTime(), nullable=True),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
        sa.UniqueConstraint("username", name="uq_accounts_username"),
    )
    op.create_table(
        "audit_entries",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("target", sa.String(64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_entries"),
    )
    op.create_index("ix_audit_entries_action_seq", "audit_entries", ["action", "seq"])
    op.create_index("ix_audit_entries_actor_seq", "audit_entries", ["actor", "seq"])
    op.create_index("ix_audit_entries_target_seq", "audit_entries", ["target", "seq"])
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_head"),
    )
    op.create_table(
        "calendar_closures",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("note", sa.String(200), nullable=False),
        sa.Column("added_by", sa.String(64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("day", name="pk_calendar_closures"),
    )
    op.create_table(
        "complaint_approvals",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("requested_by", sa.String(64), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.String(64), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            ondelete="CASCADE",
            name="fk_complaint_approvals_complaint_id_complaints",
        ),
        sa.PrimaryKeyConstraint("complaint_id", name="pk_complaint_approvals"),
    )
    op.create_index("ix_complaint_approvals_state", "complaint_approvals", ["state", "complaint_id"])
    # Dashboard figures: one covering range scan per period; first follow-ups by event kind.
    op.create_index("ix_complaints_received_dims", "complaints", DASHBOARD_COLUMNS)
    op.create_index("ix_complaint_events_kind_complaint", "complaint_events", ["kind", "complaint_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_complaint_events_kind_complaint", table_name="complaint_events")
    op.drop_index("ix_complaints_received_dims", table_name="complaints")
    op.drop_index("ix_complaint_approvals_state", table_name="complaint_approvals")
    op.drop_table("complaint_approvals")
    op.drop_table("calendar_closures")
    op.drop_table("audit_head")
    op.drop_index("ix_audit_entries_target_seq", table_name="audit_entries")
    op.drop_index("ix_audit_entries_actor_seq", table_name="audit_entries")
    op.drop_index("ix_audit_entries_action_seq", table_name="audit_entries")
    op.drop_table("audit_entries")
    op.drop_table("accounts")
