"""Helpers for pytest-qt tests that act on widgets as a user's mouse does (Qt; the core's
tests never import this module)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget
from pytestqt.qtbot import QtBot


def drag_header_border(qtbot: QtBot, table: QTableView, column: int, by: int) -> None:
    """The mouse on the header, dragging the right border of `column` by `by` pixels."""
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    viewport = header.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    for step in range(1, 5):
        qtbot.mouseMove(viewport, QPoint(x + by * step // 4, y))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x + by, y))


@contextmanager
def at_200_percent_on_a_laptop(
    window: QMainWindow, qtbot: QtBot, qapp: QApplication, language: str, watched: QWidget | None = None
) -> Iterator[None]:
    """The window in `language` at 200 % font, not maximised, on a 1366-wide screen (the desk
    PCs' usual one); back to 100 % and Indonesian afterwards. `watched`: the widget whose font
    must have doubled before the test goes on (the window by default)."""
    before = QFont(qapp.font())
    seen = watched or window
    try:
        window.set_language(language)  # type: ignore[attr-defined]
        window.font_menu.actions[200].trigger()  # type: ignore[attr-defined]
        window.showNormal()
        window.resize(1366, 740)
        qtbot.waitUntil(lambda: window.width() <= 1366 and seen.font().pointSizeF() == 2 * before.pointSizeF())
        yield
    finally:
        window.font_menu.actions[100].trigger()  # type: ignore[attr-defined]
        qapp.setFont(before)
        window.set_language("id")  # type: ignore[attr-defined]
