"""Role checks around the audit browser and settings changes, and audited refusals.

(The complaint calls of a signed-in account are a DeskSession's: lapor_desk/session.py.)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from lapor_desk import settings as settings_module
from lapor_desk.accounts.roles import Actor, Permission, PermissionDenied, require
from lapor_desk.audit import AuditAction, AuditEntry, AuditFilter, AuditTrail, VerifyReport
from lapor_desk.audit_anchor import AnchorStore, distinct
from lapor_desk.settings import Setting, Settings


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
