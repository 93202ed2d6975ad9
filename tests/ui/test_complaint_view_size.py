"""The complaint view opens within the available screen, frame included, at 100 % and 200 %
font, and at the size the clerk last left it (issue 16: it opened at 900×616 on 1366×768)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from lapor_desk.desk import Desk
from lapor_desk.settings import UI_COMPLAINT_VIEW_SIZE
from ui.queue.complaint_view import ComplaintView
from ui.shell.geometry import FRAME_ALLOWANCE, FRAME_MARGINS, available_of, place_dialog
from ui.shell.main_window import MainWindow

from factories import walk_in

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px task bar


def _open(window: MainWindow, qtbot, complaint_id: int) -> ComplaintView:  # type: ignore[no-untyped-def]
    before = len(window.views)
    window.open_complaint(complaint_id)
    qtbot.waitUntil(lambda: len(window.views) == before + 1, timeout=30_000)
    view = window.views[-1]
    qtbot.waitExposed(view)
    return view


def _fits(view: ComplaintView, room: QRect) -> bool:
    return room.contains(view.geometry().marginsAdded(FRAME_MARGINS))


@pytest.mark.parametrize("percent", [100, 200])
def test_the_view_opens_within_the_screen_and_at_the_size_it_was_left(
    window: MainWindow, qtbot, qapp: QApplication, desk: Desk, percent: int
) -> None:
    before = QFont(qapp.font())
    window.font_menu.actions[percent].trigger()
    try:
        saved = desk.complaints.record(walk_in(received_at=datetime.now().astimezone())).complaint
        view = _open(window, qtbot, saved.id)
        room = available_of(view)
        assert _fits(view, room)
        # On a laptop screen the view takes what its text asks for, up to the screen with its frame.
        place_dialog(view, view.preferred_size(), window.settings, UI_COMPLAINT_VIEW_SIZE, LAPTOP)
        assert _fits(view, LAPTOP)
        wanted = view.preferred_size()
        assert view.width() == min(wanted.width(), 1366 - FRAME_ALLOWANCE.width())
        assert view.height() == min(wanted.height(), 728 - FRAME_ALLOWANCE.height())
        if percent == 200:  # the text asks for more than the laptop has: the whole height is used
            assert view.height() == 728 - FRAME_ALLOWANCE.height()

        # The clerk makes it smaller; the next view opens at that size.
        smaller = view.minimumSizeHint().expandedTo(QSize(560, 430))
        view.resize(smaller)
        assert view.size() == smaller
        view.close()
        assert window.settings.get(UI_COMPLAINT_VIEW_SIZE) == f"{smaller.width()}x{smaller.height()}"
        again = _open(window, qtbot, saved.id)
        assert again.size() == smaller
        again.close()
        # A remembered size larger than this screen is cut to it.
        window.settings.set(UI_COMPLAINT_VIEW_SIZE, "5000x4000")
        big = _open(window, qtbot, saved.id)
        assert _fits(big, available_of(big))
        big.close()
    finally:
        window.font_menu.actions[100].trigger()
        qapp.setFont(before)
