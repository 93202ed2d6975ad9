"""One consistent copy of a SQLite database, checked before it counts, never left half-written.

SQLite's online backup API copies page by page while the app keeps writing (a write restarts
the copy of the pages it changed, so the result is one consistent snapshot). The copy goes to
a hidden temporary file in the target folder (0600, in a 0700 folder), is checked with
`PRAGMA integrity_check`, synced, and only then renamed into place: a disk that fills up, a
kill or a failed check leaves no partial file behind.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from lapor_desk.storage.errors import StorageError

PAGES_PER_STEP = 2048  # 8 MiB at the default 4 KiB page: a progress tick every few tens of ms
FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
Progress = Callable[[int, int], None]  # (pages done, pages in all)


def private_folder(folder: Path) -> Path:
    """Create `folder` (and parents) and make it owner-only (0700)."""
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def private_temp(folder: Path, prefix: str) -> Path:
    """A new empty 0600 file in `folder`, named so rotation and restores never take it for a backup."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=f".{prefix}-", suffix=".partial")
    os.close(fd)
    os.chmod(name, 0o600)
    return Path(name)


def online_copy(source: Path, target: Path, *, progress: Progress | None = None, durable: bool = True) -> Path:
    """Copy the SQLite database at `source` to `target` (atomic, checked, 0600). Returns target.
    `durable=False` for a copy that is only read once and deleted (the clear copy an encrypted
    backup is sealed from): no fsync, which at 1,000,000 complaints would force 1.9 GB to disk."""
    private_folder(target.parent)
    tmp = private_temp(target.parent, "backup")
    try:
        copy_to(source, tmp, progress=progress)
        problems = integrity_problems(tmp)
        if problems:
            raise StorageError("backup_check_failed", path=str(source), detail="; ".join(problems))
        if durable:
            fsync_file(tmp)
        os.replace(tmp, target)
        if durable:
            fsync_dir(target.parent)
    except BaseException as exc:
        with suppress(OSError):
            tmp.unlink()
        raise as_storage_error(exc, target) from exc
    return target


def copy_to(source: Path, target: Path, *, progress: Progress | None = None) -> None:
    """The backup API, a step at a time; `target` must be an empty or new file."""
    src = sqlite3.connect(source, timeout=30)  # reads only; a WAL reader needs the -shm it may create
    try:
        dst = sqlite3.connect(target)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            # The copy is a plain rollback-journal file: one file, nothing beside it to carry.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def integrity_problems(path: Path, limit: int = 5) -> list[str]:
    """`PRAGMA integrity_check` of a file: [] when sound."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({int(limit)})")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def drop_cached(fd: int, end: int) -> None:
    """Start writing out bytes [0, end) of an open file and let the page cache forget the
    ones already written (Linux: POSIX_FADV_DONTNEED starts writeback of dirty pages and drops
    clean ones). A large copy then never builds up gigabytes of dirty pages that one final
    fsync (or the kernel's flusher) pushes to the disk in a burst, queueing every other read
    on that disk (a window's page-in) behind it, nor evicts the rest of the page cache."""
    if hasattr(os, "posix_fadvise") and end > 0:
        with suppress(OSError):
            os.posix_fadvise(fd, 0, end, os.POSIX_FADV_DONTNEED)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def as_storage_error(exc: BaseException, target: Path) -> BaseException:
    """A disk that filled up (or a read-only folder) as a message naming the file; others as they are."""
    if isinstance(exc, StorageError) and exc.code != "db_full":
        return exc
    text = str(exc).lower()
    full = (isinstance(exc, OSError) and exc.errno in FULL_ERRNOS) or "full" in text or "disk i/o" in text
    if full or (isinstance(exc, StorageError) and exc.code == "db_full"):
        return StorageError("disk_full_at", path=str(target))
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError("data_folder_readonly", path=str(target.parent))
    if isinstance(exc, sqlite3.Error):
        return StorageError("db_cannot_open", detail=f"{target}: {exc}")
    return exc
