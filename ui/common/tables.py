"""Plain read-only tables for the supervision screens: whole-row selection, one line a row,
column widths in characters so that they grow with the font (up to 200%)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent
from PySide6.QtGui import QFontMetrics, QPainter, QResizeEvent
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
    """`widths` in characters by column; the `stretch` column takes the room the others leave,
    but never less than `stretch_min` characters and its header: short of room, it keeps that
    width and the table scrolls sideways (at 200 % on a 1366 screen the review's titles were
    squeezed to "Samp…" and the audit trail's last header to "/hat happene")."""

    def __init__(
        self, widths: dict[int, int], stretch: int, parent: QWidget | None = None, *, stretch_min: int = 20
    ) -> None:
        super().__init__(parent)
        self.widths = widths
        self.stretch = stretch
        self.stretch_min = stretch_min
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802  Qt override
        super().setModel(model)
        # The header forgets per-column modes when a model arrives: set them after.
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._other_resized)
        self.size_columns()

    def size_columns(self) -> None:
        em = self.fontMetrics().horizontalAdvance("n")
        for column, chars in self.widths.items():
            self.setColumnWidth(column, em * chars)
        self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.5))
        self._fit_stretch()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  Qt override
        super().resizeEvent(event)
        self._fit_stretch()

    def _other_resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.stretch:  # a fixed column grew (fit_contents, a drag): less room left
            self._fit_stretch()

    def _fit_stretch(self) -> None:
        """Stretch while the room left holds the stretch column's minimum; else that minimum."""
        header = self.horizontalHeader()
        if self.model() is None or self.stretch >= header.count():
            return
        # QFontMetrics(font), not self.fontMetrics(), as in ui/sync/sync_status.py (called often).
        least = max(
            QFontMetrics(self.font()).horizontalAdvance("n") * self.stretch_min, header.sectionSizeHint(self.stretch)
        )
        others = sum(
            header.sectionSize(c) for c in range(header.count()) if c != self.stretch and not header.isSectionHidden(c)
        )
        stretch = self.viewport().width() - others >= least
        mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(self.stretch) != mode:
            header.setSectionResizeMode(self.stretch, mode)
        if not stretch and header.sectionSize(self.stretch) != least:
            header.resizeSection(self.stretch, least)

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
