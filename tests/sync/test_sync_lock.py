"""One sync at a time per database: a second `lapor-desk sync` says so (or waits), and a
killed holder leaves no lock behind. Real processes, real central."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from central.testing import RunningServer
from lapor_desk.storage.database import Database
from lapor_desk.sync.lock import SyncBusy, SyncLock, lock_path

from central_db import arrived
from factories import walk_in
from sync_helpers import open_desk

HOLD = """
import sys, threading
from lapor_desk.storage.database import Database
from lapor_desk.sync.lock import SyncLock
lock = SyncLock(Database(sys.argv[1]))
lock.acquire()
print("held", flush=True)
threading.Event().wait()
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, LAPOR_DESK_HOME=str(home), LAPOR_DESK_NO_KEYRING="1")
    env.pop("LAPOR_DESK_DB", None)
    return env


def _holder(db_url: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, db_url], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def _sync(home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "lapor_desk", "--db", f"sqlite:///{home / 'desk.sqlite3'}", "sync", *args],
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _waits_on(pid: int, path: Path) -> bool:
    """True once the process has the lock file open (it is trying for the lock)."""
    fds = Path(f"/proc/{pid}/fd")
    try:
        return any(os.readlink(fd) == str(path) for fd in fds.iterdir())
    except OSError:
        return False


def test_a_second_sync_says_another_is_running_and_a_killed_holder_leaves_no_lock(
    tmp_path: Path, central: RunningServer
) -> None:
    code = "LOCK-01"
    home = tmp_path / "desk"
    desk = open_desk(home, central.api_url, central.add_desk(code))
    db_url = f"sqlite:///{home / 'desk.sqlite3'}"
    try:
        for n in range(5):
            desk.complaints.record(walk_in(title=f"Satu sinkron saja {n}"))
        holder = _holder(db_url)  # e.g. the window, mid-cycle
        try:
            busy = _sync(home)
            out, err = busy.communicate(timeout=120)
            assert busy.returncode == 3, (out, err)
            assert "Sinkronisasi lain untuk basis data ini sedang berjalan" in err
            assert arrived(central, code) == []  # it did nothing
            assert desk.sync is not None
            assert desk.sync.run_cycle().outcome == "busy"  # the window's own cycle, too

            waiting = _sync(home, "--wait", "300")
            deadline = time.monotonic() + 60
            while not _waits_on(waiting.pid, lock_path(home / "desk.sqlite3")):
                assert waiting.poll() is None and time.monotonic() < deadline
                time.sleep(0.05)  # polling for the waiter to reach the lock
        finally:
            os.kill(holder.pid, signal.SIGKILL)  # killed while holding: the OS drops its lock
            holder.wait()
        out, err = waiting.communicate(timeout=120)
        assert waiting.returncode == 0, (out, err)
        assert len(arrived(central, code)) == 5
        assert desk.sync.status().waiting == 0
    finally:
        desk.close()


@pytest.mark.skipif(not os.environ.get("LAPOR_TEST_POSTGRES_URL"), reason="needs LAPOR_TEST_POSTGRES_URL")
def test_on_postgresql_an_advisory_lock_that_dies_with_its_session() -> None:
    url = os.environ["LAPOR_TEST_POSTGRES_URL"]
    first, second = Database(url), Database(url)
    try:
        held = SyncLock(first)
        held.acquire()
        with pytest.raises(SyncBusy):
            SyncLock(second).acquire(wait_s=0.3)
        held.release()
        with SyncLock(second) as again:
            again.acquire()
        # a holder killed outright: the server ends its session, and the lock with it
        proc = _holder(url)
        with pytest.raises(SyncBusy):
            SyncLock(second).acquire()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with SyncLock(second) as after:
            after.acquire(wait_s=30)  # the server notices the dead session within moments
    finally:
        first.dispose()
        second.dispose()
