"""Helpers for pytest-qt tests that act on widgets as a user's mouse does (Qt; the core's
tests never import this module)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView
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
