"""The complaint export (`lapor-desk export`) as the core allows it: by role, audited each time.

A supervisor or admin exports without personal data; the reporter's personal fields only for an
admin who asks for them. Every attempt leaves rows in the trail: refused, or requested and then
written or failed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from lapor_desk.accounts.roles import Actor, Permission, PermissionDenied, require
from lapor_desk.audit import AuditAction, AuditTrail
from lapor_desk.storage.database import Database

if TYPE_CHECKING:
    from lapor_desk.backups.copy import Progress
    from lapor_desk.backups.service import BackupService

TARGET = "complaints:all"
BACKUP_TARGET = "database:copy"


def export_complaints(
    actor: Actor, audit: AuditTrail, db: Database, path: Path, *, include_personal: bool = False, header: str = "en"
) -> int:
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


def copy_database(
    actor: Actor,
    audit: AuditTrail,
    backups: BackupService,
    target: Path,
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """A backup written where the person chooses (a USB stick, a share) leaves the owner-only
    backup folder with every reporter's personal data: an admin's export, audited like one.
    Copies into the desk's own backup folder (the daily rotation) need no one."""
    detail: dict[str, Any] = {"export": "database", "file": str(target), "encrypted": passphrase is not None}
    try:
        require(actor, Permission.EXPORT_PERSONAL)
    except PermissionDenied as exc:
        audit.record(actor.who, AuditAction.EXPORT, BACKUP_TARGET, dict(detail, outcome="refused", reason=exc.code))
        raise
    audit.record(actor.who, AuditAction.EXPORT, BACKUP_TARGET, dict(detail, outcome="requested"))
    try:
        written = backups.create(target, passphrase=passphrase, progress=progress)
    except Exception as exc:
        reason = getattr(exc, "code", "") or type(exc).__name__
        audit.record(actor.who, AuditAction.EXPORT, BACKUP_TARGET, dict(detail, outcome="failed", reason=reason))
        raise
    audit.record(actor.who, AuditAction.EXPORT, BACKUP_TARGET, dict(detail, outcome="written", file=str(written)))
    return written
