"""Starting the Qt desk: the application object, translations, style, the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from lapor_desk.desk import Desk
from lapor_desk.paths import resources_dir
from lapor_desk.storage.errors import StorageError
from ui.i18n import LanguageSwitch
from ui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("lapor-desk")
    app.setOrganizationName("lapor-desk")
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def build_main_window(app: QApplication, desk: Desk) -> MainWindow:
    languages = LanguageSwitch(app)
    languages.apply(desk.language)
    return MainWindow(desk, languages)


def run(args: argparse.Namespace) -> int:
    """The `lapor_desk.gui` entry point the core's CLI calls when no subcommand is given."""
    app = create_application()
    try:
        desk = Desk.open(getattr(args, "db", None))
    except StorageError as exc:
        QMessageBox.critical(None, "lapor-desk", exc.text("id") + "\n\n" + exc.text("en"))
        return 1
    try:
        window = build_main_window(app, desk)
        window.show()
        return app.exec()
    finally:
        desk.close()


def main() -> int:
    """Launcher for the packaged build (no entry-point metadata needed)."""
    from lapor_desk.cli import main as cli_main

    return cli_main(gui=run)


