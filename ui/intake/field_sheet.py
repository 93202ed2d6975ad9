"""The intake form's fields, laid out from the core's field table: one group per section, one
row per field (label, editor, message), read, loaded and cleared field by field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from lapor_desk.domain.complaint import FIELDS, ComplaintInput
from lapor_desk.domain.fields import Kind, Section
from lapor_desk.domain.messages import FieldMessage, error
from lapor_desk.paper.use import FIELD as PAPER_RECEIPT
from ui.intake import editors as kinds
from ui.intake.attachments_panel import AttachmentsPanel
from ui.intake.editors import EnumCombo, EnumSetField
from ui.intake.form_fields import FieldBox

REGION_NAMES = tuple(spec.name for spec in FIELDS if spec.kind is Kind.REGION)
COORDINATES = tuple(spec.name for spec in FIELDS if spec.kind is Kind.NUMBER)  # behind the Koordinat toggle
ATTACHMENTS_AFTER = "received_at"  # the attachments row follows this field's
SECTIONS = tuple(Section)


class FieldSheet(QWidget):
    """The scrolled part of the form. `editors`, `boxes` and `row_labels` are by field name."""

    def __init__(self, attachments: AttachmentsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, Any] = {}  # each field's editor (ui/intake/editors.py)
        self.boxes: dict[str, FieldBox] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.groups: dict[Section, QGroupBox] = {}
        self.forms: dict[Section, QFormLayout] = {}
        self.focus_chain: list[QWidget] = []
        self.coordinates_toggle = QCheckBox()
        self.coordinates_toggle.toggled.connect(self.show_coordinates)
        layout = QVBoxLayout(self)
        regions = 0
        for spec in sorted(FIELDS, key=lambda f: SECTIONS.index(f.section)):  # stable: table order within
            editor = kinds.build(spec, regions)
            regions += spec.kind is Kind.REGION
            self.editors[spec.name] = editor
            if spec.section not in self.forms:
                group = QGroupBox()
                self.groups[spec.section] = group
                self.forms[spec.section] = form = QFormLayout(group)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                form.setHorizontalSpacing(max(form.horizontalSpacing(), 12))
                layout.addWidget(group)
            form = self.forms[spec.section]
            if spec.name == COORDINATES[0]:
                form.addRow("", self.coordinates_toggle)
                self.focus_chain.append(self.coordinates_toggle)
            chain = editor.focus_chain() if isinstance(editor, EnumSetField) else [editor]
            self._add_row(form, spec.name, editor, chain[0])
            self.focus_chain.extend(chain)
            if spec.name == ATTACHMENTS_AFTER:
                # The number of a paper receipt given while the office server was down: the
                # complaint is recorded with it (the core checks it), its received-at the paper's.
                self.paper_receipt = QLineEdit()
                self.paper_receipt.setMaxLength(48)
                self.editors[PAPER_RECEIPT] = self.paper_receipt
                self._add_row(form, PAPER_RECEIPT, self.paper_receipt, self.paper_receipt)
                self.focus_chain.append(self.paper_receipt)
                self._add_row(form, "attachments", attachments, attachments.list)
                self.focus_chain.extend([attachments.list, attachments.add_button, attachments.remove_button])
        layout.addStretch(1)
        self.show_coordinates(False)
        self._texts: dict[str, str] = {}
        self._required: frozenset[str] = frozenset()

    def _add_row(self, form: QFormLayout, name: str, widget: QWidget, buddy: QWidget) -> None:
        box = FieldBox(widget)
        label = QLabel()
        label.setBuddy(buddy)
        self.boxes[name] = box
        self.row_labels[name] = label
        form.addRow(label, box)

    def show_coordinates(self, shown: bool) -> None:
        for name in COORDINATES:
            self.forms[Section.LOCATION].setRowVisible(self.boxes[name], shown)
        if self.coordinates_toggle.isChecked() != shown:
            self.coordinates_toggle.setChecked(shown)

    def retranslate(self) -> None:
        for key, group in self.groups.items():
            group.setTitle(kinds.section_title(key))
        self._texts = {spec.name: kinds.label_of(spec) for spec in FIELDS}
        self._texts["attachments"] = QCoreApplication.translate("IntakeForm", "Lampiran")
        self._texts[PAPER_RECEIPT] = QCoreApplication.translate("IntakeForm", "Nomor tanda terima kertas")
        self.paper_receipt.setPlaceholderText(
            QCoreApplication.translate("IntakeForm", "Hanya untuk pengaduan dari tanda terima kertas")
        )
        self.paper_receipt.setToolTip(
            QCoreApplication.translate(
                "IntakeForm",
                "Isi bila warga menerima nomor dari blok nomor kertas saat server kantor mati. "
                "Isi juga Diterima dengan tanggal dan jam yang tertulis di kertas.",
            )
        )
        for name, editor in self.editors.items():
            editor.setAccessibleName(self._texts[name].replace("&", ""))
            if isinstance(editor, (EnumCombo, EnumSetField)):
                editor.retranslate()
        self.coordinates_toggle.setText(QCoreApplication.translate("IntakeForm", "K&oordinat (lintang dan bujur)"))
        self.mark_required(self._required)

    def mark_required(self, required: frozenset[str]) -> None:
        """Mark these fields' labels with '*'; one label column width for every section."""
        self._required = required
        for name, label in self.row_labels.items():
            text = self._texts.get(name, "")
            label.setText(text + " *" if name in required else text)
        # The column is as wide as the widest label of a typed field; the long sentences beside
        # a check box wrap in it (at 200% font they made the column half the screen).
        width = max(
            label.fontMetrics().horizontalAdvance(label.text().replace("&", "")) + 4
            for name, label in self.row_labels.items()
            if not isinstance(self.editors.get(name), QCheckBox)
        )
        for label in self.row_labels.values():
            label.setWordWrap(True)
            label.setFixedWidth(width)

    def read(self) -> tuple[ComplaintInput, list[FieldMessage]]:
        """The fields' values, and messages for text that cannot even be parsed."""
        values: dict[str, Any] = {}
        problems: list[FieldMessage] = []
        for spec in FIELDS:
            editor = self.editors[spec.name]
            try:
                values[spec.name] = editor.value()
            except ValueError:
                values[spec.name] = spec.default
                problems.append(error(spec.name, kinds.UNREADABLE[spec.kind]))
            if spec.kind in kinds.UNPICKED and editor.needs_pick():
                problems.append(error(spec.name, kinds.UNPICKED[spec.kind]))
        return ComplaintInput(**values), problems

    def load(self, data: ComplaintInput) -> None:
        self.paper_receipt.clear()  # a draft's own (Complaint.paper_receipt) is put back by the form
        for spec in FIELDS:
            self.editors[spec.name].set_value(getattr(data, spec.name))
        self.show_coordinates(any(getattr(data, name) is not None for name in COORDINATES))

    def clear(self) -> None:
        self.load(ComplaintInput())
