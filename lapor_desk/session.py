"""One signed-in account at the desk: `Desk.session(actor)`, for the window and the command line alike.

A `DeskSession` is made after a sign-in and dropped at sign-out; it is never re-pointed at
another account. Its complaint calls are bound to the account (`SessionComplaints`): each checks
the role in the core, masks the NIK the role may not read, and passes the account down to the
ComplaintService as an argument, which names it on the timeline and hands it to the write hooks
(audit trail, four-eyes). The supervision services (accounts, review, calendar, reports) take the
actor as their first argument and check it themselves; the session carries it to them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from lapor_desk.accounts.roles import Actor, Permission, PermissionDenied, mask_nik, require
from lapor_desk.audit import AuditAction, AuditTrail
from lapor_desk.domain.complaint import Complaint, ComplaintInput, DuplicateCandidate, Extras
from lapor_desk.domain.enums import EDITABLE_STATUSES
from lapor_desk.domain.queue import Deadline, QueueCount, QueueFilter, QueueRow
from lapor_desk.domain.search_key import search_key
from lapor_desk.services.complaints import ComplaintService, SaveOutcome
from lapor_desk.storage.errors import StorageError

if TYPE_CHECKING:
    from lapor_desk.accounts.service import AccountService
    from lapor_desk.accounts.supervision import SupervisionServices
    from lapor_desk.deadlines import DeskCalendar
    from lapor_desk.domain.messages import FieldMessage
    from lapor_desk.domain.validation import RegionLookup
    from lapor_desk.paper.book import PaperReceiptBook
    from lapor_desk.receipt import Receipt
    from lapor_desk.reports.service import ReportService
    from lapor_desk.review import ReviewQueue
    from lapor_desk.settings import Settings
    from lapor_desk.sync.service import SyncService


class SessionComplaints:
    """ComplaintService's calls as one signed-in account, each checked against its role."""

    def __init__(self, service: ComplaintService, audit: AuditTrail, actor: Actor, paper: PaperReceiptBook) -> None:
        self.service = service
        self.paper = paper
        self.audit = audit
        self.actor = actor
        self.ended = False  # signed out: a call still on its way is refused
        self._last_search: tuple[str, str] | None = None  # the personal search audited last

    def _require(self, permission: Permission) -> None:
        if self.ended:
            raise PermissionDenied("not_signed_in")
        require(self.actor, permission)

    @property
    def regions(self) -> RegionLookup | None:
        """The region directory the desk holds once loaded (the form's region checks)."""
        return self.service.regions

    def save_draft(
        self, data: ComplaintInput, complaint_id: int | None = None, extras: Extras | None = None
    ) -> SaveOutcome:
        self._require(Permission.RECORD)
        data = self._kept_nik(data, complaint_id)
        return self.service.save_draft(data, complaint_id, extras, who=self.actor.who)

    def record(
        self, data: ComplaintInput, complaint_id: int | None = None, extras: Extras | None = None
    ) -> SaveOutcome:
        self._require(Permission.RECORD)
        data = self._kept_nik(data, complaint_id)
        return self.service.record(data, complaint_id, extras, who=self.actor.who)

    def find_duplicates(self, data: ComplaintInput, exclude_id: int | None = None) -> list[DuplicateCandidate]:
        self._require(Permission.RECORD)
        return self.service.find_duplicates(self._kept_nik(data, exclude_id), exclude_id)

    def _kept_nik(self, data: ComplaintInput, complaint_id: int | None) -> ComplaintInput:
        """A role that may not read the NIK edits with it masked (`open_for_edit`): the mask coming
        back unchanged means "keep the stored NIK"; anything else typed replaces it."""
        if complaint_id is None or self.actor.can(Permission.VIEW_NIK) or "*" not in data.reporter_nik:
            return data
        stored = self.service.get(complaint_id).reporter_nik
        if stored and data.reporter_nik.strip() == mask_nik(stored):
            return dataclasses.replace(data, reporter_nik=stored)
        return data

    def lookup(self, key: str) -> list[QueueRow]:
        self._require(Permission.VIEW_COMPLAINTS)
        rows = self.service.lookup(key)
        self._audit_personal_search(key, "lookup", rows)
        return rows

    def check_paper_receipt(self, typed: str, received_at: datetime | None) -> tuple[FieldMessage, ...]:
        """The form's check of a paper receipt number (and the paper's time) before recording;
        recording checks again in its own transaction."""
        self._require(Permission.RECORD)
        return self.paper.check(typed, received_at)

    def issue_receipt(self, complaint_id: int, output: str) -> tuple[Complaint, int]:
        self._require(Permission.RECORD)
        return self.service.issue_receipt(complaint_id, output, who=self.actor.who)

    def record_reply(self, complaint_id: int, text: str = "", rating: int | None = None) -> Complaint:
        self._require(Permission.RECORD)
        return self.service.record_reply(complaint_id, text, rating, who=self.actor.who)

    def get(self, complaint_id: int) -> Complaint:
        """The complaint view: the NIK masked unless the role may see it, and then audited."""
        self._require(Permission.VIEW_COMPLAINTS)
        complaint = self.service.get(complaint_id)
        if self.actor.can(Permission.VIEW_NIK):
            self._audit_nik_seen(complaint, "view")
            return complaint
        return dataclasses.replace(complaint, reporter_nik=mask_nik(complaint.reporter_nik))

    def open_for_edit(self, complaint_id: int) -> Complaint:
        """The form's values, only for complaints the desk may still edit. The NIK as the role may
        see it: whole (and audited) for a supervisor or admin; masked for a clerk, who can replace
        it but not read it back (saving the mask unchanged keeps the stored NIK)."""
        self._require(Permission.RECORD)
        complaint = self.service.get(complaint_id)
        if complaint.status not in EDITABLE_STATUSES:
            raise StorageError("not_editable", status=str(complaint.status))
        if not self.actor.can(Permission.VIEW_NIK):
            return dataclasses.replace(complaint, reporter_nik=mask_nik(complaint.reporter_nik))
        self._audit_nik_seen(complaint, "edit")
        return complaint

    def _audit_nik_seen(self, complaint: Complaint, purpose: str) -> None:
        if complaint.reporter_nik:
            self.audit.record(
                self.actor.who,
                AuditAction.VIEW_PERSONAL,
                f"complaint:{complaint.id}",
                {"fields": ["reporter_nik"], "purpose": purpose},
            )

    def queue_page(self, filt: QueueFilter, before_id: int | None = None, limit: int = 200) -> list[QueueRow]:
        self._require(Permission.VIEW_COMPLAINTS)
        rows = self.service.queue_page(filt, before_id, limit)
        if before_id is None:  # the search itself, not the pages scrolled after it
            self._audit_personal_search(filt.text, "queue", rows)
        return rows

    def _audit_personal_search(self, text: str, where: str, rows: list[QueueRow]) -> None:
        """A search by NIK or phone number looks a citizen up: the trail says who searched,
        where, for which kind of number (masked, never whole) and which complaints it showed.
        The same search repeated (the queue reloading after a sync) is noted once."""
        key = search_key(text)
        if not key.is_number:
            return
        fields = [name for name, value in (("reporter_nik", key.nik), ("reporter_phone", key.phone)) if value]
        if not fields:
            return
        seen = (where, key.nik or key.phone or "")
        if seen == self._last_search:
            return
        self._last_search = seen
        self.audit.record(
            self.actor.who,
            AuditAction.SEARCH_PERSONAL,
            f"search:{where}",
            {
                "fields": fields,
                "searched": mask_nik(key.nik) if key.nik else _mask_phone(key.phone or ""),
                "found": len(rows),
                "complaints": [row.id for row in rows[:20]],
            },
        )

    def queue_count(self, filt: QueueFilter) -> QueueCount:
        """How many complaints the queue's filter finds (exact up to a limit)."""
        self._require(Permission.VIEW_COMPLAINTS)
        return self.service.queue_count(filt)

    def deadline_of(self, complaint: Complaint) -> Deadline | None:
        """The next deadline of a complaint this session was already allowed to read."""
        return self.service.deadline_of(complaint)

    def receipt_of(
        self, complaint: Complaint, *, copy_number: int = 0, language: str = "id", sheet: str = ""
    ) -> Receipt:
        """The receipt of a complaint this session was already allowed to read."""
        return self.service.receipt_of(complaint, copy_number=copy_number, language=language, sheet=sheet)


def _mask_phone(phone: str) -> str:
    """A phone number as the trail keeps it: its last four digits only."""
    return "*" * max(len(phone) - 4, 0) + phone[-4:]


@dataclass(frozen=True)
class DeskSession:
    """What a signed-in account works with: the services of the desk, built once by `Desk`,
    and the complaint calls bound to this account."""

    actor: Actor
    complaints: SessionComplaints
    accounts: AccountService
    audit: AuditTrail
    calendar: DeskCalendar
    review: ReviewQueue
    reports: ReportService
    settings: Settings
    paper: PaperReceiptBook
    sync: SyncService | None = None

    @classmethod
    def begin(
        cls,
        actor: Actor,
        service: ComplaintService,
        supervision: SupervisionServices,
        settings: Settings,
        sync: SyncService | None = None,
    ) -> DeskSession:
        return cls(
            actor,
            SessionComplaints(service, supervision.audit, actor, supervision.paper),
            supervision.accounts,
            supervision.audit,
            supervision.calendar,
            supervision.review,
            supervision.reports,
            settings,
            supervision.paper,
            sync,
        )

    def can(self, permission: Permission) -> bool:
        return not self.complaints.ended and self.actor.can(permission)

    def end(self) -> None:
        """Signed out: from now on every complaint call of this session is refused."""
        self.complaints.ended = True
