"""A migration cut by a kill (SIGKILL, as a power loss would): the database is still usable
at its old version, and the next start completes the upgrade."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from constrained import run_cli

FIXTURES = Path(__file__).with_name("fixtures")
ROWS = 150_000


def grow(db_file: Path, rows: int) -> None:
    """Copies of the 0003 fixture's first complaint, each with its own IDs: enough rows that
    the 0004 migration's index build spills to the WAL long before it commits."""
    conn = sqlite3.connect(db_file)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(complaints)")]
    picked = []
    for col in cols:
        if col == "id":
            picked.append("NULL")
        elif col == "client_id":
            picked.append("printf('00000000-0000-4000-8000-%012d', n)")
        elif col == "receipt_number":
            picked.append("printf('KAB-BDG-01-20261120-X%07d', n)")
        elif col == "received_at":
            picked.append("datetime(received_at, printf('-%d minutes', n % 500000))")
        else:
            picked.append(col)
    with conn:
        conn.execute(
            f"WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {rows}) "
            f"INSERT INTO complaints ({', '.join(cols)}) "
            f"SELECT {', '.join(picked)} FROM seq, (SELECT * FROM complaints ORDER BY id LIMIT 1)"
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def version(db_file: Path) -> str:
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_a_migration_killed_half_way_leaves_the_old_version_and_completes_next_time(tmp_path: Path) -> None:
    db_file = tmp_path / "lapor-desk.sqlite3"
    shutil.copyfile(FIXTURES / "desk-0003.sqlite3", db_file)
    grow(db_file, ROWS)
    conn = sqlite3.connect(db_file)
    before = conn.execute("SELECT count(*) FROM complaints").fetchone()[0]
    conn.close()
    wal = db_file.with_name(db_file.name + "-wal")
    code = (
        "import sys; from lapor_desk.storage.database import open_database; "
        "open_database(sys.argv[1], __import__('pathlib').Path(sys.argv[2])).dispose()"
    )
    migrating = subprocess.Popen([sys.executable, "-c", code, f"sqlite:///{db_file}", str(tmp_path / "backups")])
    deadline = time.monotonic() + 300
    # Kill once the migration has written part of its transaction to the WAL (it has begun
    # and not committed): the moment a power cut would hurt.
    while time.monotonic() < deadline and migrating.poll() is None:
        if wal.exists() and wal.stat().st_size > 2_000_000:
            migrating.send_signal(signal.SIGKILL)
            break
        time.sleep(0.002)
    migrating.wait(timeout=60)
    assert migrating.returncode == -signal.SIGKILL, "the migration ended before it could be cut"
    # Still the old version, sound, every complaint there, readable by the old schema's queries.
    assert version(db_file) == "0003"
    conn = sqlite3.connect(db_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM complaints").fetchone()[0] == before
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'audit_entries'").fetchone()[0] == 0
    finally:
        conn.close()
    # The next start completes it.
    from lapor_desk.storage.database import open_database

    db = open_database(f"sqlite:///{db_file}", tmp_path / "backups")
    try:
        assert db.current_revision() == db.head_revision()
        with db.read() as c:
            assert c.exec_driver_sql("SELECT count(*) FROM complaints").scalar() == before
            assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.dispose()


def test_a_disk_that_fills_up_before_a_migration_leaves_the_old_version(tmp_path: Path) -> None:
    """The copy taken before migrating does not fit: the start stops with a message, nothing migrates."""
    db_file = tmp_path / "lapor-desk.sqlite3"
    shutil.copyfile(FIXTURES / "desk-0003.sqlite3", db_file)
    size = db_file.stat().st_size
    done = run_cli(["--db", f"sqlite:///{db_file}", "audit", "verify"], tmp_path / "home", file_size_limit=size // 2)
    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr and "Disk penuh saat menulis" in done.stderr
    assert version(db_file) == "0003"
    backups = tmp_path / "home" / "data" / "backups"
    assert not backups.exists() or not [p for p in backups.iterdir() if p.is_file()]


# The CLI in a real subprocess whose SQLite connections may not grow the database past a
# number of pages (SQLite's own file-size limit, as test_storage's full-disk test uses): the
# copy before migrating is made outside that limit, the migration's new pages are not.
_CLI_WITH_PAGE_LIMIT = """
import sys
from sqlalchemy import event
from sqlalchemy.engine import Engine

@event.listens_for(Engine, "connect")
def _room(dbapi_conn, _record):
    dbapi_conn.execute("PRAGMA max_page_count = " + sys.argv[1])

from lapor_desk.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_a_disk_that_fills_up_during_the_migration_refuses_cleanly_and_the_next_start_completes(
    tmp_path: Path,
) -> None:
    db_file = tmp_path / "lapor-desk.sqlite3"
    shutil.copyfile(FIXTURES / "desk-0003.sqlite3", db_file)
    grow(db_file, 5000)
    conn = sqlite3.connect(db_file)
    before = conn.execute("SELECT count(*) FROM complaints").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    home = tmp_path / "home"
    env = {**os.environ, "LAPOR_DESK_HOME": str(home)}
    env.pop("LAPOR_DESK_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", _CLI_WITH_PAGE_LIMIT, str(pages), "--db", f"sqlite:///{db_file}", "audit", "verify"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert f"Disk penuh saat memperbarui database {db_file}. Database tetap utuh di versi 0003" in done.stderr
    # The old version, sound, every complaint there.
    assert version(db_file) == "0003"
    conn = sqlite3.connect(db_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM complaints").fetchone()[0] == before
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'audit_entries'").fetchone()[0] == 0
    finally:
        conn.close()
    # With room again, the next start completes the upgrade.
    again = run_cli(["--db", f"sqlite:///{db_file}", "audit", "verify"], home)
    assert again.returncode == 0, again.stderr
    from lapor_desk.storage.database import open_database

    db = open_database(f"sqlite:///{db_file}", tmp_path / "backups")
    try:
        assert db.current_revision() == db.head_revision()
        with db.read() as c:
            assert c.exec_driver_sql("SELECT count(*) FROM complaints").scalar() == before
            assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.dispose()
