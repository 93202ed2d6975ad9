"""The "Perlu perhatian" list: everything the central refused, each with the buttons that resolve it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.accounts.roles import Actor
from lapor_desk.i18n import translate
from lapor_desk.sync import headless
from lapor_desk.sync.resolve import Action, Kind, Problem, permitted
from ui.common import labels


class NeedsAttentionPanel(QWidget):
    """At most a few hundred rows (refusals are rare), so a plain list widget is enough."""

    open_requested = Signal(int, object)  # complaint id, the central's field errors
    action_requested = Signal(object, str)  # Problem, Action

    def __init__(
        self,
        language: Callable[[], str],
        actor: Callable[[], Actor | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language  # () -> "id" | "en"
        self._actor = actor  # the signed-in account: which buttons it may use
        self.items: list[Problem] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("needsAttentionList")
        self.list.itemActivated.connect(self._activated)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("needsAttentionHint")
        self.buttons: dict[Action, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for action in Action:
            button = QPushButton()
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _checked=False, a=action: self._act(a))
            self.buttons[action] = button
            row.addWidget(button)
        self.open_button = self.buttons[Action.EDIT]  # "Buka dan perbaiki", as before
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self._retranslate()

    def show_items(self, items: list[Problem]) -> None:
        current = self.list.currentRow()
        self.items = list(items)
        self.list.clear()
        language = self._language()
        for p in self.items:
            why = self.reason(p, language)
            head = self.tr("Pendaftaran meja") if p.kind is Kind.REGISTRATION else f"{p.receipt_number} — {p.title}"
            item = QListWidgetItem(f"{head}\n    {why}")
            item.setData(Qt.ItemDataRole.UserRole, p.key)
            item.setToolTip(why)
            self.list.addItem(item)
        if self.items:
            self.list.setCurrentRow(min(max(current, 0), len(self.items) - 1))
        self._retranslate()

    def reason(self, p: Problem, language: str) -> str:
        if p.kind is Kind.LOCKED:
            return self.tr("Pusat sudah memproses pengaduan ini ({status}); perubahan dari meja ditolak.").format(
                status=labels.status_label(p.central_status) if p.central_status else "?"
            )
        return headless.reason(p, language)

    def selected(self) -> Problem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        row = self.list.row(item)
        if 0 <= row < len(self.items):
            p = self.items[row]
            self._act(p.actions[0])  # Enter: the first way out

    def _act(self, action: Action) -> None:
        p = self.selected()
        if p is None or action not in p.actions:
            return
        if action is Action.EDIT and p.complaint_id is not None:
            self.open_requested.emit(p.complaint_id, p.errors)
        else:
            self.action_requested.emit(p, str(action))

    def _update_buttons(self) -> None:
        p = self.selected()
        actor = self._actor()
        for action, button in self.buttons.items():
            offered = p is not None and action in p.actions
            button.setVisible(offered)
            allowed = actor is not None and permitted(actor, action)
            button.setEnabled(offered and allowed)
            button.setToolTip("" if allowed else self.tr("Hanya supervisor atau admin."))
        self.hint.setText(self._todo(p) if p is not None else "")

    def _todo(self, p: Problem) -> str:
        language = self._language()
        codes = {
            Kind.FIELDS: "sync_todo_fields",
            Kind.LOCKED: "sync_todo_locked",
            Kind.CONFLICT: "sync_todo_conflict",
            Kind.ATTACHMENT: "sync_todo_attachment",
            Kind.TOO_LARGE: "sync_todo_too_large",
            Kind.REPLY_UNKNOWN: "sync_todo_reply",
            Kind.REPLY_REFUSED: "sync_todo_reply",
        }
        if p.kind is Kind.REGISTRATION:
            return self.tr("Yang perlu dilakukan: admin memasukkan token meja yang baru dari admin pusat.")
        todo = translate(codes[p.kind], language)
        return self.tr("Yang perlu dilakukan: {todo}").format(todo=todo)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  Qt override
        self._update_buttons()  # who is signed in may have changed since the list was drawn
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.show_items(self.items)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self.items:
            self.heading.setText(
                self.tr("{count} masalah dari pusat perlu ditangani. Pilih satu, lalu pilih tindakannya.").format(
                    count=len(self.items)
                )
            )
        else:
            self.heading.setText(self.tr("Tidak ada pengaduan yang perlu diperbaiki."))
        texts: dict[Action, str] = {
            Action.EDIT: self.tr("Buka dan perbaiki"),
            Action.NEW_REVISION: self.tr("Kirim ulang sebagai revisi baru"),
            Action.SUPPLEMENT: self.tr("Kirim sebagai keterangan tambahan…"),
            Action.DISCARD: self.tr("Batalkan perubahan (pakai versi pusat)…"),
            Action.RETRY_REPLY: self.tr("Kirim ulang tanggapan"),
            Action.DROP_REPLY: self.tr("Simpan hanya di meja"),
            Action.REGISTER: self.tr("Daftarkan ulang meja…"),
        }
        for action, text in texts.items():
            self.buttons[action].setText(text)
        self._update_buttons()
