"""The idempotent batch upsert of desk complaints.

Correct under concurrency without read-then-insert: each item is an INSERT ... ON
CONFLICT (desk_id, client_id) DO NOTHING; when the row exists already it is locked
(SELECT ... FOR UPDATE) and the revision rules decide. Items are applied in client_id
order so that parallel batches take row locks in the same order.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from central.models import Attachment, Complaint, ComplaintAttachment
from central.problems import field_error
from central.services.feed import PendingEvent, record
from central.services.itemcheck import Checked
from lapor_desk.domain.enums import Status

# A desk may still replace these (on_hold: the reporter was asked to complete the report).
EDITABLE = frozenset({Status.UNVERIFIED, Status.ON_HOLD})


def apply_batch(
    session: Session, desk_id: int, checked: list[Checked], now: datetime
) -> list[dict]:
    """Results for the items that passed their checks, keyed back to their batch index."""
    results: list[dict[str, Any]] = []
    pending: list[PendingEvent] = []
    ordered = sorted(
        checked, key=lambda ch: (ch.client_id or "", ch.item.revision if ch.item else 0)
    )
    for ch in ordered:
        try:
            with session.begin_nested():
                results.append(_apply_one(session, desk_id, ch, now, pending))
        except (IntegrityError, DataError) as exc:
            detail = str(exc.orig).splitlines()[0][:200]
            results.append(_rejected(ch, [field_error("", "invalid_value", detail=detail)]))
    record(session, pending)
    _fill_attachment_state(session, results)
    return results


def _apply_one(
    session: Session, desk_id: int, ch: Checked, now: datetime, pending: list[PendingEvent]
) -> dict[str, Any]:
    item = ch.item
    assert item is not None
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    values = {
        **ch.fields,
        "desk_id": desk_id,
        "client_id": ch.client_id,
        "revision": item.revision,
        "payload_hash": item.payload_hash,
        "receipt_number": item.receipt_number,
        "desk_recorded_at": item.desk_recorded_at,
        "status": Status.UNVERIFIED.value,
        "status_reason": "",
        "forwarded_agency": "",
        "created_at": now,
        "updated_at": now,
        "status_changed_at": now,
    }
    stmt = (
        insert(Complaint)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["desk_id", "client_id"])
        .returning(Complaint.tracking_id)
    )
    tracking_id = session.execute(stmt).scalar_one_or_none()
    if tracking_id is not None:
        _store_refs(session, tracking_id, item.attachments)
        return _result(ch, "created", tracking_id, item.revision, Status.UNVERIFIED)
    row = session.execute(
        select(Complaint)
        .where(Complaint.desk_id == desk_id, Complaint.client_id == ch.client_id)
        .with_for_update()
    ).scalar_one()
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
    for name, value in values.items():
        if name not in ("desk_id", "client_id", "created_at", "status", "status_changed_at"):
            setattr(row, name, value)
    if row.status == Status.ON_HOLD:
        row.status, row.status_changed_at, row.status_reason = Status.UNVERIFIED, now, ""
        pending.append(PendingEvent(row, "status", "Laporan dilengkapi oleh meja.", "desk", now))
    session.execute(
        delete(ComplaintAttachment).where(ComplaintAttachment.tracking_id == row.tracking_id)
    )
    _store_refs(session, row.tracking_id, item.attachments)
    session.flush()
    return _result(ch, "updated", row.tracking_id, row.revision, row.status)


def _store_refs(session: Session, tracking_id: int, refs: list[Any]) -> None:
    for ref in refs:
        session.add(
            ComplaintAttachment(
                tracking_id=tracking_id,
                sha256=ref.sha256,
                size=ref.size,
                media_type=ref.media_type,
                filename=ref.filename,
            )
        )
    session.flush()


def _result(
    ch: Checked, status: str, tracking_id: int, revision: int, cstatus: str
) -> dict[str, Any]:
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


def _rejected(
    ch: Checked, errors: list[dict[str, str]], row: Complaint | None = None
) -> dict[str, Any]:
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


def _fill_attachment_state(session: Session, results: list[dict[str, Any]]) -> None:
    ids = [r["tracking_id"] for r in results if r.get("tracking_id") is not None]
    missing: dict[int, list[str]] = {}
    for start in range(0, len(ids), 400):  # keep IN lists within SQLite's variable limit
        missing.update(missing_attachments(session, ids[start : start + 400]))
    for r in results:
        if r.get("tracking_id") is not None:
            r["missing_attachments"] = missing.get(r["tracking_id"], [])
            r["attachments_complete"] = not r["missing_attachments"]
