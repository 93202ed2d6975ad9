"""The supervisor's review queue: deadlines close or past, central refusals, stale drafts, approvals.

Each section is a plain keyset-paged query (newest id first) that the UI runs in the
background. Approving or returning a trainee's complaint is audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import ColumnElement, Connection, and_, false, func, insert, inspect, or_, select, update

from lapor_desk.accounts.roles import Actor, Permission, SupervisionError, require
from lapor_desk.audit import AuditAction, AuditTrail
from lapor_desk.clock import Clock, system_clock
from lapor_desk.deadlines import Deadlines, DeskCalendar
from lapor_desk.domain.enums import Status
from lapor_desk.domain.queue import Deadline, DeadlineState, QueueFilter, QueueSort
from lapor_desk.queue_by_deadline import deadline_page
from lapor_desk.services.hooks import ComplaintChange
from lapor_desk.settings import FOUR_EYES, Settings
from lapor_desk.storage.database import Database
from lapor_desk.storage.repository import COMPLAINTS, C
from lapor_desk.storage.supervision_tables import APPROVALS

STALE_DRAFT_AFTER = timedelta(days=1)
# The sync queue's table and state for a complaint the central refused (lapor_desk/sync/state.py).
SYNC_ITEMS_TABLE, SYNC_NEEDS_FIX = "sync_items", "needs_fix"


class Section(StrEnum):
    DEADLINE = "deadline"  # overdue, or due today or the next working day
    REFUSED = "refused"  # refused by the central, waiting for a fix
    STALE_DRAFT = "stale_draft"  # a draft untouched for more than a day
    AWAITING_APPROVAL = "awaiting_approval"  # four-eyes: a trainee's complaint


class ApprovalState(StrEnum):
    WAITING = "waiting"
    APPROVED = "approved"
    RETURNED = "returned"


class _Clock(NamedTuple):
    """What Deadlines.for_rows reads of a row."""

    id: int
    status: str
    received_at: datetime


@dataclass(frozen=True)
class ReviewItem:
    complaint_id: int
    section: Section
    receipt_number: str | None
    title: str
    status: str
    received_at: datetime | None
    updated_at: datetime
    deadline: Deadline | None = None  # the next one, for a complaint whose clock runs
    note: str = ""

    @property
    def due(self) -> date | None:
        return self.deadline.due if self.deadline else None

    @property
    def deadline_state(self) -> DeadlineState | None:
        return self.deadline.state if self.deadline else None


class ReviewQueue:
    def __init__(
        self,
        db: Database,
        calendar: DeskCalendar,
        settings: Settings,
        audit: AuditTrail,
        clock: Clock = system_clock,
        deadline_clock: Clock | None = None,
    ) -> None:
        self.db = db
        self.calendar = calendar
        self.settings = settings
        self.audit = audit
        self.clock = clock
        # "Today" for deadlines: corrected by the offset measured against the central (ComplaintService).
        self.deadline_clock = deadline_clock or clock

    def counts(self, actor: Actor) -> dict[Section, int]:
        require(actor, Permission.REVIEW)
        deadlines, now = self.calendar.deadlines(), self.deadline_clock()
        out = {}
        with self.db.read() as conn:
            for section in Section:
                cond = self._condition(conn, section, deadlines, now)
                out[section] = int(conn.execute(select(func.count()).select_from(COMPLAINTS).where(cond)).scalar_one())
        return out

    def page(self, actor: Actor, section: Section, before_id: int | None = None, limit: int = 200) -> list[ReviewItem]:
        require(actor, Permission.REVIEW)
        deadlines, now = self.calendar.deadlines(), self.deadline_clock()
        cond: ColumnElement[bool]
        with self.db.read() as conn:
            if section is Section.DEADLINE:
                # The queue's deadline filter: one keyset walk per open status down its index,
                # fast also when few of a million complaints are still open.
                # Most urgent first: the queue's deadline order (the due date ascending, overdue
                # the longest on top), so a supervisor starts with what is most behind.
                soon = DeadlineState.DUE_SOON
                late = deadline_page(
                    conn,
                    QueueFilter(deadline=soon, sort=QueueSort.DEADLINE),
                    before_id,
                    limit,
                    deadlines,
                    now,
                    deadlines.received_cutoffs(now, soon),
                )
                order = {r.id: i for i, r in enumerate(late)}
                cond = C.id.in_(list(order))
            else:
                cond = self._condition(conn, section, deadlines, now)
                if before_id is not None:
                    cond = and_(cond, C.id < before_id)
            query = (
                select(
                    C.id,
                    C.receipt_number,
                    C.title,
                    C.status,
                    C.received_at,
                    C.updated_at,
                    C.created_at,
                    APPROVALS.c.note,
                )
                .select_from(COMPLAINTS.outerjoin(APPROVALS, APPROVALS.c.complaint_id == C.id))
                .where(cond)
                .order_by(C.id.desc())
                .limit(limit)
            )
            rows = list(conn.execute(query).all())
            if section is Section.DEADLINE:
                rows.sort(key=lambda r: order[r.id])
        # A page's deadlines in one walk (Deadlines.for_rows), counted from receipt, else creation.
        clocks = deadlines.for_rows([_Clock(r.id, r.status, r.received_at or r.created_at) for r in rows], now)
        return [
            ReviewItem(
                r.id,
                section,
                r.receipt_number,
                r.title,
                r.status,
                r.received_at,
                r.updated_at,
                clocks[r.id],
                r.note or "",
            )
            for r in rows
        ]

    def _condition(
        self, conn: Connection, section: Section, deadlines: Deadlines, now: datetime
    ) -> ColumnElement[bool]:
        if section is Section.DEADLINE:
            return deadline_condition(deadlines, now, DeadlineState.DUE_SOON)
        if section is Section.STALE_DRAFT:
            return and_(C.status == str(Status.DRAFT), C.updated_at < now - STALE_DRAFT_AFTER)
        if section is Section.AWAITING_APPROVAL:
            waiting = select(APPROVALS.c.complaint_id).where(APPROVALS.c.state == str(ApprovalState.WAITING))
            return C.id.in_(waiting)
        return refused_condition(conn)

    # --- four-eyes decisions

    def approve(self, actor: Actor, complaint_id: int) -> None:
        self._decide(actor, complaint_id, ApprovalState.APPROVED, "")

    def return_with_note(self, actor: Actor, complaint_id: int, note: str) -> None:
        if not note.strip():
            raise SupervisionError("review_note_required")
        self._decide(actor, complaint_id, ApprovalState.RETURNED, note.strip())

    def _decide(self, actor: Actor, complaint_id: int, state: ApprovalState, note: str) -> None:
        require(actor, Permission.REVIEW)
        now = self.clock()
        with self.db.write() as conn:
            done = conn.execute(
                update(APPROVALS)
                .where(
                    APPROVALS.c.complaint_id == complaint_id,
                    APPROVALS.c.state == str(ApprovalState.WAITING),
                )
                .values(state=str(state), decided_by=actor.username, decided_at=now, note=note)
            ).rowcount
            if not done:
                raise SupervisionError("review_not_waiting", id=complaint_id)
            self.audit.append(
                conn,
                actor.who,
                AuditAction.REVIEW_DECISION,
                f"complaint:{complaint_id}",
                {"decision": str(state), "note": note},
            )

    def returned_to(self, actor: Actor) -> list[ReviewItem]:
        """A trainee's own complaints that a supervisor sent back, with the notes (newest first)."""
        require(actor, Permission.RECORD)
        with self.db.read() as conn:
            rows = conn.execute(
                select(C.id, C.receipt_number, C.title, C.status, C.received_at, C.updated_at, APPROVALS.c.note)
                .select_from(COMPLAINTS.join(APPROVALS, APPROVALS.c.complaint_id == C.id))
                .where(APPROVALS.c.state == str(ApprovalState.RETURNED), APPROVALS.c.requested_by == actor.username)
                .order_by(C.id.desc())
                .limit(200)
            ).all()
        return [
            ReviewItem(
                r.id,
                Section.AWAITING_APPROVAL,
                r.receipt_number,
                r.title,
                r.status,
                r.received_at,
                r.updated_at,
                note=r.note or "",
            )
            for r in rows
        ]

    def approval_of(self, actor: Actor, complaint_id: int) -> tuple[ApprovalState, str] | None:
        """The clerk's view: waiting, approved, or returned with the supervisor's note."""
        require(actor, Permission.VIEW_COMPLAINTS)
        with self.db.read() as conn:
            row = conn.execute(
                select(APPROVALS.c.state, APPROVALS.c.note).where(APPROVALS.c.complaint_id == complaint_id)
            ).first()
        return None if row is None else (ApprovalState(row.state), row.note)


def deadline_condition(deadlines: Deadlines, now: datetime, state: DeadlineState) -> ColumnElement[bool]:
    """Open complaints whose next deadline is in `state` or worse, as SQL on received_at
    (the cutoffs the queue's deadline filter uses, statuses of one cutoff in one IN)."""
    by_cutoff: dict[datetime, list[str]] = {}
    for status, cutoff in deadlines.received_cutoffs(now, state).items():
        by_cutoff.setdefault(cutoff, []).append(status)
    return or_(*(and_(C.status.in_(statuses), C.received_at < cutoff) for cutoff, statuses in by_cutoff.items()))


def refused_condition(conn: Connection) -> ColumnElement[bool]:
    """Complaints the central refused, from the sync queue's table when it exists."""
    if not inspect(conn).has_table(SYNC_ITEMS_TABLE):
        return false()
    from lapor_desk.sync.state import ITEMS  # noqa: PLC0415 (only when the sync queue exists)

    return C.id.in_(select(ITEMS.c.complaint_id).where(ITEMS.c.state == SYNC_NEEDS_FIX))


class ApprovalHook:
    """A WriteHook: with four-eyes on, a trainee's recorded complaint (or edit) waits for approval."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def after_write(self, conn: Connection, changes: Sequence[ComplaintChange]) -> None:
        if self.settings.get(FOUR_EYES) != "on":
            return
        for change in changes:
            who = change.who  # the signed-in account that made it (None: import, demo, sync)
            if who is None or not who.trainee:
                continue
            if change.status == str(Status.DRAFT) or not (change.recorded_now or change.changed_fields):
                continue
            values = {
                "state": str(ApprovalState.WAITING),
                "requested_by": who.username,
                "requested_at": change.at,
                "decided_by": "",
                "decided_at": None,
            }
            updated = conn.execute(
                update(APPROVALS).where(APPROVALS.c.complaint_id == change.complaint_id).values(**values)
            ).rowcount
            if not updated:
                conn.execute(insert(APPROVALS).values(complaint_id=change.complaint_id, note="", **values))
