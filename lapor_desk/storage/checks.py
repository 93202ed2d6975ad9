"""Start-up checks of a desk database file: empty, foreign or damaged files stop the start.

A missing file is a new desk. Anything else where a desk database is expected must be a
lapor-desk database that passes `PRAGMA quick_check`; otherwise the desk would silently
start afresh (receipt serials from 1, an "intact" empty audit trail, a sync cursor moved
past events it no longer holds), so the start stops and names the newest backup instead.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path

from lapor_desk.i18n import Message
from lapor_desk.storage.errors import StorageError, explain

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every released schema (0001 onwards) has; a SQLite file without them is foreign.
DESK_TABLES = frozenset({"alembic_version", "complaints"})
BACKUP_SUFFIXES = (".sqlite3", ".lapor-backup")


def newest_backup(backup_dir: Path | None) -> Path | None:
    """The most recent backup file in `backup_dir` (by modification time), if any."""
    if backup_dir is None or not backup_dir.is_dir():
        return None
    try:
        found = [p for p in backup_dir.iterdir() if p.is_file() and p.name.endswith(BACKUP_SUFFIXES)]
    except OSError:
        return None
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


def backup_hint(backup_dir: Path | None) -> Message | str:
    newest = newest_backup(backup_dir)
    if newest is None:
        return Message("backup_hint_none")
    return str(newest)


def check_desk_file(path: Path, backup_dir: Path | None) -> None:
    """Raise StorageError when the file at `path` must not be opened as this desk's database.

    A missing file passes (a brand-new install creates it), and so does a SQLite file with
    no tables at all (a first start cut before its first migration).
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageError("db_cannot_open", detail=f"{path}: {exc.strerror or exc}") from exc
    where = {"path": str(path), "backup": backup_hint(backup_dir)}
    if size == 0:
        raise StorageError("db_empty", **where)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError("db_cannot_open", detail=f"{path}: {exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise StorageError("db_not_sqlite", **where)
    problem = _inspect(path)
    if problem is not None:
        raise StorageError(problem[0], detail=problem[1], **where)


# quick_check reads every page: about 1 s per 100,000 complaints. A file this small is checked
# at every start; a larger one at the first start of each day (and the daily backup's
# integrity_check reads it all again), so a desk of a million complaints does not wait ~10 s
# at every start and every command.
ALWAYS_CHECK_BELOW_BYTES = 64 * 1024 * 1024
FULL_CHECK_EVERY_S = 24 * 3600


def _checked_mark(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def _full_check_due(path: Path, size: int) -> bool:
    """True unless this very file (its inode: a file moved or restored into place is another)
    passed a full check within the day."""
    if size < ALWAYS_CHECK_BELOW_BYTES:
        return True
    mark = _checked_mark(path)
    try:
        fresh = abs(time.time() - mark.stat().st_mtime) < FULL_CHECK_EVERY_S
        return not (fresh and mark.read_text(encoding="utf-8").strip() == str(path.stat().st_ino))
    except (OSError, UnicodeDecodeError):
        return True


def _mark_checked(path: Path) -> None:
    # A read-only folder: the next start checks in full again.
    with contextlib.suppress(OSError):
        _checked_mark(path).write_text(f"{path.stat().st_ino}\n", encoding="utf-8")


def _inspect(path: Path) -> tuple[str, str] | None:
    """(code, detail) of what is wrong with a SQLite file, or None when it is a sound desk file."""
    # Read-only and immutable-free: a check never writes, never creates a journal.
    uri = f"file:{path}?mode=ro"
    full = _full_check_due(path, path.stat().st_size)
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")] if full else ["ok"]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        # A full disk or a read-only folder (no room for the -shm file) is not damage.
        known = explain(exc, str(path))
        if known is not None and known.code == "db_locked":
            return None  # another program is writing; the normal open waits for it
        if known is not None and known.code != "db_corrupt":
            raise known from exc
        return "db_damaged", str(exc)
    if rows != ["ok"]:
        return "db_damaged", "; ".join(str(r) for r in rows)
    if names and not names >= DESK_TABLES:
        return "db_foreign", ", ".join(sorted(names)[:5])
    if full and names:
        _mark_checked(path)
    return None
