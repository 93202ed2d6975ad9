"""The database: migrations, pragmas, and clear errors for locked, read-only, full, damaged or newer files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from lapor_desk.events import EventBus
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.storage import repository as repo
from lapor_desk.storage.database import Database, open_database
from lapor_desk.storage.errors import StorageError

from factories import walk_in


def sqlite_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def test_migration_from_empty_file_to_head(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        assert db.current_revision() == db.head_revision()
    finally:
        db.dispose()
    names = sqlite_names(path)
    assert {
        "complaints",
        "complaint_events",
        "receipt_counters",
        "complaints_fts",
        "complaints_fts_insert",
        "complaints_fts_update",
        "complaints_fts_delete",
    } <= names
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Opening again is a no-op: no backup is made when nothing migrates.
    again = open_database(f"sqlite:///{path}")
    again.dispose()
    assert not (tmp_path / "backups").exists()


@pytest.mark.sqlite_only  # SQLite's pragmas and busy timeout
def test_connections_enforce_foreign_keys_and_wait_for_locks(db: Database) -> None:
    with db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StorageError) as info:
        open_database(f"sqlite:///{path}")
    assert info.value.code == "db_newer_schema"
    assert "9999_from_the_future" in info.value.text("id")
    assert "versi lapor-desk yang lebih baru" in info.value.text("id")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_damaged_file_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"this is not a database, just a text file " * 200)
    with pytest.raises(StorageError) as info:
        open_database(f"sqlite:///{path}")
    assert info.value.code == "db_not_sqlite"
    assert str(path) in info.value.text("en")


@pytest.mark.sqlite_only  # a copy of the SQLite file
def test_backup_is_a_consistent_copy(db: Database, service: ComplaintService, tmp_path: Path) -> None:
    service.record(walk_in())
    backup = db._backup(tmp_path / "backups", "0001")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT count(*) FROM complaints").fetchone()[0] == 1
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.sqlite_only  # SQLite's file lock
def test_locked_database_gives_a_clear_message(db_url: str, settings, clock) -> None:
    db = open_database(db_url, busy_timeout_ms=200)
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(StorageError) as info:
            ComplaintService(db, settings, EventBus(), clock).record(walk_in())
        assert info.value.code == "db_locked"
        assert "tetap tersimpan di formulir" in info.value.text("id")
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.dispose()


@pytest.mark.sqlite_only  # a read-only SQLite file
def test_read_only_database_gives_a_clear_message(db_url: str, db: Database, settings, clock) -> None:
    db.dispose()
    # Read-only media, as SQLite reports it (root ignores file modes, so open it read-only).
    ro = Database(f"sqlite:///file:{db.path}?mode=ro&uri=true")
    try:
        with pytest.raises(StorageError) as info:
            ComplaintService(ro, settings, EventBus(), clock).record(walk_in())
        assert info.value.code == "db_readonly"
    finally:
        ro.dispose()


@pytest.mark.sqlite_only  # the SQLite file on a full disk
def test_full_disk_gives_a_clear_message_and_keeps_earlier_data(db: Database, settings, clock) -> None:
    service = ComplaintService(db, settings, EventBus(), clock)
    service.record(walk_in())
    with db.read() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    # SQLite's own limit on the file size is how a full disk looks to the desk.
    event.listen(db.engine, "connect", lambda c, _r: c.execute(f"PRAGMA max_page_count = {pages}"))
    db.engine.dispose()
    with pytest.raises(StorageError) as info:
        service.record(walk_in(body="Isi pengaduan yang panjang sekali. " * 400))
    assert info.value.code == "db_full"
    assert "Disk atau database penuh" in info.value.text("id")
    assert len(service.queue_page(_all())) == 1


def _all():
    from lapor_desk.storage.repository import QueueFilter

    return QueueFilter()


def test_receipt_serials_for_many_days_at_once_continue_each_days_counter(db: Database) -> None:
    """One upsert for several (desk, day) pairs (an import chunk spans many days) gives each
    pair the serials that follow the ones reserved before, and the next reservation follows."""
    with db.write() as conn:
        assert repo.reserve_receipt_serials(conn, "KEC-A", "20261101", 3) == 1
        firsts = repo.reserve_receipt_serials_many(
            conn, {("KEC-A", "20261101"): 2, ("KEC-A", "20261102"): 5, ("KEC-B", "20261101"): 1}
        )
        assert firsts == {("KEC-A", "20261101"): 4, ("KEC-A", "20261102"): 1, ("KEC-B", "20261101"): 1}
        assert repo.reserve_receipt_serials(conn, "KEC-A", "20261102") == 6
        assert repo.reserve_receipt_serials(conn, "KEC-A", "20261101") == 6
        assert repo.reserve_receipt_serials_many(conn, {}) == {}
