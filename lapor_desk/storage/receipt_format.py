"""The receipt number's one rule, `<desk>-<day>-<serial>`: the serial zero-padded to
SERIAL_DIGITS, a longer serial keeping all its digits. Python (format_receipt_number) and
PostgreSQL (receipt_number_sql, the intake save's one-statement insert) both read it from here,
so a change applies to every door at once."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, case, func
from sqlalchemy.sql.elements import ColumnElement

SERIAL_DIGITS = 4


def receipt_prefix(desk_code: str, day: str) -> str:
    return f"{desk_code}-{day}-"


def format_receipt_number(desk_code: str, day: str, serial: int) -> str:
    return receipt_prefix(desk_code, day) + str(serial).zfill(SERIAL_DIGITS)


def receipt_number_sql(prefix: ColumnElement[str], serial: ColumnElement[Any]) -> ColumnElement[str]:
    """format_receipt_number as an SQL expression over an integer serial column, after
    `prefix` (receipt_prefix's text, e.g. a bound parameter given it)."""
    digits = func.cast(serial, String)
    padded = case((serial < 10**SERIAL_DIGITS, func.lpad(digits, SERIAL_DIGITS, "0")), else_=digits)
    return prefix + padded
