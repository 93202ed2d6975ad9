"""Small form building blocks: a typed date field and a field row with its inline message."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit, QVBoxLayout, QWidget

from lapor_desk.domain.dates import parse_typed_date
from lapor_desk.domain.messages import FieldMessage, Severity
from ui.common import style


class DateField(QLineEdit):
    """A date typed as dd-mm-yyyy into a mask (__-__-____): eight digits, the dashes are
    there already (typing one steps over it); empty means not given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask("99-99-9999;_")

    def value(self) -> date | None:
        """The date, None when empty; raises ValueError for text that is not a date."""
        typed = self.text()
        return None if not typed.strip("-_ ") else parse_typed_date(typed)

    def set_value(self, value: date | None) -> None:
        self.setText("" if value is None else value.strftime("%d-%m-%Y"))


class FieldMessageLabel(QLabel):
    """The message under a field: red for an error, amber for a warning, hidden when none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setObjectName("fieldMessage")
        self.hide()

    def show_messages(self, messages: list[FieldMessage], language: str) -> None:
        if not messages:
            if self.text():
                self.clear()
            self.hide()
            return
        worst = Severity.ERROR if any(m.severity is Severity.ERROR for m in messages) else Severity.WARNING
        self.setProperty("severity", str(worst))
        style.set_text_colour(self, style.ERROR if worst is Severity.ERROR else style.WARNING)
        self.setText("\n".join(m.text(language) for m in messages))
        self.show()

    def show_error(self, text: str) -> None:
        """A message from outside the complaint rules (e.g. a refused sign-in); empty hides it."""
        if not text:
            self.clear()
            self.hide()
            return
        self.setProperty("severity", str(Severity.ERROR))
        style.set_text_colour(self, style.ERROR)
        self.setText(text)
        self.show()


class FieldBox(QWidget):
    """An input with its message label beneath it, for a QFormLayout row."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = FieldMessageLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)


class DateTimeField(QDateTimeEdit):
    """A date and time where Tab leaves the field (as in every other field) instead of walking
    its sections; the arrow keys still move between day, month, year, hour and minute."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802  Qt override
        return QWidget.focusNextPrevChild(self, next)


class ChoiceField(QComboBox):
    """An editable combo over (value, label) choices that completes on any part of a label.

    `strict` fields (the topic) only take a listed choice; others (the agency: "don't know"
    and unlisted agencies are fine at a desk) keep whatever was typed."""

    def __init__(self, *, strict: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strict = strict
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(completer.CompletionMode.PopupCompletion)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        current = self.value()
        self.clear()
        for value, label in choices:
            self.addItem(label, value)
        self.set_value(current)

    def value(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0 and self.strict:
            return str(self.itemData(index))
        return "" if self.strict else text

    def needs_pick(self) -> bool:
        return self.strict and bool(self.currentText().strip()) and not self.value()

    def set_value(self, value: str) -> None:
        index = self.findData(value) if self.strict else self.findText(value)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText("" if self.strict else value)
