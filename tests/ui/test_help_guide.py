"""Bantuan > Panduan (F1): each role's illustrated guide opens offline from the app's own
resources, on the signed-in role's page, in the window's language, with every picture found."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from ui.shell.help_guide import GUIDES, HELP_DIR, HelpGuide


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_guide_exists_and_every_picture_it_shows_is_shipped(language: str) -> None:
    for guide in GUIDES:
        page = HELP_DIR / language / f"{guide}.html"
        text = page.read_text(encoding="utf-8")
        pictures = re.findall(r'<img src="([^"]+)"', text)
        assert pictures, f"{page} shows no picture"
        for src in pictures:
            assert (page.parent / src).is_file(), f"{page} shows {src}, which is not shipped"
        assert "http" not in text  # offline: nothing to fetch


def test_f1_opens_the_signed_in_roles_guide_with_its_pictures(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.guide_action.trigger()
    guide = window.guide
    assert isinstance(guide, HelpGuide)
    qtbot.waitUntil(guide.isVisible)
    assert window.guide_action.shortcut().toString() == "F1"
    page = guide.tabs.currentWidget()
    assert page is guide.pages["admin"]  # the window's fixture signs in the desk's first admin
    assert "Panduan admin dan petugas TI" in page.toPlainText()
    picture = page.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("img/backup.png"))
    assert picture is not None and not picture.isNull()
    guide.close()

    window.set_language("en")
    window.guide_action.trigger()
    english = window.guide
    qtbot.waitUntil(english.isVisible)
    assert "Guide for admins and IT staff" in english.tabs.currentWidget().toPlainText()
    assert english.tabs.tabText(0) == "Front desk"
    english.close()
