"""The supervision services of one desk, built once from the desk's pieces (see Desk.supervision)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lapor_desk.accounts.guard import GuardedComplaints
from lapor_desk.accounts.service import AccountService
from lapor_desk.audit import AuditTrail, AuditWriteHook
from lapor_desk.clock import Clock, system_clock
from lapor_desk.deadlines import DeskCalendar
from lapor_desk.review import ApprovalHook, ReviewQueue
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.services.hooks import WriteHook
from lapor_desk.settings import Settings
from lapor_desk.storage.database import Database

if TYPE_CHECKING:  # reports (regions, openpyxl, fpdf2) load when the supervision services are built
    from lapor_desk.regions import RegionDirectory
    from lapor_desk.reports.service import ReportService


def supervision_hooks(db: Database, settings: Settings, clock: Clock = system_clock) -> tuple[WriteHook, ...]:
    """The in-transaction followers of complaint writes: the audit trail and four-eyes."""
    return (AuditWriteHook(AuditTrail(db, clock)), ApprovalHook(settings))


@dataclass
class SupervisionServices:
    audit: AuditTrail
    accounts: AccountService
    calendar: DeskCalendar
    review: ReviewQueue
    complaints: GuardedComplaints
    reports: ReportService

    @classmethod
    def build(
        cls, db: Database, settings: Settings, complaints: ComplaintService, calendar: DeskCalendar | None = None
    ) -> SupervisionServices:
        """`calendar`: the desk's one calendar (Desk.open builds it for the queue too)."""
        from lapor_desk.reports.service import ReportService

        clock = complaints.clock
        audit = AuditTrail(db, clock)
        calendar = calendar or DeskCalendar(db, audit, settings, clock)
        return cls(
            audit,
            AccountService(db, audit, clock),
            calendar,
            ReviewQueue(db, calendar, settings, audit, clock, complaints.deadline_clock),
            GuardedComplaints(complaints, audit),
            ReportService(
                db,
                calendar,
                audit,
                settings,
                clock,
                regions=lambda: _loaded_regions(complaints),
                deadline_clock=complaints.deadline_clock,
            ),
        )


def _loaded_regions(complaints: ComplaintService) -> RegionDirectory | None:
    """The region directory the desk already holds (the window loads it at start), else the shipped one."""
    from lapor_desk.regions import RegionDirectory
    from lapor_desk.reports.service import shipped_regions

    loaded = complaints.regions
    return loaded if isinstance(loaded, RegionDirectory) else shipped_regions()
