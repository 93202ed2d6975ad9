"""Colours for the desk's few styled widgets, applied per widget.

A global application style sheet would route every widget through QStyleSheetStyle,
which costs about 23 ms of the window's first build; only these widgets need styling.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

ERROR = "#b00020"
WARNING = "#8a5a00"
BANNER = {  # kind: (background, text)
    "ok": ("#e3f4e8", "#0b5d1e"),
    "error": ("#fde7ea", "#8c0016"),
    "info": ("#e6effa", "#123e7a"),
}
INVALID_SHEET = f"border: 1px solid {ERROR};"


def set_text_colour(label: QLabel, colour: str) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


def set_banner_kind(label: QLabel, kind: str) -> None:
    background, text = BANNER.get(kind, BANNER["info"])
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    label.setPalette(palette)
    label.setAutoFillBackground(True)
    label.setContentsMargins(10, 6, 10, 6)


def mark_invalid(editor: QWidget, invalid: bool) -> None:
    editor.setStyleSheet(INVALID_SHEET if invalid else "")
