"""`lapor-desk import` keeps the core's rule on who may import (lapor_desk/accounts/imports.py), on a
real desk folder through a real subprocess: an admin signed in with --user; without it only while
the desk has no account yet (the IT console); every refusal audited, nothing written."""

from __future__ import annotations

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
