"""Bound values an executemany shares across its rows, processed once."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Connection, literal
from sqlalchemy.types import UserDefinedType


class _Processed(UserDefinedType[Any]):
    """A value already put through its column type's bind processing: handed to the driver as it is
    (no cast rendered: PostgreSQL takes it as the column's type)."""

    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:  # never in DDL; bound values only
        return "NULL"


def shared_value(conn: Connection, column: ColumnElement[Any], value: Any) -> BindParameter[Any]:
    """A value every row of an executemany shares, put through its column type's bind processing
    here, once: SQLAlchemy processes each row's values anew, and for a datetime or a JSON
    value that is several microseconds a row (the push's profile)."""
    process = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return literal(process(value) if process is not None else value, _Processed())
