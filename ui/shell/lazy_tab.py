"""A tab whose screen is built the first time it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    """A tab whose screen is built the first time it is shown (charts and tables cost memory)."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factory = factory
        self.content: QWidget | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        if self.content is None:
            self.content = self.factory()
            self.box.addWidget(self.content)
        return self.content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  Qt override
        self.build()
        super().showEvent(event)
