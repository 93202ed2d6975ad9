"""The "Perlu perhatian" list: complaints the central refused, with the reasons in plain words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from lapor_desk.sync.problems import reasons
from lapor_desk.sync.state import Attention


class NeedsAttentionPanel(QWidget):
    """At most a few hundred rows (refusals are rare), so a plain list widget is enough."""

    open_requested = Signal(int, object)  # complaint id, the central's field errors

    def __init__(self, language: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language  # () -> "id" | "en"
        self.items: list[Attention] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("needsAttentionList")
        self.list.itemActivated.connect(self._activated)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._activated(self.list.currentItem()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        self._retranslate()

    def show_items(self, items: list[Attention]) -> None:
        current = self.list.currentRow()
        self.items = list(items)
        self.list.clear()
        language = self._language()
        for a in self.items:
            why = "; ".join(reasons(a.errors, language)) or self.tr("Ditolak pusat tanpa keterangan.")
            label = f"{a.receipt_number} — {a.title}\n    {why}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, a.complaint_id)
            item.setToolTip(why)
            self.list.addItem(item)
        if self.items:
            self.list.setCurrentRow(min(max(current, 0), len(self.items) - 1))
        self._retranslate()

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        row = self.list.row(item)
        if 0 <= row < len(self.items):
            a = self.items[row]
            self.open_requested.emit(a.complaint_id, a.errors)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.show_items(self.items)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self.items:
            self.heading.setText(self.tr(
                "{count} pengaduan ditolak pusat. Buka, perbaiki isian yang ditandai, lalu simpan: "
                "pengaduan dikirim lagi.").format(count=len(self.items)))
        else:
            self.heading.setText(self.tr("Tidak ada pengaduan yang perlu diperbaiki."))
        self.open_button.setText(self.tr("Buka dan perbaiki"))
