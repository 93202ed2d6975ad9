"""`lapor-desk restore`: every bad backup is refused before the current file is touched; a
good one replaces it, keeps the old file, migrates, and is audited."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lapor_desk.audit import AuditAction
from lapor_desk.desk import Desk
from lapor_desk.paths import Paths
from lapor_desk.settings import DESK_CODE, Settings

from constrained import run_cli
from factories import walk_in

PHRASE = {"LAPOR_DESK_BACKUP_PASSPHRASE": "kuda-lumping-77"}


def make_desk(home: Path, complaints: int, code: str = "KAB-BDG-01") -> Paths:
    paths = Paths.from_environment({"LAPOR_DESK_HOME": str(home)})
    paths.ensure()
    Settings(paths.settings_file).set(DESK_CODE, code)
    desk = Desk.open(paths=paths)
    try:
        for i in range(complaints):
            desk.complaints.record(walk_in(title=f"Jalan desa rusak berlubang nomor {i:03d}"))
    finally:
        desk.close()
    return paths


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def complaints(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM complaints").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def desk_with_backup(isolated_home: Path, tmp_path: Path) -> tuple[Paths, Path]:
    paths = make_desk(isolated_home, complaints=4)
    backup = tmp_path / "usb" / "meja.sqlite3"
    assert run_cli(["backup", str(backup)], isolated_home).returncode == 0
    desk = Desk.open(paths=paths)
    desk.complaints.record(walk_in(title="Dicatat sesudah cadangan dibuat"))
    desk.close()
    return paths, backup


def refused(home: Path, paths: Paths, args: list[str], expect: str, env: dict[str, str] | None = None) -> None:
    before = digest(paths.default_database)
    done = run_cli(["restore", *args], home, extra_env=env)
    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr
    assert expect in done.stderr, done.stderr
    assert digest(paths.default_database) == before  # the current file was not touched
    assert not (paths.backup_dir / "replaced").exists()


def test_a_good_backup_replaces_the_database_keeps_the_old_one_and_is_audited(
    isolated_home: Path, desk_with_backup: tuple[Paths, Path]
) -> None:
    paths, backup = desk_with_backup
    done = run_cli(["restore", str(backup)], isolated_home)
    assert done.returncode == 0, done.stderr
    assert "dipulihkan dari" in done.stdout and "4 pengaduan" in done.stdout
    assert "1 pengaduan ada di berkas lama" in done.stdout  # recorded after the backup
    assert complaints(paths.default_database) == 4
    [kept] = list((paths.backup_dir / "replaced").glob("*.sqlite3"))
    assert complaints(kept) == 5
    assert kept.stat().st_mode & 0o777 == 0o600
    desk = Desk.open(paths=paths)
    try:
        audit = desk.supervision.audit
        assert audit.verify().ok
        with desk.db.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT action, detail FROM audit_entries WHERE action = ?", (str(AuditAction.RESTORE),)
            ).all()
        assert len(rows) == 1 and str(backup) in rows[0][1]
    finally:
        desk.close()


def test_restore_mends_a_database_the_start_refused(isolated_home: Path, desk_with_backup: tuple[Paths, Path]) -> None:
    paths, backup = desk_with_backup
    paths.default_database.write_bytes(b"")  # the start now refuses: db_empty
    assert run_cli(["audit", "verify"], isolated_home).returncode == 1
    done = run_cli(["restore", str(backup)], isolated_home)
    assert done.returncode == 0, done.stderr
    assert run_cli(["audit", "verify"], isolated_home).returncode == 0


def test_a_truncated_backup_is_refused(
    isolated_home: Path, desk_with_backup: tuple[Paths, Path], tmp_path: Path
) -> None:
    paths, backup = desk_with_backup
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    refused(isolated_home, paths, [str(cut)], "rusak atau terpotong")


def test_a_file_that_is_not_sqlite_is_refused(
    isolated_home: Path, desk_with_backup: tuple[Paths, Path], tmp_path: Path
) -> None:
    paths, _ = desk_with_backup
    bogus = tmp_path / "foto.sqlite3"
    bogus.write_bytes(b"\xff\xd8\xff\xe0 a JPEG, not a backup" * 100)
    refused(isolated_home, paths, [str(bogus)], "bukan SQLite")


def test_another_programs_database_is_refused(
    isolated_home: Path, desk_with_backup: tuple[Paths, Path], tmp_path: Path
) -> None:
    paths, _ = desk_with_backup
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    refused(isolated_home, paths, [str(other)], "bukan cadangan lapor-desk")


def test_a_backup_from_a_newer_build_is_refused(
    isolated_home: Path, desk_with_backup: tuple[Paths, Path], tmp_path: Path
) -> None:
    paths, backup = desk_with_backup
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(backup, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    conn.commit()
    conn.close()
    refused(isolated_home, paths, [str(newer)], "versi lapor-desk yang lebih baru (0099_future)")


def test_another_desks_backup_needs_other_desk(
    isolated_home: Path, desk_with_backup: tuple[Paths, Path], tmp_path: Path
) -> None:
    paths, _ = desk_with_backup
    elsewhere = tmp_path / "elsewhere"
    make_desk(elsewhere, complaints=2, code="KAB-SLM-01")
    theirs = tmp_path / "slm.sqlite3"
    assert run_cli(["backup", str(theirs)], elsewhere).returncode == 0
    refused(isolated_home, paths, [str(theirs)], "milik meja KAB-SLM-01, bukan meja ini (KAB-BDG-01)")
    done = run_cli(["restore", "--other-desk", str(theirs)], isolated_home)
    assert done.returncode == 0, done.stderr
    assert complaints(paths.default_database) == 2


def test_an_encrypted_backup_restores_with_its_passphrase_only(
    isolated_home: Path, desk_with_backup: tuple[Paths, Path], tmp_path: Path
) -> None:
    paths, _ = desk_with_backup
    sealed = tmp_path / "meja.lapor-backup"
    assert run_cli(["backup", "--encrypt", str(sealed)], isolated_home, extra_env=PHRASE).returncode == 0
    refused(isolated_home, paths, [str(sealed)], "Kata sandi salah", env={"LAPOR_DESK_BACKUP_PASSPHRASE": "bukan-ini"})
    done = run_cli(["restore", str(sealed)], isolated_home, extra_env=PHRASE)
    assert done.returncode == 0, done.stderr
    assert complaints(paths.default_database) == 5


def test_restore_is_refused_while_the_app_runs(isolated_home: Path, desk_with_backup: tuple[Paths, Path]) -> None:
    paths, backup = desk_with_backup
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
        refused(isolated_home, paths, [str(backup)], "Aplikasi lapor-desk lain sudah berjalan")
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
    assert run_cli(["restore", str(backup)], isolated_home).returncode == 0


def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_new_database(isolated_home: Path, tmp_path: Path) -> None:
    """SIGKILL at spread-out moments once the restore has started work: the path always holds a
    whole database, the old or the restored one, never none (the next start would make a new desk)."""
    import os
    import signal
    import time

    paths = make_desk(isolated_home, complaints=20)
    backup = tmp_path / "usb" / "meja.sqlite3"
    assert run_cli(["backup", str(backup)], isolated_home).returncode == 0
    desk = Desk.open(paths=paths)
    for i in range(10):
        desk.complaints.record(walk_in(title=f"Dicatat sesudah cadangan nomor {i}"))
    desk.close()
    current = tmp_path / "current.sqlite3"
    conn = sqlite3.connect(paths.default_database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.copyfile(paths.default_database, current)
    outcomes = set()
    for delay_ms in (0, 5, 15, 30, 60, 120, 250, 500):
        shutil.copyfile(current, paths.default_database)
        for side in ("-wal", "-shm"):
            Path(str(paths.default_database) + side).unlink(missing_ok=True)
        shutil.rmtree(paths.backup_dir / "replaced", ignore_errors=True)
        env = {**os.environ, "LAPOR_DESK_HOME": str(isolated_home)}
        proc = subprocess.Popen(
            [sys.executable, "-m", "lapor_desk", "restore", str(backup)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:  # the restore has begun its work
            if any(p.name.startswith(".restore-") for p in paths.data_dir.iterdir()):
                break
            time.sleep(0.001)
        time.sleep(delay_ms / 1000)  # the moment to cut it, spread over the restore's steps
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        assert paths.default_database.exists()
        conn = sqlite3.connect(paths.default_database)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            found = conn.execute("SELECT count(*) FROM complaints").fetchone()[0]
        finally:
            conn.close()
        assert found in (20, 30), found
        outcomes.add(found)
    assert 30 in outcomes  # some kills came before the swap
