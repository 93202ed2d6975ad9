"""Staff accounts, roles and the permission layer that the core services check.

Roles and the actor (accounts.roles) load at once; the account service, with SQLAlchemy and
the password hashing, loads on first use, so the window can paint before the database opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lapor_desk.accounts.roles import (
    IT_CONSOLE,
    ROLE_PERMISSIONS,
    AccountError,
    Actor,
    IdleTimer,
    Permission,
    PermissionDenied,
    Role,
    SignInRefused,
    SupervisionError,
    mask_nik,
    nik_for,
    require,
)

if TYPE_CHECKING:
    from lapor_desk.accounts.passwords import check_password, hash_password
    from lapor_desk.accounts.service import AccountInfo, AccountService

_FROM_SERVICE = {"AccountInfo", "AccountService"}
_FROM_PASSWORDS = {"check_password", "hash_password"}


def __getattr__(name: str) -> Any:
    if name in _FROM_SERVICE:
        from lapor_desk.accounts import service

        return getattr(service, name)
    if name in _FROM_PASSWORDS:
        from lapor_desk.accounts import passwords

        return getattr(passwords, name)
    raise AttributeError(name)


__all__ = [
    "IT_CONSOLE",
    "ROLE_PERMISSIONS",
    "AccountError",
    "AccountInfo",
    "AccountService",
    "Actor",
    "IdleTimer",
    "Permission",
    "PermissionDenied",
    "Role",
    "SignInRefused",
    "SupervisionError",
    "check_password",
    "hash_password",
    "mask_nik",
    "nik_for",
    "require",
]
