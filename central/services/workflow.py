"""The central workflow of DOMAIN.md: which moves an admin may make from which status."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from central.models import Complaint
from central.problems import Problem, field_error
from central.services.feed import PendingEvent, record
from lapor_desk.domain.enums import Status
from lapor_desk.domain.workdays import WorkingDayCalendar

S = Status
# action -> (statuses it may start from, status it leads to)
MOVES: dict[str, tuple[frozenset[Status], Status]] = {
    # not_authority -> verified is the re-routing to another agency.
    "verify": (frozenset({S.UNVERIFIED, S.NOT_AUTHORITY}), S.VERIFIED),
    "follow-up": (frozenset({S.VERIFIED, S.IN_PROGRESS}), S.IN_PROGRESS),
    "hold": (frozenset({S.UNVERIFIED, S.VERIFIED, S.IN_PROGRESS}), S.ON_HOLD),
    "not-authority": (frozenset({S.VERIFIED, S.IN_PROGRESS}), S.NOT_AUTHORITY),
    "archive": (frozenset({S.UNVERIFIED, S.ON_HOLD, S.NOT_AUTHORITY}), S.ARCHIVED),
    "complete": (frozenset({S.IN_PROGRESS}), S.COMPLETED),
}
NEEDS_TEXT = frozenset({"follow-up", "hold", "not-authority", "archive"})
AUTO_COMPLETE_WORKING_DAYS = 10
WIB = timezone(timedelta(hours=7), "WIB")  # working days are counted on Jakarta dates


def allowed_moves(status: str) -> list[str]:
    return [action for action, (sources, _target) in MOVES.items() if status in sources]


def lock(session: Session, tracking_id: int) -> Complaint:
    row = session.execute(
        select(Complaint).where(Complaint.tracking_id == tracking_id).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        raise Problem.coded("not-found", "p_complaint_not_found", tracking_id=tracking_id)
    return row


def move(
    session: Session,
    tracking_id: int,
    action: str,
    *,
    text: str,
    agency: str,
    actor: str,
    now: datetime,
) -> Complaint:
    sources, target = MOVES[action]
    text, agency = text.strip(), agency.strip()
    errors = []
    if action == "verify" and not agency:
        errors.append(field_error("agency", "required"))
    if action in NEEDS_TEXT and not text:
        errors.append(field_error("text", "required"))
    if errors:
        raise Problem.coded("validation", "p_validation").with_errors(errors)
    row = lock(session, tracking_id)
    if row.status not in sources:
        allowed = allowed_moves(row.status)
        raise Problem.coded(
            "workflow-conflict",
            "p_workflow",
            status=row.status,
            action=action,
            allowed=", ".join(allowed) or "-",
        ).with_extra(current_status=row.status, allowed_moves=allowed)
    kind = "follow_up" if action == "follow-up" else "status"
    if action == "verify":
        row.forwarded_agency = agency
        text = text or f"Diteruskan ke {agency}."
    if action == "follow-up":
        row.last_follow_up_at = now
        agency = agency or row.forwarded_agency
    if row.status != target:
        row.status, row.status_changed_at = target, now
    row.status_reason = text if kind == "status" else row.status_reason
    row.updated_at = now
    record(session, [PendingEvent(row, kind, text, actor, now, agency)])
    return row


def add_note(session: Session, tracking_id: int, text: str, actor: str, now: datetime) -> Complaint:
    if not text.strip():
        raise Problem.coded("validation", "p_validation").with_errors([field_error("text", "required")])
    row = lock(session, tracking_id)
    record(session, [PendingEvent(row, "note", text.strip(), actor, now)])
    return row


def auto_complete(
    session: Session,
    *,
    today: date | None = None,
    calendar: WorkingDayCalendar | None = None,
    actor: str = "system",
    now: datetime | None = None,
) -> list[int]:
    """Complete in-progress complaints 10 working days after their last follow-up,
    unless the reporter replied since. Returns the tracking IDs completed."""
    now = now or datetime.now(UTC)
    today = today or now.astimezone(WIB).date()
    calendar = calendar or WorkingDayCalendar()
    candidates = session.scalars(
        select(Complaint)
        .where(
            Complaint.status == S.IN_PROGRESS,
            Complaint.last_follow_up_at.is_not(None),
            or_(
                Complaint.last_reply_at.is_(None),
                Complaint.last_reply_at < Complaint.last_follow_up_at,
            ),
        )
        .order_by(Complaint.tracking_id)
        .with_for_update()
    ).all()
    done: list[int] = []
    pending: list[PendingEvent] = []
    text = (
        f"Selesai otomatis: tidak ada tanggapan {AUTO_COMPLETE_WORKING_DAYS} hari kerja setelah tindak lanjut terakhir."
    )
    for row in candidates:
        assert row.last_follow_up_at is not None
        follow_up_day = row.last_follow_up_at.astimezone(WIB).date()
        if calendar.add_working_days(follow_up_day, AUTO_COMPLETE_WORKING_DAYS) <= today:
            row.status, row.status_changed_at, row.updated_at = S.COMPLETED, now, now
            row.status_reason = text
            pending.append(PendingEvent(row, "status", text, actor, now))
            done.append(row.tracking_id)
    record(session, pending)
    return done
