"""Several processes on one database file: atomic receipt numbers, and nothing lost to a kill."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from lapor_desk.storage.database import open_database

WORKER = Path(__file__).with_name("desk_worker.py")


def start(db_url: str, desk: str, count: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), db_url, desk, str(count), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_two_writers_never_share_a_receipt_number(db_url: str) -> None:
    open_database(db_url).dispose()  # migrate once, so both workers start on the same schema
    workers = [start(db_url, "KAB-BDG-01", 40) for _ in range(2)]
    outputs = [w.communicate(timeout=120)[0].split() for w in workers]
    assert all(w.returncode == 0 for w in workers)
    numbers = outputs[0] + outputs[1]
    assert len(numbers) == len(set(numbers)) == 80
    serials = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert serials == list(range(1, 81))  # contiguous: no gaps, no repeats


def test_complaint_saved_before_sigkill_is_there_on_restart(db_url: str) -> None:
    worker = start(db_url, "KAB-SLM-01", 3, "--hold")
    assert worker.stdout is not None
    saved = [worker.stdout.readline().strip() for _ in range(3)]
    worker.send_signal(signal.SIGKILL)  # right after the third save: no clean shutdown at all
    worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL
    db = open_database(db_url)
    try:
        with db.read() as conn:
            stored = conn.execute(text("SELECT receipt_number FROM complaints ORDER BY id")).scalars().all()
            events = conn.execute(text("SELECT count(*) FROM complaint_events")).scalar()
            integrity = conn.execute(text("PRAGMA integrity_check")).scalar() if db.is_sqlite else "ok"
    finally:
        db.dispose()
    assert stored == saved
    assert events == 6  # created + recorded for each, written in the same transactions
    assert integrity == "ok"
