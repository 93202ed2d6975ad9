"""A background task that fails with no handler of its own is shown, in the current language."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from PySide6.QtWidgets import QApplication, QWidget

from lapor_desk.desk import Desk
from lapor_desk.i18n import describe
from lapor_desk.storage.errors import StorageError
from ui.common.tasks import TaskRunner, logged_only
from ui.shell.main_window import MainWindow


def _corrupt(desk: Desk) -> None:
    """The database file's header overwritten, as a failing disk or a bad copy leaves it."""
    assert desk.db.path is not None
    desk.db.dispose()
    with closing(sqlite3.connect(desk.db.path)) as raw:  # all into the main file: no page read from the WAL
        assert raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    with desk.db.path.open("r+b") as f:
        f.write(b"\x00garbage-header\x00" * 4)


def test_a_failed_citizen_search_is_shown_in_either_language(window: MainWindow, qtbot, desk: Desk) -> None:
    """The returning-citizen search passes no failure handler: before, its failure was only logged."""
    window.tasks.wait()
    _corrupt(desk)
    expected = {lang: describe(StorageError("db_corrupt", path=desk.db.location), lang) for lang in ("id", "en")}
    window.lookup.box.setText("3204051203850002")
    with qtbot.waitSignal(window.tasks.failure_shown, timeout=30_000) as shown:
        window.lookup.search_citizen()
    box = window.tasks.failure_box
    assert box is not None and box.isVisible()
    assert box.text() == shown.args[0]
    assert "Pekerjaan di latar belakang gagal" in box.text() and expected["id"] in box.text()
    assert window.isEnabled()  # the box does not hold up the desk

    window.set_language("en")
    with qtbot.waitSignal(window.tasks.failure_shown, timeout=30_000):
        window.lookup.search_citizen()
    box = window.tasks.failure_box
    assert box is not None and box.isVisible()
    assert "A background task failed" in box.text() and expected["en"] in box.text()
    assert "gagal" not in box.text()
    box.close()
    qtbot.waitUntil(lambda: window.tasks.failure_box is None)


def test_an_unexpected_failure_names_its_kind_and_keeps_the_detail(qapp: QApplication, qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = TaskRunner(owner)
    with qtbot.waitSignal(runner.failure_shown, timeout=30_000) as shown:
        runner.read(lambda: json.loads("{not json"))
    assert "JSONDecodeError" in shown.args[0] and "log" in shown.args[0]
    box = runner.failure_box
    assert box is not None and box.parent() is owner
    assert "Expecting property name" in box.detailedText()
    runner.wait()


def test_a_task_with_its_own_handler_shows_nothing_else(qapp: QApplication, qtbot) -> None:
    runner = TaskRunner()
    seen: list[BaseException] = []
    quiet: list[str] = []
    runner.failure_shown.connect(quiet.append)
    runner.read(lambda: json.loads("{"), None, seen.append)
    runner.read(lambda: json.loads("{"), None, logged_only("a test's read"))
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert runner.wait()
    qtbot.waitUntil(lambda: not runner._relays)  # both answers are back on the GUI thread
    assert isinstance(seen[0], json.JSONDecodeError)
    assert quiet == [] and runner.failure_box is None
