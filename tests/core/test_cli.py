"""The `lapor-desk` command as IT staff use it, run as a real subprocess with no Qt loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from lapor_desk import __version__

ADMIN = ("--user", "admin")
PASSWORD = "rahasia-123"


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LAPOR_DESK_HOME=str(home), LAPOR_DESK_PASSWORD=PASSWORD, LAPOR_DESK_NEW_PASSWORD=PASSWORD)
    env.pop("LAPOR_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "lapor_desk", *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_version(tmp_path: Path) -> None:
    out = cli("--version", home=tmp_path)
    assert out.returncode == 0
    assert out.stdout.strip() == f"lapor-desk {__version__}"


def test_demo_data_export_and_config(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    made = cli("--db", f"sqlite:///{db}", "demo-data", "--count", "300", "--seed", "5", home=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "300 pengaduan" in made.stdout
    assert cli("--db", f"sqlite:///{db}", "accounts", "create-admin", "admin", home=tmp_path).returncode == 0
    out = tmp_path / "semua.jsonl"
    exported = cli("--db", f"sqlite:///{db}", "export", str(out), "--include-personal", *ADMIN, home=tmp_path)
    assert exported.returncode == 0, exported.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 300
    assert len({r["receipt_number"] for r in rows}) == 300
    assert {r["province_code"] for r in rows} <= {"51", "34", "13", "32", "36"}
    assert {r["channel"] for r in rows} >= {"walk_in", "phone", "letter"}
    assert all(len(r["reporter_nik"]) == 16 for r in rows)


def test_demo_data_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    exports = []
    for name in ("a", "b"):
        db = f"sqlite:///{tmp_path / name}.sqlite3"
        assert cli("--db", db, "demo-data", "--count", "50", "--seed", "9", home=tmp_path).returncode == 0
        assert cli("--db", db, "accounts", "create-admin", "admin", home=tmp_path).returncode == 0
        assert (
            cli(
                "--db", db, "export", str(tmp_path / f"{name}.jsonl"), "--include-personal", *ADMIN, home=tmp_path
            ).returncode
            == 0
        )
        rows = [json.loads(x) for x in (tmp_path / f"{name}.jsonl").read_text().splitlines()]
        exports.append([(r["title"], r["reporter_nik"], r["village_code"]) for r in rows])
    assert exports[0] == exports[1]


def test_env_var_chooses_the_database(tmp_path: Path) -> None:
    db = tmp_path / "dari-env.sqlite3"
    env = dict(os.environ, LAPOR_DESK_HOME=str(tmp_path), LAPOR_DESK_DB=f"sqlite:///{db}")
    out = subprocess.run(
        [sys.executable, "-m", "lapor_desk", "demo-data", "--count", "5"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert db.exists()
    assert not (tmp_path / "data" / "lapor-desk.sqlite3").exists()


def test_config_refuses_a_bad_desk_code_with_a_clear_message(tmp_path: Path) -> None:
    bad = cli("config", "set", "desk.code", "kab bdg", home=tmp_path)
    assert bad.returncode == 1
    assert "Kode meja hanya huruf besar" in bad.stderr
    assert cli("config", "set", "desk.code", "KAB-BDG-01", home=tmp_path).returncode == 0
    assert "desk.code = KAB-BDG-01    [berkas pengaturan" in cli("config", "list", home=tmp_path).stdout


def test_import_reports_and_exit_codes(tmp_path: Path) -> None:
    path = tmp_path / "lama.csv"
    path.write_text(
        "type,channel,title,body,received_at,reporter_name,reporter_phone,consent_personal\n"
        "aspirasi,letter,Usulan taman kota baru,Mohon dibangun taman kota untuk anak-anak bermain,"
        "2025-01-02T09:00:00+07:00,Rina,081234567890,ya\n"
        "aspirasi,letter,Pendek,Mohon dibangun taman kota untuk anak-anak bermain,"
        "2025-01-02T09:00:00+07:00,,081234567890,tidak\n",
        encoding="utf-8",
    )
    out = cli("import", str(path), home=tmp_path)
    assert out.returncode == 2  # some rows need attention
    assert "baris 3: title: Terlalu pendek" in out.stderr
    assert "baris 3: reporter_name: Wajib diisi." in out.stderr
    assert "baris 3: consent_personal: Persetujuan" in out.stderr
    assert "baris bermasalah: 1" in out.stdout
    assert "Ditambahkan: 1" in out.stdout
    missing = cli("import", str(tmp_path / "tidak-ada.csv"), home=tmp_path)
    assert missing.returncode == 1 and "Berkas tidak ditemukan" in missing.stderr


def test_damaged_database_is_reported_not_crashed_on(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    out = cli("--db", f"sqlite:///{bad}", "export", str(tmp_path / "x.csv"), *ADMIN, home=tmp_path)
    assert out.returncode == 1
    assert "bukan database lapor-desk (bukan SQLite)" in out.stderr
    assert str(bad) in out.stderr
    assert "Traceback" not in out.stderr


def test_no_qt_is_loaded_by_headless_commands(tmp_path: Path) -> None:
    code = (
        "import sys; from lapor_desk.cli import main; "
        "rc = main(['demo-data', '--count', '3']); "
        "print(rc, any(m.startswith(('PySide6', 'ui')) for m in sys.modules))"
    )
    env = dict(os.environ, LAPOR_DESK_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.stdout.split()[-2:] == ["0", "False"]


def test_config_set_is_audited_with_old_and_new_values(tmp_path: Path) -> None:
    from lapor_desk.audit import AuditFilter, AuditTrail
    from lapor_desk.desk import Desk
    from lapor_desk.paths import Paths

    db = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    assert cli("--db", db, "accounts", "create-admin", "admin", home=tmp_path).returncode == 0
    assert cli("--db", db, "config", "set", "desk.code", "KAB-SLM-01", home=tmp_path).returncode == 0
    # A sync setting is protected: an admin, signed in, in their own name.
    assert cli("--db", db, "config", "set", "sync.batch_size", "50", home=tmp_path).returncode == 2
    assert cli("--db", db, "config", "set", "sync.batch_size", "50", *ADMIN, home=tmp_path).returncode == 0
    assert cli("--db", db, "config", "set", "sync.batch_size", "50", *ADMIN, home=tmp_path).returncode == 0  # same
    assert cli("--db", db, "config", "set", "desk.code", "kab slm", home=tmp_path).returncode == 1  # refused
    assert cli("--db", db, "config", "set", "tidak.ada", "1", home=tmp_path).returncode == 1  # unknown
    desk = Desk.open(db, paths=Paths(tmp_path / "data", tmp_path / "config", tmp_path / "logs"))
    try:
        entries = list(reversed(AuditTrail(desk.db).page(AuditFilter(actions=("settings_change",)))))
    finally:
        desk.close()
    assert [(e.actor, e.role, e.target, e.detail) for e in entries] == [
        ("(konsol-it)", "admin", "setting:desk.code", {"old": "MEJA-01", "new": "KAB-SLM-01"}),
        ("admin", "admin", "setting:sync.batch_size", {"old": 200, "new": 50}),
    ]
    verify = cli("--db", db, "audit", "verify", home=tmp_path)
    # the first admin, one unsigned change, two sign-ins and one signed change
    assert verify.returncode == 0 and "Rantai audit utuh: 5 entri" in verify.stdout, verify.stdout + verify.stderr


def test_config_set_refuses_by_rule_prints_the_new_value_and_list_names_the_source(tmp_path: Path) -> None:
    refused = {
        ("security.idle_lock_minutes", "-5"): "Harus antara 0 dan 480; diberi -5.",
        ("queue.page_size", "0"): "Harus antara 20 dan 2000; diberi 0.",
        ("queue.page_size", "seratus"): "Harus bilangan bulat",
        ("queue.pagesize", "100"): "Maksudnya queue.page_size?",
        ("receipt.layout", "a5"): "Harus salah satu dari: a4, roll80",
    }
    for (key, value), says in refused.items():
        out = cli("config", "set", key, value, home=tmp_path)
        assert out.returncode == 1 and says in out.stderr, (key, out.stderr)
        assert "Traceback" not in out.stderr
    done = cli("config", "set", "queue.page_size", " 100 ", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Disimpan: queue.page_size = 100"
    assert cli("accounts", "create-admin", "admin", home=tmp_path).returncode == 0
    env = dict(
        os.environ,
        LAPOR_DESK_HOME=str(tmp_path),
        LAPOR_DESK_ATTACHMENTS_MAX_FILE_MB="5",
        LAPOR_DESK_SECURITY_IDLE_LOCK_MINUTES="0",
        LAPOR_DESK_PASSWORD=PASSWORD,
    )
    listed = subprocess.run(
        [sys.executable, "-m", "lapor_desk", "--set", "receipt.layout=roll80", "config", "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    lines = {line.split(" = ")[0]: line for line in listed.stdout.splitlines()}
    assert lines["queue.page_size"].startswith("queue.page_size = 100    [berkas pengaturan; 20..2000]")
    assert "= 5    [lingkungan (LAPOR_DESK_ATTACHMENTS_MAX_FILE_MB); 1..200]" in lines["attachments.max_file_mb"]
    # A protected setting is an admin's, from the file only: the variable does not switch the idle lock off.
    assert lines["security.idle_lock_minutes"].startswith("security.idle_lock_minutes = 10    [bawaan; 0..480]")
    assert lines["receipt.layout"].startswith("receipt.layout = roll80    [baris perintah; a4|roll80]")
    assert "[bawaan; on|off]" in lines["sync.upload_demo"]
    overridden = subprocess.run(
        [sys.executable, "-m", "lapor_desk", "config", "set", "attachments.max_file_mb", "15"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert overridden.returncode == 0, overridden.stderr
    assert "yang berlaku tetap 5, dari lingkungan" in overridden.stdout
    bad_flag = cli("--set", "queue.page_size=0", "config", "list", home=tmp_path)
    assert bad_flag.returncode == 2 and "Harus antara 20 dan 2000" in bad_flag.stderr


def test_selftest_runs_every_step_on_a_scratch_database(tmp_path: Path) -> None:
    out = cli("selftest", home=tmp_path)
    assert out.returncode == 0, out.stderr
    line = out.stdout.strip()
    assert line.startswith("Uji mandiri berhasil: migrate ")
    for step in ("record", "search", "receipt", "receipt_pdf"):  # the Qt face is installed: the PDF too
        assert f" {step} " in line, step
    assert not (tmp_path / "data" / "lapor-desk.sqlite3").exists()  # the real desk is never touched
