"""The window's face until a staff member signs in, and while an idle session is locked.

The page only collects what is typed and shows the core's answers at the field they concern;
the session (ui/shell/session.py) calls the account service off the GUI thread.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.common import style
from ui.intake.form_fields import FieldBox

# Which field a refusal from the core belongs to; anything else shows under the title.
FIELD_OF_CODE = {
    "username_format": "username",
    "username_taken": "username",
    "account_not_found": "username",
    "sign_in_wrong": "password",
    "sign_in_username_missing": "username",
    "sign_in_password_missing": "password",
    "sign_in_wrong_left": "password",
    "account_locked": "password",
    "account_inactive": "username",
    "password_too_short": "password",
    "password_mismatch": "password_again",
}


class Mode(StrEnum):
    OPENING = "opening"  # the database is still opening
    FIRST_ADMIN = "first_admin"  # no account yet: create the admin
    SIGN_IN = "sign_in"
    LOCKED = "locked"  # the session locked itself when idle


class SignInPage(QWidget):
    sign_in_requested = Signal(str, str)  # username, password
    first_admin_requested = Signal(str, str, str)  # username, display name, password
    switch_user_requested = Signal()  # locked: someone else wants the desk

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = Mode.OPENING
        self.locked_name = ""
        self.editors: dict[str, QLineEdit] = {
            "username": QLineEdit(),
            "display_name": QLineEdit(),
            "password": QLineEdit(),
            "password_again": QLineEdit(),
        }
        for name in ("password", "password_again"):
            self.editors[name].setEchoMode(QLineEdit.EchoMode.Password)
        self.editors["username"].setMaxLength(64)
        self.editors["display_name"].setMaxLength(120)
        self.boxes = {name: FieldBox(editor) for name, editor in self.editors.items()}
        self.row_labels = {name: QLabel() for name in self.editors}
        for name, label in self.row_labels.items():
            label.setBuddy(self.editors[name])

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()  # a refusal that belongs to no single field
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        style.set_text_colour(self.message, style.ERROR)
        self.message.hide()
        self.submit = QPushButton()
        self.submit.setDefault(True)
        self.submit.clicked.connect(self._submit)
        self.switch_user = QPushButton()
        self.switch_user.setFlat(True)
        self.switch_user.clicked.connect(self.switch_user_requested)
        for editor in self.editors.values():
            editor.returnPressed.connect(self._submit)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in ("username", "display_name", "password", "password_again"):
            self.form.addRow(self.row_labels[name], self.boxes[name])
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addWidget(self.message)
        inner.addLayout(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_user)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        inner.addLayout(buttons)
        card.setMaximumWidth(self.fontMetrics().horizontalAdvance("n") * 90)
        self.card = card
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.retranslate()
        self.set_mode(Mode.OPENING)

    # --- modes

    def set_mode(self, mode: Mode, locked_name: str = "", username: str = "") -> None:
        self.mode = mode
        self.locked_name = locked_name
        shown = {
            Mode.OPENING: (),
            Mode.FIRST_ADMIN: ("username", "display_name", "password", "password_again"),
            Mode.SIGN_IN: ("username", "password"),
            Mode.LOCKED: ("password",),
        }[mode]
        for name in self.editors:
            self.form.setRowVisible(self.boxes[name], name in shown)
            if name != "username":
                self.editors[name].clear()
        self.editors["username"].setText(username)
        self.submit.setVisible(mode is not Mode.OPENING)
        self.switch_user.setVisible(mode is Mode.LOCKED)
        self.clear_errors()
        self.set_busy(False)
        self.retranslate()
        focus = "password" if mode is Mode.LOCKED or username else (shown[0] if shown else None)
        if focus:
            self.editors[focus].setFocus()

    def clear_errors(self) -> None:
        for box in self.boxes.values():
            box.message.show_error("")
            style.mark_invalid(box.editor, False)
        self.message.hide()

    def show_error(self, code: str, text: str) -> None:
        """A refusal from the core, under the field it concerns (the password is cleared)."""
        self.clear_errors()
        field = FIELD_OF_CODE.get(code)
        if field is not None and self.form.isRowVisible(self.boxes[field]):
            self.boxes[field].message.show_error(text)
            style.mark_invalid(self.editors[field], True)
            self.editors[field].setFocus()
        else:
            self.message.setText(text)
            self.message.show()
        for name in ("password", "password_again"):
            self.editors[name].clear()
        if field != "username":
            self.editors["password"].setFocus()

    def set_busy(self, busy: bool) -> None:
        self.submit.setEnabled(not busy)
        for editor in self.editors.values():
            editor.setReadOnly(busy)

    # --- submitting

    def _submit(self) -> None:
        if not self.submit.isEnabled() or self.mode is Mode.OPENING:
            return
        values = {name: editor.text() for name, editor in self.editors.items()}
        if self.mode is Mode.FIRST_ADMIN:
            if values["password"] != values["password_again"]:
                self.show_error("password_mismatch", self.tr("Kedua kata sandi tidak sama."))
                return
            self.set_busy(True)
            self.first_admin_requested.emit(values["username"], values["display_name"], values["password"])
            return
        self.set_busy(True)
        self.sign_in_requested.emit(values["username"], values["password"])

    # --- text

    def retranslate(self) -> None:
        titles = {
            Mode.OPENING: self.tr("Membuka database…"),
            Mode.FIRST_ADMIN: self.tr("Selamat datang di lapor-desk"),
            Mode.SIGN_IN: self.tr("Masuk"),
            Mode.LOCKED: self.tr("Layar terkunci"),
        }
        intros = {
            Mode.OPENING: self.tr("Sebentar, meja pengaduan sedang disiapkan."),
            Mode.FIRST_ADMIN: self.tr(
                "Belum ada akun di meja ini. Buat akun admin pertama; admin lalu membuat akun petugas dan supervisor."
            ),
            Mode.SIGN_IN: self.tr("Masuk dengan akun petugas Anda."),
            Mode.LOCKED: self.tr(
                "Sesi {name} terkunci karena lama tidak dipakai. Isian yang belum disimpan tetap ada. "
                "Masukkan kata sandi untuk melanjutkan."
            ).format(name=self.locked_name),
        }
        self.title.setText(titles[self.mode])
        self.intro.setText(intros[self.mode])
        self.row_labels["username"].setText(self.tr("&Nama pengguna"))
        self.row_labels["display_name"].setText(self.tr("Nama &lengkap"))
        self.row_labels["password"].setText(self.tr("&Kata sandi"))
        self.row_labels["password_again"].setText(self.tr("&Ulangi kata sandi"))
        self.submit.setText(
            {Mode.FIRST_ADMIN: self.tr("Buat akun admin"), Mode.LOCKED: self.tr("Buka kunci")}.get(
                self.mode, self.tr("Masuk")
            )
        )
        self.switch_user.setText(self.tr("Masuk sebagai petugas lain"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
