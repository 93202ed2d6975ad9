"""Every protected command at the command line, as a real subprocess: who signs in, what each role
may do, the exit code and message, and the audit row in the signed-in account's name."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from cli_desk import PASSWORD, audit_rows, cli, last_seq, rows_after

ROLES = {"admin": "admin", "sri": "supervisor", "budi": "clerk"}


PROTECTED = {
    "export": ("export", "{tmp}/semua.csv"),
    "report": ("report", "monthly", "--month", "2026-10", "--format", "csv", "--out", "{tmp}/rekap.csv"),
    "accounts": ("accounts", "list"),
    "calendar": ("calendar", "import", "{tmp}/libur.csv"),
    "config": ("config", "set", "sync.interval_s", "600"),
}


def _args(name: str, tmp: Path) -> list[str]:
    return [a.format(tmp=tmp) for a in PROTECTED[name]]


@pytest.mark.parametrize("command", sorted(PROTECTED))
def test_without_a_user_each_protected_command_says_how_and_exits_2(
    cli_desk: Path, tmp_path: Path, command: str
) -> None:
    (tmp_path / "libur.csv").write_text("2026-12-31,tutup_daerah,HUT\n", encoding="utf-8")
    before = last_seq(cli_desk)
    out = cli(cli_desk, *_args(command, tmp_path))
    assert out.returncode == 2, out.stderr
    assert "--user NAMA" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "semua.csv").exists() and not (tmp_path / "rekap.csv").exists()
    assert rows_after(cli_desk, before) == []  # nobody acted


def test_unknown_name_is_refused_before_any_password_is_asked(cli_desk: Path, tmp_path: Path) -> None:
    before = last_seq(cli_desk)
    # No password anywhere and no terminal: had the password been asked first, this would say so.
    out = cli(cli_desk, "export", str(tmp_path / "x.csv"), "--user", "siapa", password=None)
    assert out.returncode == 1
    assert "Akun siapa tidak ditemukan" in out.stderr and "terminal" not in out.stderr
    [row] = rows_after(cli_desk, before)
    assert (row["actor"], row["action"], row["detail"]) == ("siapa", "sign_in_failed", {"reason": "unknown"})


def test_no_terminal_and_no_password_is_a_message_and_exit_2(cli_desk: Path, tmp_path: Path) -> None:
    out = cli(cli_desk, "export", str(tmp_path / "x.csv"), "--user", "sri", password=None)
    assert out.returncode == 2
    assert "Tidak ada terminal" in out.stderr and "LAPOR_DESK_PASSWORD" in out.stderr
    assert "Traceback" not in out.stderr and "EOFError" not in out.stderr


def test_wrong_password_is_refused_and_audited(cli_desk: Path, tmp_path: Path) -> None:
    before = last_seq(cli_desk)
    out = cli(cli_desk, "export", str(tmp_path / "x.csv"), "--user", "sri", password="bukan-ini-1")
    assert out.returncode == 1 and "kata sandi salah" in out.stderr
    assert not (tmp_path / "x.csv").exists()
    [row] = rows_after(cli_desk, before)
    assert (row["actor"], row["action"], row["detail"]["reason"]) == ("sri", "sign_in_failed", "password")


def test_export_by_role(cli_desk: Path, tmp_path: Path) -> None:
    target = tmp_path / "semua.jsonl"
    # A clerk: refused, in the clerk's name.
    before = last_seq(cli_desk)
    clerk = cli(cli_desk, "export", str(target), "--user", "budi")
    assert clerk.returncode == 1 and "peran petugas tidak berwenang" in clerk.stderr
    assert not target.exists()
    assert [(r["actor"], r["action"], r["detail"].get("outcome")) for r in rows_after(cli_desk, before)] == [
        ("budi", "sign_in", None),
        ("budi", "export", "refused"),
    ]
    # A supervisor: the complaints without personal data.
    before = last_seq(cli_desk)
    sup = cli(cli_desk, "export", str(target), "--user", "sri")
    assert sup.returncode == 0, sup.stderr
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 20 and all("reporter_nik" not in r and "reporter_phone" not in r for r in rows)
    assert {r["receipt_number"] for r in rows} and all(r["title"] for r in rows)
    exports = [r for r in rows_after(cli_desk, before) if r["action"] == "export"]
    assert [(r["actor"], r["role"], r["detail"]["outcome"], r["detail"]["personal_data"]) for r in exports] == [
        ("sri", "supervisor", "requested", False),
        ("sri", "supervisor", "written", False),
    ]
    # A supervisor asking for personal data: refused and audited.
    before = last_seq(cli_desk)
    asked = cli(cli_desk, "export", str(tmp_path / "pribadi.csv"), "--include-personal", "--user", "sri")
    assert asked.returncode == 1 and "tidak berwenang" in asked.stderr
    assert not (tmp_path / "pribadi.csv").exists()
    assert rows_after(cli_desk, before)[-1]["detail"] | {"file": ""} == {
        "export": "complaints",
        "file": "",
        "personal_data": True,
        "outcome": "refused",
        "reason": "permission_denied",
    }
    # An admin asking for it: every NIK, on record.
    before = last_seq(cli_desk)
    admin = cli(cli_desk, "export", str(tmp_path / "pribadi.csv"), "--include-personal", "--user", "admin")
    assert admin.returncode == 0, admin.stderr
    header = (tmp_path / "pribadi.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "reporter_nik" in header and "reporter_address" in header
    written = rows_after(cli_desk, before)[-1]
    assert (written["actor"], written["detail"]["outcome"], written["detail"]["personal_data"]) == (
        "admin",
        "written",
        True,
    )


def test_monthly_report_by_role(cli_desk: Path, tmp_path: Path) -> None:
    out = tmp_path / "rekap.csv"
    base = ["report", "monthly", "--month", "2026-10", "--format", "csv", "--out", str(out)]
    before = last_seq(cli_desk)
    clerk = cli(cli_desk, *base, "--user", "budi")
    assert clerk.returncode == 1 and "tidak berwenang" in clerk.stderr and not out.exists()
    assert rows_after(cli_desk, before)[-1]["detail"]["outcome"] == "refused"
    before = last_seq(cli_desk)
    personal = cli(cli_desk, *base, "--include-personal", "--user", "sri")
    assert personal.returncode == 1 and not out.exists()
    assert (rows_after(cli_desk, before)[-1]["actor"], rows_after(cli_desk, before)[-1]["detail"]["outcome"]) == (
        "sri",
        "refused",
    )
    before = last_seq(cli_desk)
    ok = cli(cli_desk, *base, "--user", "sri")
    assert ok.returncode == 0, ok.stderr
    assert out.read_text(encoding="utf-8-sig").startswith("Rekap Bulanan")
    assert [(r["actor"], r["detail"]["outcome"]) for r in rows_after(cli_desk, before) if r["action"] == "export"] == [
        ("sri", "requested"),
        ("sri", "written"),
    ]


def test_accounts_commands_by_role(cli_desk: Path) -> None:
    for user in ("budi", "sri"):
        before = last_seq(cli_desk)
        out = cli(cli_desk, "accounts", "list", "--user", user)
        assert out.returncode == 1 and "tidak berwenang" in out.stderr and "admin" not in out.stdout
        refused = rows_after(cli_desk, before)[-1]
        assert (refused["actor"], refused["action"], refused["target"], refused["detail"]["permission"]) == (
            user,
            "refused",
            "command:accounts list",
            "manage_accounts",
        )
    before = last_seq(cli_desk)
    # A clerk cannot make itself an admin; no new password is even asked for.
    out = cli(cli_desk, "accounts", "add", "baru", "--role", "admin", "--user", "budi", new_password=None)
    assert out.returncode == 1 and "tidak berwenang" in out.stderr
    assert rows_after(cli_desk, before)[-1]["action"] == "refused"
    listed = cli(cli_desk, "accounts", "list", "--user", "admin")
    assert listed.returncode == 0 and "budi" in listed.stdout and "baru" not in listed.stdout
    before = last_seq(cli_desk)
    reset = cli(cli_desk, "accounts", "reset-password", "budi", "--user", "admin", new_password="sementara-77")
    assert reset.returncode == 0, reset.stderr
    change = [r for r in rows_after(cli_desk, before) if r["action"] == "account_change"]
    assert [(r["actor"], r["target"], r["detail"]) for r in change] == [
        ("admin", "account:budi", {"change": "password_reset"})
    ]
    # The reset account owes a new password: the core lets it do nothing else.
    owed = cli(cli_desk, "export", "x.csv", "--user", "budi", password="sementara-77")
    assert owed.returncode == 1 and "Ganti kata sandi dulu" in owed.stderr
    again = cli(cli_desk, "accounts", "create-admin", "admin2", password=None, new_password=PASSWORD)
    assert again.returncode == 1 and "sudah dibuat" in again.stderr


def test_calendar_import_and_protected_settings_by_role(cli_desk: Path, tmp_path: Path) -> None:
    closures = tmp_path / "libur.csv"
    closures.write_text("2026-12-31,tutup_daerah,HUT\n", encoding="utf-8")
    before = last_seq(cli_desk)
    refused = cli(cli_desk, "calendar", "import", str(closures), "--user", "sri")
    assert refused.returncode == 1 and "peran supervisor tidak berwenang" in refused.stderr
    assert rows_after(cli_desk, before)[-1]["target"] == "command:calendar import"
    ok = cli(cli_desk, "calendar", "import", str(closures), "--user", "admin")
    assert ok.returncode == 0, ok.stderr
    assert audit_rows(cli_desk, "calendar_change")[-1]["actor"] == "admin"
    before = last_seq(cli_desk)
    no = cli(cli_desk, "config", "set", "security.idle_lock_minutes", "0", "--user", "sri")
    assert no.returncode == 1 and "tidak berwenang" in no.stderr
    assert rows_after(cli_desk, before)[-1] | {"seq": 0} == {
        "seq": 0,
        "actor": "sri",
        "role": "supervisor",
        "action": "refused",
        "target": "setting:security.idle_lock_minutes",
        "detail": {"reason": "permission_denied", "permission": "manage_settings"},
    }
    stored = cli_desk / "config" / "settings.json"
    assert not stored.exists() or "security.idle_lock_minutes" not in json.loads(stored.read_text())
    yes = cli(cli_desk, "config", "set", "security.idle_lock_minutes", "5", "--user", "admin")
    assert yes.returncode == 0, yes.stderr
    change = audit_rows(cli_desk, "settings_change")[-1]
    assert (change["actor"], change["target"], change["detail"]) == (
        "admin",
        "setting:security.idle_lock_minutes",
        {"old": 10, "new": 5},
    )
    # Settings that protect nothing need no sign-in (the desk's name, the language).
    assert cli(cli_desk, "config", "set", "desk.name", "Meja Kecamatan", password=None).returncode == 0
    # Diagnosis needs no sign-in either.
    verify = cli(cli_desk, "audit", "verify", password=None)
    assert verify.returncode == 0 and "utuh" in verify.stdout


def test_recover_admin_for_the_owner_of_the_data_folder(tmp_path: Path) -> None:
    home = tmp_path
    assert cli(home, "accounts", "create-admin", "admin", password=None, new_password=PASSWORD).returncode == 0
    lost = cli(home, "accounts", "list", "--user", "admin", password="lupa-sandi-1")
    assert lost.returncode == 1
    out = cli(home, "accounts", "recover-admin", "admin", password=None, new_password="pulih-sementara-1")
    assert out.returncode == 0, out.stderr
    assert "PERINGATAN" in out.stderr and "jejak audit" in out.stderr
    row = audit_rows(home, "account_change")[-1]
    assert row["actor"].startswith("(pemilik-folder:") and row["detail"]["change"] == "admin_recovered"
    # The temporary password signs in, and must be replaced before anything else.
    owed = cli(home, "accounts", "list", "--user", "admin", password="pulih-sementara-1")
    assert owed.returncode == 1 and "Ganti kata sandi dulu" in owed.stderr
    not_admin = cli(home, "accounts", "recover-admin", "tidak-ada", password=None, new_password="pulih-sementara-1")
    assert not_admin.returncode == 1 and "tidak ditemukan" in not_admin.stderr and "Traceback" not in not_admin.stderr


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to hand the folder over")
def test_recover_admin_is_refused_to_another_os_account(tmp_path: Path) -> None:
    assert cli(tmp_path, "accounts", "create-admin", "admin", password=None, new_password=PASSWORD).returncode == 0
    os.chown(tmp_path / "data", 12345, 12345)  # the data folder now belongs to someone else
    try:
        out = cli(tmp_path, "accounts", "recover-admin", "admin", password=None, new_password="pulih-sementara-1")
    finally:
        os.chown(tmp_path / "data", 0, 0)
    assert out.returncode == 1 and "pemilik folder data" in out.stderr
    assert not [r for r in audit_rows(tmp_path, "account_change") if r["detail"].get("change") == "admin_recovered"]


def test_setup_on_a_desk_with_accounts_changes_protected_settings_only_for_an_admin(cli_desk: Path) -> None:
    plan = ("setup", "--desk-code", "KAB-BDG-07", "--proxy", "http://proksi.kantor:3128")
    assert cli(cli_desk, *plan).returncode == 2  # no --user
    before = last_seq(cli_desk)
    refused = cli(cli_desk, *plan, "--user", "sri")
    assert refused.returncode == 1 and "tidak berwenang" in refused.stderr
    assert [(r["actor"], r["action"], r["target"]) for r in rows_after(cli_desk, before)][-1] == (
        "sri",
        "refused",
        "command:setup",
    )
    done = cli(cli_desk, *plan, "--user", "admin")
    assert done.returncode == 0, done.stderr
    change = [r for r in audit_rows(cli_desk, "settings_change") if r["target"] == "setting:sync.proxy"][-1]
    assert (change["actor"], change["detail"]["new"], change["detail"]["via"]) == (
        "admin",
        "http://proksi.kantor:3128",
        "setup",
    )
    # Settings that protect nothing: no sign-in, as with `config set`.
    assert cli(cli_desk, "setup", "--desk-name", "Meja Soreang", password=None).returncode == 0


@pytest.mark.skipif(sys.platform != "linux", reason="a pseudo-terminal")
def test_the_password_is_asked_at_a_terminal_without_echo(cli_desk: Path) -> None:
    import pty
    import select
    import time

    env = {k: v for k, v in os.environ.items() if not k.startswith("LAPOR_DESK_")}
    env["LAPOR_DESK_HOME"] = str(cli_desk)
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command on a terminal of its own
        os.execve(sys.executable, [sys.executable, "-m", "lapor_desk", "accounts", "list", "--user", "admin"], env)
    seen = b""
    deadline = time.monotonic() + 120

    def read_until(done: Any) -> None:
        nonlocal seen
        while not done() and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 1.0)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # the child closed the terminal
                    return
                if not chunk:
                    return
                seen += chunk

    read_until(lambda: b"Kata sandi admin: " in seen)
    assert b"Kata sandi admin: " in seen, seen
    os.write(fd, PASSWORD.encode() + b"\n")
    read_until(lambda: False)
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, seen
    assert b"budi" in seen and PASSWORD.encode() not in seen  # listed; the password never echoed


def test_a_backup_copy_off_the_pc_is_an_admins_audited_export(cli_desk: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    before = last_seq(cli_desk)
    unsigned = cli(cli_desk, "backup", str(usb / "a.sqlite3"))
    assert unsigned.returncode == 2 and not (usb / "a.sqlite3").exists(), unsigned.stderr
    # A supervisor (an earlier test reset the clerk's password) may not take personal data off the PC.
    supervisor = cli(cli_desk, "backup", str(usb / "b.sqlite3"), "--user", "sri")
    assert supervisor.returncode == 1 and not (usb / "b.sqlite3").exists()
    assert "Traceback" not in supervisor.stderr
    admin = cli(cli_desk, "backup", str(usb / "c.sqlite3"), "--user", "admin")
    assert admin.returncode == 0, admin.stderr
    assert (usb / "c.sqlite3").stat().st_size > 0
    rows = [r for r in rows_after(cli_desk, before) if r["target"] == "database:copy"]
    assert [(r["actor"], r["detail"]["outcome"]) for r in rows] == [
        ("sri", "refused"),
        ("admin", "requested"),
        ("admin", "written"),
    ]
    # The desk's own rotation (into its owner-only backup folder) asks no one.
    assert cli(cli_desk, "backup", password=None).returncode == 0


def test_an_encrypted_backup_with_no_terminal_for_the_passphrase_says_how(cli_desk: Path) -> None:
    done = cli(cli_desk, "backup", "--encrypt", password=None)
    assert done.returncode != 0
    assert "LAPOR_DESK_BACKUP_PASSPHRASE" in done.stderr and "Traceback" not in done.stderr
