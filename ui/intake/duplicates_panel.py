"""Likely earlier complaints, shown while recording; the clerk may link the new one as a duplicate."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from lapor_desk.domain.complaint import DuplicateCandidate


class DuplicatesPanel(QWidget):
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates: list[DuplicateCandidate] = []
        self.duplicate_of: int | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        # No sideways scrolling: a scroll bar hid the last row, and the reason sat at the far end
        # of a long title. The reason comes first; the whole line is each row's tooltip.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.mark_button = QPushButton()
        self.open_button = QPushButton()
        self.link_label = QLabel()
        self.unlink_button = QPushButton()
        self.mark_button.clicked.connect(self._mark)
        self.open_button.clicked.connect(self._open)
        self.unlink_button.clicked.connect(lambda: self.set_link(None))
        self.list.itemActivated.connect(lambda _item: self._open())
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.mark_button)
        buttons.addStretch(1)
        link = QHBoxLayout()
        link.addWidget(self.link_label, 1)
        link.addWidget(self.unlink_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(link)
        self.retranslate()
        self.show_candidates([])

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Mungkin sudah pernah dilaporkan:"))
        self.mark_button.setText(self.tr("Tandai sebagai &duplikat"))
        self.open_button.setText(self.tr("Lihat"))
        self.unlink_button.setText(self.tr("Batalkan tanda duplikat"))
        self.list.setAccessibleName(self.tr("Pengaduan serupa"))
        self._render()

    def reason_text(self, reason: str) -> str:
        return {"nik": self.tr("NIK sama"), "phone": self.tr("telepon sama"), "text": self.tr("judul mirip")}.get(
            reason, reason
        )

    def show_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        self.candidates = candidates
        self._render()

    def set_link(self, complaint_id: int | None) -> None:
        self.duplicate_of = complaint_id
        self._render()

    def _render(self) -> None:
        self.list.clear()
        for c in self.candidates:
            when = c.received_at.astimezone().strftime("%d-%m-%Y") if c.received_at else ""
            text = f"{self.reason_text(c.reason)} · {c.receipt_number or '#' + str(c.id)} · {when} · {c.title}"
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.list.addItem(item)
        has = bool(self.candidates)
        rows = max(1, min(len(self.candidates), 4))  # no taller than its rows
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 2 if has else 0)
        for widget in (self.heading, self.list, self.mark_button, self.open_button):
            widget.setVisible(has)
        if has and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        linked = self.duplicate_of is not None
        if linked:
            known = next((c for c in self.candidates if c.id == self.duplicate_of), None)
            name = known.receipt_number if known and known.receipt_number else f"#{self.duplicate_of}"
            self.link_label.setText(self.tr("Ditandai sebagai duplikat dari {receipt}").format(receipt=name))
        self.link_label.setVisible(linked)
        self.unlink_button.setVisible(linked)
        self.setVisible(has or linked)

    def _selected(self) -> DuplicateCandidate | None:
        row = self.list.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def _mark(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.set_link(chosen.id)

    def _open(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.open_requested.emit(chosen.id)
