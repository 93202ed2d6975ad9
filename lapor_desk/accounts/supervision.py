"""The supervision services of one desk, built once from the desk's pieces (see Desk.supervision)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lapor_desk.accounts.roles import Actor
from lapor_desk.accounts.service import AccountService
from lapor_desk.audit import AuditTrail, AuditWriteHook
from lapor_desk.clock import Clock, system_clock
from lapor_desk.deadlines import DeskCalendar
from lapor_desk.paper.book import PaperReceiptBook
from lapor_desk.review import ApprovalHook, ReviewQueue
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.services.hooks import WriteHook
from lapor_desk.session import DeskSession
from lapor_desk.settings import Settings
from lapor_desk.storage.database import Database

if TYPE_CHECKING:  # reports (regions, openpyxl, fpdf2) load when the supervision services are built
    from lapor_desk.regions import RegionDirectory
    from lapor_desk.reports.service import ReportService
    from lapor_desk.sync.service import SyncService


def supervision_hooks(
    db: Database, settings: Settings, clock: Clock = system_clock, audit: AuditTrail | None = None
) -> tuple[WriteHook, ...]:
    """The in-transaction followers of complaint writes: four-eyes, then the audit trail.

    The audit trail comes last: its lock (one chain for the whole office) is held until the
    commit, so every other counter's save waits for as little as possible."""
    return (ApprovalHook(settings), AuditWriteHook(audit or AuditTrail(db, clock)))


@dataclass
class SupervisionServices:
    audit: AuditTrail
    accounts: AccountService
    calendar: DeskCalendar
    review: ReviewQueue
    complaints: ComplaintService  # unguarded: a signed-in account's calls go through `session`
    reports: ReportService
    settings: Settings
    paper: PaperReceiptBook  # blocks of paper receipt numbers for when the server is down

    @classmethod
    def build(
        cls,
        db: Database,
        settings: Settings,
        complaints: ComplaintService,
        *,
        audit: AuditTrail | None = None,
        calendar: DeskCalendar | None = None,
    ) -> SupervisionServices:
        """The services around `complaints`; the desk passes the audit trail and calendar it
        already built, so each exists once."""
        from lapor_desk.reports.service import ReportService

        clock = complaints.clock
        audit = audit or AuditTrail(db, clock)
        calendar = calendar or DeskCalendar(db, audit, settings, clock)
        return cls(
            audit,
            AccountService(db, audit, clock),
            calendar,
            ReviewQueue(db, calendar, settings, audit, clock, complaints.deadline_clock),
            complaints,
            ReportService(
                db,
                calendar,
                audit,
                settings,
                clock,
                regions=lambda: _loaded_regions(complaints),
                deadline_clock=complaints.deadline_clock,
            ),
            settings,
            PaperReceiptBook(db, settings, audit, clock),
        )

    def session(self, actor: Actor, sync: SyncService | None = None) -> DeskSession:
        """The desk as `actor`, signed in by `accounts`: complaint calls bound to it."""
        return DeskSession.begin(actor, self.complaints, self, self.settings, sync)


def _loaded_regions(complaints: ComplaintService) -> RegionDirectory | None:
    """The region directory the desk already holds (the window loads it at start), else the shipped one."""
    from lapor_desk.regions import RegionDirectory
    from lapor_desk.reports.service import shipped_regions

    loaded = complaints.regions
    return loaded if isinstance(loaded, RegionDirectory) else shipped_regions()
