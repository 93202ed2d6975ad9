"""The supervisor's (or admin's) blocks of paper receipt numbers: reserve one, see how many of
each were used, print a block's sheet for the desk drawer or save it as PDF, void a block whose
sheet was lost.

The core checks the role and the limits (lapor_desk/paper/book.py) and audits each sheet
printed or saved; the work (the database, drawing the pages) runs off the GUI thread and a
refusal is shown in the screen's own language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.i18n import describe
from lapor_desk.paper.book import DEFAULT_DAYS, MAX_BLOCK, MAX_DAYS, PaperBlock
from lapor_desk.paper.numbers import shown_time
from lapor_desk.paper.sheet import PaperSheet
from lapor_desk.settings import UI_LANGUAGE
from lapor_desk.transfer import os_reason
from ui.common.screen import ScreenSession
from ui.common.tasks import TaskRunner
from ui.intake.form_fields import FieldMessageLabel

PathAsker = Callable[[QWidget, str], Path | None]
ReasonAsker = Callable[[QWidget, PaperBlock], str | None]


def ask_for_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    title = QCoreApplication.translate("PaperBlocksView", "Simpan lembar sebagai PDF")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return Path(path) if path else None


def ask_void_reason(parent: QWidget, block: PaperBlock) -> str | None:
    """Why the block is voided (a lost sheet); None when cancelled. The core checks the text."""
    title = QCoreApplication.translate("PaperBlocksView", "Batalkan blok #{id}").format(id=block.id)
    label = QCoreApplication.translate(
        "PaperBlocksView",
        "Nomor {first} sampai {last} yang belum terpakai tidak bisa dipakai lagi. Alasan (misalnya: lembar hilang):",
    ).format(first=block.first_number, last=block.last_number)
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


class PaperBlocksView(QWidget):
    def __init__(
        self,
        session: ScreenSession,
        tasks: TaskRunner,
        ask_path: PathAsker = ask_for_pdf_path,
        parent: QWidget | None = None,
        ask_reason: ReasonAsker = ask_void_reason,
    ) -> None:
        super().__init__(parent)
        self.session, self.tasks, self.ask_path, self.ask_reason = session, tasks, ask_path, ask_reason
        self.blocks: list[PaperBlock] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_BLOCK)
        self.count.setValue(50)
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.reserve_button = QPushButton()
        self.reserve_button.clicked.connect(self.reserve)
        self.count_label, self.days_label = QLabel(), QLabel()
        self.count_label.setBuddy(self.count)
        self.days_label.setBuddy(self.days)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # short numbers
        form.addRow(self.count_label, self.count)
        form.addRow(self.days_label, self.days)
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()  # the block's own number is the first column
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.print_button, self.pdf_button, self.void_button = QPushButton(), QPushButton(), QPushButton()
        self.print_button.clicked.connect(lambda: self._with_sheet(self._print))
        self.pdf_button.clicked.connect(lambda: self._with_sheet(self._save_pdf))
        self.void_button.clicked.connect(self.void)
        self.message = FieldMessageLabel()
        self.news = QLabel()
        self.news.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.reserve_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.news)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()
        self.reload()

    @property
    def language(self) -> str:
        return self.session.settings.get(UI_LANGUAGE)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Nomor tanda terima kertas dipakai bila server kantor tidak terjangkau: petugas menulis satu nomor "
                "dan waktunya di tanda terima warga, lalu memasukkan pengaduannya dengan nomor itu setelah server "
                "kembali. Pesan satu blok selagi server menyala, cetak lembarnya dan simpan di laci meja."
            )
        )
        self.count_label.setText(self.tr("&Jumlah nomor"))
        self.days_label.setText(self.tr("Berl&aku (hari)"))
        self.reserve_button.setText(self.tr("&Pesan blok"))
        self.print_button.setText(self.tr("&Cetak lembar…"))
        self.pdf_button.setText(self.tr("Simpan lembar sebagai P&DF…"))
        self.void_button.setText(self.tr("Bata&lkan blok…"))
        self.void_button.setToolTip(
            self.tr("Untuk lembar yang hilang: nomor blok ini yang belum terpakai ditolak mulai sekarang.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Blok"), self.tr("Nomor"), self.tr("Terpakai"), self.tr("Berlaku sampai"), self.tr("Dipesan oleh")]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- reading and reserving

    def reload(self) -> None:
        session = self.session
        self.tasks.read(lambda: session.paper.blocks(session.actor), self._loaded, self._failed, context=self)

    def _loaded(self, blocks: list[PaperBlock]) -> None:
        self.blocks = blocks
        self._fill()

    def _fill(self) -> None:
        selected = self.selected()
        self.table.setRowCount(len(self.blocks))
        for row, block in enumerate(self.blocks):
            until = shown_time(block.valid_until)
            if block.voided_at is not None:
                # The day only, so the row fits at 200 %; the time and the reason are in its tooltip.
                until = self.tr("Dibatalkan {at}").format(at=shown_time(block.voided_at)[:10])
            cells = (
                f"#{block.id}",
                self.tr("{first} sampai {last}").format(first=block.first_number, last=block.last_number),
                self.tr("{used} dari {count}").format(used=block.used, count=block.size),
                until,
                block.reserved_by,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if block.voided_at is not None:  # greyed; who voided it and why, on every cell of its row
                    item.setForeground(self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
                    item.setToolTip(
                        self.tr("Dibatalkan {at} oleh {by}: {reason}").format(
                            at=shown_time(block.voided_at), by=block.voided_by, reason=block.void_reason
                        )
                    )
                self.table.setItem(row, column, item)
            if selected is not None and block.id == selected.id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> PaperBlock | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.blocks):
            return None
        return self.blocks[rows[0].row()]

    def _update_buttons(self) -> None:
        block = self.selected()
        usable = block is not None and block.voided_at is None  # a voided block's sheet is not printed
        self.print_button.setEnabled(usable)
        self.pdf_button.setEnabled(usable)
        self.void_button.setEnabled(usable)

    def reserve(self) -> None:
        session, count, days = self.session, self.count.value(), self.days.value()
        self.reserve_button.setEnabled(False)
        self.message.show_error("")

        def done(block: PaperBlock) -> None:
            self.reserve_button.setEnabled(True)
            self.news.setText(
                self.tr("Blok #{id} dipesan: {first} sampai {last}. Cetak lembarnya untuk laci meja.").format(
                    id=block.id, first=block.first_number, last=block.last_number
                )
            )
            self.blocks = [block, *[b for b in self.blocks if b.id != block.id]]
            self._fill()
            self.table.selectRow(0)

        self.tasks.write(lambda: session.paper.reserve(session.actor, count, days), done, self._failed, context=self)

    def void(self) -> None:
        block, session = self.selected(), self.session
        if block is None:
            return
        reason = self.ask_reason(self, block)
        if reason is None:
            return
        self.message.show_error("")
        self.void_button.setEnabled(False)

        def done(voided: PaperBlock) -> None:
            self.news.setText(
                self.tr("Blok #{id} dibatalkan: {unused} nomor yang belum terpakai ditolak mulai sekarang.").format(
                    id=voided.id, unused=voided.size - voided.used
                )
            )
            self.blocks = [voided if b.id == voided.id else b for b in self.blocks]
            self._fill()

        def refused(exc: BaseException) -> None:
            self._failed(exc)
            self._update_buttons()

        self.tasks.write(lambda: session.paper.void(session.actor, block.id, reason), done, refused, context=self)

    def _failed(self, exc: BaseException) -> None:
        self.reserve_button.setEnabled(True)
        self.message.show_error(describe(exc, self.language))

    # --- the sheet

    def _with_sheet(self, then: Callable[[int, PaperSheet], None]) -> None:
        block, session, language = self.selected(), self.session, self.language
        if block is None:
            return
        block_id = block.id
        self.tasks.read(
            lambda: session.paper.sheet(session.actor, block_id, language),
            lambda sheet: then(block_id, sheet),
            self._failed,
            context=self,
        )

    def _print(self, block_id: int, sheet: PaperSheet) -> None:
        from ui.supervision.paper_sheet_print import ask_printer, print_to

        printer = ask_printer(self)  # the dialog is the GUI thread's; the pages are drawn off it
        if printer is not None:
            self._render(block_id, "printer", lambda: print_to(sheet, printer), self.tr("Lembar dikirim ke printer."))

    def _save_pdf(self, block_id: int, sheet: PaperSheet) -> None:
        from ui.supervision.paper_sheet_print import save_sheet_pdf

        path = self.ask_path(self, f"nomor-kertas-blok-{block_id}.pdf")
        if path is None:
            return
        news = self.tr("Lembar disimpan: {path}").format(path=str(path))
        self._render(block_id, "pdf", lambda: save_sheet_pdf(sheet, path), news, path)

    def _render(self, block_id: int, how: str, draw: Callable[[], None], news: str, path: Path | None = None) -> None:
        """Audit first (the record is who was given a copy), then draw the pages off the GUI
        thread. The audit is queued now, while the session is valid, and is written even if
        this screen closes (or the user signs out) before it or the drawing is done."""
        session = self.session

        def audited(_: object) -> None:
            self.tasks.read(draw, drawn, failed, context=self)

        def drawn(_: object) -> None:
            self.news.setText(news)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OSError):
                reason = os_reason(exc, self.language)
                self.message.show_error(
                    self.tr("Lembar tidak bisa disimpan ke {path}: {reason}").format(path=str(path), reason=reason)
                )
            else:
                self._failed(exc)

        self.tasks.write(
            lambda: session.paper.sheet_printed(session.actor, block_id, how), audited, self._failed, context=self
        )
