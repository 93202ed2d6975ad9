"""The queue as a table model that pages by keyset in the background and never loads the whole table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableView

from lapor_desk.domain.queue import Deadline, DeadlineState, QueueCount, QueueFilter, QueueRow
from lapor_desk.i18n import describe
from ui.common import labels, style
from ui.common.tasks import TaskRunner
from ui.queue.column_widths import ColumnFit, SavedWidths, cell_width, widest_forms

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
    # Column widths in characters, so they grow with the font (up to 200%): the title's wish and
    # the reporter's (free text); the columns with short, fixed-form text (CONTENT) take the width
    # of the widest text they can show (column_widths.widest_forms), up to these many characters
    # (None: never cut), measured once per font and language, not from the rows loaded (but a
    # receipt number wider than the fit still widens its column: ColumnFit.rows_arrived).
    WIDTHS = {"title": 42, "reporter": 22}
    CONTENT: dict[str, int | None] = {
        "receipt": 30,
        "received": None,
        "status": 30,
        "type": 20,
        "channel": 16,
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
    _fitted: dict[str, int]  # fitted_widths for the font, language and receipt in _fitted_for
    _fitted_for: tuple[str, str, str] | None

    def fitted_widths(self, view: QTableView) -> dict[str, int]:
        """Each column's own width before the title and location share the rest: the widest
        text it can take (or its header's, with the sort arrow), for this font and language."""
        key = (view.font().toString(), labels.language(), self.receipt_sample)
        if self._fitted_for != key:
            em = view.fontMetrics().horizontalAdvance("n")
            header = view.horizontalHeader()
            widths = {name: em * chars for name, chars in self.WIDTHS.items()}
            for name, (texts, bold) in widest_forms(self, self.receipt_sample).items():
                wanted = max(cell_width(view, texts, bold), header.sectionSizeHint(self.COLUMNS.index(name)))
                most = self.CONTENT[name]
                widths[name] = wanted if most is None else min(wanted, em * most)
            self._fitted, self._fitted_for = widths, key
        return dict(self._fitted)

    def size_columns(
        self, view: QTableView, user: dict[str, int] | None = None, at_least: dict[str, int] | None = None
    ) -> None:
        """Fit the columns to the view; `user`: the widths (pixels) the user dragged, kept as they
        are; `at_least`: widths (pixels) the fit grows to where the user dragged none."""
        user = user or {}
        em = view.fontMetrics().horizontalAdvance("n")
        room = view.viewport().width() if view.isVisible() else 0  # unknown before it is shown
        widths = self.fitted_widths(view)
        for name, width in (at_least or {}).items():
            widths[name] = max(widths[name], width)
        widths.update({k: v for k, v in user.items() if k != "location"})
        hidden: list[str] = []
        if room > 0:
            title = widths.pop("title")
            floor = (title if "title" in user else em * self.TITLE_MIN) + em * self.LOCATION_MIN

            def others() -> int:
                return sum(w for name, w in widths.items() if name not in hidden)

            for name in self.DROP_FIRST:
                if others() + floor <= room:
                    break
                if name not in user:  # a column the user sized stays
                    hidden.append(name)
            spare = room - others() - em * self.LOCATION_MIN
            widths["title"] = title if "title" in user else max(em * self.TITLE_MIN, min(title, spare))
            # The location has what is left, set here whichever column the header stretches.
            widths["location"] = user.get("location", max(em * self.LOCATION_MIN, room - others()))
        for name, width in widths.items():
            view.setColumnWidth(self.COLUMNS.index(name), width)
        for column, name in enumerate(self.COLUMNS):
            view.setColumnHidden(column, name in hidden)
        self.hidden: tuple[str, ...] = tuple(hidden)
        self.squeezed = room > 0 and (
            widths["title"] < em * self.WIDTHS["title"]
            or any(most is not None and widths[name] >= em * most for name, most in self.CONTENT.items())
            or any(widths[name] < w for name, w in self.fitted_widths(view).items() if name in user)
        )

    def fit_to(self, view: QTableView, saved: SavedWidths | None = None) -> ColumnFit:
        """Size the view's columns now, again whenever it is resized, its font or language
        changes (not when rows arrive); a table wider than its window scrolls sideways by
        pixels, not by whole columns. `saved`: where the widths the user drags are kept."""
        return ColumnFit(self, view, saved)

    def __init__(
        self,
        service: QueueCalls | None,
        tasks: TaskRunner,
        page_size: int = 200,
        parent: QObject | None = None,
        receipt_sample: str = "MEJA-01-20261231-0001",
    ) -> None:
        """`receipt_sample`: a receipt number of this desk (its code's length), for the receipt
        column's width."""
        super().__init__(parent)
        self.receipt_sample = receipt_sample
        self._fitted = {}
        self._fitted_for = None
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
            return row.receipt_number or self.text_of_draft(row.id)
        if column == "received":
            return row.received_at.astimezone().strftime("%d-%m-%Y %H:%M") if row.received_at else ""
        if column == "status":
            if row.is_demo:  # training data: never sent, so never "antre kirim"
                return self.demo_status()
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

    def text_of_draft(self, complaint_id: int) -> str:
        return self.tr("(draf #{id})").format(id=complaint_id)

    def demo_status(self) -> str:
        return self.tr("Data latihan (tidak dikirim)")

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
