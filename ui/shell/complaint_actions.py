"""The main window's complaint actions: open a complaint's view, record a reply, edit a complaint,
meet a trainee's returned complaints (a part of MainWindow, split from main_window.py; its texts
keep MainWindow's context)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QStatusBar,
    QTabWidget,
    QWidget,
)

from lapor_desk.accounts.roles import Actor
from lapor_desk.domain.complaint import Complaint
from lapor_desk.domain.messages import ValidationFailed
from lapor_desk.reference import ReferenceData
from lapor_desk.settings import (
    UI_COMPLAINT_VIEW_SIZE,
    UI_LANGUAGE,
    Settings,
)
from ui.common import labels
from ui.common.tasks import TaskRunner
from ui.shell.geometry import place_dialog

if TYPE_CHECKING:
    from lapor_desk.attachments import AttachmentStore
    from lapor_desk.complaint_summary import ComplaintSummary
    from lapor_desk.deadlines import Deadline
    from lapor_desk.desk import Desk
    from lapor_desk.regions import RegionDirectory
    from lapor_desk.review import ApprovalState, ReviewItem
    from ui.common.screen import ComplaintCalls
    from ui.intake.intake_form import IntakeForm
    from ui.intake.receipt_actions import ReceiptActions
    from ui.shell.session import Session
    from ui.sync.sync_controller import SyncUi


class ComplaintActions:
    """What MainWindow does with one complaint."""

    if TYPE_CHECKING:
        tabs: QTabWidget
        tasks: TaskRunner
        settings: Settings
        desk: Desk | None
        sync_ui: SyncUi | None
        views: list[QDialog]
        reply_dialog: QDialog | None
        regions: RegionDirectory | None
        reference: ReferenceData | None
        attachment_store: AttachmentStore
        session: Session

        @property
        def intake(self) -> IntakeForm: ...
        @property
        def receipts(self) -> ReceiptActions: ...
        @property
        def actor(self) -> Actor | None: ...
        @property
        def acting(self) -> ComplaintCalls | None: ...
        def show_error(self, exc: BaseException) -> None: ...
        def show_intake(self) -> None: ...
        def statusBar(self) -> QStatusBar: ...  # noqa: N802  Qt's name

    def open_complaint(self, complaint_id: int) -> None:
        if self.desk is None:
            return
        service, store, sync = self.acting, self.attachment_store, self.desk.sync
        regions, reference, language = self.regions, self.reference, labels.language()
        assert service is not None

        def load() -> tuple[
            Complaint, dict[str, str | None], list[dict[str, object]], Deadline | None, ComplaintSummary
        ]:
            from lapor_desk.complaint_summary import summarise

            complaint = service.get(complaint_id)
            attempts = sync.history(complaint_id, limit=50) if sync is not None else []
            return (
                complaint,
                {a.sha256: store.check(a.sha256) for a in complaint.attachments},
                attempts,
                service.deadline_of(complaint),
                summarise(complaint, regions, reference, language),
            )

        self.tasks.read(load, lambda loaded: self._show_complaint(*loaded), self.show_error, context=self.tabs)

    def _show_complaint(
        self,
        complaint: Complaint,
        problems: dict[str, str | None] | None = None,
        attempts: list[dict[str, object]] | None = None,
        deadline: Deadline | None = None,
        summary: ComplaintSummary | None = None,
    ) -> None:
        from ui.queue.complaint_view import ComplaintView  # loaded on first use, not at start-up

        view = ComplaintView(
            complaint,
            cast(QWidget, self),
            problems,
            self.settings.get(UI_LANGUAGE),
            attempts,
            deadline=deadline,
            summary=summary,
        )
        place_dialog(view, view.preferred_size(), self.settings, UI_COMPLAINT_VIEW_SIZE)
        view.edit_requested.connect(self._edit_complaint)
        view.receipt_requested.connect(
            lambda cid, output: self.receipts.print_receipt(cid) if output == "print" else self.receipts.save_pdf(cid)
        )
        view.reply_requested.connect(lambda cid, v=view: self.record_reply(cid, v))
        if self.sync_ui is not None:
            view.supplement_requested.connect(lambda cid, v=view: self.sync_ui.add_supplement(cid, v))
        view.finished.connect(lambda _=0, v=view: self.views.remove(v) if v in self.views else None)
        self.views.append(view)
        view.show()

    def record_reply(self, complaint_id: int, view: QDialog | None = None) -> None:
        """Ask for the reporter's reply or rating and record it as a timeline event."""
        from ui.queue.reply_dialog import ReplyDialog

        if self.desk is None:
            return
        service = self.acting
        assert service is not None
        receipt = getattr(getattr(view, "complaint", None), "receipt_number", "") or ""
        dialog = ReplyDialog(receipt, self.settings.get(UI_LANGUAGE), view or cast(QWidget, self))
        self.reply_dialog = dialog

        def saved(_complaint: Complaint) -> None:
            dialog.done(1)
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Tanggapan pelapor dicatat."), 8000)
            if view is not None:
                view.close()
            self.open_complaint(complaint_id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                dialog.show_problems(exc.result)
            else:
                self.show_error(exc)

        dialog.submitted.connect(
            lambda text, rating: self.tasks.write(
                lambda: service.record_reply(complaint_id, text, rating), saved, failed, context=self.tabs
            )
        )
        dialog.open()

    def _edit_complaint(self, complaint_id: int) -> None:
        service, current = self.acting, self.session.current
        if service is None or current is None:
            return
        from lapor_desk.review import ApprovalState

        review, actor = current.review, current.actor  # the signed-in session's, checked in the core
        intake = self.intake  # this session's form: a later sign-in's never gets this complaint

        def load() -> tuple[Complaint, tuple[ApprovalState, str] | None]:
            return service.open_for_edit(complaint_id), review.approval_of(actor, complaint_id)

        def loaded(result: tuple[Complaint, tuple[ApprovalState, str] | None]) -> None:
            complaint, approval = result
            intake.load(complaint)
            self.show_intake()
            if approval is not None and approval[0] is ApprovalState.RETURNED:
                intake.set_banner(
                    QCoreApplication.translate("MainWindow", "Dikembalikan supervisor dengan catatan: {note}").format(
                        note=approval[1]
                    ),
                    "error",
                )

        self.tasks.read(load, loaded, self.show_error, context=intake)

    def _show_returned(self, items: list[ReviewItem]) -> None:
        """A trainee signs in: the complaints a supervisor sent back come first."""
        if not items or self.actor is None:
            return
        shown = "; ".join(f"{i.receipt_number or i.complaint_id} ({i.note})" for i in items[:3])
        self.intake.set_banner(
            QCoreApplication.translate(
                "MainWindow",
                "{count} pengaduan Anda dikembalikan supervisor: {items}. Buka dari Antrean, perbaiki, lalu catat lagi.",  # noqa: E501
            ).format(count=len(items), items=shown),
            "info",
        )
