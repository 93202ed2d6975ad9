"""Printing a receipt or saving it as PDF; a missing printer falls back to PDF and says so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFileDialog, QWidget

from lapor_desk.domain.complaint import Complaint
from lapor_desk.domain.enums import EventKind
from lapor_desk.i18n import describe
from lapor_desk.settings import RECEIPT_COPIES, RECEIPT_LAYOUT, UI_LANGUAGE, Settings
from ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from lapor_desk.receipt import Receipt
    from ui.common.screen import ComplaintCalls


class ReceiptActions(QObject):
    message = Signal(str, str)  # text, kind (ok / error / info)
    saved = Signal(str)  # where the PDF went

    def __init__(self, settings: Settings, tasks: TaskRunner, parent_widget: QWidget, service: ComplaintCalls) -> None:
        super().__init__(parent_widget)
        self.settings = settings
        self.tasks = tasks
        self.parent_widget = parent_widget
        self.service = service  # the signed-in session's complaint calls
        # Where a PDF goes: asks with a file dialog; tests and kiosk set-ups may replace it.
        self.ask_path: Callable[[str], Path | None] = self._ask_path

    def _ask_path(self, suggested_name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Simpan tanda terima"),
            str(Path(folder or Path.home()) / suggested_name),
            self.tr("PDF (*.pdf)"),
        )
        return Path(chosen) if chosen else None

    def _prepare(self, complaint_id: int, then) -> None:  # type: ignore[no-untyped-def]
        service = self.service

        def load() -> tuple[Complaint, list[Receipt]]:
            from lapor_desk.receipt import sheets_to_print

            complaint = service.get(complaint_id)
            copies = sum(1 for e in complaint.events if e.kind == EventKind.RECEIPT_ISSUED)
            language = self.settings.get(UI_LANGUAGE)
            # Deadlines from the desk calendar and profile, as the queue shows them (issue 15);
            # one page per sheet the desk prints (the citizen's, the office's, or both).
            sheets = sheets_to_print(self.settings.get(RECEIPT_COPIES))
            receipts = [
                service.receipt_of(complaint, copy_number=copies, language=language, sheet=sheet) for sheet in sheets
            ]
            return complaint, receipts

        self.tasks.read(
            load,
            lambda pair: then(*pair),
            lambda exc: self.message.emit(describe(exc, self.settings.get(UI_LANGUAGE)), "error"),
            context=self,
        )

    def save_pdf(self, complaint_id: int, path: Path | None = None, *, reason: str = "") -> None:
        from ui.intake.receipt_render import save_pdf  # QR and calendar code load on first use, not at start

        def write(complaint: Complaint, receipts: list[Receipt]) -> None:
            target = path or self.ask_path(f"tanda-terima-{receipts[0].receipt_number}.pdf")
            if target is None:
                return
            try:
                save_pdf(receipts, target, self.settings.get(RECEIPT_LAYOUT))
            except OSError as exc:
                self.message.emit(
                    self.tr("Tanda terima tidak bisa disimpan ke {path}: {reason}").format(
                        path=str(target), reason=exc.strerror or str(exc)
                    ),
                    "error",
                )
                return
            self._issued(complaint.id, "pdf")
            self.message.emit(
                (reason + " " if reason else "") + self.tr("Tanda terima disimpan: {path}").format(path=str(target)),
                "ok",
            )
            self.saved.emit(str(target))

        self._prepare(complaint_id, write)

    def print_receipt(self, complaint_id: int) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

        from ui.intake.receipt_render import draw, page_layout

        if not QPrinterInfo.availablePrinters():
            self.save_pdf(complaint_id, reason=self.tr("Printer tidak ditemukan; tanda terima disimpan sebagai PDF."))
            return

        def send(complaint: Complaint, receipts: list[Receipt]) -> None:
            layout = self.settings.get(RECEIPT_LAYOUT)
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageLayout(page_layout(layout))
            dialog = QPrintDialog(printer, self.parent_widget)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
            painter = QPainter()
            if not painter.begin(printer):  # offline or gone since the dialog
                self.save_pdf(complaint.id, reason=self.tr("Printer tidak siap; tanda terima disimpan sebagai PDF."))
                return
            try:
                draw(painter, receipts, printer, layout)
            finally:
                painter.end()
            if printer.printerState() == QPrinter.PrinterState.Error:
                self.save_pdf(complaint.id, reason=self.tr("Pencetakan gagal; tanda terima disimpan sebagai PDF."))
                return
            self._issued(complaint.id, "printer")
            self.message.emit(self.tr("Tanda terima dikirim ke printer."), "ok")

        self._prepare(complaint_id, send)

    def _issued(self, complaint_id: int, output: str) -> None:
        service = self.service
        self.tasks.write(lambda: service.issue_receipt(complaint_id, output))
