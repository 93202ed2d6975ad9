"""Storage failures turned into errors the desk can explain to a person."""

from __future__ import annotations

from lapor_desk.i18n import CodedError


class StorageError(CodedError):
    """A database problem with a message code from the core catalogue."""


def explain(exc: BaseException, path: str = "") -> StorageError | None:
    """The StorageError for a DBAPI failure we recognise, else None."""
    if isinstance(exc, StorageError):
        return exc
    original = getattr(exc, "orig", None) or exc  # a SQLAlchemy DBAPIError wraps the driver's
    text = str(original).lower()
    if "database is locked" in text or "database table is locked" in text:
        return StorageError("db_locked")
    if "readonly" in text or "read-only" in text:
        return StorageError("db_readonly", path=path)
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError("db_full")
    if "file is not a database" in text or "malformed" in text:
        return StorageError("db_corrupt", path=path)
    if "disk i/o error" in text:
        return StorageError("db_io_error", path=path)
    if "unable to open database" in text:
        return StorageError("db_cannot_open", detail=str(original))
    return None
