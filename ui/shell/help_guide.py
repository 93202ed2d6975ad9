"""Bantuan > Panduan (F1): a short illustrated guide for each role, read offline from the app's
own resources (resources/help/<language>/<role>.html and resources/help/img)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from lapor_desk.paths import resources_dir

HELP_DIR = resources_dir() / "help"
# Each role's guide, in the order of the tabs; a role opens on its own guide.
GUIDES = ("petugas", "supervisor", "admin")
GUIDE_OF_ROLE = {"clerk": "petugas", "supervisor": "supervisor", "admin": "admin"}


def guide_file(language: str, guide: str) -> Path:
    path = HELP_DIR / language / f"{guide}.html"
    return path if path.is_file() else HELP_DIR / "id" / f"{guide}.html"


class HelpGuide(QDialog):
    def __init__(self, language: str, role: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.pages: dict[str, QTextBrowser] = {}
        titles = {
            "petugas": self.tr("Petugas"),
            "supervisor": self.tr("Supervisor"),
            "admin": self.tr("Admin dan TI"),
        }
        for guide in GUIDES:
            page = QTextBrowser()
            page.setOpenLinks(False)  # the guide is read here; no link leaves the app
            page.setSource(QUrl.fromLocalFile(str(guide_file(language, guide))))
            self.pages[guide] = page
            self.tabs.addTab(page, titles[guide])
        self.tabs.setCurrentIndex(GUIDES.index(GUIDE_OF_ROLE.get(role or "", "petugas")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Panduan lapor-desk"))
        # Grows with the text size, inside a 1366×768 screen with room for the taskbar.
        em = self.fontMetrics().horizontalAdvance("n")
        self.resize(min(1300, max(820, em * 100)), min(700, max(620, em * 75)))
