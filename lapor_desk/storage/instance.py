"""OS file locks saying who uses a desk database: the app, headless commands, a restore.

Two lock files beside the database, held for the life of the process (the OS drops them
when it dies, so a crash never leaves a stale lock):
- `<db>.app.lock`: the desk window takes it exclusively, so a second window on the same
  database is refused with a message instead of two apps racing each other;
- `<db>.use.lock`: every process using the database holds it shared; a restore takes it
  exclusively, so it is refused while the app or any command has the database open.
Headless commands (export, doctor, sync) run beside the window. This is not the sync lock
(one sync at a time), which lives with the sync code.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import IO

from lapor_desk.storage.errors import StorageError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


def lock_paths(db_path: Path) -> tuple[Path, Path]:
    return db_path.with_name(db_path.name + ".app.lock"), db_path.with_name(db_path.name + ".use.lock")


class DatabaseLock:
    """The locks this process holds on one database; `release()` (or exit) lets them go."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._files: list[IO[bytes]] = []

    @classmethod
    def for_app(cls, db_path: Path) -> DatabaseLock:
        """The desk window: alone among windows, beside headless commands."""
        lock = cls(db_path)
        app, use = lock_paths(db_path)
        lock._take(app, exclusive=True, refusal="db_app_running")
        lock._take(use, exclusive=False, refusal="db_restore_running")
        return lock

    @classmethod
    def for_command(cls, db_path: Path) -> DatabaseLock:
        lock = cls(db_path)
        lock._take(lock_paths(db_path)[1], exclusive=False, refusal="db_restore_running")
        return lock

    @classmethod
    def for_restore(cls, db_path: Path) -> DatabaseLock:
        """Nobody else may have the database open while it is replaced."""
        lock = cls(db_path)
        app, use = lock_paths(db_path)
        lock._take(app, exclusive=True, refusal="db_app_running")
        lock._take(use, exclusive=True, refusal="db_in_use")
        return lock

    def _take(self, path: Path, *, exclusive: bool, refusal: str) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fh = path.open("a+b")
        except OSError as exc:
            self.release()
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise StorageError("data_folder_readonly", path=str(path.parent)) from exc
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StorageError("db_full") from exc
            raise StorageError("db_cannot_open", detail=f"{path}: {exc.strerror or exc}") from exc
        try:
            _lock(fh, exclusive)
        except OSError as exc:
            fh.close()
            self.release()
            raise StorageError(refusal, path=str(self.db_path)) from exc
        self._files.append(fh)

    def release(self) -> None:
        for fh in self._files:
            fh.close()  # closing the descriptor drops its lock
        self._files.clear()


def _lock(fh: IO[bytes], exclusive: bool) -> None:
    """Take the lock without waiting; OSError when someone else holds it."""
    if sys.platform == "win32":  # pragma: no cover - Windows has byte-range locks only: exclusive
        if exclusive:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        return
    fcntl.flock(fh.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    os.set_inheritable(fh.fileno(), False)
