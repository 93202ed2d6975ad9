"""An audit entry in words: who did what to which complaint, for the *Jejak audit* screen.

The trail keeps codes and a JSON detail (`audit.py`), which stays one step away for whoever
checks the chain. Complaints are named by their receipt number (looked up in one query per
page), settings by their key, accounts by their user name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import Any

from sqlalchemy import select

from lapor_desk.audit import AuditAction, AuditEntry, AuditTrail
from lapor_desk.i18n import CATALOG, translate
from lapor_desk.labels import audit_action_label, field_label, role_label, status_label
from lapor_desk.storage.repository import COMPLAINTS

_EDIT_ACTIONS = {
    "discard_refused_edit",
    "refused_edit_to_supplement",
    "supplement",
    "resend_as_new_revision",
    "retry_reply",
    "drop_reply",
}


def complaint_ids(entries: Sequence[AuditEntry]) -> set[int]:
    out = set()
    for e in entries:
        kind, _, key = e.target.partition(":")
        if kind == "complaint" and key.isdigit():
            out.add(int(key))
    return out


def receipt_numbers(trail: AuditTrail, entries: Sequence[AuditEntry]) -> dict[int, str]:
    """Complaint id -> receipt number (or "#id" for a draft without one), in one query."""
    ids = complaint_ids(entries)
    if not ids:
        return {}
    with trail.db.read() as conn:
        rows = conn.execute(
            select(COMPLAINTS.c.id, COMPLAINTS.c.receipt_number).where(COMPLAINTS.c.id.in_(sorted(ids)))
        ).all()
    return {int(r.id): str(r.receipt_number or f"#{r.id}") for r in rows}


def describe_page(trail: AuditTrail, entries: Sequence[AuditEntry], language: str) -> list[str]:
    """Each entry of a page in words (run off the GUI thread: it reads the database once)."""
    numbers = receipt_numbers(trail, entries)
    return [describe(e, language, numbers) for e in entries]


def describe(entry: AuditEntry, language: str, numbers: Mapping[int, str] | None = None) -> str:
    d: dict[str, Any] = entry.detail or {}
    kind, _, key = entry.target.partition(":")
    complaint = (numbers or {}).get(int(key), f"#{key}") if kind == "complaint" and key.isdigit() else entry.target
    say = _Sayer(language)
    action = entry.action
    if action == AuditAction.SIGN_IN:
        return say("audit_says_sign_in")
    if action == AuditAction.SIGN_OUT:
        return say("audit_says_sign_out")
    if action == AuditAction.SIGN_IN_FAILED:
        reason = str(d.get("reason", "password"))
        code = f"audit_says_sign_in_failed_{reason}"
        return say(code, user=key, attempt=d.get("attempt", "?")) if say.has(code) else say.other(entry)
    if action == AuditAction.ACCOUNT_LOCKED:
        return say("audit_says_account_locked", user=key, minutes=d.get("minutes", "?"))
    if action == AuditAction.VIEW_PERSONAL:
        code = "audit_says_view_personal_edit" if d.get("purpose") == "edit" else "audit_says_view_personal"
        return say(code, complaint=complaint)
    if action == AuditAction.SEARCH_PERSONAL:
        kind = "nik" if "reporter_nik" in (d.get("fields") or ()) else "phone"
        return say(
            f"audit_says_search_{kind}",
            searched=d.get("searched", ""),
            count=int(d.get("found", 0)),
        )
    if action == AuditAction.CREATE:
        if "count" in d:
            return say("audit_says_create_many", count=int(d["count"]), source=d.get("source", ""))
        return say("audit_says_create", complaint=complaint)
    if action == AuditAction.EDIT:
        return _edit(say, d, complaint)
    if action == AuditAction.STATUS_CHANGE:
        if "count" in d:
            return say("audit_says_status_many", count=int(d["count"]), status=status_label(d.get("new"), language))
        code = "audit_says_status_central" if d.get("source") in ("central", "sync") else "audit_says_status"
        return say(code, complaint=complaint, status=status_label(d.get("status"), language))
    if action == AuditAction.EXPORT:
        return _export(say, entry.target, d)
    if action == AuditAction.SETTINGS_CHANGE:
        return say("audit_says_setting", key=key, old=_value(d.get("old")), new=_value(d.get("new")))
    if action == AuditAction.ACCOUNT_CHANGE:
        change = str(d.get("change", "updated"))
        code = f"audit_says_account_{change}"
        if not say.has(code):
            return say.other(entry)
        role = role_label(d["role"], language) if d.get("role") else ""
        return say(code, user=key, role=role, os_user=d.get("os_user", ""))
    if action == AuditAction.CALENDAR_CHANGE:
        if d.get("added"):
            return say("audit_says_calendar_added", count=len(d["added"]))
        return say("audit_says_calendar_removed", count=len(d.get("removed") or ()))
    if action == AuditAction.REVIEW_DECISION:
        code = f"audit_says_review_{d.get('decision', '')}"
        return say(code, complaint=complaint) if say.has(code) else say.other(entry)
    if action == AuditAction.RESTORE:
        return say("audit_says_restore", file=PurePath(str(d.get("from", key))).name, count=int(d.get("complaints", 0)))
    if action == AuditAction.PURGE:
        return say("audit_says_purge", count=int(d.get("count", 0)), days=d.get("retention_days", "?"))
    if action == AuditAction.REFUSED:
        return say("audit_says_refused", permission=d.get("permission", ""), target=entry.target)
    return say.other(entry)


def _edit(say: _Sayer, d: Mapping[str, Any], complaint: str) -> str:
    """An edit: a resolve action's own sentence, else the changed fields by their labels."""
    how = str(d.get("action", ""))
    if how in _EDIT_ACTIONS:
        return say(f"audit_says_{how}", complaint=complaint, revision=d.get("revision", ""))
    fields = [field_label(str(f), say.language) for f in d.get("fields") or ()]
    if fields:
        return say("audit_says_edit", complaint=complaint, fields=", ".join(fields))
    return say("audit_says_edit_plain", complaint=complaint)


def _export(say: _Sayer, target: str, d: Mapping[str, Any]) -> str:
    outcome_code = f"audit_outcome_{d.get('outcome', '')}"
    outcome = say(outcome_code) if say.has(outcome_code) else str(d.get("outcome", ""))
    if target.startswith("report:"):
        return say("audit_says_export_report", outcome=outcome)
    if target == "database:copy":
        return say("audit_says_export_copy", outcome=outcome)
    return say("audit_says_export_all", outcome=outcome)


def _value(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


class _Sayer:
    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, code: str, **params: Any) -> str:
        return translate(code, self.language, params)

    @staticmethod
    def has(code: str) -> bool:
        return code in CATALOG

    def other(self, entry: AuditEntry) -> str:
        return self("audit_says_other", action=audit_action_label(entry.action, self.language), target=entry.target)


__all__ = ["describe", "describe_page", "receipt_numbers"]
