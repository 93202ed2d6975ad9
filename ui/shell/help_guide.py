"""Bantuan > Panduan (F1): a short illustrated guide for each role, read offline from the app's
own resources (resources/help/<language>/<role>.html and resources/help/img).

A picture takes the width of the page's text, up to its own width, and is drawn from an image
scaled for the screen's device pixel ratio: whole in a narrow window or at 200 % font, sharp
on a high-density screen, never stretched past its own pixels (it was a fixed 640 px)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QImage, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from lapor_desk.paths import resources_dir

HELP_DIR = resources_dir() / "help"
# Each role's guide, in the order of the tabs; a role opens on its own guide.
GUIDES = ("petugas", "supervisor", "admin")
GUIDE_OF_ROLE = {"clerk": "petugas", "supervisor": "supervisor", "admin": "admin"}


def guide_file(language: str, guide: str) -> Path:
    path = HELP_DIR / language / f"{guide}.html"
    return path if path.is_file() else HELP_DIR / "id" / f"{guide}.html"


def picture_size(original: QSize, room: int) -> QSize:
    """A picture's size on the page (logical pixels): the room's width at most, its own at most."""
    width = max(1, min(room, original.width()))
    return QSize(width, max(1, round(original.height() * width / max(1, original.width()))))


def scaled_picture(original: QImage, shown: QSize, ratio: float) -> QImage:
    """The picture with the device pixels `shown` takes at `ratio`, scaled once and smoothly,
    so the page draws it pixel for pixel."""
    pixels = QSize(max(1, round(shown.width() * ratio)), max(1, round(shown.height() * ratio)))
    image = (
        original
        if pixels == original.size()
        else original.scaled(pixels, mode=Qt.TransformationMode.SmoothTransformation)
    )
    image.setDevicePixelRatio(ratio)
    return image


class GuidePage(QTextBrowser):
    """One guide; its pictures follow the page's width (see the module's note)."""

    def __init__(self, source: Path) -> None:
        super().__init__()
        self.originals: dict[str, QImage] = {}
        self.shipped_as: dict[str, str] = {}  # a scaled picture's name -> the shipped picture's
        self.setOpenLinks(False)  # the guide is read here; no link leaves the app
        self.setSource(QUrl.fromLocalFile(str(source)))
        self.fit_pictures()

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802  Qt override
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return super().loadResource(kind, name)
        return self.original(name.toString() if isinstance(name, QUrl) else str(name))

    def original(self, name: str) -> QImage:
        """The picture as shipped (resources/help/<language>/img), read once."""
        if name not in self.originals:
            path = self.source().resolved(QUrl(name)).toLocalFile()
            self.originals[name] = QImage(path) if path else QImage()
        return self.originals[name]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  Qt override
        super().resizeEvent(event)
        self.fit_pictures()

    def fit_pictures(self) -> None:
        document = self.document()
        room = self.viewport().width() - 2 * round(document.documentMargin()) - 2
        ratio = self.devicePixelRatioF()
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                fmt = fragment.charFormat()
                if fragment.isValid() and fmt.isImageFormat():
                    self._fit(fragment.position(), fragment.length(), fmt.toImageFormat(), room, ratio)
                fragments += 1
            block = block.next()

    def _fit(self, position: int, length: int, fmt: Any, room: int, ratio: float) -> None:
        name = self.shipped_as.get(fmt.name(), fmt.name())
        original = self.original(name)
        if original.isNull():
            return
        shown = picture_size(original.size(), room)
        if round(fmt.width()) == shown.width() and round(fmt.height()) == shown.height():
            return
        scaled = scaled_picture(original, shown, ratio)
        # Under its own name with the size in it: the original stays the source of every size.
        key = f"{name}?width={shown.width()}&ratio={ratio:g}"
        self.shipped_as[key] = name
        self.document().addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(key), scaled)
        fmt.setName(key)
        fmt.setWidth(shown.width())
        fmt.setHeight(shown.height())
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)


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
            page = GuidePage(guide_file(language, guide))
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
