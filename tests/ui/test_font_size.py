"""Tampilan > Ukuran huruf: the whole window's text grows to 200 % and back at once, without a
restart, and the choice is kept for the next start."""

from __future__ import annotations

from PySide6.QtGui import QFont

from lapor_desk.settings import UI_FONT_PERCENT
from ui.shell.app import build_main_window


def test_text_size_changes_at_once_and_is_kept(window, qtbot, qapp, desk) -> None:  # type: ignore[no-untyped-def]
    before = QFont(qapp.font())
    label = window.sections.groups
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
