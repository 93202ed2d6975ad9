"""Recording a returning citizen's reply or satisfaction rating."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QWidget

from lapor_desk.domain.messages import ValidationResult
from ui.intake.form_fields import FieldMessageLabel


class ReplyDialog(QDialog):
    """Emits `submitted(text, rating)`; stays open until the caller calls done() after saving."""

    submitted = Signal(str, object)

    def __init__(self, receipt: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("Tanggapan pelapor — {receipt}").format(receipt=receipt))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Tanggapan pelapor"))
        self.rating = QComboBox()
        self.rating.addItem(self.tr("— tidak dinilai —"), None)
        for value, label in (
            (5, self.tr("5 — sangat puas")),
            (4, self.tr("4 — puas")),
            (3, self.tr("3 — cukup")),
            (2, self.tr("2 — kurang puas")),
            (1, self.tr("1 — tidak puas")),
        ):
            self.rating.addItem(label, value)
        self.rating.setAccessibleName(self.tr("Nilai kepuasan"))
        self.message = FieldMessageLabel(self)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(lambda: self.submitted.emit(*self.values()))
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Tanggapan"), self.text)
        form.addRow(self.tr("&Kepuasan"), self.rating)
        form.addRow(self.message)
        form.addRow(buttons)
        self.resize(520, 300)

    def values(self) -> tuple[str, int | None]:
        return self.text.toPlainText(), self.rating.currentData()

    def show_problems(self, result: ValidationResult) -> None:
        self.message.show_messages(list(result.messages), self.language)
