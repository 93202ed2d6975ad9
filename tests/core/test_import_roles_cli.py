"""`lapor-desk import` keeps the core's rule on who may import (lapor_desk/accounts/imports.py), on a
real desk folder through a real subprocess: an admin signed in with --user; without it only while
the desk has no account yet (the IT console); every refusal audited, nothing written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cli_desk import audit_rows, cli, last_seq, rows_after
from test_import_cli import csv_text, good

REFUSED_TEXT = "Meja ini sudah punya akun: impor pengaduan lama hanya oleh admin yang masuk (--user NAMA)."


def _register(tmp_path: Path, *numbers: int) -> Path:
    path = tmp_path / "lama.csv"
    path.write_text(csv_text([good(n) for n in numbers]), encoding="utf-8")
    return path


def _imported(home: Path) -> list[dict[str, object]]:
    return [r for r in audit_rows(home, "create") if r["detail"].get("source") == "import"]


def test_on_a_desk_with_accounts_only_a_signed_in_admin_imports_and_each_refusal_is_audited(
    cli_desk: Path, tmp_path: Path
) -> None:
    path = _register(tmp_path, 1, 2)
    before = last_seq(cli_desk)
    unsigned = cli(cli_desk, "import", "--quiet", str(path), password=None)
    assert (unsigned.returncode, unsigned.stderr.strip()) == (1, REFUSED_TEXT)
    supervisor = cli(cli_desk, "import", "--quiet", str(path), "--user", "sri")
    assert supervisor.returncode == 1 and "peran supervisor tidak berwenang" in supervisor.stderr
    refused = [(r["actor"], r["role"], r["action"], r["target"], r["detail"]) for r in rows_after(cli_desk, before)]
    assert refused == [
        (
            "(konsol-it)",
            "admin",
            "refused",
            "complaints:import",
            {"reason": "import_needs_sign_in", "permission": "import"},
        ),
        ("sri", "supervisor", "sign_in", "account:sri", {}),
        ("sri", "supervisor", "refused", "complaints:import", {"reason": "permission_denied", "permission": "import"}),
    ]
    assert _imported(cli_desk) == []  # nothing written by either
    admin = cli(cli_desk, "import", "--quiet", str(path), "--user", "admin")
    assert admin.returncode == 0, admin.stderr
    [bulk] = _imported(cli_desk)
    assert (bulk["actor"], bulk["role"], bulk["detail"]["count"]) == ("admin", "admin", 2)


def test_a_desk_with_no_account_yet_is_imported_into_by_the_it_console(tmp_path: Path) -> None:
    home = tmp_path / "baru"
    done = cli(home, "import", "--quiet", str(_register(tmp_path, 7)), password=None)
    assert done.returncode == 0, done.stderr
    [bulk] = _imported(home)
    assert (bulk["actor"], bulk["detail"]["count"]) == ("(konsol-it)", 1)
    assert _officers(home, "lama-7") == ["Impor data lama"]  # no account, no officer setting
    assert cli(home, "config", "set", "officer.name", "Petugas Loket Satu", password=None).returncode == 0
    assert cli(home, "import", "--quiet", str(_register(tmp_path, 8)), password=None).returncode == 0
    assert _officers(home, "lama-8") == ["Petugas Loket Satu"]  # the IT console: the desk's setting


def _officers(home: Path, *client_ids: str) -> list[str]:
    with sqlite3.connect(home / "data" / "lapor-desk.sqlite3") as raw:
        marks = ",".join("?" * len(client_ids))
        query = f"SELECT officer_name FROM complaints WHERE client_id IN ({marks}) ORDER BY client_id"
        return [r[0] for r in raw.execute(query, client_ids)]


def test_rows_naming_no_officer_get_the_signed_in_admins_name_not_the_desk_setting(
    cli_desk: Path, tmp_path: Path
) -> None:
    # The same default as the window's Impor dialog (tests/ui/test_import_dialog.py): the core's
    # accounts.imports.default_officer, the signed-in account's display name.
    changed = cli(cli_desk, "config", "set", "officer.name", "Petugas Loket Tiga", "--user", "admin")
    assert changed.returncode == 0, changed.stderr
    with sqlite3.connect(cli_desk / "data" / "lapor-desk.sqlite3") as raw:
        [name] = [r[0] for r in raw.execute("SELECT display_name FROM accounts WHERE username = 'admin'")]
    assert name and name != "Petugas Loket Tiga"
    done = cli(cli_desk, "import", "--quiet", str(_register(tmp_path, 31, 32)), "--user", "admin")
    assert done.returncode == 0, done.stderr
    assert _officers(cli_desk, "lama-31", "lama-32") == [name, name]
