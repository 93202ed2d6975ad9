"""Bulk work at background priority: a backup must not take the CPU from the window.

On a two-core desk PC a backup keeps one core busy (SQLite's page copy, the integrity check,
AES) and the kernel's writeback takes more; a window thread that wakes for a timer or a
repaint then waits its turn among them. Stalls sampled during encrypted backups (see
benchmarks/stall_watch.py) found the GUI thread runnable but not running, never blocked on
the disk, the GIL or a lock. So the work runs in a short-lived thread of its own whose nice
value is raised by 10 (Linux sets it per thread): the scheduler then lets the window's
threads run first whenever they are ready. The thread ends with the work, so no pooled thread
is left at the lower priority (raising it back needs privileges a desk user does not have).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import TypeVar

T = TypeVar("T")
NICER_BY = 10


def lower_this_thread(by: int = NICER_BY) -> None:
    """Raise the calling thread's nice value (where the OS has per-thread nice values)."""
    if not hasattr(os, "setpriority") or not hasattr(threading, "get_native_id"):
        return
    with suppress(OSError):
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + by))


def at_background_priority(work: Callable[[], T], name: str = "backup", *, stop: threading.Event | None = None) -> T:
    """Run `work` in a new thread at background priority, wait for it, and return its result
    or raise its exception here.

    Interrupted while waiting (Ctrl-C in `lapor-desk backup`), the caller sets `stop` and waits
    for the work to notice it at its next step and clean up after itself (a backup's partial
    file), then the interrupt goes on; a second interrupt stops waiting."""
    outcome: list[T] = []
    failure: list[BaseException] = []
    # An event, not Thread.join(): a join interrupted by Ctrl-C can leave the thread looking
    # finished, so a second join would not wait for the clean-up.
    finished = threading.Event()

    def run() -> None:
        lower_this_thread()
        try:
            outcome.append(work())
        except BaseException as exc:  # noqa: BLE001  re-raised on the calling thread
            failure.append(exc)
        finally:
            finished.set()

    # Not a daemon: whatever interrupts the caller, the program does not end with the work half done.
    thread = threading.Thread(target=run, name=name, daemon=False)
    try:  # start() inside: the new thread may already be writing before start() returns
        thread.start()
        finished.wait()
    except BaseException:
        if stop is not None:
            stop.set()
            while not finished.wait(0.2):
                if thread.ident is None:  # interrupted before the thread began: nothing to undo
                    break
        raise
    if failure:
        raise failure[0]
    return outcome[0]
