"""office counters: room for a counter code in the desk code and the receipt number

A counter of an office (desk.counter) files its complaints under "<desk code>-<counter>", so
the desk code may be up to 25 characters and a receipt number up to 40 plus a long serial.
SQLite does not enforce a VARCHAR's length, so only PostgreSQL's columns change.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

WIDER = (
    ("complaints", "desk_code", 20, 32),
    ("complaints", "receipt_number", 40, 48),
    ("receipt_counters", "desk_code", 20, 32),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, old, new in WIDER:
        op.alter_column(table, column, type_=sa.String(length=new), existing_type=sa.String(length=old))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, old, new in WIDER:
        op.alter_column(table, column, type_=sa.String(length=old), existing_type=sa.String(length=new))
