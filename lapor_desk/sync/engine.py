"""One sync cycle: clock, attachments (HEAD then PUT), complaints in batches, updates, reference.

The engine holds no queue of its own: everything it decides is written to the sync
tables in short transactions, so a kill at any moment leaves a state the next cycle
continues from (the central's upsert is idempotent).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any, cast

from sqlalchemy import Table, select

from lapor_desk.audit import AuditTrail
from lapor_desk.audit_anchor import AnchorStore
from lapor_desk.clock import Clock, system_clock
from lapor_desk.storage.database import Database
from lapor_desk.sync import anchor, reconcile, results, state, updates
from lapor_desk.sync.answers import (
    _errors_of,
    _lookup_shape_ok,
    _server_time_of,
    _updates_shape_ok,
    _whole_refusal,
    central_key,
)
from lapor_desk.sync.attachments import AttachmentSource, NoAttachments
from lapor_desk.sync.flight import NOT_READY, Batch, Flight, packed
from lapor_desk.sync.retry import RetryPolicy
from lapor_desk.sync.tables import SyncReference
from lapor_desk.sync.transport import INSTALLATION_CONFLICT, CentralClient, Exchange, Outcome
from lapor_desk.sync.uploads import FileUploads, _Stop

log = logging.getLogger(__name__)

REFERENCE_KINDS = ("categories", "agencies", "regions")


@dataclass
class CycleReport:
    outcome: str = "ok"  # ok | unreachable | auth | incomplete
    sent: int = 0
    synced: int = 0
    refused: int = 0
    updates: int = 0
    clock_offset_s: float | None = None
    message: str = ""
    http_status: int | None = None  # of the answer that stopped the cycle (429: rate-limited)
    retry_after_s: float | None = None
    problem_code: str = ""  # a catalogue code for the message, when the desk has its own words
    updated_complaints: list[int] = field(default_factory=list)
    reconciled: reconcile.Reconciliation | None = None  # the central's identity changed


class SyncEngine(FileUploads):
    def __init__(
        self,
        db: Database,
        client: CentralClient,
        *,
        policy: RetryPolicy | None = None,
        attachments: AttachmentSource | None = None,
        clock: Clock = system_clock,
        batch_size: int = 200,
        tries_per_cycle: int = 4,
        max_wait_in_cycle_s: float = 10.0,
        wait: Callable[[float], bool] | None = None,
        stopping: Callable[[], bool] | None = None,
        progress: Callable[[], None] | None = None,
        audit: AuditTrail | None = None,
        anchors: AnchorStore | None = None,
        central_url: str = "",
        chunk_bytes: int = 1024 * 1024,
        compress: bool = True,
        bytes_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.db = db
        self.client = client
        self.policy = policy or RetryPolicy()
        self.attachments = attachments or NoAttachments()
        self.clock = clock
        self.batch_size = batch_size
        self.tries_per_cycle = tries_per_cycle
        self.max_wait_in_cycle_s = max_wait_in_cycle_s
        # wait(seconds) -> True when asked to stop meanwhile (an Event's wait in practice)
        self.wait = wait or (lambda s: False)
        # stopping() -> True when asked to stop: checked between batches and pages, so a stop
        # (SIGTERM, Ctrl+C, closing the window) never waits for a long queue to drain.
        self.stopping = stopping or (lambda: False)
        self.progress = progress or (lambda: None)
        # What the central changes at the desk is audited as the central's doing.
        self.audit = audit or AuditTrail(db, clock)
        self.anchors = anchors  # where the acknowledged audit anchor is kept (None: not sent)
        self.offset_s: float | None = None
        self._uploaded: set[str] = set()  # files the central holds (this cycle's knowledge)
        # Which central the file confirmations are kept for: its URL until /health names
        # its database (central_key).
        self.central_url = central_url or getattr(client, "api_url", "")
        self.central = central_key(self.central_url, None)
        self._files_failed_in_row = 0
        # Files larger than this go in resumable parts, when the central takes them.
        self.chunk_bytes = max(1, chunk_bytes)
        self.resumable = False
        self.compress = compress  # gzip JSON bodies when the central takes them
        self.bytes_progress = bytes_progress or (lambda sent, remaining: None)
        self.file_bytes_sent = 0
        self._file_bytes_left = 0
        self.central_identity = ""  # "database_id/data_generation" from /health

    # --- the cycle

    def cycle(self, *, force: bool = False) -> CycleReport:
        report = CycleReport()
        with self.db.write() as conn:
            state.reset_sending(conn)
            state.clamp_next_attempts(conn, self.clock(), self.policy.cap_s)
        try:
            self._check_clock(report)
            self._reconcile(report)
            self._push(report, force)
            self._replies()
            self._pull(report)
            self._reference()
            self._anchor()
        except _Stop as stop:
            report.outcome, report.message, report.problem_code = stop.outcome, str(stop), stop.code
            report.http_status, report.retry_after_s = stop.http_status, stop.retry_after_s
            return report
        with self.db.write() as conn:
            state.set_meta(conn, "last_sync_at", self.clock().isoformat())
            state.set_meta(conn, "registration_problem", "")
            if report.outcome == "ok" and state.due(conn, self.clock(), 1, force=True):
                report.outcome = "incomplete"
        return report

    def server_now(self) -> datetime:
        now = self.clock()
        return now + timedelta(seconds=self.offset_s) if self.offset_s is not None else now

    # --- replies

    def _replies(self) -> None:
        """Reporters' replies and ratings recorded at the desk, once each (reply_id makes a
        repeat harmless): after the push, so their complaints have tracking IDs."""
        with self.db.read() as conn:
            due = state.replies_due(conn)
        for reply in due:
            self._check_stop()
            ex = self.client.post_reply(reply.tracking_id, reply.body)
            if ex.outcome is Outcome.RETRY or ex.outcome is Outcome.AUTH:
                self._log(ex)
                if ex.outcome is Outcome.AUTH:
                    self._stop_for(ex)
                return  # the rest wait for the next cycle
            answer = ex.body if isinstance(ex.body, dict) else {}
            result = "refused" if not ex.ok else ("duplicate" if answer.get("duplicate") else "created")
            with self.db.write() as conn:
                self._log(ex, result=result, conn=conn, item_results=[(reply.complaint_id, 0, result)])
                state.reply_sent(
                    conn,
                    reply,
                    result,
                    self.clock(),
                    http_status=ex.status,
                    problem_type=ex.problem_type if not ex.ok else "",
                    message=ex.message if not ex.ok else "",
                )

    # --- clock

    def _check_clock(self, report: CycleReport) -> None:
        """/health first: it tells whether the central is there, and its clock."""
        times: list[datetime] = []

        def health() -> Exchange:
            ex, before, after = self.client.health()
            times[:] = [before, after]
            return ex

        ex = self._patiently(health, lambda body: _server_time_of(body) is not None)
        self.central = central_key(self.central_url, ex.body)
        features = ex.body.get("features") if isinstance(ex.body, dict) else None
        features = features if isinstance(features, list) else []
        self.resumable = "resumable-uploads" in features
        if hasattr(self.client, "gzip"):
            self.client.gzip = self.compress and "gzip" in features
        server = _server_time_of(ex.body)
        assert server is not None
        before, after = times
        desk_mid = before + (after - before) / 2
        # The desk clock may not be the system clock (a test shifts it): measure it too.
        shift = (self.clock() - datetime.now(UTC)).total_seconds()
        self.offset_s = (server - desk_mid).total_seconds() - shift
        report.clock_offset_s = self.offset_s
        self.central_identity = reconcile.identity_of(ex.body)
        with self.db.write() as conn:
            state.set_meta(conn, "clock_offset_s", f"{self.offset_s:.3f}")
            state.set_meta(conn, "clock_checked_at", self.clock().isoformat())
            state.set_meta(conn, "clock_server_time", server.isoformat())

    # --- the central's identity

    def _reconcile(self, report: CycleReport) -> None:
        """Before anything is sent: if the central was restored or replaced since it confirmed
        what this desk holds, repair the queue first (lapor_desk/sync/reconcile.py)."""
        identity = self.central_identity
        with self.db.write() as conn:
            if not reconcile.needed(conn, identity):
                return

        def lookup(body: dict[str, Any]) -> Exchange:
            self._check_stop()
            return self._patiently(partial(self.client.lookup, body), _lookup_shape_ok)

        report.reconciled = reconcile.run(self.db, lookup, identity, self.clock, self._uploaded)

    def _offset_for_batch(self) -> float | None:
        return self.offset_s if self.central_identity else None

    # --- push

    def _push(self, report: CycleReport, force: bool) -> None:
        """Complaints in batches, one batch on the wire at a time. While it is on the wire
        the next batch is chosen and marked sending, and the previous answer is applied, so
        the desk's database work overlaps the central's. The next batch is sent only after
        an answer that was taken well; otherwise it goes back to pending, unsent, and the
        answer is dealt with as it would be without the overlap. The batch after next is
        claimed in the transaction that applies an answer (one commit, one fsync, fewer),
        unless its files must be uploaded first: then it is claimed on its own as before."""
        tries = 0
        after_id = 0  # every batch up to here was answered
        flight: Flight | None = None
        prepared: object = NOT_READY  # the next batch, when claimed with the last answer
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-send") as sender:
            while True:
                stopping = self.stopping()
                nxt: Batch | None = None
                if prepared is not NOT_READY:
                    nxt, prepared = cast(Batch | None, prepared), NOT_READY
                    if stopping and nxt is not None and nxt.items:
                        with self.db.write() as conn:
                            state.unmark_sending(conn, nxt.items)
                        nxt = None
                elif not stopping:
                    nxt = self._next_batch(flight.last_id if flight else after_id, force, session_free=flight is None)
                if flight is None:
                    if nxt is None:
                        if stopping:
                            raise _Stop("stopped", "stopped")
                        return
                    if nxt.items:
                        flight = Flight.start(sender, self.client, nxt, self._offset_for_batch())
                        report.sent += len(nxt.items)
                    else:
                        after_id = nxt.last_id  # all refused for their files
                    continue
                ex = flight.answer()
                if ex.ok:
                    landed, flight = flight, None
                    if nxt is not None and nxt.items:
                        # on the wire while we apply
                        flight = Flight.start(sender, self.client, nxt, self._offset_for_batch())
                        report.sent += len(nxt.items)
                    after_id = nxt.last_id if nxt is not None and not nxt.items else landed.last_id
                    claim = None
                    if not self.stopping():
                        claim = partial(self._claim_ready, flight.last_id if flight else after_id, force)
                    prepared = self._apply_results(landed.items, ex, report, claim)
                    if isinstance(prepared, Batch):  # ready to leave the moment the answer is in
                        prepared = packed(self.client, prepared, self._offset_for_batch())
                    tries = 0
                    self.progress()
                    continue
                landed, flight = flight, None
                if nxt is not None and nxt.items:
                    with self.db.write() as conn:
                        state.unmark_sending(conn, nxt.items)
                after_id, tries, force = self._after_failure(landed, ex, report, after_id, tries, force)

    def _next_batch(self, after_id: int, force: bool, *, session_free: bool) -> Batch | None:
        """The next due items after `after_id`, their files uploaded, marked sending.
        None when nothing is due, or when files must be uploaded and the session is busy
        (the batch on the wire lands first). A batch whose every item was refused for its
        files comes back empty, with its position."""
        with self.db.read() as conn:
            items = state.due(conn, self.clock(), self.batch_size, force=force, after_id=after_id)
            wanted = {sha for i in items for sha in i.attachments} - self._uploaded
            if wanted:
                self._uploaded |= state.confirmed_files(conn, self.central, sorted(wanted))
        if not items:
            return None
        last_id = items[-1].complaint_id
        if not session_free and any(sha not in self._uploaded for i in items for sha in i.attachments):
            return None
        items = self._upload_attachments(items)
        if items:
            with self.db.write() as conn:
                items = state.mark_sending(conn, items)
        return Batch(items, last_id)

    def _claim_ready(self, after_id: int, force: bool, conn: Any) -> object:
        """In the transaction applying an answer: the next due items, marked sending, if the central
        has every file they need (no network here); else NOT_READY. None when nothing is due."""
        items = state.due(conn, self.clock(), self.batch_size, force=force, after_id=after_id)
        if not items:
            return None
        wanted = {sha for i in items for sha in i.attachments} - self._uploaded
        if wanted:
            self._uploaded |= state.confirmed_files(conn, self.central, sorted(wanted))
            if wanted - self._uploaded:
                return NOT_READY
        return Batch(state.mark_sending(conn, items), items[-1].complaint_id)

    def _after_failure(
        self, landed: Flight, ex: Exchange, report: CycleReport, after_id: int, tries: int, force: bool
    ) -> tuple[int, int, bool]:
        """A batch that was not taken: split it, refuse it, stop, or back off and retry.
        Returns the new (after_id, tries, force)."""
        items = landed.items
        if ex.outcome is Outcome.ATTACHMENT and len(items) > 1:
            # 413 on the batch itself: this central takes smaller requests. Halve and go on.
            with self.db.write() as conn:
                state.reset_sending(conn)
                self._log(ex, items, "split", conn=conn)
            report.sent -= len(items)
            self.batch_size = max(1, len(items) // 2)
            return after_id, tries, force
        if ex.outcome is Outcome.NEEDS_FIX or ex.outcome is Outcome.ATTACHMENT:
            # A 413 for one complaint alone: too large for this central, however it is sent.
            errors = _errors_of(ex) or [_whole_refusal(ex)]
            with self.db.write() as conn:
                for item in items:
                    state.refused(conn, item.complaint_id, item.revision, errors, None)
                self._log(ex, items, "rejected", conn=conn)
            report.refused += len(items)
            return landed.last_id, tries, force
        if ex.outcome is Outcome.AUTH:
            with self.db.write() as conn:
                state.reset_sending(conn)
                self._log(ex, items, "auth", conn=conn)
            self._stop_for(ex)
        # retry: back off; keep trying within the cycle while the wait is short
        tries += 1
        delay = self.policy.delay(max(i.attempts for i in items) + 1, ex.retry_after_s)
        with self.db.write() as conn:
            state.retry_later(conn, items, self.clock(), min(delay, self.policy.cap_s))
            self._log(ex, items, "retry", conn=conn)
        if tries >= self.tries_per_cycle or delay > self.max_wait_in_cycle_s:
            self._stop_for(ex)
        if self.wait(delay):
            raise _Stop("stopped", "stopped")
        return after_id, tries, True  # the waited-for items are due now

    def _apply_results(
        self, items: Sequence[state.Outgoing], ex: Exchange, report: CycleReport, then: Callable[[Any], object] | None
    ) -> object:
        """Record a batch answer; `then(conn)` runs in the same transaction (the next claim)."""
        prepared: object = NOT_READY
        with self.db.write() as conn:
            applied = results.apply_answer(
                conn,
                items,
                ex.body["results"],
                now=self.clock(),
                server_now=self.server_now(),
                audit=self.audit,
                identity=self.central_identity or None,
            )
            self._log(ex, conn=conn, item_results=applied.outcomes)
            if then is not None:
                prepared = then(conn)
        report.synced += applied.synced
        report.refused += applied.refused
        return prepared

    # --- attachments

    # --- pull

    def _pull(self, report: CycleReport) -> None:
        while True:
            self._check_stop()
            with self.db.read() as conn:
                cursor = state.get_meta(conn, "updates_cursor") or "0"
            ex = self._patiently(partial(self.client.updates, cursor), _updates_shape_ok)
            page = ex.body
            with self.db.write() as conn:
                if (state.get_meta(conn, "updates_cursor") or "0") != cursor:
                    continue  # someone else applied this page meanwhile
                touched = updates.apply(
                    conn, page["items"], self.clock(), self.audit, central=reconcile.database_of(self.central_identity)
                )
                state.set_meta(conn, "updates_cursor", str(page["next_cursor"]))
            report.updates += len(page["items"])
            report.updated_complaints += touched
            if not page.get("has_more"):
                return

    # --- reference data

    def _reference(self) -> None:
        table = cast(Table, SyncReference.__table__)
        for kind in REFERENCE_KINDS:
            with self.db.read() as conn:
                etag = conn.execute(select(table.c.etag).where(table.c.kind == kind)).scalar()
            ex = self.client.reference(kind, etag)
            if ex.status == 304:
                continue
            if not ex.ok or not isinstance(ex.body, dict) or not isinstance(ex.body.get("items"), list):
                if ex.outcome is Outcome.AUTH or ex.outcome is Outcome.RETRY:
                    self._log(ex)
                continue  # reference data is a nicety: never fails the cycle
            values = {
                "etag": str(ex.body.get("etag") or ex.headers.get("ETag", "")),
                "content": json.dumps(ex.body["items"], ensure_ascii=False),
                "fetched_at": self.clock(),
            }
            with self.db.write() as conn:
                if conn.execute(table.update().where(table.c.kind == kind).values(**values)).rowcount == 0:
                    conn.execute(table.insert().values(kind=kind, **values))

    def _anchor(self) -> None:
        """The audit head to the central (sync/anchor.py); never fails the cycle."""
        if self.anchors is not None:
            ex = anchor.send_head(self.audit, self.anchors, self.client)
            if ex is not None and not ex.ok:
                self._log(ex)

    # --- helpers

    def _patiently(self, call: Callable[[], Exchange], shape_ok: Callable[[Any], bool]) -> Exchange:
        """Repeat a call that should be retried, with back-off, while the wait stays short;
        stop the cycle otherwise."""
        tries = 0
        while True:
            ex = call()
            if ex.ok and shape_ok(ex.body):
                return ex
            if ex.ok:
                ex.outcome, ex.problem_type = Outcome.RETRY, "malformed-response"
            self._log(ex)
            tries += 1
            delay = self.policy.delay(tries, ex.retry_after_s)
            if ex.outcome is not Outcome.RETRY or tries >= self.tries_per_cycle or delay > self.max_wait_in_cycle_s:
                self._stop_for(ex)
            if self.wait(delay):
                raise _Stop("stopped", "stopped")

    def _check_stop(self) -> None:
        if self.stopping():
            raise _Stop("stopped", "stopped")

    def _stop_for(self, ex: Exchange) -> None:
        if ex.outcome is Outcome.AUTH:
            code = "sync_desk_code_in_use" if ex.problem_type.endswith(INSTALLATION_CONFLICT) else ""
            with self.db.write() as conn:
                state.set_meta(conn, "registration_problem", code or ex.message or str(ex.status))
            raise _Stop("auth", ex.message or "unauthorized", code=code)
        raise _Stop("unreachable", ex.message or ex.problem_type or f"HTTP {ex.status}", ex)

    def _log(
        self,
        ex: Exchange,
        items: Sequence[state.Outgoing] = (),
        result: str = "",
        *,
        conn: Any = None,
        item_results: Sequence[tuple[int, int, str]] = (),
    ) -> None:
        rows = list(item_results) or [(i.complaint_id, i.revision, result) for i in items]
        server_at = self.server_now() if self.offset_s is not None else None

        def log(c: Any) -> None:
            state.log_attempt(
                c,
                at=self.clock(),
                server_at=server_at,
                request=ex.request,
                http_status=ex.status,
                outcome=str(ex.outcome),
                problem_type=ex.problem_type,
                message=ex.message,
                duration_ms=ex.duration_ms,
                request_id=ex.request_id,
                items=rows,
            )

        if conn is not None:
            log(conn)
        else:
            with self.db.write() as c:
                log(c)
