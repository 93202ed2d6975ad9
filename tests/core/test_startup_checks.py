"""Start-up checks: an empty, foreign or damaged file stops the start (never a silent new desk),
a second app on the same database is refused, and a read-only folder or a full disk is a
message on every command, not a traceback."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lapor_desk.desk import Desk
from lapor_desk.paths import Paths
from lapor_desk.storage.errors import StorageError

from constrained import run_cli
from factories import PASSWORD, walk_in


def make_desk(home: Path, complaints: int = 3) -> Paths:
    paths = Paths.from_environment({"LAPOR_DESK_HOME": str(home)})
    desk = Desk.open(paths=paths)
    try:
        for i in range(complaints):
            desk.complaints.record(walk_in(title=f"Jalan desa rusak berlubang nomor {i:03d}"))
    finally:
        desk.close()
    return paths


def refused(paths: Paths) -> StorageError:
    with pytest.raises(StorageError) as info:
        Desk.open(paths=paths)
    return info.value


def test_a_brand_new_install_creates_its_database(isolated_home: Path) -> None:
    paths = Paths.from_environment({"LAPOR_DESK_HOME": str(isolated_home)})
    assert not paths.default_database.exists()
    desk = Desk.open(paths=paths)
    desk.close()
    assert paths.default_database.stat().st_size > 0


def test_an_empty_file_stops_the_start_and_names_the_newest_backup(isolated_home: Path) -> None:
    paths = make_desk(isolated_home)
    paths.backup_dir.mkdir(parents=True, exist_ok=True)
    backup = paths.backup_dir / "lapor-desk-20261120T010000Z-daily.sqlite3"
    shutil.copyfile(paths.default_database, backup)
    paths.default_database.write_bytes(b"")  # the file truncated to 0 bytes
    error = refused(paths)
    assert error.code == "db_empty"
    for lang in ("id", "en"):
        assert str(paths.default_database) in error.text(lang)
        assert f"lapor-desk restore {backup}" in error.text(lang)
    assert paths.default_database.stat().st_size == 0  # not migrated into a new, empty desk


def test_an_empty_file_without_backups_says_there_is_none(isolated_home: Path) -> None:
    paths = make_desk(isolated_home)
    paths.default_database.write_bytes(b"")
    error = refused(paths)
    assert "(belum ada cadangan)" in error.text("id")
    assert "(no backup yet)" in error.text("en")


def test_a_file_that_is_not_sqlite_is_refused_untouched(isolated_home: Path) -> None:
    paths = make_desk(isolated_home)
    paths.default_database.write_bytes(b"%PDF-1.7 not a database at all\n" * 300)
    before = paths.default_database.read_bytes()
    assert refused(paths).code == "db_not_sqlite"
    assert paths.default_database.read_bytes() == before


def test_another_programs_sqlite_database_is_refused(isolated_home: Path) -> None:
    paths = make_desk(isolated_home)
    paths.default_database.unlink()
    with sqlite3.connect(paths.default_database) as conn:
        conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO contacts (name) VALUES ('Ani')")
    conn.close()
    error = refused(paths)
    assert error.code == "db_foreign"
    assert "contacts" in error.text("en")


def test_garbage_in_the_middle_of_the_file_is_noticed_at_start(isolated_home: Path) -> None:
    paths = make_desk(isolated_home, complaints=120)
    with sqlite3.connect(paths.default_database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = paths.default_database.stat().st_size
    assert size > 64 * 1024
    with paths.default_database.open("r+b") as fh:  # 4 KB of garbage, page-aligned, mid-file
        fh.seek((size // 2) // 4096 * 4096)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(4096)))
    error = refused(paths)
    assert error.code == "db_damaged"
    assert str(paths.default_database) in error.text("id")


def test_a_second_app_on_the_same_database_is_refused(isolated_home: Path) -> None:
    paths = make_desk(isolated_home, complaints=0)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from lapor_desk.desk import Desk; d = Desk.open(app=True); "
            "print('open', flush=True); sys.stdin.readline(); d.close()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StorageError) as info:
            Desk.open(paths=paths, app=True)
        assert info.value.code == "db_app_running"
        assert str(paths.default_database) in info.value.text("id")
        beside = Desk.open(paths=paths)  # a headless command (export, doctor) runs beside the app
        beside.close()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
    again = Desk.open(paths=paths, app=True)  # the lock went with the first app
    again.close()


def test_a_killed_app_leaves_no_stale_lock(isolated_home: Path) -> None:
    paths = make_desk(isolated_home, complaints=0)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from lapor_desk.desk import Desk; d = Desk.open(app=True); "
            "print('open', flush=True); time.sleep(600)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    holder.kill()
    holder.wait(timeout=60)
    Desk.open(paths=paths, app=True).close()


# --- the whole command in a subprocess, under a real constraint


def test_a_read_only_data_folder_is_a_message_on_every_command(isolated_home: Path) -> None:
    paths = make_desk(isolated_home)
    data = paths.data_dir
    for name in ("lapor-desk.sqlite3.use.lock", "lapor-desk.sqlite3.app.lock"):
        (data / name).unlink(missing_ok=True)
    data.chmod(0o500)
    try:
        for args in (["export", str(isolated_home / "out.csv")], ["audit", "verify"]):
            done = run_cli(args, isolated_home, honour_modes=True)
            assert done.returncode == 1, done.stderr
            assert "Traceback" not in done.stderr
            assert "Folder data tidak bisa ditulisi" in done.stderr
            assert str(data) in done.stderr
    finally:
        data.chmod(0o700)


def test_a_read_only_log_folder_falls_back_to_the_console(isolated_home: Path) -> None:
    make_desk(isolated_home)
    logs = isolated_home / "logs"
    shutil.rmtree(logs, ignore_errors=True)
    logs.mkdir()
    logs.chmod(0o500)
    try:
        done = run_cli(["audit", "verify"], isolated_home, honour_modes=True)
    finally:
        logs.chmod(0o700)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "logging goes to the console only" in done.stderr
    assert not (logs / "lapor-desk.log").exists()


def test_a_full_disk_is_a_message_not_a_traceback(isolated_home: Path) -> None:
    paths = make_desk(isolated_home, complaints=60)
    with sqlite3.connect(paths.default_database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = paths.default_database.stat().st_size
    # Room for nothing more: every file may grow to the database's present size and no further.
    done = run_cli(["demo-data", "--count", "3000"], isolated_home, file_size_limit=size)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert "penuh" in done.stderr
    out = isolated_home / "export.jsonl"
    desk = Desk.open(paths=paths)
    try:
        for i in range(240):  # an export well past the room the sign-in's own writes need
            desk.complaints.record(walk_in(title=f"Lampu jalan padam di gang nomor {i:03d}"))
        desk.supervision.accounts.create_first_admin("admin", "Admin", PASSWORD)
    finally:
        desk.close()
    with sqlite3.connect(paths.default_database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    # Room for the sign-in's and the export's audit rows (about 60 KB of WAL) and the 32 KB
    # shared-memory file, not for the export of 300 complaints (about 250 KB).
    done = run_cli(
        ["export", str(out), "--user", "admin"],
        isolated_home,
        file_size_limit=131072,
        extra_env={"LAPOR_DESK_PASSWORD": PASSWORD},
    )
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert str(out) in done.stderr  # export's own message, naming the file it could not write
    assert not out.exists()
    assert not [p for p in isolated_home.iterdir() if p.name.startswith(".export-")]
    # The data written before the disk filled up is all there.
    desk = Desk.open(paths=paths)
    try:
        with desk.db.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM complaints").scalar() == 300
    finally:
        desk.close()


def test_a_large_database_is_checked_in_full_once_a_day_and_whenever_another_file_takes_its_place(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import time

    from lapor_desk.storage import checks

    paths = make_desk(isolated_home, complaints=120)
    monkeypatch.setattr(checks, "ALWAYS_CHECK_BELOW_BYTES", 0)  # treat this file as a large one
    Desk.open(paths=paths).close()  # a full check passes and is marked for this file
    mark = paths.default_database.with_name(paths.default_database.name + ".checked")
    assert mark.read_text().strip() == str(paths.default_database.stat().st_ino)
    with sqlite3.connect(paths.default_database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = paths.default_database.stat().st_size
    with paths.default_database.open("r+b") as fh:
        fh.seek((size // 2) // 4096 * 4096)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(4096)))
    # A day later the full check is due again and finds the damage.
    day_ago = time.time() - checks.FULL_CHECK_EVERY_S - 60
    os.utime(mark, (day_ago, day_ago))
    assert refused(paths).code == "db_damaged"
    # Another file moved into place (a copy, a restore by hand) is checked whatever the mark says.
    os.utime(mark, None)
    moved = paths.default_database.with_name("copied.sqlite3")
    shutil.copyfile(paths.default_database, moved)
    mark.write_text(f"{paths.default_database.stat().st_ino}\n")
    moved.replace(paths.default_database)
    assert refused(paths).code == "db_damaged"
