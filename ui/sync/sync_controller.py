"""When the sync runs in the desk app, and its widgets wired into the main window.

Cycles run on a worker of their own (one thread, so cycles never overlap), never on
the GUI thread: after each recording (debounced), on the configured interval, when
connectivity returns (a cheap /health probe with its own back-off) and on "Sync now".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QStatusBar, QTabWidget, QWidget

from lapor_desk.settings import SYNC_CENTRAL_URL, SYNC_INTERVAL_S
from lapor_desk.sync.engine import CycleReport
from lapor_desk.sync.events import CentralReconciled, CentralUpdatesApplied, SyncStatus, TransferProgress
from lapor_desk.sync.problems import as_validation_result
from lapor_desk.sync.resolve import Action, Problem
from lapor_desk.sync.service import SyncService
from ui.common.sections import SYNC, set_group
from ui.common.tasks import TaskRunner
from ui.sync.needs_attention import NeedsAttentionPanel
from ui.sync.resolve_dialogs import RegisterDialog, SupplementDialog
from ui.sync.sync_history import AttemptTable
from ui.sync.sync_status import SyncStatusWidget

if TYPE_CHECKING:
    from lapor_desk.accounts.roles import Actor
    from lapor_desk.desk import Desk
    from lapor_desk.domain.complaint import Complaint
    from lapor_desk.domain.messages import ValidationResult
    from ui.common.bridge import CoreBridge
    from ui.common.screen import ComplaintCalls

log = logging.getLogger(__name__)

PROBE_MAX_MS = 300_000


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus
    attention_changed = Signal(object)  # list[Problem]
    updates_applied = Signal(object)  # tuple of complaint ids
    reconciled = Signal(object)  # CentralReconciled: the central was restored or replaced
    cycle_finished = Signal(object)  # CycleReport
    transfer_changed = Signal(object)  # TransferProgress

    def __init__(
        self,
        sync: SyncService,
        reads: TaskRunner,
        interval_s: int,
        parent: QObject | None = None,
        *,
        debounce_ms: int = 3000,
        probe_base_ms: int = 5000,
    ) -> None:
        super().__init__(parent)
        self.sync = sync
        self.reads = reads
        # A runner of our own, used through its serial lane: one cycle or probe at a time,
        # and a long cycle never holds up the window's own reads and writes.
        self.worker = TaskRunner(self)
        self.busy = False
        self.closed = False  # after shutdown: answers still queued are not acted on
        self._again: bool | None = None  # another cycle asked for while one ran (its force)
        self.probe_base_ms = probe_base_ms
        self._probe_ms = probe_base_ms
        self.debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self.debounce.timeout.connect(lambda: self.run_cycle(force=False))
        self.interval = QTimer(self, interval=max(1, interval_s) * 1000)
        self.interval.timeout.connect(lambda: self.run_cycle(force=False))
        # Saves come in bursts: redraw the counts once the burst is over, not per save.
        self.refresh_timer = QTimer(self, singleShot=True, interval=250)
        self.refresh_timer.timeout.connect(self.refresh)
        self.probe_timer = QTimer(self, singleShot=True)
        self.probe_timer.timeout.connect(self._probe)
        sync.bus.subscribe(SyncStatus, self._on_status)
        sync.bus.subscribe(CentralUpdatesApplied, self._on_updates)
        sync.bus.subscribe(TransferProgress, self._on_transfer)
        sync.bus.subscribe(CentralReconciled, self.reconciled.emit)

    # Called on the publishing thread; the signal is queued to the GUI thread.
    def _on_status(self, status: SyncStatus) -> None:
        self.status_changed.emit(status)

    def _on_transfer(self, progress: TransferProgress) -> None:
        self.transfer_changed.emit(progress)

    def _on_updates(self, event: CentralUpdatesApplied) -> None:
        self.updates_applied.emit(event.complaint_ids)

    # --- triggers

    def start(self) -> None:
        self.refresh()
        if self.sync.configured:
            self.interval.start()
            self.debounce.start()

    def recorded(self) -> None:
        """A complaint was saved: sync soon, once the clerk's burst of saves is over."""
        self.refresh_timer.start()
        if self.sync.configured:
            self.debounce.start()

    def sync_now(self) -> None:
        self.run_cycle(force=True)

    def run_cycle(self, *, force: bool) -> None:
        if self.closed:
            return
        if not self.sync.configured:
            self.refresh()
            return
        if self.busy:
            self._again = bool(self._again) or force
            return
        self.busy = True
        self.probe_timer.stop()
        sync = self.sync
        self.worker.write(lambda: sync.run_cycle(force=force), self._cycle_done, self._cycle_failed)

    def _cycle_done(self, report: CycleReport) -> None:
        self.busy = False
        if self.closed:
            return
        self.refresh()
        self.cycle_finished.emit(report)
        if report.outcome == "unreachable":
            self._schedule_probe()
        else:
            self._probe_ms = self.probe_base_ms
        if self._again is not None:
            force, self._again = self._again, None
            self.run_cycle(force=force)

    def _cycle_failed(self, exc: BaseException) -> None:
        log.error("sync cycle failed", exc_info=exc)  # an error here replaces the runner's own log
        self.busy = False
        self.refresh()
        self._schedule_probe()

    # --- connectivity probe with its own back-off

    def _schedule_probe(self) -> None:
        self.probe_timer.start(self._probe_ms)
        self._probe_ms = min(self._probe_ms * 2, PROBE_MAX_MS)

    def _probe(self) -> None:
        if self.busy:
            return
        sync = self.sync
        self.worker.write(sync.probe, self._probed, self._probe_failed)

    def _probe_failed(self, exc: BaseException) -> None:
        log.error("sync probe failed", exc_info=exc)
        self._schedule_probe()

    def _probed(self, ok: bool) -> None:
        if ok:
            self._probe_ms = self.probe_base_ms
            self.run_cycle(force=False)
        else:
            self._schedule_probe()

    # --- reading state for the widgets (read lane)

    def refresh(self) -> None:
        if self.closed:
            return
        sync = self.sync
        # The reads lane is the window's: an answer that arrives after this controller is gone
        # is dropped, not emitted from a deleted object ("Signal source has been deleted").
        self.reads.read(sync.status, self.status_changed.emit, context=self)
        self.reads.read(sync.problems, self.attention_changed.emit, context=self)

    def shutdown(self) -> None:
        self.closed = True
        for timer in (self.debounce, self.interval, self.probe_timer, self.refresh_timer):
            timer.stop()
        self.sync.stop_event.set()  # a back-off wait inside a cycle ends at once
        self.worker.wait(30_000)


class SyncHost(Protocol):
    """What the sync's widgets may use of the window that holds them, and nothing else of it
    (the main window is one; the sync package does not import it)."""

    tasks: TaskRunner
    tabs: QTabWidget
    file_menu: QMenu
    quit_action: QAction
    bridge: CoreBridge | None

    def statusBar(self) -> QStatusBar: ...  # noqa: N802  Qt's name

    @property
    def language(self) -> str: ...

    @property
    def actor(self) -> Actor | None: ...

    @property
    def acting(self) -> ComplaintCalls | None: ...

    def reload_queue(self) -> None: ...

    def edit_with_problems(self, complaint: Complaint, problems: ValidationResult) -> None: ...

    def open_complaint(self, complaint_id: int) -> None: ...

    def show_error(self, exc: BaseException) -> None: ...


class SyncUi(QObject):
    """The controller and its widgets in the main window: status bar, tab, menu action."""

    def __init__(self, window: SyncHost, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # dialogs open over it
        assert desk.sync is not None
        self.window = window
        self.desk = desk
        self.controller = SyncController(desk.sync, window.tasks, desk.settings.get(SYNC_INTERVAL_S), self)
        self.status = SyncStatusWidget()
        self.panel = NeedsAttentionPanel(lambda: window.language, lambda: window.actor)
        self.history = AttemptTable()
        window.statusBar().addPermanentWidget(self.status, 1)  # takes what room is left
        window.tabs.addTab(set_group(self.panel, SYNC), "")
        window.tabs.addTab(set_group(self.history, SYNC), "")
        self.action = QAction(parent)
        self.action.setShortcut(QKeySequence("F5"))
        window.file_menu.insertAction(window.quit_action, self.action)
        self.status.retranslated.connect(self.retranslate)
        self.action.triggered.connect(self.controller.sync_now)
        self.status.sync_requested.connect(self.controller.sync_now)
        self.controller.status_changed.connect(self.status.show_status)
        self.controller.transfer_changed.connect(self.status.show_transfer)
        self.controller.status_changed.connect(self._status_for_history)
        self.controller.attention_changed.connect(self._attention)
        self.controller.updates_applied.connect(lambda _ids: window.reload_queue())
        self.controller.reconciled.connect(self.status.show_reconciled)
        self.controller.reconciled.connect(lambda _r: window.reload_queue())  # tracking IDs moved
        self.panel.open_requested.connect(self.open_for_fix)
        self.panel.action_requested.connect(self.resolve)
        self.dialog: QDialog | None = None  # the question an action asks, while it is open
        if window.bridge is not None:
            window.bridge.complaint_saved.connect(lambda *_: self.controller.recorded())
        self.retranslate()
        self.controller.start()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Sinkronkan sekarang"))
        self.window.tabs.setTabText(self.window.tabs.indexOf(self.history), self.tr("Riwayat kirim"))
        self._attention(self.panel.items)

    def _status_for_history(self, status: SyncStatus) -> None:
        # Not on a running cycle's progress ticks (a few a second): the 200-row table is
        # rebuilt on the GUI thread, and the status that ends the cycle brings it up to date.
        if not status.running:
            self.refresh_history()

    def refresh_history(self) -> None:
        """The sync panel: the latest attempts, read off the GUI thread."""
        sync = self.desk.sync
        if sync is not None:
            self.window.tasks.read(lambda: sync.history(limit=200), self.history.show_attempts)

    def _attention(self, items: Any) -> None:
        if items is not self.panel.items:
            self.panel.show_items(items)
        index = self.window.tabs.indexOf(self.panel)
        count = len(self.panel.items)
        title = self.tr("Perlu perhatian")
        self.window.tabs.setTabText(index, f"{title} ({count})" if count else title)

    def open_for_fix(self, complaint_id: int, errors: list[dict[str, Any]]) -> None:
        """Open the refused complaint in the form with the central's field errors shown."""
        service = self.window.acting
        if service is None:
            return

        def loaded(complaint: Complaint) -> None:
            self.window.edit_with_problems(complaint, as_validation_result(errors))

        self.window.tasks.read(
            lambda: service.open_for_edit(complaint_id), loaded, self.window.show_error, context=self
        )

    # --- the ways out (lapor_desk.sync.resolve)

    def resolve(self, problem: Problem, action: str) -> None:
        """Carry out an action on a problem, asking first where it throws work away or needs
        words; on the window's write lane, then the list is read again and a cycle runs."""
        actor, sync = self.window.actor, self.desk.sync
        if actor is None or sync is None:
            return
        resolver = sync.resolver()
        cid, reply_id = problem.complaint_id, problem.reply_id
        act = Action(action)
        if act is Action.NEW_REVISION and cid is not None:
            self._run(lambda: resolver.new_revision(actor, cid))
        elif act is Action.RETRY_REPLY:
            self._run(lambda: resolver.retry_reply(actor, reply_id))
        elif act is Action.DROP_REPLY:
            self._ask(
                self.tr("Tanggapan ini tidak akan dikirim ke pusat dan hanya tersimpan di meja. Lanjutkan?"),
                lambda: self._run(lambda: resolver.drop_reply(actor, reply_id)),
            )
        elif act is Action.DISCARD and cid is not None:
            self._ask(
                self.tr("Perubahan yang ditolak pusat dibuang dan isi versi pusat dipakai lagi. Lanjutkan?"),
                lambda: self._run(lambda: resolver.discard(actor, cid)),
            )
        elif act is Action.SUPPLEMENT and cid is not None:
            self.window.tasks.read(
                lambda: resolver.supplement_draft(cid),
                lambda draft: self._supplement(problem, draft),
                self.window.show_error,
                context=self,
            )
        elif act is Action.REGISTER:
            self._register()

    def _supplement(self, problem: Problem, draft: str) -> None:
        actor, sync = self.window.actor, self.desk.sync
        assert actor is not None and sync is not None and problem.complaint_id is not None
        resolver, cid = sync.resolver(), problem.complaint_id
        dialog = SupplementDialog(
            problem.receipt_number,
            draft,
            self.tr(
                "Perubahan dikirim ke pusat sebagai keterangan tambahan, lalu isi pengaduan kembali ke versi pusat."
            ),
            self.parent_widget,
        )
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._run(lambda: resolver.supplement(actor, cid, dialog.value())))
        dialog.open()

    def add_supplement(self, complaint_id: int, view: QDialog | None = None) -> None:
        """*Tambah keterangan* from a locked complaint's view: the text goes to the central as a reply."""
        actor, sync = self.window.actor, self.desk.sync
        if actor is None or sync is None:
            return
        resolver = sync.resolver()
        receipt = getattr(getattr(view, "complaint", None), "receipt_number", "") or ""
        dialog = SupplementDialog(
            receipt,
            "",
            self.tr(
                "Keterangan tambahan untuk pengaduan yang sudah diproses pusat dikirim ke pusat sebagai tanggapan."
            ),
            view or self.parent_widget,
        )
        self.dialog = dialog

        def done(_reply_id: Any) -> None:
            self.window.statusBar().showMessage(
                self.tr("Keterangan tambahan dicatat; dikirim ke pusat pada sinkron berikutnya."), 8000
            )
            if view is not None:
                view.close()
            self.window.open_complaint(complaint_id)
            self.controller.sync_now()

        dialog.accepted.connect(
            lambda: self.window.tasks.write(
                lambda: resolver.add_supplement(actor, complaint_id, dialog.value()),
                done,
                self.window.show_error,
                context=self,
            )
        )
        dialog.open()

    def _register(self) -> None:
        sync = self.desk.sync
        assert sync is not None
        dialog = RegisterDialog(self.desk.settings.get(SYNC_CENTRAL_URL), self.parent_widget)
        self.dialog = dialog
        dialog.accepted.connect(
            lambda: self._run(lambda: sync.register(dialog.url.text().strip(), dialog.token.text().strip()))
        )
        dialog.open()

    def _ask(self, question: str, then: Callable[[], None]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "lapor-desk",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.parent_widget,
        )
        self.dialog = box
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: then() if button is yes else None)
        box.open()

    def _run(self, work: Callable[[], Any]) -> None:
        def done(_result: Any) -> None:
            self.controller.refresh()
            self.controller.sync_now()

        self.window.tasks.write(work, done, self.window.show_error, context=self)

    def shutdown(self) -> None:
        self.controller.shutdown()
