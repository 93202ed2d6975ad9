"""The window's text size (Tampilan > Ukuran huruf, 100–200 %), applied at once, no restart.

The system's font at start is the 100 % size; each choice scales it. Layouts follow because Qt
sends every widget a FontChange and size hints are recomputed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QFont
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from lapor_desk.settings import UI_FONT_PERCENT, Settings

CHOICES = (100, 125, 150, 175, 200)


class FontSize:
    """Scales the application's font from the size it had at the first change (the system's).
    Nothing is touched while the choice stays at 100 %."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.base: QFont | None = None
        self.percent = 100

    def apply(self, percent: int) -> None:
        percent = max(CHOICES[0], min(CHOICES[-1], int(percent)))
        if self.base is None:
            if percent == self.percent:
                return
            self.base = QFont(self.app.font())
        font = QFont(self.base)
        if self.base.pointSizeF() > 0:
            font.setPointSizeF(self.base.pointSizeF() * percent / 100)
        else:  # a pixel-sized system font
            font.setPixelSize(round(self.base.pixelSize() * percent / 100))
        self.app.setFont(font)
        self.percent = percent


class FontSizeMenu(QObject):
    """The *Ukuran huruf* submenu: one checkable entry per size, kept in the settings."""

    def __init__(self, parent_menu: QMenu, owner: QWidget, sizes: FontSize, settings: Settings) -> None:
        super().__init__(owner)
        self.sizes, self.settings = sizes, settings
        self.menu = parent_menu.addMenu("")
        group = QActionGroup(owner)
        self.actions: dict[int, QAction] = {}
        for percent in CHOICES:
            action = QAction(f"{percent} %", owner, checkable=True)
            action.setChecked(percent == sizes.percent)
            action.triggered.connect(lambda _=False, p=percent: self.choose(p))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[percent] = action

    def choose(self, percent: int) -> None:
        self.settings.set(UI_FONT_PERCENT, percent)
        self.sizes.apply(percent)
        self.actions[percent].setChecked(True)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Ukuran huruf"))
