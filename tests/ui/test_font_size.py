"""Tampilan > Ukuran huruf: the whole window's text grows to 200 % and back at once, without a
restart, and the choice is kept for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyle, QStyleOptionTab

from lapor_desk.settings import UI_FONT_PERCENT
from ui.shell.app import build_main_window


def test_text_size_changes_at_once_and_is_kept(window, qtbot, qapp, desk) -> None:  # type: ignore[no-untyped-def]
    before = QFont(qapp.font())
    label = window.tabs.tabBar()
    try:
        assert window.font_menu.menu.title() == "&Ukuran huruf"
        window.font_menu.actions[200].trigger()
        assert qapp.font().pointSizeF() == 2 * before.pointSizeF()
        qtbot.waitUntil(lambda: label.font().pointSizeF() == 2 * before.pointSizeF())
        assert desk.settings.get(UI_FONT_PERCENT) == 200
        assert window.font_menu.actions[200].isChecked()

        # The next start opens at the chosen size.
        qapp.setFont(before)
        again = build_main_window(qapp, desk)
        qtbot.addWidget(again)
        assert qapp.font().pointSizeF() == 2 * before.pointSizeF()
        assert again.font_menu.actions[200].isChecked()

        window.font_menu.actions[100].trigger()
        assert qapp.font().pointSizeF() == before.pointSizeF()
        assert desk.settings.get(UI_FONT_PERCENT) == 100
    finally:
        qapp.setFont(before)
        desk.settings.set(UI_FONT_PERCENT, 100)


def test_at_200_percent_in_english_every_tab_stays_in_sight_on_a_1366_screen(window, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    before = QFont(qapp.font())
    try:
        window.set_language("en")
        window.font_menu.actions[200].trigger()
        window.showNormal()
        window.resize(1366, 740)
        bar = window.tabs.tabBar()
        qtbot.waitUntil(lambda: bar.width() <= 1366)
        for index in range(bar.count()):
            rect = bar.tabRect(index)
            assert rect.left() >= 0 and rect.right() <= bar.width(), (bar.tabText(index), rect, bar.width())
    finally:
        window.font_menu.actions[100].trigger()
        qapp.setFont(before)
        window.set_language("id")


@pytest.mark.parametrize("language", ["id", "en"])
def test_at_200_percent_a_tab_count_stays_in_sight(window, qtbot, qapp, language) -> None:  # type: ignore[no-untyped-def]
    """Shortened to keep every tab in sight, "Perlu perhatian (5)" kept its words' first letters and
    lost its number ("Perl…"); the number is what the clerk needs: the words shorten, "(5)" stays."""
    before = QFont(qapp.font())
    bar = window.tabs.tabBar()
    try:
        window.set_language(language)
        window.font_menu.actions[200].trigger()
        window.showNormal()
        window.resize(1366, 740)
        qtbot.waitUntil(lambda: bar.width() <= 1366 and bar.font().pointSizeF() == 2 * before.pointSizeF())
        index = window.tabs.indexOf(window.queue)
        title = window.tabs.tabText(index) + " (12.345)"
        window.tabs.setTabText(index, title)
        qtbot.waitUntil(lambda: bar.tabRect(bar.count() - 1).right() <= bar.width())
        shown = bar.shown_text(index)
        assert shown.endswith(" (12.345)") and shown != title, shown  # shortened, the count whole
        room = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, tab_option(bar, index), bar).width()
        assert bar.fontMetrics().horizontalAdvance(shown) <= room
        for i in range(bar.count()):
            rect = bar.tabRect(i)
            assert rect.left() >= 0 and rect.right() <= bar.width(), (bar.tabText(i), rect, bar.width())
            if len(bar.tabText(i).replace("&", "")) <= 9:  # "Antrean" was drawn "Antre…": short ones stay whole
                assert bar.shown_text(i) == bar.tabText(i), bar.shown_text(i)
    finally:
        window.font_menu.actions[100].trigger()
        qapp.setFont(before)
        window.set_language("id")


def tab_option(bar, index):  # type: ignore[no-untyped-def]
    option = QStyleOptionTab()
    bar.initStyleOption(option, index)
    return option
