"""What a batch answer writes to the complaints' own tables, for many complaints at once: the
tracking IDs the central gave (with its first status) and the "synced" timeline events. Each
is one statement built once and run for the batch's rows (storage.bulk): the sync push's
engine thread writes these for every answer, while the next batch is on the wire."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, String, bindparam, case, insert

from lapor_desk.storage.bulk import Many
from lapor_desk.storage.repository import COMPLAINTS, EVENTS, C

# A batch answer's tracking IDs: built once, run for the batch's rows (storage.bulk).
_TRACKING = Many(
    COMPLAINTS.update().where(C.id == bindparam("cid")).values(tracking_id=bindparam("tid")), ("cid", "tid")
)
_TRACKING_STATUS = Many(
    COMPLAINTS.update()
    .where(C.id == bindparam("cid"))
    .values(
        tracking_id=bindparam("tid"),
        status=case((C.status == bindparam("replacing", type_=String), bindparam("st", type_=String)), else_=C.status),
    ),
    ("cid", "tid", "st"),
)


def confirm_tracking(conn: Connection, rows: Sequence[tuple[int, int, str | None]], *, replacing: str) -> None:
    """A batch answer's tracking IDs (complaint id, tracking ID, the central's status or None),
    with the status over `replacing` only (a complaint in another status, a draft included,
    keeps it): one statement per complaint row, so each row is rewritten once (the sync push)."""
    _TRACKING.run(conn, [(cid, str(tid)) for cid, tid, status in rows if status is None])
    _TRACKING_STATUS.run(
        conn, [(cid, str(tid), status) for cid, tid, status in rows if status is not None], replacing=replacing
    )


_EVENTS_OF_KIND = Many(
    insert(EVENTS).values(
        complaint_id=bindparam("cid"),
        at=bindparam("ev_at", type_=EVENTS.c.at.type),
        kind=bindparam("ev_kind", type_=String),
        actor=bindparam("ev_actor", type_=String),
        detail=bindparam("detail", type_=EVENTS.c.detail.type),
    ),
    ("cid", "detail"),
)


def insert_events_of_kind(
    conn: Connection, kind: str, actor: str, at: datetime, details: Iterable[tuple[int, dict[str, Any]]]
) -> None:
    """Events of one kind by one actor at one time, (complaint id, detail) each: a batch answer's
    "synced" events, one statement built once (storage.bulk)."""
    json_of = _EVENTS_OF_KIND.processed(conn, "detail")
    _EVENTS_OF_KIND.run(
        conn, [(cid, json_of(detail)) for cid, detail in details], ev_at=at, ev_kind=kind, ev_actor=actor
    )
