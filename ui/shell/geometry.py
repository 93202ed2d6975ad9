"""The window's place on screen: where it was last closed, else fitted to the available screen.

The commonest office screen is 1366×768: there the window opens maximised (the preferred
1200×820 would put the form's buttons and the status bar below the screen's edge).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

from lapor_desk.settings import UI_WINDOW_GEOMETRY, Settings

PREFERRED = QSize(1200, 820)
FRAME_ALLOWANCE = QSize(16, 48)  # a window manager's borders and title bar, before they are known


def place_window(window: QWidget, settings: Settings, available: QRect | None = None) -> None:
    """Restore the remembered geometry (Qt keeps it on a screen that exists), else fit
    `available` (the screen's area without task bars); remember the geometry at close."""
    if available is None:
        screen = window.screen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)
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
