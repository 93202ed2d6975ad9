"""One order for the constraints of a table SQLite rebuilds in an alembic batch (desk and central).

Alembic copies a rebuilt table's constraints in the order of a set, which follows memory
addresses: two databases migrated from nothing could store the same table with its
constraints in different orders (the desk's sync_items, tests/core/test_desk_template.py; the
central's events). Imported only by the migration environments, when a migration runs.

This wraps a private method of alembic (ApplyBatchImpl._grab_table_elements), so it checks
first that the method is still there as written for (pyproject bounds alembic to the major
version tested). When alembic changed it, nothing is patched and the migration runs as
alembic does (the constraints keep alembic's order: a difference of text, never of
behaviour), and the change is said loudly: an error in the log and an
AlembicInternalsChanged warning, which the test suite turns into an error
(pyproject's filterwarnings), so CI fails with the reason instead of a silent disorder.
"""

from __future__ import annotations

import inspect
import logging
import warnings
from typing import Any

from alembic.operations.batch import ApplyBatchImpl
from sqlalchemy import ForeignKeyConstraint
from sqlalchemy.schema import Constraint

LOG = logging.getLogger(__name__)
PATCHED = "ApplyBatchImpl._grab_table_elements"


class AlembicInternalsChanged(UserWarning):
    """alembic's private method this module wraps is not what it was written for."""


def internals_problem() -> str | None:
    """What differs from the alembic internals this module was written for; None if nothing."""
    grab = ApplyBatchImpl.__dict__.get("_grab_table_elements")
    if grab is None:
        return f"alembic's {PATCHED} is gone"
    grab = getattr(grab, "original", grab)  # ours, wrapped around alembic's
    if not inspect.isfunction(grab):
        return f"alembic's {PATCHED} is no longer a plain method"
    params = list(inspect.signature(grab).parameters)
    if params != ["self"]:
        return f"alembic's {PATCHED} takes ({', '.join(params)}), expected (self)"
    return None


def _changed(problem: str) -> None:
    LOG.error("%s: the constraints of tables rebuilt by this migration keep alembic's order", problem)
    warnings.warn(problem, AlembicInternalsChanged, stacklevel=3)


def constraints_in_a_fixed_order() -> None:
    """The copies are taken in name order (unnamed ones by kind and columns): the same text everywhere."""
    problem = internals_problem()
    if problem is not None:
        _changed(problem)
        return
    grab = ApplyBatchImpl._grab_table_elements
    if getattr(grab, "fixed_order", False):
        return

    def _grab(self: Any) -> None:
        grab(self)
        named, unnamed = getattr(self, "named_constraints", None), getattr(self, "unnamed_constraints", None)
        if not isinstance(named, dict) or not isinstance(unnamed, list):
            _changed(f"alembic's {PATCHED} no longer leaves named_constraints (dict) and unnamed_constraints (list)")
            return
        self.named_constraints = dict(sorted(named.items()))
        unnamed.sort(key=_unnamed_key)

    _grab.fixed_order = True  # type: ignore[attr-defined]
    _grab.original = grab  # type: ignore[attr-defined]
    ApplyBatchImpl._grab_table_elements = _grab  # type: ignore[method-assign]


def _unnamed_key(constraint: Constraint) -> tuple[str, list[str]]:
    """A reflected foreign key lists its columns through its elements, not `columns`."""
    if isinstance(constraint, ForeignKeyConstraint):
        parts = [f"{fk.parent.name}>{fk.target_fullname}" for fk in constraint.elements]
    else:
        parts = [col.name for col in getattr(constraint, "columns", ())]
    return type(constraint).__name__, parts
