"""The lock page at the keyboard: no window-wide key reaches the desk behind it. Ctrl+Tab and
Ctrl+Shift+Tab (and Ctrl+1…9) changed the tab behind the lock page; every key the window
answers is pressed there, and only help, Keluar and Sinkronkan sekarang (as the window's close
button and the status bar's button) may answer, none of them opening the desk's screens."""

from __future__ import annotations

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog

from ui.shell.main_window import MainWindow

from factories import PASSWORD


def _press(qtbot, key: QKeySequence) -> None:  # type: ignore[no-untyped-def]
    """The key at the widget with the focus, as X11 sends it (Ctrl+Shift+Tab arrives as Backtab)."""
    combination: QKeyCombination = key[0]
    code, modifiers = combination.key(), combination.keyboardModifiers()
    if code == Qt.Key.Key_Tab and modifiers & Qt.KeyboardModifier.ShiftModifier:
        code = Qt.Key.Key_Backtab
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, code, modifiers)


def test_no_window_wide_key_acts_behind_the_lock_page(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_queue()
    behind = window.tabs.currentIndex()
    assert behind == window.tabs.indexOf(window.queue)
    window.session.lock()
    page = window.sign_in_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    page.editors["password"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.editors["password"])
    dialogs_before = {d for d in window.findChildren(QDialog) if d.isVisible()}

    allowed = {window.guide_action, window.shortcuts_action, window.quit_action}
    if window.sync_ui is not None:
        allowed.add(window.sync_ui.action)
    actions = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty() and a not in allowed]
    keys = {a.shortcut().toString() for a in actions}
    # What must be among them: the tab keys, the File menu's keys, the lock itself.
    assert {"Ctrl+Tab", "Ctrl+Shift+Tab", "Ctrl+1", "Ctrl+3", "Ctrl+9", "Ctrl+N", "Ctrl+2", "Ctrl+F", "Ctrl+L"} <= keys
    fired: list[str] = []
    for action in actions:
        name = action.shortcut().toString()
        action.triggered.connect(lambda _=False, k=name: fired.append(k))
    shortcuts = window.findChildren(QShortcut)  # the form's Ctrl+S, Ctrl+Enter, Ctrl+P, Ctrl+O
    assert {s.key().toString() for s in shortcuts} >= {"Ctrl+S", "Ctrl+P"}
    for shortcut in shortcuts:
        name = shortcut.key().toString()
        shortcut.activated.connect(lambda k=name: fired.append(k))

    for key in [a.shortcut() for a in actions] + [s.key() for s in shortcuts]:
        _press(qtbot, key)
        QApplication.processEvents()
        assert window.tabs.currentIndex() == behind, key.toString()
        assert window.stack.currentWidget() is page, key.toString()
        assert QApplication.focusWidget() is page.editors["password"], key.toString()
    assert fired == []
    assert {d for d in window.findChildren(QDialog) if d.isVisible()} == dialogs_before
    assert window.session.locked

    # Unlocked, the same keys answer again (the presses above reached the window). Ctrl+Enter
    # in the password box is the box's own Enter: it asked with an empty password; wait for the answer.
    qtbot.waitUntil(page.submit.isEnabled)
    page.editors["password"].setText(PASSWORD)
    qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.session.locked and window.stack.currentWidget() is window.body)
    window.sections.pages.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sections.pages)
    _press(qtbot, QKeySequence("Ctrl+Tab"))
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == behind + 1)
    _press(qtbot, QKeySequence("Ctrl+Shift+Tab"))
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == behind)
    assert "Ctrl+Tab" in fired and "Ctrl+Shift+Tab" in fired


def test_enter_on_an_empty_password_says_so_and_costs_no_try(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enter on the lock page's empty box, many times: the word at the password field, in the
    window's language, and the account is not locked (five tries lock it)."""
    window.session.lock()
    page = window.sign_in_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    box = page.boxes["password"]
    for language, words in (("id", "Isi kata sandi."), ("en", "Enter the password.")):
        window.set_language(language)
        for _ in range(3):
            qtbot.waitUntil(page.submit.isEnabled)
            page.editors["password"].setFocus()
            qtbot.keyClick(page.editors["password"], Qt.Key.Key_Return)
            qtbot.waitUntil(lambda words=words: box.message.text() == words)
            box.message.show_error("")  # the next answer must write it again
    qtbot.waitUntil(page.submit.isEnabled)
    page.editors["password"].setText(PASSWORD)
    qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.session.locked and window.stack.currentWidget() is window.body)
    window.set_language("id")
