"""The supervisor's review queue: deadlines close or past, central refusals, stale drafts and
a trainee's complaints waiting for approval (approve, or return with a note)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.i18n import describe
from lapor_desk.review import ReviewItem, ReviewQueue, Section
from lapor_desk.settings import UI_LANGUAGE
from ui.common import labels
from ui.common.screen import ScreenSession
from ui.common.tables import ReadOnlyTable
from ui.common.tasks import TaskRunner

PAGE = 200


class ReviewView(QWidget):
    """Built with the signed-in session (a supervisor's or admin's), dropped at sign-out."""

    open_complaint = Signal(int)

    def __init__(self, session: ScreenSession, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.settings = session.settings
        self.review: ReviewQueue = session.review
        self.actor = session.actor
        self.section = Section.DEADLINE
        self.items: list[ReviewItem] = []
        self.counts: dict[Section, int] = {}
        self._generation = 0

        self.sections = QListWidget()
        for section in Section:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, str(section))
            self.sections.addItem(item)
        self.sections.setCurrentRow(0)
        self.sections.currentRowChanged.connect(self._section_changed)
        self.model = QStandardItemModel(0, 5, self)
        self.table = ReadOnlyTable({0: 25, 1: 16, 3: 19, 4: 21}, stretch=2)
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(self.approve)
        self.return_button = QPushButton()
        self.return_button.clicked.connect(self.return_with_note)
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.load_more)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.reload)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.feedback = QLabel()  # what the last decision did
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.hide()

        buttons = QHBoxLayout()
        for button in (self.open_button, self.approve_button, self.return_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.refresh_button)
        right = QVBoxLayout()
        right.addWidget(self.status)
        right.addWidget(self.feedback)
        right.addWidget(self.table, 1)
        right.addWidget(self.note)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.sections)
        layout.addLayout(right, 1)
        self.retranslate()
        self._update_buttons()
        self.reload()

    @property
    def language(self) -> str:
        return self.settings.get(UI_LANGUAGE)

    # --- loading (read lane)

    def reload(self) -> None:
        review, actor = self.review, self.actor
        self._generation += 1
        generation, section = self._generation, self.section
        self.items = []
        self._fill()
        self.status.setText(self.tr("Memuat…"))

        def load() -> tuple[dict[Section, int], list[ReviewItem]]:
            return review.counts(actor), review.page(actor, section, limit=PAGE)

        self.tasks.read(load, lambda result: self._loaded(generation, *result), self._failed, context=self)

    def load_more(self) -> None:
        review, actor = self.review, self.actor
        if not self.items:
            return
        generation, section, last = self._generation, self.section, self.items[-1].complaint_id
        self.tasks.read(
            lambda: review.page(actor, section, before_id=last, limit=PAGE),
            lambda items: self._more(generation, items),
            self._failed,
            context=self,
        )

    def _loaded(self, generation: int, counts: dict[Section, int], items: list[ReviewItem]) -> None:
        if generation != self._generation:
            return  # the supervisor moved to another section meanwhile
        self.counts = counts
        self.items = items
        self._fill()

    def _more(self, generation: int, items: list[ReviewItem]) -> None:
        if generation == self._generation:
            self.items.extend(items)
            self._fill()

    def _failed(self, exc: BaseException) -> None:
        self.feedback.setText(describe(exc, self.language))
        self.feedback.show()

    def _fill(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for item in self.items:
            due = labels.deadline_short(item.deadline) if item.deadline is not None else ""
            received = item.received_at.astimezone().strftime("%d-%m-%Y %H:%M") if item.received_at else ""
            cells = [
                item.receipt_number or self.tr("draf #{id}").format(id=item.complaint_id),
                received,
                item.title,
                labels.status_label(item.status),
                due,
            ]
            row = [QStandardItem(text) for text in cells]
            row[0].setData(item.complaint_id, Qt.ItemDataRole.UserRole)
            if item.deadline is not None:
                row[4].setToolTip(labels.deadline_long(item.deadline))
            self.model.appendRow(row)
        self.table.fit_contents((0, 1, 3, 4))  # the status and deadline whole, in either language
        for section in Section:
            self._section_item(section).setText(self._section_title(section))
        count = self.counts.get(self.section, 0)
        self.status.setText(
            self.tr("{shown} dari {count} pengaduan.").format(shown=len(self.items), count=count)
            if count
            else self.tr("Tidak ada yang perlu ditinjau di bagian ini.")
        )
        self.more_button.setEnabled(len(self.items) < count)
        self._update_buttons()

    # --- actions

    def current_item(self) -> ReviewItem | None:
        row = self.table.currentIndex().row()
        return self.items[row] if 0 <= row < len(self.items) else None

    def select_complaint(self, complaint_id: int) -> None:
        for row, item in enumerate(self.items):
            if item.complaint_id == complaint_id:
                self.table.selectRow(row)
                return

    def _open(self, index: QModelIndex) -> None:
        if index.isValid() and 0 <= index.row() < len(self.items):
            self.open_complaint.emit(self.items[index.row()].complaint_id)

    def approve(self) -> None:
        item, review, actor = self.current_item(), self.review, self.actor
        if item is None:
            return
        self.tasks.write(
            lambda: review.approve(actor, item.complaint_id),
            lambda _: self._decided(self.tr("Disetujui: pengaduan ikut dikirim.")),
            self._failed,
            context=self,
        )

    def return_with_note(self, note: str | None = None) -> None:
        """Send a trainee's complaint back; `note` is asked for when not given (tests give it)."""
        item, review, actor = self.current_item(), self.review, self.actor
        if item is None:
            return
        if note is None:
            note, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Kembalikan dengan catatan"),
                self.tr("Apa yang perlu diperbaiki petugas? Catatan ini tampil di pengaduannya."),
            )
            if not ok:
                return
        text = note
        self.tasks.write(
            lambda: review.return_with_note(actor, item.complaint_id, text),
            lambda _: self._decided(self.tr("Dikembalikan ke petugas dengan catatan.")),
            self._failed,
            context=self,
        )

    def _decided(self, message: str) -> None:
        self.feedback.setText(message)
        self.feedback.show()
        self.reload()

    def _section_changed(self, row: int) -> None:
        item = self.sections.item(row)
        if item is None:
            return
        self.section = Section(item.data(Qt.ItemDataRole.UserRole))
        self.reload()

    def show_section(self, section: Section) -> None:
        self.sections.setCurrentRow(list(Section).index(section))

    def _update_buttons(self) -> None:
        item = self.current_item()
        waiting = item is not None and self.section is Section.AWAITING_APPROVAL
        self.open_button.setEnabled(item is not None)
        self.approve_button.setVisible(self.section is Section.AWAITING_APPROVAL)
        self.return_button.setVisible(self.section is Section.AWAITING_APPROVAL)
        self.approve_button.setEnabled(waiting)
        self.return_button.setEnabled(waiting)
        self.note.setText(self.tr("Catatan: {note}").format(note=item.note) if item is not None and item.note else "")
        self.note.setVisible(bool(self.note.text()))

    # --- text

    def _section_item(self, section: Section) -> QListWidgetItem:
        return self.sections.item(list(Section).index(section))

    def _section_title(self, section: Section, with_count: bool = True) -> str:
        titles = {
            Section.DEADLINE: self.tr("Lewat atau dekat tenggat"),
            Section.REFUSED: self.tr("Ditolak server pusat"),
            Section.STALE_DRAFT: self.tr("Draf lebih dari sehari"),
            Section.AWAITING_APPROVAL: self.tr("Menunggu persetujuan"),
        }
        count = self.counts.get(section)
        return titles[section] if count is None or not with_count else f"{titles[section]} ({count})"

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels(
            [self.tr("Nomor"), self.tr("Diterima"), self.tr("Judul"), self.tr("Status"), self.tr("Tenggat")]
        )
        self.open_button.setText(self.tr("B&uka"))
        self.approve_button.setText(self.tr("&Setujui"))
        self.return_button.setText(self.tr("&Kembalikan dengan catatan…"))
        self.more_button.setText(self.tr("Muat lagi"))
        self.refresh_button.setText(self.tr("Segarkan"))
        for section in Section:
            self._section_item(section).setText(self._section_title(section))
        self._fit_sections()
        if self.items:
            self._fill()

    def _fit_sections(self) -> None:
        """The section list is as wide as its longest title (with its count), in any font and language."""
        metrics = self.sections.fontMetrics()
        widest = max(metrics.horizontalAdvance(self._section_title(s, with_count=False) + " (9999)") for s in Section)
        self.sections.setFixedWidth(widest + metrics.horizontalAdvance("n") * 3)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_sections()
        super().changeEvent(event)
