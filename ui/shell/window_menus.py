"""The main window's menus: Berkas, Tampilan (language, text size), Akun, Bantuan (guide,
shortcuts, about), built and retranslated here (a part of MainWindow, split from main_window.py;
its texts keep MainWindow's translation context)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar, QMessageBox, QTabWidget, QWidget

from lapor_desk import __version__
from lapor_desk.settings import DESK_CODE, UI_LANGUAGE, Settings
from ui.common.font_size import FontSize, FontSizeMenu
from ui.common.i18n import LanguageSwitch
from ui.shell.keyboard import ShortcutList, TabKeys

if TYPE_CHECKING:
    from ui.shell.session import Session


class WindowMenus:
    """The menu bar of MainWindow and what its entries open."""

    if TYPE_CHECKING:
        tabs: QTabWidget
        settings: Settings
        languages: LanguageSwitch
        font_size: FontSize
        session: Session

        def menuBar(self) -> QMenuBar: ...  # noqa: N802  Qt's name
        def show_intake(self) -> None: ...
        def show_search(self) -> None: ...
        def show_queue(self) -> None: ...
        def close(self) -> bool: ...
        def change_password(self, forced: bool = False) -> None: ...
        def sign_out(self) -> None: ...

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = QAction(cast(QWidget, self))
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.show_intake)
        self.queue_action = QAction(cast(QWidget, self))
        self.queue_action.setShortcut(QKeySequence("Ctrl+2"))
        self.queue_action.triggered.connect(self.show_queue)
        self.search_action = QAction(cast(QWidget, self))
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self.show_search)
        self.quit_action = QAction(cast(QWidget, self))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.queue_action, self.search_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(cast(QWidget, self))
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = QAction(name, cast(QWidget, self), checkable=True)
            action.setChecked(code == self.languages.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.font_menu = FontSizeMenu(self.view_menu, cast(QWidget, self), self.font_size, self.settings)
        self.account_menu = bar.addMenu("")
        self.password_action = QAction(cast(QWidget, self))
        self.password_action.triggered.connect(lambda: self.change_password())
        self.lock_action = QAction(cast(QWidget, self))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.session.lock)
        self.sign_out_action = QAction(cast(QWidget, self))
        self.sign_out_action.triggered.connect(self.sign_out)
        for action in (self.password_action, self.lock_action, self.sign_out_action):
            self.account_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.guide_action = QAction(cast(QWidget, self))
        self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.triggered.connect(self.show_guide)
        self.help_menu.addAction(self.guide_action)
        self.about_action = QAction(cast(QWidget, self))
        self.about_action.triggered.connect(self._about)
        self.shortcuts_action = QAction(cast(QWidget, self))
        self.shortcuts_action.setShortcut(QKeySequence("Shift+F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)
        self.tab_keys = TabKeys(cast(QMainWindow, self), self.tabs)  # Ctrl+1…Ctrl+9, Ctrl+Tab

    def _retranslate_menus(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&Berkas"))
        self.new_action.setText(QCoreApplication.translate("MainWindow", "Pengaduan baru"))
        self.queue_action.setText(QCoreApplication.translate("MainWindow", "Antrean"))
        self.search_action.setText(QCoreApplication.translate("MainWindow", "Cari di antrean"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "Keluar"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "Ta&mpilan"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "Bahasa / Language"))
        self.font_menu.retranslate()
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "Bantuan"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "Tentang lapor-desk"))
        self.guide_action.setText(QCoreApplication.translate("MainWindow", "&Panduan"))
        self.shortcuts_action.setText(QCoreApplication.translate("MainWindow", "Pintasan &keyboard"))
        self.tab_keys.retranslate()
        self.account_menu.setTitle(QCoreApplication.translate("MainWindow", "Akun"))
        self.password_action.setText(QCoreApplication.translate("MainWindow", "Ganti kata sandi…"))
        self.lock_action.setText(QCoreApplication.translate("MainWindow", "Kunci layar"))
        self.sign_out_action.setText(QCoreApplication.translate("MainWindow", "Keluar akun"))

    def set_language(self, language: str) -> None:
        self.settings.set(UI_LANGUAGE, language)
        self.languages.apply(language)
        self.language_actions[language].setChecked(True)

    def show_shortcuts(self) -> None:
        ShortcutList(cast(QMainWindow, self), self.tabs).open()

    def show_guide(self) -> None:
        from ui.shell.help_guide import HelpGuide

        actor = self.session.actor
        self.guide = HelpGuide(self.settings.get(UI_LANGUAGE), str(actor.role) if actor else None, cast(QWidget, self))
        self.guide.open()

    def _about(self) -> None:
        """Tentang lapor-desk: opened, not exec'd (the window keeps running; tests and the
        screenshot script reach it as `about_box`)."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("MainWindow", "Tentang lapor-desk"),
            QCoreApplication.translate(
                "MainWindow", "lapor-desk {version}\nMeja pengaduan SP4N-LAPOR! yang tetap bekerja tanpa jaringan."
            ).format(version=__version__),
            QMessageBox.StandardButton.Ok,
            cast(QWidget, self),
        )
        # What IT staff and the central's support ask first: which desk, which database.
        desk = getattr(self, "desk", None)
        details = [
            QCoreApplication.translate("MainWindow", "Kode meja: {desk}").format(desk=self.settings.get(DESK_CODE))
        ]
        if desk is not None:
            details.append(
                QCoreApplication.translate("MainWindow", "Database: {location}").format(location=desk.db.location)
            )
        box.setInformativeText("\n".join(details))
        self.about_box = box
        box.open()
