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
Then BEGIN IMMEDIATE finds the file free. A turn is awaited the busy timeout, and again as long as
the turns move on meanwhile (each writer counts its turn in the turn file), up to
MOVING_QUEUE_WAITS busy timeouts in all: a writer that stopped waiting while the others still
handed the turn on to one another met them in BEGIN IMMEDIATE, where SQLite's busy handler only
polls, so it seldom found the file free and failed with "database is locked" (seen with three
counters on a 1,000,000-complaint file). A turn that does not move for a whole busy timeout (a
writer stuck holding it) is waited for no longer: the writer goes on to BEGIN IMMEDIATE as before,
so a writer that does not take turns (another program, an older desk) is waited for and reported
as before, and nothing is lost. Where
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

# A writer waits for its turn at most this many busy timeouts while the turns move on.
MOVING_QUEUE_WAITS = 4


class WriteTurns:
    def __init__(self, database: Path, timeout_s: float) -> None:
        self.path = database.with_name(database.name + "-turn")
        self.timeout_s = timeout_s
        self._threads = threading.Lock()

    @contextmanager
    def turn(self) -> Iterator[None]:
        # Threads queue on the lock, whose holder is this desk's own writer waiting at most as
        # long; then the file's turn, in all up to `last`.
        last = time.monotonic() + self.timeout_s * MOVING_QUEUE_WAITS
        mine = self._threads.acquire(timeout=self.timeout_s * MOVING_QUEUE_WAITS)
        try:
            fd = self._take_file(min(time.monotonic() + self.timeout_s, last), last) if mine else None
            try:
                yield
            finally:
                if fd is not None:
                    os.close(fd)  # releases the flock
        finally:
            if mine:
                self._threads.release()

    def _take_file(self, deadline: float, last: float) -> int | None:
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
        except BlockingIOError:
            taken = self._wait_for_file(fd, deadline, last)
        except OSError:
            os.close(fd)
            return None
        else:
            taken = fd
        if taken is not None:
            _count_turn(taken)
        return taken

    def _wait_for_file(self, fd: int, deadline: float, last: float) -> int | None:
        """Block in flock (woken when the holder releases) on a helper thread, so the wait
        can end at the deadline, put off by a busy timeout each time the turns moved on
        meanwhile (up to MOVING_QUEUE_WAITS); a turn that arrives after it is given back at once."""
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
        seen = _turns_counted(fd)
        try:
            while not got.wait(max(0.0, deadline - time.monotonic())):
                now, counted = time.monotonic(), _turns_counted(fd)
                if counted == seen or now >= last:
                    break  # the turn has not moved for a busy timeout (or the wait is over)
                seen, deadline = counted, min(now + self.timeout_s, last)
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


def _turns_counted(fd: int) -> bytes:
    """The turn file's count of turns taken (read without the turn: only compared)."""
    try:
        return os.pread(fd, 8, 0)
    except OSError:
        return b""


def _count_turn(fd: int) -> None:
    """Count one more turn taken (by its holder): waiters see the turns move on."""
    try:
        raw = os.pread(fd, 8, 0)
        taken = int.from_bytes(raw, "little") if len(raw) == 8 else 0
        os.pwrite(fd, ((taken + 1) % (1 << 62)).to_bytes(8, "little"), 0)
    except OSError:
        pass  # read-only media: the waiters only lose the put-off
