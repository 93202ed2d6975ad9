"""The queue's search box at 200 % font on a 1366-wide window: room for a whole receipt number
(the filters beside it took their longest choice's width and left it 13 letters in English,
u9 session 9's screenshots), what it searches in its tooltip, the window no wider than the screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ui.shell.main_window import MainWindow


@pytest.fixture
def at_200(window: MainWindow, qapp: QApplication, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    before = QFont(qapp.font())
    window.font_menu.actions[200].trigger()
    window.showNormal()
    window.resize(1366, 740)
    window.show_queue()
    yield window
    window.font_menu.actions[100].trigger()
    qapp.setFont(before)


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_search_box_holds_a_receipt_number_at_200(at_200: MainWindow, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    window = at_200
    window.set_language(language)
    search = window.queue.search
    placeholder = {"id": "No. tanda terima", "en": "Receipt no."}[language]
    qtbot.waitUntil(lambda: search.placeholderText().startswith(placeholder))
    receipt = search.fontMetrics().horizontalAdvance("KAB-BDG-01-20261202-0001")
    qtbot.waitUntil(lambda: window.width() <= 1366 and search.width() > receipt + 2 * search.fontMetrics().height())
    assert search.toolTip() == search.placeholderText()
    for combo in (window.queue.status, window.queue.deadline, window.queue.sort):  # their usual choice whole
        room = combo.width() - combo.fontMetrics().height()  # less the arrow
        assert combo.isVisible() and room >= combo.fontMetrics().horizontalAdvance(combo.itemText(0)), (
            combo.currentText()
        )
    window.set_language("id")
