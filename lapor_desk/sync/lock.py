"""One sync at a time per desk database, across processes (the window and a scheduled
`lapor-desk sync`): two engines pushing the same queue would each send what the other
is sending.

The lock dies with its holder, so a killed sync never leaves it behind:
- SQLite file: an OS lock (flock; a byte-range lock on Windows) on `<db>.sync.lock`
  beside the database, dropped by the OS when the process ends;
- PostgreSQL: a session advisory lock on a connection held for the cycle, dropped by the
  server when that connection ends;
- anything else (an in-memory database is one process anyway): the process lock only.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from sqlalchemy import text

from lapor_desk.storage.database import Database

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

# pg_try_advisory_lock takes a bigint: the first 8 bytes of a fixed name's hash.
ADVISORY_KEY = int.from_bytes(hashlib.sha256(b"lapor-desk sync").digest()[:8], "big", signed=True)
POLL_S = 0.2


class SyncBusy(Exception):
    """Another process is syncing this database."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".sync.lock")


class SyncLock:
    """`with SyncLock(db).hold(wait_s=0):` raises SyncBusy when another sync holds it
    (after waiting up to `wait_s`)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._file: IO[bytes] | None = None
        self._conn: Any = None

    def acquire(self, wait_s: float = 0.0) -> None:
        deadline = time.monotonic() + wait_s
        try:
            while not self._try():
                if time.monotonic() >= deadline:
                    raise SyncBusy(self.db.location)
                threading.Event().wait(min(POLL_S, max(0.0, deadline - time.monotonic())))
        except BaseException:
            self.release()
            raise

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the descriptor drops the lock
            self._file = None
        if self._conn is not None:
            conn, self._conn = self._conn, None
            try:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
                conn.commit()
            except Exception:  # noqa: BLE001  never back into the pool with the lock held
                conn.invalidate()
            conn.close()

    def __enter__(self) -> SyncLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def _try(self) -> bool:
        if self.db.path is not None:
            return self._try_file(lock_path(self.db.path))
        if self.db.url.get_backend_name() == "postgresql":
            return self._try_advisory()
        return True

    def _try_file(self, path: Path) -> bool:
        if self._file is None:  # kept open while waiting; the lock is on this descriptor
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file = path.open("a+b")
            if sys.platform != "win32":
                os.set_inheritable(self._file.fileno(), False)
        try:
            if sys.platform == "win32":  # pragma: no cover
                self._file.seek(0)
                msvcrt.locking(self._file.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _try_advisory(self) -> bool:
        conn = self.db.engine.connect()
        try:
            got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar())
            conn.commit()
        except Exception:
            conn.close()
            raise
        if not got:
            conn.close()
            return False
        self._conn = conn
        return True
