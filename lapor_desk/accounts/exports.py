"""The complaint export (`lapor-desk export`) as the core allows it: by role, audited each time.

A supervisor or admin exports without personal data; the reporter's personal fields only for an
admin who asks for them. Every attempt leaves rows in the trail: refused, or requested and then
written or failed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lapor_desk.accounts.roles import Actor, Permission, PermissionDenied, require
from lapor_desk.audit import AuditAction, AuditTrail
from lapor_desk.storage.database import Database

TARGET = "complaints:all"


def export_complaints(actor: Actor, audit: AuditTrail, db: Database, path: Path, *,
                      include_personal: bool = False, header: str = "en") -> int:
    from lapor_desk.transfer import ExportRefused, export_file

    detail: dict[str, Any] = {"export": "complaints", "file": str(path), "personal_data": include_personal}
    try:
        require(actor, Permission.EXPORT)
        if include_personal:
            require(actor, Permission.EXPORT_PERSONAL)
    except PermissionDenied as exc:
        audit.record(actor.who, AuditAction.EXPORT, TARGET, dict(detail, outcome="refused", reason=exc.code))
        raise
    # On record before the file exists, so no export escapes the trail; the outcome follows.
    audit.record(actor.who, AuditAction.EXPORT, TARGET, dict(detail, outcome="requested"))
    try:
        count = export_file(path, db, header=header, include_personal=include_personal)
    except (OSError, ValueError, ExportRefused) as exc:
        reason = exc.code if isinstance(exc, ExportRefused) else type(exc).__name__
        audit.record(actor.who, AuditAction.EXPORT, TARGET, dict(detail, outcome="failed", reason=reason))
        raise
    audit.record(actor.who, AuditAction.EXPORT, TARGET, dict(detail, outcome="written", count=count))
    return count
