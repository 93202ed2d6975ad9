"""What the desk, the CLI and the UI ask of the sync: run a cycle, probe, read the state."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from lapor_desk.audit import AuditTrail
from lapor_desk.audit_anchor import AnchorStore
from lapor_desk.clock import Clock, system_clock
from lapor_desk.events import EventBus
from lapor_desk.settings import (
    SYNC_ALLOW_PLAIN_HTTP,
    SYNC_BATCH_SIZE,
    SYNC_CA_BUNDLE,
    SYNC_CENTRAL_URL,
    SYNC_CHUNK_KB,
    SYNC_PROXY,
    SYNC_UPLOAD_DEMO,
    Settings,
)
from lapor_desk.storage.database import Database
from lapor_desk.sync import outbox, resolve, state
from lapor_desk.sync.attachments import AttachmentSource, NoAttachments
from lapor_desk.sync.credentials import TokenStore
from lapor_desk.sync.engine import CycleReport, SyncEngine
from lapor_desk.sync.events import CentralReconciled, CentralUpdatesApplied, SyncStatus, TransferProgress
from lapor_desk.sync.installation import desk_installation_id
from lapor_desk.sync.lock import SyncBusy, SyncLock
from lapor_desk.sync.outbox import Outbox
from lapor_desk.sync.retry import RetryPolicy
from lapor_desk.sync.transport import CONNECT_TIMEOUT_S, READ_TIMEOUT_S, CentralClient

log = logging.getLogger(__name__)

CLOCK_WARN_S = 300.0
PROGRESS_EVERY_S = 0.25
OFFSET_TRUSTED_FOR = timedelta(days=1)  # a measurement older than this is no longer "known"
OFFSET_REREAD_S = 30.0


class SyncService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        bus: EventBus,
        config_dir: Path,
        *,
        attachments: AttachmentSource | None = None,
        clock: Clock = system_clock,
        policy: RetryPolicy | None = None,
        anchors: AnchorStore | None = None,
    ) -> None:
        self.db = db
        self.anchors = anchors  # the audit anchor's local copies; each cycle sends the head
        self.settings = settings
        self.bus = bus
        self.clock = clock
        self.policy = policy or RetryPolicy()
        self.attachments: AttachmentSource = attachments or NoAttachments()
        self.tokens = TokenStore(config_dir)
        self.config_dir = config_dir
        self.outbox = Outbox(self.attachments, lambda: bool(settings.get(SYNC_UPLOAD_DEMO)))
        self.stop_event = threading.Event()
        self._cycle_lock = threading.Lock()
        self.online: bool | None = None
        self.running = False
        self.engine_options: dict[str, Any] = {}  # tests and benchmarks tune the engine
        self.timeouts = (CONNECT_TIMEOUT_S, READ_TIMEOUT_S)
        self._last_progress = 0.0
        self._last_bytes_progress = 0.0
        self._offset: tuple[float, float | None] | None = None  # (read at, monotonic; offset or None)

    # --- registration

    def register(self, url: str, token: str) -> str:
        """Store the central URL (settings) and the token (keyring or 0600 file)."""
        self.settings.set(SYNC_CENTRAL_URL, url.rstrip("/"))
        where = self.tokens.save(token)
        with self.db.write() as conn:
            state.set_meta(conn, "registration_problem", "")
        return where

    @property
    def configured(self) -> bool:
        return bool(self.settings.get(SYNC_CENTRAL_URL)) and bool(self.tokens.load())

    def client(self) -> CentralClient:
        connect, read = self.timeouts
        return CentralClient(
            self.settings.get(SYNC_CENTRAL_URL),
            self.tokens.load(),
            connect_timeout_s=connect,
            read_timeout_s=read,
            installation_id=desk_installation_id(self.db, self.config_dir),
            **self.connection(),
        )

    def connection(self) -> dict[str, Any]:
        """The CA bundle and proxy the settings name (registration checked them), and whether an
        admin allowed plain http:// (the stored, audited value only)."""
        return {
            "ca_bundle": self.settings.get(SYNC_CA_BUNDLE),
            "proxy": self.settings.with_secret(SYNC_PROXY),  # with its kept credentials
            "allow_plain_http": bool(self.settings.stored(SYNC_ALLOW_PLAIN_HTTP)),
        }

    # --- running

    def run_cycle(self, *, force: bool = False, wait_s: float = 0.0) -> CycleReport:
        """One cycle; concurrent calls in this process wait for each other, and a sync of the
        same database in another process (the window and a scheduled `lapor-desk sync`)
        is waited for up to `wait_s`, then the outcome is "busy" and nothing was done."""
        if not self.configured:
            return CycleReport(outcome="unconfigured", message="sync_not_registered")
        with self._cycle_lock:
            lock = SyncLock(self.db)
            try:
                lock.acquire(wait_s)
            except SyncBusy:
                return CycleReport(outcome="busy", message="sync_busy")
            try:
                return self._locked_cycle(force)
            finally:
                lock.release()

    def _locked_cycle(self, force: bool) -> CycleReport:
        self.running = True
        self.publish_status()
        client = self.client()
        try:
            engine = SyncEngine(
                self.db,
                client,
                policy=self.policy,
                attachments=self.attachments,
                clock=self.clock,
                batch_size=self.settings.get(SYNC_BATCH_SIZE),
                wait=self.stop_event.wait,
                stopping=self.stop_event.is_set,
                progress=self._progress,
                anchors=self.anchors,
                chunk_bytes=int(self.settings.get(SYNC_CHUNK_KB)) * 1024,
                bytes_progress=self._bytes_progress,
                **self.engine_options,
            )
            report = engine.cycle(force=force)
        finally:
            client.close()
            self.running = False
        self._offset = None  # the cycle may have measured the clock anew
        if report.outcome != "stopped":  # a stop says nothing about the central
            self.online = report.outcome != "unreachable"
        if report.updated_complaints:
            self.bus.publish(CentralUpdatesApplied(tuple(report.updated_complaints)))
        if report.reconciled is not None:
            r = report.reconciled
            self.bus.publish(
                CentralReconciled(
                    r.previous,
                    r.current,
                    r.checked,
                    r.confirmed,
                    r.requeued,
                    r.retracked,
                    r.resent,
                    tuple(r.dropped_tracking_ids),
                )
            )
        self.publish_status()
        return report

    def probe(self) -> bool:
        """A cheap /health call: is the central there? (no token needed)"""
        url = self.settings.get(SYNC_CENTRAL_URL)
        if not url:
            return False
        client = CentralClient(url, "", connect_timeout_s=3.0, read_timeout_s=5.0, **self.connection())
        try:
            ex, _before, _after = client.health()
        finally:
            client.close()
        ok = ex.ok and isinstance(ex.body, dict) and ex.body.get("status") == "ok"
        if ok != self.online:
            self.online = ok
            self.publish_status()
        return ok

    def watch(self, interval_s: float, on_cycle: Callable[[CycleReport], None] | None = None) -> None:
        """Cycles until `stop_event` is set (`lapor-desk sync --watch`); `on_cycle` hears each."""
        while not self.stop_event.is_set():
            report = self.run_cycle()
            if on_cycle is not None:
                on_cycle(report)
            wait = interval_s
            if report.outcome == "unreachable":
                wait = min(interval_s, self.policy.delay(1))
            if self.stop_event.wait(wait):
                return

    # --- reading the state

    def status(self) -> SyncStatus:
        with self.db.read() as conn:
            summary = state.summary(conn)
            refused_replies = resolve.refused_replies(conn)
            last = state.get_meta(conn, "last_sync_at")
            offset = state.get_meta(conn, "clock_offset_s")
            problem = state.get_meta(conn, "registration_problem")
        return SyncStatus(
            online=self.online,
            configured=bool(self.settings.get(SYNC_CENTRAL_URL)),
            waiting=summary.waiting,
            oldest_queued_at=summary.oldest_queued_at,
            needs_fix=summary.needs_fix + refused_replies,
            synced=summary.synced,
            last_sync_at=datetime.fromisoformat(last) if last else None,
            clock_offset_s=float(offset) if offset else None,
            registration_problem=bool(problem),
            running=self.running,
        )

    def _progress(self) -> None:
        """After each batch: the status bar follows a long push, a few times a second at
        most (each status is a count over the whole queue)."""
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_EVERY_S:
            self._last_progress = now
            self.publish_status()

    def _bytes_progress(self, sent: int, remaining: int) -> None:
        """Bytes of files sent and still to send (the sync panel on a slow link), a few
        times a second at most, and always at the end of a file."""
        now = time.monotonic()
        if remaining == 0 or now - self._last_bytes_progress >= PROGRESS_EVERY_S:
            self._last_bytes_progress = now
            self.bus.publish(TransferProgress(sent, remaining))

    def publish_status(self) -> None:
        try:
            self.bus.publish(self.status())
        except Exception:  # noqa: BLE001  a status refresh must never break a cycle
            log.exception("sync status not published")

    def needs_attention(self, limit: int = 200) -> list[state.Attention]:
        with self.db.read() as conn:
            return state.needs_attention(conn, limit)

    def problems(self) -> list[resolve.Problem]:
        """Everything the central refused that waits for a person, each with its actions."""
        with self.db.read() as conn:
            registration = state.get_meta(conn, "registration_problem") or ""
            return resolve.problems(conn, registration_problem=registration)

    def resolver(self) -> resolve.SyncResolver:
        return resolve.SyncResolver(
            self.db,
            self.bus,
            AuditTrail(self.db, self.clock),
            self.attachments,
            self.clock,
            on_change=self.publish_status,
        )

    def item(self, complaint_id: int) -> dict[str, object] | None:
        with self.db.read() as conn:
            return state.item_state(conn, complaint_id)

    def history(self, complaint_id: int | None = None, limit: int = 100) -> list[dict[str, object]]:
        with self.db.read() as conn:
            return state.history(conn, complaint_id, limit)

    def resend(self, complaint_id: int) -> bool:
        with self.db.write() as conn:
            done = state.resend(conn, complaint_id)
        self.publish_status()
        return done

    def enqueue_existing(self, *, include_demo: bool = False) -> int:
        with self.db.write() as conn:
            return self._enqueue_existing(conn, include_demo)

    def _enqueue_existing(self, conn: Connection, include_demo: bool) -> int:
        return outbox.enqueue_existing(conn, self.attachments, include_demo=include_demo, now=self.clock())

    def corrected_clock(self) -> datetime:
        """The desk clock corrected by the offset measured against the central, while one is
        known (measured within the last day); else the desk clock. Deadlines use it, so a
        desk clock days off does not make a complaint look overdue or early."""
        now = self.clock()
        offset = self._known_offset(now)
        return now if offset is None else now + timedelta(seconds=offset)

    def _known_offset(self, now: datetime) -> float | None:
        cached = self._offset
        if cached is None or time.monotonic() - cached[0] > OFFSET_REREAD_S:
            with self.db.read() as conn:
                offset = state.get_meta(conn, "clock_offset_s")
                checked = state.get_meta(conn, "clock_checked_at")
            value = None
            if offset and checked:
                at = datetime.fromisoformat(checked)
                if abs(now - at) <= OFFSET_TRUSTED_FOR:
                    value = float(offset)
            cached = self._offset = (time.monotonic(), value)
        return cached[1]

    def clock_warning(self, status: SyncStatus) -> bool:
        return status.clock_offset_s is not None and abs(status.clock_offset_s) > CLOCK_WARN_S
