"""The window at the keyboard: Ctrl+1…Ctrl+9 for the tabs, the Pintasan list, no mnemonic
used twice where both could answer, and a window that fits the screen and comes back there."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
    QWizard,
)

from lapor_desk.settings import UI_WINDOW_GEOMETRY
from ui.admin.setup_wizard import SetupWizard
from ui.shell.geometry import PREFERRED, place_window
from ui.shell.keyboard import ShortcutList
from ui.shell.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def window_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, whose) for every Alt+letter the window answers on its current tab: the menu
    bar's menus, the tab titles, and the visible buttons, labels with a buddy and group boxes."""
    found: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        found.append((mnemonic(action.text()) or "", "menu " + action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
            found += [(mnemonic(t) or "", "tab " + t) for t in texts]
            continue
        if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        found.append((mnemonic(text) or "", f"{type(widget).__name__} {text}"))
    return [(letter, whose) for letter, whose in found if letter]


def clashes(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(letter for letter, _ in found)
    return {letter: [w for l2, w in found if l2 == letter] for letter, n in counts.items() if n > 1}


@pytest.mark.parametrize("language", ["id", "en"])
def test_no_mnemonic_is_used_twice_on_any_tab_or_menu(window: MainWindow, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    window.set_language(language)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == ("Pengaduan baru" if language == "id" else "New complaint"))
    tabs = window.tabs
    assert tabs.count() >= 9  # the admin's tabs: every screen of the window is walked
    problems: dict[str, dict[str, list[str]]] = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found = clashes(window_mnemonics(window))
        if found:
            problems[tabs.tabText(index)] = found
    for menu in window.menuBar().findChildren(QMenu):
        found = clashes([(mnemonic(a.text()) or "", a.text()) for a in menu.actions() if mnemonic(a.text())])
        if found:
            problems["menu " + menu.title()] = found
    assert problems == {}


def test_the_mnemonic_check_catches_a_clash(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.intake)
    before = window.intake.save_button.text()
    window.intake.save_button.setText("&Catat dua kali")
    try:
        assert "c" in clashes(window_mnemonics(window))
    finally:
        window.intake.save_button.setText(before)


def test_ctrl_and_a_digit_opens_that_tab(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tabs = window.tabs
    assert tabs.count() >= 9
    for index in (2, 0, 1, 4, 8):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda i=index: tabs.currentIndex() == i)


def test_pintasan_lists_the_window_keys_in_the_current_language(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    for language, new_form in (("id", "Pengaduan baru"), ("en", "New complaint")):
        window.set_language(language)
        qtbot.waitUntil(lambda t=new_form: window.new_action.text() == t)  # LanguageChange is posted
        dialog = ShortcutList(window, window.tabs)
        qtbot.addWidget(dialog)
        rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
        assert rows["Ctrl+N"] == new_form
        assert {"Ctrl+1", "Ctrl+9", "Ctrl+S", "Ctrl+P", "F1", "Shift+F1", "Ctrl+F"} <= set(rows)
        # "Tab Warga kembali", and in English word order "Returning citizen tab" (not "Tab Returning citizen").
        assert rows["Ctrl+3"] == {"id": "Tab {}", "en": "{} tab"}[language].format(window.tabs.tabText(2))
    window.set_language("id")
    assert window.shortcuts_action.shortcut().toString() == "Shift+F1"
    assert window.shortcuts_action in window.help_menu.actions()


def test_window_fits_a_1366x768_screen_and_comes_back_where_it_was(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = window.settings
    settings.set(UI_WINDOW_GEOMETRY, "")
    place_window(window, settings, available=QRect(0, 0, 1366, 728))
    assert window.windowState() & Qt.WindowState.WindowMaximized  # 1200×820 would not fit
    window.setWindowState(Qt.WindowState.WindowNoState)
    place_window(window, settings, available=QRect(0, 0, 1920, 1040))
    assert window.size() == PREFERRED
    assert window.geometry().center().x() in range(955, 966)

    window.setGeometry(QRect(30, 40, 700, 600))
    qtbot.waitUntil(lambda: window.geometry() == QRect(30, 40, 700, 600))
    window.close()
    assert settings.get(UI_WINDOW_GEOMETRY)
    window.setGeometry(QRect(0, 0, 900, 650))
    place_window(window, settings, available=QRect(0, 0, 1920, 1040))
    assert window.size() == QRect(30, 40, 700, 600).size()


def dialog_mnemonics(dialog: QWidget, within: QWidget | None = None) -> list[tuple[str, str]]:
    """(letter, whose) for the visible buttons, buddied labels and group boxes of a dialog (or
    of one part of it, `within`), and the titles of the tabs on view in it."""
    found: list[tuple[str, str]] = []
    root = within or dialog
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not dialog:
            continue
        if isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
            found += [(mnemonic(t) or "", "tab " + t) for t in texts]
            continue
        if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        found.append((mnemonic(text) or "", f"{type(widget).__name__} {text}"))
    return [(letter, whose) for letter, whose in found if letter]


def every_dialog(window: MainWindow, qtbot, language: str) -> dict[str, QWidget]:  # type: ignore[no-untyped-def]
    """Each dialog of the desk, built as the window builds it."""
    from lapor_desk.accounts.roles import Role
    from ui.admin.account_dialogs import AccountDialog, ChangePasswordDialog, ResetPasswordDialog
    from ui.queue.reply_dialog import ReplyDialog
    from ui.shell.help_guide import HelpGuide
    from ui.supervision.report_export import ReportExportDialog
    from ui.sync.resolve_dialogs import RegisterDialog, SupplementDialog

    from factories import walk_in

    tasks, desk = window.tasks, window.desk
    complaint = desk.complaints.record(walk_in()).complaint
    window.open_complaint(complaint.id)
    qtbot.waitUntil(lambda: len(window.views) == 1, timeout=20_000)
    dialogs: dict[str, QWidget] = {
        "complaint view": window.views[0],
        "shortcuts": ShortcutList(window, window.tabs),
        "guide": HelpGuide(language, str(Role.ADMIN), window),
        "reply": ReplyDialog("KAB-BDG-01-20261120-0001", language, window),
        "supplement": SupplementDialog("KAB-BDG-01-20261120-0001", "", "", window),
        "register": RegisterDialog("https://pusat.example.go.id", window),
        "change password": ChangePasswordDialog(lambda old, new: None, tasks, language, parent=window),
        "add account": AccountDialog(tasks, language, lambda values: None, parent=window),
        "reset password": ResetPasswordDialog(tasks, language, "siti", lambda new: None, parent=window),
        "report export": ReportExportDialog(
            tasks, window.settings, desk.supervision.reports, window.session.actor, parent=window
        ),
    }
    for part in (window.import_ui, window.data_safety):
        if part is not None:
            part.open_dialog()  # the Impor and backup dialogs, as their menu entries open them
            dialogs[type(part).__name__] = part.dialog
    return dialogs


@pytest.mark.parametrize("language", ["id", "en"])
def test_no_mnemonic_is_used_twice_in_any_dialog(window: MainWindow, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    window.set_language(language)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == ("Pengaduan baru" if language == "id" else "New complaint"))
    dialogs = every_dialog(window, qtbot, language)
    problems = {}
    for name, dialog in dialogs.items():
        dialog.show()
        QApplication.processEvents()
        found = clashes(dialog_mnemonics(dialog))
        if found:
            problems[name] = found
        dialog.close()
    # The set-up wizard, page by page with its buttons.
    wizard = SetupWizard(window.desk, window.tasks, language, window)
    wizard.show()
    QApplication.processEvents()
    buttons = [
        wizard.button(b)
        for b in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
    ]
    on_buttons = [(mnemonic(b.text()) or "", "button " + b.text()) for b in buttons if mnemonic(b.text())]
    assert on_buttons and wizard.pageIds()  # the walk sees the wizard's letters
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        found = clashes(on_buttons + dialog_mnemonics(wizard, page))
        if found:
            problems[f"wizard page {page_id}"] = found
    wizard.close()
    assert problems == {}
