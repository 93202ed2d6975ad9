"""The intake form: a complaint typed by keyboard, checked at each field, saved off the GUI thread.

Its fields come from the core's field table (lapor_desk/domain/fields.py, declared on
ComplaintInput): each field's editor, section, reading, loading and clearing follow from its
declaration (ui/intake/editors.py), so a new field is one declaration, not edits here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.domain.complaint import FIELDS, Complaint, ComplaintInput, Extras
from lapor_desk.domain.messages import FieldMessage, ValidationFailed, ValidationResult
from lapor_desk.domain.validation import required_fields, validate
from lapor_desk.i18n import CodedError
from lapor_desk.paper.use import FIELD as PAPER_RECEIPT
from lapor_desk.settings import UI_LANGUAGE, Settings
from ui.common import labels, style
from ui.common.tasks import TaskRunner
from ui.intake import editors as kinds
from ui.intake.actions import ActionBar, Banner
from ui.intake.attachments_panel import AttachmentsPanel
from ui.intake.duplicates_panel import DuplicatesPanel
from ui.intake.field_sheet import COORDINATES, REGION_NAMES, FieldSheet
from ui.intake.receipt_actions import ReceiptActions
from ui.intake.region_picker import RegionField, chain

if TYPE_CHECKING:
    from lapor_desk.attachments import AttachmentStore
    from lapor_desk.reference import ReferenceData
    from lapor_desk.regions import RegionDirectory
    from lapor_desk.services.complaints import SaveOutcome
    from ui.common.screen import ComplaintCalls

FIRST_FIELD = FIELDS[0].name  # where focus goes on a new form


class IntakeForm(QWidget):
    """Emits `recorded(receipt_number)` after a complaint is recorded."""

    recorded = Signal(int, str)
    saved = Signal(int)

    def __init__(
        self,
        settings: Settings,
        tasks: TaskRunner,
        service: ComplaintCalls,
        officer: tuple[str, str],
        receipts: ReceiptActions,
        store: AttachmentStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Built at sign-in from the signed-in session's complaint calls (ui/shell/desk_screens.py);
        `officer` is that account's name and NIP, the officer of what is recorded; `receipts`
        prints and saves the receipt of what was just recorded (always there: a form whose
        receipt could not be printed once did nothing at Ctrl+P)."""
        super().__init__(parent)
        self.settings = settings
        self.service = service
        self.tasks = tasks
        self.complaint_id: int | None = None
        # The NIK as loaded, masked for a role that may not read it; saved unchanged, the core
        # keeps the stored NIK (accounts/guard.py).
        self.masked_nik: str | None = None
        self.result = ValidationResult()
        self._paper_checks = 0  # paper-number checks asked; only the newest answer is shown
        self.officer = officer
        self.receipts = receipts
        self.reference: ReferenceData | None = None  # the topic tree, once loaded
        self._pristine: tuple[ComplaintInput, tuple[object, ...]] | None = None
        self._build()
        self.attachments.store = store
        self.retranslate()
        self.clear_form()
        self._set_busy(False)

    # --- construction

    def _build(self) -> None:
        self.banner = Banner(self)
        self.attachments = AttachmentsPanel(self.tasks)
        self.sheet = sheet = FieldSheet(self.attachments)
        self.editors, self.boxes, self.row_labels = sheet.editors, sheet.boxes, sheet.row_labels
        self.region_fields: list[RegionField] = [self.editors[name] for name in REGION_NAMES]
        chain(self.region_fields)
        self.type_checks = self.editors["disability_types"].checks
        self.coordinates_toggle = sheet.coordinates_toggle
        order = list(sheet.focus_chain)
        for name, editor in self.editors.items():
            self._watch(name, editor)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sheet)
        self.scroll_area = scroll

        self.duplicates = DuplicatesPanel()
        self.action_bar = ActionBar()
        bar = self.action_bar
        self.save_button, self.record_button, self.clear_button = bar.save_button, bar.record_button, bar.clear_button
        self.print_button, self.pdf_button = bar.print_button, bar.pdf_button
        self.print_button.clicked.connect(lambda: self._receipt("print"))
        self.pdf_button.clicked.connect(lambda: self._receipt("pdf"))
        self.last_recorded: int | None = None
        self.save_button.clicked.connect(self.save_draft)
        self.record_button.clicked.connect(self.record)
        self.clear_button.clicked.connect(self.clear_form)
        order += bar.focus_chain()

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.duplicates)
        layout.addWidget(scroll, 1)
        layout.addWidget(bar)  # outside the scroll area: always on screen
        self._tab_order = order
        self._apply_tab_order()
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_draft)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.record)
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self._receipt("print"))
        QShortcut(QKeySequence("Ctrl+O"), self, self.attachments.choose_files)
        self.setAcceptDrops(True)
        for name in ("title", "reporter_nik", "reporter_phone"):
            self.editors[name].editingFinished.connect(self._check_duplicates)
        self.editors["type"].currentIndexChanged.connect(self._update_required_marks)
        self.editors["channel"].currentIndexChanged.connect(self._update_required_marks)

    def _watch(self, name: str, editor: QWidget) -> None:
        """Re-check a field when the clerk leaves it, showing only that field's messages; the
        success banner goes at the first change after it."""
        if isinstance(editor, QLineEdit):
            editor.editingFinished.connect(lambda n=name: self._check_field(n))
        if isinstance(editor, RegionField):
            # Enter in the suggestions ends the editing before the pick lands: check again
            # once picked (the levels above are filled in by then), or "Pilih wilayah dari
            # daftar" stayed on a right pick until Tab.
            editor.picked.connect(self._check_regions)
        for signal in kinds.edited_signals(editor):
            signal.connect(self.banner.clear_news)

    def _check_regions(self, *_: object) -> None:
        for name in REGION_NAMES:
            self._check_field(name)

    # --- text

    def retranslate(self) -> None:
        self.sheet.retranslate()
        self.action_bar.retranslate()
        self.attachments.language = self.language
        self.attachments.retranslate()
        self.duplicates.retranslate()
        self._update_required_marks()
        self._show_messages(self.result, only=None)
        if self.reference is not None:  # the topic names in the new language, the choice kept
            self.editors["category_id"].set_choices(self.reference.topic_choices(labels.language()))

    def _update_required_marks(self) -> None:
        # The domain's rule for this type and channel, the same one recording checks.
        self.sheet.mark_required(required_fields(self.editors["type"].value(), self.editors["channel"].value()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.retranslate()
        super().changeEvent(event)

    # --- values

    def read_input(self) -> tuple[ComplaintInput, list[FieldMessage]]:
        """The form's values, and messages for text that cannot even be parsed."""
        return self.sheet.read()

    def load(self, complaint: Complaint) -> None:
        """Put a stored complaint (a draft, or one not yet sent) into the form to edit."""
        self.clear_form()
        self.complaint_id = complaint.id
        self.sheet.load(complaint)
        self.sheet.paper_receipt.setText(complaint.paper_receipt)  # kept with the draft as typed
        self.attachments.set_attachments(complaint.attachments)
        self.duplicates.set_link(complaint.duplicate_of_id)
        if "*" in complaint.reporter_nik:
            self.masked_nik = complaint.reporter_nik
            self.editors["reporter_nik"].setToolTip(
                self.tr(
                    "NIK tersimpan disembunyikan. Biarkan untuk tetap memakainya, atau ketik NIK baru untuk menggantinya."  # noqa: E501
                )
            )
        self.set_banner(
            self.tr("Mengubah {receipt}").format(
                receipt=complaint.receipt_number or self.tr("draf #{id}").format(id=complaint.id)
            ),
            "info",
        )
        self._mark_pristine()

    def clear_form(self) -> None:
        """An empty form, scrolled to the top, focus in its first field: ready for the next citizen."""
        self.complaint_id = None
        self.masked_nik = None
        self.editors["reporter_nik"].setToolTip("")
        self.sheet.clear()
        name, nip = self.officer
        self.editors["officer_name"].setText(name)
        self.editors["officer_nip"].setText(nip)
        self.attachments.set_attachments([])
        self.banner.hide()
        self.duplicates.show_candidates([])
        self.duplicates.set_link(None)
        self.result = ValidationResult()
        self._show_messages(self.result, only=None)
        self.go_to_top()
        self._mark_pristine()

    def go_to_top(self) -> None:
        """Scrolled to the top, focus in the first field (a new form, or Ctrl+N)."""
        self.scroll_area.verticalScrollBar().setValue(0)
        self.editors[FIRST_FIELD].setFocus()

    def _snapshot(self) -> tuple[ComplaintInput, tuple[object, ...]]:
        data, problems = self.read_input()
        return data, (
            tuple(self.attachments.attachments),
            self.duplicates.duplicate_of,
            self.sheet.paper_receipt.text(),
            tuple((p.field, p.code) for p in problems),
        )

    def _mark_pristine(self) -> None:
        self._pristine = self._snapshot()

    def has_unsaved_input(self) -> bool:
        """Has anything been typed (or attached) since the form was cleared, loaded or saved?"""
        return self._pristine is None or self._snapshot() != self._pristine

    def extras(self) -> Extras:
        paper = self.sheet.paper_receipt.text().strip()
        return Extras(tuple(self.attachments.attachments), self.duplicates.duplicate_of, paper)

    # --- checking and saving

    def _check_field(self, name: str) -> None:
        data, problems = self.read_input()
        regions = self.service.regions
        result = validate(data, now=datetime.now().astimezone(), for_recording=False, regions=regions)
        messages = result.messages + tuple(problems)
        if self.masked_nik is not None and data.reporter_nik.strip() == self.masked_nik:
            # The stored NIK, unchanged and unseen: the core checks it when it is saved.
            messages = tuple(m for m in messages if m.field != "reporter_nik")
        self._merge_messages(ValidationResult(messages), name)
        if name in (PAPER_RECEIPT, "received_at"):
            self._check_paper(data.received_at, messages)

    def _check_paper(self, received_at: datetime | None, local: tuple[FieldMessage, ...]) -> None:
        """The paper receipt number against the office's blocks (a read in the background):
        its messages at the number, and at Diterima when the paper's time is outside the block."""
        typed, service = self.sheet.paper_receipt.text().strip(), self.service
        if not typed:
            self._merge_messages(ValidationResult(), PAPER_RECEIPT)
            return

        # Reads may answer out of order: only the newest check (number and Diterima) is shown.
        self._paper_checks = asked = self._paper_checks + 1

        def show(found: tuple[FieldMessage, ...]) -> None:
            if asked != self._paper_checks or self.sheet.paper_receipt.text().strip() != typed:
                return  # typed on since: its own check follows
            self._merge_messages(ValidationResult(found), PAPER_RECEIPT)
            at_time = tuple(m for m in local if m.field == "received_at") + found
            self._merge_messages(ValidationResult(at_time), "received_at")

        self.tasks.read(lambda: service.check_paper_receipt(typed, received_at), show, context=self)

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
        self.tasks.write(lambda: action(data, complaint_id, extras), saved, failed, context=self)

    def _saved(self, outcome: SaveOutcome, record: bool) -> None:
        self._set_busy(False)
        complaint = outcome.complaint
        if record:
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
            if first in COORDINATES:
                self.sheet.show_coordinates(True)
            self.scroll_area.ensureWidgetVisible(self.boxes[first])
            # A field with an editor takes the focus; the attachments' box (a panel) itself.
            editor = self.editors.get(first)
            (editor if editor is not None else self.boxes[first]).setFocus()

    def _set_busy(self, busy: bool) -> None:
        can_print = self.last_recorded is not None
        self.action_bar.set_state(busy=busy, can_save=True, can_print=can_print)

    def _apply_tab_order(self) -> None:
        for first, second in zip(self._tab_order, self._tab_order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def set_reference(self, reference: ReferenceData) -> None:
        """The topic tree and agencies (shipped defaults, or the central's once synced)."""
        self.reference = reference
        self.editors["category_id"].set_choices(reference.topic_choices(labels.language()))
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
        data, _ = self.read_input()
        if not (data.title.strip() or data.reporter_nik.strip() or data.reporter_phone.strip()):
            return
        exclude = self.complaint_id
        self.tasks.read(lambda: service.find_duplicates(data, exclude), self.duplicates.show_candidates)

    def _receipt(self, output: str) -> None:
        if self.last_recorded is None:  # Ctrl+P before anything was recorded: say so, not nothing
            self.set_banner(
                self.tr(
                    "Belum ada pengaduan yang baru dicatat di formulir ini. Tanda terima dicetak "
                    "setelah pengaduan dicatat (Catat pengaduan, Ctrl+Enter)."
                ),
                "info",
            )
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
        self.banner.say(text, kind)

    @property
    def banner_text(self) -> str:
        return self.banner.text()
