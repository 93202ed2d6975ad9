"""The queue's column widths (the queue and Warga kembali): each short, fixed-form column as wide as
the widest text it can show, measured once per font and language, not per page of rows (a
deadline in another year widened the column when such a row arrived, and every page undid a
width the clerk had dragged). A width the clerk drags is kept, per account in the settings (in
"n" widths, so it follows the font size), until *Atur ulang lebar kolom* in the header's menu."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTableView
from shiboken6 import isValid

from lapor_desk.domain.enums import Channel, ReportType, Status
from lapor_desk.domain.queue import Deadline, DeadlineState, Stage
from lapor_desk.settings import UI_COLUMN_WIDTHS, SettingError, Settings
from ui.common import labels

if TYPE_CHECKING:
    from ui.queue.queue_model import QueueModel

log = logging.getLogger(__name__)


def widest_forms(model: QueueModel, receipt_sample: str) -> dict[str, tuple[list[str], bool]]:
    """Every fixed-form column's candidate texts (the widest it can take), and whether they are
    drawn bold (an overdue deadline)."""
    year = date.today().year + 1  # another year: the deadline shows its year
    deadlines = [
        labels.deadline_short(Deadline(Stage.CASE, date(year, month, day), state, days, date(year - 1, 12, 1)))
        for month in range(1, 13)
        for day in ((28,) if month == 2 else (28, 30))
        for state, days in ((DeadlineState.OVERDUE, -999), (DeadlineState.OVERDUE, 0), (DeadlineState.ON_TRACK, 999))
    ]
    digits = "0123456789"
    return {
        "receipt": ([receipt_sample.translate({ord(d): "8" for d in digits}), model.text_of_draft(999999)], False),
        "received": ([f"{d * 2}-{d * 2}-{d * 4} {d * 2}:{d * 2}" for d in digits], False),
        "status": ([labels.status_label(s) for s in Status] + [model.demo_status()], False),
        "type": ([labels.type_label(t) for t in ReportType], False),
        "channel": ([labels.channel_label(c) for c in Channel], False),
        "deadline": (deadlines, True),
    }


def cell_width(view: QTableView, texts: Iterable[str], bold: bool) -> int:
    """The width a cell needs for the widest of these texts: the delegate's text margins
    (QCommonStyle: PM_FocusFrameHMargin + 1 each side) and a pixel to spare."""
    font = QFont(view.font())
    font.setBold(bold)
    metrics = QFontMetrics(font)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return max((metrics.horizontalAdvance(text) for text in texts), default=0) + 2 * margin + 2


class SavedWidths:
    """The widths one account dragged in one table, in "n" widths, in the desk's settings.

    What is read is checked (the file may be edited by hand): anything not a positive, finite
    width under MOST characters, in a table of an account, is left out. A save that fails (a
    full or read-only disk) is logged and the widths stay for the session; it runs inside the
    header's event filter, where an exception has nowhere to go. Other accounts' widths, the
    least recently saved first, give way when the whole would pass the setting's length."""

    MOST = 1000.0  # "n" widths: wider than any screen; more is a hand edit

    def __init__(self, settings: Settings, username: str, table: str) -> None:
        self.settings, self.username, self.table = settings, username, table

    def _all(self) -> dict[str, dict[str, dict[str, float]]]:
        """Every account's widths, in the order last saved, without what is malformed."""
        try:
            found = json.loads(self.settings.get(UI_COLUMN_WIDTHS) or "{}")
        except ValueError:
            return {}
        if not isinstance(found, dict):
            return {}
        clean: dict[str, dict[str, dict[str, float]]] = {}
        for user, tables in found.items():
            if isinstance(tables, dict):
                kept = {table: self._widths(widths) for table, widths in tables.items() if isinstance(widths, dict)}
                clean[user] = {table: widths for table, widths in kept.items() if widths}
        return clean

    @classmethod
    def _widths(cls, widths: dict[str, object]) -> dict[str, float]:
        return {
            k: float(v)
            for k, v in widths.items()
            if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) and 0 < v <= cls.MOST
        }

    def load(self) -> dict[str, float]:
        return self._all().get(self.username, {}).get(self.table, {})

    def save(self, widths: dict[str, float]) -> None:
        everything = self._all()
        tables = everything.pop(self.username, {})  # to the end: the most recent
        tables[self.table] = self._widths({k: round(v, 1) for k, v in widths.items()})
        everything[self.username] = tables
        text = json.dumps(everything, separators=(",", ":"))
        while len(text) > UI_COLUMN_WIDTHS.max_length and len(everything) > 1:
            del everything[next(iter(everything))]  # the account saved longest ago
            text = json.dumps(everything, separators=(",", ":"))
        try:
            self.settings.set(UI_COLUMN_WIDTHS, text)
        except (SettingError, OSError) as exc:
            log.warning("Column widths of %s (%s) not saved, kept for this session: %s", self.username, self.table, exc)


class ColumnFit(QObject):
    """Fits a queue table's columns when its viewport is resized (the window, a scroll bar coming
    or going), its font or its language changes: never when rows arrive. Records the widths the
    user drags on the header (between a press and a release on it) and keeps them."""

    def __init__(self, model: QueueModel, view: QTableView, saved: SavedWidths | None) -> None:
        super().__init__(view)
        self.model, self.view, self.saved = model, view, saved
        self.user: dict[str, float] = saved.load() if saved is not None else {}  # in "n" widths
        self.sizing = False  # our own setColumnWidth calls, not the user's
        self._pressed = False
        self._dragged = False
        header = view.horizontalHeader()
        # Kept here: asking the view for them while it is being deleted fails.
        self.viewport, self.header_viewport = view.viewport(), header.viewport()
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)  # FontChange
        header.viewport().installEventFilter(self)
        header.sectionResized.connect(self._section_resized)
        model.headerDataChanged.connect(self._language_changed)
        # The widest receipt number loaded (another desk's, a longer serial) when wider than the fit.
        self.widest_receipt = ""
        model.rowsInserted.connect(self.rows_arrived)
        model.modelReset.connect(self.rows_arrived)
        self.reset_action = QAction(header)
        self.reset_action.triggered.connect(self.reset)
        header.addAction(self.reset_action)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._language_changed()

    def _language_changed(self, *_: object) -> None:
        self.reset_action.setText(self.tr("Atur ulang lebar kolom"))
        self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  Qt override
        kind = event.type()
        if kind == QEvent.Type.Destroy or not isValid(self.view):
            return False
        resized = watched is self.viewport and kind in (QEvent.Type.Resize, QEvent.Type.Show)
        if resized or watched is self.view and kind == QEvent.Type.FontChange:
            self.refit()
        elif watched is self.header_viewport:
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                self._pressed = True
            elif kind == QEvent.Type.MouseButtonRelease:
                self._pressed = False
                if self._dragged:
                    self._dragged = False
                    if self.saved is not None:
                        self.saved.save(self.user)
        return False

    def em(self) -> int:
        return max(1, self.view.fontMetrics().horizontalAdvance("n"))

    def _stretched(self, column: int) -> bool:
        """The last shown column, which the header stretches to the window's edge."""
        header = self.view.horizontalHeader()
        shown = [v for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]
        return header.stretchLastSection() and bool(shown) and header.logicalIndex(shown[-1]) == column

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if self.sizing or not self._pressed or new <= 0 or self._stretched(column):
            return
        self.user[self.model.COLUMNS[column]] = new / self.em()
        self._dragged = True

    def rows_arrived(self, _parent: object = None, first: int = 0, last: int | None = None) -> None:
        """A safety net under the fit: a receipt number wider than its column (the numbers a row
        tells apart by, at their right end) widens the column to it; never narrower again, never
        over a width the user dragged."""
        if not isValid(self.view):
            return
        numbers = {row.receipt_number for row in self.model.rows[first : None if last is None else last + 1]}
        metrics = QFontMetrics(self.view.font())
        widest = max((n for n in numbers if n), key=metrics.horizontalAdvance, default="")
        if metrics.horizontalAdvance(widest) <= metrics.horizontalAdvance(self.widest_receipt):
            return
        self.widest_receipt = widest
        column = self.model.COLUMNS.index("receipt")
        if "receipt" not in self.user and cell_width(self.view, [widest], False) > self.view.columnWidth(column):
            self.refit()

    def user_widths(self) -> dict[str, int]:
        """The widths the user set, in pixels at the current font."""
        return {name: round(chars * self.em()) for name, chars in self.user.items()}

    def reset(self) -> None:
        """Back to the fitted widths (the header's menu)."""
        self.user = {}
        if self.saved is not None:
            self.saved.save({})
        self.refit()

    def refit(self) -> None:
        if isValid(self.view):
            self.sizing = True
            try:
                grown = {"receipt": cell_width(self.view, [self.widest_receipt], False)} if self.widest_receipt else {}
                self.model.size_columns(self.view, self.user_widths(), grown)
            finally:
                self.sizing = False
