"""The dialect's own INSERT, for ON CONFLICT DO NOTHING on SQLite and PostgreSQL alike."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Double, Float, Table
from sqlalchemy.dialects.postgresql import Insert as PgInsert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import DATE, DATETIME
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from central.models import UTCDateTime


def insert_for(session: Session, model: Any) -> PgInsert | SqliteInsert:
    if session.get_bind().dialect.name == "postgresql":
        return pg_insert(model)
    return sqlite_insert(model)


def sqlite_insert_returning(
    session: Session,
    table: Table,
    columns: tuple[str, ...],
    rows: Sequence[Sequence[Any]],
    conflict: tuple[str, ...],
    returning: tuple[str, ...],
) -> list[Any]:
    """SQLite: INSERT `rows` (sequences of values in `columns` order) as one multi-row
    INSERT ... ON CONFLICT (conflict) DO NOTHING RETURNING (returning), straight to the driver.

    Every value is bound as the column's own bind processor (the one SQLAlchemy's insert
    applies) gives it: either through that processor or through an equivalent shortcut for
    the values a complaint holds (_binder); what this skips is SQLAlchemy's per-execution
    work (compiling the parameter sets, processing every bind by name), about half the
    central's insert time. One statement per row count, built once. The caller keeps the
    rows within SQLite's bound-variable limit (32,766 since 3.32)."""
    if not rows:
        return []
    connection = session.connection()
    binders = _binders(table, columns, connection.dialect)
    params: list[Any] = []
    for row in rows:
        values = list(row)
        for i, bind in binders:
            values[i] = bind(values[i])
        params += values
    sql = _multi_row_insert(table.name, columns, len(rows), conflict, returning)
    return list(connection.exec_driver_sql(sql, tuple(params)))


Binder = Callable[[Any], Any]


def _binders(table: Table, columns: tuple[str, ...], dialect: Dialect) -> list[tuple[int, Binder]]:
    key = (table.name, columns, dialect.name)
    found = _BINDERS.get(key)
    if found is None:
        found = [(i, bind) for i, name in enumerate(columns) if (bind := binder(table.c[name].type, dialect))]
        _BINDERS[key] = found
    return found


_BINDERS: dict[tuple[str, tuple[str, ...], str], list[tuple[int, Binder]]] = {}


def binder(column_type: TypeEngine[Any], dialect: Dialect) -> Binder | None:
    """What SQLAlchemy binds for a value of a column of this type: the type's own bind
    processor, or a shortcut that gives the very same value for the values it takes on and
    hands every other value (None, a naive datetime, an int in a float column...) to that
    processor. None when the type binds values as they are."""
    process = column_type._cached_bind_processor(dialect)  # noqa: SLF001 - the type's own
    if process is None:
        return None
    if dialect.name == "sqlite":
        fast = _sqlite_shortcut(column_type, dialect, process)
        if fast is not None:
            return fast
    if column_type.should_evaluate_none:
        return process  # JSON without none_as_null stores None as the JSON text 'null'

    def bind(value: Any) -> Any:
        # Every other processor SQLAlchemy has gives None back for None.
        return None if value is None else process(value)

    return bind


# SQLite's default text forms of DATETIME and DATE (sqlalchemy.dialects.sqlite.DATETIME/DATE):
# exactly what datetime.isoformat(" ", "microseconds") and date.isoformat() write.
_DATETIME_TEXT = "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
_DATE_TEXT = "%(year)04d-%(month)02d-%(day)02d"


def _sqlite_shortcut(column_type: TypeEngine[Any], dialect: Dialect, process: Binder) -> Binder | None:
    kind = type(column_type)
    if kind is UTCDateTime:
        impl = column_type.dialect_impl(dialect).impl_instance  # type: ignore[attr-defined]
        if isinstance(impl, DATETIME) and impl._storage_format == _DATETIME_TEXT:  # noqa: SLF001
            return _utc_text(process)
    elif kind is Date:
        impl = column_type.dialect_impl(dialect)
        if isinstance(impl, DATE) and impl._storage_format == _DATE_TEXT:  # noqa: SLF001
            return functools.partial(_date_text, process)
    elif kind is Boolean and not dialect.supports_native_boolean:
        return functools.partial(_boolean, process)
    elif kind is JSON:
        return _json_text(process)
    elif kind in (Double, Float) and not column_type.asdecimal:  # type: ignore[attr-defined]
        return functools.partial(_float, process)
    return None


def _utc_text(process: Binder) -> Binder:
    """UTCDateTime on SQLite: an aware datetime on UTC, written as DATETIME's text."""

    def bind(value: Any) -> Any:
        # One datetime often fills several columns (a stamp the central did not correct is
        # kept as stamped too; a batch's created_at...): its text is kept beside it, keyed by
        # the object's id, which no other object can take while the entry keeps it alive.
        known = _UTC_TEXTS.get(id(value))
        if known is not None:
            return known[1]
        if type(value) is datetime and value.tzinfo is not None:
            # UTCDateTime.process_bind_param's steps, then DATETIME's text: an aware UTC
            # datetime's ISO form is that text (its year has four digits) and "+00:00".
            text = value.astimezone(UTC).isoformat(" ", "microseconds")[:26]
            if len(_UTC_TEXTS) >= _UTC_TEXTS_KEPT:
                _UTC_TEXTS.clear()
            _UTC_TEXTS[id(value)] = (value, text)
            return text
        return process(value)  # None; a naive datetime, which it refuses; anything odd

    return bind


# Shared by threads: an entry is one tuple, written and read whole.
_UTC_TEXTS: dict[int, tuple[datetime, str]] = {}
_UTC_TEXTS_KEPT = 4096


def _json_text(process: Binder) -> Binder:
    empty = process([])

    def bind(value: Any) -> Any:
        return empty if type(value) is list and not value else process(value)

    return bind


def _date_text(process: Binder, value: Any) -> Any:
    return value.isoformat() if type(value) is date else process(value)


def _boolean(process: Binder, value: Any) -> Any:
    # Boolean on SQLite binds int(value) (no native booleans); the processor refuses non-bools.
    if value is True:
        return 1
    if value is False:
        return 0
    return process(value)


def _float(process: Binder, value: Any) -> Any:
    return value if type(value) is float else process(value)  # float(x) is x for a float


@functools.cache
def _multi_row_insert(
    table: str, columns: tuple[str, ...], count: int, conflict: tuple[str, ...], returning: tuple[str, ...]
) -> str:
    row = "(" + ", ".join("?" * len(columns)) + ")"
    names = ", ".join(f'"{c}"' for c in columns)
    return (
        f'INSERT INTO "{table}" ({names}) '  # noqa: S608 - the model's names
        f"VALUES {', '.join([row] * count)} "
        f"ON CONFLICT ({', '.join(conflict)}) DO NOTHING RETURNING {', '.join(returning)}"
    )
