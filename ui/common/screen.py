"""What a screen may ask of the signed-in session (lapor_desk.session.DeskSession).

A screen is built with the session after sign-in and dropped at sign-out, so it never holds
a service that is "not there yet". It types what it is given with these protocols, not with
the core's classes: the complaint calls here are the checked ones of the signed-in account
(the core decides who may do what), and a screen sees nothing else of the desk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from datetime import datetime

    from lapor_desk.accounts.roles import Actor, Permission
    from lapor_desk.accounts.service import AccountService
    from lapor_desk.audit import AuditTrail
    from lapor_desk.deadlines import Deadline, DeskCalendar
    from lapor_desk.domain.complaint import Complaint, ComplaintInput, DuplicateCandidate, Extras
    from lapor_desk.domain.messages import FieldMessage
    from lapor_desk.domain.queue import QueueCount, QueueFilter, QueueRow
    from lapor_desk.domain.validation import RegionLookup
    from lapor_desk.paper.book import PaperReceiptBook
    from lapor_desk.receipt import Receipt
    from lapor_desk.reports.service import ReportService
    from lapor_desk.review import ReviewQueue
    from lapor_desk.services.complaints import SaveOutcome
    from lapor_desk.settings import Settings


class QueueCalls(Protocol):
    """What the queue's model reads: pages and a count."""

    def queue_page(self, filt: QueueFilter, before_id: int | None = None, limit: int = 200) -> list[QueueRow]: ...

    def queue_count(self, filt: QueueFilter) -> QueueCount: ...


class ComplaintCalls(QueueCalls, Protocol):
    """The complaint calls of the signed-in account (lapor_desk.session.SessionComplaints)."""

    @property
    def regions(self) -> RegionLookup | None: ...

    def save_draft(
        self, data: ComplaintInput, complaint_id: int | None = None, extras: Extras | None = None
    ) -> SaveOutcome: ...

    def record(
        self, data: ComplaintInput, complaint_id: int | None = None, extras: Extras | None = None
    ) -> SaveOutcome: ...

    def find_duplicates(self, data: ComplaintInput, exclude_id: int | None = None) -> list[DuplicateCandidate]: ...

    def lookup(self, key: str) -> list[QueueRow]: ...

    def get(self, complaint_id: int) -> Complaint: ...

    def open_for_edit(self, complaint_id: int) -> Complaint: ...

    def issue_receipt(self, complaint_id: int, output: str) -> tuple[Complaint, int]: ...

    def check_paper_receipt(self, typed: str, received_at: datetime | None) -> tuple[FieldMessage, ...]: ...

    def record_reply(self, complaint_id: int, text: str = "", rating: int | None = None) -> Complaint: ...

    def deadline_of(self, complaint: Complaint) -> Deadline | None: ...

    def receipt_of(
        self, complaint: Complaint, *, copy_number: int = 0, language: str = "id", sheet: str = ""
    ) -> Receipt: ...


class ScreenSession(Protocol):
    """The signed-in session as a screen sees it. The supervision services take `actor` as
    their first argument and check its role themselves."""

    @property
    def actor(self) -> Actor: ...

    @property
    def complaints(self) -> ComplaintCalls: ...

    @property
    def accounts(self) -> AccountService: ...

    @property
    def audit(self) -> AuditTrail: ...

    @property
    def calendar(self) -> DeskCalendar: ...

    @property
    def review(self) -> ReviewQueue: ...

    @property
    def reports(self) -> ReportService: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def paper(self) -> PaperReceiptBook: ...

    def can(self, permission: Permission) -> bool: ...
