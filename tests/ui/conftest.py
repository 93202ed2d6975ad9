"""Qt fixtures: a real desk on a SQLite file in tmp_path and its main window, offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from lapor_desk.desk import Desk
from lapor_desk.settings import DESK_CODE, OFFICER_NAME
from ui.shell.app import build_main_window, create_application
from ui.shell.main_window import MainWindow

from factories import PASSWORD


@pytest.fixture
def desk(isolated_home) -> Iterator[Desk]:
    d = Desk.open()
    d.settings.set(DESK_CODE, "KAB-BDG-01")
    d.settings.set(OFFICER_NAME, "Siti Rahmawati")
    yield d
    d.close()


@pytest.fixture
def window(qapp: QApplication, qtbot, desk: Desk) -> Iterator[MainWindow]:
    create_application()
    win = build_main_window(qapp, desk)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    # The desk's first account, signed in (tests of the sign-in itself drive the page instead).
    win.session.begin(desk.supervision.accounts.create_first_admin("siti", "Siti Rahmawati", PASSWORD))
    qtbot.waitUntil(lambda: not win.queue_model._loading, timeout=30_000)  # a loaded CI machine
    yield win
    win.tasks.wait()
    win.languages.apply("id")


@pytest.fixture
def indonesian_dates() -> Iterator[None]:
    """Dates drawn by QLocale read as at the desk ("3 Des"), whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian))
    yield
    QLocale.setDefault(before)
