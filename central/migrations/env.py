"""Alembic environment of the central server; run from CentralDatabase.migrate()."""

from __future__ import annotations

from alembic import context

from central.models import Base
from lapor_desk.storage.batch_order import constraints_in_a_fixed_order

constraints_in_a_fixed_order()  # SQLite's rebuilt tables: one constraint order on every central

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("central migrations run through central.db.CentralDatabase.migrate()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    version_table="central_alembic_version",
)
with context.begin_transaction():
    context.run_migrations()
