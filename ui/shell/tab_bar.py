"""The main window's tab bar: titles shorten to keep every tab in sight at 200 % font on a
1366-wide screen, but a count at the end of a title ("Perlu perhatian (5)") is never cut:
the words shorten, the number stays ("Perlu… (5)")."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QStyle, QStyleOptionTab, QStylePainter, QTabBar, QWidget

SHORT_TITLE = 9  # characters: a title this short is never shortened
_COUNT = re.compile(r"^(?P<words>.*?)(?P<count>\s\(\d[\d.,]*\+?\))$")


class CountKeepingTabBar(QTabBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setUsesScrollButtons(False)

    def shown_text(self, index: int, option: QStyleOptionTab | None = None) -> str:
        """The title as drawn: whole when it fits, else its words shortened and its count kept."""
        if option is None:
            option = QStyleOptionTab()
            self.initStyleOption(option, index)
        full = self.tabText(index)
        found = _COUNT.match(full)
        if found is None or option.text == full:
            return option.text  # Qt's own (shortened or not) when there is no count to keep
        room = self.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, self).width()
        metrics = self.fontMetrics()
        count = found["count"]
        words = metrics.elidedText(
            found["words"],
            Qt.TextElideMode.ElideRight,
            max(room - metrics.horizontalAdvance(count), 0),
            Qt.TextFlag.TextShowMnemonic,
        )
        return words + count

    def minimumTabSizeHint(self, index: int) -> QSize:  # noqa: N802  Qt override
        """A short title ("Antrean", "Dasbor") stays whole: shortening it to "Antre…" saves a letter
        and costs the word; the long ones give way. A count gets room beside a letter or two."""
        text = self.tabText(index).replace("&", "")
        if len(text) <= SHORT_TITLE:
            return self.tabSizeHint(index)
        size = super().minimumTabSizeHint(index)
        found = _COUNT.match(self.tabText(index))
        if found is not None:
            metrics = self.fontMetrics()
            size.setWidth(size.width() + metrics.horizontalAdvance(found["count"]))
        return size

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  Qt override
        if not any(_COUNT.match(self.tabText(i)) for i in range(self.count())):
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        current = self.currentIndex()
        for index in [i for i in range(self.count()) if i != current] + ([current] if current >= 0 else []):
            option = QStyleOptionTab()
            self.initStyleOption(option, index)
            if not event.rect().intersects(option.rect):
                continue
            option.text = self.shown_text(index, option)
            painter.drawControl(QStyle.ControlElement.CE_TabBarTab, option)
