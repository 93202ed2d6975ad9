"""The queue's column widths at 200 % font on a 1366-wide window: fitted once to the widest text
a column can take (a deadline in another year shows its year), not to the rows loaded (the
deadline column widened when such a row arrived, and every page undid a width the clerk had
dragged); a dragged width is kept through pages, a language change and the next sign-in (per
account, in the settings) until *Atur ulang lebar kolom*; the title and location are reached
from the keyboard when the table scrolls sideways."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot
from qt_helpers import drag_header_border

from lapor_desk.desk import Desk
from lapor_desk.settings import UI_COLUMN_WIDTHS, Settings
from ui.queue.queue_model import QueueModel
from ui.shell.main_window import MainWindow

from factories import PASSWORD, WIB, walk_in


@pytest.fixture
def at_200(window: MainWindow, qapp: QApplication, qtbot: QtBot, desk: Desk) -> Iterator[MainWindow]:
    before = QFont(qapp.font())
    desk.complaints.record(walk_in(received_at=datetime.now().astimezone() - timedelta(hours=1)))
    window.font_menu.actions[200].trigger()
    window.showNormal()
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.width() <= 1366)
    window.show_queue()
    window.queue_model.reload()
    qtbot.waitUntil(lambda: not window.queue_model._loading and window.queue_model.rowCount() == 1)
    yield window
    window.font_menu.actions[100].trigger()
    qapp.setFont(before)


def _widths(table: QTableView) -> list[int]:
    return [table.columnWidth(c) for c in range(table.model().columnCount())]


def _deadline_text_width(model: QueueModel, row: int) -> int:
    index = model.index(row, model.COLUMNS.index("deadline"))
    return QFontMetrics(index.data(Qt.ItemDataRole.FontRole) or QApplication.font()).horizontalAdvance(index.data())


def test_a_deadline_in_another_year_fits_without_widening_the_column(at_200: MainWindow, qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    window, table, model = at_200, at_200.queue.table, at_200.queue_model
    deadline = model.COLUMNS.index("deadline")
    this_year = model.index(0, deadline).data()
    assert str(datetime.now().year) not in this_year
    before = _widths(table)
    # Received in March 2025 and never verified: overdue since then, its deadline shows 2025.
    desk.complaints.record(walk_in(received_at=datetime(2025, 3, 3, 9, 0, tzinfo=WIB), incident_date=date(2025, 3, 1)))
    model.reload()
    qtbot.waitUntil(lambda: not model._loading and model.rowCount() == 2)
    QApplication.processEvents()
    texts = [model.index(r, deadline).data() for r in range(2)]
    assert any("2025" in text for text in texts), texts
    assert _widths(table) == before  # the rows did not move any column
    assert all(table.columnWidth(deadline) > _deadline_text_width(model, r) for r in range(2))
    assert window.queue.table.horizontalHeader().sectionSize(deadline) == before[deadline]


def test_a_dragged_width_is_kept_through_pages_language_and_the_next_sign_in(
    at_200: MainWindow, qtbot, desk: Desk
) -> None:  # type: ignore[no-untyped-def]
    window, table, model = at_200, at_200.queue.table, at_200.queue_model
    title = model.COLUMNS.index("title")
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())  # the title in sight
    fitted = table.columnWidth(title)
    drag_header_border(qtbot, table, title, 120)
    qtbot.waitUntil(lambda: table.columnWidth(title) >= fitted + 100)
    dragged = table.columnWidth(title)
    assert window.queue.columns.user.keys() == {"title"}

    desk.complaints.record(walk_in(title="Lampu jalan mati", received_at=datetime.now().astimezone()))
    model.reload()  # a new page of rows
    qtbot.waitUntil(lambda: not model._loading and model.rowCount() == 2)
    window.set_language("en")
    # The queue's LanguageChange is posted: its header's menu follows.
    qtbot.waitUntil(lambda: window.queue.columns.reset_action.text() == "Reset column widths")
    window.resize(1300, 740)
    qtbot.waitUntil(lambda: window.width() <= 1300)
    QApplication.processEvents()
    assert table.columnWidth(title) == dragged
    window.set_language("id")

    # Kept in the settings file, for this account: a restart reads it back.
    saved = Settings(desk.settings.path).get(UI_COLUMN_WIDTHS)
    assert '"siti"' in saved and '"title"' in saved
    window.session.begin(desk.supervision.accounts.sign_in("siti", PASSWORD))  # new screens, as at a sign-in
    qtbot.waitUntil(lambda: window.queue.table is not table)
    window.show_queue()
    table = window.queue.table
    qtbot.waitUntil(lambda: table.isVisible() and abs(table.columnWidth(title) - dragged) <= 1)

    # The header's menu puts the fitted widths back, and forgets the dragged one.
    reset = window.queue.columns.reset_action
    assert reset in table.horizontalHeader().actions()
    assert reset.text() == "Atur ulang lebar kolom"
    reset.trigger()
    assert table.columnWidth(title) < dragged - 100
    assert '"title"' not in Settings(desk.settings.path).get(UI_COLUMN_WIDTHS)


def test_the_title_and_location_are_reached_from_the_keyboard_at_200(at_200: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    table, model = at_200.queue.table, at_200.queue_model
    table.setFocus()
    table.setCurrentIndex(model.index(0, model.COLUMNS.index("receipt")))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    room = table.viewport().rect()
    for name in ("title", "location"):
        column = model.COLUMNS.index(name)
        for _ in range(model.columnCount()):
            if table.currentIndex().column() == column:
                break
            qtbot.keyClick(table, Qt.Key.Key_Right)
        assert table.currentIndex().column() == column, name
        cell = table.visualRect(table.currentIndex())
        assert room.intersects(cell) and cell.left() >= 0, name  # scrolled into sight
