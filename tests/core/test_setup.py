"""`lapor-desk setup` headless, from flags and from an office file: settings, the first admin,
audited; a file with an unknown key or a bad value is refused naming its lines, and nothing is set."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from lapor_desk.audit import AuditAction, AuditFilter
from lapor_desk.desk import Desk
from lapor_desk.paths import Paths

PASSWORD = "Kata-sandi-admin-2026"
OFFICE = """\
# Kantor Kabupaten Bandung: one file for all twenty PCs
[desk]
name = "Meja Pengaduan Kab. Bandung"

[office]
name = "Bagian Organisasi Setda Kab. Bandung"
address = "Jl. Raya Soreang Km 17, Soreang"
phone = "(022) 5891234"

[queue]
page_size = 100

[security]
idle_lock_minutes = 5

[admin]
username = "it.kabbdg"
full_name = "Petugas TI Kabupaten"
"""


def setup(home: Path, *args: str, password: str | None = PASSWORD) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LAPOR_DESK_HOME=str(home), LAPOR_DESK_NO_KEYRING="1")
    env.pop("LAPOR_DESK_DB", None)
    env.pop("LAPOR_DESK_PASSWORD", None)
    if password is not None:
        env["LAPOR_DESK_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "lapor_desk", "setup", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def open_desk(home: Path) -> Desk:
    return Desk.open(None, paths=Paths(home / "data", home / "config", home / "logs"))


def stored(home: Path) -> dict[str, object]:
    return dict(json.loads((home / "config" / "settings.json").read_text(encoding="utf-8"))["values"])


def test_setup_from_flags(tmp_path: Path) -> None:
    out = setup(
        tmp_path,
        "--desk-code",
        "KAB-BDG-07",
        "--office-name",
        "Kantor Camat Soreang",
        "--office-phone",
        "022-5891234",
        "--admin",
        "admin",
        "--admin-name",
        "Admin Meja",
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["Admin dibuat: admin.", "Pengaturan disimpan (3)."]
    assert stored(tmp_path) == {
        "desk.code": "KAB-BDG-07",
        "office.name": "Kantor Camat Soreang",
        "office.phone": "022-5891234",
    }
    desk = open_desk(tmp_path)
    try:
        admin = desk.supervision.accounts.sign_in("admin", PASSWORD)
        assert admin.role == "admin"
        entries = desk.supervision.audit.page(AuditFilter(actions=(str(AuditAction.SETTINGS_CHANGE),)))
        assert sorted((e.target, e.detail["new"], e.detail["via"]) for e in entries) == [
            ("setting:desk.code", "KAB-BDG-07", "setup"),
            ("setting:office.name", "Kantor Camat Soreang", "setup"),
            ("setting:office.phone", "022-5891234", "setup"),
        ]
        assert desk.supervision.audit.verify().ok
    finally:
        desk.close()


def test_setup_from_a_file_with_flags_winning_and_run_again(tmp_path: Path) -> None:
    office = tmp_path / "kantor.toml"
    office.write_text(OFFICE, encoding="utf-8")
    home = tmp_path / "pc07"
    out = setup(home, "--config", str(office), "--desk-code", "KAB-BDG-07", "--office-phone", "(022) 5890000")
    assert out.returncode == 0, out.stderr
    values = stored(home)
    assert values["desk.code"] == "KAB-BDG-07" and values["office.phone"] == "(022) 5890000"  # the flag won
    assert values["queue.page_size"] == 100 and values["security.idle_lock_minutes"] == 5
    assert values["office.address"] == "Jl. Raya Soreang Km 17, Soreang"
    # Run again on a desk that now has accounts: the plan touches security settings, so an admin
    # signs in for it (the office file's admin, with the password set on the first run).
    anonymous = setup(home, "--config", str(office), "--desk-code", "KAB-BDG-07", password=None)
    assert anonymous.returncode == 2 and "--user" in anonymous.stderr
    again = setup(home, "--config", str(office), "--desk-code", "KAB-BDG-07", "--user", "it.kabbdg")
    assert again.returncode == 0, again.stderr  # a second run changes settings only
    assert "Sudah ada akun di meja ini; admin it.kabbdg tidak dibuat." in again.stdout
    desk = open_desk(home)
    try:
        assert desk.supervision.accounts.sign_in("it.kabbdg", PASSWORD).display_name == "Petugas TI Kabupaten"
    finally:
        desk.close()


def test_a_file_with_an_unknown_key_and_a_bad_value_is_refused_by_line(tmp_path: Path) -> None:
    office = tmp_path / "kantor.toml"
    office.write_text(
        OFFICE.replace("page_size = 100", "page_size = 0").replace(
            'phone = "(022) 5891234"', 'phone = "(022) 5891234"\nfax = "022-1"'
        ),
        encoding="utf-8",
    )
    home = tmp_path / "pc"
    out = setup(home, "--config", str(office), "--desk-code", "KAB-BDG-07")
    assert out.returncode == 2
    assert out.stderr.splitlines() == [
        "Baris 9: office.fax: Pengaturan tidak dikenal: office.fax. Maksudnya office.name?",
        "Baris 12: queue.page_size: Harus antara 20 dan 2000; diberi 0.",
    ]
    assert not (home / "config" / "settings.json").exists()
    desk = open_desk(home)
    try:
        assert desk.supervision.accounts.needs_first_admin()  # nothing half-set
    finally:
        desk.close()
    broken = tmp_path / "rusak.toml"
    broken.write_text('[desk]\ncode = "KAB-BDG-07"\nname = "tanpa tutup\n', encoding="utf-8")
    syntax = setup(home, "--config", str(broken))
    assert syntax.returncode == 2 and syntax.stderr.startswith("Baris 3: penulisan TOML salah")


def test_bad_flags_a_weak_password_or_no_terminal_set_nothing(tmp_path: Path) -> None:
    bad = setup(tmp_path, "--desk-code", "kab bdg", "--admin", "admin")
    assert bad.returncode == 2 and bad.stderr.startswith("desk.code: Kode meja")
    weak = setup(tmp_path, "--desk-code", "KAB-BDG-07", "--admin", "admin", password="pendek")
    assert weak.returncode == 1 and "Kata sandi minimal" in weak.stderr
    asked = setup(tmp_path, "--desk-code", "KAB-BDG-07", "--admin", "admin", password=None)
    assert asked.returncode == 1 and "LAPOR_DESK_PASSWORD" in asked.stderr
    no_code = setup(tmp_path, "--office-name", "Kantor")
    assert no_code.returncode == 1 and "Kode meja belum diberikan" in no_code.stderr
    assert not (tmp_path / "config" / "settings.json").exists()
