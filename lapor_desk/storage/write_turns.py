"""Writers of one SQLite file take turns: a waiting writer is woken when the writer before it
ends, instead of sleeping in SQLite's busy handler.

SQLite's busy handler lets a writer that finds the file locked sleep and retry in growing steps
(up to 100 ms each), and a writer arriving later can take the lock in between: with three
counters saving into one file, a few saves waited far longer than the saves ahead of them.
Here every `Database.write()` on a SQLite file first takes its turn:
- between threads of one process, a lock;
- between processes (POSIX), `flock` on a small file beside the database (`<file>-turn`;
  never the database file itself, whose POSIX locks SQLite owns: closing another descriptor of
  it would drop them). The kernel wakes the waiters the moment the turn is released.
Then BEGIN IMMEDIATE finds the file free. A turn is awaited at most the busy timeout; after that
the writer goes on to BEGIN IMMEDIATE as before, so a writer that does not take turns (another
program, an older desk) is waited for and reported as before, and nothing is lost. Where
`flock` is missing (Windows) or the turn file cannot be made (read-only media), only threads
take turns and SQLite's own locking does the rest.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: threads of one process still take turns
    fcntl = None  # type: ignore[assignment]


class WriteTurns:
    def __init__(self, database: Path, timeout_s: float) -> None:
        self.path = database.with_name(database.name + "-turn")
        self.timeout_s = timeout_s
        self._threads = threading.Lock()

    @contextmanager
    def turn(self) -> Iterator[None]:
        deadline = time.monotonic() + self.timeout_s
        mine = self._threads.acquire(timeout=self.timeout_s)
        try:
            fd = self._take_file(deadline) if mine else None
            try:
                yield
            finally:
                if fd is not None:
                    os.close(fd)  # releases the flock
        finally:
            if mine:
                self._threads.release()

    def _take_file(self, deadline: float) -> int | None:
        """The processes' turn: an open descriptor holding the flock, or None (no turn file,
        or the wait ran past the deadline: the busy timeout takes over)."""
        if fcntl is None:
            return None
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            pass
        except OSError:
            os.close(fd)
            return None
        return self._wait_for_file(fd, deadline)

    @staticmethod
    def _wait_for_file(fd: int, deadline: float) -> int | None:
        """Block in flock (woken when the holder releases) on a helper thread, so the wait
        can end at the deadline; a turn that arrives after it is given back at once."""
        got = threading.Event()
        state = {"abandoned": False, "failed": False}
        guard = threading.Lock()

        def wait() -> None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
            except OSError:
                state["failed"] = True
            with guard:
                if state["abandoned"]:
                    os.close(fd)
                    return
                got.set()

        threading.Thread(target=wait, name="sqlite-write-turn", daemon=True).start()
        try:
            got.wait(max(0.0, deadline - time.monotonic()))
        except BaseException:  # Ctrl-C while waiting: the helper hands the turn back when it comes
            with guard:
                state["abandoned"] = True
                if got.is_set():
                    with suppress(OSError):
                        os.close(fd)
            raise
        with guard:
            if got.is_set():
                if state["failed"]:
                    with suppress(OSError):
                        os.close(fd)
                    return None
                return fd
            state["abandoned"] = True
            return None
