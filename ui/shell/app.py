"""Starting the Qt desk: paint the window first, then open the database off the GUI thread."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from lapor_desk.errors import StorageError
from lapor_desk.paths import Paths
from lapor_desk.settings import UI_LANGUAGE, Settings
from ui.common.i18n import LanguageSwitch
from ui.shell.geometry import place_window
from ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from lapor_desk.desk import Desk


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("lapor-desk")
    app.setOrganizationName("lapor-desk")
    return app


def build_window(app: QApplication, settings: Settings) -> MainWindow:
    languages = LanguageSwitch(app)
    languages.apply(settings.get(UI_LANGUAGE))
    return MainWindow(settings, languages)


def build_main_window(app: QApplication, desk: Desk) -> MainWindow:
    """A window attached to an already open desk (tests, screenshots)."""
    window = build_window(app, desk.settings)
    window.attach(desk)
    return window


class _AfterFirstPaint(QObject):
    """Calls back once, after the first widget has painted, then gets out of the way."""

    def __init__(self, app: QApplication, callback: Callable[[], None]) -> None:
        super().__init__(app)
        self.app = app
        self.callback = callback
        app.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.Paint:
            self.app.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)
        return False


def launch(app: QApplication, args: argparse.Namespace) -> MainWindow:
    """Show the window at once; open the desk's database after the first paint, on the
    write lane. A database that cannot be used ends in a clear message."""
    paths = Paths.from_environment()
    paths.ensure()
    overrides = getattr(args, "setting_overrides", None)
    window = build_window(app, Settings(paths.settings_file, overrides=overrides))

    def open_desk() -> Desk:
        from lapor_desk.desk import Desk  # SQLAlchemy and Alembic load here, off the GUI thread

        desk = Desk.open(getattr(args, "db", None), paths=paths, overrides=overrides, app=True)
        desk.supervision  # noqa: B018  accounts, audit and calendar are built here, off the GUI thread
        return desk

    def fail(exc: BaseException) -> None:
        text = exc.text("id") + "\n\n" + exc.text("en") if isinstance(exc, StorageError) else str(exc)
        box = QMessageBox(QMessageBox.Icon.Critical, "lapor-desk", text, QMessageBox.StandardButton.Ok, window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # paths and messages are never markup
        box.finished.connect(lambda _result: window.startup_failed.emit())
        window.fatal_message = box
        box.open()

    _AfterFirstPaint(app, lambda: window.tasks.write(open_desk, window.attach, fail, context=window))
    place_window(window, window.settings)  # where it was closed, else fitted to the screen
    window.show()
    return window


def run(args: argparse.Namespace) -> int:
    """The `lapor_desk.gui` entry point the core's CLI calls when no subcommand is given."""
    from ui.shell import platform_check

    if getattr(args, "command", None) == "selftest":
        return selftest()
    paths = Paths.from_environment()
    language = Settings(paths.settings_file, overrides=getattr(args, "setting_overrides", None)).get(UI_LANGUAGE)
    blocked = platform_check.problem(os.environ, language)
    if blocked is not None:  # instead of Qt's abort, which names the wrong library
        print(blocked, file=sys.stderr)
        return 3
    app = create_application()
    window = launch(app, args)
    window.startup_failed.connect(lambda: app.exit(1))
    try:
        return app.exec()
    finally:
        window.tasks.wait()
        if window.desk is not None:
            window.desk.close()


def selftest() -> int:
    """`lapor-desk selftest`: the core's steps, then the receipt rendered to a PDF by Qt (offscreen
    unless a platform is asked for, so it runs on a server or in CI)."""
    from lapor_desk import selftest as core
    from ui.intake.receipt_render import save_pdf

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application([sys.argv[0]])
    try:
        result: core.SelfTest | BaseException = core.run(save_pdf)
    except Exception as exc:  # noqa: BLE001  reported as the self-test's failure, with its reason
        result = exc
    return core.report(result, "id")


def main() -> int:
    """Launcher for the packaged build (no entry-point metadata needed)."""
    from lapor_desk.cli import main as cli_main

    return cli_main(gui=run)
