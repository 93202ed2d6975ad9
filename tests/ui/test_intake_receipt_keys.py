"""The intake form's receipt keys: the form is built with the window's receipt actions (never
without them), and Ctrl+P before anything was recorded tells the clerk why nothing prints
(it did nothing at all, as a form without receipt actions did)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.shell.main_window import MainWindow


@pytest.mark.parametrize(
    ("language", "words"),
    [("id", "Belum ada pengaduan yang baru dicatat"), ("en", "No complaint has been recorded")],
)
def test_ctrl_p_before_recording_says_why_nothing_prints(window: MainWindow, qtbot, language: str, words: str) -> None:  # type: ignore[no-untyped-def]
    window.set_language(language)
    window.show_intake()
    form = window.intake
    assert form.receipts is window.screens.receipts
    qtbot.waitUntil(lambda: form.isAncestorOf(QApplication.focusWidget()))
    assert form.last_recorded is None and not form.action_bar.print_button.isEnabled()
    assert not form.banner.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(form.banner.isVisible)
    assert words in form.banner.text()
    assert "Ctrl+Enter" in form.banner.text()
    window.set_language("id")
