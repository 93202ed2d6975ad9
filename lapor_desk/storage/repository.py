"""The one write path for complaints, and the queries that read them back (the queue's own
page and count are in queue_query.py).

Every insert and update of a complaint goes through here, inside a transaction
the caller opened with `Database.write()`; the FTS index follows by trigger.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    bindparam,
    func,
    insert,
    literal_column,
    or_,
    select,
    table,
    text,
)

from lapor_desk.domain.complaint import (
    FIELDS,
    INPUT_FIELDS,
    Attachment,
    Complaint,
    ComplaintInput,
    DuplicateCandidate,
    TimelineEvent,
)
from lapor_desk.domain.contact import normalize_phone
from lapor_desk.domain.enums import Status
from lapor_desk.domain.fields import Kind
from lapor_desk.domain.queue import QueueFilter as QueueFilter  # re-exported for callers of queue_page
from lapor_desk.domain.queue import QueueRow
from lapor_desk.domain.search_key import search_key
from lapor_desk.storage.intake_insert import insert_complaint_with_receipt as insert_complaint_with_receipt  # repo.*
from lapor_desk.storage.models import AttachmentRecord, ComplaintEventRecord, ComplaintRecord, ReceiptCounter
from lapor_desk.storage.paper_tables import draft_paper_of
from lapor_desk.storage.queue_query import QUEUE_COLUMNS, number_conditions
from lapor_desk.storage.queue_query import queue_count as queue_count  # re-exported: callers use repo.*
from lapor_desk.storage.queue_query import queue_page as queue_page
from lapor_desk.storage.receipt_format import format_receipt_number as format_receipt_number  # callers use repo.*
from lapor_desk.storage.search import words

COMPLAINTS = cast(Table, ComplaintRecord.__table__)
EVENTS = cast(Table, ComplaintEventRecord.__table__)
COUNTERS = cast(Table, ReceiptCounter.__table__)
ATTACHMENTS = cast(Table, AttachmentRecord.__table__)
C = COMPLAINTS.c
FTS = table("complaints_fts")
QUEUE_KEY_SECOND = 100_000_000  # queue_key = received second * this + id mod this (migration 0010)

_ENUM_FIELDS: dict[str, type] = {spec.name: spec.enum for spec in FIELDS if spec.kind is Kind.ENUM and spec.enum}
_ENUM_SET_FIELDS: dict[str, type] = {s.name: s.enum for s in FIELDS if s.kind is Kind.ENUM_SET and s.enum}  # "a,b"


def input_to_row(data: ComplaintInput, *, normalized: bool = False) -> dict[str, Any]:
    """Column values for a complaint input (normalised; phone in E.164 when valid).
    `normalized`: `data` is already `normalized()` (the caller validated that form)."""
    d = data if normalized else data.normalized()
    row: dict[str, Any] = {name: getattr(d, name) for name in INPUT_FIELDS}
    for name in _ENUM_FIELDS:
        row[name] = None if row[name] is None else str(row[name])
    for name in _ENUM_SET_FIELDS:
        row[name] = ",".join(sorted(str(t) for t in row[name]))
    if d.reporter_phone:
        row["reporter_phone"] = normalize_phone(d.reporter_phone) or d.reporter_phone
    return row


def row_to_complaint(row: Any) -> Complaint:
    m = row._mapping
    values: dict[str, Any] = {name: m[name] for name in INPUT_FIELDS}
    for name, enum in _ENUM_FIELDS.items():
        values[name] = None if values[name] is None else enum(values[name])
    for name, enum in _ENUM_SET_FIELDS.items():
        values[name] = tuple(enum(t) for t in values[name].split(",") if t)
    return Complaint(
        **values,
        id=m["id"],
        client_id=m["client_id"],
        desk_code=m["desk_code"],
        receipt_number=m["receipt_number"],
        status=Status(m["status"]),
        revision=m["revision"],
        created_at=m["created_at"],
        updated_at=m["updated_at"],
        duplicate_of_id=m["duplicate_of_id"],
        tracking_id=m["tracking_id"],
        is_demo=bool(m.get("is_demo", False)),
    )


def insert_complaints(conn: Connection, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert complete rows (input columns plus desk columns); ids in the given order."""
    if not rows:
        return []
    result = conn.execute(insert(COMPLAINTS).returning(C.id, sort_by_parameter_order=True), list(rows))
    return [r[0] for r in result]


def insert_complaint_returning(conn: Connection, row: dict[str, Any]) -> Complaint:
    """Insert one complete row; the complaint as stored (defaults included), read back by the
    insert itself (RETURNING) instead of a SELECT after it: one round trip, not two."""
    return row_to_complaint(conn.execute(insert(COMPLAINTS).returning(*COMPLAINTS.c), row).one())


def insert_events_returning(conn: Connection, events: Sequence[dict[str, Any]]) -> list[TimelineEvent]:
    """Insert timeline events; they come back as get_complaint reads them (same order)."""
    if not events:
        return []
    columns = (EVENTS.c.at, EVENTS.c.kind, EVENTS.c.actor, EVENTS.c.detail)
    rows = conn.execute(insert(EVENTS).returning(*columns, sort_by_parameter_order=True), list(events))
    return [TimelineEvent(e.at, e.kind, e.actor, dict(e.detail or {})) for e in rows]


def update_complaint(conn: Connection, complaint_id: int, values: dict[str, Any]) -> None:
    conn.execute(COMPLAINTS.update().where(C.id == complaint_id).values(**values))


# --- what the central decides about a complaint (the sync writes these, in its own transaction)


def tracking_number(stored: str | None) -> int | None:
    """The tracking ID as the central numbers it (the column keeps its digits as text)."""
    return int(stored) if stored else None


def set_tracking_ids(conn: Connection, tracking: Mapping[int, int | None], *, only_unset: bool = False) -> None:
    """The LAPOR! tracking IDs the central gave (complaint id -> tracking ID; None drops one the
    central no longer knows). `only_unset`: keep a tracking ID the complaint already has."""
    if not tracking:
        return
    statement = COMPLAINTS.update().where(C.id == bindparam("cid"))
    if only_unset:
        statement = statement.where(C.tracking_id.is_(None))
    conn.execute(
        statement.values(tracking_id=bindparam("tid")),
        [{"cid": cid, "tid": None if tid is None else str(tid)} for cid, tid in tracking.items()],
    )


def set_central_status(
    conn: Connection, complaint_ids: Sequence[int], status: str, *, replacing: str | None = None
) -> None:
    """The status the central reports. A draft keeps its status (the central cannot have it);
    `replacing` changes only complaints still in that status (e.g. "recorded")."""
    for start in range(0, len(complaint_ids), 500):
        chunk = complaint_ids[start : start + 500]
        where = [C.id.in_(chunk), C.status != str(Status.DRAFT)]
        if replacing is not None:
            where.append(C.status == replacing)
        conn.execute(COMPLAINTS.update().where(*where).values(status=status))


def clear_fields(conn: Connection, complaint_ids: Sequence[int], fields: Iterable[str]) -> None:
    """Empty these text fields of these complaints (the retention purge of personal data)."""
    blank = {name: "" for name in fields}
    for start in range(0, len(complaint_ids), 500):
        conn.execute(COMPLAINTS.update().where(C.id.in_(complaint_ids[start : start + 500])).values(**blank))


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
    stmt = (
        ins.values(desk_code=desk_code, day=day, last_serial=count)
        .on_conflict_do_update(
            index_elements=[COUNTERS.c.desk_code, COUNTERS.c.day],
            set_={"last_serial": COUNTERS.c.last_serial + count},
        )
        .returning(COUNTERS.c.last_serial)
    )
    last = conn.execute(stmt).scalar_one()
    return int(last) - count + 1


def reserve_receipt_serials_many(conn: Connection, wanted: Mapping[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    """`reserve_receipt_serials` for several (desk, day) pairs at once: {(desk, day): count}
    -> {(desk, day): first serial}. One multi-row upsert instead of one statement per day
    (an import's chunk spans many received days)."""
    if not wanted:
        return {}
    ins: Any
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as ins
    else:
        from sqlalchemy.dialects.sqlite import insert as ins
    statement = ins(COUNTERS).values(
        [{"desk_code": desk, "day": day, "last_serial": count} for (desk, day), count in wanted.items()]
    )
    statement = statement.on_conflict_do_update(
        index_elements=[COUNTERS.c.desk_code, COUNTERS.c.day],
        set_={"last_serial": COUNTERS.c.last_serial + statement.excluded.last_serial},
    ).returning(COUNTERS.c.desk_code, COUNTERS.c.day, COUNTERS.c.last_serial)
    firsts = {
        (r.desk_code, r.day): int(r.last_serial) - wanted[(r.desk_code, r.day)] + 1 for r in conn.execute(statement)
    }
    assert len(firsts) == len(wanted)
    return firsts


def existing_values(conn: Connection, column_name: str, values: Sequence[str]) -> set[str]:
    """Which of `values` already stand in a unique column (import_key, client_id, receipt)."""
    column = C[column_name]
    found: set[str] = set()
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
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
    complaint.attachments = attachments_of(conn, complaint_id)
    if complaint.status is Status.DRAFT:
        complaint.paper_receipt = draft_paper_of(conn, complaint_id)
    return complaint


def attachments_of(conn: Connection, complaint_id: int) -> list[Attachment]:
    rows = conn.execute(
        select(ATTACHMENTS.c.sha256, ATTACHMENTS.c.filename, ATTACHMENTS.c.media_type, ATTACHMENTS.c.size)
        .where(ATTACHMENTS.c.complaint_id == complaint_id)
        .order_by(ATTACHMENTS.c.id)
    )
    return [Attachment(r.sha256, r.filename, r.media_type, r.size) for r in rows]


def replace_attachments(conn: Connection, complaint_id: int, wanted: Sequence[Attachment], now: Any) -> bool:
    """Make the complaint's attachments exactly `wanted`; True if anything changed."""
    current = {a.sha256: a for a in attachments_of(conn, complaint_id)}
    target = {a.sha256: a for a in wanted}
    gone = current.keys() - target.keys()
    new = [a for sha, a in target.items() if sha not in current]
    if gone:
        conn.execute(
            ATTACHMENTS.delete().where((ATTACHMENTS.c.complaint_id == complaint_id) & ATTACHMENTS.c.sha256.in_(gone))
        )
    add_attachments(conn, complaint_id, new, now)
    return bool(gone or new)


def add_attachments(conn: Connection, complaint_id: int, new: Sequence[Attachment], now: Any) -> None:
    """Attach files the complaint does not have yet (a new complaint's: nothing to read first)."""
    if new:
        conn.execute(
            insert(ATTACHMENTS),
            [
                {
                    "complaint_id": complaint_id,
                    "sha256": a.sha256,
                    "filename": a.filename,
                    "media_type": a.media_type,
                    "size": a.size,
                    "added_at": now,
                }
                for a in new
            ],
        )


def count_complaints(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(COMPLAINTS)).scalar_one())


# --- the front desk: duplicates and returning citizens

_STOPWORDS = frozenset(
    {
        "di",
        "ke",
        "dari",
        "dan",
        "yang",
        "untuk",
        "tidak",
        "ada",
        "dengan",
        "pada",
        "ini",
        "itu",
        "sudah",
        "belum",
        "kami",
        "saya",
        "warga",
        "atas",
        "dalam",
        "oleh",
        "karena",
        "agar",
        "juga",
        "akan",
        "bisa",
        "masih",
        "sejak",
        "lama",
        "mohon",
        "tolong",
    }
)


def significant_words(text: str) -> list[str]:
    """Words of a title worth comparing: letters and digits, 3+ characters, not filler."""
    seen: list[str] = []
    for w in words(text.lower()):
        if len(w) >= 3 and w not in _STOPWORDS and w not in seen:
            seen.append(w)
    return seen[:12]


def find_duplicates(
    conn: Connection,
    *,
    nik: str,
    phone: str,
    title: str,
    since: Any,
    exclude_id: int | None,
    limit: int = 5,
) -> list[DuplicateCandidate]:
    """Earlier complaints that look like this one: the same NIK or phone since `since`, or a
    title sharing at least two significant words (through the FTS index, recent ones only)."""
    found: dict[int, DuplicateCandidate] = {}
    cols = (C.id, C.receipt_number, C.title, C.received_at)

    def add(rows: Any, reason: str) -> None:
        for r in rows:
            if r.id != exclude_id and r.id not in found:
                found[r.id] = DuplicateCandidate(r.id, r.receipt_number, r.title, r.received_at, reason)

    if nik:
        add(
            conn.execute(
                select(*cols)
                .where(C.reporter_nik == nik, C.received_at >= since)
                .order_by(C.received_at.desc())
                .limit(limit)
            ),
            "nik",
        )
    if phone:
        add(
            conn.execute(
                select(*cols)
                .where(C.reporter_phone == phone, C.received_at >= since)
                .order_by(C.received_at.desc())
                .limit(limit)
            ),
            "phone",
        )
    wanted = significant_words(title)
    if len(wanted) >= 2 and conn.dialect.name == "sqlite":
        # The word index's rowid is the queue key (received second * 10^8 + id), so "received
        # since" is a rowid range: no scan of the complaints for it.
        first_key = int(since.timestamp()) * QUEUE_KEY_SECOND
        match = "title : (" + " OR ".join(f'"{w}"' for w in wanted) + ")"
        rowid: ColumnElement[int] = literal_column("complaints_fts.rowid")
        rows = conn.execute(
            select(*cols)
            .select_from(FTS.join(COMPLAINTS, C.queue_key == rowid))
            .where(text("complaints_fts MATCH :m").bindparams(m=match), rowid >= first_key)
            .order_by(text("bm25(complaints_fts, 10.0, 1.0, 0.5, 0.0)"))
            .limit(limit * 4)
        )
        close = [r for r in rows if len(set(significant_words(r.title)) & set(wanted)) >= 2]
        add(close[:limit], "text")
    elif len(wanted) >= 2:
        # PostgreSQL: the recent window by its received_at index, titles matched word by word.
        recent = (
            select(*cols)
            .where(C.received_at >= since, or_(*(C.title.ilike(f"%{w}%") for w in wanted)))
            .order_by(C.received_at.desc())
            .limit(limit * 40)
        )
        close = [r for r in conn.execute(recent) if len(set(significant_words(r.title)) & set(wanted)) >= 2]
        add(close[:limit], "text")
    return list(found.values())[: limit * 2]


def lookup(conn: Connection, key: str, limit: int = 50) -> list[QueueRow]:
    """Complaints of a returning citizen by receipt number, tracking ID, NIK or phone."""
    conditions = number_conditions(search_key(key))
    if not conditions:
        return []
    query = select(*QUEUE_COLUMNS).where(or_(*conditions)).order_by(C.queue_key.desc()).limit(limit)
    return [QueueRow(*r) for r in conn.execute(query)]
