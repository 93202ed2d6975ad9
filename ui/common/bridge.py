"""Re-emits the core's plain Python events as Qt signals, delivered on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from lapor_desk.events import ComplaintSaved, ComplaintsImported, EventBus


class CoreBridge(QObject):
    complaint_saved = Signal(int, str, bool)  # id, status, created
    complaints_imported = Signal(int)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        bus.subscribe(ComplaintSaved, self._on_saved)
        bus.subscribe(ComplaintsImported, self._on_imported)

    # Called on whichever thread published; a queued signal carries it to the GUI thread.
    def _on_saved(self, event: ComplaintSaved) -> None:
        self.complaint_saved.emit(event.complaint_id, event.status, event.created)

    def _on_imported(self, event: ComplaintsImported) -> None:
        self.complaints_imported.emit(event.added)
