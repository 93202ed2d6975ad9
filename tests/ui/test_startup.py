"""Start-up: the window paints before the database opens; saving waits until it is ready."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.app import launch


def test_window_first_then_database_then_queue(qapp: QApplication, qtbot, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    window = launch(qapp, argparse.Namespace(db=f"sqlite:///{db}"))
    qtbot.addWidget(window)
    assert window.desk is None
    assert not window.intake.record_button.isEnabled()  # nothing can be saved before the DB is open
    assert "membuka database" in window.status_desk.text()
    assert "sqlalchemy" not in sys.modules or window.desk is None
    qtbot.waitUntil(lambda: window.desk is not None, timeout=20_000)
    assert window.intake.record_button.isEnabled()
    assert str(db) in window.status_desk.text()
    assert db.exists()
    window.tasks.wait()
    window.desk.close()
