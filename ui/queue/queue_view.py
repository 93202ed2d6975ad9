"""The local queue: filters, a search box and the paged table; Enter opens a complaint."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import cast

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.domain.enums import Channel, ReportType, Status
from lapor_desk.domain.queue import DeadlineState, QueueFilter, QueueSort
from ui.common import labels
from ui.common.tables import arrows_as_users_read_them
from ui.queue.column_widths import SavedWidths
from ui.queue.queue_model import QueueModel

SEARCH_DEBOUNCE_MS = 250
FILTER_CHARS = 12  # in widths of "x": "Terbaru diterima", "Newest received" whole at any font size


def _number(value: int) -> str:
    """A count as the desk's language writes it (10.000 in Indonesian, 10,000 in English)."""
    return QLocale().toString(value)


class QueueView(QWidget):
    open_complaint = Signal(int)

    def __init__(self, model: QueueModel, saved: SavedWidths | None = None, parent: QWidget | None = None) -> None:
        """`saved`: where the column widths the signed-in account drags are kept."""
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.type = QComboBox()
        self.channel = QComboBox()
        self.deadline = QComboBox()
        self.sort = QComboBox()
        # The filters as wide as their usual choice, not their longest ("Lewat atau ≤ 1 hari kerja
        # lagi"): at 200 % font on a 1366-wide screen they left the search box 13 letters, less
        # than a receipt number. A longer choice is elided shut and whole in its list.
        for combo in (self.status, self.deadline, self.sort):  # the first row's, beside the box
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(FILTER_CHARS)
        self.use_dates = QCheckBox()
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setEnabled(False)
        self.count_label = QLabel()
        # What an empty result means, and what was searched (a blank table said nothing).
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.hide()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Received, deadline and status sort in the database (a click picks the order); the
        # sort indicator shows it. Other columns would need every row, so they do not sort.
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        arrows_as_users_read_them(header)  # newest first is "▼"
        # The deadline is the model's last column; on screen it follows the status.
        header.moveSection(
            header.visualIndex(model.COLUMNS.index("deadline")), header.visualIndex(model.COLUMNS.index("status")) + 1
        )
        self.columns = model.fit_to(self.table, saved)  # the key columns stay in sight at any font size

        # Two rows: in one, the filters kept the window ~1900 px wide at 200% font (off a 1366 screen).
        filters, more = QHBoxLayout(), QHBoxLayout()
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status)
        filters.addWidget(self.deadline)
        filters.addWidget(self.sort)
        for widget in (self.type, self.channel, self.use_dates, self.date_from, self.date_to):
            more.addWidget(widget)
        more.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(more)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.status, self.deadline, self.type, self.channel, self.sort):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.table.activated.connect(lambda index: self.open_complaint.emit(model.complaint_id(index.row())))
        model.page_loaded.connect(self._show_count)
        model.count_loaded.connect(lambda _total: self._show_count(len(model.rows)))
        model.load_failed.connect(self.count_label.setText)
        self._filling = False
        self.retranslate()
        self._show_sort(QueueSort.NEWEST)

    def retranslate(self) -> None:
        self._filling = True
        self.search_label.setText(self.tr("&Cari:"))
        self.search.setPlaceholderText(self.tr("No. tanda terima, nomor LAPOR!, NIK, telepon, nama atau kata"))
        self.search.setToolTip(self.search.placeholderText())  # whole, where the box cuts it
        self.search.setAccessibleName(self.tr("Cari pengaduan"))
        self._fill(self.status, self.tr("Semua status"), [(labels.status_label(s), s) for s in Status])
        self._fill(self.type, self.tr("Semua jenis"), [(labels.type_label(t), t) for t in ReportType])
        self._fill(self.channel, self.tr("Semua kanal"), [(labels.channel_label(c), c) for c in Channel])
        self._fill(
            self.deadline,
            self.tr("Semua tenggat"),
            [
                (self.tr("Lewat tenggat"), DeadlineState.OVERDUE),
                (self.tr("Lewat atau ≤ 1 hari kerja lagi"), DeadlineState.DUE_SOON),
            ],
        )
        self._fill(
            self.sort,
            self.tr("Terbaru diterima"),
            [
                (self.tr("Terlama diterima"), QueueSort.OLDEST),
                (self.tr("Tenggat terdekat"), QueueSort.DEADLINE),
                (self.tr("Menurut status"), QueueSort.STATUS),
            ],
        )
        self.sort.setAccessibleName(self.tr("Urutkan"))
        self.deadline.setToolTip(self.tr("Tenggat berikutnya dihitung dalam hari kerja, menurut kalender meja."))
        self.status.setAccessibleName(self.tr("Saring status"))
        self.type.setAccessibleName(self.tr("Saring jenis"))
        self.channel.setAccessibleName(self.tr("Saring kanal"))
        self.deadline.setAccessibleName(self.tr("Saring tenggat"))
        self.use_dates.setText(self.tr("Tanggal diterima"))
        self.date_from.setAccessibleName(self.tr("Dari tanggal"))
        self.date_to.setAccessibleName(self.tr("Sampai tanggal"))
        self.table.setAccessibleName(self.tr("Antrean pengaduan"))
        self._filling = False
        self.model.retranslate()
        self._show_count(len(self.model.rows))

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filter()

    def current_filter(self) -> QueueFilter:
        received_from = received_until = None
        if self.use_dates.isChecked():
            start = datetime.combine(cast(date, self.date_from.date().toPython()), time()).astimezone()
            end = datetime.combine(cast(date, self.date_to.date().toPython()), time()).astimezone()
            received_from, received_until = start, end + timedelta(days=1)
        status = self.status.currentData()
        deadline = self.deadline.currentData()  # Qt hands back a plain str, not the enum
        sort = self.sort.currentData()
        return QueueFilter(
            statuses=(status,) if status else (),
            type=self.type.currentData(),
            channel=self.channel.currentData(),
            received_from=received_from,
            received_until=received_until,
            text=self.search.text(),
            deadline=DeadlineState(deadline) if deadline else None,
            sort=QueueSort(sort) if sort else QueueSort.NEWEST,
        )

    def apply_filter(self) -> None:
        if not self._filling:
            self._debounce.stop()
            filt = self.current_filter()
            self._show_sort(filt.sort)
            self.model.set_filter(filt)

    def _header_clicked(self, section: int) -> None:
        column = self.model.COLUMNS[section]
        if column == "received":
            newest = self.sort.currentData() in (None, "")
            self.sort.setCurrentIndex(self.sort.findData(QueueSort.OLDEST) if newest else 0)
        elif column == "status":
            self.sort.setCurrentIndex(self.sort.findData(QueueSort.STATUS))
        elif column == "deadline":
            self.sort.setCurrentIndex(self.sort.findData(QueueSort.DEADLINE))
        else:
            self._show_sort(self.current_filter().sort)  # Qt moved the indicator; put it back

    def _show_sort(self, sort: QueueSort) -> None:
        header = self.table.horizontalHeader()
        if sort is QueueSort.STATUS:
            header.setSortIndicator(self.model.COLUMNS.index("status"), Qt.SortOrder.AscendingOrder)
        elif sort is QueueSort.DEADLINE:
            header.setSortIndicator(self.model.COLUMNS.index("deadline"), Qt.SortOrder.AscendingOrder)
        else:
            order = Qt.SortOrder.AscendingOrder if sort is QueueSort.OLDEST else Qt.SortOrder.DescendingOrder
            header.setSortIndicator(self.model.COLUMNS.index("received"), order)
        header.setSortIndicatorShown(True)

    def _show_count(self, rows: int) -> None:
        if self.filter_text_without_words():
            self.empty_label.hide()
            self.count_label.setText(self.tr("Ketik kata untuk dicari; tanda baca saja tidak bisa dicari."))
            return
        total = self.model.total
        if total is None:
            more = "+" if self.model.canFetchMore() else ""
            text = self.tr("{count}{more} pengaduan ditampilkan").format(count=rows, more=more)
        elif total.exact:
            text = self.tr("{shown} dari {total} pengaduan ditampilkan").format(
                shown=_number(rows), total=_number(total.count)
            )
        else:
            text = self.tr("{shown} dari lebih dari {total} pengaduan ditampilkan").format(
                shown=_number(rows), total=_number(total.count)
            )
        self.count_label.setText(text)
        empty = rows == 0 and total is not None and total.count == 0
        self.empty_label.setText(self._empty_text() if empty else "")
        self.empty_label.setVisible(empty)

    def _empty_text(self) -> str:
        """What an empty result means: what was searched for, where, and which filters narrowed it."""
        typed = self.search.text().strip()
        narrowed = [
            combo.currentText()
            for combo in (self.status, self.deadline, self.type, self.channel)
            if combo.currentData() not in (None, "")
        ]
        if self.use_dates.isChecked():
            narrowed.append(
                self.tr("diterima {start} s.d. {end}").format(
                    start=self.date_from.date().toString("dd-MM-yyyy"), end=self.date_to.date().toString("dd-MM-yyyy")
                )
            )
        if typed:
            text = self.tr(
                'Tidak ada pengaduan yang cocok dengan "{typed}". Dicari di nomor tanda terima, '
                "nomor LAPOR!, NIK, telepon, nama pelapor, serta kata (atau awal kata) dalam judul, isi dan lokasi."
            ).format(typed=typed)
        elif narrowed:
            text = self.tr("Tidak ada pengaduan dengan saringan ini.")
        else:
            return self.tr("Belum ada pengaduan. Pengaduan yang dicatat atau diimpor muncul di sini.")
        if narrowed:
            text += " " + self.tr("Saringan yang aktif: {filters}.").format(filters="; ".join(narrowed))
        return text

    def filter_text_without_words(self) -> bool:
        text = self.search.text().strip()
        return bool(text) and not any(ch.isalnum() for ch in text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
