"""A batch answer applied at the desk in a few statements: queue states, tracking IDs, the
central's first status, "synced" timeline events, and one audit entry for the batch.

Called inside the write transaction that also logs the attempt. Every transition names
the revision that was sent, so an answer never marks a newer local edit as synced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select

from lapor_desk.audit import AuditAction, AuditTrail
from lapor_desk.storage import answer_writes
from lapor_desk.storage import repository as repo
from lapor_desk.sync import state, synced
from lapor_desk.sync.updates import CENTRAL

ACCEPTED = ("created", "updated", "duplicate")


@dataclass
class Applied:
    synced: int = 0
    refused: int = 0
    outcomes: list[tuple[int, int, str]] = field(default_factory=list)  # (complaint, revision, result)


@dataclass(frozen=True)
class _Current:
    revision: int
    tracking_id: int | None
    status: str


def apply_answer(
    conn: Connection,
    items: Sequence[state.Outgoing],
    results: Sequence[dict[str, Any]],
    *,
    now: datetime,
    server_now: datetime,
    audit: AuditTrail,
    identity: str | None = None,
) -> Applied:
    applied = Applied()
    current = _current(conn, [i.complaint_id for i in items])
    confirmed: list[synced.Confirmed] = []
    events: list[tuple[int, dict[str, Any]]] = []  # (complaint, detail) of its "synced" event
    moved: dict[str, list[int]] = {}
    server_at = server_now.isoformat()
    accepted: list[dict[str, Any]] = []  # what "discard" restores later
    central_status: list[dict[str, Any]] = []  # the central's status, refusals included
    for item, res in zip(items, results, strict=True):
        status = str(res.get("status"))
        tid = res.get("tracking_id")
        applied.outcomes.append((item.complaint_id, item.revision, status))
        taken_as_sent = status in ACCEPTED and res.get("revision") == item.revision
        mine = current.get(item.complaint_id)
        if taken_as_sent and isinstance(tid, int) and mine is not None and mine.revision == item.revision:
            pass  # synced.synced_batch keeps the accepted payload and the status with the rest
        else:
            if res.get("complaint_status"):
                central_status.append({"cid": item.complaint_id, "cst": str(res["complaint_status"])})
            if taken_as_sent:
                accepted.append({"cid": item.complaint_id, "acc": item.payload})
        if status not in ACCEPTED or not isinstance(tid, int):
            errors = [e for e in res.get("errors") or [] if isinstance(e, dict)]
            state.refused(
                conn, item.complaint_id, item.revision, errors, tid if isinstance(tid, int) else None, identity
            )
            applied.refused += 1
            continue
        cstatus = res.get("complaint_status")
        confirmed.append(
            synced.Confirmed(
                item.complaint_id,
                item.revision,
                tid,
                int(res.get("revision") or item.revision),
                str(cstatus) if cstatus else None,
                full=mine is not None and mine.revision == item.revision,
                accepted=taken_as_sent,
            )
        )
        if mine is None:
            continue
        if mine.tracking_id is None:
            events.append((item.complaint_id, {"tracking_id": tid, "server_at": server_at}))
        if cstatus and cstatus != "recorded" and mine.status == "recorded":
            moved.setdefault(str(cstatus), []).append(item.complaint_id)
    synced.synced_batch(conn, confirmed, now, server_now, identity)
    synced.note_central(conn, accepted, central_status)
    applied.synced = len(confirmed)
    answer_writes.insert_events_of_kind(conn, "synced", "sync", now, events)
    for new, ids in moved.items():  # the central's first status: one audit entry per batch
        audit.append(
            conn,
            CENTRAL,
            AuditAction.STATUS_CHANGE,
            "complaints",
            {"old": "recorded", "new": new, "count": len(ids), "complaint_ids": sorted(ids), "source": "central"},
            at=now,
        )
    return applied


_CURRENT = (
    select(state.S.complaint_id, state.S.revision, repo.C.tracking_id, repo.C.status)
    .join(repo.COMPLAINTS, repo.C.id == state.S.complaint_id)
    .where(state.S.complaint_id.in_(bindparam("ids", expanding=True)))
)


def _current(conn: Connection, ids: Sequence[int]) -> dict[int, _Current]:
    """Queue revision, known tracking ID and complaint status, in one look per chunk (built once)."""
    out: dict[int, _Current] = {}
    for chunk in state.chunks(ids):
        rows = conn.execute(_CURRENT, {"ids": chunk}).all()
        out.update({cid: _Current(rev, repo.tracking_number(tid), str(st)) for cid, rev, tid, st in rows})
    return out
