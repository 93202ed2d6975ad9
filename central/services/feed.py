"""Complaint events: recording them in commit order, and the desk's updates feed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from central.models import Complaint, Event

# Any constant works; it names the lock that orders event inserts on PostgreSQL.
_EVENT_LOCK_KEY = 7_270_001


@dataclass(frozen=True)
class PendingEvent:
    complaint: Complaint
    kind: str  # status | follow_up | note
    text: str
    actor: str
    at: datetime
    agency: str = ""


def record(session: Session, events: list[PendingEvent]) -> None:
    """Insert events so that their ids (the feed cursor) become visible in id order.

    Sequence values are handed out at insert time but seen at commit, so two writers
    could commit ids 11 then 10 and a desk reading in between would skip 10 for good.
    On PostgreSQL a transaction-scoped advisory lock makes event writers take ids and
    commit one after another; SQLite writers are serial already. Callers record events
    last in their transaction, after taking their row locks, so this lock never sits
    inside a row-lock cycle.
    """
    if not events:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _EVENT_LOCK_KEY})
    for e in events:
        session.add(
            Event(
                desk_id=e.complaint.desk_id,
                tracking_id=e.complaint.tracking_id,
                kind=e.kind,
                status=e.complaint.status,
                text=e.text,
                agency=e.agency,
                actor=e.actor,
                at=e.at,
            )
        )
    session.flush()


def as_update(event: Event, client_id: str) -> dict[str, object]:
    return {
        "cursor": str(event.id),
        "tracking_id": event.tracking_id,
        "client_id": client_id,
        "kind": event.kind,
        "status": event.status,
        "text": event.text,
        "agency": event.agency,
        "at": event.at,
    }


def updates(session: Session, desk_id: int, after: int, limit: int) -> dict[str, object]:
    rows = session.execute(
        select(Event, Complaint.client_id)
        .join(Complaint, Complaint.tracking_id == Event.tracking_id)
        .where(Event.desk_id == desk_id, Event.id > after)
        .order_by(Event.id)
        .limit(limit + 1)
    ).all()
    items = [as_update(ev, cid) for ev, cid in rows[:limit]]
    next_cursor = items[-1]["cursor"] if items else str(after)
    return {"items": items, "next_cursor": next_cursor, "has_more": len(rows) > limit}


def events_of(session: Session, tracking_id: int, client_id: str) -> list[dict[str, object]]:
    rows = session.scalars(select(Event).where(Event.tracking_id == tracking_id).order_by(Event.id))
    return [as_update(ev, client_id) for ev in rows]
