"""The window's text size (Tampilan > Ukuran huruf, 100–200 %), applied at once, no restart.

The system's font at start is the 100 % size; each choice scales it. Layouts follow because Qt
sends every widget a FontChange and size hints are recomputed. Check boxes, radio buttons and
scroll bars, which Qt draws at a fixed pixel size, grow with the text (ScaledControls): at 200 %
a 13 px box beside 20 px text was hard to see and to hit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QFont
from PySide6.QtWidgets import QApplication, QMenu, QProxyStyle, QStyle, QStyleOption, QWidget

from lapor_desk.settings import UI_FONT_PERCENT, Settings

CHOICES = (100, 125, 150, 175, 200)
_PM = QStyle.PixelMetric
SCALED_METRICS = frozenset(
    (
        _PM.PM_IndicatorWidth,
        _PM.PM_IndicatorHeight,
        _PM.PM_ExclusiveIndicatorWidth,
        _PM.PM_ExclusiveIndicatorHeight,
        _PM.PM_ScrollBarExtent,
    )
)


class ScaledControls(QProxyStyle):
    """The application's style with its check and radio indicators and scroll bars scaled by
    the chosen text size; everything else as the style draws it."""

    def __init__(self, base: str) -> None:
        super().__init__(base)
        self.scale = 1.0

    def pixelMetric(  # noqa: N802  Qt override
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if self.scale != 1.0 and metric in SCALED_METRICS:
            return round(value * self.scale)
        return value


class FontSize:
    """Scales the application's font from the size it had at the first change (the system's).
    Nothing is touched while the choice stays at 100 %."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.base: QFont | None = None
        self.percent = 100
        self.style: ScaledControls | None = None  # installed at the first size other than 100 %

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
        if self.style is None or self.app.style() is not self.style:
            self.style = ScaledControls(self.app.style().name())
            self.app.setStyle(self.style)
        self.style.scale = percent / 100
        self.app.setFont(font)  # after the scale: the FontChange re-lays every widget out with it
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
