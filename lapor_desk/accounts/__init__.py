"""Staff accounts, roles and the permission layer that the core services check."""

from lapor_desk.accounts.service import (
    IT_CONSOLE,
    ROLE_PERMISSIONS,
    AccountError,
    AccountInfo,
    AccountService,
    Actor,
    IdleTimer,
    Permission,
    PermissionDenied,
    Role,
    SignInRefused,
    SupervisionError,
    check_password,
    hash_password,
    mask_nik,
    nik_for,
    require,
)

__all__ = [
    "IT_CONSOLE", "ROLE_PERMISSIONS", "AccountError", "AccountInfo", "AccountService", "Actor", "IdleTimer",
    "Permission", "PermissionDenied", "Role", "SignInRefused", "SupervisionError", "check_password",
    "hash_password", "mask_nik", "nik_for", "require",
]
