"""One order for the constraints of a table SQLite rebuilds in an alembic batch (desk and central).

Alembic copies a rebuilt table's constraints in the order of a set, which follows memory
addresses: two databases migrated from nothing could store the same table with its
constraints in different orders (the desk's sync_items, tests/core/test_desk_template.py; the
central's events). Imported only by the migration environments, when a migration runs.
"""

from __future__ import annotations

from typing import Any

from alembic.operations.batch import ApplyBatchImpl
from sqlalchemy import ForeignKeyConstraint
from sqlalchemy.schema import Constraint


def constraints_in_a_fixed_order() -> None:
    """The copies are taken in name order (unnamed ones by kind and columns): the same text everywhere."""
    grab = ApplyBatchImpl._grab_table_elements
    if getattr(grab, "fixed_order", False):
        return

    def _grab(self: Any) -> None:
        grab(self)
        self.named_constraints = dict(sorted(self.named_constraints.items()))
        self.unnamed_constraints.sort(key=_unnamed_key)

    _grab.fixed_order = True  # type: ignore[attr-defined]
    ApplyBatchImpl._grab_table_elements = _grab  # type: ignore[method-assign]


def _unnamed_key(constraint: Constraint) -> tuple[str, list[str]]:
    """A reflected foreign key lists its columns through its elements, not `columns`."""
    if isinstance(constraint, ForeignKeyConstraint):
        parts = [f"{fk.parent.name}>{fk.target_fullname}" for fk in constraint.elements]
    else:
        parts = [col.name for col in getattr(constraint, "columns", ())]
    return type(constraint).__name__, parts
