"""Cells that spreadsheets show as text: no formula ever runs from an exported complaint.

Excel and LibreOffice treat a CSV cell starting with = + - @ (or a tab or carriage return
before one) as a formula. Such a cell is written with a leading apostrophe, which both show
as text; import takes the apostrophe off again, so export -> import gives back the same text.
"""

from __future__ import annotations

from typing import Any

_FORMULA_START = frozenset("=+-@\t\r")
_ESCAPED_START = _FORMULA_START | {"'"}


def csv_safe(value: Any) -> Any:
    if (
        isinstance(value, str)
        and value
        and (value[0] in _FORMULA_START or (value[0] == "'" and value[1:2] in _ESCAPED_START))
    ):
        return "'" + value
    return value


def csv_unescaped(value: str) -> str:
    if value[:1] == "'" and value[1:2] and value[1] in _ESCAPED_START:
        return value[1:]
    return value


def xlsx_text_cell(sheet: Any, value: Any) -> Any:
    """A write-only cell that holds `value`; text stays text even when it starts with '='."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell
