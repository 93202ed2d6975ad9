"""The confirmed revisions of a batch answer, written to the queue rows and the complaints: one
statement per kind of confirmation, built once and run for the batch's rows (storage.bulk)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, String, bindparam, func, update

from lapor_desk.storage import answer_writes
from lapor_desk.storage.bulk import Many
from lapor_desk.sync.state import ITEMS, SAME_AS_PAYLOAD, S


@dataclass(frozen=True)
class Confirmed:
    """The central took this revision: `full` when it is still the newest local one."""

    complaint_id: int
    sent_revision: int
    tracking_id: int
    server_revision: int
    central_status: str | None
    full: bool
    # The central took the very revision sent: with `full`, the queue row's payload is
    # the content the central now holds (what "discard" restores).
    accepted: bool = False


# A confirmed revision: built once, run for a batch answer's rows (storage.bulk).
_DONE = {
    "state": "synced",
    "attempts": 0,
    "next_attempt_at": None,
    "errors": [],
    "synced_at": bindparam("now", type_=S.synced_at.type),
    "synced_at_server": bindparam("server_now", type_=S.synced_at_server.type),
    "confirmed_by": bindparam("central", type_=S.confirmed_by.type),
}
_SYNCED_AS_SENT = Many(  # the newest revision, taken as sent: the common case
    update(ITEMS)
    .where(S.complaint_id == bindparam("cid"), S.revision == bindparam("rev"))
    .values(
        synced_revision=bindparam("srev"),
        accepted_payload=SAME_AS_PAYLOAD,
        central_status=func.coalesce(bindparam("cst", type_=String), S.central_status),
        **_DONE,
    ),
    ("cid", "rev", "srev", "cst"),
)
_SYNCED_NEWER = Many(  # the newest revision, the central holding a newer one
    update(ITEMS)
    .where(S.complaint_id == bindparam("cid"), S.revision == bindparam("rev"))
    .values(synced_revision=bindparam("srev"), **_DONE),
    ("cid", "rev", "srev"),
)
_CONFIRMED_ONLY = Many(  # an older revision: a newer one waits to be sent
    update(ITEMS)
    .where(S.complaint_id == bindparam("cid"))
    .values(synced_revision=bindparam("srev"), confirmed_by=bindparam("central", type_=S.confirmed_by.type)),
    ("cid", "srev"),
)


def synced_batch(
    conn: Connection, confirmed: Sequence[Confirmed], now: datetime, server_now: datetime, central: str | None = None
) -> None:
    """Record the confirmed revisions of a batch answer, in the caller's write transaction, which also read
    the revisions `full` was decided on. One statement per queue row and one per complaint row,
    so each row is rewritten once, and no larger than it was: in the common case (the newest
    revision, taken as sent) the accepted payload is the row's own payload (SAME_AS_PAYLOAD,
    copied only if an edit replaces it), and the central's status goes in the same statement.
    The newest-revision statements also name the revision sent, so an edit queued meanwhile by
    another connection (an office's counter on PostgreSQL) stays pending. A revision queued
    while this one was on the way (`full` False) stays pending."""
    if not confirmed:
        return
    done = {"now": now, "server_now": server_now, "central": central}
    _SYNCED_AS_SENT.run(
        conn,
        [
            (c.complaint_id, c.sent_revision, c.server_revision, c.central_status)
            for c in confirmed
            if c.full and c.accepted
        ],
        **done,
    )
    _SYNCED_NEWER.run(
        conn,
        [(c.complaint_id, c.sent_revision, c.server_revision) for c in confirmed if c.full and not c.accepted],
        **done,
    )
    _CONFIRMED_ONLY.run(conn, [(c.complaint_id, c.server_revision) for c in confirmed if not c.full], central=central)
    # The tracking ID the central answered is the complaint's (one column); the central's status
    # replaces "recorded" ("recorded" over "recorded" changes nothing). Through the storage layer
    # (storage.answer_writes), which writes complaint rows.
    answer_writes.confirm_tracking(
        conn,
        [
            (c.complaint_id, c.tracking_id, c.central_status if c.central_status != "recorded" else None)
            for c in confirmed
        ],
        replacing="recorded",
    )


def note_central(conn: Connection, accepted: Sequence[dict[str, Any]], central: Sequence[dict[str, Any]]) -> None:
    """Keep the payload the central accepted (`cid`, `acc`) and the status it reported
    (`cid`, `cst`): what a discarded edit restores, and whether the central locked it."""
    if accepted:
        conn.execute(
            update(ITEMS).where(S.complaint_id == bindparam("cid")).values(accepted_payload=bindparam("acc")),
            list(accepted),
        )
    if central:
        conn.execute(
            update(ITEMS).where(S.complaint_id == bindparam("cid")).values(central_status=bindparam("cst")),
            list(central),
        )
