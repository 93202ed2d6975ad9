"""The Impor dialog (admins): check a legacy file, see its first rows and every problem, then
import the good rows. Checking runs on the read pool and importing on the write lane, so the
window stays responsive; progress comes back through a queued signal."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.accounts import Actor, Permission
from lapor_desk.labels import channel_label, field_label, type_label
from lapor_desk.settings import DESK_CODE, OFFICER_NAME

if TYPE_CHECKING:
    from lapor_desk.desk import Desk
    from lapor_desk.transfer import ImportReport
    from ui.shell.main_window import MainWindow

PREVIEW_COLUMNS = ("line", "client_id", "type", "channel", "title", "received_at")


def _shown(row: dict[str, Any], language: str) -> tuple[Any, ...]:
    """A preview row as the clerk reads it: report type and channel by their names."""
    named = {"type": type_label, "channel": channel_label}
    return tuple(
        named[c](row.get(c, ""), language) if c in named and row.get(c) else row.get(c, "") for c in PREVIEW_COLUMNS
    )


class _Progress(QObject):
    moved = Signal(str, int, float)  # phase, rows, share done


class _Rows(QAbstractTableModel):
    """A read-only table over a list of tuples: the problems may be many, only shown rows are drawn."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[tuple[Any, ...]] = []

    def set_rows(self, headers: list[str], rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return str(self.rows[index.row()][index.column()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class ImportUi(QObject):
    """The File menu's Impor action, shown to admins only."""

    def __init__(self, window: MainWindow, desk: Desk) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.actor: Actor | None = None
        self.dialog: ImportDialog | None = None
        self.action = QAction(window)
        self.action.triggered.connect(self.open_dialog)
        window.file_menu.insertAction(window.quit_action, self.action)
        self.set_actor(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Impor pengaduan lama…"))
        if self.dialog is not None:
            self.dialog.retranslate()

    def set_actor(self, actor: Actor | None) -> None:
        self.actor = actor
        admin = actor is not None and actor.can(Permission.IMPORT)
        self.action.setVisible(admin)
        self.action.setEnabled(admin)

    def open_dialog(self) -> None:
        if self.actor is None or not self.actor.can(Permission.IMPORT):
            return
        self.dialog = ImportDialog(self, self.window)
        self.dialog.open()


class ImportDialog(QDialog):
    def __init__(self, owner: ImportUi, parent: QWidget) -> None:
        super().__init__(parent)
        self.owner = owner
        self.report: ImportReport | None = None
        self.path = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.all_or_nothing = QCheckBox()
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.start_check)
        self.import_button = QPushButton()
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.preview_label, self.problems_label = QLabel(), QLabel()
        self.preview = _Rows(self)
        self.problems = _Rows(self)
        self.preview_view, self.problems_view = QTableView(), QTableView()
        for view, model in ((self.preview_view, self.preview), (self.problems_view, self.problems)):
            view.setModel(model)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().hide()
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(self.browse_button)
        buttons = QHBoxLayout()
        for button in (self.check_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_view, 2)
        layout.addLayout(buttons)
        self.moved = _Progress(self)
        self.moved.moved.connect(self._moved)
        self.retranslate()
        # Grows with the font (at 200% a fixed 820×620 showed one preview row), within the screen
        # and its title bar.
        fm = self.fontMetrics()
        room = parent.screen().availableGeometry()
        self.resize(
            min(max(820, fm.horizontalAdvance("n") * 117), room.width()),
            min(max(620, fm.lineSpacing() * 36), room.height() * 9 // 10),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Impor pengaduan lama"))
        self.path.setPlaceholderText(self.tr("Berkas CSV, JSONL atau XLSX"))
        self.browse_button.setText(self.tr("Pilih &berkas…"))
        self.all_or_nothing.setText(self.tr("Simpan hanya jika semua baris benar"))
        self.check_button.setText(self.tr("&Periksa"))
        self.import_button.setText(self.tr("&Impor baris yang benar"))
        self.close_button.setText(self.tr("&Tutup"))
        self.preview_label.setText(self.tr("Baris pertama:"))
        self.problems_label.setText(self.tr("Masalah:"))

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas"), "", self.tr("Data pengaduan (*.csv *.jsonl *.ndjson *.xlsx)")
        )
        if chosen:
            self.path.setText(chosen)

    def _busy(self, busy: bool) -> None:
        for widget in (self.check_button, self.browse_button, self.close_button, self.path):
            widget.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self._can_import())

    def _can_import(self) -> bool:
        r = self.report
        return (
            r is not None
            and r.fatal is None
            and r.checked > r.bad_rows + r.repeated + r.already_present
            and not (self.all_or_nothing.isChecked() and r.problems)
        )

    def _moved(self, phase: str, rows: int, share: float) -> None:
        # Checking fills the first half of the bar, writing the second.
        self.progress.setValue(int(500 * share) + (500 if phase == "write" else 0))
        text = self.tr("{rows} baris diperiksa…") if phase == "check" else self.tr("{rows} pengaduan disimpan…")
        self.status.setText(text.format(rows=rows))

    def _run(self, *, check_only: bool) -> None:
        from lapor_desk.accounts.imports import import_complaints

        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Pilih berkas dulu."))
            return
        desk, actor = self.owner.desk, self.owner.actor
        if actor is None:  # signed out meanwhile: the dialog goes with the session
            return
        path, emit = Path(text), self.moved.moved.emit
        desk_officer = desk.settings.get(OFFICER_NAME)
        all_or_nothing = self.all_or_nothing.isChecked()
        supervision = desk.supervision

        def work() -> ImportReport:
            # The core checks the role (accounts/imports.py) and names the signed-in admin in the audit.
            return import_complaints(
                actor,
                supervision.accounts,
                supervision.audit,
                path,
                desk.db,
                desk.bus,
                desk_code=desk.settings.get(DESK_CODE),
                desk_officer=desk_officer,  # rows with no officer: the core's default (the admin's name)
                language=self.owner.window.language,
                hooks=desk.hooks,
                all_or_nothing=all_or_nothing,
                check_only=check_only,
                progress=lambda phase, rows, _rate, share: emit(phase, rows, share),
            )

        self._busy(True)
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        tasks = self.owner.window.tasks
        # Checking only reads, and an import commits chunk by chunk in short transactions of its
        # own: both on the read pool, so the clerks' saves on the write lane carry on meanwhile.
        # --all-or-nothing is one long transaction: the write lane, where saves wait their turn.
        lane = tasks.write if all_or_nothing and not check_only else tasks.read
        lane(work, lambda r: self._done(r, check_only), self._failed)

    def start_check(self) -> None:
        self._run(check_only=True)

    def _column(self, name: str, language: str) -> str:
        """A column of the file by its label (a complaint field's, or the file's own ones)."""
        own = {"client_id": self.tr("ID di berkas"), "receipt_number": self.tr("Nomor tanda terima")}
        return own.get(name) or field_label(name, language)

    def start_import(self) -> None:
        self._run(check_only=False)

    def _done(self, report: ImportReport, checked_only: bool) -> None:
        from lapor_desk.transfer import summary_text

        self.report = report
        lang = self.owner.window.language
        # The fields by their labels and the codes by their names, in the desk's language (the file's
        # own "type"/"walk_in" are for whoever wrote the file, not for the clerk checking it).
        self.preview.set_rows(
            [self.tr("Baris"), self.tr("ID di berkas"), *(field_label(c, lang) for c in PREVIEW_COLUMNS[2:])],
            [_shown(row, lang) for row in report.preview],
        )
        self.problems.set_rows(
            [self.tr("Baris"), self.tr("Kolom"), self.tr("Masalah")],
            [(p.line, self._column(p.field, lang), p.message) for p in report.problems],
        )
        for view in (self.preview_view, self.problems_view):  # a column name is not cut to "chan…"
            for column in range(view.model().columnCount() - 1):  # the last one stretches
                view.resizeColumnToContents(column)
        lines = [*report.notes]
        if report.fatal:
            lines.append(report.fatal)
        elif checked_only:
            # Checking fills only the first half: a bare "50%" after a finished check reads as stuck.
            self.progress.setFormat(self.tr("Diperiksa; belum diimpor"))
            lines.append(
                self.tr("Diperiksa: {rows} baris; {bad} bermasalah. Belum ada yang disimpan.").format(
                    rows=report.checked, bad=report.bad_rows
                )
            )
        else:
            lines.append(summary_text(report, lang))
            self.progress.setValue(1000)
        self.status.setText("\n".join(lines))
        self._busy(False)
        if not checked_only:
            self.import_button.setEnabled(False)

    def _failed(self, exc: BaseException) -> None:
        from lapor_desk.i18n import describe

        self._busy(False)
        self.status.setText(describe(exc, self.owner.window.language))
