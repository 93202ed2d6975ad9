"""Plain read-only tables for the supervision screens: whole-row selection, one line a row,
column widths in characters so that they grow with the font (up to 200%)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

_FLIPPED = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class _SortArrowStyle(QProxyStyle):
    """Qt draws an ascending order as "▼" and a descending one as "▲" (QHeaderView hands the style
    SortDown for Qt.AscendingOrder). Users read the arrow the other way, as on every desktop's file
    list: "▲" ascending (oldest first), "▼" descending (newest first). This turns the arrow round."""

    def drawPrimitive(  # noqa: N802  Qt override
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            turned = QStyleOptionHeader(option)
            turned.sortIndicator = _FLIPPED.get(option.sortIndicator, option.sortIndicator)
            option = turned
        super().drawPrimitive(element, option, painter, widget)


def arrows_as_users_read_them(header: QHeaderView) -> None:
    """The header's sort arrow points up for an ascending order and down for a descending one."""
    style = _SortArrowStyle()
    style.setParent(header)  # lives as long as the header
    header.setStyle(style)


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

    def fit_contents(self, columns: tuple[int, ...]) -> None:
        """Widen these columns to their shown text where it is longer than their width in
        characters (an English status or deadline is longer than the Indonesian one); the
        stretch column gives way."""
        em = self.fontMetrics().horizontalAdvance("n")
        for column in columns:
            wanted = max(self.sizeHintForColumn(column), self.horizontalHeader().sectionSizeHint(column))
            self.setColumnWidth(column, max(em * self.widths.get(column, 0), wanted))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.FontChange:
            self.size_columns()
        super().changeEvent(event)
