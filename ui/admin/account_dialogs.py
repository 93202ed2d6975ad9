"""Dialogs for accounts: changing one's own password, and the admin's add / edit / reset.

Each runs its core call on the write lane (scrypt hashing takes ~0.1 s) and shows a refusal
under the field it concerns; the dialog stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.accounts import AccountInfo, Role
from lapor_desk.i18n import CodedError, describe
from ui.common import labels, style
from ui.common.tasks import TaskRunner
from ui.intake.form_fields import FieldBox

FIELD_OF_CODE = {
    "sign_in_wrong": "old_password",
    "password_too_short": "password",
    "password_mismatch": "password_again",
    "username_format": "username",
    "username_taken": "username",
    "last_admin": "role",
}


class FormDialog(QDialog):
    """Fields, OK/Cancel, and messages at the fields; `submit()` returns the core call to run."""

    def __init__(self, tasks: TaskRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.language = language
        self.editors: dict[str, QWidget] = {}
        self.boxes: dict[str, FieldBox] = {}
        self.form = QFormLayout()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        style.set_text_colour(self.message, style.ERROR)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.result_value: Any = None

    def add_field(self, name: str, label: str, editor: QWidget) -> None:
        self.editors[name] = editor
        self.boxes[name] = FieldBox(editor)
        self.form.addRow(label, self.boxes[name])

    def password_field(self, name: str, label: str) -> QLineEdit:
        editor = QLineEdit()
        editor.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field(name, label, editor)
        return editor

    def text(self, name: str) -> str:
        editor = self.editors[name]
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def submit(self) -> Callable[[], Any] | None:
        """The core call to run for OK, or None after showing why not."""
        raise NotImplementedError

    def show_error(self, code: str, text: str) -> None:
        for box in self.boxes.values():
            box.message.show_error("")
        self.message.hide()
        field = FIELD_OF_CODE.get(code)
        if field in self.boxes:
            self.boxes[field].message.show_error(text)
            self.editors[field].setFocus()
        else:
            self.message.setText(text)
            self.message.show()
        # A message wrapped over two lines (200 % font) needs more height than the layout's
        # minimum says: grow once the labels have their width, or its second line is cut.
        QTimer.singleShot(0, self.fit_height)

    def fit_height(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        need = max(need, layout.totalSizeHint().height())
        if need > self.height():
            self.resize(self.width(), need)

    def _ok(self) -> None:
        call = self.submit()
        if call is None:
            return
        self.buttons.setEnabled(False)
        self.tasks.write(call, self._done, self._failed)

    def _done(self, value: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = value
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.show_error(exc.code if isinstance(exc, CodedError) else "", describe(exc, self.language))

    def passwords_match(self) -> bool:
        if self.text("password") != self.text("password_again"):
            self.show_error("password_mismatch", self.tr("Kedua kata sandi tidak sama."))
            return False
        return True


class ChangePasswordDialog(FormDialog):
    def __init__(
        self,
        change: Callable[[str, str], None],
        tasks: TaskRunner,
        language: str,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, language, parent)
        self.change = change
        self.setWindowTitle(self.tr("Ganti kata sandi"))
        if forced:
            self.intro.setText(
                self.tr(
                    "Admin mengatur ulang kata sandi Anda. Buat kata sandi baru sebelum melanjutkan; "
                    "Batal berarti keluar akun."
                )
            )
            self.intro.show()
        self.password_field("old_password", self.tr("Kata sandi &lama"))
        self.password_field("password", self.tr("Kata sandi &baru"))
        self.password_field("password_again", self.tr("&Ulangi kata sandi baru"))

    def submit(self) -> Callable[[], Any] | None:
        if not self.passwords_match():
            return None
        old, new, change = self.text("old_password"), self.text("password"), self.change
        return lambda: change(old, new)


class AccountDialog(FormDialog):
    """Add an account (with a first password), or edit one's role, trainee mark and activity."""

    def __init__(
        self,
        tasks: TaskRunner,
        language: str,
        save: Callable[[dict[str, Any]], Any],
        info: AccountInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, language, parent)
        self.save = save
        self.info = info
        self.setWindowTitle(
            self.tr("Tambah akun") if info is None else self.tr("Ubah akun {username}").format(username=info.username)
        )
        username = QLineEdit(info.username if info else "")
        username.setReadOnly(info is not None)
        username.setMaxLength(64)
        self.add_field("username", self.tr("&Nama pengguna"), username)
        name = QLineEdit(info.display_name if info else "")
        name.setReadOnly(info is not None)
        self.add_field("display_name", self.tr("Nama &lengkap"), name)
        nip = QLineEdit(info.nip if info else "")
        nip.setReadOnly(info is not None)
        nip.setMaxLength(22)
        self.add_field("nip", self.tr("N&IP"), nip)
        role = QComboBox()
        for r in Role:
            role.addItem(labels.role_label(r), str(r))
        role.setCurrentIndex(role.findData(str(info.role if info else Role.CLERK)))
        self.add_field("role", self.tr("&Peran"), role)
        trainee = QCheckBox(self.tr("Petugas magang: pengaduannya menunggu persetujuan supervisor"))
        trainee.setChecked(bool(info and info.is_trainee))
        self.add_field("trainee", "", trainee)
        if info is None:
            self.password_field("password", self.tr("&Kata sandi awal"))
            self.password_field("password_again", self.tr("&Ulangi kata sandi"))
            self.intro.setText(self.tr("Petugas diminta mengganti kata sandi awal ini saat pertama masuk."))
            self.intro.show()
        else:
            active = QCheckBox(self.tr("Akun aktif"))
            active.setChecked(info.is_active)
            self.add_field("active", "", active)

    def values(self) -> dict[str, Any]:
        role = self.editors["role"]
        trainee = self.editors["trainee"]
        assert isinstance(role, QComboBox) and isinstance(trainee, QCheckBox)
        out: dict[str, Any] = {
            "username": self.text("username"),
            "display_name": self.text("display_name"),
            "nip": self.text("nip").strip(),
            "role": Role(role.currentData()),
            "is_trainee": trainee.isChecked(),
        }
        if "active" in self.editors:
            active = self.editors["active"]
            assert isinstance(active, QCheckBox)
            out["is_active"] = active.isChecked()
        if "password" in self.editors:
            out["password"] = self.text("password")
        return out

    def submit(self) -> Callable[[], Any] | None:
        if "password" in self.editors and not self.passwords_match():
            return None
        values, save = self.values(), self.save
        return lambda: save(values)


class ResetPasswordDialog(FormDialog):
    def __init__(
        self,
        tasks: TaskRunner,
        language: str,
        username: str,
        reset: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, language, parent)
        self.reset = reset
        self.setWindowTitle(self.tr("Atur ulang kata sandi {username}").format(username=username))
        self.intro.setText(
            self.tr("Kata sandi sementara ini juga membuka kunci akun. Petugas harus menggantinya saat masuk.")
        )
        self.intro.show()
        self.password_field("password", self.tr("Kata sandi &sementara"))
        self.password_field("password_again", self.tr("&Ulangi kata sandi"))

    def submit(self) -> Callable[[], Any] | None:
        if not self.passwords_match():
            return None
        password, reset = self.text("password"), self.reset
        return lambda: reset(password)
