"""Warga kembali at 200 % font on a 1366-wide screen: the "nothing found" sentence wraps instead
of widening the window past the screen (it pushed the window to 1523 px, the Cari button and the
table's right edge off the laptop's screen)."""

from __future__ import annotations

import pytest
from qt_helpers import at_200_percent_on_a_laptop

from ui.shell.main_window import MainWindow


@pytest.mark.parametrize("language", ["id", "en"])
def test_nothing_found_wraps_within_the_screen_at_200_percent(window: MainWindow, qtbot, qapp, language: str) -> None:
    lookup = window.lookup
    with at_200_percent_on_a_laptop(window, qtbot, qapp, language, lookup):
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
