"""Alembic environment for the desk database; run from Database.migrate()."""

from __future__ import annotations

from alembic import context

from lapor_desk.storage.batch_order import constraints_in_a_fixed_order
from lapor_desk.storage.models import Base

constraints_in_a_fixed_order()

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("desk migrations run through lapor_desk.storage.database.Database.migrate()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
