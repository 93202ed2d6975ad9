"""The window's place on screen: where it was last closed, else fitted to the available screen.

The commonest office screen is 1366×768: there the window opens maximised (the preferred
1200×820 would put the form's buttons and the status bar below the screen's edge).
A dialog the clerk opens often (a complaint's view) opens at the size it was last left at,
else at its own preferred size, and always within the available screen with its frame.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

from lapor_desk.settings import UI_WINDOW_GEOMETRY, Setting, Settings

log = logging.getLogger(__name__)

PREFERRED = QSize(1200, 820)
FRAME_ALLOWANCE = QSize(16, 48)  # a window manager's borders and title bar, before they are known
FRAME_MARGINS = QMargins(8, 40, 8, 8)  # the same, side by side: the title bar on top
_SIZE = re.compile(r"^(\d{2,5})x(\d{2,5})$")


def available_of(widget: QWidget) -> QRect:
    """The area of the widget's screen without task bars (1366×768 when none is known)."""
    screen = widget.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def place_window(window: QWidget, settings: Settings, available: QRect | None = None) -> None:
    """Restore the remembered geometry (Qt keeps it on a screen that exists), else fit
    `available` (the screen's area without task bars); remember the geometry at close."""
    if available is None:
        available = available_of(window)
    saved = settings.get(UI_WINDOW_GEOMETRY)
    restored = bool(saved) and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
    if not restored:
        fit(window, available)
    window.installEventFilter(_Keeper(window, settings))


def fit(window: QWidget, available: QRect) -> None:
    """The preferred size when the screen has room for it with its frame, else maximised."""
    room = available.size() - FRAME_ALLOWANCE
    if room.width() < PREFERRED.width() or room.height() < PREFERRED.height():
        window.setGeometry(available)  # the size to come back to from maximised
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    rect = QRect(available.topLeft(), PREFERRED)
    rect.moveCenter(available.center())
    window.setGeometry(rect)


def place_dialog(
    dialog: QWidget,
    preferred: QSize,
    settings: Settings,
    remembered: Setting[str],
    available: QRect | None = None,
) -> None:
    """Size the dialog as the clerk last left it (`remembered`), else at `preferred`; either
    one within `available` with room for the frame, centred on it. The size it has when it
    closes is remembered."""
    if available is None:
        available = available_of(dialog)
    found = _SIZE.match(settings.get(remembered) or "")
    size = QSize(int(found[1]), int(found[2])) if found else preferred
    size = size.boundedTo(available.size() - FRAME_ALLOWANCE)
    framed = QRect(available.topLeft(), size + FRAME_ALLOWANCE)
    framed.moveCenter(available.center())
    dialog.setGeometry(framed.marginsRemoved(FRAME_MARGINS))  # the client area, inside its frame
    dialog.installEventFilter(_SizeKeeper(dialog, settings, remembered))


class _SizeKeeper(QObject):
    """Remembers a dialog's size when it is closed or hidden (done(), Esc, the close button)."""

    def __init__(self, dialog: QWidget, settings: Settings, remembered: Setting[str]) -> None:
        super().__init__(dialog)
        self.dialog, self.settings, self.remembered = dialog, settings, remembered

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  Qt override
        # Hide only: closing sends Close and then Hide. The settings file is written (and
        # fsynced) only when the size changed, and a full or read-only disk loses the size only.
        if watched is self.dialog and event.type() == QEvent.Type.Hide:
            size = self.dialog.size()
            text = f"{size.width()}x{size.height()}"
            if self.settings.get(self.remembered) != text:
                try:
                    self.settings.set(self.remembered, text)
                except OSError:
                    log.warning("could not keep the size of %s", self.dialog.objectName(), exc_info=True)
        return False


class _Keeper(QObject):
    """Saves the window's geometry into the settings when it closes."""

    def __init__(self, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  Qt override
        if watched is self.window and event.type() == QEvent.Type.Close:
            encoded = bytes(self.window.saveGeometry().toBase64().data()).decode("ascii")
            self.settings.set(UI_WINDOW_GEOMETRY, encoded)
        return False
