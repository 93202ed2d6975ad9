"""The queue as a table model that pages by keyset in the background and never loads the whole table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView
from shiboken6 import isValid

from lapor_desk.domain.queue import Deadline, DeadlineState, QueueCount, QueueFilter, QueueRow
from lapor_desk.i18n import describe
from ui.common import labels, style
from ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.common.screen import QueueCalls

Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractTableModel):
    """Rows arrive a page at a time, newest first; a new filter starts a new generation,
    and pages of an older generation that arrive late are dropped."""

    page_loaded = Signal(int)  # rows now held
    load_failed = Signal(str)
    count_loaded = Signal(object)  # QueueCount of the current filter, or None when unknown

    # The deadline column comes last so the others keep their numbers; QueueView shows it
    # after the status.
    COLUMNS = ("receipt", "received", "status", "type", "channel", "title", "reporter", "location", "deadline")
    # Column widths in characters, so they grow with the font (up to 200%), until rows arrive;
    # then the columns with short, fixed-form text (CONTENT) take their text's width, up to
    # these many characters (None: never cut), and the title and location share the rest.
    WIDTHS = {
        "receipt": 27,
        "received": 17,
        "status": 23,
        "type": 14,
        "channel": 12,
        "title": 42,
        "reporter": 22,
        "deadline": 21,
    }
    CONTENT: dict[str, int | None] = {
        "receipt": 30,
        "received": None,
        "status": 30,
        "type": 20,
        "channel": 16,
        "reporter": 26,
        "deadline": None,
    }
    # When the table is too narrow for every column (200 % font on a 1366-wide screen), the
    # title narrows down to TITLE_MIN characters, then these columns leave, least needed
    # first; if the rest still does not fit, the table scrolls sideways: the date and the
    # deadline are never cut (a clerk reads when a complaint came in and how late it is) and
    # the receipt, status, deadline, title and location stay; the row's tooltip has all of it.
    DROP_FIRST = ("channel", "type", "reporter")  # the received date stays: the list's order and its arrow
    TITLE_MIN = 18
    LOCATION_MIN = 14

    def content_width(self, view: QTableView, name: str) -> int:
        """The width the column's shown text and its header ask for (Qt's own measure: the
        delegate's margins, a bold overdue deadline, the header's sort arrow)."""
        column = self.COLUMNS.index(name)
        return max(view.sizeHintForColumn(column), view.horizontalHeader().sectionSizeHint(column))

    def size_columns(self, view: QTableView) -> None:
        em = view.fontMetrics().horizontalAdvance("n")
        room = view.viewport().width() if view.isVisible() else 0  # unknown before it is shown
        widths = {name: em * chars for name, chars in self.WIDTHS.items()}
        hidden: list[str] = []
        if room > 0:
            for column in range(len(self.COLUMNS)):
                view.setColumnHidden(column, False)  # Qt measures only shown columns
            if self.rows:
                for name, most in self.CONTENT.items():
                    wanted = self.content_width(view, name)
                    widths[name] = wanted if most is None else min(wanted, em * most)
            title = widths.pop("title")
            floor = em * (self.TITLE_MIN + self.LOCATION_MIN)

            def others() -> int:
                return sum(w for name, w in widths.items() if name not in hidden)

            for name in self.DROP_FIRST:
                if others() + floor <= room:
                    break
                hidden.append(name)
            spare = room - others() - em * self.LOCATION_MIN
            widths["title"] = max(em * self.TITLE_MIN, min(title, spare))
            # The location has what is left, set here whichever column the header stretches.
            widths["location"] = max(em * self.LOCATION_MIN, room - others())
        for name, width in widths.items():
            view.setColumnWidth(self.COLUMNS.index(name), width)
        for column, name in enumerate(self.COLUMNS):
            view.setColumnHidden(column, name in hidden)
        self.hidden: tuple[str, ...] = tuple(hidden)
        self.squeezed = room > 0 and (
            widths["title"] < em * self.WIDTHS["title"]
            or any(most is not None and widths[name] >= em * most for name, most in self.CONTENT.items())
        )

    def fit_to(self, view: QTableView) -> None:
        """Size the view's columns now, again whenever it is resized and when rows arrive; a
        table wider than its window scrolls sideways by pixels, not by whole columns."""
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        refit = _Refit(self, view)
        view.viewport().installEventFilter(refit)
        self.page_loaded.connect(refit.refit)
        self.modelReset.connect(refit.refit)
        self.headerDataChanged.connect(refit.refit)  # another language: other text widths
        self.dataChanged.connect(refit.refit)
        self.size_columns(view)

    def __init__(
        self, service: QueueCalls | None, tasks: TaskRunner, page_size: int = 200, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.tasks = tasks
        self.page_size = page_size
        self.language = "id"  # for messages about failed loads; the window keeps it current
        self.filter = QueueFilter()
        self.hidden = ()  # columns left out for want of room (size_columns)
        self.squeezed = False  # some columns elided for want of room
        self.rows: list[QueueRow] = []
        self._generation = 0
        self._loading = False
        self._exhausted = False
        self.total: QueueCount | None = None  # how many the filter finds (counted beside the first page)

    # --- loading

    def set_filter(self, filt: QueueFilter) -> None:
        self.filter = filt
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self._exhausted = self.service is None
        self._loading = False
        self.total = None
        self.endResetModel()
        if self.service is not None:
            self._load_page()
            self._load_count()

    def show_rows(self, rows: list[QueueRow]) -> None:
        """Show a fixed list (a lookup's result) instead of paging the queue."""
        self._generation += 1
        self.beginResetModel()
        self.rows = list(rows)
        self._exhausted = True
        self._loading = False
        self.total = QueueCount(len(self.rows), True)
        self.endResetModel()
        self.page_loaded.emit(len(self.rows))
        self.count_loaded.emit(self.total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.service is not None and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._load_page()

    def _load_page(self) -> None:
        self._loading = True
        generation = self._generation
        before = self.rows[-1].id if self.rows else None
        filt, size, service = self.filter, self.page_size, self.service
        assert service is not None
        self.tasks.read(
            lambda: service.queue_page(filt, before, size),
            lambda rows: self._page_arrived(generation, rows),
            lambda exc: self._page_failed(generation, exc),
            context=self,
        )

    def _load_count(self) -> None:
        generation, filt, service = self._generation, self.filter, self.service
        assert service is not None
        self.tasks.read(
            lambda: service.queue_count(filt),
            lambda total: self._count_arrived(generation, total),
            lambda _exc: self._count_arrived(generation, None),  # the page's own failure says why
            context=self,
        )

    def _count_arrived(self, generation: int, total: QueueCount | None) -> None:
        if generation == self._generation:
            self.total = total
            self.count_loaded.emit(total)

    def _page_arrived(self, generation: int, rows: list[QueueRow]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = len(rows) < self.page_size
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self.rows))

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
            self.load_failed.emit(describe(exc, self.language))

    # --- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.header(self.COLUMNS[section])

    def header(self, column: str) -> str:
        return {
            "receipt": self.tr("No. tanda terima"),
            "received": self.tr("Diterima"),
            "status": self.tr("Status"),
            "type": self.tr("Jenis"),
            "channel": self.tr("Kanal"),
            "title": self.tr("Judul"),
            "reporter": self.tr("Pelapor"),
            "location": self.tr("Lokasi"),
            "deadline": self.tr("Tenggat"),
        }[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "deadline":
            return self._deadline_data(row.deadline, role)
        if role == Qt.ItemDataRole.ToolTipRole and (self.hidden or self.squeezed):
            return "\n".join(  # the whole row, for a table too narrow to show it
                f"{self.header(name)}: {self.text(row, name)}" for name in self.COLUMNS if name != "deadline"
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.text(row, column)

    def text(self, row: QueueRow, column: str) -> str:
        # Citizen text goes out as DisplayRole only: views draw it as plain text.
        if column == "receipt":
            return row.receipt_number or self.tr("(draf #{id})").format(id=row.id)
        if column == "received":
            return row.received_at.astimezone().strftime("%d-%m-%Y %H:%M") if row.received_at else ""
        if column == "status":
            if row.is_demo:  # training data: never sent, so never "antre kirim"
                return self.tr("Data latihan (tidak dikirim)")
            return labels.status_label(row.status)
        if column == "type":
            return labels.type_label(row.type) if row.type else ""
        if column == "channel":
            return labels.channel_label(row.channel) if row.channel else ""
        if column == "title":
            return row.title
        if column == "reporter":
            return row.reporter + (self.tr(" (anonim)") if row.is_anonymous else "")
        return row.location_text

    @staticmethod
    def _deadline_data(deadline: Deadline | None, role: int) -> Any:
        if deadline is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.deadline_short(deadline)
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.deadline_long(deadline)
        # Colour is never the only cue: the text says "lewat" (overdue) or how soon.
        if role == Qt.ItemDataRole.ForegroundRole and deadline.state is not DeadlineState.ON_TRACK:
            return QColor(style.ERROR if deadline.state is DeadlineState.OVERDUE else style.WARNING)
        if role == Qt.ItemDataRole.FontRole and deadline.state is DeadlineState.OVERDUE:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def complaint_id(self, row: int) -> int:
        return self.rows[row].id

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))


class _Refit(QObject):
    """Refits a table's columns when its viewport is resized (the window, a scroll bar coming
    or going) and when rows arrive or change language (QueueModel.fit_to)."""

    def __init__(self, model: QueueModel, view: QTableView) -> None:
        super().__init__(view.viewport())
        self.model, self.view, self.viewport = model, view, view.viewport()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  Qt override
        if watched is self.viewport and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.refit()
        return False

    def refit(self) -> None:
        if isValid(self.view):
            self.model.size_columns(self.view)
