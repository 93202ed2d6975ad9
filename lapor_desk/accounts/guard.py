"""The guarded face of the complaint service and of settings: role checks, NIK masking, audit.

The UI calls these with the signed-in `Actor` instead of calling ComplaintService and
Settings directly; ComplaintService keeps its signatures, and its WriteHook audit
entries name the actor through `audit.acting_as`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from lapor_desk import settings as settings_module
from lapor_desk.accounts.roles import Actor, Permission, PermissionDenied, mask_nik, require
from lapor_desk.audit import AuditAction, AuditEntry, AuditFilter, AuditTrail, VerifyReport, acting_as
from lapor_desk.audit_anchor import AnchorStore, distinct
from lapor_desk.deadlines import Deadline
from lapor_desk.domain.complaint import Complaint, ComplaintInput, DuplicateCandidate, Extras
from lapor_desk.domain.enums import EDITABLE_STATUSES
from lapor_desk.domain.queue import QueueCount, QueueFilter, QueueRow
from lapor_desk.services.complaints import ComplaintService, SaveOutcome
from lapor_desk.settings import Setting, Settings
from lapor_desk.storage.errors import StorageError

if TYPE_CHECKING:
    from lapor_desk.receipt import Receipt


class GuardedComplaints:
    def __init__(self, service: ComplaintService, audit: AuditTrail) -> None:
        self.service = service
        self.audit = audit

    def save_draft(
        self, actor: Actor, data: ComplaintInput, complaint_id: int | None = None, extras: Extras | None = None
    ) -> SaveOutcome:
        require(actor, Permission.RECORD)
        data = self._kept_nik(actor, data, complaint_id)
        with acting_as(actor.who):
            return self.service.save_draft(data, complaint_id, extras)

    def record(
        self, actor: Actor, data: ComplaintInput, complaint_id: int | None = None, extras: Extras | None = None
    ) -> SaveOutcome:
        require(actor, Permission.RECORD)
        data = self._kept_nik(actor, data, complaint_id)
        with acting_as(actor.who):
            return self.service.record(data, complaint_id, extras)

    def find_duplicates(
        self, actor: Actor, data: ComplaintInput, exclude_id: int | None = None
    ) -> list[DuplicateCandidate]:
        require(actor, Permission.RECORD)
        return self.service.find_duplicates(self._kept_nik(actor, data, exclude_id), exclude_id)

    def _kept_nik(self, actor: Actor, data: ComplaintInput, complaint_id: int | None) -> ComplaintInput:
        """A role that may not read the NIK edits with it masked (`open_for_edit`): the mask coming
        back unchanged means "keep the stored NIK"; anything else typed replaces it."""
        if complaint_id is None or actor.can(Permission.VIEW_NIK) or "*" not in data.reporter_nik:
            return data
        stored = self.service.get(complaint_id).reporter_nik
        if stored and data.reporter_nik.strip() == mask_nik(stored):
            return dataclasses.replace(data, reporter_nik=stored)
        return data

    def lookup(self, actor: Actor, key: str) -> list[QueueRow]:
        require(actor, Permission.VIEW_COMPLAINTS)
        return self.service.lookup(key)

    def issue_receipt(self, actor: Actor, complaint_id: int, output: str) -> tuple[Complaint, int]:
        require(actor, Permission.RECORD)
        with acting_as(actor.who):
            return self.service.issue_receipt(complaint_id, output)

    def record_reply(self, actor: Actor, complaint_id: int, text: str = "", rating: int | None = None) -> Complaint:
        require(actor, Permission.RECORD)
        with acting_as(actor.who):
            return self.service.record_reply(complaint_id, text, rating)

    def session(self) -> SignedInComplaints:
        """One object for the desk's window: the complaint calls, as whoever is signed in now."""
        return SignedInComplaints(self)

    def view(self, actor: Actor, complaint_id: int) -> Complaint:
        """The complaint view: the NIK masked unless the role may see it, and then audited."""
        require(actor, Permission.VIEW_COMPLAINTS)
        complaint = self.service.get(complaint_id)
        if actor.can(Permission.VIEW_NIK):
            if complaint.reporter_nik:
                self.audit.record(
                    actor.who,
                    AuditAction.VIEW_PERSONAL,
                    f"complaint:{complaint_id}",
                    {"fields": ["reporter_nik"], "purpose": "view"},
                )
            return complaint
        return dataclasses.replace(complaint, reporter_nik=mask_nik(complaint.reporter_nik))

    def open_for_edit(self, actor: Actor, complaint_id: int) -> Complaint:
        """The form's values, only for complaints the desk may still edit. The NIK as the role may
        see it: whole (and audited) for a supervisor or admin; masked for a clerk, who can replace
        it but not read it back (saving the mask unchanged keeps the stored NIK)."""
        require(actor, Permission.RECORD)
        complaint = self.service.get(complaint_id)
        if complaint.status not in EDITABLE_STATUSES:
            raise StorageError("not_editable", status=str(complaint.status))
        if not actor.can(Permission.VIEW_NIK):
            return dataclasses.replace(complaint, reporter_nik=mask_nik(complaint.reporter_nik))
        if complaint.reporter_nik:
            self.audit.record(
                actor.who,
                AuditAction.VIEW_PERSONAL,
                f"complaint:{complaint_id}",
                {"fields": ["reporter_nik"], "purpose": "edit"},
            )
        return complaint

    def queue_page(
        self, actor: Actor, filt: QueueFilter, before_id: int | None = None, limit: int = 200
    ) -> list[QueueRow]:
        require(actor, Permission.VIEW_COMPLAINTS)
        return self.service.queue_page(filt, before_id, limit)

    def queue_count(self, actor: Actor, filt: QueueFilter) -> QueueCount:
        require(actor, Permission.VIEW_COMPLAINTS)
        return self.service.queue_count(filt)


class SignedInComplaints:
    """ComplaintService's calls for the account signed in at the desk right now.

    The window hands this one object to its views at start; signing in sets `actor`,
    signing out clears it, and every call then checks the role in the core (a call with
    nobody signed in is refused). Views get the NIK masked as the role requires."""

    def __init__(self, guarded: GuardedComplaints, actor: Actor | None = None) -> None:
        self.guarded = guarded
        self.actor = actor

    def _actor(self) -> Actor:
        actor = self.actor
        if actor is None:
            raise PermissionDenied("not_signed_in")
        return actor

    @property
    def regions(self) -> Any:
        return self.guarded.service.regions

    @regions.setter
    def regions(self, value: Any) -> None:
        self.guarded.service.regions = value

    def save_draft(
        self, data: ComplaintInput, complaint_id: int | None = None, extras: Extras | None = None
    ) -> SaveOutcome:
        return self.guarded.save_draft(self._actor(), data, complaint_id, extras)

    def record(
        self, data: ComplaintInput, complaint_id: int | None = None, extras: Extras | None = None
    ) -> SaveOutcome:
        return self.guarded.record(self._actor(), data, complaint_id, extras)

    def find_duplicates(self, data: ComplaintInput, exclude_id: int | None = None) -> list[DuplicateCandidate]:
        return self.guarded.find_duplicates(self._actor(), data, exclude_id)

    def lookup(self, key: str) -> list[QueueRow]:
        return self.guarded.lookup(self._actor(), key)

    def issue_receipt(self, complaint_id: int, output: str) -> tuple[Complaint, int]:
        return self.guarded.issue_receipt(self._actor(), complaint_id, output)

    def record_reply(self, complaint_id: int, text: str = "", rating: int | None = None) -> Complaint:
        return self.guarded.record_reply(self._actor(), complaint_id, text, rating)

    def get(self, complaint_id: int) -> Complaint:
        """A complaint to look at: the NIK masked unless the role may see it (then audited)."""
        return self.guarded.view(self._actor(), complaint_id)

    def open_for_edit(self, complaint_id: int) -> Complaint:
        return self.guarded.open_for_edit(self._actor(), complaint_id)

    def queue_page(self, filt: QueueFilter, before_id: int | None = None, limit: int = 200) -> list[QueueRow]:
        return self.guarded.queue_page(self._actor(), filt, before_id, limit)

    def queue_count(self, filt: QueueFilter) -> QueueCount:
        return self.guarded.queue_count(self._actor(), filt)

    def deadline_of(self, complaint: Complaint) -> Deadline | None:
        return self.guarded.service.deadline_of(complaint)

    def receipt_of(
        self, complaint: Complaint, *, copy_number: int = 0, language: str = "id", sheet: str = ""
    ) -> Receipt:
        return self.guarded.service.receipt_of(complaint, copy_number=copy_number, language=language, sheet=sheet)


def audit_page(
    actor: Actor, audit: AuditTrail, filt: AuditFilter | None = None, before_seq: int | None = None, limit: int = 200
) -> list[AuditEntry]:
    """The supervisor's audit browser, newest first."""
    require(actor, Permission.VIEW_AUDIT)
    return audit.page(filt or AuditFilter(), before_seq, limit)


def audit_verify(actor: Actor, audit: AuditTrail, anchors: AnchorStore | None = None) -> VerifyReport:
    """The chain, and the anchor copies the desk keeps (audit_anchor.py) when given."""
    require(actor, Permission.VIEW_AUDIT)
    return audit.verify(anchors=distinct(anchors.copies()) if anchors is not None else ())


def is_protected(setting: Setting[Any]) -> bool:
    """On the command line only an admin, signed in, may change it (in the window every
    setting is an admin's); the settings module keeps the one list."""
    return settings_module.is_protected(setting.key)


def require_setting_change(actor: Actor) -> None:
    require(actor, Permission.MANAGE_SETTINGS)


def change_setting(actor: Actor, settings: Settings, audit: AuditTrail, setting: Setting[Any], value: Any) -> None:
    """An admin changes a setting; the old and new values go into the audit trail."""
    require_setting_change(actor)
    old = settings.get(setting)
    settings.set(setting, value)
    audit.record(
        actor.who, AuditAction.SETTINGS_CHANGE, f"setting:{setting.key}", {"old": old, "new": settings.get(setting)}
    )


@contextmanager
def refusals_audited(audit: AuditTrail, actor: Actor, target: str) -> Iterator[None]:
    """A refusal by the role check leaves a row in the signed-in account's name (the command
    line's attempts: the window does not offer what the role may not do)."""
    try:
        yield
    except PermissionDenied as exc:
        audit.record(
            actor.who,
            AuditAction.REFUSED,
            target,
            {"reason": exc.code, "permission": str(exc.params.get("permission", ""))},
        )
        raise
