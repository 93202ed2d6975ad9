"""Statements run for many rows at a time, built once and compiled once per dialect.

`conn.execute(statement, rows)` builds each row's parameters through SQLAlchemy's generic
machinery (construct_params: a dict per row, every bind's type processing looked up anew)
after building, cache-keying and looking up the statement itself: about 10 us a row, half of
the sync push's CPU per batch answer (the desk's engine thread). A `Many` is declared at module
level with bindparams; its statement is compiled once per dialect, its rows are tuples handed
to the driver as they are (`pick`ed into the statement's order), and the values every row
shares are put through their type's bind processing once per call. Same SQL, same values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.sql.expression import UpdateBase


@dataclass(frozen=True)
class _Plan:
    sql: str
    positional: bool
    names: tuple[str, ...]  # the row keys, then the shared keys, in the order a row is extended
    pick: Callable[[tuple[Any, ...]], tuple[Any, ...]]  # positional: the statement's order
    processors: dict[str, Callable[[Any], Any]]
    fixed: dict[str, Any]  # the shared binds' own values (a literal in the statement), processed
    required: frozenset[str]  # shared binds without a value of their own: each call names them


class Many:
    """A statement (built once, with a bindparam for each value) run for many rows: `keys` are
    the binds each row gives, in order, as the driver takes them (ints, strings, None; a row
    value of another type, a JSON or a datetime, goes through `processed` first); every other
    bind is shared by the rows of one call: given by name to `run`, or the statement's own value
    (a literal), and processed here, once."""

    def __init__(self, statement: UpdateBase, keys: Sequence[str]) -> None:
        self.statement = statement
        self.keys = tuple(keys)
        self._plans: dict[str, _Plan] = {}

    def run(self, conn: Connection, rows: Iterable[tuple[Any, ...]], **shared: Any) -> None:
        batch = list(rows)
        if not batch:
            return
        plan = self._plan(conn.dialect)
        if not plan.required <= shared.keys() <= plan.fixed.keys():
            raise TypeError(f"shared values {sorted(shared)}: the statement's are {sorted(plan.fixed)}")
        extra = tuple(
            plan.fixed[name] if name not in shared else plan.processors.get(name, _same)(shared[name])
            for name in plan.names[len(self.keys) :]
        )
        if plan.positional:
            params: list[Any] = [plan.pick(row + extra) for row in batch]
        else:
            params = [dict(zip(plan.names, row + extra, strict=True)) for row in batch]
        conn.exec_driver_sql(plan.sql, params)

    def processed(self, conn: Connection, key: str) -> Callable[[Any], Any]:
        """The bind processing of a row key whose values are not yet as the driver takes them."""
        return self._plan(conn.dialect).processors.get(key, _same)

    def _plan(self, dialect: Dialect) -> _Plan:
        plan = self._plans.get(dialect.name)
        if plan is None:
            plan = self._plans[dialect.name] = self._compile(dialect)
        return plan

    def _compile(self, dialect: Dialect) -> _Plan:
        compiled: Any = self.statement.compile(dialect=dialect)
        if (
            compiled.post_compile_params
            or compiled.literal_execute_params
            or compiled.insert_prefetch  # Python-side defaults: SQLAlchemy would fill them per row
            or compiled.update_prefetch
        ):
            raise TypeError("a Many statement needs every value bound: no expanding IN, no Python defaults")
        if compiled.escaped_bind_names or not set(self.keys) <= set(compiled.binds):
            raise TypeError(f"bind names {sorted(compiled.binds)} for row keys {self.keys}")
        binds = compiled.binds
        names = self.keys + tuple(sorted(set(binds) - set(self.keys)))
        processors: dict[str, Callable[[Any], Any]] = {}
        for name in names:
            process = binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                processors[name] = process
        fixed = {name: processors.get(name, _same)(binds[name].effective_value) for name in names[len(self.keys) :]}
        order = [names.index(name) for name in compiled.positiontup or ()]
        pick: Callable[[tuple[Any, ...]], tuple[Any, ...]] = _same
        if compiled.positional and order != list(range(len(names))):
            getter = itemgetter(*order)
            pick = getter if len(order) > 1 else lambda row: (getter(row),)
        required = frozenset(name for name in fixed if binds[name].required)
        return _Plan(compiled.string, bool(compiled.positional), names, pick, processors, fixed, required)


def _same(value: Any) -> Any:
    return value
