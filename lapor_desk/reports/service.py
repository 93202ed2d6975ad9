"""What the dashboard and the report screen call: permission-checked, background-friendly, audited."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from lapor_desk.accounts.roles import Actor, Permission, PermissionDenied, require
from lapor_desk.audit import AuditAction, AuditTrail
from lapor_desk.clock import Clock, system_clock
from lapor_desk.deadlines import DeskCalendar
from lapor_desk.reference import ReferenceData
from lapor_desk.regions import RegionDirectory
from lapor_desk.reports.figures import Figures, Period, compute, period_condition
from lapor_desk.reports.recap import Recap, build_recap
from lapor_desk.reports.writers import ExportError, ExportFormat, write_recap
from lapor_desk.settings import DESK_CODE, DESK_NAME, UI_LANGUAGE, Settings
from lapor_desk.storage.database import Database
from lapor_desk.storage.errors import StorageError
from lapor_desk.storage.repository import C

log = logging.getLogger(__name__)


class ReportService:
    def __init__(
        self,
        db: Database,
        calendar: DeskCalendar,
        audit: AuditTrail,
        settings: Settings,
        clock: Clock = system_clock,
        regions: Callable[[], RegionDirectory | None] | None = None,
        deadline_clock: Clock | None = None,
    ) -> None:
        self.db = db
        self.calendar = calendar
        self.audit = audit
        self.settings = settings
        self.clock = clock
        self._regions = regions or shipped_regions
        # "Now" for overdue figures: the queue's and the review queue's (the desk clock corrected
        # by the offset the sync measured), so the dashboard counts what the queue marks.
        self.deadline_clock = deadline_clock or clock

    def dashboard(self, actor: Actor, period: Period) -> Figures:
        """Every figure of the period; a few aggregate queries, safe to run off the GUI thread."""
        require(actor, Permission.DASHBOARD)
        deadlines, now = self.calendar.deadlines(), self.deadline_clock()
        with self.db.read() as conn:
            return compute(conn, period, deadlines, now)

    def monthly_recap(
        self,
        actor: Actor,
        period: Period,
        *,
        include_personal: bool = False,
        with_listing: bool = True,
        language: str | None = None,
    ) -> Recap:
        """The recap in `language` (the desk's display language when not given)."""
        require(actor, Permission.DASHBOARD)
        if include_personal:
            require(actor, Permission.EXPORT_PERSONAL)
        figures = self.dashboard(actor, period)
        listing = self._listing(period, include_personal) if with_listing else None
        language = language or self.settings.get(UI_LANGUAGE)
        return build_recap(
            figures,
            desk_name=self.settings.get(DESK_NAME),
            desk_code=self.settings.get(DESK_CODE),
            made_at=self.clock(),
            region_name=self.region_name,
            listing=listing,
            include_personal=include_personal,
            topic_name=lambda topic_id: _topic_name(topic_id, language),
            audit_head=self.audit.head(),
            language=language,
        )

    def export_monthly(
        self,
        actor: Actor,
        period: Period,
        fmt: ExportFormat | str,
        out: Path,
        *,
        include_personal: bool = False,
        language: str | None = None,
    ) -> Path:
        """Write the recap in `language` (the desk's display language when not given); personal data
        only when an admin asks for it. Every attempt is audited."""
        fmt = ExportFormat(fmt)
        detail: dict[str, Any] = {
            "report": "monthly",
            "period": period.start.strftime("%Y-%m"),
            "format": str(fmt),
            "file": str(out),
            "personal_data": include_personal,
        }
        try:
            require(actor, Permission.EXPORT)
            recap = self.monthly_recap(
                actor,
                period,
                include_personal=include_personal,
                with_listing=fmt is not ExportFormat.PDF,
                language=language,
            )
        except PermissionDenied as exc:
            self.audit.record(
                actor.who, AuditAction.EXPORT, "report:monthly", dict(detail, outcome="refused", reason=exc.code)
            )
            raise
        # Audited before the file exists, so no export can escape the trail; the outcome follows.
        self.audit.record(actor.who, AuditAction.EXPORT, "report:monthly", dict(detail, outcome="requested"))
        try:
            written = write_recap(recap, fmt, out)
        except ExportError as exc:
            self._outcome(actor, dict(detail, outcome="failed", reason=exc.code))
            raise
        self._outcome(actor, dict(detail, outcome="written"))
        return written

    def _outcome(self, actor: Actor, detail: dict[str, Any]) -> None:
        try:
            self.audit.record(actor.who, AuditAction.EXPORT, "report:monthly", detail)
        except (StorageError, SQLAlchemyError, OSError):
            # The disk that refused the report may refuse this row too; the request is on record.
            log.warning("export outcome not audited: %s", detail, exc_info=True)

    def _listing(self, period: Period, include_personal: bool) -> list[tuple[object, ...]]:
        tz = self.clock().tzinfo
        cols = [
            C.receipt_number,
            C.received_at,
            C.type,
            C.channel,
            C.status,
            C.category_id,
            C.district_code,
            C.village_code,
            C.title,
        ]
        if include_personal:
            cols += [C.reporter_name, C.reporter_nik, C.reporter_phone, C.reporter_email, C.is_anonymous]
        with self.db.read() as conn:
            rows = conn.execute(select(*cols).where(period_condition(period, tz)).order_by(C.received_at, C.id))
            out: list[tuple[object, ...]] = []
            for r in rows:
                # Codes and the local time: the recap writes them in the reader's language.
                received: datetime | None = r[1]
                out.append((r[0], received.astimezone(tz) if received else None, *r[2:]))
        return out

    def region_name(self, code: str) -> str:
        directory = self._regions()
        region = directory.get(code) if directory and code else None
        return region.name if region else code


def _topic_name(topic_id: str, language: str) -> str:
    """The topic's path in the shipped LAPOR! tree ("Infrastruktur - Jalan dan Jembatan"); the id if unknown.
    A plain hyphen: the PDF's core fonts are Latin-1, which has no "›"."""
    reference = _shipped_reference()
    return reference.topic_path(topic_id, language).replace(" › ", " - ") if reference else topic_id


@lru_cache(maxsize=1)
def _shipped_reference() -> ReferenceData | None:
    try:
        return ReferenceData.defaults()
    except (OSError, ValueError, KeyError):
        return None


@lru_cache(maxsize=1)
def shipped_regions() -> RegionDirectory | None:
    try:
        return RegionDirectory.load()
    except (OSError, ValueError):
        return None


__all__ = ["ExportFormat", "ReportService"]
