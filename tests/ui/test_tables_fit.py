"""The queue and the Warga kembali tables at 100 % and 200 % font on a 1366-wide screen: the
receipt number whole and no wider than its text, the received date and the deadline never cut,
the title and location with room to read, what a left-out column held in the row's tooltip
(issue 16's screenshots: both tables were wider than the window, Lokasi cut). At 100 % nothing
scrolls sideways; at 200 % the table may, rather than cut the date and deadline to "02-12-20…"
and "20 Nov · le…" as it did (u8 session 8's screenshots)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QTableView

from lapor_desk.desk import Desk
from ui.queue.queue_model import QueueModel
from ui.shell.main_window import MainWindow

from factories import walk_in

KEY = ("receipt", "status", "deadline", "title", "location")


@pytest.fixture(params=[100, 200])
def sized(window: MainWindow, qapp: QApplication, qtbot, desk: Desk, request) -> Iterator[tuple[MainWindow, int]]:  # type: ignore[no-untyped-def]
    before = QFont(qapp.font())
    desk.complaints.record(
        walk_in(
            location_text="Jl. Raya Cibiru Wetan, dekat balai desa",
            reporter_nik="3204055203900003",
            received_at=datetime.now().astimezone(),
        )
    )
    long_ago = datetime.now().astimezone() - timedelta(days=60)  # overdue: its deadline is bold
    desk.complaints.record(
        walk_in(
            reporter_nik="3204055203900003", received_at=long_ago, incident_date=long_ago.date() - timedelta(days=1)
        )
    )
    window.font_menu.actions[request.param].trigger()
    window.showNormal()
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.width() <= 1366)
    yield window, request.param
    window.font_menu.actions[100].trigger()
    qapp.setFont(before)


def _text_width(table: QTableView, model: QueueModel, row: int, name: str) -> int:
    index = model.index(row, model.COLUMNS.index(name))
    font = index.data(Qt.ItemDataRole.FontRole) or table.font()  # an overdue deadline is bold
    return QFontMetrics(font).horizontalAdvance(index.data() or "")


def _check(table: QTableView, model: QueueModel, percent: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: table.isVisible() and model.rowCount() > 1, timeout=30_000)
    room = table.viewport().width()
    assert room < 1366
    em = table.fontMetrics().horizontalAdvance("n")
    rows = range(model.rowCount())

    def width(name: str) -> int:
        return table.columnWidth(model.COLUMNS.index(name))

    def whole(name: str) -> bool:
        return all(width(name) > _text_width(table, model, row, name) for row in rows)

    for name in ("received", "deadline", "receipt"):  # never cut, at any size
        qtbot.waitUntil(lambda name=name: whole(name))  # noqa: B023  (called at once)
    # No wider than the widest number of the office's counters (the fit's sample, its digits at
    # their widest) or than the widest loaded, and the cell's margins.
    sample = QFontMetrics(table.font()).horizontalAdvance(
        model.receipt_sample.translate(str.maketrans("0123456789", "8" * 10))
    )
    widest_receipt = max(sample, *(_text_width(table, model, row, "receipt") for row in rows))
    assert width("receipt") <= widest_receipt + 3 * em
    for name in KEY:
        assert not table.isColumnHidden(model.COLUMNS.index(name)), name
    assert width("title") >= em * QueueModel.TITLE_MIN
    assert width("location") >= em * QueueModel.LOCATION_MIN
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    if percent == 100:
        qtbot.waitUntil(lambda: sum(table.columnWidth(c) for c in shown) <= room)
        assert not table.horizontalScrollBar().isVisible()
        assert set(model.hidden) <= {"channel"}  # at most the channel leaves, at the usual size
    else:
        assert model.hidden  # some left out at 200 %: their values are in the tooltip
        # What does not fit scrolls sideways; the columns are not squeezed into the window.
        qtbot.waitUntil(
            lambda: table.horizontalScrollBar().maximum() > 0 or sum(table.columnWidth(c) for c in shown) <= room
        )
    if model.hidden:
        tip = model.index(0, model.COLUMNS.index("title")).data(Qt.ItemDataRole.ToolTipRole)
        for name in model.hidden:
            assert f"{model.header(name)}: " in tip
        assert "Jl. Raya Cibiru Wetan" in tip


def test_the_queue_fits_the_window(sized, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, percent = sized
    window.tabs.setCurrentWidget(window.queue)
    window.queue_model.reload()
    _check(window.queue.table, window.queue_model, percent, qtbot)
    # Wider again: every column comes back.
    window.font_menu.actions[100].trigger()
    window.resize(1900, 740)
    qtbot.waitUntil(lambda: window.queue_model.hidden == ())


def test_warga_kembali_fits_the_window(sized, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, percent = sized
    window.tabs.setCurrentWidget(window.lookup)
    window.lookup.box.setText("3204055203900003")
    window.lookup.search_citizen()
    _check(window.lookup.table, window.lookup.model, percent, qtbot)


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_queues_dates_and_deadlines_are_whole_in_either_language(sized, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    window, percent = sized
    window.languages.apply(language)
    window.tabs.setCurrentWidget(window.queue)
    window.queue_model.reload()
    _check(window.queue.table, window.queue_model, percent, qtbot)
    # The status is whole too when there is room for it ("Data latihan (tidak dikirim)" at most).
    table, model = window.queue.table, window.queue_model
    status = table.columnWidth(model.COLUMNS.index("status"))
    assert all(status > _text_width(table, model, row, "status") for row in range(model.rowCount()))


def test_warga_kembali_cells_are_one_line_not_cut_top_and_bottom(sized, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A long location wrapped into two lines in a one-line row ("Jl. Raya Cibiru / Wetan, dekat …",
    u9 session 9's screenshots): every cell's text, as the view lays it out, fits its row's height."""
    window, _percent = sized
    window.tabs.setCurrentWidget(window.lookup)
    window.lookup.box.setText("3204055203900003")
    window.lookup.search_citizen()
    table, model = window.lookup.table, window.lookup.model
    qtbot.waitUntil(lambda: table.isVisible() and model.rowCount() > 1, timeout=30_000)
    flags = Qt.TextFlag.TextWordWrap if table.wordWrap() else Qt.TextFlag(0)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            index = model.index(row, column)
            font = index.data(Qt.ItemDataRole.FontRole) or table.font()
            box = QRect(0, 0, max(1, table.columnWidth(column) - 8), 10_000)
            needed = QFontMetrics(font).boundingRect(box, int(flags), index.data() or "").height()
            assert needed <= table.rowHeight(row), (model.COLUMNS[column], index.data())
