"""Storage failures turned into errors the desk can explain to a person."""

from __future__ import annotations

from typing import Any

from lapor_desk.i18n import translate


class StorageError(Exception):
    """A database problem with a message code from the core catalogue."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(translate(code, "en", params))
        self.code = code
        self.params = params

    def text(self, language: str = "id") -> str:
        return translate(self.code, language, self.params)


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
    if "unable to open database" in text:
        return StorageError("db_cannot_open", detail=str(original))
    return None
