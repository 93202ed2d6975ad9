"""Waiting for a screen to be ready, shared by scripts/screenshots.py and scripts/screenshot_more.py:
the event loop runs while waiting, so queued results and repaints arrive."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def settle(ms: int = 300) -> None:
    """Run the event loop for `ms` milliseconds (layouts, repaints, queued signals)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop until `condition()` holds; TimeoutError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready")
        settle(50)
