"""Plain read-only tables for the supervision screens: whole-row selection, one line a row,
column widths in characters so that they grow with the font (up to 200%)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class _FontWatcher(QObject):
    def __init__(self, table: QTableView, widths: dict[int, int]) -> None:
        super().__init__(table)
        self.table = table
        self.widths = widths

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.FontChange:
            size_columns(self.table, self.widths)
        return False


def size_columns(table: QTableView, widths: dict[int, int]) -> None:
    em = table.fontMetrics().horizontalAdvance("n")
    for column, chars in widths.items():
        table.setColumnWidth(column, em * chars)
    table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.5))


def read_only_table(widths: dict[int, int], stretch: int, parent: QWidget | None = None) -> QTableView:
    """A table whose `stretch` column takes the room left by the others (given in characters)."""
    table = QTableView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.installEventFilter(_FontWatcher(table, widths))
    table.column_layout = (widths, stretch)  # type: ignore[attr-defined]  # applied once a model is set
    return table


def set_model(table: QTableView, model: object) -> None:
    """Set the model, then the widths and the stretching column (the header forgets them before)."""
    table.setModel(model)  # type: ignore[arg-type]
    widths, stretch = table.column_layout  # type: ignore[attr-defined]
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    size_columns(table, widths)
