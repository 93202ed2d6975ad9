"""Storage failures turned into errors the desk can explain to a person."""

from __future__ import annotations

from lapor_desk.i18n import CodedError


class StorageError(CodedError):
    """A database problem with a message code from the core catalogue."""


# What PostgreSQL's driver says when the office's server cannot be reached or goes away.
_SERVER_GONE = (
    "connection refused",
    "could not connect",
    "connection failed",
    "timeout expired",
    "server closed the connection",
    "terminating connection",
    "connection is lost",
    "consuming input failed",
    "the connection is closed",
    "no route to host",
    "could not translate host name",
)


def explain(exc: BaseException, path: str = "", *, server: str = "", user: str = "") -> StorageError | None:
    """The StorageError for a DBAPI failure we recognise, else None. `server` and `user` name
    the PostgreSQL server and role (an office's database); empty for a SQLite file."""
    if isinstance(exc, StorageError):
        return exc
    original = getattr(exc, "orig", None) or exc  # a SQLAlchemy DBAPIError wraps the driver's
    text = str(original).lower()
    if server:
        first_line = str(original).strip().splitlines()[0] if str(original).strip() else ""
        if "password authentication failed" in text or ("role" in text and "does not exist" in text):
            return StorageError("db_login_failed", server=server, user=user)
        if "permission denied" in text or "must be owner" in text:
            return StorageError("db_no_rights", server=server, user=user, detail=first_line)
        if any(words in text for words in _SERVER_GONE):
            return StorageError("db_server_unreachable", server=server, detail=first_line)
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
