"""Reading complaints: the admin's filtered list and detail, a desk's own status, replies."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from sqlalchemy import Select, literal_column, select, text
from sqlalchemy.orm import Session

from central.db import CentralDatabase
from central.models import LIST_COLUMNS, Complaint, ComplaintAttachment, Desk, Reply
from central.problems import Problem
from central.services import search
from central.services.feed import events_of
from central.services.intake import missing_attachments
from central.services.sql import insert_for
from lapor_desk.domain.complaint import INPUT_FIELDS


@dataclasses.dataclass(frozen=True)
class ComplaintFilter:
    status: str | None = None
    desk: str | None = None
    category_id: str | None = None
    regency_code: str | None = None
    agency: str | None = None
    q: str | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None


def summary(row: Any, desk_code: str) -> dict[str, Any]:
    """A list row from a Complaint, or from a row of tracking_id and LIST_COLUMNS."""
    return {
        "tracking_id": row.tracking_id,
        "desk": desk_code,
        "client_id": row.client_id,
        "receipt_number": row.receipt_number,
        "revision": row.revision,
        "status": row.status,
        "type": row.type,
        "channel": row.channel,
        "title": row.title,
        "category_id": row.category_id,
        "regency_code": row.regency_code,
        "forwarded_agency": row.forwarded_agency,
        "received_at": row.received_at,
        "updated_at": row.updated_at,
    }


def list_complaints(session: Session, flt: ComplaintFilter, *, after: int = 0, limit: int = 50) -> dict[str, Any]:
    """Keyset page by tracking ID (never OFFSET)."""
    # The desk's code per row of the page only: a join let PostgreSQL hash every desk (5,000
    # rows, most of a search's time at 1,000,000 complaints) before the page was known.
    code = select(Desk.code).where(Desk.id == Complaint.desk_id).scalar_subquery().label("desk_code")
    columns = [Complaint.tracking_id, *(getattr(Complaint, name) for name in LIST_COLUMNS)]
    query = select(*columns, code).where(Complaint.tracking_id > after)
    if flt.status:
        query = query.where(Complaint.status == flt.status)
    if flt.desk:
        # The desk's id first (one row), so that its complaints are read in tracking-ID order
        # from ix_complaints_desk_list rather than found among everyone's.
        query = query.where(Complaint.desk_id == select(Desk.id).where(Desk.code == flt.desk).scalar_subquery())
    if flt.category_id:
        query = query.where(Complaint.category_id == flt.category_id)
    if flt.regency_code:
        query = query.where(Complaint.regency_code == flt.regency_code)
    if flt.agency:
        query = query.where(Complaint.forwarded_agency == flt.agency)
    if flt.q:
        query = query.where(search.terms(flt.q).condition())
    if flt.received_from:
        query = query.where(Complaint.received_at >= flt.received_from)
    if flt.received_to:
        query = query.where(Complaint.received_at < flt.received_to)
    if flt.received_from:
        query = _from_received_at(query, limit)
    if session.get_bind().dialect.name == "postgresql":
        # psycopg prepares a statement run often; PostgreSQL's generic plan for it cannot know
        # that a word or a status is rare and may walk every complaint in tracking-ID order.
        # A plan for these very values picks the index that finds them.
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    rows = session.execute(query.order_by(Complaint.tracking_id).limit(limit + 1)).all()
    items = [summary(row, row.desk_code) for row in rows[:limit]]
    next_after = items[-1]["tracking_id"] if len(rows) > limit else None
    return {"items": items, "next_after": next_after}


def _from_received_at(query: Select[Any], limit: int) -> Select[Any]:
    """The page's tracking IDs picked among the complaints received since the date, from
    ix_complaints_received_at alone (received_at, tracking_id), then their rows. Left to itself
    PostgreSQL walks every complaint in tracking-ID order until the page is full, expecting
    the recent ones to be spread evenly; they are the newest, at the far end (at 1,000,000
    complaints, the last week took 2.5 s; now 14 ms). `+ 0` keeps it off that walk: it costs
    the number of complaints since the date, so a range reaching back a year costs more
    (about 0.5 s at 1,000,000) than a walk would; a range with only an end keeps the walk,
    which finds its page among the first complaints."""
    page = query.with_only_columns(Complaint.tracking_id)
    page = page.order_by(Complaint.tracking_id + literal_column("0")).limit(limit + 1)
    columns = query.selected_columns
    return select(*columns).where(Complaint.tracking_id.in_(page))


def operator_search(
    db: CentralDatabase, flt: ComplaintFilter, operator: str, *, after: int = 0, limit: int = 50
) -> dict[str, Any]:
    """`list_complaints` for an operator: a query that can reach a reporter's NIK or phone
    is logged (central.services.search) whatever it found."""
    with db.read() as session:
        page = list_complaints(session, flt, after=after, limit=limit)
        searched = search.terms(flt.q) if flt.q else None
        personal: dict[int, tuple[str, str]] = {}
        if searched is not None and searched.personal:
            ids = [int(i["tracking_id"]) for i in page["items"]]
            if ids:
                personal = {
                    tid: (nik, phone)
                    for tid, nik, phone in session.execute(
                        select(Complaint.tracking_id, Complaint.reporter_nik, Complaint.reporter_phone).where(
                            Complaint.tracking_id.in_(ids)
                        )
                    )
                }
    if searched is not None and searched.personal:
        rows = [
            {"tracking_id": tid, "reporter_nik": nik, "reporter_phone": phone} for tid, (nik, phone) in personal.items()
        ]
        matched = searched.matched(rows)  # type: ignore[arg-type]
        # The log issues no tracking or event ID: the ID ledger need not be read for it.
        db.write(lambda s: search.log_lookups(s, searched, operator, matched), record_ids=False)
    return page


def detail(session: Session, tracking_id: int) -> dict[str, Any]:
    found = session.execute(
        select(Complaint, Desk.code)
        .join(Desk, Desk.id == Complaint.desk_id)
        .where(Complaint.tracking_id == tracking_id)
    ).first()
    if found is None:
        raise Problem.coded("not-found", "p_complaint_not_found", tracking_id=tracking_id)
    row, code = found
    out = summary(row, code)
    out.update({name: getattr(row, name) for name in INPUT_FIELDS})
    out.update(
        status_reason=row.status_reason,
        desk_recorded_at=row.desk_recorded_at,
        # What the desk's own clock said, and the offset it measured (central minus desk).
        received_at_desk_clock=row.received_at_desk_clock,
        recorded_at_desk_clock=row.recorded_at_desk_clock,
        desk_clock_offset_s=row.desk_clock_offset_s,
        created_at=row.created_at,
        last_follow_up_at=row.last_follow_up_at,
        last_reply_at=row.last_reply_at,
        payload_hash=row.payload_hash,
    )
    refs = session.scalars(select(ComplaintAttachment).where(ComplaintAttachment.tracking_id == tracking_id))
    missing = set(missing_attachments(session, [tracking_id])[tracking_id])
    out["attachments"] = [
        {
            "sha256": a.sha256,
            "size": a.size,
            "media_type": a.media_type,
            "filename": a.filename,
            "received": a.sha256 not in missing,
        }
        for a in refs
    ]
    out["attachments_complete"] = not missing
    out["events"] = events_of(session, tracking_id, row.client_id)
    replies = session.scalars(select(Reply).where(Reply.tracking_id == tracking_id).order_by(Reply.id))
    out["replies"] = [reply_out(r, duplicate=False) for r in replies]
    return out


def own_complaint(session: Session, desk_id: int, tracking_id: int) -> Complaint:
    """A desk's own complaint; another desk's is 'not found', never 'forbidden' (no probing)."""
    row = session.get(Complaint, tracking_id)
    if row is None or row.desk_id != desk_id:
        raise Problem.coded("not-found", "p_complaint_not_found", tracking_id=tracking_id)
    return row


def desk_status(session: Session, desk_id: int, tracking_id: int) -> dict[str, Any]:
    row = own_complaint(session, desk_id, tracking_id)
    missing = missing_attachments(session, [tracking_id])[tracking_id]
    return {
        "tracking_id": row.tracking_id,
        "client_id": row.client_id,
        "revision": row.revision,
        "status": row.status,
        "status_reason": row.status_reason,
        "forwarded_agency": row.forwarded_agency,
        "attachments_complete": not missing,
        "updated_at": row.updated_at,
        "events": events_of(session, tracking_id, row.client_id),
    }


def reply_out(r: Reply, *, duplicate: bool) -> dict[str, Any]:
    return {
        "reply_id": r.reply_id,
        "tracking_id": r.tracking_id,
        "kind": r.kind,
        "text": r.text,
        "rating": r.rating,
        "recorded_at": r.recorded_at,
        "received_at": r.received_at,
        "duplicate": duplicate,
    }


def add_reply(
    session: Session,
    desk_id: int,
    tracking_id: int,
    *,
    reply_id: str,
    kind: str,
    text: str,
    rating: int | None,
    recorded_at: datetime,
    now: datetime,
) -> dict[str, Any]:
    """Idempotent by (desk, reply_id): a resend returns the first reply, marked duplicate."""
    row = own_complaint(session, desk_id, tracking_id)
    new_id = session.execute(
        insert_for(session, Reply)
        .values(
            desk_id=desk_id,
            reply_id=reply_id,
            tracking_id=tracking_id,
            kind=kind,
            text=text,
            rating=rating,
            recorded_at=recorded_at,
            received_at=now,
        )
        .on_conflict_do_nothing(index_elements=["desk_id", "reply_id"])
        .returning(Reply.id)
    ).scalar_one_or_none()
    stored = session.scalars(select(Reply).where(Reply.desk_id == desk_id, Reply.reply_id == reply_id)).one()
    if new_id is None:
        if stored.tracking_id != tracking_id:
            raise Problem.coded("conflict", "p_reply_conflict")
        return reply_out(stored, duplicate=True)
    if kind == "reply" and (row.last_reply_at is None or row.last_reply_at < recorded_at):
        row.last_reply_at = recorded_at
    return reply_out(stored, duplicate=False)
