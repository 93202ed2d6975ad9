"""The admin list by desk answered from the index alone, and a date-filtered list by index.

On PostgreSQL the desk index carries the columns of a list row (INCLUDE), so a page of one
desk's complaints is an index-only scan: a few adjacent index pages instead of one heap page
per row (a desk's complaints are spread over the whole table, since every desk's batches
interleave; at 1,000,000 complaints that was 51 cold heap reads and a p95 of 103 ms).
SQLite has no INCLUDE; there the index stays (desk_id, tracking_id).
(received_at, tracking_id) gets an index: a date filter read every complaint before, and the
list since a date picks its page's tracking IDs from this index alone
(central.services.complaints._from_received_at).
tests/central/test_central_reads_plan.py proves both with EXPLAIN; the list's columns are
central.services.complaints.LIST_COLUMNS (kept equal by that test).

Not CONCURRENTLY (Alembic runs in a transaction): at 1,000,000 complaints this migration took
23 s on the loaded 2-core machine, during which writes to complaints wait. An operator of a
larger central may build the two indexes beforehand with CREATE INDEX CONCURRENTLY (same names
and definitions): they are kept when valid and as defined here, and the old index dropped only
if there. On PostgreSQL an index under either name that is INVALID (left by a CREATE INDEX
CONCURRENTLY that failed or was cancelled) or defined otherwise is dropped and built again
here, with a warning: kept, the lists would fall back to the slow plans silently.

Revision ID: 0009
Revises: 0008
"""

import logging

from alembic import op
from sqlalchemy import text

log = logging.getLogger("alembic.runtime.migration")

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

LIST_COLUMNS = [
    "client_id",
    "receipt_number",
    "revision",
    "status",
    "type",
    "channel",
    "title",
    "category_id",
    "regency_code",
    "forwarded_agency",
    "received_at",
    "updated_at",
]


# Each index after "USING" as pg_get_indexdef shows it.
_PG_DEFINITIONS = {
    "ix_complaints_desk_list": "btree (desk_id, tracking_id) INCLUDE (" + ", ".join(LIST_COLUMNS) + ")",
    "ix_complaints_received_at": "btree (received_at, tracking_id)",
}


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in _PG_DEFINITIONS:
            _drop_if_unfit(name)
    op.create_index(
        "ix_complaints_desk_list",
        "complaints",
        ["desk_id", "tracking_id"],
        postgresql_include=LIST_COLUMNS,
        if_not_exists=True,
    )
    # the key of the one above
    op.drop_index("ix_complaints_desk_tracking", table_name="complaints", if_exists=True)
    op.create_index("ix_complaints_received_at", "complaints", ["received_at", "tracking_id"], if_not_exists=True)


def _drop_if_unfit(name: str) -> None:
    """An index already under `name` (built beforehand) is kept only if valid and defined as here."""
    row = (
        op.get_bind()
        .execute(
            text(
                "SELECT i.indisvalid, pg_get_indexdef(i.indexrelid), t.relname FROM pg_index i"
                " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid"
                " WHERE c.oid = to_regclass(:name)"
            ),
            {"name": name},
        )
        .one_or_none()
    )
    if row is None:
        return
    valid, definition, table = bool(row[0]), str(row[1]), str(row[2])
    if valid and table == "complaints" and definition.partition(" USING ")[2] == _PG_DEFINITIONS[name]:
        return
    log.warning("index %s is %s; building it again: %s", name, "defined otherwise" if valid else "INVALID", definition)
    op.execute(f'DROP INDEX "{name}"')


def downgrade() -> None:
    op.drop_index("ix_complaints_received_at", table_name="complaints")
    op.create_index("ix_complaints_desk_tracking", "complaints", ["desk_id", "tracking_id"])
    op.drop_index("ix_complaints_desk_list", table_name="complaints")
