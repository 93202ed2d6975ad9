"""`lapor-desk doctor`: on a healthy desk (registered with a real central on loopback, synced,
backed up) every line is OK; then each check is broken alone, and only its line changes.
`--bundle` writes a zip that holds none of the desk's personal data or tokens."""

from __future__ import annotations

import os
import socket
import sqlite3
import uuid
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from central.testing import RunningServer
from lapor_desk.doctor.checks import FAIL, OK, WARN, Finding, Subject, examine, exit_code
from lapor_desk.paths import Paths
from lapor_desk.settings import DESK_CODE, OFFICER_NAME, SYNC_CENTRAL_URL, UI_LANGUAGE, Settings
from lapor_desk.sync.installation import adopt

from constrained import run_cli
from factories import walk_in
from sync_helpers import TEST_PC

NAME, NIK, PHONE, EMAIL = "Ratna Kusumawardani", "3204054507900003", "0813-2222-4444", "ratna.kw@contoh.id"


def open_home(home: Path):  # type: ignore[no-untyped-def]
    from lapor_desk.desk import Desk

    return Desk.open(paths=Paths.from_environment({"LAPOR_DESK_HOME": str(home)}))


@pytest.fixture
def home(tmp_path: Path, central: RunningServer) -> Iterator[Path]:
    """A healthy desk in the CLI's layout (LAPOR_DESK_HOME)."""
    home = tmp_path / "home"
    paths = Paths.from_environment({"LAPOR_DESK_HOME": str(home)})
    paths.ensure()
    adopt(paths.config_dir, TEST_PC)  # the PC the session's desk token is bound to
    Settings(paths.settings_file).set(OFFICER_NAME, "Siti Rahmawati")
    # Its own desk code: the central keeps receipt numbers unique per desk code.
    Settings(paths.settings_file).set(DESK_CODE, f"T-{uuid.uuid4().hex[:8].upper()}")
    desk = open_home(home)
    try:
        assert desk.sync is not None
        desk.sync.register(central.api_url, central.desk_token)
        desk.complaints.record(
            walk_in(reporter_name=NAME, reporter_nik=NIK, reporter_phone=PHONE, reporter_email=EMAIL)
        )
        assert desk.sync.run_cycle().synced == 1
        desk.supervision.accounts.create_first_admin("admin", "Admin Meja Pengaduan", "rahasia-123")
        desk.backups.create()
    finally:
        desk.close()
    paths.data_dir.chmod(0o700)
    yield home


def findings(home: Path, **subject: object) -> dict[str, list[Finding]]:
    paths = Paths.from_environment({"LAPOR_DESK_HOME": str(home)})
    desk = open_home(home)
    try:
        s = Subject(paths.data_dir, paths.default_database, paths.backup_dir, desk=desk, min_free=(1, 0))
        for key, value in subject.items():
            setattr(s, key, value)
        out: dict[str, list[Finding]] = {}
        for f in examine(s):
            out.setdefault(f.check, []).append(f)
        return out
    finally:
        desk.close()


def only_broken(found: dict[str, list[Finding]], check: str, level: str, code: str) -> None:
    broken = {name for name, fs in found.items() if any(f.level != OK for f in fs)}
    assert broken == {check}, {n: [(f.level, f.code) for f in fs] for n, fs in found.items()}
    assert any(f.level == level and f.code == code for f in found[check]), found[check]


def sql(home: Path, statement: str, *params: object) -> None:
    conn = sqlite3.connect(Paths.from_environment({"LAPOR_DESK_HOME": str(home)}).default_database)
    with conn:
        conn.execute(statement, params)
    conn.close()


def test_a_healthy_desk_is_all_ok(home: Path) -> None:
    found = findings(home)
    assert all(f.level == OK for fs in found.values() for f in fs), found
    assert set(found) == {
        "versions",
        "data_folder",
        "database",
        "search_index",
        "queue",
        "last_sync",
        "backups",
        "central",
        "clock",
        "keyring",
        "audit",
    }
    assert exit_code([f for fs in found.values() for f in fs]) == 0
    assert "SQLite" in found["versions"][0].text("id")


def test_data_folder_readable_by_others(home: Path) -> None:
    (home / "data").chmod(0o755)
    only_broken(findings(home), "data_folder", WARN, "doctor_folder_open")


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root")
def test_data_folder_owned_by_someone_else(home: Path) -> None:
    os.chown(home / "data", 65534, -1)
    only_broken(findings(home), "data_folder", WARN, "doctor_folder_owner")


def test_disk_nearly_full(home: Path) -> None:
    only_broken(findings(home, min_free=(1 << 62, 0)), "data_folder", WARN, "doctor_disk_low")
    only_broken(findings(home, min_free=(1 << 62, 1 << 62)), "data_folder", FAIL, "doctor_disk_low")


def test_a_database_that_cannot_open(home: Path) -> None:
    paths = Paths.from_environment({"LAPOR_DESK_HOME": str(home)})
    paths.default_database.write_bytes(b"")
    s = Subject(paths.data_dir, paths.default_database, paths.backup_dir, open_error="kosong", min_free=(1, 0))
    found = examine(s)
    database = [f for f in found if f.check == "database"]
    assert [f.level for f in database] == [FAIL]
    assert exit_code(found) == 2
    # Each check that needs the open desk says it was not checked; the file checks still run.
    assert {f.check for f in found if f.code == "doctor_not_checked"} == {
        "search_index",
        "queue",
        "last_sync",
        "central",
        "clock",
        "keyring",
        "audit",
    }
    assert [f.level for f in found if f.check == "backups"] == [OK]


def test_search_index_out_of_step(home: Path) -> None:
    sql(home, "INSERT INTO complaints_fts(rowid, title, body, location_text) VALUES (987654, 'hantu', 'x', 'y')")
    only_broken(findings(home), "search_index", FAIL, "doctor_fts_broken")


def test_complaints_needing_a_fix(home: Path) -> None:
    sql(home, "UPDATE sync_items SET state = 'needs_fix'")
    only_broken(findings(home), "queue", WARN, "doctor_queue_needs_fix")


def test_an_old_unsent_complaint(home: Path) -> None:
    desk = open_home(home)
    desk.complaints.record(walk_in(title="Belum terkirim sejak lama sekali"))
    desk.close()
    old = (datetime.now(UTC) - timedelta(days=3)).replace(tzinfo=None).isoformat(sep=" ")
    sql(home, "UPDATE sync_items SET queued_at = ? WHERE state = 'pending'", old)
    only_broken(findings(home), "queue", WARN, "doctor_queue_old")


def test_no_sync_for_days(home: Path) -> None:
    sql(
        home,
        "UPDATE sync_meta SET value = ? WHERE key = 'last_sync_at'",
        (datetime.now(UTC) - timedelta(days=3)).isoformat(),
    )
    only_broken(findings(home), "last_sync", WARN, "doctor_sync_old")


def test_no_backup_and_an_old_backup(home: Path) -> None:
    backups = home / "data" / "backups"
    [copy] = [p for p in backups.iterdir() if p.is_file()]
    stamp = (datetime.now(UTC) - timedelta(days=5)).strftime("%Y%m%dT%H%M%SZ")
    copy.rename(backups / f"lapor-desk-{stamp}-daily.sqlite3")
    only_broken(findings(home), "backups", WARN, "doctor_backup_old")
    for p in backups.iterdir():
        if p.is_file():
            p.unlink()
    only_broken(findings(home), "backups", FAIL, "doctor_no_backup")


def test_central_unreachable_and_tls_refused(home: Path, central: RunningServer) -> None:
    settings = Settings(home / "config" / "settings.json")
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings.set(SYNC_CENTRAL_URL, f"http://127.0.0.1:{port}/api/v1")
    only_broken(findings(home, timeout_s=3.0), "central", FAIL, "doctor_central_down")
    settings.set(SYNC_CENTRAL_URL, central.api_url.replace("http://", "https://"))  # TLS to a plain server
    only_broken(findings(home, timeout_s=5.0), "central", FAIL, "doctor_central_tls")


def test_clock_skew(home: Path) -> None:
    sql(home, "UPDATE sync_meta SET value = '900.000' WHERE key = 'clock_offset_s'")
    only_broken(findings(home), "clock", WARN, "doctor_clock_skew")


def test_token_file_readable_and_token_missing(home: Path) -> None:
    token = home / "config" / "desk-token"
    token.chmod(0o644)
    only_broken(findings(home), "keyring", WARN, "doctor_token_file_open")
    token.unlink()
    found = findings(home)
    assert [f.code for f in found["keyring"]] == ["doctor_token_missing"]
    assert found["keyring"][0].level == FAIL


def test_audit_chain_edited(home: Path) -> None:
    sql(home, "UPDATE audit_entries SET actor = 'orang-lain' WHERE seq = 1")
    only_broken(findings(home), "audit", FAIL, "doctor_audit_broken")


def test_the_command_exit_codes_and_language(home: Path) -> None:
    done = run_cli(["doctor"], home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK   Database:" in done.stdout and "Jejak audit" in done.stdout
    (home / "data").chmod(0o755)
    Settings(home / "config" / "settings.json").set(UI_LANGUAGE, "en")
    done = run_cli(["doctor"], home)
    assert done.returncode == 1
    assert "WARN Data folder:" in done.stdout and "chmod 700" in done.stdout
    (home / "data" / "lapor-desk.sqlite3").write_bytes(b"")
    done = run_cli(["doctor"], home)
    assert done.returncode == 2 and "FAIL Database:" in done.stdout and "Traceback" not in done.stderr


def test_the_bundle_holds_no_personal_data_or_token(home: Path, central: RunningServer, tmp_path: Path) -> None:
    token = (home / "config" / "desk-token").read_text().strip()
    log = home / "logs" / "lapor-desk.log"
    with log.open("a", encoding="utf-8") as fh:  # what a careless log line could hold
        fh.write(
            f"2026-11-20 09:30:00,000 INFO test: recorded for {NAME} NIK {NIK} phone {PHONE} "
            f"email {EMAIL}\n2026-11-20 09:30:01,000 DEBUG test: Authorization: Bearer {token}\n"
            "2026-11-20 09:30:02,000 DEBUG test: password=rahasia-123 officer Siti Rahmawati\n"
        )
    bundle = tmp_path / "dukungan.zip"
    done = run_cli(["doctor", "--bundle", str(bundle)], home)
    assert done.returncode == 0, done.stdout + done.stderr
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
        text = "\n".join(zf.read(n).decode("utf-8") for n in names)
    assert {"doctor.txt", "settings.json", "schema.sql", "logs/lapor-desk.log"} <= set(names)
    assert "revision:" in text and "recorded for <nama>" in text
    for secret in (
        NAME,
        NIK,
        PHONE,
        "081322224444",
        EMAIL,
        token,
        "rahasia-123",
        "Siti Rahmawati",
        "Admin Meja Pengaduan",
        central.desk_token,
    ):
        assert secret.casefold() not in text.casefold(), secret
    assert bundle.stat().st_mode & 0o777 == 0o600
