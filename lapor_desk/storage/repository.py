"""The one write path for complaints, and the queries that read them back.

Every insert and update of a complaint goes through here, inside a transaction
the caller opened with `Database.write()`; the FTS index follows by trigger.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    Table,
    and_,
    func,
    insert,
    literal_column,
    select,
    table,
    text,
    type_coerce,
)

from lapor_desk.domain.complaint import INPUT_FIELDS, Complaint, ComplaintInput, TimelineEvent
from lapor_desk.domain.contact import normalize_phone
from lapor_desk.domain.enums import AgeBand, Channel, Disability, DisabilityType, ReportType, Sex, Status
from lapor_desk.domain.queue import QueueFilter, QueueRow
from lapor_desk.storage.models import ComplaintEventRecord, ComplaintRecord, ReceiptCounter
from lapor_desk.storage.search import fts_query

COMPLAINTS = cast(Table, ComplaintRecord.__table__)
EVENTS = cast(Table, ComplaintEventRecord.__table__)
COUNTERS = cast(Table, ReceiptCounter.__table__)
C = COMPLAINTS.c
FTS = table("complaints_fts")

_ENUM_FIELDS: dict[str, type] = {
    "type": ReportType, "channel": Channel, "sex": Sex, "age_band": AgeBand, "disability": Disability,
}
# The queue reads its columns untyped (no per-value conversion): see QueueRow.
QUEUE_COLUMNS = tuple(
    type_coerce(column, column.type if name in ("id", "title") else String()).label(name)
    for name, column in (
        ("id", C.id), ("receipt_number", C.receipt_number), ("status", C.status), ("type", C.type),
        ("channel", C.channel), ("title", C.title), ("reporter", C.reporter_name),
        ("is_anonymous", C.is_anonymous), ("received_at_text", C.received_at),
        ("location_text", C.location_text),
    )
)


def input_to_row(data: ComplaintInput) -> dict[str, Any]:
    """Column values for a complaint input (normalised; phone in E.164 when valid)."""
    d = data.normalized()
    row: dict[str, Any] = {name: getattr(d, name) for name in INPUT_FIELDS}
    for name in _ENUM_FIELDS:
        row[name] = None if row[name] is None else str(row[name])
    row["disability_types"] = ",".join(sorted(str(t) for t in d.disability_types))
    if d.reporter_phone:
        row["reporter_phone"] = normalize_phone(d.reporter_phone) or d.reporter_phone
    return row


def row_to_complaint(row: Any) -> Complaint:
    m = row._mapping
    values: dict[str, Any] = {name: m[name] for name in INPUT_FIELDS}
    for name, enum in _ENUM_FIELDS.items():
        values[name] = None if values[name] is None else enum(values[name])
    raw_types = m["disability_types"]
    values["disability_types"] = tuple(DisabilityType(t) for t in raw_types.split(",") if t)
    return Complaint(
        **values,
        id=m["id"], client_id=m["client_id"], desk_code=m["desk_code"],
        receipt_number=m["receipt_number"], status=Status(m["status"]), revision=m["revision"],
        created_at=m["created_at"], updated_at=m["updated_at"],
    )


def insert_complaints(conn: Connection, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert complete rows (input columns plus desk columns); ids in the given order."""
    if not rows:
        return []
    result = conn.execute(
        insert(COMPLAINTS).returning(C.id, sort_by_parameter_order=True), list(rows)
    )
    return [r[0] for r in result]


def update_complaint(conn: Connection, complaint_id: int, values: dict[str, Any]) -> None:
    conn.execute(COMPLAINTS.update().where(C.id == complaint_id).values(**values))


def insert_events(conn: Connection, events: Iterable[dict[str, Any]]) -> None:
    batch = list(events)
    if batch:
        conn.execute(insert(EVENTS), batch)


def reserve_receipt_serials(conn: Connection, desk_code: str, day: str, count: int = 1) -> int:
    """Reserve `count` consecutive serials for the desk and day; returns the first.

    One atomic upsert: two writers (processes or threads) never get the same serial.
    """
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        ins: Any = pg_insert(COUNTERS)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        ins = sqlite_insert(COUNTERS)
    stmt = ins.values(desk_code=desk_code, day=day, last_serial=count).on_conflict_do_update(
        index_elements=[COUNTERS.c.desk_code, COUNTERS.c.day],
        set_={"last_serial": COUNTERS.c.last_serial + count},
    ).returning(COUNTERS.c.last_serial)
    last = conn.execute(stmt).scalar_one()
    return int(last) - count + 1


def format_receipt_number(desk_code: str, day: str, serial: int) -> str:
    return f"{desk_code}-{day}-{serial:04d}"


def existing_values(conn: Connection, column_name: str, values: Sequence[str]) -> set[str]:
    """Which of `values` already stand in a unique column (import_key, client_id, receipt)."""
    column = C[column_name]
    found: set[str] = set()
    for start in range(0, len(values), 500):
        chunk = values[start:start + 500]
        found.update(v for v in conn.execute(select(column).where(column.in_(chunk))).scalars() if v)
    return found


# --- reading


def get_complaint(conn: Connection, complaint_id: int) -> Complaint | None:
    row = conn.execute(select(COMPLAINTS).where(C.id == complaint_id)).first()
    if row is None:
        return None
    complaint = row_to_complaint(row)
    events = conn.execute(
        select(EVENTS.c.at, EVENTS.c.kind, EVENTS.c.actor, EVENTS.c.detail)
        .where(EVENTS.c.complaint_id == complaint_id)
        .order_by(EVENTS.c.at, EVENTS.c.id)
    )
    complaint.events = [TimelineEvent(e.at, e.kind, e.actor, dict(e.detail or {})) for e in events]
    return complaint


def queue_page(
    conn: Connection, filt: QueueFilter, *, before_id: int | None = None, limit: int = 200
) -> list[QueueRow]:
    """One page of the queue, newest first, by keyset on the id (never OFFSET)."""
    query = queue_query(filt, before_id, limit, use_fts=conn.dialect.name == "sqlite")
    return [QueueRow._make(r) for r in conn.execute(query)]


def queue_query(
    filt: QueueFilter, before_id: int | None, limit: int, *, use_fts: bool = True
) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = []
    if filt.statuses:
        conditions.append(C.status.in_([str(s) for s in filt.statuses]))
    if filt.type is not None:
        conditions.append(C.type == str(filt.type))
    if filt.channel is not None:
        conditions.append(C.channel == str(filt.channel))
    if filt.received_from is not None:
        conditions.append(C.received_at >= filt.received_from)
    if filt.received_until is not None:
        conditions.append(C.received_at < filt.received_until)
    match = fts_query(filt.text) if filt.text.strip() else None
    if filt.text.strip() and match is None:
        conditions.append(literal_column("0") == 1)  # only punctuation typed: nothing matches
    if match is not None and not use_fts:
        # Databases without FTS5 (PostgreSQL) fall back to a slower substring match.
        for word in match.split(" "):
            pattern = "%" + word.strip('"') + "%"
            conditions.append(
                C.title.ilike(pattern) | C.body.ilike(pattern) | C.location_text.ilike(pattern)
            )
        match = None
    if match is None:
        if before_id is not None:
            conditions.append(C.id < before_id)
        return select(*QUEUE_COLUMNS).where(and_(True, *conditions)).order_by(C.id.desc()).limit(limit)
    # Walk the FTS index newest-first (rowid DESC is its native order) and join each hit.
    rowid: ColumnElement[int] = literal_column("complaints_fts.rowid")
    conditions.append(cast(ColumnElement[bool], text("complaints_fts MATCH :match").bindparams(match=match)))
    if before_id is not None:
        conditions.append(rowid < before_id)
    return (
        select(*QUEUE_COLUMNS)
        .select_from(FTS.join(COMPLAINTS, C.id == rowid))
        .where(and_(*conditions))
        .order_by(rowid.desc())
        .limit(limit)
    )


def count_complaints(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(COMPLAINTS)).scalar_one())
