"""The supervisor's (or admin's) blocks of paper receipt numbers: reserve one, see how many of
each were used, print a block's sheet for the desk drawer or save it as PDF.

The core checks the role and the limits (lapor_desk/paper/book.py); the work runs off the GUI
thread and a refusal is shown in the screen's own language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
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
from lapor_desk.paper.sheet import PaperSheet
from lapor_desk.settings import UI_LANGUAGE
from ui.common.screen import ScreenSession
from ui.common.tasks import TaskRunner
from ui.intake.form_fields import FieldMessageLabel

PathAsker = Callable[[QWidget, str], Path | None]


def ask_for_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    title = QCoreApplication.translate("PaperBlocksView", "Simpan lembar sebagai PDF")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return Path(path) if path else None


class PaperBlocksView(QWidget):
    def __init__(
        self,
        session: ScreenSession,
        tasks: TaskRunner,
        ask_path: PathAsker = ask_for_pdf_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.tasks, self.ask_path = session, tasks, ask_path
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
        self.print_button, self.pdf_button = QPushButton(), QPushButton()
        self.print_button.clicked.connect(lambda: self._with_sheet(self._print))
        self.pdf_button.clicked.connect(lambda: self._with_sheet(self._save_pdf))
        self.message = FieldMessageLabel()
        self.news = QLabel()
        self.news.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
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
            cells = (
                f"#{block.id}",
                self.tr("{first} sampai {last}").format(first=block.first_number, last=block.last_number),
                self.tr("{used} dari {count}").format(used=block.used, count=block.size),
                block.valid_until.astimezone().strftime("%d-%m-%Y %H:%M"),
                block.reserved_by,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if selected is not None and block.id == selected.id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> PaperBlock | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.blocks):
            return None
        return self.blocks[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.print_button.setEnabled(chosen)
        self.pdf_button.setEnabled(chosen)

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

    def _failed(self, exc: BaseException) -> None:
        self.reserve_button.setEnabled(True)
        self.message.show_error(describe(exc, self.language))

    # --- the sheet

    def _with_sheet(self, then: Callable[[PaperSheet], None]) -> None:
        block, session, language = self.selected(), self.session, self.language
        if block is None:
            return
        self.tasks.read(
            lambda: session.paper.sheet(session.actor, block.id, language), then, self._failed, context=self
        )

    def _print(self, sheet: PaperSheet) -> None:
        from ui.supervision.paper_sheet_print import print_sheet

        if print_sheet(sheet, self):
            self.news.setText(self.tr("Lembar dikirim ke printer."))

    def _save_pdf(self, sheet: PaperSheet) -> None:
        from ui.supervision.paper_sheet_print import save_sheet_pdf

        block = self.selected()
        path = self.ask_path(self, f"nomor-kertas-blok-{block.id if block else 0}.pdf")
        if path is None:
            return
        try:
            save_sheet_pdf(sheet, path)
        except OSError as exc:
            self.message.show_error(
                self.tr("Lembar tidak bisa disimpan ke {path}: {reason}").format(path=str(path), reason=str(exc))
            )
            return
        self.news.setText(self.tr("Lembar disimpan: {path}").format(path=str(path)))
