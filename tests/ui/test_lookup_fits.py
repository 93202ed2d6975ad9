"""Warga kembali at 200 % font on a 1366-wide screen: the "nothing found" sentence wraps instead
of widening the window past the screen (it pushed the window to 1523 px, the Cari button and the
table's right edge off the laptop's screen)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from ui.shell.main_window import MainWindow


@pytest.mark.parametrize("language", ["id", "en"])
def test_nothing_found_wraps_within_the_screen_at_200_percent(window: MainWindow, qtbot, qapp, language: str) -> None:
    before = QFont(qapp.font())
    lookup = window.lookup
    try:
        window.set_language(language)
        window.font_menu.actions[200].trigger()
        window.showNormal()
        window.resize(1366, 740)
        qtbot.waitUntil(lambda: window.width() <= 1366 and lookup.font().pointSizeF() == 2 * before.pointSizeF())
        window.tabs.setCurrentWidget(lookup)
        for key in ("", "0812 0000 0000"):
            if key:
                lookup.box.setText(key)
                lookup.search_citizen()
                qtbot.waitUntil(lambda key=key: key in lookup.result_label.text())
            qapp.processEvents()
            assert window.minimumSizeHint().width() <= 1366, (key, window.minimumSizeHint())
            label = lookup.result_label
            qtbot.waitUntil(lambda label=label: label.isVisible() and label.width() <= 1366)
            # The whole sentence is drawn: as tall as it needs at the width it has.
            assert label.height() >= label.heightForWidth(label.width()), (label.height(), label.width())
            assert lookup.find_button.mapTo(window, lookup.find_button.rect().bottomRight()).x() < window.width()
    finally:
        lookup.clear()
        window.font_menu.actions[100].trigger()
        qapp.setFont(before)
        window.set_language("id")
