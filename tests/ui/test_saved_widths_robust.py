"""Saved column widths (r9 F5): saving runs in the header's event filter on a mouse release, so a
settings error (a read-only or full disk, the setting's length) must not escape it: it is logged,
the dragged width stays for the session, and other accounts' old widths give way to the length.
Reading tolerates a hand-edited value of the wrong shape by leaving out what is bad."""

from __future__ import annotations

import json
import logging
import math

import pytest
from PySide6.QtWidgets import QTableView
from qt_helpers import drag_header_border

from lapor_desk.desk import Desk
from lapor_desk.settings import UI_COLUMN_WIDTHS, Settings
from ui.common.tasks import TaskRunner
from ui.queue.column_widths import SavedWidths
from ui.queue.queue_model import QueueModel
from ui.shell.main_window import MainWindow


def _queue_table(window: MainWindow, qtbot) -> QTableView:  # type: ignore[no-untyped-def]
    window.show_queue()
    table = window.queue.table
    qtbot.waitUntil(table.isVisible)
    return table


def test_an_unwritable_settings_file_keeps_the_dragged_width_for_the_session(  # type: ignore[no-untyped-def]
    window: MainWindow, desk: Desk, qtbot, caplog
) -> None:
    table = _queue_table(window, qtbot)
    path = desk.settings.path
    kept = path.read_bytes()
    path.unlink()
    path.mkdir()  # the file cannot be replaced (even by root): the save fails with an OSError
    try:
        before = table.columnWidth(0)
        with caplog.at_level(logging.WARNING, logger="ui.queue.column_widths"):
            drag_header_border(qtbot, table, 0, 40)  # an exception here fails the test (pytest-qt)
        assert table.columnWidth(0) == before + 40
        assert any("not saved" in r.getMessage() for r in caplog.records)
        window.queue.columns.refit()  # the session still has it
        assert table.columnWidth(0) == before + 40
    finally:
        path.rmdir()
        path.write_bytes(kept)


def test_other_accounts_give_way_before_the_setting_is_too_long(window: MainWindow, desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    others = {f"akun{n:04d}": {"queue": {"title": 40.5, "reporter": 20.5}} for n in range(400)}
    text = json.dumps(others, separators=(",", ":"))
    while len(text) > UI_COLUMN_WIDTHS.max_length - 20:
        others.popitem()
        text = json.dumps(others, separators=(",", ":"))
    desk.settings.set(UI_COLUMN_WIDTHS, text)
    table = _queue_table(window, qtbot)
    before = table.columnWidth(0)
    drag_header_border(qtbot, table, 0, 40)
    assert table.columnWidth(0) == before + 40
    stored = json.loads(Settings(desk.settings.path).get(UI_COLUMN_WIDTHS))
    assert "receipt" in stored["siti"]["queue"]
    assert "akun0000" not in stored  # the oldest gave way
    assert list(others)[-1] in stored  # the newest stayed


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("[1, 2]", {}),
        ('{"siti": ["queue"]}', {}),
        ('{"siti": {"queue": "wide"}}', {}),
        ('{"siti": {"queue": [30]}}', {}),
        (
            '{"siti": {"queue": {"receipt": Infinity, "title": NaN, "status": -3, "type": "12",'
            ' "channel": true, "reporter": 1e308, "location": 20, "deadline": 12.5}}}',
            {"location": 20.0, "deadline": 12.5},
        ),
    ],
)
def test_hand_edited_widths_of_the_wrong_shape_are_left_out(  # type: ignore[no-untyped-def]
    desk: Desk, qtbot, raw: str, expected: dict[str, float]
) -> None:
    desk.settings.set(UI_COLUMN_WIDTHS, raw)
    saved = SavedWidths(desk.settings, "siti", "queue")
    assert saved.load() == expected
    # A real table sized with them, then a save over them: no exception, only good widths.
    table = QTableView()
    qtbot.addWidget(table)
    model = QueueModel(None, TaskRunner(), parent=table)  # no service: nothing to read
    table.setModel(model)
    fit = model.fit_to(table, saved)
    table.fit = fit  # type: ignore[attr-defined]  # alive as long as the table, as QueueView keeps its own
    table.show()
    qtbot.waitExposed(table)
    assert all(table.columnWidth(c) > 0 for c in range(model.columnCount()) if not table.isColumnHidden(c))
    saved.save({**fit.user, "title": 33.0})
    assert SavedWidths(Settings(desk.settings.path), "siti", "queue").load() == {**expected, "title": 33.0}
    stored = json.loads(Settings(desk.settings.path).get(UI_COLUMN_WIDTHS))
    assert all(math.isfinite(v) for t in stored.values() for w in t.values() for v in w.values())
