"""The intake form: a complaint typed by keyboard, checked at each field, saved off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.domain import complaint as limits
from lapor_desk.domain.complaint import Complaint, ComplaintInput, Extras
from lapor_desk.domain.enums import (
    AgeBand,
    Channel,
    Disability,
    DisabilityType,
    ReportType,
    Sex,
)
from lapor_desk.domain.messages import FieldMessage, ValidationFailed, ValidationResult, error
from lapor_desk.domain.validation import required_fields, validate
from lapor_desk.i18n import CodedError
from lapor_desk.settings import OFFICER_NAME, OFFICER_NIP, UI_LANGUAGE, Settings
from ui.common import labels, style
from ui.common.tasks import TaskRunner
from ui.intake.attachments_panel import AttachmentsPanel
from ui.intake.duplicates_panel import DuplicatesPanel
from ui.intake.form_fields import ChoiceField, DateField, DateTimeField, FieldBox
from ui.intake.receipt_actions import ReceiptActions
from ui.intake.region_picker import LEVELS, RegionField, chain

if TYPE_CHECKING:
    from lapor_desk.attachments import AttachmentStore
    from lapor_desk.reference import ReferenceData
    from lapor_desk.regions import RegionDirectory
    from lapor_desk.services.complaints import ComplaintService, SaveOutcome

REGION_NAMES = ("province_code", "regency_code", "district_code", "village_code")


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
        self.addItem(self.tr("— pilih —"), None)
        for member in self.enum:
            self.addItem(self.label(member), member.value)
        self.set_value(current)

    def value(self) -> Any:
        data = self.currentData()
        return None if data is None else self.enum(data)

    def set_value(self, value: Any) -> None:
        index = self.findData(None if value is None else value.value)
        self.setCurrentIndex(max(index, 0))


class IntakeForm(QWidget):
    """Emits `recorded(receipt_number)` after a complaint is recorded."""

    recorded = Signal(int, str)
    saved = Signal(int)

    def __init__(self, settings: Settings, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.service: ComplaintService | None = None  # attached once the database is open
        self.tasks = tasks
        self.complaint_id: int | None = None
        # The NIK as loaded, masked for a role that may not read it; saved unchanged, the core
        # keeps the stored NIK (accounts/guard.py).
        self.masked_nik: str | None = None
        self.result = ValidationResult()
        self.officer: tuple[str, str] | None = None  # the signed-in account's name and NIP
        self._pristine: tuple[ComplaintInput, tuple[object, ...]] | None = None
        self.boxes: dict[str, FieldBox] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self._build()
        self.retranslate()
        self.clear_form()
        self._set_busy(False)

    # --- construction

    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setWordWrap(True)
        self.banner.hide()

        # Editors of many kinds (line, text, combo, check, date), looked up by field name.
        w: dict[str, Any] = {}
        w["type"] = EnumCombo(ReportType, labels.type_label)
        w["channel"] = EnumCombo(Channel, labels.channel_label)
        w["title"] = QLineEdit()
        w["title"].setMaxLength(limits.TITLE_MAX)
        w["body"] = QPlainTextEdit()
        w["body"].setTabChangesFocus(True)
        w["body"].setMinimumHeight(110)
        w["incident_date"] = DateField()
        self.attachments = AttachmentsPanel(self.tasks)
        w["attachments"] = self.attachments
        w["received_at"] = DateTimeField()
        w["location_text"] = QLineEdit()
        self.region_fields = [RegionField(level) for level in LEVELS]
        for name, field in zip(REGION_NAMES, self.region_fields, strict=True):
            w[name] = field
        chain(self.region_fields)
        w["latitude"] = QLineEdit()
        w["longitude"] = QLineEdit()
        w["category_id"] = ChoiceField(strict=True)
        w["agency_name"] = ChoiceField(strict=False)
        w["reporter_name"] = QLineEdit()
        w["reporter_nik"] = QLineEdit()
        w["reporter_nik"].setMaxLength(20)
        w["reporter_phone"] = QLineEdit()
        w["reporter_email"] = QLineEdit()
        w["reporter_address"] = QLineEdit()
        for name in ("is_anonymous", "is_confidential", "consent_personal", "inclusion_consent", "disability_consent"):
            w[name] = QCheckBox()
        w["sex"] = EnumCombo(Sex, labels.sex_label)
        w["age_band"] = EnumCombo(AgeBand, labels.age_band_label)
        w["disability"] = EnumCombo(Disability, labels.disability_label)
        types = QWidget()
        types_layout = QHBoxLayout(types)
        types_layout.setContentsMargins(0, 0, 0, 0)
        self.type_checks = {t: QCheckBox() for t in DisabilityType}
        for check in self.type_checks.values():
            types_layout.addWidget(check)
        types_layout.addStretch(1)
        w["disability_types"] = types
        w["accessibility_need"] = QLineEdit()
        w["with_companion"] = QCheckBox()
        w["with_companion"].setTristate(True)
        w["officer_name"] = QLineEdit()
        w["officer_nip"] = QLineEdit()
        w["officer_nip"].setMaxLength(22)
        self.editors = w

        sections = {
            "report": ("type", "channel", "title", "body", "incident_date", "received_at", "attachments"),
            "location": (
                "location_text",
                "province_code",
                "regency_code",
                "district_code",
                "village_code",
                "latitude",
                "longitude",
                "category_id",
                "agency_name",
            ),
            "reporter": (
                "reporter_name",
                "reporter_nik",
                "reporter_phone",
                "reporter_email",
                "reporter_address",
                "is_anonymous",
                "is_confidential",
                "consent_personal",
            ),
            "inclusion": (
                "inclusion_consent",
                "sex",
                "age_band",
                "disability_consent",
                "disability",
                "disability_types",
                "accessibility_need",
                "with_companion",
            ),
            "officer": ("officer_name", "officer_nip"),
        }
        content = QWidget()
        content_layout = QVBoxLayout(content)
        order: list[QWidget] = []
        for key, names in sections.items():
            group = QGroupBox()
            self.groups[key] = group
            form = QFormLayout(group)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setHorizontalSpacing(max(form.horizontalSpacing(), 12))
            for name in names:
                box = FieldBox(w[name])
                label = QLabel()
                label.setBuddy(w[name] if name != "disability_types" else self.type_checks[DisabilityType.PHYSICAL])
                self.boxes[name] = box
                self.row_labels[name] = label
                form.addRow(label, box)
                if name == "disability_types":
                    order.extend(self.type_checks.values())
                elif name == "attachments":
                    panel = self.attachments
                    order.extend([panel.list, panel.add_button, panel.remove_button])
                else:
                    order.append(w[name])
                self._watch(name, w[name])
            content_layout.addWidget(group)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.scroll_area = scroll

        self.duplicates = DuplicatesPanel()
        self.print_button = QPushButton()
        self.pdf_button = QPushButton()
        self.print_button.clicked.connect(lambda: self._receipt("print"))
        self.pdf_button.clicked.connect(lambda: self._receipt("pdf"))
        self.last_recorded: int | None = None
        self.receipts: ReceiptActions | None = None
        self.save_button = QPushButton()
        self.record_button = QPushButton()
        self.record_button.setDefault(True)
        self.clear_button = QPushButton()
        self.save_button.clicked.connect(self.save_draft)
        self.record_button.clicked.connect(self.record)
        self.clear_button.clicked.connect(self.clear_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.record_button)
        order += [self.save_button, self.record_button, self.print_button, self.pdf_button, self.clear_button]

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.duplicates)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._tab_order = order
        self._apply_tab_order()
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_draft)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.record)
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self._receipt("print"))
        QShortcut(QKeySequence("Ctrl+O"), self, self.attachments.choose_files)
        self.setAcceptDrops(True)
        for name in ("title", "reporter_nik", "reporter_phone"):
            w[name].editingFinished.connect(self._check_duplicates)
        w["type"].currentIndexChanged.connect(self._update_required_marks)
        w["channel"].currentIndexChanged.connect(self._update_required_marks)

    def _watch(self, name: str, editor: QWidget) -> None:
        """Re-check a field when the clerk leaves it, showing only that field's messages."""
        if isinstance(editor, QLineEdit):
            editor.editingFinished.connect(lambda n=name: self._check_field(n))

    # --- text

    def retranslate(self) -> None:
        titles = {
            "report": self.tr("Laporan"),
            "location": self.tr("Lokasi dan tujuan"),
            "reporter": self.tr("Pelapor"),
            "inclusion": self.tr("Data inklusi (opsional, dengan persetujuan)"),
            "officer": self.tr("Petugas"),
        }
        for key, group in self.groups.items():
            group.setTitle(titles[key])
        texts = {
            "type": self.tr("&Jenis laporan"),
            "channel": self.tr("&Kanal"),
            "title": self.tr("J&udul"),
            "body": self.tr("&Isi / kronologi"),
            "incident_date": self.tr("&Tanggal kejadian"),
            "received_at": self.tr("Diterima pada"),
            "location_text": self.tr("&Lokasi kejadian"),
            "province_code": self.tr("Provinsi"),
            "regency_code": self.tr("Kabupaten/kota"),
            "district_code": self.tr("Kecamatan"),
            "village_code": self.tr("Desa/kelurahan"),
            "attachments": self.tr("Lampiran"),
            "latitude": self.tr("Lintang"),
            "longitude": self.tr("Bujur"),
            "category_id": self.tr("Kategori (topik)"),
            "agency_name": self.tr("Instansi tujuan (boleh kosong)"),
            "reporter_name": self.tr("&Nama sesuai KTP"),
            "reporter_nik": self.tr("NI&K"),
            "reporter_phone": self.tr("Tele&pon"),
            "reporter_email": self.tr("&Email"),
            "reporter_address": self.tr("Alamat"),
            "is_anonymous": self.tr("Anonim (identitas dirahasiakan)"),
            "is_confidential": self.tr("Rahasia (isi tidak dipublikasikan)"),
            "consent_personal": self.tr("Pelapor setuju data pribadinya diproses"),
            "inclusion_consent": self.tr("Pelapor setuju memberi data inklusi"),
            "sex": self.tr("Jenis kelamin"),
            "age_band": self.tr("Kelompok usia"),
            "disability_consent": self.tr("Pelapor setuju memberi data disabilitas"),
            "disability": self.tr("Disabilitas"),
            "disability_types": self.tr("Jenis disabilitas"),
            "accessibility_need": self.tr("Kebutuhan aksesibilitas"),
            "with_companion": self.tr("Datang dengan pendamping"),
            "officer_name": self.tr("Nama petugas"),
            "officer_nip": self.tr("NIP petugas"),
        }
        self._label_texts = texts
        for name, editor in self.editors.items():
            editor.setAccessibleName(texts[name].replace("&", ""))
        for dtype, check in self.type_checks.items():
            check.setText(labels.disability_type_label(dtype))
            check.setAccessibleName(labels.disability_type_label(dtype))
        for editor in self.editors.values():
            if isinstance(editor, EnumCombo):
                editor.retranslate()
        self.save_button.setText(self.tr("Simpan &draf"))
        self.save_button.setToolTip(self.tr("Simpan apa adanya (Ctrl+S)"))
        self.record_button.setText(self.tr("&Catat pengaduan"))
        self.record_button.setToolTip(self.tr("Periksa lalu catat dan terbitkan tanda terima (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("Formulir &baru"))
        self.print_button.setText(self.tr("Ce&tak tanda terima"))
        self.print_button.setToolTip(self.tr("Cetak tanda terima pengaduan yang baru dicatat (Ctrl+P)"))
        self.pdf_button.setText(self.tr("Simpan tanda terima (PDF)"))
        self.attachments.language = self.language
        self.attachments.retranslate()
        self.duplicates.retranslate()
        self._update_required_marks()
        self._show_messages(self.result, only=None)

    def _update_required_marks(self) -> None:
        # The domain's rule for this type and channel, the same one recording checks.
        required = required_fields(self.editors["type"].value(), self.editors["channel"].value())
        for name, label in self.row_labels.items():
            text = self._label_texts[name]
            label.setText(text + " *" if name in required else text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- values

    def read_input(self) -> tuple[ComplaintInput, list[FieldMessage]]:
        """The form's values, and messages for text that cannot even be parsed."""
        w = self.editors
        problems: list[FieldMessage] = []

        def number(name: str) -> float | None:
            text = w[name].text().strip().replace(",", ".")
            if not text:
                return None
            try:
                return float(text)
            except ValueError:
                problems.append(error(name, "number_format"))
                return None

        try:
            incident = w["incident_date"].value()
        except ValueError:
            incident = None
            problems.append(error("incident_date", "date_format"))
        received = w["received_at"].dateTime().toPython().astimezone()
        problems += [error(name, "region_pick") for name in REGION_NAMES if w[name].needs_pick()]
        if w["category_id"].needs_pick():
            problems.append(error("category_id", "topic_pick"))
        companion = w["with_companion"].checkState()
        data = ComplaintInput(
            type=w["type"].value(),
            channel=w["channel"].value(),
            title=w["title"].text(),
            body=w["body"].toPlainText(),
            incident_date=incident,
            location_text=w["location_text"].text(),
            province_code=w["province_code"].code(),
            regency_code=w["regency_code"].code(),
            district_code=w["district_code"].code(),
            village_code=w["village_code"].code(),
            latitude=number("latitude"),
            longitude=number("longitude"),
            category_id=w["category_id"].value(),
            agency_name=w["agency_name"].value(),
            is_anonymous=w["is_anonymous"].isChecked(),
            is_confidential=w["is_confidential"].isChecked(),
            reporter_name=w["reporter_name"].text(),
            reporter_nik=w["reporter_nik"].text(),
            reporter_phone=w["reporter_phone"].text(),
            reporter_email=w["reporter_email"].text(),
            reporter_address=w["reporter_address"].text(),
            consent_personal=w["consent_personal"].isChecked(),
            inclusion_consent=w["inclusion_consent"].isChecked(),
            sex=w["sex"].value(),
            age_band=w["age_band"].value(),
            disability_consent=w["disability_consent"].isChecked(),
            disability=w["disability"].value(),
            disability_types=tuple(t for t, c in self.type_checks.items() if c.isChecked()),
            accessibility_need=w["accessibility_need"].text(),
            with_companion=None if companion == Qt.CheckState.PartiallyChecked else companion == Qt.CheckState.Checked,
            officer_name=w["officer_name"].text(),
            officer_nip=w["officer_nip"].text(),
            received_at=received,
        )
        return data, problems

    def load(self, complaint: Complaint) -> None:
        """Put a stored complaint (a draft, or one not yet sent) into the form to edit."""
        self.clear_form()
        self.complaint_id = complaint.id
        w = self.editors
        for name in ("type", "channel", "sex", "age_band", "disability"):
            w[name].set_value(getattr(complaint, name))
        for name in REGION_NAMES:
            w[name].set_code(getattr(complaint, name))
        self.attachments.set_attachments(complaint.attachments)
        self.duplicates.set_link(complaint.duplicate_of_id)
        w["category_id"].set_value(complaint.category_id)
        w["agency_name"].set_value(complaint.agency_name)
        for name in (
            "title",
            "location_text",
            "reporter_name",
            "reporter_nik",
            "reporter_phone",
            "reporter_email",
            "reporter_address",
            "accessibility_need",
            "officer_name",
            "officer_nip",
        ):
            w[name].setText(getattr(complaint, name))
        w["body"].setPlainText(complaint.body)
        if "*" in complaint.reporter_nik:
            self.masked_nik = complaint.reporter_nik
            w["reporter_nik"].setToolTip(
                self.tr(
                    "NIK tersimpan disembunyikan. Biarkan untuk tetap memakainya, atau ketik NIK baru untuk menggantinya."  # noqa: E501
                )
            )
        w["incident_date"].set_value(complaint.incident_date)
        for name in ("latitude", "longitude"):
            value = getattr(complaint, name)
            w[name].setText("" if value is None else str(value))
        for name in ("is_anonymous", "is_confidential", "consent_personal", "inclusion_consent", "disability_consent"):
            w[name].setChecked(getattr(complaint, name))
        for dtype, check in self.type_checks.items():
            check.setChecked(dtype in complaint.disability_types)
        companion = complaint.with_companion
        w["with_companion"].setCheckState(
            Qt.CheckState.PartiallyChecked
            if companion is None
            else Qt.CheckState.Checked
            if companion
            else Qt.CheckState.Unchecked
        )
        if complaint.received_at is not None:
            w["received_at"].setDateTime(QDateTime(complaint.received_at.astimezone()))
        self.set_banner(
            self.tr("Mengubah {receipt}").format(
                receipt=complaint.receipt_number or self.tr("draf #{id}").format(id=complaint.id)
            ),
            "info",
        )
        self._mark_pristine()

    def clear_form(self) -> None:
        self.complaint_id = None
        self.masked_nik = None
        self.editors["reporter_nik"].setToolTip("")
        for editor in self.editors.values():
            if isinstance(editor, (QLineEdit, QPlainTextEdit)):
                editor.clear()
            elif isinstance(editor, EnumCombo):
                editor.set_value(None)
            elif isinstance(editor, ChoiceField):
                editor.set_value("")
            elif isinstance(editor, QCheckBox):
                editor.setCheckState(Qt.CheckState.PartiallyChecked if editor.isTristate() else Qt.CheckState.Unchecked)
        for check in self.type_checks.values():
            check.setChecked(False)
        self.editors["received_at"].setDateTime(QDateTime.currentDateTime())
        name, nip = self.officer or (self.settings.get(OFFICER_NAME), self.settings.get(OFFICER_NIP))
        self.editors["officer_name"].setText(name)
        self.editors["officer_nip"].setText(nip)
        self.attachments.set_attachments([])
        self.banner.hide()
        self.duplicates.show_candidates([])
        self.duplicates.set_link(None)
        self.result = ValidationResult()
        self._show_messages(self.result, only=None)
        self.editors["type"].setFocus()
        self._mark_pristine()

    def _snapshot(self) -> tuple[ComplaintInput, tuple[object, ...]]:
        data, problems = self.read_input()
        return data, (
            tuple(self.attachments.attachments),
            self.duplicates.duplicate_of,
            tuple((p.field, p.code) for p in problems),
        )

    def _mark_pristine(self) -> None:
        self._pristine = self._snapshot()

    def has_unsaved_input(self) -> bool:
        """Has anything been typed (or attached) since the form was cleared, loaded or saved?"""
        return self._pristine is None or self._snapshot() != self._pristine

    def extras(self) -> Extras:
        return Extras(tuple(self.attachments.attachments), self.duplicates.duplicate_of)

    def set_officer(self, name: str, nip: str) -> None:
        """The signed-in account is the officer of what is recorded next."""
        self.officer = (name, nip)
        if not self.has_unsaved_input():
            self.clear_form()

    # --- checking and saving

    def _check_field(self, name: str) -> None:
        data, problems = self.read_input()
        regions = self.service.regions if self.service is not None else None
        result = validate(data, now=datetime.now().astimezone(), for_recording=False, regions=regions)
        messages = result.messages + tuple(problems)
        if self.masked_nik is not None and data.reporter_nik.strip() == self.masked_nik:
            # The stored NIK, unchanged and unseen: the core checks it when it is saved.
            messages = tuple(m for m in messages if m.field != "reporter_nik")
        self._merge_messages(ValidationResult(messages), name)

    def _merge_messages(self, fresh: ValidationResult, name: str) -> None:
        kept = tuple(m for m in self.result.messages if m.field != name)
        self.result = ValidationResult(kept + fresh.for_field(name))
        self._show_messages(self.result, only=name)

    def _show_messages(self, result: ValidationResult, only: str | None) -> None:
        language = self.language
        for name, box in self.boxes.items():
            if only is None or name == only:
                messages = list(result.for_field(name))
                box.message.show_messages(messages, language)
                invalid = any(m.severity == "error" for m in messages)
                if bool(box.editor.property("invalid")) != invalid:  # restyle only on change
                    box.editor.setProperty("invalid", invalid)
                    style.mark_invalid(box.editor, invalid)

    def save_draft(self) -> None:
        self._submit(record=False)

    def record(self) -> None:
        self._submit(record=True)

    def keep_as_draft(self, done: Callable[[], None], refused: Callable[[], None]) -> None:
        """Before the desk changes hands: what was typed is saved as a draft, then `done()`.
        `refused()` when it cannot be saved yet; the form says why, at its fields or banner."""
        if not self.has_unsaved_input():
            done()
            return
        self._submit(record=False, after=lambda ok: done() if ok else refused())

    def _submit(self, *, record: bool, after: Callable[[bool], None] | None = None) -> None:
        """Save or record; `after(ok)` follows once the attempt has ended, either way."""

        def stop(banner: str = "") -> None:
            if banner:
                self.set_banner(banner, "info")
            if after is not None:
                after(False)

        if not self.record_button.isEnabled():
            # A save is already under way, or the database is still opening.
            stop(self.tr("Tunggu sebentar: penyimpanan masih berjalan.") if after else "")
            return
        data, problems = self.read_input()
        if problems:
            self.show_problems(ValidationResult(tuple(problems)))
            stop()
            return
        service = self.service
        if service is None:  # the database is still opening; the buttons are disabled until then
            stop()
            return
        complaint_id = self.complaint_id
        if self.attachments.pending:
            stop(self.tr("Tunggu sebentar: lampiran masih diperiksa."))
            return
        extras = self.extras()
        action = service.record if record else service.save_draft

        def saved(outcome: SaveOutcome) -> None:
            self._saved(outcome, record)
            if after is not None:
                after(True)

        def failed(exc: BaseException) -> None:
            self._save_failed(exc)
            if after is not None:
                after(False)

        self._set_busy(True)
        self.tasks.write(lambda: action(data, complaint_id, extras), saved, failed)

    def _saved(self, outcome: SaveOutcome, record: bool) -> None:
        self._set_busy(False)
        complaint = outcome.complaint
        if record:
            self._remember_officer(complaint)
            self.clear_form()
            self.set_banner(
                self.tr("Pengaduan tercatat. Nomor tanda terima: {receipt}").format(receipt=complaint.receipt_number),
                "ok",
            )
            self.last_recorded = complaint.id
            self._set_busy(False)
            self.recorded.emit(complaint.id, complaint.receipt_number or "")
        else:
            self.complaint_id = complaint.id
            self.result = outcome.validation
            self._show_messages(self.result, only=None)
            self._mark_pristine()
            self.set_banner(self.tr("Draf #{id} tersimpan.").format(id=complaint.id), "ok")
            self.saved.emit(complaint.id)

    def _save_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc.result)
        elif isinstance(exc, CodedError):  # a storage failure, or a role the core refused
            self.set_banner(exc.text(self.language), "error")
        else:
            self.set_banner(
                self.tr("Gagal menyimpan: {error}. Isian formulir tetap ada.").format(error=str(exc)), "error"
            )

    def show_problems(self, result: ValidationResult) -> None:
        """Show messages at their fields (also those the central refused with), focus the first."""
        self.result = result
        self._show_messages(result, only=None)
        self.set_banner(
            self.tr("Periksa {count} isian yang ditandai.").format(count=len({m.field for m in result.errors})), "error"
        )
        first = next((m.field for m in result.errors if m.field in self.boxes), None)
        if first:
            self.scroll_area.ensureWidgetVisible(self.boxes[first])
            self.editors[first].setFocus()

    def _remember_officer(self, complaint: Complaint) -> None:
        if self.officer is not None:
            return  # the signed-in account names the officer, not the desk's setting
        settings = self.settings
        if complaint.officer_name and complaint.officer_name != settings.get(OFFICER_NAME):
            settings.set(OFFICER_NAME, complaint.officer_name)
        if complaint.officer_nip != settings.get(OFFICER_NIP):
            settings.set(OFFICER_NIP, complaint.officer_nip)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.save_button, self.record_button):
            button.setEnabled(not busy and self.service is not None)
        self.clear_button.setEnabled(not busy)
        can_print = not busy and self.last_recorded is not None and self.receipts is not None
        self.print_button.setEnabled(can_print)
        self.pdf_button.setEnabled(can_print)

    def attach(
        self, service: ComplaintService, store: AttachmentStore | None = None, receipts: ReceiptActions | None = None
    ) -> None:
        """The database is open: saving becomes possible."""
        self.service = service
        self.attachments.store = store
        self.receipts = receipts
        self._set_busy(False)

    def _apply_tab_order(self) -> None:
        for first, second in zip(self._tab_order, self._tab_order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def set_reference(self, reference: ReferenceData) -> None:
        """The topic tree and agencies (shipped defaults, or the central's once synced)."""
        self.editors["category_id"].set_choices(reference.topic_choices())
        self.editors["agency_name"].set_choices([(a.name, a.name) for a in reference.agencies])
        # Filling an editable combo creates its completer's popup, which joins the focus
        # chain where Qt puts new children; put the chain back in the form's order.
        self._apply_tab_order()

    def set_regions(self, directory: RegionDirectory) -> None:
        """The shipped region data has loaded: the pickers type ahead from now on."""
        for field in self.region_fields:
            field.set_directory(directory)

    def _check_duplicates(self) -> None:
        service = self.service
        if service is None:
            return
        data, _ = self.read_input()
        if not (data.title.strip() or data.reporter_nik.strip() or data.reporter_phone.strip()):
            return
        exclude = self.complaint_id
        self.tasks.read(lambda: service.find_duplicates(data, exclude), self.duplicates.show_candidates)

    def _receipt(self, output: str) -> None:
        if self.receipts is None or self.last_recorded is None:
            return
        if output == "print":
            self.receipts.print_receipt(self.last_recorded)
        else:
            self.receipts.save_pdf(self.last_recorded)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802  Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802  Qt override
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.attachments.add_paths(paths)
            event.acceptProposedAction()

    @property
    def language(self) -> str:
        return self.settings.get(UI_LANGUAGE)

    def set_banner(self, text: str, kind: str) -> None:
        self.banner.setProperty("kind", kind)
        style.set_banner_kind(self.banner, kind)
        self.banner.setText(text)
        self.banner.show()

    @property
    def banner_text(self) -> str:
        return self.banner.text()
