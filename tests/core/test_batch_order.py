"""lapor_desk.storage.batch_order wraps a private method of alembic: it checks that the method
is the one it was written for, and a changed alembic is said loudly (an error in the log, a
warning the suite turns into an error) while the migration runs as alembic does, unpatched."""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

import pytest
from alembic.operations.batch import ApplyBatchImpl

from lapor_desk.storage import batch_order
from lapor_desk.storage.batch_order import AlembicInternalsChanged, constraints_in_a_fixed_order, internals_problem


def test_the_installed_alembic_is_the_one_the_patch_was_written_for() -> None:
    assert internals_problem() is None
    constraints_in_a_fixed_order()
    patched = ApplyBatchImpl._grab_table_elements
    assert getattr(patched, "fixed_order", False)
    constraints_in_a_fixed_order()  # once only: not wrapped twice
    assert ApplyBatchImpl._grab_table_elements is patched
    assert internals_problem() is None  # the check sees alembic's own method behind ours


def test_a_changed_signature_is_refused_loudly_and_nothing_is_patched(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def changed(self: Any, table: Any) -> None:  # stands for a later alembic's method
        raise AssertionError("never called here")

    monkeypatch.setattr(ApplyBatchImpl, "_grab_table_elements", changed)
    assert internals_problem() == "alembic's ApplyBatchImpl._grab_table_elements takes (self, table), expected (self)"
    with caplog.at_level(logging.ERROR, logger=batch_order.__name__), pytest.warns(AlembicInternalsChanged):
        constraints_in_a_fixed_order()
    assert ApplyBatchImpl._grab_table_elements is changed  # left as alembic has it
    assert "keep alembic's order" in caplog.text
    # The suite's setting (pyproject's filterwarnings): outside pytest.warns it is an error.
    with pytest.raises(AlembicInternalsChanged, match=r"takes \(self, table\)"):
        constraints_in_a_fixed_order()


def test_a_method_that_is_gone_is_refused_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(ApplyBatchImpl, "_grab_table_elements")
    assert internals_problem() == "alembic's ApplyBatchImpl._grab_table_elements is gone"
    with pytest.raises(AlembicInternalsChanged, match="is gone"):
        constraints_in_a_fixed_order()


def test_attributes_it_no_longer_leaves_are_said_at_the_migration_and_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def leaves_other_names(self: Any) -> None:  # same signature, other attributes
        self.constraints = {"b": 2, "a": 1}

    monkeypatch.setattr(ApplyBatchImpl, "_grab_table_elements", leaves_other_names)
    constraints_in_a_fixed_order()
    batch = SimpleNamespace()
    with pytest.warns(AlembicInternalsChanged, match="named_constraints"):
        ApplyBatchImpl._grab_table_elements(batch)  # type: ignore[arg-type]
    assert batch.constraints == {"b": 2, "a": 1}  # untouched


def test_the_order_is_by_name_and_by_kind_and_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import CheckConstraint, Column, Integer, MetaData, Table, UniqueConstraint

    table = Table("t", MetaData(), Column("a", Integer), Column("b", Integer))
    unique_b, unique_a = UniqueConstraint(table.c.b), UniqueConstraint(table.c.a)

    def alembic_order(self: Any) -> None:
        self.named_constraints = {"zeta": CheckConstraint("a > 0"), "alpha": CheckConstraint("b > 0")}
        self.unnamed_constraints = [unique_b, unique_a]

    monkeypatch.setattr(ApplyBatchImpl, "_grab_table_elements", alembic_order)
    constraints_in_a_fixed_order()
    batch = SimpleNamespace()
    ApplyBatchImpl._grab_table_elements(batch)  # type: ignore[arg-type]
    assert list(batch.named_constraints) == ["alpha", "zeta"]
    assert batch.unnamed_constraints == [unique_a, unique_b]
