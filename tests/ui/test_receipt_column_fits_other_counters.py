"""The queue's and Warga kembali's receipt column shows every counter's receipt number whole,
not only this PC's shape (r9 F1): the serial, at the number's right end, is what tells rows apart.
The column is sized for the desk code with the longest counter code and a 6-digit serial; a wider
number loaded (another desk's, imported) still widens it, never over a width the clerk dragged."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView
from qt_helpers import drag_header_border

from lapor_desk.desk import Desk
from lapor_desk.settings import DESK_COUNTER
from ui.shell.main_window import MainWindow

from factories import walk_in


def _shows_whole(table: QTableView) -> bool:
    """Every receipt number fits its column as the delegate draws it (its size hint: the text's
    advance and the delegate's margins; the grid line takes a pixel of the column)."""
    column = table.model().COLUMNS.index("receipt")  # type: ignore[attr-defined]
    return table.sizeHintForColumn(column) <= table.columnWidth(column)


def test_another_counters_number_shows_whole_in_the_queue(window: MainWindow, desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    # This PC has no counter code; counter LT2B of the same office records a complaint.
    desk.settings.set(DESK_COUNTER, "LT2B")
    number = desk.complaints.record(walk_in()).complaint.receipt_number
    assert number is not None and number.startswith("KAB-BDG-01-LT2B-")
    model, table = window.queue_model, window.queue.table
    window.show_queue()
    model.reload()
    qtbot.waitUntil(lambda: not model._loading and model.rowCount() == 1)
    assert _shows_whole(table), (table.sizeHintForColumn(0), table.columnWidth(0))


def test_wider_numbers_in_warga_kembali_widen_the_column_but_not_a_dragged_one(  # type: ignore[no-untyped-def]
    window: MainWindow, desk: Desk, qtbot
) -> None:
    desk.complaints.record(walk_in())
    window.queue_model.reload()
    qtbot.waitUntil(lambda: not window.queue_model._loading and window.queue_model.rowCount() == 1)
    base = window.queue_model.rows[0]
    lookup = window.lookup
    table = lookup.table
    window.tabs.setCurrentWidget(lookup)
    qtbot.waitUntil(table.isVisible)
    column = lookup.model.COLUMNS.index("receipt")
    # A 5-digit serial of another counter, and a number imported from a desk with a long code.
    shown = [
        base._replace(id=1, receipt_number="KAB-BDG-01-L2-20261201-12345"),
        base._replace(id=2, receipt_number="KAB-BANDUNG-BARAT-01-20261201-0001"),
    ]
    lookup._found("x", shown)
    qtbot.waitUntil(lambda: _shows_whole(table))
    widened = table.columnWidth(column)
    # Back to narrow numbers: the column does not shrink under the clerk's eyes.
    lookup._found("y", [base._replace(id=3, receipt_number="KAB-BDG-01-20261201-0001")])
    assert table.columnWidth(column) == widened
    # A width the clerk dragged stays, whatever arrives.
    drag_header_border(qtbot, table, column, -40)
    dragged = table.columnWidth(column)
    assert dragged < widened
    lookup._found("z", shown)
    qtbot.waitUntil(lambda: lookup.model.rowCount() == 2)
    assert table.columnWidth(column) == dragged
