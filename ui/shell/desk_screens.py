"""The front desk's own screens (the intake form, the queue, the returning-citizen lookup and the
receipts they print), built at sign-in from the signed-in session and gone at sign-out.

They used to be built with the database and handed the session at sign-in (`attach`), so between
a sign-out and the next sign-in they existed without one. Built from the session, nothing in them
can act without it, and every sign-in (another account, another role) gets new ones. What the
clerk typed is saved as a draft by the window before they go (MainWindow.sign_out), as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from lapor_desk.settings import QUEUE_PAGE_SIZE, Settings
from ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from lapor_desk.attachments import AttachmentStore
    from lapor_desk.reference import ReferenceData
    from lapor_desk.regions import RegionDirectory
    from lapor_desk.session import DeskSession


class DeskScreens:
    def __init__(
        self,
        session: DeskSession,
        settings: Settings,
        tasks: TaskRunner,
        window: QWidget,
        store: AttachmentStore | None,
    ) -> None:
        # Their modules load at the first sign-in, not before the window's first paint.
        from lapor_desk.receipt import widest_receipt_number
        from ui.intake.intake_form import IntakeForm
        from ui.intake.lookup_view import LookupView
        from ui.intake.receipt_actions import ReceiptActions
        from ui.queue.column_widths import SavedWidths
        from ui.queue.queue_model import QueueModel
        from ui.queue.queue_view import QueueView

        actor = session.actor
        acting = session.complaints  # every call checked by the core, as this account
        self.session = session
        # The widest receipt number of this desk's counters (any counter's, not only this PC's:
        # the office's lists show them all), for the receipt column; a wider one loaded still
        # widens it (ColumnFit).
        sample = widest_receipt_number(settings)
        self.queue_model = QueueModel(acting, tasks, settings.get(QUEUE_PAGE_SIZE), receipt_sample=sample)
        self.queue = QueueView(self.queue_model, SavedWidths(settings, actor.username, "queue"))
        self.queue_model.setParent(self.queue)  # the model goes with its view
        # The queue's first page and count are read in the background while the rest is built
        # (the answers come through the event loop, after the window has connected to them).
        self.queue_model.reload()
        self.receipts = ReceiptActions(settings, tasks, window, acting)
        self.intake = IntakeForm(settings, tasks, acting, (actor.display_name, actor.nip), self.receipts, store)
        self.lookup = LookupView(tasks, acting, SavedWidths(settings, actor.username, "lookup"), sample)

    @staticmethod
    def preload() -> None:
        """Import their modules while the sign-in page waits for a password (the screens
        themselves were built there before), so a sign-in only builds the widgets."""
        import ui.intake.intake_form
        import ui.intake.lookup_view
        import ui.intake.receipt_actions
        import ui.queue.queue_view  # noqa: F401

    @property
    def pages(self) -> tuple[QWidget, QWidget, QWidget]:
        return self.intake, self.queue, self.lookup

    def show_names(self, reference: ReferenceData | None, regions: RegionDirectory | None) -> None:
        """The topic tree and the region pickers' data, once loaded (at start, in the background)."""
        if reference is not None:
            self.intake.set_reference(reference)
        if regions is not None:
            self.intake.set_regions(regions)

    def close(self, tabs: QTabWidget) -> None:
        """Out of the window and deleted; a read still on its way for them is dropped (context=)."""
        for page in self.pages:
            tabs.removeTab(tabs.indexOf(page))
            page.deleteLater()
        self.receipts.deleteLater()
