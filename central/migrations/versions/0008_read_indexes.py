"""Indexes for reads at national scale: the admin list filtered by desk or status in
tracking-ID order, a receipt number as read out (upper case), a phone number without its
separators, and (PostgreSQL with pg_trgm) words anywhere in the title or body.
`/updates` already reads `ix_events_desk_cursor` (desk_id, id). tests/central/test_central_reads_plan.py
proves each with EXPLAIN.

Revision ID: 0008
Revises: 0007
"""

import logging

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

# The expression central.services.search builds for a phone number without separators.
PHONE_DIGITS = (
    "replace(replace(replace(replace(replace(reporter_phone, '-', ''), ' ', ''), '.', ''), '(', ''), ')', '')"
)


def upgrade() -> None:
    bind = op.get_bind()
    op.create_index("ix_complaints_desk_tracking", "complaints", ["desk_id", "tracking_id"])
    op.create_index("ix_complaints_status_tracking", "complaints", ["status", "tracking_id"])
    op.drop_index("ix_complaints_status", table_name="complaints")  # a prefix of the one above
    op.create_index("ix_complaints_receipt_upper", "complaints", [sa.text("upper(receipt_number)")])
    op.create_index("ix_complaints_phone_digits", "complaints", [sa.text(PHONE_DIGITS)])
    if bind.dialect.name != "postgresql":
        return
    available = bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar()
    if not available:
        log.warning("pg_trgm is not installed: word searches in titles and bodies read the whole table")
        return
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as exc:  # not allowed for this role: the operator may add it later
        log.warning("pg_trgm could not be created (%s): word searches read the whole table", exc.orig)
        return
    for column in ("title", "body"):
        bind.execute(
            sa.text(f"CREATE INDEX ix_complaints_{column}_trgm ON complaints USING gin (lower({column}) gin_trgm_ops)")
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for column in ("title", "body"):
            bind.execute(sa.text(f"DROP INDEX IF EXISTS ix_complaints_{column}_trgm"))
    op.drop_index("ix_complaints_phone_digits", table_name="complaints")
    op.drop_index("ix_complaints_receipt_upper", table_name="complaints")
    op.create_index("ix_complaints_status", "complaints", ["status"])
    op.drop_index("ix_complaints_status_tracking", table_name="complaints")
    op.drop_index("ix_complaints_desk_tracking", table_name="complaints")
