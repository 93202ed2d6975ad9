"""Backups, restore and the daily upkeep from the window (issue 14).

The daily backup and the retention purge run from a timer on the GUI thread that only
schedules the work: the copy runs on the read pool (it is a reader: saves carry on), the
purge on the write lane. The Data menu (admins) opens the backup/restore dialog with a
progress bar. A restore closes the desk first (the app's own locks would refuse it), then
asks for a restart: the window never runs on a database swapped under it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.accounts import IT_CONSOLE, Actor, Permission
from lapor_desk.i18n import describe

# Imported with the window, not in upkeep(): an import there reads .pyc files on the GUI thread,
# and during a backup at 1,000,000 complaints a read() there waited 180 ms for the busy disk.
from lapor_desk.privacy import RetentionPurge

if TYPE_CHECKING:
    from lapor_desk.desk import Desk
    from ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
UPKEEP_EVERY_MS = 60 * 60 * 1000  # the daily copy is due once 24 h have passed; look hourly


class _Progress(QObject):
    """Carries (done, total) from a worker thread to the GUI thread (queued signal)."""

    moved = Signal(int, int)


class DataSafety(QObject):
    restart_needed = Signal(str)  # the database was restored: the message to show before closing

    def __init__(self, window: MainWindow, desk: Desk) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.actor: Actor | None = None
        self.dialog: BackupDialog | None = None
        self.menu = window.menuBar().addMenu("")
        self.backup_action = QAction(window)
        self.backup_action.triggered.connect(self.open_dialog)
        self.menu.addAction(self.backup_action)
        self.timer = QTimer(self)
        self.timer.setInterval(UPKEEP_EVERY_MS)
        self.timer.timeout.connect(self.upkeep)
        self.timer.start()
        self.set_actor(None)
        self.retranslate()
        QTimer.singleShot(30_000, self.upkeep)  # once the start-up work has settled

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Data"))
        self.backup_action.setText(self.tr("Cadangkan dan pulihkan…"))
        if self.dialog is not None:
            self.dialog.retranslate()

    def set_actor(self, actor: Actor | None) -> None:
        self.actor = actor
        admin = actor is not None and actor.can(Permission.MANAGE_SETTINGS)
        self.menu.menuAction().setVisible(admin)
        self.backup_action.setEnabled(admin)

    def upkeep(self) -> None:
        """The daily backup (read pool) and the retention purge (write lane)."""
        if self.desk.db.path is None:
            return
        backups = self.desk.backups
        purge = RetentionPurge(self.desk.db, self.desk.settings)
        self.window.tasks.read(
            backups.run_daily, None, lambda exc: log.error("daily backup failed: %s", exc), context=self
        )
        self.window.tasks.write(
            lambda: purge.run(IT_CONSOLE.who),
            None,
            lambda exc: log.error("retention purge failed: %s", exc),
            context=self,
        )

    def open_dialog(self) -> None:
        if self.actor is None or not self.actor.can(Permission.MANAGE_SETTINGS):
            return
        self.dialog = BackupDialog(self, self.window)
        self.dialog.open()

    def shutdown(self) -> None:
        self.timer.stop()


BACKUP_FILTER = "*.sqlite3 *.lapor-backup"


def ask_backup_target(parent: QWidget, folder: str) -> Path | None:
    """Where to write a backup (a USB stick); tests set `BackupDialog.ask_target` instead."""
    title = QCoreApplication.translate("BackupDialog", "Simpan cadangan ke")
    return _ask_backup_file(QFileDialog.getSaveFileName, parent, folder, title)


def ask_backup_source(parent: QWidget, folder: str) -> Path | None:
    """The backup to restore from; tests set `BackupDialog.ask_source` instead."""
    title = QCoreApplication.translate("BackupDialog", "Pulihkan dari cadangan")
    return _ask_backup_file(QFileDialog.getOpenFileName, parent, folder, title)


def _ask_backup_file(ask: Callable[..., tuple[str, str]], parent: QWidget, folder: str, title: str) -> Path | None:
    path, _ = ask(
        parent,
        title,
        folder,
        QCoreApplication.translate("BackupDialog", "Cadangan lapor-desk ({patterns});;Semua berkas (*)").format(
            patterns=BACKUP_FILTER
        ),
    )
    return Path(path) if path else None


class BackupDialog(QDialog):
    def __init__(self, owner: DataSafety, parent: QWidget) -> None:
        super().__init__(parent)
        self.owner = owner
        self.ask_target: Callable[[QWidget, str], Path | None] = ask_backup_target
        self.ask_source: Callable[[QWidget, str], Path | None] = ask_backup_source
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.target = QLineEdit()
        self.encrypt = QCheckBox()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.source = QLineEdit()
        self.other_desk = QCheckBox()
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.start_backup)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.start_restore)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        # A path is picked, not typed: "Pilih…" beside each (the field still takes a typed path).
        self.target_button = QPushButton()
        self.target_button.clicked.connect(self.pick_target)
        self.source_button = QPushButton()
        self.source_button.clicked.connect(self.pick_source)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.labels, (self.target, self.encrypt, self.passphrase, self.passphrase_again, self.source), strict=True
        ):
            label.setBuddy(field)
            button = (
                self.target_button if field is self.target else self.source_button if field is self.source else None
            )
            if button is None:
                self.form.addRow(label, field)
            else:
                row = QHBoxLayout()
                row.addWidget(field, 1)
                row.addWidget(button)
                self.form.addRow(label, row)
        self.form.addRow("", self.other_desk)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.moved = _Progress(self)
        self.moved.moved.connect(self._moved)
        self.retranslate()
        self.resize(560, 0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cadangan database"))
        texts = (
            self.tr("Simpan ke (kosong = folder cadangan)"),
            self.tr("Enkripsi"),
            self.tr("Kata sandi"),
            self.tr("Ulangi kata sandi"),
            self.tr("Pulihkan dari berkas"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.encrypt.setText(self.tr("untuk dibawa keluar (flashdisk)"))
        self.other_desk.setText(self.tr("Cadangan dari meja lain (kode meja berbeda)"))
        self.backup_button.setText(self.tr("&Cadangkan sekarang"))
        self.restore_button.setText(self.tr("&Pulihkan…"))
        self.close_button.setText(self.tr("&Tutup"))
        for button in (self.target_button, self.source_button):
            button.setText(self.tr("Pilih…"))
        self.target_button.setAccessibleName(self.tr("Pilih tempat menyimpan cadangan"))
        self.source_button.setAccessibleName(self.tr("Pilih berkas cadangan untuk dipulihkan"))

    def pick_target(self) -> None:
        chosen = self.ask_target(self, self.target.text().strip() or str(self.owner.desk.backups.folder))
        if chosen is not None:
            self.target.setText(str(chosen))

    def pick_source(self) -> None:
        chosen = self.ask_source(self, self.source.text().strip() or str(self.owner.desk.backups.folder))
        if chosen is not None:
            self.source.setText(str(chosen))

    @property
    def language(self) -> str:
        return self.owner.desk.language

    def _busy(self, busy: bool) -> None:
        for widget in (self.backup_button, self.restore_button, self.close_button):
            widget.setEnabled(not busy)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    # --- backup

    def start_backup(self) -> None:
        from lapor_desk.errors import StorageError

        passphrase: str | None = None
        if self.encrypt.isChecked():
            passphrase = self.passphrase.text()
            if not passphrase:
                return self._failed(StorageError("backup_passphrase_empty"))
            if passphrase != self.passphrase_again.text():
                return self._failed(StorageError("backup_passphrase_mismatch"))
        text = self.target.text().strip()
        target = Path(text) if text else None
        backups = self.owner.desk.backups
        emit = self.moved.moved.emit
        self._busy(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Mencadangkan…"))
        actor, audit = self.owner.actor, self.owner.desk.supervision.audit

        def copy() -> Path:
            # A copy outside the backup folder leaves the PC with personal data: the core's
            # admin check and audit rows, as at the command line.
            if target is None or target.resolve().parent == backups.folder.resolve() or actor is None:
                return backups.create(target, passphrase=passphrase, progress=emit)
            from lapor_desk.accounts.exports import copy_database

            return copy_database(actor, audit, backups, target, passphrase=passphrase, progress=emit)

        # A reader: the read pool, so saves on the write lane carry on meanwhile.
        self.owner.window.tasks.read(copy, self._backed_up, self._failed)

    def _backed_up(self, path: Any) -> None:
        self._busy(False)
        self.progress.setValue(100)
        self.status.setText(self.tr("Cadangan tersimpan dan sudah diperiksa: {path}").format(path=str(path)))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setText(describe(exc, self.language))

    # --- restore

    def start_restore(self) -> None:
        source = Path(self.source.text().strip())
        if not self.source.text().strip():
            return
        question = self.tr(
            "Database meja akan diganti dengan {file}. Berkas sekarang disimpan di folder "
            "cadangan. Aplikasi ditutup sesudahnya. Lanjutkan?"
        ).format(file=str(source))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "lapor-desk",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.accepted.connect(lambda: self._restore(source))
        self.confirm = box
        box.open()

    def _restore(self, source: Path) -> None:
        from lapor_desk.backups import crypto
        from lapor_desk.backups.restore import preflight, restore_desk
        from lapor_desk.settings import DESK_CODE

        desk = self.owner.desk
        window = self.owner.window
        db_path, backup_dir, data_dir = desk.db.path, desk.paths.backup_dir, desk.paths.data_dir
        code = desk.settings.get(DESK_CODE)
        passphrase = self.passphrase.text() if crypto.is_encrypted(source) else None
        other = self.other_desk.isChecked()
        self._busy(True)
        self.progress.setRange(0, 0)  # no steps to count: a busy bar
        self.status.setText(self.tr("Memeriksa cadangan…"))

        def check() -> Any:  # every check first, while the desk still runs: a bad file changes nothing
            return preflight(source, backup_dir / "restore-check", code, passphrase=passphrase, other_desk=other)

        def checked(_revision: Any) -> None:
            self.status.setText(self.tr("Memulihkan…"))
            # Let go of the database: the app's own locks would refuse the restore.
            window.release_desk_for_restore()
            window.tasks.write(work, self._restored, self._restore_failed)

        def refused(exc: BaseException) -> None:
            self.progress.setRange(0, 100)
            self._failed(exc)

        def work() -> Any:
            assert db_path is not None
            return restore_desk(
                source, db_path, backup_dir, code, passphrase=passphrase, other_desk=other, data_dir=data_dir
            )

        window.tasks.read(check, checked, refused, context=self)

    def _restored(self, report: Any) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(100)
        text = self.tr("Database dipulihkan dari {file} ({count} pengaduan). Buka lapor-desk lagi.").format(
            file=str(report.restored_from), count=report.complaints
        )
        self.status.setText(text)
        self.owner.restart_needed.emit(text)

    def _restore_failed(self, exc: BaseException) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        text = describe(exc, self.language)
        self.status.setText(text)
        # The desk was let go; the window cannot carry on without it: same ending, with the reason.
        self.owner.restart_needed.emit(text)
