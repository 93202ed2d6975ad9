"""The intake form's editors, one per field kind of the core's field table (domain/fields.py).

Every editor reads and loads its field's value with `value()` / `set_value()` (an empty field
is `set_value(spec.default)`), and says through `edited_signals()` when the clerk changed it.
The form's labels for the fields live here too; a field without one shows its column label.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QEvent, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from lapor_desk.domain.enums import AgeBand, Channel, Disability, DisabilityType, ReportType, Sex
from lapor_desk.domain.fields import FieldSpec, Kind, Section
from ui.common import labels
from ui.intake.form_fields import ChoiceField, DateField, DateTimeField
from ui.intake.region_picker import LEVELS, RegionField

# The form's label of each field (context "IntakeForm", as the form's own tr() strings).
LABELS: dict[str, object] = {  # QT_TRANSLATE_NOOP gives back its text (typed as object)
    "type": QT_TRANSLATE_NOOP("IntakeForm", "&Jenis laporan"),
    "channel": QT_TRANSLATE_NOOP("IntakeForm", "K&anal"),
    "title": QT_TRANSLATE_NOOP("IntakeForm", "J&udul"),
    "body": QT_TRANSLATE_NOOP("IntakeForm", "&Isi / kronologi"),
    "incident_date": QT_TRANSLATE_NOOP("IntakeForm", "&Tanggal kejadian"),
    "received_at": QT_TRANSLATE_NOOP("IntakeForm", "Diterima pada"),
    "location_text": QT_TRANSLATE_NOOP("IntakeForm", "&Lokasi kejadian"),
    "province_code": QT_TRANSLATE_NOOP("IntakeForm", "Provinsi"),
    "regency_code": QT_TRANSLATE_NOOP("IntakeForm", "Kabupaten/kota"),
    "district_code": QT_TRANSLATE_NOOP("IntakeForm", "Kecamatan"),
    "village_code": QT_TRANSLATE_NOOP("IntakeForm", "Desa/kelurahan"),
    "latitude": QT_TRANSLATE_NOOP("IntakeForm", "Lintang"),
    "longitude": QT_TRANSLATE_NOOP("IntakeForm", "Bujur"),
    "category_id": QT_TRANSLATE_NOOP("IntakeForm", "Kategori (topik)"),
    "agency_name": QT_TRANSLATE_NOOP("IntakeForm", "Instansi tujuan (boleh kosong)"),
    "reporter_name": QT_TRANSLATE_NOOP("IntakeForm", "&Nama sesuai KTP"),
    "reporter_nik": QT_TRANSLATE_NOOP("IntakeForm", "NI&K"),
    "reporter_phone": QT_TRANSLATE_NOOP("IntakeForm", "Tele&pon"),
    "reporter_email": QT_TRANSLATE_NOOP("IntakeForm", "&Email"),
    "reporter_address": QT_TRANSLATE_NOOP("IntakeForm", "Alamat"),
    "is_anonymous": QT_TRANSLATE_NOOP("IntakeForm", "Anonim (identitas dirahasiakan)"),
    "is_confidential": QT_TRANSLATE_NOOP("IntakeForm", "Rahasia (isi tidak dipublikasikan)"),
    "consent_personal": QT_TRANSLATE_NOOP("IntakeForm", "Pelapor setuju data pribadinya diproses"),
    "inclusion_consent": QT_TRANSLATE_NOOP("IntakeForm", "Pelapor setuju memberi data inklusi"),
    "sex": QT_TRANSLATE_NOOP("IntakeForm", "Jenis kelamin"),
    "age_band": QT_TRANSLATE_NOOP("IntakeForm", "Kelompok usia"),
    "disability_consent": QT_TRANSLATE_NOOP("IntakeForm", "Pelapor setuju memberi data disabilitas"),
    "disability": QT_TRANSLATE_NOOP("IntakeForm", "Disabilitas"),
    "disability_types": QT_TRANSLATE_NOOP("IntakeForm", "Jenis disabilitas"),
    "accessibility_need": QT_TRANSLATE_NOOP("IntakeForm", "Kebutuhan aksesibilitas"),
    "with_companion": QT_TRANSLATE_NOOP("IntakeForm", "Datang dengan pendamping"),
    "officer_name": QT_TRANSLATE_NOOP("IntakeForm", "Nama petugas"),
    "officer_nip": QT_TRANSLATE_NOOP("IntakeForm", "NIP petugas"),
}
SECTION_TITLES: dict[str, object] = {
    "report": QT_TRANSLATE_NOOP("IntakeForm", "Laporan"),
    "location": QT_TRANSLATE_NOOP("IntakeForm", "Lokasi dan tujuan"),
    "reporter": QT_TRANSLATE_NOOP("IntakeForm", "Pelapor"),
    "inclusion": QT_TRANSLATE_NOOP("IntakeForm", "Data inklusi (opsional, dengan persetujuan)"),
    "officer": QT_TRANSLATE_NOOP("IntakeForm", "Petugas"),
}
# Each enum's label, in the current language (ui/labels.py).
ENUM_LABELS: dict[type[Enum], Callable[[Any], str]] = {
    ReportType: labels.type_label,
    Channel: labels.channel_label,
    Sex: labels.sex_label,
    AgeBand: labels.age_band_label,
    Disability: labels.disability_label,
    DisabilityType: labels.disability_type_label,
}


def label_of(spec: FieldSpec) -> str:
    """The field's label on the form, in the current language."""
    source = LABELS.get(spec.name)
    return QCoreApplication.translate("IntakeForm", str(source)) if source else spec.label


def section_title(section: Section) -> str:
    source = SECTION_TITLES.get(str(section))
    return QCoreApplication.translate("IntakeForm", str(source)) if source else str(section)


def enum_label(enum: type[Enum]) -> Callable[[Any], str]:
    return ENUM_LABELS.get(enum, lambda member: str(member.value))


class EnumCombo(QComboBox):
    """A combo over an enum with an empty first choice ("— pilih —")."""

    def __init__(self, enum: type[Enum], label: Callable[[Any], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.enum = enum
        self.label = label
        self.retranslate()

    def retranslate(self) -> None:
        current = self.value()
        self.clear()
        self.addItem(QCoreApplication.translate("EnumCombo", "— pilih —"), None)
        for member in self.enum:
            self.addItem(self.label(member), member.value)
        self.set_value(current)

    def value(self) -> Any:
        data = self.currentData()
        return None if data is None else self.enum(data)

    def set_value(self, value: Any) -> None:
        index = self.findData(None if value is None else value.value)
        self.setCurrentIndex(max(index, 0))


class EnumSetField(QWidget):
    """A check box per member of an enum, in a row."""

    def __init__(self, enum: type[Enum], label: Callable[[Any], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.checks = {member: QCheckBox() for member in enum}
        for check in self.checks.values():
            layout.addWidget(check)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        for member, check in self.checks.items():
            check.setText(self.label(member))
            check.setAccessibleName(self.label(member))

    def value(self) -> tuple[Any, ...]:
        return tuple(member for member, check in self.checks.items() if check.isChecked())

    def set_value(self, value: tuple[Any, ...]) -> None:
        for member, check in self.checks.items():
            check.setChecked(member in value)

    def focus_chain(self) -> list[QWidget]:
        return list(self.checks.values())


class TextLine(QLineEdit):
    def value(self) -> str:
        return self.text()

    def set_value(self, value: str) -> None:
        self.setText(value)


class TextBlock(QPlainTextEdit):
    """Several lines; Tab leaves it as in every other field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(110)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: str) -> None:
        self.setPlainText(value)


class NumberField(QLineEdit):
    """A decimal number; a comma counts as the decimal sign (-6,9147)."""

    def value(self) -> float | None:
        """None when empty; ValueError for text that is not a number."""
        text = self.text().strip().replace(",", ".")
        return float(text) if text else None

    def set_value(self, value: float | None) -> None:
        self.setText("" if value is None else str(value))


class Flag(QCheckBox):
    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool) -> None:
        self.setChecked(value)


class Tristate(QComboBox):
    """Yes, no, or not asked yet: three choices said in words. A half-ticked check box stood for
    "not asked" and read as neither, or as a broken box, at 200 %."""

    _ANSWERS = {"": None, "yes": True, "no": False}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.value() if self.count() else None
        self.clear()
        self.addItem(self.tr("Belum ditanya"), "")
        self.addItem(self.tr("Ya"), "yes")
        self.addItem(self.tr("Tidak"), "no")
        self.set_value(current)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def value(self) -> bool | None:
        return self._ANSWERS.get(str(self.currentData() or ""))

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(self.findData("" if value is None else "yes" if value else "no"))


class ReceivedAt(DateTimeField):
    """When the complaint was received; empty means now."""

    def value(self) -> datetime:
        shown = self.dateTime().toPython()
        assert isinstance(shown, datetime)
        return shown.astimezone()

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            self.setDateTime(QDateTime.currentDateTime())
        else:
            self.setDateTime(QDateTime(value.astimezone()))  # type: ignore[call-overload]


class Region(RegionField):
    def value(self) -> str:
        return self.code()

    def set_value(self, value: str) -> None:
        self.set_code(value)


# Text an editor cannot turn into a value, and a name typed but not picked from a list.
UNREADABLE = {Kind.DATE: "date_format", Kind.NUMBER: "number_format"}
UNPICKED = {Kind.REGION: "region_pick", Kind.TOPIC: "topic_pick"}


def build(spec: FieldSpec, region_index: int = 0) -> QWidget:
    """The editor for a field of the table."""
    kind = spec.kind
    editor: QWidget
    if kind is Kind.TEXT:
        editor = TextLine()
        if spec.input_limit:
            editor.setMaxLength(spec.input_limit)
    elif kind is Kind.LONG_TEXT:
        editor = TextBlock()
    elif kind is Kind.ENUM:
        assert spec.enum is not None
        editor = EnumCombo(spec.enum, enum_label(spec.enum))
    elif kind is Kind.ENUM_SET:
        assert spec.enum is not None
        editor = EnumSetField(spec.enum, enum_label(spec.enum))
    elif kind is Kind.FLAG:
        editor = Flag()
    elif kind is Kind.TRISTATE:
        editor = Tristate()
    elif kind is Kind.DATE:
        editor = DateField()
    elif kind is Kind.DATETIME:
        editor = ReceivedAt()
    elif kind is Kind.NUMBER:
        editor = NumberField()
    elif kind is Kind.REGION:
        editor = Region(LEVELS[region_index])
    else:  # a topic only from the list; an agency listed or typed
        editor = ChoiceField(strict=kind is Kind.TOPIC)
    return editor


def edited_signals(editor: QWidget) -> list[SignalInstance]:
    """The signals that say the clerk changed this editor's value."""
    if isinstance(editor, QLineEdit):
        return [editor.textEdited]
    if isinstance(editor, QPlainTextEdit):
        return [editor.textChanged]
    if isinstance(editor, QComboBox):
        return [editor.activated, *([editor.editTextChanged] if editor.isEditable() else [])]
    if isinstance(editor, QAbstractButton):
        return [editor.clicked]
    if isinstance(editor, DateTimeField):
        return [editor.dateTimeChanged]
    if isinstance(editor, EnumSetField):
        return [check.clicked for check in editor.checks.values()]
    return []
