"""The admin's account list: add staff, change a role or the trainee mark, disable, reset a password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.accounts import AccountInfo, AccountService
from lapor_desk.i18n import describe
from lapor_desk.settings import UI_LANGUAGE
from ui.admin.account_dialogs import AccountDialog, ResetPasswordDialog
from ui.common import labels
from ui.common.screen import ScreenSession
from ui.common.tables import ReadOnlyTable
from ui.common.tasks import TaskRunner


class AccountsView(QWidget):
    """Built with the signed-in session (an admin's), dropped at sign-out."""

    def __init__(self, session: ScreenSession, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.settings = session.settings
        self.accounts: AccountService = session.accounts
        self.actor = session.actor
        self.infos: list[AccountInfo] = []
        self.dialog: QDialog | None = None  # the open add / edit / reset dialog (tests reach it)

        self.model = QStandardItemModel(0, 6, self)
        self.table = ReadOnlyTable({0: 16, 1: 24, 2: 20, 3: 12, 4: 8}, stretch=5)  # names whole at 200 %
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda _: self.edit_account())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_account)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_account)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_password)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()
        self.reload()

    @property
    def language(self) -> str:
        return self.settings.get(UI_LANGUAGE)

    def reload(self) -> None:
        accounts, actor = self.accounts, self.actor
        self.tasks.read(lambda: accounts.list_accounts(actor), self._loaded, self._failed)

    def _loaded(self, infos: list[AccountInfo]) -> None:
        self.infos = infos
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe(exc, self.language))

    def _fill(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for info in self.infos:
            state = self.tr("aktif") if info.is_active else self.tr("nonaktif")
            if info.locked_until is not None:
                state = self.tr("dikunci sampai {time}").format(
                    time=info.locked_until.astimezone().strftime("%d-%m-%Y %H:%M")
                )
            if info.must_change_password:
                state += self.tr(" · harus ganti kata sandi")
            cells = [
                info.username,
                info.display_name,
                info.nip,
                labels.role_label(info.role),
                labels.yes_no(info.is_trainee),
                state,
            ]
            self.model.appendRow([QStandardItem(text) for text in cells])
        self._update_buttons()

    def current(self) -> AccountInfo | None:
        row = self.table.currentIndex().row()
        return self.infos[row] if 0 <= row < len(self.infos) else None

    def select(self, username: str) -> None:
        for row, info in enumerate(self.infos):
            if info.username == username:
                self.table.selectRow(row)

    # --- actions (each opens a dialog whose core call runs on the write lane)

    def add_account(self) -> None:
        accounts, actor = self.accounts, self.actor

        def save(v: dict[str, Any]) -> AccountInfo:
            return accounts.add_account(
                actor,
                v["username"],
                v["display_name"],
                v["role"],
                v["password"],
                is_trainee=v["is_trainee"],
                nip=v["nip"],
            )

        self._open(AccountDialog(self.tasks, self.language, save, None, self), lambda: self.tr("Akun dibuat."))

    def edit_account(self) -> None:
        info, accounts, actor = self.current(), self.accounts, self.actor
        if info is None:
            return

        def save(v: dict[str, Any]) -> AccountInfo:
            return accounts.update_account(
                actor, info.username, role=v["role"], is_trainee=v["is_trainee"], is_active=v["is_active"]
            )

        self._open(AccountDialog(self.tasks, self.language, save, info, self), lambda: self.tr("Akun diubah."))

    def reset_password(self) -> None:
        info, accounts, actor = self.current(), self.accounts, self.actor
        if info is None:
            return
        username = info.username
        dialog = ResetPasswordDialog(
            self.tasks,
            self.language,
            username,
            lambda password: accounts.reset_password(actor, username, password),
            self,
        )
        self._open(
            dialog, lambda: self.tr("Kata sandi {username} diatur ulang; kuncinya dibuka.").format(username=username)
        )

    def _open(self, dialog: QDialog, done: Callable[[], str]) -> None:
        self.dialog = dialog

        def accepted() -> None:
            self.status.setText(done())
            self.reload()

        dialog.accepted.connect(accepted)
        dialog.open()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.reset_button.setEnabled(chosen)

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Nama pengguna"),
                self.tr("Nama"),
                self.tr("NIP"),
                self.tr("Peran"),
                self.tr("Magang"),
                self.tr("Keadaan"),
            ]
        )
        self.add_button.setText(self.tr("&Tambah akun…"))
        self.edit_button.setText(self.tr("&Ubah…"))
        self.reset_button.setText(self.tr("Atur ulang &kata sandi…"))
        if self.infos:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
