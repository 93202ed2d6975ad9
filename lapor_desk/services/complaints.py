"""Recording complaints: drafts, recording with a receipt number, edits, the queue."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from lapor_desk.clock import Clock, system_clock
from lapor_desk.domain.complaint import INPUT_FIELDS, Complaint, ComplaintInput, DuplicateCandidate, Extras
from lapor_desk.domain.contact import normalize_phone
from lapor_desk.domain.enums import EDITABLE_STATUSES, EventKind, Status
from lapor_desk.domain.messages import ValidationFailed, ValidationResult, error
from lapor_desk.domain.queue import QueueCount, QueueFilter, QueueRow, QueueSort
from lapor_desk.domain.validation import RegionLookup, validate
from lapor_desk.events import ComplaintSaved, EventBus
from lapor_desk.paper.use import FIELD as PAPER_FIELD
from lapor_desk.paper.use import link_paper_number, use_paper_number
from lapor_desk.queue_by_deadline import deadline_page
from lapor_desk.services.hooks import ComplaintChange, WriteHook, check_commit_carrier_last, run_hooks
from lapor_desk.services.writer import NewComplaint, write_new_complaint
from lapor_desk.settings import OFFICER_NAME, Settings, counter_desk_code
from lapor_desk.storage import repository as repo
from lapor_desk.storage.database import Database
from lapor_desk.storage.errors import StorageError
from lapor_desk.storage.paper_tables import keep_draft_paper
from lapor_desk.storage.queue_query import COUNT_CAP

if TYPE_CHECKING:  # the calendar is passed in; the service never builds one
    from lapor_desk.audit import Who
    from lapor_desk.deadlines import Deadlines
    from lapor_desk.domain.queue import Deadline
    from lapor_desk.receipt import Receipt

__all__ = ["ComplaintService", "SaveOutcome", "ValidationFailed"]

DUPLICATE_WINDOW = timedelta(days=30)
REPLY_MAX = 2000


@dataclass(frozen=True)
class SaveOutcome:
    complaint: Complaint
    validation: ValidationResult


class ComplaintService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        bus: EventBus,
        clock: Clock = system_clock,
        hooks: Sequence[WriteHook] = (),
        deadlines: Callable[[], Deadlines] | None = None,
        deadline_clock: Clock | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.bus = bus
        self.clock = clock
        self.hooks = tuple(hooks)
        # The desk calendar's deadlines (DeskCalendar.deadlines), asked for each queue page so
        # an added closure counts at once; without it the queue has no deadline column or filter.
        self.deadlines = deadlines
        # "Today" for deadlines: the desk clock corrected by the offset the sync measured
        # against the central, while it is known (SyncService.corrected_clock).
        self.deadline_clock = deadline_clock or clock
        # The shipped region data, once loaded (it takes ~0.3 s, so the UI loads it in the
        # background and sets it here); until then region checks are structural only.
        self.regions: RegionLookup | None = None

    def _officer(self, who: Who | None) -> str:
        """Who the timeline names: the signed-in account, else the desk's officer setting (CLI, import)."""
        if who is not None and who.name:
            return who.name
        return self.settings.get(OFFICER_NAME)

    def validate(self, data: ComplaintInput, *, for_recording: bool = True) -> ValidationResult:
        return validate(data, now=self.clock(), for_recording=for_recording, regions=self.regions)

    def save_draft(
        self,
        data: ComplaintInput,
        complaint_id: int | None = None,
        extras: Extras | None = None,
        *,
        who: Who | None = None,
    ) -> SaveOutcome:
        """Keep what was typed, complete or not. Malformed values still block saving.

        `extras` (attachments, duplicate link) replaces the stored ones; None leaves them."""
        result = self.validate(data, for_recording=False)
        if not result.ok:
            raise ValidationFailed(result)
        complaint = self._save(data, complaint_id, record=False, extras=extras, who=who)
        return SaveOutcome(complaint, result)

    def record(
        self,
        data: ComplaintInput,
        complaint_id: int | None = None,
        extras: Extras | None = None,
        *,
        who: Who | None = None,
    ) -> SaveOutcome:
        """Validate fully, then record: a receipt number, and the complaint joins the queue."""
        result = self.validate(data, for_recording=True)
        if not result.ok:
            raise ValidationFailed(result)
        complaint = self._save(data, complaint_id, record=True, extras=extras, who=who)
        return SaveOutcome(complaint, result)

    def find_duplicates(self, data: ComplaintInput, exclude_id: int | None = None) -> list[DuplicateCandidate]:
        """Earlier complaints like this one: same NIK or phone within 30 days, or a similar title."""
        d = data.normalized()
        since = self.clock() - DUPLICATE_WINDOW
        with self.db.read() as conn:
            return repo.find_duplicates(
                conn,
                nik=d.reporter_nik if len(d.reporter_nik) == 16 else "",
                phone=normalize_phone(d.reporter_phone) or "",
                title=d.title,
                since=since,
                exclude_id=exclude_id,
            )

    def lookup(self, key: str) -> list[QueueRow]:
        """A returning citizen's complaints by receipt number, tracking ID, NIK or phone."""
        if not key.strip():
            return []
        with self.db.read() as conn:
            rows = repo.lookup(conn, key)
        if self.deadlines is None:
            return rows
        due = self.deadlines().for_rows(rows, self.deadline_clock())
        return [row._replace(deadline=due[row.id]) for row in rows]

    def issue_receipt(self, complaint_id: int, output: str, *, who: Who | None = None) -> tuple[Complaint, int]:
        """Note a receipt going out (printed or saved as PDF); returns the complaint and how
        many went out before, so a reprint is marked as a copy."""
        now = self.clock()
        with self.db.write() as conn:
            complaint = repo.get_complaint(conn, complaint_id)
            if complaint is None:
                raise StorageError("not_found", id=complaint_id)
            if complaint.receipt_number is None:
                raise StorageError("not_editable", status=str(complaint.status))
            before = sum(1 for e in complaint.events if e.kind == EventKind.RECEIPT_ISSUED)
            repo.insert_events(
                conn,
                [
                    _event(
                        complaint_id,
                        now,
                        EventKind.RECEIPT_ISSUED,
                        self._officer(who),
                        {"output": output, "copy": before},
                    )
                ],
            )
        return complaint, before

    def record_reply(
        self, complaint_id: int, text: str = "", rating: int | None = None, *, who: Who | None = None
    ) -> Complaint:
        """A reporter's reply or satisfaction rating (1-5), as a timeline event."""
        text = text.strip()
        if not text and rating is None:
            raise ValidationFailed(ValidationResult((error("reply_text", "reply_empty"),)))
        if rating is not None and not 1 <= rating <= 5:
            raise ValidationFailed(ValidationResult((error("reply_rating", "rating_range"),)))
        if len(text) > REPLY_MAX:
            raise ValidationFailed(
                ValidationResult((error("reply_text", "too_long", max=REPLY_MAX, length=len(text)),))
            )
        now = self.clock()
        actor = self._officer(who)
        detail: dict[str, Any] = {"reply_id": str(uuid.uuid4()), "text": text}
        if rating is not None:
            detail["rating"] = rating
        with self.db.write() as conn:
            if repo.get_complaint(conn, complaint_id) is None:
                raise StorageError("not_found", id=complaint_id)
            repo.insert_events(conn, [_event(complaint_id, now, EventKind.REPORTER_REPLY, actor, detail)])
            complaint = repo.get_complaint(conn, complaint_id)
        assert complaint is not None
        self.bus.publish(ComplaintSaved(complaint.id, str(complaint.status), False))
        return complaint

    def get(self, complaint_id: int) -> Complaint:
        with self.db.read() as conn:
            complaint = repo.get_complaint(conn, complaint_id)
        if complaint is None:
            raise StorageError("not_found", id=complaint_id)
        return complaint

    def deadline_of(self, complaint: Complaint) -> Deadline | None:
        """The next deadline of one complaint (the complaint view), None without the desk calendar."""
        received = complaint.received_at or complaint.created_at
        if self.deadlines is None or received is None:
            return None
        now = self.deadline_clock()
        return self.deadlines().for_complaint(complaint.status, received.astimezone(now.tzinfo).date(), now.date())

    def receipt_of(
        self, complaint: Complaint, *, copy_number: int = 0, language: str = "id", sheet: str = ""
    ) -> Receipt:
        """The complaint's receipt, its deadlines counted as the queue counts them (the desk
        calendar with its closures, the deadlines.profile setting, the desk clock's zone)."""
        from lapor_desk.receipt import receipt_of

        if self.deadlines is None:
            raise ValueError("the receipt's deadlines need the desk calendar")
        zone = self.deadline_clock().tzinfo
        return receipt_of(
            complaint,
            self.settings,
            self.deadlines(),
            tz=zone,
            copy_number=copy_number,
            language=language,
            sheet=sheet,
        )

    def queue_page(self, filt: QueueFilter, before_id: int | None = None, limit: int = 200) -> list[QueueRow]:
        """A page of the queue, each row with its next deadline when the desk calendar is known."""
        if self.deadlines is None:
            if filt.deadline is not None or filt.sort is QueueSort.DEADLINE:
                raise ValueError("the queue's deadline filter and order need the desk calendar")
            with self.db.read() as conn:
                return repo.queue_page(conn, filt, before_id=before_id, limit=limit)
        deadlines, now = self.deadlines(), self.deadline_clock()
        cutoffs = None if filt.deadline is None else deadlines.received_cutoffs(now, filt.deadline)
        with self.db.read() as conn:
            if filt.sort is QueueSort.DEADLINE:
                rows = deadline_page(conn, filt, before_id, limit, deadlines, now, cutoffs)
            else:
                rows = repo.queue_page(conn, filt, before_id=before_id, limit=limit, deadline_cutoffs=cutoffs)
        due = deadlines.for_rows(rows, now)
        return [row._replace(deadline=due[row.id]) for row in rows]

    def queue_count(self, filt: QueueFilter, cap: int = COUNT_CAP) -> QueueCount:
        """How many complaints the queue's filter finds: exact up to `cap`, else "more than"."""
        cutoffs = None
        if filt.deadline is not None:
            if self.deadlines is None:
                raise ValueError("the queue's deadline filter needs the desk calendar")
            cutoffs = self.deadlines().received_cutoffs(self.deadline_clock(), filt.deadline)
        with self.db.read() as conn:
            return repo.queue_count(conn, filt, cap=cap, deadline_cutoffs=cutoffs)

    # --- the write path

    def _save(
        self, data: ComplaintInput, complaint_id: int | None, *, record: bool, extras: Extras | None, who: Who | None
    ) -> Complaint:
        now = self.clock()
        actor = self._officer(who) or data.officer_name
        row = repo.input_to_row(data)
        paper = extras.paper_receipt if extras is not None and record else ""
        # A draft keeps the paper number as typed (the clerk signs out, or finishes it later).
        draft_paper = extras.paper_receipt.strip() if extras is not None and not record else None
        # The audit hook's append carries the COMMIT (last_in_transaction below): it must be the
        # last hook, checked here before anything is sent, not found out after the commit.
        check_commit_carrier_last(self.hooks)
        with self.db.write() as conn:
            if paper:  # the paper's number (server down) instead of the next one; it checks the time
                paper = row["receipt_number"] = self._use_paper(conn, paper, data.received_at, now, actor)
            if complaint_id is None:
                complaint, changed = self._insert(conn, row, now, actor, record, extras)
                created, recorded_now = True, record
            else:
                new_id, changed, recorded_now = self._update(conn, complaint_id, row, now, actor, record)
                created = False
                if extras is not None:
                    # One save is one revision: _update has bumped it already if a field changed.
                    changed += self._apply_extras(conn, new_id, extras, now, actor, bump=not changed)
                stored = repo.get_complaint(conn, new_id)
                assert stored is not None
                complaint = stored
            if paper:
                link_paper_number(conn, paper, complaint.id)
            if draft_paper is not None and complaint.status is Status.DRAFT:
                keep_draft_paper(conn, complaint.id, draft_paper, new=created)
                complaint.paper_receipt = draft_paper
            elif recorded_now and not created:  # recorded: the draft's number is its receipt now, or dropped
                keep_draft_paper(conn, complaint.id, "", new=False)
            run_hooks(
                self.hooks,
                conn,
                [
                    ComplaintChange(
                        complaint.id,
                        str(complaint.status),
                        complaint.revision,
                        created,
                        recorded_now,
                        tuple(changed),
                        actor,
                        now,
                        who=who,
                        paper_receipt=paper,
                        complaint=complaint,
                    )
                ],
                last_in_transaction=True,  # the audit's append may carry the commit
            )
            # NOTHING may follow run_hooks in this transaction: on PostgreSQL the save has
            # committed with the audit's last statement, and any statement here would fail
            # (CommittedAlready) for a complaint already saved.
        self.bus.publish(ComplaintSaved(complaint.id, str(complaint.status), created))
        return complaint

    def _insert(
        self, conn: Any, row: dict[str, Any], now: Any, actor: str, record: bool, extras: Extras | None
    ) -> tuple[Complaint, list[str]]:
        """A new complaint and what it was given (all input fields, then its extras), written
        without reading anything back: the inserts return the stored rows, and a new complaint
        has no attachments or duplicate link to compare with."""
        changed = list(INPUT_FIELDS)
        files = list({a.sha256: a for a in extras.attachments}.values()) if extras is not None else []
        duplicate_of = extras.duplicate_of if extras is not None else None
        row.update(
            client_id=str(uuid.uuid4()),
            desk_code=counter_desk_code(self.settings),
            revision=1,
            status=str(Status.RECORDED if record else Status.DRAFT),
            receipt_number=row.get("receipt_number"),
            created_at=now,
            updated_at=now,
            import_key=None,
            duplicate_of_id=duplicate_of,
        )
        # The hooks run in _save, once the attachments are in the same change.
        complaint = write_new_complaint(conn, NewComplaint(row, actor, now.strftime("%Y%m%d")), source="intake")
        if files:
            repo.add_attachments(conn, complaint.id, files, now)
            complaint.attachments = files
            changed.append("attachments")
        if duplicate_of is not None:
            changed.append("duplicate_of")
            marked = _event(complaint.id, now, EventKind.MARKED_DUPLICATE, actor, {"of": duplicate_of})
            complaint.events += repo.insert_events_returning(conn, [marked])
        return complaint, changed

    def _update(
        self, conn: Any, complaint_id: int, row: dict[str, Any], now: Any, actor: str, record: bool
    ) -> tuple[int, list[str], bool]:
        current = repo.get_complaint(conn, complaint_id)
        if current is None:
            raise StorageError("not_found", id=complaint_id)
        if current.status not in EDITABLE_STATUSES:
            raise StorageError("not_editable", status=str(current.status))
        old = repo.input_to_row(current.as_input())
        paper = row.pop("receipt_number", None)
        changed = sorted(name for name in INPUT_FIELDS if old[name] != row[name])
        values: dict[str, Any] = dict(row, updated_at=now)
        events = []
        if changed:
            values["revision"] = current.revision + 1
            events.append(_event(complaint_id, now, EventKind.EDITED, actor, {"fields": changed}))
        recorded_now = record and current.status is Status.DRAFT
        if paper and not recorded_now:  # a recorded complaint keeps the number it has
            raise ValidationFailed(ValidationResult((error(PAPER_FIELD, "paper_receipt_not_draft"),)))
        if recorded_now:
            receipt = paper or self._next_receipt(conn, current.desk_code, now)
            values.update(status=str(Status.RECORDED), receipt_number=receipt)
            events.append(_event(complaint_id, now, EventKind.RECORDED, actor, {"receipt": receipt}))
        repo.update_complaint(conn, complaint_id, values)
        repo.insert_events(conn, events)
        return complaint_id, changed, recorded_now

    @staticmethod
    def _apply_extras(conn: Any, complaint_id: int, extras: Extras, now: Any, actor: str, *, bump: bool) -> list[str]:
        """Store attachments and the duplicate link; the names of what changed."""
        changed = []
        if repo.replace_attachments(conn, complaint_id, extras.attachments, now):
            changed.append("attachments")
        current = conn.execute(select(repo.C.duplicate_of_id, repo.C.revision).where(repo.C.id == complaint_id)).one()
        values: dict[str, Any] = {}
        if current.duplicate_of_id != extras.duplicate_of:
            changed.append("duplicate_of")
            values["duplicate_of_id"] = extras.duplicate_of
            if extras.duplicate_of is not None:
                repo.insert_events(
                    conn, [_event(complaint_id, now, EventKind.MARKED_DUPLICATE, actor, {"of": extras.duplicate_of})]
                )
        if changed and bump:
            values["revision"] = current.revision + 1
        if values:
            repo.update_complaint(conn, complaint_id, values)
        return changed

    @staticmethod
    def _use_paper(conn: Any, typed: str, received_at: Any, now: Any, actor: str) -> str:
        number, problems = use_paper_number(conn, typed, received_at, now, actor)
        if problems:
            raise ValidationFailed(ValidationResult(problems))
        return number

    @staticmethod
    def _next_receipt(conn: Any, desk: str, now: Any) -> str:
        day = now.strftime("%Y%m%d")
        return repo.format_receipt_number(desk, day, repo.reserve_receipt_serials(conn, desk, day))


def _event(complaint_id: int, at: Any, kind: EventKind, actor: str, detail: dict[str, Any]) -> dict[str, Any]:
    return {"complaint_id": complaint_id, "at": at, "kind": str(kind), "actor": actor, "detail": detail}
