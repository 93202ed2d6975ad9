"""The central's bad days: tracking and event IDs that survive a restore, one PC per desk
token, receipt numbers unique per desk, a desk's own clock kept beside the corrected time.

Revision ID: 0005
Revises: 0004
"""

import logging

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("desks") as batch:
        batch.add_column(sa.Column("installation_id", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("bound_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("complaints") as batch:
        batch.add_column(sa.Column("received_at_desk_clock", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("recorded_at_desk_clock", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("desk_clock_offset_s", sa.Double(), nullable=True))
    # A receipt number names one complaint of a desk. A central that already holds
    # duplicates (two PCs on one token before this check existed) keeps a plain index and
    # says so: the operator sorts them out (`complaints list --desk`), the intake check
    # refuses new ones either way.
    dupes = bind.execute(
        sa.text(
            "SELECT count(*) FROM (SELECT desk_id, receipt_number FROM complaints "
            "GROUP BY desk_id, receipt_number HAVING count(*) > 1) d"
        )
    ).scalar()
    with op.batch_alter_table("complaints") as batch:
        batch.create_index("ix_complaints_desk_receipt", ["desk_id", "receipt_number"], unique=not dupes)
    if dupes:
        log.warning(
            "%d receipt numbers are held by more than one complaint of the same desk; "
            "new duplicates are refused, the existing ones need an operator",
            dupes,
        )
    if bind.dialect.name == "sqlite":
        # Event IDs are the updates cursor: a restored database must not hand out an ID a
        # desk has already read, so the events table gets AUTOINCREMENT (a sequence that
        # central.services.identity can raise), like complaints.
        with op.batch_alter_table("events", recreate="always", table_kwargs={"sqlite_autoincrement": True}) as batch:
            batch.alter_column("id", existing_type=sa.Integer(), autoincrement=True)
        top = bind.execute(sa.text("SELECT coalesce(max(id), 0) FROM events")).scalar() or 0
        bind.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = 'events'"))
        bind.execute(sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES ('events', :top)"), {"top": top})


def downgrade() -> None:
    with op.batch_alter_table("complaints") as batch:
        batch.drop_index("ix_complaints_desk_receipt")
        batch.drop_column("desk_clock_offset_s")
        batch.drop_column("recorded_at_desk_clock")
        batch.drop_column("received_at_desk_clock")
    with op.batch_alter_table("desks") as batch:
        batch.drop_column("bound_at")
        batch.drop_column("installation_id")
