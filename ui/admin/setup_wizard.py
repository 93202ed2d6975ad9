"""The first-run wizard: the desk and its office, the central (tested then and there), the admin.

Nothing is written until Finish: then the core's `lapor_desk.setup.apply` creates the admin and
saves the settings with their audit rows (on the write lane), and the admin is signed in.
Cancelled half-way, the desk stays as it was and the wizard comes back at the next start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lapor_desk.i18n import describe, translate
from lapor_desk.settings import (
    DESK_CODE,
    DESK_COUNTER,
    DESK_NAME,
    OFFICE_ADDRESS,
    OFFICE_NAME,
    OFFICE_PHONE,
    SYNC_CA_BUNDLE,
    SYNC_PROXY,
    Setting,
    SettingError,
)
from lapor_desk.setup import SetupPlan, apply
from lapor_desk.sync.installation import desk_installation_id
from lapor_desk.sync.registration import CentralCheck, Connection, check_central
from ui.admin.office_page import DatabasePage
from ui.admin.setting_editors import SettingEditor
from ui.common import style
from ui.common.tasks import TaskRunner
from ui.intake.form_fields import FieldBox

OFFICE_SETTINGS: tuple[Setting[Any], ...] = (DESK_CODE, DESK_NAME, OFFICE_NAME, OFFICE_ADDRESS, OFFICE_PHONE)


def _status_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class OfficePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.editors: dict[str, SettingEditor] = {}
        self.boxes: dict[str, FieldBox] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for setting in OFFICE_SETTINGS:
            editor = SettingEditor(setting)
            stored = wizard.desk.settings.stored(setting)
            editor.set_value("" if setting is DESK_CODE and stored == DESK_CODE.default else stored)
            editor.retranslate(wizard.language)
            self.editors[setting.key] = editor
            self.boxes[setting.key] = FieldBox(editor.widget)
            form.addRow(setting.description(wizard.language), self.boxes[setting.key])
        self.setTitle(self.tr("Meja dan kantor"))
        self.setSubTitle(
            self.tr(
                "Kode meja dipakai di setiap nomor tanda terima; nama, alamat dan telepon "
                "kantor dicetak di kop tanda terima."
            )
        )

    def values(self) -> dict[str, Any]:
        return {key: editor.value() for key, editor in self.editors.items()}

    def validatePage(self) -> bool:  # noqa: N802  Qt override
        ok = True
        for setting in OFFICE_SETTINGS:
            value = self.editors[setting.key].value()
            problem = ""
            if setting is DESK_CODE and not value:
                problem = translate("required", self.owner.language)
            else:
                try:
                    setting.parse(value)
                except SettingError as exc:
                    problem = exc.text(self.owner.language)
            self.boxes[setting.key].message.show_error(problem)
            style.mark_invalid(self.editors[setting.key].widget, bool(problem))
            ok = ok and not problem
        return ok


class CentralPage(QWizardPage):
    """The central's address and the desk token; tested with one button (or by Next)."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://pusat.example/api/v1"))  # "central.example" in English
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)  # pasted, never shown
        self.ca_bundle = QLineEdit(wizard.desk.settings.stored(SYNC_CA_BUNDLE))
        self.proxy = QLineEdit(wizard.desk.settings.stored(SYNC_PROXY))
        self.test_button = QPushButton(self.tr("&Uji koneksi"))
        self.test_button.clicked.connect(lambda: self.test(advance=False))
        self.status = _status_label()
        self.status.setAccessibleName(self.tr("Hasil uji koneksi"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long descriptions above their field
        # Room for an address: a field narrower than this puts its long description above it
        # (at 200 % font the descriptions left the fields a third of the page, the address cut).
        for edit in (self.url, self.token, self.ca_bundle, self.proxy):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("n") * 32)
        form.addRow(self.tr("Alamat pusat"), self.url)
        form.addRow(self.tr("Token meja"), self.token)
        form.addRow(SYNC_CA_BUNDLE.description(wizard.language), self.ca_bundle)
        form.addRow(SYNC_PROXY.description(wizard.language), self.proxy)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        self.result: CentralCheck | None = None
        self._tested: tuple[str, ...] | None = None  # the inputs the result belongs to
        self._running = False
        self.setTitle(self.tr("Pusat LAPOR!"))
        self.setSubTitle(
            self.tr(
                "Alamat dan token meja dari admin pusat. Kosongkan keduanya untuk mendaftar "
                "nanti (perintah lapor-desk register)."
            )
        )

    def inputs(self) -> tuple[str, ...]:
        return (
            self.url.text().strip(),
            self.token.text().strip(),
            self.ca_bundle.text().strip(),
            self.proxy.text().strip(),
        )

    def skipped(self) -> bool:
        return not self.url.text().strip() and not self.token.text().strip()

    def test(self, *, advance: bool) -> None:
        if self._running:
            return
        url, token, bundle, proxy = self.inputs()
        language = self.owner.language
        try:
            connection = Connection(
                SYNC_CA_BUNDLE.parse(bundle), self.owner.desk.settings.with_secret(SYNC_PROXY, SYNC_PROXY.parse(proxy))
            )
        except SettingError as exc:
            self._show(f"{exc.key}: {exc.text(language)}", ok=False)
            return
        asked = self.inputs()
        self._running = True
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Menghubungi pusat…"))

        def done(check: CentralCheck) -> None:
            self._finish()
            self.result, self._tested = check, asked
            self._show(
                translate(
                    "reg_found",
                    language,
                    {
                        "url": check.api_url,
                        "version": check.version,
                        "api_version": check.api_version,
                        "offset": f"{check.clock_offset_s:+.0f}",
                    },
                ),
                ok=True,
            )
            if advance and self.owner.currentPage() is self:
                if self.isFinalPage():
                    self.owner.accept()
                else:
                    self.owner.next()

        def failed(exc: BaseException) -> None:
            self._finish()
            self.result, self._tested = None, None
            self._show(describe(exc, language), ok=False)

        config_dir = self.owner.desk.paths.config_dir

        office = getattr(self.owner, "database", None)
        server = office.server() if office is not None and office.office_mode() else None

        def check() -> CentralCheck:  # as this PC, so a token another PC holds is refused here
            if server is not None:  # a counter of an office: as the office, which the central knows
                from lapor_desk.office import office_installation_id

                installation = office_installation_id(server, config_dir)
            else:
                installation = desk_installation_id(self.owner.desk.db, config_dir)
            mine = Connection(
                connection.ca_bundle, connection.proxy, connection.allow_plain_http, installation_id=installation
            )
            return check_central(url, token, mine)

        self.owner.tasks.read(check, done, failed, context=self)

    def _finish(self) -> None:
        self._running = False
        self.test_button.setEnabled(True)

    def _show(self, text: str, *, ok: bool) -> None:
        self.status.setText(text)
        style.mark_invalid(self.url, not ok)

    def validatePage(self) -> bool:  # noqa: N802  Qt override
        if self.skipped():
            self.result = None
            return True
        if self.result is not None and self._tested == self.inputs():
            return True
        self.test(advance=True)  # Next tests first, and moves on when the central passes
        return False


class AdminPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.editors = {name: QLineEdit() for name in ("username", "display_name", "password", "password_again")}
        for name in ("password", "password_again"):
            self.editors[name].setEchoMode(QLineEdit.EchoMode.Password)
        self.boxes = {name: FieldBox(editor) for name, editor in self.editors.items()}
        form = QFormLayout(self)
        labels = {
            "username": self.tr("Nama pengguna"),
            "display_name": self.tr("Nama lengkap"),
            "password": self.tr("Kata sandi"),
            "password_again": self.tr("Ulangi kata sandi"),
        }
        for name, box in self.boxes.items():
            form.addRow(labels[name], box)
        self.status = _status_label()
        form.addRow(self.status)
        self.setTitle(self.tr("Akun admin"))
        self.setSubTitle(self.tr("Admin pertama meja ini; admin lalu membuat akun petugas dan supervisor."))

    def validatePage(self) -> bool:  # noqa: N802  Qt override
        language = self.owner.language
        problems = {name: "" for name in self.editors}
        if not self.editors["username"].text().strip():
            problems["username"] = translate("required", language)
        if self.editors["password"].text() != self.editors["password_again"].text():
            problems["password_again"] = translate("password_mismatch", language)
        for name, text in problems.items():
            self.boxes[name].message.show_error(text)
        return not any(problems.values())


class SetupWizard(QWizard):
    """Built with the open desk; `completed` carries the signed-in admin."""

    completed = Signal(object)  # Actor
    # Office mode chosen: the desk that is open is this PC's own file, so the window says why it
    # closes and the next start opens the office's database (the text to show).
    restart_needed = Signal(str)

    def __init__(self, desk: Any, tasks: TaskRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.tasks = tasks
        self.language = language
        self.setWindowTitle(self.tr("Penyiapan meja lapor-desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("n") * 90)  # room for a URL and a path
        # Room for a message under each field: QWizard does not grow when one appears (at 200% font the
        # desk-code field was squeezed flat by its "Wajib diisi.").
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 20)
        self.database = DatabasePage(self)
        self.office = OfficePage(self)
        self.central = CentralPage(self)
        self.admin = AdminPage(self)
        for page in (self.database, self.office, self.central, self.admin):
            self.addPage(page)
        # Qt ships no Indonesian for its own buttons: the wizard names them itself.
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< &Kembali"),
            QWizard.WizardButton.NextButton: self.tr("&Berikutnya >"),
            QWizard.WizardButton.FinishButton: self.tr("&Selesai"),
            QWizard.WizardButton.CancelButton: self.tr("Batal"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)
        self._saving = False

    def plan(self) -> SetupPlan:
        plan = SetupPlan()
        for key, value in self.office.values().items():
            plan.setting(key, value)
        if self.database.office_mode():
            plan.setting(DESK_COUNTER.key, self.database.counter_code())
        if self.central.result is not None:
            _url, token, bundle, proxy = self.central.inputs()
            plan.setting(SYNC_CA_BUNDLE.key, bundle)
            plan.setting(SYNC_PROXY.key, proxy)
            plan.register_url, plan.token = self.central.result.api_url, token
        plan.admin_username = self.admin.editors["username"].text().strip()
        plan.admin_name = self.admin.editors["display_name"].text().strip()
        return plan

    def accept(self) -> None:
        """Finish: write everything on the write lane, then sign the admin in."""
        # Overriding accept() skips QWizard's own check of the last page: run it here.
        if self._saving or not self.validateCurrentPage():
            return
        plan = self.plan()
        password = self.admin.editors["password"].text()
        desk, central = self.desk, self.central.result

        def save() -> Any:
            apply(desk, plan, password, central)
            return desk.supervision.accounts.sign_in(plan.admin_username, password)

        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.admin.status.setText(self.tr("Menyimpan…"))
        if self.database.office_mode():
            server, language = self.database.server(), self.language
            self.tasks.write(
                lambda: join_office(desk, server, plan, password, central, language), self._joined, self._failed
            )
            return
        self.tasks.write(save, self._saved, self._failed)

    def _joined(self, text: str) -> None:
        self._saving = False
        super().accept()
        self.restart_needed.emit(text)

    def _saved(self, actor: Any) -> None:
        self._saving = False
        super().accept()
        self.completed.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        text = describe(exc, self.language)
        code = getattr(exc, "code", "")
        target = "password" if code.startswith("password") else "username"
        self.admin.boxes[target].message.show_error(text)
        self.admin.status.setText(text)


def join_office(desk: Any, server: Any, plan: SetupPlan, password: str, central: Any, language: str) -> str:
    """On the write lane: keep the office database for this PC, then set the plan up in it (the
    first admin, or the office's admin signed in to prove it), as the next start will open it."""
    from lapor_desk.desk import Desk
    from lapor_desk.office import save_office

    office = Desk.open(server.url(with_password=True), paths=desk.paths)
    try:
        apply(office, plan, password, central)
        office.supervision.accounts.sign_in(plan.admin_username, password)
    finally:
        office.close()
    save_office(desk.paths, server)  # only once the office took the plan and the admin
    return translate("office_chosen_restart", language, {"server": server.host, "database": server.database})


class RegisterWizard(QWizard):
    """The wizard's central page alone (Pengaturan > Daftarkan ke pusat…): a desk set up offline
    registers later, tested the same way; saved as the signed-in admin."""

    def __init__(self, desk: Any, tasks: TaskRunner, language: str, who: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.tasks, self.language, self.who = desk, tasks, language, who
        self.setWindowTitle(self.tr("Daftarkan meja ke pusat"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("n") * 90)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 20)  # as SetupWizard: fields not squeezed flat
        self.central = CentralPage(self)  # type: ignore[arg-type]
        self.addPage(self.central)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Daftarkan"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.registered = False

    def accept(self) -> None:
        if self.central.skipped() or not self.validateCurrentPage():
            return  # validatePage starts the test and comes back here once the central passed
        check = self.central.result
        assert check is not None
        from lapor_desk.commands.register import store

        _url, token, bundle, proxy = self.central.inputs()
        desk, who = self.desk, self.who

        def save() -> str:
            via = desk.settings.with_secret(SYNC_PROXY, SYNC_PROXY.parse(proxy))  # kept credentials of the same proxy
            return store(desk, check, token, SYNC_CA_BUNDLE.parse(bundle), via, who)

        self.tasks.write(
            save, self._saved, lambda exc: self.central.status.setText(describe(exc, self.language)), context=self
        )

    def _saved(self, _where: str) -> None:
        self.registered = True
        super().accept()
