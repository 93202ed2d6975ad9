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


def _pictures(page) -> list[tuple[str, float, float]]:  # type: ignore[no-untyped-def]
    found = []
    block = page.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                found.append((image.name(), image.width(), image.height()))
            fragments += 1
        block = block.next()
    return found


def test_the_pictures_follow_the_pages_width_up_to_their_own(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont

    before = QFont(qapp.font())
    big = QFont(before)
    big.setPointSizeF(before.pointSizeF() * 2)  # 200 %, as Tampilan > Ukuran huruf sets it
    qapp.setFont(big)
    try:
        guide = HelpGuide("id", "clerk")
        qtbot.addWidget(guide)
        guide.resize(700, 600)  # narrower than the 640 px the pictures were fixed at, with margins
        guide.show()
        qtbot.waitExposed(guide)
        page = guide.pages["petugas"]
        qtbot.waitUntil(lambda: all(w <= page.viewport().width() - 8 for _, w, _ in _pictures(page)))
        shown = _pictures(page)
        assert len(shown) == 2
        for name, width, height in shown:
            original = page.original(page.shipped_as.get(name, name))
            assert 500 < width <= page.viewport().width() - 8  # as wide as the page lets it be
            assert abs(height / width - original.height() / original.width()) < 0.01  # not distorted
        # A wide window: each picture at its own width (800 px), no longer 640, never stretched.
        guide.resize(1300, 700)
        qtbot.waitUntil(lambda: all(w == 800 for _, w, _ in _pictures(page)))
        assert page.document().size().width() <= page.viewport().width()  # nothing scrolls sideways
    finally:
        qapp.setFont(before)


def test_a_picture_is_scaled_for_the_screens_pixel_ratio() -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    from ui.shell.help_guide import picture_size, scaled_picture

    original = QImage(800, 547, QImage.Format.Format_RGB32)
    original.fill(0x336699)
    shown = picture_size(original.size(), 600)
    assert shown == QSize(600, 410)
    sharp = scaled_picture(original, shown, 2.0)  # a 200 % (high-density) screen
    assert sharp.size() == QSize(1200, 820) and sharp.devicePixelRatio() == 2.0
    assert sharp.deviceIndependentSize().toSize() == shown
    assert picture_size(original.size(), 1500) == QSize(800, 547)  # never past its own pixels
