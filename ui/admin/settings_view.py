"""The admin's desk settings: every declared setting with its description, checked and audited."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.accounts import Actor
from lapor_desk.accounts.guard import change_setting
from lapor_desk.audit import AuditTrail
from lapor_desk.i18n import describe
from lapor_desk.settings import ALL_SETTINGS, OFFICER_NAME, OFFICER_NIP, UI_LANGUAGE, Setting, Settings
from ui.admin.setting_editors import SettingEditor
from ui.common import style
from ui.common.tasks import TaskRunner
from ui.intake.form_fields import FieldBox

if TYPE_CHECKING:
    from ui.common.screen import ScreenSession

# The language has its own menu; the officer is now whoever is signed in.
HIDDEN = {UI_LANGUAGE.key, OFFICER_NAME.key, OFFICER_NIP.key}
# Settings are shown in sections by the first part of their key, in this order.
SECTIONS = (
    "desk",
    "receipt",
    "queue",
    "attachments",
    "sync",
    "security",
    "review",
    "deadlines",
    "privacy",
    "backup",
    "ui",
)
SECTION_OF = {"office": "desk", "officer": "desk"}


def section_of(setting: Setting[Any]) -> str:
    head = setting.key.split(".", 1)[0]
    return SECTION_OF.get(head, head)


class SettingsView(QWidget):
    def __init__(
        self, session: ScreenSession, tasks: TaskRunner, desk: Any = None, parent: QWidget | None = None
    ) -> None:
        """`desk`: the desk a registration set up later goes to (the register button shows with it)."""
        super().__init__(parent)
        self.tasks = tasks
        self.settings: Settings = session.settings
        self.audit: AuditTrail = session.audit
        self.actor: Actor = session.actor
        self.shown: list[Setting[Any]] = sorted(
            (s for s in ALL_SETTINGS if s.key not in HIDDEN),
            key=lambda s: SECTIONS.index(section_of(s)) if section_of(s) in SECTIONS else len(SECTIONS),
        )
        self.headings: dict[str, QLabel] = {}
        self.editors: dict[str, SettingEditor] = {}
        self.boxes: dict[str, FieldBox] = {}
        self.row_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for setting in self.shown:
            section = section_of(setting)
            if section not in self.headings:
                heading = QLabel()
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.headings[section] = heading
                form.addRow(heading)
            editor = SettingEditor(setting)
            self.editors[setting.key] = editor
            self.boxes[setting.key] = FieldBox(editor.widget)
            label = QLabel()
            label.setWordWrap(True)
            label.setMinimumWidth(self.fontMetrics().horizontalAdvance("n") * 44)
            label.setBuddy(editor.widget)
            self.row_labels[setting.key] = label
            form.addRow(label, self.boxes[setting.key])
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.load_values)
        self.register_button = QPushButton()  # a desk set up offline registers here later
        self.register_button.clicked.connect(self.open_register)
        self.desk: Any = desk
        self.register_button.setVisible(desk is not None and desk.sync is not None)
        self.register_wizard: QWidget | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.load_values()

    @property
    def language(self) -> str:
        return self.settings.get(UI_LANGUAGE)

    def open_register(self) -> None:
        from ui.admin.setup_wizard import RegisterWizard

        if self.desk is None:
            return
        wizard = RegisterWizard(self.desk, self.tasks, self.language, self.actor.who, self)
        wizard.accepted.connect(self.load_values)  # the central's address is a setting shown here
        self.register_wizard = wizard
        wizard.open()

    def load_values(self) -> None:
        for setting in self.shown:
            self.editors[setting.key].set_value(self.settings.stored(setting))
            self.boxes[setting.key].message.show_error("")
            style.mark_invalid(self.editors[setting.key].widget, False)

    def changed(self) -> list[tuple[Setting[Any], Any]]:
        return [
            (s, self.editors[s.key].value())
            for s in self.shown
            if self.editors[s.key].value() != self.settings.stored(s)
        ]

    def save(self) -> None:
        """Apply every changed value; each is checked and audited, a refused one stays typed."""
        audit, actor = self.audit, self.actor
        changes = self.changed()
        if not changes:
            self.status.setText(self.tr("Tidak ada yang berubah."))
            return
        settings = self.settings

        def apply() -> list[tuple[str, BaseException]]:
            refused: list[tuple[str, BaseException]] = []
            for setting, text in changes:
                try:
                    change_setting(actor, settings, audit, setting, text)
                except ValueError as exc:  # SettingError names the rule
                    refused.append((setting.key, exc))
            return refused

        self.save_button.setEnabled(False)
        self.tasks.write(apply, lambda refused: self._saved(len(changes), refused), self._failed, context=self)

    def _saved(self, count: int, refused: list[tuple[str, BaseException]]) -> None:
        self.save_button.setEnabled(True)
        for key, box in self.boxes.items():
            problem = next((exc for k, exc in refused if k == key), None)
            box.message.show_error("" if problem is None else describe(problem, self.language))
            style.mark_invalid(self.editors[key].widget, problem is not None)
        saved = count - len(refused)
        self.status.setText(
            self.tr("{saved} pengaturan disimpan; {refused} ditolak (lihat isian bertanda).").format(
                saved=saved, refused=len(refused)
            )
            if refused
            else self.tr("{saved} pengaturan disimpan.").format(saved=saved)
        )

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(describe(exc, self.language))

    def section_titles(self) -> dict[str, str]:
        return {
            "desk": self.tr("Meja dan kantor"),
            "receipt": self.tr("Tanda terima"),
            "queue": self.tr("Antrean"),
            "attachments": self.tr("Lampiran"),
            "sync": self.tr("Sinkronisasi dengan pusat"),
            "security": self.tr("Keamanan"),
            "review": self.tr("Tinjauan"),
            "deadlines": self.tr("Tenggat"),
            "privacy": self.tr("Privasi"),
            "backup": self.tr("Cadangan"),
            "ui": self.tr("Tampilan"),
        }

    def retranslate(self) -> None:
        titles = self.section_titles()
        for section, heading in self.headings.items():
            heading.setText(titles.get(section, self.tr("Lainnya")))
        for setting in self.shown:
            label = self.row_labels[setting.key]
            label.setText(setting.description(self.language))  # the human label; the key is for the IT officer
            label.setToolTip(setting.key)
            self.editors[setting.key].retranslate(self.language)
        self.save_button.setText(self.tr("&Simpan pengaturan"))
        self.revert_button.setText(self.tr("Bata&lkan perubahan"))
        self.register_button.setText(self.tr("Daftarkan ke &pusat…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
