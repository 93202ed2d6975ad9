"""Plain Python events the sync raises on `desk.bus` (the UI re-emits them as signals)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class SyncStatus:
    online: bool | None  # None: not known yet (no try since start)
    configured: bool
    waiting: int
    oldest_queued_at: datetime | None
    needs_fix: int
    synced: int
    last_sync_at: datetime | None
    clock_offset_s: float | None
    registration_problem: bool
    running: bool


@dataclass(frozen=True)
class CentralUpdatesApplied:
    complaint_ids: tuple[int, ...]


@dataclass(frozen=True)
class TransferProgress:
    """Bytes of this cycle's uploads: sent so far, and still to send of what is known."""

    sent_bytes: int
    remaining_bytes: int


@dataclass(frozen=True)
class CentralReconciled:
    """The central's database identity changed and the desk repaired its queue
    (lapor_desk/sync/reconcile.py); the sync panel shows it."""

    previous: str
    current: str
    checked: int
    confirmed: int
    requeued: int
    retracked: int
    resent: int
    dropped_tracking_ids: tuple[int, ...]
