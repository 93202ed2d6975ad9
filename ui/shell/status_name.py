"""The signed-in name in the status bar: whole when it fits in a quarter of the bar, else cut
with "…" (the tooltip has it whole), so a long name never pushes the sync's state off the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget


class NameLabel(QLabel):
    def __init__(self, bar: QWidget) -> None:
        super().__init__()
        self._full = ""
        self._bar = bar
        bar.installEventFilter(self)  # the room follows the bar's width

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  Qt override
        if watched is self._bar and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def _fit(self) -> None:
        # QFontMetrics(font), not self.fontMetrics(): see ui/sync/sync_status.py's ElidedLabel.
        room = self._bar.width() // 4 - self.contentsMargins().left() - self.contentsMargins().right()
        text = QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, room))
        if text != self.text():
            self.setText(text)
