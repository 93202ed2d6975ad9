"""The central's updates applied at the desk: timeline, status and audit trail, once each.

Called inside the transaction that also moves the updates cursor. Each update carries
the central's event cursor; an update whose cursor is already in the complaint's
timeline was applied before (a cursor lost or reset, a page fetched twice) and is
skipped whole, so neither the timeline nor the audit trail gets it twice, and an old
status never comes back over a newer one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select

from lapor_desk.audit import AuditAction, AuditTrail, Who
from lapor_desk.storage import repository as repo
from lapor_desk.sync import state

# The central as the audit trail names it: its admins and agencies act through it.
CENTRAL = Who("(pusat)", "system")
UPDATE_KINDS = {"status": "central_status", "follow_up": "central_follow_up", "note": "central_note"}


def apply(
    conn: Connection, updates: Sequence[dict[str, Any]], now: datetime, audit: AuditTrail | None, central: str = ""
) -> list[int]:
    """Write the central's events into the timeline, the complaint's status and the audit
    trail. Returns the ids of the complaints touched.

    Only the status column changes: the desk's own fields, and any edit still waiting
    to go, are left as they are.
    """
    ids = _local_ids(conn, sorted({str(u.get("client_id")) for u in updates}))
    mine = [(ids[str(u.get("client_id"))], u) for u in updates if str(u.get("client_id")) in ids]
    # (Updates for complaints not on this desk: another install of the same desk code.)
    if not mine:
        return []
    complaint_ids = sorted({cid for cid, _u in mine})
    seen = _applied_cursors(conn, complaint_ids, central)
    current = _statuses(conn, complaint_ids)
    events: list[dict[str, Any]] = []
    changed: dict[int, str] = {}
    for cid, u in mine:
        cursor = str(u.get("cursor"))
        if (cid, cursor) in seen:
            continue
        seen.add((cid, cursor))
        kind = UPDATE_KINDS.get(str(u.get("kind")), "central_note")
        status = str(u.get("status") or "")
        events.append(
            {
                "complaint_id": cid,
                "at": _central_time(u, now),
                "kind": kind,
                "actor": "central",
                "detail": {
                    "cursor": u.get("cursor"),
                    "tracking_id": u.get("tracking_id"),
                    "status": u.get("status"),
                    "text": u.get("text", ""),
                    "agency": u.get("agency", ""),
                    "received_at": now.isoformat(),
                    "central": central,
                },
            }
        )
        old = current.get(cid, "")
        moves = bool(status) and status != old and old != "draft"
        if audit is not None:
            detail: dict[str, Any] = {
                "kind": kind,
                "cursor": cursor,
                "tracking_id": u.get("tracking_id"),
                "central_at": _central_time(u, now).isoformat(),
                "source": "central",
            }
            if moves:
                detail.update(old=old, new=status)
            if u.get("agency"):
                detail["agency"] = u.get("agency")
            audit.append(
                conn,
                CENTRAL,
                AuditAction.STATUS_CHANGE if moves else AuditAction.EDIT,
                f"complaint:{cid}",
                detail,
                at=now,
            )
        if moves:
            current[cid] = changed[cid] = status
        tid = u.get("tracking_id")
        if isinstance(tid, int):  # a tracking ID first heard here (the batch answer was lost)
            repo.set_tracking_ids(conn, {cid: tid}, only_unset=True)
    repo.insert_events(conn, events)
    for cid, status in changed.items():
        repo.set_central_status(conn, [cid], status)
        # What the central's status means for the desk's edits (lapor_desk.sync.resolve.is_locked).
        conn.execute(state.ITEMS.update().where(state.S.complaint_id == cid).values(central_status=status))
    return sorted({e["complaint_id"] for e in events})


def _local_ids(conn: Connection, client_ids: Sequence[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for chunk in state.chunks(client_ids):
        rows = conn.execute(select(repo.C.client_id, repo.C.id).where(repo.C.client_id.in_(chunk)))
        ids.update({str(cid): int(i) for cid, i in rows})
    return ids


def _applied_cursors(conn: Connection, complaint_ids: Sequence[int], central: str = "") -> set[tuple[int, str]]:
    """(complaint, cursor) of the updates already applied from this central database (its
    `database_id`; cursors of another database name other events). A restored database
    keeps its id and never reissues an event ID (central/services/identity.py)."""
    events = repo.EVENTS
    out: set[tuple[int, str]] = set()
    for chunk in state.chunks(complaint_ids):
        rows = conn.execute(
            select(events.c.complaint_id, events.c.detail).where(
                events.c.complaint_id.in_(chunk), events.c.kind.in_(tuple(UPDATE_KINDS.values()))
            )
        )
        out.update(
            (int(cid), str((detail or {}).get("cursor")))
            for cid, detail in rows
            if not central or (detail or {}).get("central") in (None, "", central)
        )
    return out


def _statuses(conn: Connection, complaint_ids: Sequence[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for chunk in state.chunks(complaint_ids):
        rows = conn.execute(select(repo.C.id, repo.C.status).where(repo.C.id.in_(chunk)))
        out.update({int(i): str(s) for i, s in rows})
    return out


def _central_time(u: dict[str, Any], now: datetime) -> datetime:
    try:
        at = datetime.fromisoformat(str(u["at"]))
    except (KeyError, ValueError):
        return now
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)
