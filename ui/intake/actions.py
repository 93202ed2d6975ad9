"""The intake form's banner and its action buttons (below the scroll area, so always on screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.common import style


class ActionBar(QWidget):
    """Formulir baru, the receipt's two outputs, Simpan draf and Catat pengaduan (the default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clear_button = QPushButton()
        self.print_button = QPushButton()
        self.pdf_button = QPushButton()
        self.save_button = QPushButton()
        self.record_button = QPushButton()
        self.record_button.setDefault(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.print_button)
        layout.addWidget(self.pdf_button)
        layout.addStretch(1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.record_button)

    def focus_chain(self) -> list[QWidget]:
        return [self.save_button, self.record_button, self.print_button, self.pdf_button, self.clear_button]

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Simpan &draf"))
        self.save_button.setToolTip(self.tr("Simpan apa adanya (Ctrl+S)"))
        self.record_button.setText(self.tr("&Catat pengaduan"))
        self.record_button.setToolTip(self.tr("Periksa lalu catat dan terbitkan tanda terima (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("&Formulir baru"))
        self.clear_button.setToolTip(self.tr("Kosongkan formulir untuk pelapor berikutnya (Ctrl+N)"))
        self.print_button.setText(self.tr("Cetak tanda te&rima"))
        self.print_button.setToolTip(self.tr("Cetak tanda terima pengaduan yang baru dicatat (Ctrl+P)"))
        self.pdf_button.setText(self.tr("Simpan tanda terima (PDF)"))

    def set_state(self, *, busy: bool, can_save: bool, can_print: bool) -> None:
        for button in (self.save_button, self.record_button):
            button.setEnabled(not busy and can_save)
        self.clear_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy and can_print)
        self.pdf_button.setEnabled(not busy and can_print)


class Banner(QLabel):
    """The form's one-line news above its fields: "ok" (recorded, saved), "info" or "error"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str, kind: str) -> None:
        self.setProperty("kind", kind)
        style.set_banner_kind(self, kind)
        self.setText(text)
        self.show()

    def clear_news(self, *_: object) -> None:
        """The clerk has moved on (the next edit): a success message goes; a problem stays."""
        if self.isVisible() and self.property("kind") == "ok":
            self.hide()
