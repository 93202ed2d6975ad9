"""Start-up: the window paints before the database opens; saving waits until it is ready."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.shell.app import launch


def test_window_first_then_database_then_queue(qapp: QApplication, qtbot, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    window = launch(qapp, argparse.Namespace(db=f"sqlite:///{db}"))
    qtbot.addWidget(window)
    assert window.desk is None
    # Nothing of the desk exists before the database is open: the sign-in page shows first.
    assert window.desk_screens is None and window.stack.currentWidget() is window.sign_in_page
    assert "membuka database" in window.status_desk.text()
    assert "sqlalchemy" not in sys.modules or window.desk is None
    qtbot.waitUntil(lambda: window.desk is not None, timeout=20_000)
    # The form, the queue and the lookup wait for someone to sign in: they are built from that
    # account's session (ui/shell/desk_screens.py), so nothing in them can act without one.
    assert window.desk_screens is None
    assert not [i for i in range(window.tabs.count()) if window.tabs.group_of(i) == "desk"]
    assert str(db) in window.status_desk.toolTip()
    # A new desk has no account yet: the first thing it asks for is its admin.
    from ui.shell.sign_in import Mode

    qtbot.waitUntil(lambda: window.sign_in_page.mode is Mode.FIRST_ADMIN)
    assert window.stack.currentWidget() is window.sign_in_page
    # A PC nobody has set up (the desk code still the default) gets the set-up wizard.
    qtbot.waitUntil(lambda: window.setup_wizard is not None and window.setup_wizard.isVisible())
    assert db.exists()
    window.tasks.wait()
    window.desk.close()


def test_a_database_from_a_newer_version_is_explained_and_left_alone(qapp: QApplication, qtbot, tmp_path: Path) -> None:
    import hashlib
    import sqlite3

    from lapor_desk.storage.database import open_database

    db = tmp_path / "desk.sqlite3"
    open_database(f"sqlite:///{db}").dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    window = launch(qapp, argparse.Namespace(db=f"sqlite:///{db}"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.fatal_message is not None and window.fatal_message.isVisible(), timeout=20_000)
    text = window.fatal_message.text()
    assert "versi lapor-desk yang lebih baru" in text and "newer lapor-desk" in text
    assert window.desk is None and window.desk_screens is None
    window.fatal_message.close()
    window.tasks.wait()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_the_window_loads_without_the_database_stack() -> None:
    """The first paint must not wait for SQLAlchemy, the account service or the reports."""
    import subprocess

    heavy = (
        "sqlalchemy",
        "alembic",
        "lapor_desk.accounts.service",
        "lapor_desk.review",
        "lapor_desk.audit",
        "openpyxl",
        "holidays",
        "PySide6.QtCharts",
        "ui.intake.intake_form",
        "ui.queue.queue_model",
    )
    code = f"import sys, ui.shell.app, ui.shell.main_window; print(','.join(m for m in {heavy!r} if m in sys.modules))"
    loaded = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.strip()
    assert loaded == ""


def test_a_second_window_on_the_same_database_is_refused(qapp: QApplication, qtbot, tmp_path: Path) -> None:
    """Two copies of the app started together: the second explains and stops, the first keeps going."""
    db = tmp_path / "desk.sqlite3"
    first = launch(qapp, argparse.Namespace(db=f"sqlite:///{db}"))
    qtbot.addWidget(first)
    second = launch(qapp, argparse.Namespace(db=f"sqlite:///{db}"))
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: first.desk is not None or first.fatal_message is not None, timeout=20_000)
    qtbot.waitUntil(lambda: second.desk is not None or second.fatal_message is not None, timeout=20_000)
    opened = [w for w in (first, second) if w.desk is not None]
    stopped = [w for w in (first, second) if w.fatal_message is not None]
    assert len(opened) == 1 and len(stopped) == 1
    text = stopped[0].fatal_message.text()
    assert "Aplikasi lapor-desk lain sudah berjalan" in text and "Another lapor-desk app" in text
    assert str(db) in text
    stopped[0].fatal_message.close()
    for window in (first, second):
        window.tasks.wait()
    opened[0].desk.close()


def test_an_empty_database_file_is_explained_not_started_afresh(qapp: QApplication, qtbot, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    db.write_bytes(b"")
    window = launch(qapp, argparse.Namespace(db=f"sqlite:///{db}"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.fatal_message is not None and window.fatal_message.isVisible(), timeout=20_000)
    text = window.fatal_message.text()
    assert "Berkas database kosong" in text and str(db) in text and "lapor-desk restore" in text
    assert window.desk is None
    window.fatal_message.close()
    window.tasks.wait()
    assert db.stat().st_size == 0
