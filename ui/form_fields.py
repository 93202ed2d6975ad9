"""Small form building blocks: a typed date field and a field row with its inline message."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QLineEdit, QVBoxLayout, QWidget

from lapor_desk.domain.messages import FieldMessage, Severity
from ui import style


class DateField(QLineEdit):
    """A date typed as dd-mm-yyyy (fast by keyboard); empty means not given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("hh-bb-tttt")
        self.setMaxLength(10)

    def value(self) -> date | None:
        """The date, None when empty; raises ValueError for text that is not a date."""
        text = self.text().strip().replace("/", "-").replace(".", "-")
        if not text:
            return None
        day, month, year = (int(p) for p in text.split("-"))
        return date(year, month, day)

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
        self.setFocusProxy(editor)


class DateTimeField(QDateTimeEdit):
    """A date and time where Tab leaves the field (as in every other field) instead of walking
    its sections; the arrow keys still move between day, month, year, hour and minute."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802  Qt override
        return QWidget.focusNextPrevChild(self, next)
