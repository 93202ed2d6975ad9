"""Region pickers: type part of a name at any level, pick from the list; upper levels follow."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

if TYPE_CHECKING:
    from lapor_desk.regions import RegionDirectory, RegionMatch

LEVELS = ("province", "regency", "district", "village")
_CODE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")
SUGGESTIONS = 15


class RegionField(QLineEdit):
    """Shows a region's name and holds its Kemendagri code.

    Until the region data has loaded (a fraction of a second after start) a code can be
    typed directly; afterwards typing a name offers matches, nearest level first."""

    picked = Signal(str)  # the code chosen from the list

    def __init__(self, level: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.directory: RegionDirectory | None = None
        self.parent_field: RegionField | None = None
        self._code = ""
        self._label = ""
        self._matches: list[RegionMatch] = []
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setWidget(self)
        self.completer_.setMaxVisibleItems(SUGGESTIONS)
        self.completer_.activated.connect(self._activated)
        self.textEdited.connect(self._edited)

    def set_directory(self, directory: RegionDirectory) -> None:
        self.directory = directory
        if self._code and not self._label:
            self.set_code(self._code)  # show the name of a code set before the data arrived

    def code(self) -> str:
        """The chosen code; a typed dotted code counts too; an unpicked name gives ''."""
        if self._code and self.text() == self._label:
            return self._code
        typed = self.text().strip()
        return typed if _CODE.match(typed) else ""

    def needs_pick(self) -> bool:
        """A name was typed but nothing chosen from the list."""
        return bool(self.text().strip()) and not self.code()

    def set_code(self, code: str) -> None:
        self._code = code
        region = self.directory.get(code) if (self.directory and code) else None
        self._label = region.label if region else code
        self.setText(self._label)

    def _edited(self, text: str) -> None:
        if self.directory is None or _CODE.match(text.strip()):
            return
        parent = self.parent_field.code() if self.parent_field else ""
        self._matches = self.directory.search(text, level=self.level, parent=parent or None, limit=SUGGESTIONS)
        self._model.setStringList([m.display for m in self._matches])
        popup = self.completer_.popup()
        if self._matches:
            self.completer_.complete()
        elif popup is not None:
            popup.hide()

    def _activated(self, display: str) -> None:
        match = next((m for m in self._matches if m.display == display), None)
        if match is not None:
            self.set_code(match.region.code)
            self.picked.emit(match.region.code)

    def keyPressEvent(self, event) -> None:  # noqa: N802  Qt override
        # Down opens the suggestions again after the popup was closed.
        popup = self.completer_.popup()
        if event.key() == Qt.Key.Key_Down and self._matches and popup is not None and not popup.isVisible():
            self.completer_.complete()
            return
        super().keyPressEvent(event)


def chain(fields: list[RegionField]) -> None:
    """Province -> regency -> district -> village: each searches under the one above, and
    picking a lower level fills in the levels above it (and clears lower ones that no longer fit)."""
    for upper, lower in zip(fields, fields[1:], strict=False):
        lower.parent_field = upper

    def picked(code: str, index: int) -> None:
        directory = fields[index].directory
        if directory is None:
            return
        for region in directory.path(code)[:-1]:
            fields[LEVELS.index(str(region.level))].set_code(region.code)
        for lower in fields[index + 1 :]:
            if lower.code() and not lower.code().startswith(code + "."):
                lower.set_code("")

    for i, field in enumerate(fields):
        field.picked.connect(lambda code, i=i: picked(code, i))
