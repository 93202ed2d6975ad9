"""SQLite writers take turns (lapor_desk.storage.write_turns): a waiting writer is queued on the
turn and woken when it is released, and a turn held past the busy timeout never costs a save."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from lapor_desk.events import EventBus
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.storage.database import open_database
from lapor_desk.storage.write_turns import WriteTurns, _count_turn

from factories import walk_in

fcntl = pytest.importorskip("fcntl")  # processes take turns through flock (POSIX)

pytestmark = [
    pytest.mark.sqlite_only,  # SQLite's file and its write turn
    pytest.mark.skipif(sys.platform == "win32", reason="processes take turns through flock (POSIX)"),
]


def wait_until(condition, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        threading.Event().wait(0.005)


def turn_waiters() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "sqlite-write-turn" and t.is_alive())


def test_a_second_writer_waits_for_the_turn_and_saves_when_it_is_released(tmp_path: Path, settings, clock) -> None:
    path = tmp_path / "desk.sqlite3"
    first = open_database(f"sqlite:///{path}")
    second = open_database(f"sqlite:///{path}")  # another counter: its own descriptor of the turn file
    saved: list[object] = []
    failed: list[BaseException] = []

    def save() -> None:
        try:
            saved.append(ComplaintService(second, settings, EventBus(), clock).record(walk_in()).complaint)
        except BaseException as exc:  # noqa: BLE001 (reported by the assertion below)
            failed.append(exc)

    try:
        with first.write() as conn:
            conn.execute(text("UPDATE receipt_counters SET last_serial = last_serial"))
            writer = threading.Thread(target=save)
            writer.start()
            wait_until(lambda: turn_waiters() == 1)  # queued on the turn, not sleeping in SQLite
            assert not saved
        writer.join(30)
        assert not failed and len(saved) == 1
        assert (path.parent / "desk.sqlite3-turn").exists()
    finally:
        first.dispose()
        second.dispose()


def test_a_turn_held_past_the_busy_timeout_costs_no_save(tmp_path: Path, settings, clock) -> None:
    path = tmp_path / "desk.sqlite3"
    db = open_database(f"sqlite:///{path}", busy_timeout_ms=300)
    other = WriteTurns(path, 30)  # a writer that holds its turn without writing
    try:
        with other.turn():
            started = time.monotonic()
            complaint = ComplaintService(db, settings, EventBus(), clock).record(walk_in()).complaint
            assert time.monotonic() - started >= 0.3  # it waited for the turn, then went on
        assert complaint.receipt_number is not None
        wait_until(lambda: turn_waiters() == 0)  # the late turn is given back at once
        with other.turn():  # and is free for the next writer
            pass
        again = ComplaintService(db, settings, EventBus(), clock).record(walk_in()).complaint
        assert again.id != complaint.id
    finally:
        db.dispose()


def test_a_writer_keeps_its_place_while_the_turns_move_on(tmp_path: Path) -> None:
    """Waiting past the busy timeout while other writers still hand the turn on to one another
    (each counts its turn in the turn file) keeps the writer in the queue: it falls back to
    SQLite's busy handler, where it could seldom win against them, only when the turn stops."""
    path = tmp_path / "desk.sqlite3"
    holder = WriteTurns(path, 30)
    waiter = WriteTurns(path, 1.0)  # a busy timeout of 1 s
    got: dict[str, object] = {}

    def wait() -> None:
        started = time.monotonic()
        with waiter.turn():
            got["after"] = time.monotonic() - started
            probe = os.open(waiter.path, os.O_RDWR)
            try:
                fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
                got["held"] = False
            except BlockingIOError:
                got["held"] = True  # the waiter holds the turn, not merely went on without it
            finally:
                os.close(probe)

    with holder.turn():
        thread = threading.Thread(target=wait)
        thread.start()
        wait_until(lambda: turn_waiters() == 1)
        others = os.open(holder.path, os.O_RDWR)
        try:
            begun = time.monotonic()
            while time.monotonic() - begun < 3.0:  # three busy timeouts of turns handed on
                _count_turn(others)  # what each writer taking the turn does
                threading.Event().wait(0.05)
        finally:
            os.close(others)
        assert "after" not in got  # still queued, not gone on to BEGIN IMMEDIATE
    thread.join(30)
    assert got["held"] is True and float(got["after"]) >= 3.0  # type: ignore[arg-type]
