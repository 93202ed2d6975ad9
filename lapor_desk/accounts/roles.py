"""Roles, permissions and the signed-in actor: light enough for the window to import at start.

(The account service, with its database and password hashing, is in accounts/service.py.)
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from lapor_desk.i18n import CodedError, Message

if TYPE_CHECKING:
    from lapor_desk.audit import Who


class Role(StrEnum):
    CLERK = "clerk"  # petugas
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Permission(StrEnum):
    RECORD = "record"  # create and edit complaints
    VIEW_COMPLAINTS = "view_complaints"
    VIEW_NIK = "view_nik"  # the NIK unmasked (every view is audited)
    REVIEW = "review"  # the review queue, approve / return
    DASHBOARD = "dashboard"  # dashboard and monthly reports
    EXPORT = "export"  # report exports without personal data
    EXPORT_PERSONAL = "export_personal"  # include personal data in an export
    VIEW_AUDIT = "view_audit"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_SETTINGS = "manage_settings"  # settings, deadline profile, calendar closures
    RESERVE_PAPER = "reserve_paper"  # reserve, print and void blocks of paper receipt numbers
    IMPORT = "import"  # import old complaints (accounts/imports.py: also the unsigned console's rule)


# A role as a sentence names it ("the clerk role may not…"), in the message's language.
ROLE_NAMES: dict[Role, Message] = {role: Message(f"role_in_sentence.{role}") for role in Role}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset({Permission.RECORD, Permission.VIEW_COMPLAINTS}),
    Role.SUPERVISOR: frozenset(
        {
            Permission.RECORD,
            Permission.VIEW_COMPLAINTS,
            Permission.VIEW_NIK,
            Permission.REVIEW,
            Permission.DASHBOARD,
            Permission.EXPORT,
            Permission.VIEW_AUDIT,
            Permission.RESERVE_PAPER,
        }
    ),
    Role.ADMIN: frozenset(Permission),
}


# Made fresh in each process: an Actor is trusted only if this process's account service
# signed it in (see `seal`). An Actor built by hand, or copied with another role, is refused.
_SEAL_KEY = secrets.token_bytes(32)


@dataclass(frozen=True)
class Actor:
    """A signed-in staff member: what every guarded service is given.

    Only the account service makes a trusted one (`seal` after checking the password); the
    core's checks refuse any other, so no caller can act as an admin it did not sign in."""

    account_id: int
    username: str
    display_name: str
    role: Role
    is_trainee: bool = False
    must_change_password: bool = False  # after an admin's reset: the UI asks for a new one first
    nip: str = ""  # the officer's NIP, for the intake form and the receipt
    seal: str = field(default="", repr=False, compare=False)

    def can(self, permission: Permission) -> bool:
        """What the role allows once signed in properly; nothing while a new password is owed."""
        return self.sealed and not self.must_change_password and permission in ROLE_PERMISSIONS[self.role]

    @property
    def sealed(self) -> bool:
        return bool(self.seal) and hmac.compare_digest(self.seal, _seal_of(self))

    @property
    def who(self) -> Who:
        from lapor_desk.audit import Who  # the audit trail (SQLAlchemy) loads with the services

        return Who(self.username, str(self.role), self.is_trainee, self.display_name)


def _seal_of(actor: Actor) -> str:
    text = "\x1f".join(
        (str(actor.account_id), actor.username, str(actor.role), str(actor.is_trainee), str(actor.must_change_password))
    )
    return hmac.new(_SEAL_KEY, text.encode("utf-8"), hashlib.sha256).hexdigest()


def seal(actor: Actor) -> Actor:
    """For the account service only, after it has checked the password: the trusted Actor."""
    return replace(actor, seal=_seal_of(actor))


# IT at the machine, as the audit trail names tools that act without an account (`register`,
# `accounts create-admin`). Never sealed: no permission check passes for it.
IT_CONSOLE = Actor(0, "(konsol-it)", "IT", Role.ADMIN)


class SupervisionError(CodedError):
    """A refusal with a message code from the core catalogue."""


class PermissionDenied(SupervisionError):
    pass


class SignInRefused(SupervisionError):
    pass


class AccountError(SupervisionError):
    pass


def require(actor: Actor, permission: Permission) -> None:
    """The one check for the window and the command line alike."""
    if not actor.sealed:
        raise PermissionDenied("not_signed_in")
    if actor.must_change_password:
        raise PermissionDenied("must_change_password")
    if not actor.can(permission):
        raise PermissionDenied("permission_denied", role=ROLE_NAMES[actor.role], permission=str(permission))


def mask_nik(nik: str) -> str:
    """Keep the region (first 6) and the last 4 digits; hide the birth date and sex."""
    if not nik:
        return ""
    if len(nik) <= 10:
        return "*" * len(nik)
    return nik[:6] + "*" * (len(nik) - 10) + nik[-4:]


def nik_for(actor: Actor, nik: str) -> str:
    return nik if actor.can(Permission.VIEW_NIK) else mask_nik(nik)


class IdleTimer:
    """The session's idle lock, on the monotonic clock so that clock changes do not matter."""

    def __init__(self, minutes: int, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.limit = minutes * 60.0
        self.monotonic = monotonic
        self.last = monotonic()

    def touch(self) -> None:
        self.last = self.monotonic()

    def expired(self) -> bool:
        return self.limit > 0 and self.monotonic() - self.last >= self.limit
