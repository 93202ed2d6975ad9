"""The set-up wizard's first page: one PC on its own file, or a counter of an office that shares
one PostgreSQL (office mode). In office mode the IT officer enters the server, database, role
and password and the counter's code, and tests the connection (off the GUI thread); Next tests
first, and only a tested connection is kept (by `lapor_desk.office.save_office`, at Finish)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lapor_desk.i18n import describe, translate
from lapor_desk.office import DEFAULT_PORT, OfficeCheck, OfficeServer, check_office
from lapor_desk.settings import DESK_COUNTER, SettingError
from ui.common import style

if TYPE_CHECKING:
    from ui.admin.setup_wizard import SetupWizard


class DatabasePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.single = QRadioButton(self.tr("Satu PC (data di PC ini)"))
        self.office = QRadioButton(self.tr("Kantor (PostgreSQL bersama)"))
        self.single.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.single)
        group.addButton(self.office)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("mis. server-kantor atau 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("lapor_kantor")
        self.role = QLineEdit("lapor_kantor")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.counter = QLineEdit(wizard.desk.settings.stored(DESK_COUNTER))
        self.counter.setPlaceholderText(self.tr("mis. L1"))
        self.test_button = QPushButton(self.tr("&Uji koneksi"))
        self.test_button.clicked.connect(lambda: self.test(advance=False))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Hasil uji koneksi"))
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Akun database"), self.role)
        form.addRow(self.tr("Kata sandi"), self.password)
        # The setting's description is a paragraph: a short label, the paragraph as its tooltip.
        self.counter.setToolTip(DESK_COUNTER.description(wizard.language))
        form.addRow(self.tr("Kode loket PC ini"), self.counter)
        form.addRow(self.test_button)
        form.addRow(self.status)
        # In a scroll area: at 200 % on a 768-pixel screen the page is taller than the wizard,
        # and the fields were squeezed flat instead (text cut top and bottom).
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.single)
        layout.addWidget(self.office)
        layout.addWidget(self.details)
        layout.addStretch(1)
        for field in (self.host, self.port, self.database, self.role, self.password, self.counter, self.test_button):
            field.setSizePolicy(field.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        self.office.toggled.connect(self.details.setVisible)
        self.details.setVisible(False)
        self.result: OfficeCheck | None = None
        self._tested: OfficeServer | None = None
        self._running = False
        self.setTitle(self.tr("Tempat data"))
        self.setSubTitle(
            self.tr(
                "Satu PC menyimpan datanya sendiri. Di kantor dengan beberapa loket, semua loket "
                "mencatat ke satu PostgreSQL: isi alamat server dari petugas TI dan kode loket ini."
            )
        )

    def office_mode(self) -> bool:
        return self.office.isChecked()

    def server(self) -> OfficeServer:
        return OfficeServer(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.role.text().strip(),
            self.password.text(),
        )

    def counter_code(self) -> str:
        return self.counter.text().strip().upper()

    def _problem(self) -> str:
        """What blocks a test before any connection: an empty field or a bad counter code."""
        language = self.owner.language
        for field in (self.host, self.database, self.role):
            if not field.text().strip():
                style.mark_invalid(field, True)
                return translate("required", language)
            style.mark_invalid(field, False)
        try:
            if not self.counter_code():
                raise SettingError(DESK_COUNTER.key, "required")
            DESK_COUNTER.parse(self.counter_code())
        except SettingError as exc:
            style.mark_invalid(self.counter, True)
            return f"{DESK_COUNTER.description(language)}: {exc.text(language)}"
        style.mark_invalid(self.counter, False)
        return ""

    def test(self, *, advance: bool) -> None:
        if self._running:
            return
        problem = self._problem()
        if problem:
            self.status.setText(problem)
            return
        server = self.server()
        language = self.owner.language
        self._running = True
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Menghubungi server database…"))

        def done(check: OfficeCheck) -> None:
            self._finish()
            self.result, self._tested = check, server
            code = "office_check_ok" if check.schema else "office_check_empty"
            self.status.setText(translate(code, language, {"version": check.version, "server": server.host}))
            if advance and self.owner.currentPage() is self:
                self.owner.next()

        def failed(exc: BaseException) -> None:
            self._finish()
            self.result, self._tested = None, None
            self.status.setText(describe(exc, language))

        self.owner.tasks.read(lambda: check_office(server), done, failed, context=self)

    def _finish(self) -> None:
        self._running = False
        self.test_button.setEnabled(True)

    def validatePage(self) -> bool:  # noqa: N802  Qt override
        if not self.office_mode():
            return True
        if self.result is not None and self._tested == self.server() and not self._problem():
            return True
        self.test(advance=True)  # Next tests first, and moves on when the server passes
        return False
