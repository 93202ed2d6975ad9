"""The guarded face of the complaint service and of settings: role checks, NIK masking, audit.

The UI calls these with the signed-in `Actor` instead of calling ComplaintService and
Settings directly; ComplaintService keeps its signatures, and its WriteHook audit
entries name the actor through `audit.acting_as`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from lapor_desk.accounts.service import Actor, Permission, mask_nik, require
from lapor_desk.audit import AuditAction, AuditTrail, acting_as
from lapor_desk.domain.complaint import Complaint, ComplaintInput
from lapor_desk.domain.enums import EDITABLE_STATUSES
from lapor_desk.domain.queue import QueueFilter, QueueRow
from lapor_desk.services.complaints import ComplaintService, SaveOutcome
from lapor_desk.settings import Setting, Settings
from lapor_desk.storage.errors import StorageError


class GuardedComplaints:
    def __init__(self, service: ComplaintService, audit: AuditTrail) -> None:
        self.service = service
        self.audit = audit

    def save_draft(self, actor: Actor, data: ComplaintInput, complaint_id: int | None = None) -> SaveOutcome:
        require(actor, Permission.RECORD)
        with acting_as(actor.who):
            return self.service.save_draft(data, complaint_id)

    def record(self, actor: Actor, data: ComplaintInput, complaint_id: int | None = None) -> SaveOutcome:
        require(actor, Permission.RECORD)
        with acting_as(actor.who):
            return self.service.record(data, complaint_id)

    def view(self, actor: Actor, complaint_id: int) -> Complaint:
        """The complaint view: the NIK masked unless the role may see it, and then audited."""
        require(actor, Permission.VIEW_COMPLAINTS)
        complaint = self.service.get(complaint_id)
        if actor.can(Permission.VIEW_NIK):
            if complaint.reporter_nik:
                self.audit.record(actor.who, AuditAction.VIEW_PERSONAL, f"complaint:{complaint_id}",
                                  {"fields": ["reporter_nik"], "purpose": "view"})
            return complaint
        return dataclasses.replace(complaint, reporter_nik=mask_nik(complaint.reporter_nik))

    def open_for_edit(self, actor: Actor, complaint_id: int) -> Complaint:
        """The form needs every value: only for complaints the desk may still edit; audited."""
        require(actor, Permission.RECORD)
        complaint = self.service.get(complaint_id)
        if complaint.status not in EDITABLE_STATUSES:
            raise StorageError("not_editable", status=str(complaint.status))
        self.audit.record(actor.who, AuditAction.VIEW_PERSONAL, f"complaint:{complaint_id}",
                          {"fields": ["reporter_nik"], "purpose": "edit"})
        return complaint

    def queue_page(self, actor: Actor, filt: QueueFilter, before_id: int | None = None,
                   limit: int = 200) -> list[QueueRow]:
        require(actor, Permission.VIEW_COMPLAINTS)
        return self.service.queue_page(filt, before_id, limit)


def change_setting(actor: Actor, settings: Settings, audit: AuditTrail, setting: Setting[Any], value: Any) -> None:
    """An admin changes a setting; the old and new values go into the audit trail."""
    require(actor, Permission.MANAGE_SETTINGS)
    old = settings.get(setting)
    settings.set(setting, value)
    audit.record(actor.who, AuditAction.SETTINGS_CHANGE, f"setting:{setting.key}",
                 {"old": old, "new": settings.get(setting)})
