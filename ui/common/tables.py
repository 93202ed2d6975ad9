"""Plain read-only tables for the supervision screens: whole-row selection, one line a row,
column widths in characters so that they grow with the font (up to 200%)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class ReadOnlyTable(QTableView):
    """`widths` in characters by column; the `stretch` column takes the room the others leave."""

    def __init__(self, widths: dict[int, int], stretch: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widths = widths
        self.stretch = stretch
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802  Qt override
        super().setModel(model)
        # The header forgets per-column modes when a model arrives: set them after.
        self.horizontalHeader().setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        self.size_columns()

    def size_columns(self) -> None:
        em = self.fontMetrics().horizontalAdvance("n")
        for column, chars in self.widths.items():
            self.setColumnWidth(column, em * chars)
        self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.5))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.FontChange:
            self.size_columns()
        super().changeEvent(event)
