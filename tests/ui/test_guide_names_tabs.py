"""The guides name the tabs as the window titles them, in each language: the English admin
guide sent staff to an "Account" tab the window calls "Accounts" (screenshot guide-admin-en-200)."""

from __future__ import annotations

import re

import pytest

from ui.shell.help_guide import GUIDES, HELP_DIR
from ui.shell.main_window import MainWindow

NAMED = {"id": r"[Tt]ab <i>([^<]+)</i>", "en": r"<i>([^<]+)</i> tab"}


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_tab_a_guide_names_is_in_the_window(window: MainWindow, qtbot, language: str) -> None:
    try:
        window.set_language(language)  # the fixture's account is an admin: every screen is there
        queue = {"id": "Antrean", "en": "Queue"}[language]
        qtbot.waitUntil(lambda: window.tabs.tabText(window.tabs.indexOf(window.queue)) == queue)
        titles = {window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())}
        titles = {re.sub(r" \(\d+\)$", "", t) for t in titles}  # "Perlu perhatian (5)"
        named = {
            (guide, name)
            for guide in GUIDES
            for name in re.findall(NAMED[language], (HELP_DIR / language / f"{guide}.html").read_text("utf-8"))
        }
        assert named, "the pattern finds no tab in the guides"
        assert {(guide, name) for guide, name in named if name not in titles} == set(), sorted(titles)
    finally:
        window.set_language("id")
