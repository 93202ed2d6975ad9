"""The idempotent batch upsert of desk complaints.

Correct under concurrency without read-then-insert: new complaints go in with one
multi-row INSERT ... ON CONFLICT (desk_id, client_id) DO NOTHING RETURNING; every item
that did not come back from it (already there, or a second revision in the same batch)
takes the per-item path: the same INSERT for itself, and when the row exists it is
locked (SELECT ... FOR UPDATE) and the revision rules decide. Items are applied in
client_id order so that parallel batches take row locks in the same order.
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, TextClause, delete, select, text
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from central.models import Attachment, Complaint, ComplaintAttachment
from central.problems import field_error
from central.services.complaint_row import COLUMNS, UNVERIFIED, new_row, row_values
from central.services.feed import PendingEvent, record
from central.services.identity import issued_ids
from central.services.itemcheck import Checked, orjson
from central.services.sql import insert_for, sqlite_insert_returning
from lapor_desk.domain.enums import Status

# A desk may still replace these (on_hold: the reporter was asked to complete the report).
EDITABLE = frozenset({Status.UNVERIFIED, Status.ON_HOLD})


class _BulkRefused(Exception):
    """The unguarded bulk insert met a value the database refuses: the transaction is lost."""


def apply_batch(session: Session, desk_id: int, checked: list[Checked], now: datetime) -> list[dict]:
    """Results for the items that passed their checks, keyed back to their batch index.

    On PostgreSQL the bulk insert first runs without a savepoint around it (two round trips
    fewer per batch); in the rare batch where the database refuses one of its values, the
    transaction is rolled back and the batch is applied again with a savepoint around each
    chunk, so that the per-item path finds the odd row and refuses only that item. On SQLite
    the batch's new complaints are first inserted without reading the receipt numbers
    (_insert_optimistic)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    try:
        return _apply(session, desk_id, checked, now, guarded=not postgres, optimistic=not postgres)
    except _BulkRefused:
        session.rollback()
        return _apply(session, desk_id, checked, now, guarded=True)


def _apply(
    session: Session, desk_id: int, checked: list[Checked], now: datetime, *, guarded: bool, optimistic: bool = False
) -> list[dict]:
    results: list[dict[str, Any]] = []
    pending: list[PendingEvent] = []
    created: dict[int, dict[str, Any]] | None = None
    taken: list[tuple[Checked, str]] | None = None
    if not guarded and len(checked) <= _BULK_CHUNK:
        # PostgreSQL, one chunk: the receipt check travels with the insert (one round trip).
        holders, created = _insert_new_checking_receipts(session, desk_id, checked, now)
        taken = _taken(checked, holders)
    elif optimistic and _one_client_per_receipt(checked):
        created = _insert_optimistic(session, desk_id, checked, now)
        if created is not None:
            # Only an item that did not go in may still name a number another complaint holds.
            rest = [ch for ch in checked if id(ch) not in created]
            taken = _receipts_taken(session, desk_id, rest) if rest else []
    if taken is None:
        taken = _receipts_taken(session, desk_id, checked)
    results += [
        _rejected(ch, [field_error("receipt_number", "receipt_number_taken", receipt=receipt)]) for ch, receipt in taken
    ]
    refused = {id(ch) for ch, _r in taken}
    checked = [ch for ch in checked if id(ch) not in refused]
    ordered = sorted(checked, key=lambda ch: (ch.client_id or "", ch.item.revision if ch.item else 0))
    if created is None:
        created = _insert_new(session, desk_id, ordered, now, guarded=guarded)
    existing = _lock_existing(session, desk_id, [ch for ch in ordered if id(ch) not in created])
    for ch in ordered:
        if id(ch) in created:
            results.append(created[id(ch)])
            continue
        row = existing.get(str(ch.client_id))
        if row is not None and (answer := _answer_unchanged(row, ch)) is not None:
            results.append(answer)  # a resend or a refusal writes nothing: no savepoint
            continue
        events: list[PendingEvent] = []  # kept only if the item's savepoint commits
        # A value the database refuses rejects that item alone, for an update as for an insert.
        try:
            with session.begin_nested():
                if row is not None:
                    results.append(_apply_to_existing(session, row, ch, now, events))
                else:
                    results.append(_apply_one(session, desk_id, ch, now, events))
        except (IntegrityError, DataError) as exc:
            detail = str(exc.orig).splitlines()[0][:200]
            results.append(_rejected(ch, [field_error("", "invalid_value", detail=detail)]))
        else:
            pending += events
    record(session, pending)
    if not pending:
        # No event written: the only IDs this transaction takes are the tracking IDs of the
        # complaints it created, so the ID ledger need not read the sequences.
        issued_ids(session, tracking_id=max((r["tracking_id"] for r in results if r["status"] == "created"), default=0))
    by_index = {ch.index: ch for ch in checked}
    # A complaint created just now from an item without attachments lacks no file: no query.
    complete = {
        r["tracking_id"]
        for r in results
        if r["status"] == "created"
        and (found := by_index.get(r["index"])) is not None
        and found.item
        and not found.item.attachments
    }
    _fill_attachment_state(session, results, complete)
    return results


_BULK_CHUNK = 200  # rows per INSERT: within SQLite's bound-variable limit
_TABLE = cast(Table, Complaint.__table__)
_CONFLICT = ("desk_id", "client_id")
_RETURNING = ("tracking_id", "client_id")


def _receipts_taken(session: Session, desk_id: int, checked: list[Checked]) -> list[tuple[Checked, str]]:
    """Items whose receipt number another complaint of the desk holds (or an earlier item of
    this batch takes): refused one by one, never the batch. Two PCs on one desk code hand out
    the same numbers; the citizen's paper must name one complaint. (The unique index on
    (desk_id, receipt_number) is the backstop for two batches at the same moment.)"""
    receipts = sorted({ch.item.receipt_number for ch in checked if ch.item is not None})
    holder: dict[str, str] = {}
    for start in range(0, len(receipts), 400):
        rows = session.execute(
            select(Complaint.receipt_number, Complaint.client_id).where(
                Complaint.desk_id == desk_id, Complaint.receipt_number.in_(receipts[start : start + 400])
            )
        )
        holder.update({r: c for r, c in rows})
    return _taken(checked, holder)


def _taken(checked: list[Checked], holder: dict[str, str]) -> list[tuple[Checked, str]]:
    """The items refused for their receipt number, given who holds which number in the
    database (`holder`): the holder keeps it, else the batch's first item that names it."""
    holder = dict(holder)
    out: list[tuple[Checked, str]] = []
    for ch in sorted(checked, key=lambda c: c.index):
        if ch.item is None:
            continue
        receipt = ch.item.receipt_number
        owner = holder.setdefault(receipt, str(ch.client_id))
        if owner != str(ch.client_id):
            out.append((ch, receipt))
    return out


def _one_client_per_receipt(checked: list[Checked]) -> bool:
    """No two complaints of the batch (two client_ids) name one receipt number."""
    receipts = {ch.item.receipt_number for ch in checked if ch.item is not None}
    return len(receipts) == len({(ch.item.receipt_number, ch.client_id) for ch in checked if ch.item is not None})


def _insert_optimistic(
    session: Session, desk_id: int, checked: list[Checked], now: datetime
) -> dict[int, dict[str, Any]] | None:
    """SQLite: insert the batch's new complaints without first reading which of its receipt
    numbers the desk's complaints hold; None, with nothing written, when the database refuses
    a row, and the batch is then applied the careful way.

    The answers and rows are those of the careful way. No two of the batch's complaints name
    one number (_one_client_per_receipt), so what the careful way refuses for its number is
    an item whose number another complaint already holds: a new complaint naming it breaks
    the unique index on (desk_id, receipt_number), which refuses the statement; an item of a
    complaint that exists is not inserted whatever its number (SQLite checks an upsert's
    conflict target first, so ON CONFLICT (desk_id, client_id) DO NOTHING skips it) and the
    caller reads the numbers of those items alone."""
    ordered = sorted(checked, key=lambda ch: (ch.client_id or "", ch.item.revision if ch.item else 0))
    try:
        with session.begin_nested():
            return _insert_new(session, desk_id, ordered, now, guarded=False)
    except _BulkRefused:
        return None


def _insert_new(
    session: Session, desk_id: int, ordered: list[Checked], now: datetime, *, guarded: bool
) -> dict[int, dict[str, Any]]:
    """Insert the first item of each client_id in bulk; results of those that were new."""
    firsts: dict[str, Checked] = {}
    for ch in ordered:
        firsts.setdefault(str(ch.client_id), ch)
    candidates = list(firsts.values())
    postgres = session.get_bind().dialect.name == "postgresql"
    done: dict[int, dict[str, Any]] = {}
    for start in range(0, len(candidates), _BULK_CHUNK):
        chunk = candidates[start : start + _BULK_CHUNK]
        try:
            with session.begin_nested() if guarded else contextlib.nullcontext():
                rows: Iterable[Any]
                if postgres:
                    values = [row_values(ch, desk_id, now) for ch in chunk]
                    rows = session.connection().execute(_pg_bulk_insert(tuple(values[0])), {"rows": _json_rows(values)})
                else:
                    new_rows = [new_row(ch, desk_id, now) for ch in chunk]
                    rows = sqlite_insert_returning(session, _TABLE, COLUMNS, new_rows, _CONFLICT, _RETURNING)
                new = {cid: tid for tid, cid in rows}
        except (IntegrityError, DataError) as exc:
            if not guarded:
                raise _BulkRefused from exc
            continue  # one odd row: let the per-item path find it and reject only that one
        done.update(_created(session, firsts, new))
    return done


def _insert_new_checking_receipts(
    session: Session, desk_id: int, checked: list[Checked], now: datetime
) -> tuple[dict[str, str], dict[int, dict[str, Any]]]:
    """PostgreSQL, a batch of at most one chunk, no savepoint: one statement reads which of
    the batch's receipt numbers complaints of the desk hold and inserts the first item of each
    client_id whose number nobody holds and no earlier item of the batch names for another
    client. Returns (receipt -> holding client_id, as read before the insert; the created
    results). A number taken by a transaction that commits meanwhile fails the insert (the
    unique index): _BulkRefused, and the batch is applied again the careful way."""
    in_batch = _taken(checked, {})
    refused = {id(ch) for ch, _r in in_batch}
    firsts: dict[str, Checked] = {}
    for ch in sorted(checked, key=lambda ch: (ch.client_id or "", ch.item.revision if ch.item else 0)):
        if id(ch) not in refused:
            firsts.setdefault(str(ch.client_id), ch)
    candidates = list(firsts.values())
    receipts = sorted({ch.item.receipt_number for ch in checked if ch.item is not None})
    if not candidates:
        return {}, {}
    values = [row_values(ch, desk_id, now) for ch in candidates]
    try:
        rows = session.connection().execute(
            _pg_checked_insert(tuple(values[0])),
            {"rows": _json_rows(values), "desk_id": desk_id, "receipts": receipts},
        )
        held: dict[str, str] = {}
        new: dict[str, int] = {}
        for tracking_id, client_id, receipt in rows:
            if tracking_id is None:
                held[receipt] = client_id
            else:
                new[client_id] = tracking_id
    except (IntegrityError, DataError) as exc:
        raise _BulkRefused from exc
    return held, _created(session, firsts, new)


@functools.cache
def _pg_checked_insert(columns: tuple[str, ...]) -> TextClause:
    names = ", ".join(f'"{c}"' for c in columns)
    return text(
        "WITH held AS (SELECT receipt_number, client_id FROM complaints "
        "WHERE desk_id = :desk_id AND receipt_number = ANY(CAST(:receipts AS text[]))), "
        f"ins AS (INSERT INTO complaints ({names}) SELECT {names} "  # noqa: S608 - column names from the model
        "FROM json_populate_recordset(NULL::complaints, CAST(:rows AS json)) AS r "
        "WHERE NOT EXISTS (SELECT 1 FROM held WHERE held.receipt_number = r.receipt_number) "
        "ON CONFLICT (desk_id, client_id) DO NOTHING RETURNING tracking_id, client_id) "
        "SELECT NULL::integer, client_id, receipt_number FROM held "
        "UNION ALL SELECT tracking_id, client_id, NULL FROM ins"
    )


def _created(session: Session, firsts: dict[str, Checked], new: dict[str, int]) -> dict[int, dict[str, Any]]:
    """The results of the items inserted just now (client_id -> tracking_id in `new`; the
    item of each client_id in `firsts`), their attachment links written in one statement."""
    done: dict[int, dict[str, Any]] = {}
    refs = []
    for client_id, tracking_id in new.items():
        ch = firsts[client_id]
        item = ch.item
        assert item is not None
        if item.attachments:
            refs += [_ref_row(tracking_id, ref) for ref in item.attachments]
        done[id(ch)] = _result(ch, "created", tracking_id, item.revision, UNVERIFIED)
    if refs:
        session.execute(insert_for(session, ComplaintAttachment), refs)
    return done


@functools.cache
def _pg_bulk_insert(columns: tuple[str, ...]) -> TextClause:
    """One statement for the whole chunk on PostgreSQL: the rows travel as one JSON document
    that the server turns into complaint records. The text never changes with the batch
    size, so psycopg keeps it parsed and PostgreSQL prepared (a multi-row VALUES list of
    50 columns per row is a new 1,000-parameter statement each time, parsed in Python)."""
    names = ", ".join(f'"{c}"' for c in columns)
    return text(
        f"INSERT INTO complaints ({names}) SELECT {names} "  # noqa: S608 - column names from the model
        "FROM json_populate_recordset(NULL::complaints, CAST(:rows AS json)) "
        "ON CONFLICT (desk_id, client_id) DO NOTHING RETURNING tracking_id, client_id"
    )


def _json_rows(values: list[dict[str, Any]]) -> str:
    # orjson writes datetimes and dates in ISO 8601 itself (what PostgreSQL reads back), about
    # ten times faster than json.dumps with a default() per datetime.
    if orjson is None:
        return json.dumps(values, default=_iso, ensure_ascii=False, separators=(",", ":"))
    return orjson.dumps(values).decode()


def _iso(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def _ref_row(tracking_id: int, ref: Any) -> dict[str, Any]:
    return {
        "tracking_id": tracking_id,
        "sha256": ref.sha256,
        "size": ref.size,
        "media_type": ref.media_type,
        "filename": ref.filename,
    }


def _apply_one(
    session: Session, desk_id: int, ch: Checked, now: datetime, pending: list[PendingEvent]
) -> dict[str, Any]:
    item = ch.item
    assert item is not None
    values = row_values(ch, desk_id, now)
    stmt = (
        insert_for(session, Complaint)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["desk_id", "client_id"])
        .returning(Complaint.tracking_id)
    )
    tracking_id = session.execute(stmt).scalar_one_or_none()
    if tracking_id is not None:
        _store_refs(session, tracking_id, item.attachments)
        return _result(ch, "created", tracking_id, item.revision, Status.UNVERIFIED)
    row = session.execute(
        select(Complaint).where(Complaint.desk_id == desk_id, Complaint.client_id == ch.client_id).with_for_update()
    ).scalar_one()
    return _apply_to_existing(session, row, ch, now, pending)


def _lock_existing(session: Session, desk_id: int, rest: list[Checked]) -> dict[str, Complaint]:
    """Lock, in client_id order, the rows the items not inserted just now refer to."""
    ids = sorted({str(ch.client_id) for ch in rest})
    found: dict[str, Complaint] = {}
    for start in range(0, len(ids), 400):
        rows = session.scalars(
            select(Complaint)
            .where(Complaint.desk_id == desk_id, Complaint.client_id.in_(ids[start : start + 400]))
            .order_by(Complaint.client_id)
            .with_for_update()
        )
        found.update({row.client_id: row for row in rows})
    return found


def _apply_to_existing(
    session: Session, row: Complaint, ch: Checked, now: datetime, pending: list[PendingEvent]
) -> dict[str, Any]:
    """The revision rules, on a row this transaction has locked."""
    answer = _answer_unchanged(row, ch)
    if answer is not None:
        return answer
    item = ch.item
    assert item is not None
    values = row_values(ch, row.desk_id, now)
    for name, value in values.items():
        if name not in ("desk_id", "client_id", "created_at", "status", "status_changed_at"):
            setattr(row, name, value)
    if row.status == Status.ON_HOLD:
        row.status, row.status_changed_at, row.status_reason = Status.UNVERIFIED, now, ""
        pending.append(PendingEvent(row, "status", "Laporan dilengkapi oleh meja.", "desk", now))
    session.execute(delete(ComplaintAttachment).where(ComplaintAttachment.tracking_id == row.tracking_id))
    _store_refs(session, row.tracking_id, item.attachments)
    session.flush()
    return _result(ch, "updated", row.tracking_id, row.revision, row.status)


def _answer_unchanged(row: Complaint, ch: Checked) -> dict[str, Any] | None:
    """The answer for an item that leaves the row as it is (a resend, a stale or refused
    revision); None when the item replaces the row."""
    item = ch.item
    assert item is not None
    if item.revision == row.revision:
        if item.payload_hash != row.payload_hash:
            err = field_error("revision", "revision_conflict", revision=row.revision)
            return _rejected(ch, [err], row)
        return _result(ch, "duplicate", row.tracking_id, row.revision, row.status)
    if item.revision < row.revision:
        # A stale resend: ignored, the current state answers it.
        return _result(ch, "duplicate", row.tracking_id, row.revision, row.status)
    if row.status not in EDITABLE:
        return _rejected(ch, [field_error("revision", "locked_status", status=row.status)], row)
    return None


def _store_refs(session: Session, tracking_id: int, refs: list[Any]) -> None:
    if refs:
        session.execute(insert_for(session, ComplaintAttachment), [_ref_row(tracking_id, r) for r in refs])


def _result(ch: Checked, status: str, tracking_id: int, revision: int, cstatus: str) -> dict[str, Any]:
    return {
        "index": ch.index,
        "client_id": ch.client_id,
        "status": status,
        "tracking_id": tracking_id,
        "revision": revision,
        "complaint_status": str(cstatus),
        "errors": [],
        "warnings": ch.warnings,
    }


def _rejected(ch: Checked, errors: list[dict[str, str]], row: Complaint | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "index": ch.index,
        "client_id": ch.client_id,
        "status": "rejected",
        "errors": errors,
        "warnings": ch.warnings,
    }
    if row is not None:
        out.update(tracking_id=row.tracking_id, revision=row.revision, complaint_status=row.status)
    return out


def missing_attachments(session: Session, tracking_ids: list[int]) -> dict[int, list[str]]:
    """For each complaint, the referenced SHA-256s whose bytes have not arrived."""
    if not tracking_ids:
        return {}
    rows = session.execute(
        select(ComplaintAttachment.tracking_id, ComplaintAttachment.sha256)
        .outerjoin(Attachment, Attachment.sha256 == ComplaintAttachment.sha256)
        .where(ComplaintAttachment.tracking_id.in_(tracking_ids), Attachment.sha256.is_(None))
        .order_by(ComplaintAttachment.sha256)
    ).all()
    out: dict[int, list[str]] = {tid: [] for tid in tracking_ids}
    for tid, sha in rows:
        out[tid].append(sha)
    return out


def _fill_attachment_state(session: Session, results: list[dict[str, Any]], complete: set[int]) -> None:
    ids = [r["tracking_id"] for r in results if r.get("tracking_id") is not None and r["tracking_id"] not in complete]
    missing: dict[int, list[str]] = {}
    for start in range(0, len(ids), 400):  # keep IN lists within SQLite's variable limit
        missing.update(missing_attachments(session, ids[start : start + 400]))
    for r in results:
        if r.get("tracking_id") is not None:
            r["missing_attachments"] = missing.get(r["tracking_id"], [])
            r["attachments_complete"] = not r["missing_attachments"]
