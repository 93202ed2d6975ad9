"""The one way new complaints enter the database: the intake form, import and demo data.

Receipt serials, the first timeline events and the write hooks (sync outbox, audit) are
applied here, inside the caller's write transaction, so no writer can skip a rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from lapor_desk.domain.complaint import INPUT_FIELDS, Complaint
from lapor_desk.domain.enums import EventKind, Status
from lapor_desk.services.hooks import ComplaintChange, WriteHook, run_hooks
from lapor_desk.storage import repository as repo

if TYPE_CHECKING:
    from lapor_desk.audit import Who


@dataclass
class NewComplaint:
    """A complete complaints row (input columns plus client_id, desk_code, status, created_at…)
    and who is named on its timeline. A recorded row without a receipt number gets the next one
    of its desk for `receipt_day` (YYYYMMDD; default: the day it was received)."""

    row: dict[str, Any]
    actor: str
    receipt_day: str | None = None
    # The paper receipt number the row was recorded with (an imported register's; used by
    # the caller in this transaction): the audit hook names it.
    paper_receipt: str = ""
    # Who wrote it, as the audit names it (the importer: the signed-in account or a named
    # tool); None: `actor`, the timeline's name.
    who: Who | None = None
    # A draft's paper receipt number (an imported register's draft row): kept with the draft
    # by the caller, checked and used when the draft is recorded.
    draft_paper: str = ""


def write_new_complaints(
    conn: Connection, items: Sequence[NewComplaint], *, source: str, hooks: Sequence[WriteHook] = ()
) -> list[int]:
    """Insert `items` with their receipts and first events; run `hooks` unless the caller
    runs them itself after adding more to the same change. Returns the new ids in order."""
    if not items:
        return []
    _prepare(conn, items, source)
    ids = repo.insert_complaints(conn, [item.row for item in items])
    repo.insert_events(
        conn, (event for cid, item in zip(ids, items, strict=True) for event in _first_events(cid, item, source))
    )
    run_hooks(
        hooks,
        conn,
        [
            ComplaintChange(
                cid,
                item.row["status"],
                item.row.get("revision", 1),
                True,
                item.row["status"] == str(Status.RECORDED),
                INPUT_FIELDS,
                item.actor,
                item.row["created_at"],
                source=source,
                at_central=bool(item.row.get("tracking_id")),
                paper_receipt=item.paper_receipt,
                who=item.who,
            )
            for cid, item in zip(ids, items, strict=True)
        ],
    )
    return ids


def write_new_complaint(conn: Connection, item: NewComplaint, *, source: str) -> Complaint:
    """One new complaint (the intake form's save) with its receipt and first events, returned
    as stored: the inserts read it back themselves (RETURNING), so a save needs no SELECT after
    them. Attachments are the caller's; the caller runs the hooks."""
    row = item.row
    if conn.dialect.name == "postgresql" and row["status"] == str(Status.RECORDED) and not row.get("receipt_number"):
        # Its receipt serial, the complaint and its first events in one statement (an office's
        # counters: two trips less); the recorded event's receipt is the number the server forms.
        row.setdefault("is_demo", source == "demo")
        day = item.receipt_day or row["received_at"].strftime("%Y%m%d")
        events = _first_events(0, item, source)  # complaint_id: the statement's own; receipt: RECEIPT_DETAIL
        complaint = repo.insert_complaint_with_receipt(conn, row, row["desk_code"], day, events)
        row["receipt_number"] = complaint.receipt_number
        return complaint
    _prepare(conn, [item], source)
    complaint = repo.insert_complaint_returning(conn, row)
    complaint.events = repo.insert_events_returning(conn, _first_events(complaint.id, item, source))
    return complaint


def _prepare(conn: Connection, items: Sequence[NewComplaint], source: str) -> None:
    _assign_receipts(conn, items)
    for item in items:
        item.row.setdefault("is_demo", source == "demo")  # never queued for the central, never "antre kirim"


def _assign_receipts(conn: Connection, items: Sequence[NewComplaint]) -> None:
    wanting: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        row = item.row
        if row["status"] != str(Status.RECORDED) or row.get("receipt_number"):
            continue
        day = item.receipt_day or row["received_at"].strftime("%Y%m%d")
        wanting[(row["desk_code"], day)].append(row)
    firsts = repo.reserve_receipt_serials_many(conn, {key: len(rows) for key, rows in wanting.items()})
    for (desk, day), rows in wanting.items():
        first = firsts[(desk, day)]
        for offset, row in enumerate(rows):
            row["receipt_number"] = repo.format_receipt_number(desk, day, first + offset)


def _first_events(complaint_id: int, item: NewComplaint, source: str) -> list[dict[str, Any]]:
    row = item.row
    at = row["created_at"]

    def event(kind: EventKind, detail: dict[str, Any]) -> dict[str, Any]:
        return {"complaint_id": complaint_id, "at": at, "kind": str(kind), "actor": item.actor, "detail": detail}

    recorded = row["status"] == str(Status.RECORDED)
    if source == "import":
        return [event(EventKind.IMPORTED, {"receipt": row.get("receipt_number")} if recorded else {})]
    created = event(EventKind.CREATED, {"source": source} if source != "intake" else {})
    return [created, event(EventKind.RECORDED, {"receipt": row.get("receipt_number")})] if recorded else [created]
