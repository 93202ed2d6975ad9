"""Returning citizens: one box finds their complaints by receipt number, LAPOR! number, NIK or phone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common.tasks import TaskRunner
from ui.queue.column_widths import SavedWidths
from ui.queue.queue_model import QueueModel

if TYPE_CHECKING:
    from lapor_desk.domain.queue import QueueRow
    from ui.common.screen import ComplaintCalls


class LookupView(QWidget):
    open_complaint = Signal(int)

    def __init__(
        self,
        tasks: TaskRunner,
        service: ComplaintCalls,
        saved: SavedWidths | None = None,
        receipt_sample: str = "MEJA-01-20261231-0001",
        parent: QWidget | None = None,
    ) -> None:
        """`saved`: where the column widths the signed-in account drags are kept; `receipt_sample`:
        a receipt number of this desk, for the receipt column's width."""
        super().__init__(parent)
        self.tasks = tasks
        self.service = service  # the signed-in session's complaint calls
        self.searched = ""  # the key of the last search, for the empty result's words
        self.model = QueueModel(None, tasks, parent=self, receipt_sample=receipt_sample)
        self.box = QLineEdit()
        self.box.setClearButtonEnabled(True)
        self.label = QLabel()
        self.label.setBuddy(self.box)
        self.find_button = QPushButton()
        self.result_label = QLabel()
        # Wrapped: unwrapped at 200 %, "Tidak ada pengaduan untuk …" made the window 1523 px wide.
        self.result_label.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # One line a row, as in the queue: a wrapped location was cut top and bottom in a one-line row.
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # As in the queue: the deadline follows the status, the location is last and takes the rest.
        deadline, status = self.model.COLUMNS.index("deadline"), self.model.COLUMNS.index("status")
        header.moveSection(header.visualIndex(deadline), header.visualIndex(status) + 1)
        self.columns = self.model.fit_to(self.table, saved)  # the key columns stay in sight at any font size
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.box, 1)
        row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)
        self.box.returnPressed.connect(self.search_citizen)
        self.find_button.clicked.connect(self.search_citizen)
        self.table.activated.connect(lambda index: self.open_complaint.emit(self.model.complaint_id(index.row())))
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Cari warga:"))
        self.box.setPlaceholderText(self.tr("nomor tanda terima, nomor LAPOR!, NIK atau telepon"))
        self.box.setAccessibleName(self.tr("Cari pengaduan warga"))
        self.find_button.setText(self.tr("Cari"))
        self.table.setAccessibleName(self.tr("Pengaduan warga"))
        self.model.retranslate()
        if not self.searched:
            self.result_label.setText(self.hint())

    def hint(self) -> str:
        """What the empty tab says before a search: what the box takes."""
        return self.tr(
            "Ketik nomor tanda terima, nomor LAPOR!, NIK atau nomor telepon yang dibawa warga, lalu tekan Enter."
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def search_citizen(self) -> None:
        service, key = self.service, self.box.text()
        if not key.strip():
            return
        self.tasks.read(lambda: service.lookup(key), lambda rows: self._found(key.strip(), rows), context=self)

    def clear(self) -> None:
        """Forget the last search (someone signed out)."""
        self.box.clear()
        self.model.show_rows([])
        self.searched = ""
        self.result_label.setText(self.hint())

    def _found(self, key: str, rows: list[QueueRow]) -> None:
        self.searched = key
        self.model.show_rows(rows)
        if rows:
            self.result_label.setText(
                self.tr("{count} pengaduan ditemukan. Enter untuk membuka.").format(count=len(rows))
            )
            self.table.setFocus()
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.result_label.setText(
                self.tr(
                    "Tidak ada pengaduan untuk “{key}” (dicari sebagai nomor tanda terima, nomor LAPOR!, NIK "
                    "dan nomor telepon)."
                ).format(key=key)
            )
