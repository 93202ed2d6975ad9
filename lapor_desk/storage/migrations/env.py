"""Alembic environment for the desk database; run from Database.migrate()."""

from __future__ import annotations

from typing import Any

from alembic import context
from alembic.operations.batch import ApplyBatchImpl

from lapor_desk.storage.models import Base


def _constraints_in_a_fixed_order() -> None:
    """SQLite rebuilds a table in a batch; alembic copies its constraints in the order of a set.

    That order follows memory addresses, so two desks migrated from nothing could store the
    same table with its constraints in different orders (tests/core/test_desk_template.py
    caught it). The copies are taken in name order instead: the same text on every desk.
    """
    grab = ApplyBatchImpl._grab_table_elements
    if getattr(grab, "fixed_order", False):
        return

    def _grab(self: Any) -> None:
        grab(self)
        self.named_constraints = dict(sorted(self.named_constraints.items()))
        self.unnamed_constraints.sort(key=lambda c: (type(c).__name__, [col.name for col in c.columns]))

    _grab.fixed_order = True  # type: ignore[attr-defined]
    ApplyBatchImpl._grab_table_elements = _grab  # type: ignore[method-assign]


_constraints_in_a_fixed_order()

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
