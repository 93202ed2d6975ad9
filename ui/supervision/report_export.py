"""Exporting the monthly recap (rekap bulanan): format, month, personal data and target file.

The export runs on the read lane, not the write lane. It is mostly reading (the month's
figures and listing, seconds at a million complaints) and writing a file outside the
database; its only database writes are two one-row audit appends, each in a BEGIN
IMMEDIATE transaction of its own that computes the hash chain inside it, so they cannot
interleave with other writers. Holding the serial write lane for the whole export would
only keep the clerk's saves and the sync waiting behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.accounts.roles import Actor, Permission
from lapor_desk.i18n import describe, translate
from lapor_desk.reports.figures import Period
from lapor_desk.reports.writers import ExportFormat
from lapor_desk.settings import DESK_CODE, UI_LANGUAGE, Settings
from ui.common import style
from ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from lapor_desk.reports.service import ReportService

AskPath = Callable[[Path, ExportFormat], Path | None]
FORMATS = (ExportFormat.PDF, ExportFormat.XLSX, ExportFormat.CSV)


class ReportExportDialog(QDialog):
    """Emits `exported(path)` when the file is written. A failure keeps every choice, so the
    supervisor only picks another folder and exports again."""

    exported = Signal(str)
    export_failed = Signal(str)  # the message shown

    def __init__(
        self,
        tasks: TaskRunner,
        settings: Settings,
        reports: ReportService,
        actor: Actor,
        month: Period | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.settings = settings
        self.reports = reports
        self.actor = actor
        self.running = False
        # Where the file goes: a save dialog; tests and kiosk set-ups replace it.
        self.ask_path: AskPath = self._ask_path
        self._auto_name = True  # the file name follows the month and format until the user picks one
        start = (month or Period.month(*_this_month(reports))).start
        self._build(start)
        self.retranslate()
        self._suggest_path()
        self._update_personal()

    def _build(self, start: date) -> None:
        self.format = QComboBox()
        self.month = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(2016, 2100)
        self.year.setGroupSeparatorShown(False)
        self.year.setValue(start.year)
        when = QHBoxLayout()
        when.addWidget(self.month, 1)
        when.addWidget(self.year)
        self.personal = QCheckBox()
        self.personal_note = QLabel()
        self.personal_note.setWordWrap(True)
        self.path = QLineEdit()
        self.browse = QPushButton()
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        self.format_label, self.when_label, self.path_label = QLabel(), QLabel(), QLabel()
        self.format_label.setBuddy(self.format)
        self.when_label.setBuddy(self.month)
        self.path_label.setBuddy(self.path)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.format_label, self.format)
        form.addRow(self.when_label, when)
        form.addRow(self.path_label, where)
        form.addRow("", self.personal)
        form.addRow("", self.personal_note)

        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)  # a whole path stays readable
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addLayout(buttons)

        for fmt in FORMATS:
            self.format.addItem("", str(fmt))
        for m in range(1, 13):
            self.month.addItem("", m)
        self.month.setCurrentIndex(start.month - 1)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.month.currentIndexChanged.connect(self._suggest_path)
        self.year.valueChanged.connect(self._suggest_path)
        self.path.textEdited.connect(self._path_edited)
        self.browse.clicked.connect(self.choose_path)
        self.personal.toggled.connect(self._update_personal)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)

    # --- choices

    def chosen_format(self) -> ExportFormat:
        return ExportFormat(self.format.currentData())

    def period(self) -> Period:
        return Period.month(self.year.value(), self.month.currentIndex() + 1)

    def include_personal(self) -> bool:
        return self.personal.isEnabled() and self.personal.isChecked()

    def _default_name(self) -> str:
        start = self.period().start
        desk = self.settings.get(DESK_CODE) or "meja"
        return f"rekap-{desk}-{start:%Y-%m}.{self.chosen_format()}"

    def _suggest_path(self) -> None:
        if not self._auto_name:
            return
        current = self.path.text().strip()
        folder = Path(current).parent if current else _documents()
        self.path.setText(str(folder / self._default_name()))

    def _format_changed(self) -> None:
        if self._auto_name:
            self._suggest_path()
        elif self.path.text().strip():  # keep the chosen name, with the new format's ending
            self.path.setText(str(Path(self.path.text().strip()).with_suffix(f".{self.chosen_format()}")))
        self._update_personal()

    def _path_edited(self, _text: str) -> None:
        self._auto_name = False

    def _update_personal(self) -> None:
        allowed = self.actor.can(Permission.EXPORT_PERSONAL)
        has_listing = self.chosen_format() is not ExportFormat.PDF
        self.personal.setEnabled(allowed and has_listing and not self.running)
        if not allowed:
            note = self.tr("Hanya admin yang dapat menyertakan data pribadi.")
        elif not has_listing:
            note = self.tr("PDF hanya berisi angka rekap; daftar pengaduan ada di XLSX dan CSV.")
        elif self.personal.isChecked():
            note = self.tr(
                "Berkas akan berisi nama, NIK dan kontak pelapor (UU PDP 27/2022). "
                "Simpan hanya di tempat yang aman; ekspor ini dicatat di jejak audit."
            )
        else:
            note = self.tr("Tanpa data pribadi: nama, NIK dan kontak pelapor tidak ikut.")
        self.personal_note.setText(note)

    def choose_path(self) -> Path | None:
        chosen = self.ask_path(
            Path(self.path.text().strip() or _documents() / self._default_name()), self.chosen_format()
        )
        if chosen is not None:
            self._auto_name = False
            self.path.setText(str(chosen))
        return chosen

    def _ask_path(self, suggested: Path, fmt: ExportFormat) -> Path | None:
        filters = {
            ExportFormat.PDF: self.tr("PDF (*.pdf)"),
            ExportFormat.XLSX: self.tr("Buku kerja Excel (*.xlsx)"),
            ExportFormat.CSV: self.tr("CSV dengan titik koma (*.csv)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan rekap bulanan"), str(suggested), filters[fmt])
        return Path(chosen) if chosen else None

    # --- exporting

    def export(self) -> None:
        if self.running:
            return
        text = self.path.text().strip()
        target = Path(text) if text else self.choose_path()
        if target is None:
            return
        reports, actor, period = self.reports, self.actor, self.period()
        fmt, personal = self.chosen_format(), self.include_personal()
        self._set_running(True)
        self._show(self.tr("Menyusun rekap…"), "info")
        self.tasks.read(
            lambda: reports.export_monthly(actor, period, fmt, target, include_personal=personal),
            self._done,
            self._failed,
        )

    def _done(self, written: Path) -> None:
        self._set_running(False)
        self._show(translate("export_done", self._language(), {"path": str(written)}), "ok")
        self.exported.emit(str(written))

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        text = describe(exc, self._language())
        self._show(text, "error")
        self.browse.setFocus()  # the usual way out: another folder
        self.export_failed.emit(text)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.busy.setVisible(running)
        for widget in (self.format, self.month, self.year, self.path, self.browse, self.export_button):
            widget.setEnabled(not running)
        self._update_personal()

    def _show(self, text: str, kind: str) -> None:
        self.banner.setText(text)
        style.set_banner_kind(self.banner, kind)
        self.banner.show()

    def _language(self) -> str:
        return self.settings.get(UI_LANGUAGE)

    # --- text

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ekspor rekap bulanan"))
        names = {
            ExportFormat.PDF: self.tr("PDF (untuk dicetak)"),
            ExportFormat.XLSX: self.tr("XLSX (Excel)"),
            ExportFormat.CSV: self.tr("CSV (titik koma)"),
        }
        for i, fmt in enumerate(FORMATS):
            self.format.setItemText(i, names[fmt])
        for i in range(12):
            self.month.setItemText(i, QLocale().standaloneMonthName(i + 1))
        self.format_label.setText(self.tr("&Format"))
        self.when_label.setText(self.tr("&Bulan"))
        self.path_label.setText(self.tr("&Simpan ke"))
        self.browse.setText(self.tr("&Pilih…"))
        self.personal.setText(self.tr("Sertakan &data pribadi"))
        self.export_button.setText(self.tr("&Ekspor"))
        self.close_button.setText(self.tr("&Tutup"))
        self._update_personal()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        if not self.running:  # the file is being written: closing now would hide how it ended
            super().reject()


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def _this_month(reports: ReportService) -> tuple[int, int]:
    today = reports.clock().date()
    return today.year, today.month
